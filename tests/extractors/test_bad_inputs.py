"""Bad inputs: each is named with its reason, the others are still read.

A catalogue of what a real corpus throws at a build: files that are not
articles, texts not in French, very long and very short texts, broken
metadata. The last tests run the whole build on a folder mixing one good
seed article with every bad input (the issue's "done when").
"""

import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extractors import nlp as nlp_module
from extractors.load import LoadProblem, load_inputs
from extractors.model import Article
from extractors.nlp import PIECE_CHARS, parse, split_text

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_a44ec77bc906c037.txt"

FRENCH = "Le ministre des Affaires étrangères a déclaré lundi que la réunion avec ses homologues européens était « très importante » pour la suite des négociations.\n"
ENGLISH = "The foreign minister told reporters on Monday that the meeting with his European counterparts had been very important for the talks.\n"
GERMAN = "Der Außenminister sagte am Montag vor Journalisten, das Treffen mit seinen europäischen Kollegen sei für die Verhandlungen sehr wichtig gewesen.\n"
RUSSIAN = "Министр иностранных дел заявил в понедельник журналистам, что встреча с европейскими коллегами была очень важной для переговоров.\n"
BOILERPLATE = "[ad_1]\nLIRE AUSSI : Les autres nouvelles du jour\nPartager cet article\nLaisser un commentaire\n© 2024 AFP\n"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"


def _split(items):
    return [i for i in items if not isinstance(i, LoadProblem)], [i for i in items if isinstance(i, LoadProblem)]


def _load_one(folder: Path, name: str, data: bytes) -> list:
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)
    return list(load_inputs([folder]))


# --- not an article ----------------------------------------------------------


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty: no text"),
        ("blank.txt", " \n\t\n\u00a0 \r\n".encode(), "empty: only whitespace"),
        ("report.pdf", PDF, "not a text file (a PDF file)"),
        ("report.txt", PDF, "not a text file (a PDF file)"),  # the name lies, the bytes do not
        ("photo.png", PNG, "not a text file (a PNG image)"),
        ("article.txt.gz", gzip.compress(FRENCH.encode()), "not a text file (a gzip archive)"),
        ("table.csv", b"a,b\n1,2\n", "not an article file (a '.csv' file; articles are .jsonl,"),
        ("english.txt", ENGLISH.encode(), "not in French: detected English (en); only French is supported"),
        ("german.txt", GERMAN.encode("latin-1"), "not in French: detected German (de)"),
        ("russian.txt", RUSSIAN.encode("cp1251"), "not in French: detected Russian (ru)"),
        ("boilerplate.txt", BOILERPLATE.encode(), "only boilerplate: nothing left after cleaning"),
    ],
)
def test_load_skips_what_is_not_a_french_article(tmp_path, name, data, reason):
    articles, problems = _split(_load_one(tmp_path, name, data))
    assert articles == []
    assert [p.source for p in problems] == [str(tmp_path / name)]
    assert reason in problems[0].reason


def test_load_skips_an_article_declared_in_another_language(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,language\na.txt,en\n", encoding="utf-8")
    (problem,) = load_inputs([tmp_path])
    assert problem.reason == "declared language 'en' (English) is not supported; only French is supported"


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour",  # one word: too short to judge, read as French
        "Xi Jinping et Vladimir Poutine",
        FRENCH + "Il a cité Shakespeare : « To be or not to be, that is the question. »\n",
    ],
)
def test_load_keeps_french_and_texts_too_short_to_judge(tmp_path, text):
    (article,) = _load_one(tmp_path, "a.txt", text.encode())
    assert isinstance(article, Article) and article.language == "fr"


def test_load_reads_a_declared_regional_french_tag_as_french(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,language\na.txt,fr-FR\n", encoding="utf-8")
    (article,) = load_inputs([tmp_path])
    assert article.language == "fr"


# --- size --------------------------------------------------------------------


def _long_text(chars: int) -> str:
    """Seed paragraphs repeated (numbered, so none is a duplicate) up to ``chars``."""
    paragraphs = SEED.read_text(encoding="utf-8").strip().split("\n\n")
    out, size, i = [], 0, 0
    while size < chars:
        out.append(f"{paragraphs[i % len(paragraphs)]} ({i})")
        size += len(out[-1]) + 2
        i += 1
    return "\n\n".join(out)


def test_split_10_mb_text_into_paragraph_aligned_pieces():
    text = _long_text(10_000_000)
    pieces = split_text(text, PIECE_CHARS)
    assert "".join(pieces) == text
    assert len(pieces) > 10_000_000 / PIECE_CHARS and all(len(p) <= PIECE_CHARS for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces[:-1])  # cut after a paragraph, never inside


@pytest.mark.parametrize(
    "text, limit, pieces",
    [
        ("Un.\n\nDeux.\n\nTrois.", 12, ["Un.\n\nDeux.\n\n", "Trois."]),
        ("Un.\nDeux.\nTrois.", 11, ["Un.\nDeux.\n", "Trois."]),  # no paragraph break: a line break
        ("Un. Deux. Trois.", 11, ["Un. Deux. ", "Trois."]),  # one line: a sentence end
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),  # nothing to cut at: a hard cut
        ("court", 100, ["court"]),
        ("", 100, [""]),
    ],
)
def test_split_text_prefers_paragraphs_then_lines_then_sentences(text, limit, pieces):
    assert split_text(text, limit) == pieces


@pytest.mark.model
def test_parse_text_longer_than_spacy_max_length_in_pieces(nlp, monkeypatch):
    """Parsed whole, a text longer than ``nlp.max_length`` raises; in pieces it is one Doc.

    The tokenizer alone, with ``max_length`` lowered to 100,000 (spaCy's
    default is 1,000,000), takes the path of a 10 MB article in a second.
    """
    seen: list[int] = []  # the length of every piece handed to spaCy
    pipe = nlp.pipe

    def spy(texts, **kwargs):
        return pipe((seen.append(len(t)) or t for t in texts), **kwargs)

    monkeypatch.setattr(nlp, "pipe", spy)
    monkeypatch.setattr(nlp, "max_length", 100_000)
    text = _long_text(250_000)
    with nlp.select_pipes(disable=nlp.pipe_names):
        with pytest.raises(ValueError, match="max_length"):
            nlp(text)
        short, doc, last = parse(["Un mot.", text, "Fin."])
    assert (short.text, last.text) == ("Un mot.", "Fin.")
    assert doc.text == text  # one Doc for the whole article
    assert max(seen) <= PIECE_CHARS and len(seen) > 250_000 / PIECE_CHARS
    token = doc[-2]
    assert text[token.idx : token.idx + len(token)] == token.text  # offsets run through the whole text


@pytest.mark.model
def test_facts_of_a_long_article_point_into_the_whole_text(nlp, monkeypatch):
    from extractors.pipeline import extract_article

    text = SEED.read_text(encoding="utf-8") + "\n\n" + (ROOT / "seeds" / "002_eb24c521ba7ed0b2.txt").read_text(encoding="utf-8")
    monkeypatch.setattr(nlp_module, "MAX_CHARS", 1_500)  # the same path as a 10 MB text, in seconds
    (doc,) = parse([text])
    assert doc.text == text
    facts = extract_article(Article(id="long", text=text), doc)
    evidence = [f.evidence for f in facts.statements + facts.relations]
    assert evidence and all(text[e.start : e.end] == e.text for e in evidence)
    assert max(e.start for e in evidence) > 3 * 1_500  # facts found in later pieces too


@pytest.mark.model
@pytest.mark.parametrize("text", ["Bonjour", "Poutine.", " \u00a0Paris\n"])
def test_article_of_one_word_parses_and_has_no_facts(nlp, text):
    from extractors.pipeline import extract_article

    (doc,) = parse([text])
    facts = extract_article(Article(id="one-word", text=text), doc)
    assert facts.statements == () and facts.relations == ()


# --- malformed metadata ------------------------------------------------------


def test_manifest_row_for_a_missing_file_names_the_manifest_line(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,date\na.txt,2024-02-08\nghost.txt,2024-01-01\n", encoding="utf-8")
    articles, problems = _split(list(load_inputs([tmp_path])))
    assert [a.id for a in articles] == ["a.txt"]
    assert [str(p) for p in problems] == [f"{tmp_path / 'manifest.csv'}:3: lists 'ghost.txt', which does not exist"]


def test_bad_manifest_date_names_the_file_and_manifest_line(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,date\na.txt,2024-13-45\nb.txt,2024-02-08\n", encoding="utf-8")
    articles, problems = _split(list(load_inputs([tmp_path])))
    assert [a.id for a in articles] == ["b.txt"]
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'a.txt'}: bad date '2024-13-45' in manifest.csv line 2 (expected YYYY-MM-DD, YYYY-MM or YYYY)"
    ]


def test_manifest_listing_a_file_twice_keeps_the_first_row(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,date\na.txt,2024-02-08\na.txt,2020-01-01\n", encoding="utf-8")
    articles, problems = _split(list(load_inputs([tmp_path])))
    assert articles[0].date.value == "2024-02-08"
    assert [(p.line, p.reason) for p in problems] == [(3, "'a.txt' listed again (first on line 2; kept the first)")]


def test_manifest_without_a_file_column_is_named(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("name,date\na.txt,2024-02-08\n", encoding="utf-8")
    articles, problems = _split(list(load_inputs([tmp_path])))
    assert [a.id for a in articles] == ["a.txt"] and articles[0].date is None
    assert [str(p) for p in problems] == [f"{tmp_path / 'manifest.csv'}:1: manifest has no 'file' column"]


def test_manifest_in_windows_1252_is_read(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "manifest.csv").write_bytes("file,publisher\na.txt,Le Télégramme\n".encode("cp1252"))
    (article,) = load_inputs([tmp_path])
    assert article.publisher == "Le Télégramme"


def _jsonl(path: Path, *lines) -> Path:
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "bad_line, reason",
    [
        ("{not json", "not valid JSON (Expecting property name enclosed in double quotes)"),
        ('{"id": "r2", "text": "coupé', "not valid JSON (Unterminated string starting at)"),
        ({"id": "r2", "title": "sans texte"}, "record has no 'text' string"),
        ({"id": "r2", "text": 42}, "record has no 'text' string"),
        (["une", "liste"], "record has no 'text' string"),
        ({"id": "r2", "text": FRENCH, "date": "2024-13-45"}, "bad date '2024-13-45' (expected YYYY-MM-DD, YYYY-MM or YYYY)"),
        ({"id": "r2", "text": "   "}, "empty: only whitespace"),
        ({"id": "r2", "text": ENGLISH}, "not in French: detected English (en)"),
        ({"id": "r1", "text": FRENCH}, "duplicate id 'r1', already read from"),
    ],
)
def test_jsonl_bad_line_is_named_and_the_rest_is_read(tmp_path, bad_line, reason):
    path = _jsonl(tmp_path / "c.jsonl", {"id": "r1", "text": FRENCH}, "", bad_line, {"id": "r3", "text": FRENCH})
    articles, problems = _split(list(load_inputs([path])))
    assert [a.id for a in articles] == ["r1", "r3"]
    assert [(p.source, p.line) for p in problems] == [(str(path), 3)]
    assert reason in problems[0].reason


def test_duplicate_id_across_a_file_and_a_jsonl_record_keeps_the_first(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    _jsonl(tmp_path / "b.jsonl", {"id": "a.txt", "text": FRENCH})
    articles, problems = _split(list(load_inputs([tmp_path])))
    assert [a.id for a in articles] == ["a.txt"]
    assert [str(p) for p in problems] == [f"{tmp_path / 'b.jsonl'}:1: duplicate id 'a.txt', already read from {tmp_path / 'a.txt'} (kept the first)"]


def test_jsonl_with_windows_line_endings_and_unicode_separators(tmp_path):
    path = tmp_path / "c.jsonl"
    records = [{"id": "r1", "text": "Le ministre a parlé.\u2028Fin."}, {"id": "r2", "text": "La ministre a répondu."}]
    path.write_bytes("\r\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode())
    articles, problems = _split(list(load_inputs([path])))
    assert problems == [] and [a.id for a in articles] == ["r1", "r2"]


# --- the whole build on a folder of bad inputs and one good article -----------

BAD_INPUTS = {
    # file name: (content, reason named on stderr)
    "archive.gz": (gzip.compress(FRENCH.encode()), "not a text file (a gzip archive)"),
    "bad_date.txt": (FRENCH.encode(), "bad date '2024-13-45' in manifest.csv line 3"),
    "blank.txt": (b"  \n\t\n ", "empty: only whitespace"),
    "boilerplate.txt": (BOILERPLATE.encode(), "only boilerplate"),
    "disguised.txt": (gzip.compress(FRENCH.encode()), "not a text file (a gzip archive)"),
    "empty.txt": (b"", "empty: no text"),
    "english.txt": (ENGLISH.encode(), "not in French: detected English (en)"),
    "photo.png": (PNG, "not a text file (a PNG image)"),
    "report.pdf": (PDF, "not a text file (a PDF file)"),
}
MANIFEST = "file,date\ngood.txt,2024-02-08\nbad_date.txt,2024-13-45\nghost.txt,2024-01-01\n"
RECORDS = ["{not json", json.dumps({"id": "r2", "title": "sans texte"}), json.dumps({"id": "good.txt", "text": FRENCH})]
BAD_LINES = {  # what stderr names, besides the files
    "manifest.csv:4": "lists 'ghost.txt', which does not exist",
    "records.jsonl:1": "not valid JSON",
    "records.jsonl:2": "record has no 'text' string",
    "records.jsonl:3": "duplicate id 'good.txt'",
}


@pytest.fixture
def mixed_folder(tmp_path) -> Path:
    """One good seed article and every kind of bad input beside it."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "good.txt")
    for name, (data, _) in BAD_INPUTS.items():
        (folder / name).write_bytes(data)
    (folder / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    (folder / "records.jsonl").write_text("\n".join(RECORDS) + "\n", encoding="utf-8")
    return folder


def _newsgraph(*args, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graph.cli", *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=600)


@pytest.mark.model
def test_build_mixed_folder_keeps_the_good_article_and_names_every_bad_input(mixed_folder, tmp_path):
    from graph.query import open_store, run_query

    run = _newsgraph("build", mixed_folder, "-o", tmp_path / "out", "-q", cwd=tmp_path)
    assert run.returncode == 3, run.stderr  # some inputs skipped
    assert "Traceback" not in run.stderr
    skipped = [line for line in run.stderr.splitlines() if line.startswith("newsgraph: skipped ")]
    expected = {name: reason for name, (_, reason) in BAD_INPUTS.items()} | BAD_LINES
    assert len(skipped) == len(expected)  # one line each
    for where, reason in expected.items():
        (line,) = [line for line in skipped if f"{mixed_folder / where}:" in line]
        assert reason in line
    assert "1 articles (1 parsed, 0 from cache)" in run.stdout and f"{len(expected)} skipped" in run.stdout

    store = open_store(tmp_path / "out" / "graph.trig")
    (row,) = run_query(store, "SELECT ?source WHERE { ?a a ng:Article ; dcterms:source ?source }").rows
    assert row[0].value == "good.txt"
    (count,) = run_query(store, "SELECT (COUNT(?s) AS ?n) WHERE { ?s a ng:Statement ; prov:wasDerivedFrom ?a }").rows[0]
    assert int(count.value) > 0  # the good article's facts are there


def test_build_strict_stops_at_the_first_bad_input(mixed_folder, tmp_path):
    run = _newsgraph("build", mixed_folder, "-o", tmp_path / "out", "--strict", cwd=tmp_path)
    assert run.returncode == 1
    assert run.stderr.splitlines() == [f"newsgraph: error: {mixed_folder / 'archive.gz'}: not a text file (a gzip archive)"]
    assert not (tmp_path / "out" / "graph.trig").exists()


def test_build_strict_with_debug_shows_the_traceback(mixed_folder, tmp_path):
    run = _newsgraph("--debug", "build", mixed_folder, "-o", tmp_path / "out", "--strict", cwd=tmp_path)
    assert run.returncode == 1
    assert "Traceback" in run.stderr and "InputError" in run.stderr
