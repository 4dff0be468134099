"""Loading files, folders, manifests and JSONL records; dates from metadata or text."""

import json

import pytest

from extractors.dates import date_from_metadata, date_from_text
from extractors.load import LoadProblem, load_inputs


def _split(items):
    return [i for i in items if not isinstance(i, LoadProblem)], [i for i in items if isinstance(i, LoadProblem)]


def test_load_folder_with_manifest(tmp_path):
    (tmp_path / "a.txt").write_text("Le ministre a parlé.\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("La ministre a répondu.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,date,publisher\na.txt,2023-03-04,AFP\n", encoding="utf-8")
    articles, problems = _split(list(load_inputs([tmp_path])))
    assert problems == []
    assert [a.id for a in articles] == ["a.txt", "sub/b.txt"]
    assert articles[0].date.value == "2023-03-04" and articles[0].date.source == "manifest"
    assert articles[0].publisher == "AFP"
    assert articles[1].date is None


def test_load_jsonl_names_bad_lines_and_keeps_the_rest(tmp_path):
    lines = [
        json.dumps({"id": "r1", "text": "Le ministre a parlé.", "date": "2012-05-22", "publisher": "Wikinews"}),
        "{not json",
        json.dumps({"id": "r2", "title": "sans texte"}),
        json.dumps({"id": "r1", "text": "doublon"}),
        json.dumps({"id": "r3", "text": "Autre article.", "date": "2024-13-45"}),
    ]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, problems = _split(list(load_inputs([tmp_path / "c.jsonl"])))
    assert [a.id for a in articles] == ["r1"]
    assert articles[0].date.source == "jsonl"
    assert [p.line for p in problems] == [2, 3, 4, 5]
    assert "not valid JSON" in problems[0].reason and "2024-13-45" in problems[3].reason


def test_load_reports_missing_manifest_file_and_missing_path(tmp_path):
    (tmp_path / "a.txt").write_text("Texte.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,date\na.txt,2023\nghost.txt,2023\n", encoding="utf-8")
    _, problems = _split(list(load_inputs([tmp_path, tmp_path / "nope.txt"])))
    reasons = [str(p) for p in problems]
    assert any("ghost.txt" in r for r in reasons)
    assert any("nope.txt" in r and "no such file" in r for r in reasons)


def test_load_cli_date_applies_to_single_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Texte.\n", encoding="utf-8")
    (article,) = load_inputs([path], date="2022-06")
    assert article.date.value == "2022-06" and article.date.source == "cli"


@pytest.mark.parametrize(
    "value, expected",
    [("2024-02-08", "2024-02-08"), ("2024-02", "2024-02"), ("2022", "2022"), ("2024-13-45", None), ("2023-02-30", None), ("hier", None)],
)
def test_date_from_metadata_keeps_precision(value, expected):
    result = date_from_metadata(value, "manifest")
    assert (result.value if result else None) == expected


@pytest.mark.parametrize(
    "text, expected, source",
    [
        (" date 2024-02 Le président a parlé.", "2024-02", "text:header"),
        ("22 juin 2012. - Le Parlement a voté.", "2012-06-22", "text:dateline"),
        ("Publié le 3 mars 2023 à 10h\nLe texte.", "2023-03-03", "text:published"),
        ("Le texte.\n© 2022 AFP\n", "2022", "text:copyright"),
    ],
)
def test_date_from_text_trusted_cues(text, expected, source):
    found = date_from_text(text)
    assert (found.value, found.source) == (expected, source)


@pytest.mark.parametrize(
    "text",
    [
        "Les deux présidents se serrent la main avant les pourparlers du 12 novembre 2021.",
        "L'offensive a commencé le 24 février.",
        "En 2019, les deux pays avaient fixé un objectif.",
    ],
)
def test_date_from_text_ignores_dates_of_other_things(text):
    assert date_from_text(text) is None


def _memo_corpus(tmp_path):
    records = [
        {"id": "a", "text": "Le ministre a déclaré lundi que la réforme des retraites serait présentée au Parlement en mars prochain.", "date": "2024-01-02"},
        {"id": "b", "text": "   "},
        {"id": "c", "text": "The minister told reporters on Monday that the talks had failed again and would resume later."},
        {"id": "a", "text": "Un doublon."},
        {"id": "d", "text": "La maire de Lille a annoncé mardi la fermeture de deux écoles pour des travaux.", "date": "pas une date"},
    ]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    (tmp_path / "x.txt").write_text("La présidente du Sénat a affirmé jeudi que le texte serait voté avant l'été prochain.", encoding="utf-8")
    return tmp_path


def test_load_memo_gives_the_same_output_and_skips_known_inputs(tmp_path, monkeypatch):
    import extractors.load as load_module

    folder = _memo_corpus(tmp_path)
    plain = list(load_inputs([folder]))
    memo: dict = {}
    first = list(load_inputs([folder], memo=memo))
    assert first == plain
    assert len(memo) == 5  # every input but the duplicate id, problems included
    calls = []
    monkeypatch.setattr(load_module, "_prepare", lambda *a, **k: calls.append(k["article_id"]) or "prepared again")
    assert list(load_inputs([folder], memo=memo)) == plain  # all from the memo
    assert calls == []
    (folder / "x.txt").write_text("Le porte-parole a indiqué vendredi que la réunion était reportée à la semaine prochaine.", encoding="utf-8")
    again = list(load_inputs([folder], memo=memo))
    assert calls == ["x.txt"] and again[:-1] == plain[:-1]  # only the changed input is prepared again


def test_language_looks_past_a_french_start_only_when_it_is_not_clearly_french():
    from extractors.language import PREFIX_CHARS, detect_language

    english = "The minister told reporters on Monday that the talks with the unions had failed again. " * 40
    french = "Le ministre a déclaré lundi aux journalistes que les négociations avec les syndicats avaient encore échoué. " * 20
    assert len(french) > PREFIX_CHARS
    assert detect_language("Réforme des retraites : le gouvernement recule\n\n" + english) == "en"
    assert detect_language(french + english) == "fr"  # decided on its clearly French start
    assert detect_language(english + french[:300]) == "en"  # not clearly French at the start: the whole sample decides
