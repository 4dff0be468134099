"""Property-based tests: arbitrary text never breaks the loader or the extractors.

Hypothesis generates the inputs: any Unicode text, any bytes, and
"French-like" text — French sentences of the shapes the extractors look for
(quotes, "selon", relations), with random characters in any slot — so that
the extractors do find facts to check.
Example counts stay modest so the suite stays fast.
"""

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.clean import clean_text
from extractors.decode import DecodeError, decode_bytes, normalise_text
from extractors.load import LoadProblem, load_inputs
from extractors.model import Article

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SPEAKERS = ["Vladimir Poutine", "Xi Jinping", "Le président chinois Xi Jinping", "Emmanuel Macron", "Il", "Le Kremlin", "M. Lavrov"]
TARGETS = ["la Chine", "la Russie", "les États-Unis", "l'OTAN", "l'Ukraine", "Pékin", "Moscou", "Joe Biden"]
SENTENCES = [
    "{s} a déclaré : « {q} ».",
    "« {q} », a affirmé {s}.",
    "{s} a estimé que {t} devait {q}.",
    "Selon {s}, {t} a {q}.",
    "{s} a rencontré {t} {q}.",
    "{s} a condamné {t}.",
    "{s} n'a imposé aucune sanction à {t}.",
    "{s} a appelé {t} à {q}.",
    "{q}",
]
#: Random characters stand in anywhere: in quotes, between sentences, as whole "sentences".
noise = st.text(max_size=12)
sentence = st.builds(
    lambda template, s, t, q: template.format(s=s, t=t, q=q),
    st.sampled_from(SENTENCES),
    st.sampled_from(SPEAKERS) | noise,
    st.sampled_from(TARGETS) | noise,
    st.sampled_from(["nous coopérerons avec la Chine", "cesser ses provocations", "soutenir Moscou"]) | noise,
)
SEPARATORS = [" ", " ", "\n", "\n\n", "\u00a0", "\u202f", "\t", "", "\r\n"]
french_like = st.lists(st.tuples(sentence, st.sampled_from(SEPARATORS)), max_size=8).map(
    lambda parts: "".join(text + sep for text, sep in parts)
)
any_text = st.one_of(st.text(), french_like)


@FUZZ
@given(data=st.binary())
def test_decode_any_bytes_gives_text_or_a_decode_error(data):
    try:
        text = decode_bytes(data)
    except DecodeError:
        return
    assert isinstance(text, str) and "\r" not in text and "\u200b" not in text


@FUZZ
@given(text=any_text, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]))
def test_decode_any_text_in_any_encoding_never_raises_anything_else(text, encoding):
    try:
        decode_bytes(text.encode(encoding, errors="replace"))
    except DecodeError:
        pass


@FUZZ
@given(text=any_text)
def test_normalise_and_clean_any_text_never_raise_and_clean_keeps_length(text):
    normalised = normalise_text(text)
    assert "\r" not in normalised
    cleaned = clean_text(normalised)
    assert len(cleaned.text) == len(normalised)


@FUZZ
@given(text=any_text, as_jsonl=st.booleans())
def test_load_any_text_gives_an_article_or_a_problem(text, as_jsonl):
    with tempfile.TemporaryDirectory() as folder:
        if as_jsonl:
            path = Path(folder) / "records.jsonl"
            path.write_text(json.dumps({"id": "r1", "text": text}) + "\n", encoding="utf-8")
        else:
            path = Path(folder) / "article.txt"
            path.write_bytes(text.encode("utf-8", errors="surrogatepass"))
        items = list(load_inputs([Path(folder)]))
    assert len(items) == 1 and isinstance(items[0], (Article, LoadProblem))
    if isinstance(items[0], Article):
        assert items[0].text.strip()


@pytest.mark.model
@FUZZ
@given(text=any_text)
def test_extract_any_text_never_raises_and_offsets_point_into_it(nlp, text):
    from extractors.pipeline import extract_article

    facts = extract_article(Article(id="fuzz", text=text), nlp(text))
    for fact in facts.statements + facts.relations:
        evidence = fact.evidence
        assert 0 <= evidence.start <= evidence.end <= len(text)
        assert text[evidence.start : evidence.end] == evidence.text
    for statement in facts.statements:
        assert text[statement.quote_start : statement.quote_end] == statement.quote
    keys = {actor.key for actor in facts.actors}
    assert {s.speaker for s in facts.statements} <= keys


@pytest.mark.model
@FUZZ
@given(text=french_like)
def test_extract_text_parsed_in_pieces_keeps_offsets(nlp, text):
    """The same with tiny pieces (as a 10 MB article is cut): the merged Doc is the whole text."""
    from unittest import mock

    from extractors import nlp as nlp_module
    from extractors.pipeline import extract_article

    with mock.patch.object(nlp_module, "MAX_CHARS", 50):
        (doc,) = nlp_module.parse([text])
    assert doc.text == text
    facts = extract_article(Article(id="fuzz", text=text), doc)
    for fact in facts.statements + facts.relations:
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
