"""Organisation names around country words, lower-case organisation nouns, possessive officers (extractors/org_names.py,
extractors/possessed_roles.py, the local offices of extractors/unnamed_roles.py)."""

from __future__ import annotations

import pytest

from extractors.entities import ArticleActors
from extractors.lang import fold
from extractors.org_names import adjective_institution_name, country_inside_org_name, name_after_org_noun
from extractors.pipeline import _robust

_PLACES = {"france", "italie", "chine", "russie", "algerie"}


def _span(doc, words: str):
    """The span of ``doc`` whose text is ``words`` (the first one)."""
    size = len(words.split())
    for start in range(len(doc)):
        for end in range(start + 1, min(start + size + 3, len(doc)) + 1):
            if doc[start:end].text == words:
                return doc[start:end]
    raise AssertionError(f"{words!r} not in {doc.text!r}")


@pytest.mark.model
@pytest.mark.parametrize(("text", "country", "inside"), [
    ("Selon Météo-France, les orages seront violents.", "France", True),
    ("L'Agence France-Presse a rapporté que les combats avaient repris.", "France", True),
    ("La compagnie Air France a annulé ses vols.", "France", True),
    ("La Banque d'Italie a relevé ses taux.", "Italie", True),
    ("L'Italie a relevé ses taux.", "Italie", False),
    ("Le partenariat Chine-Russie reste solide.", "Chine", False),
])
def test_country_inside_org_name(nlp, text, country, inside):
    doc = _robust(nlp(text))
    assert country_inside_org_name(_span(doc, country), {"banque"}, _PLACES) is inside


@pytest.mark.model
def test_name_after_org_noun(nlp):
    doc = _robust(nlp("Le syndicat Force ouvrière a dénoncé la réforme."))
    ent = next(e for e in doc.ents if "Force" in e.text)
    named = name_after_org_noun(ent, {"syndicat"})
    assert named is not None and named.text == "Force ouvrière"
    assert name_after_org_noun(doc[1:2], {"syndicat"}) is None  # the noun alone names nobody


@pytest.mark.model
def test_adjective_institution_name_needs_a_non_demonym_adjective(nlp):
    doc = _robust(nlp("L'Agence spatiale européenne et l'Agence russe ont signé un accord."))
    demonym = lambda token: fold(token.text) in {"russe", "europeenne"}  # noqa: E731
    assert adjective_institution_name(_span(doc, "Agence spatiale européenne"), {"agence"}, demonym)
    assert not adjective_institution_name(_span(doc, "Agence russe"), {"agence"}, demonym)


def _speaker_of(nlp, text: str, subject: str) -> list[str]:
    actors = ArticleActors(_robust(nlp(text)), "fr")
    token = next(t for t in actors.doc if t.text == subject and t.dep_.startswith("nsubj") and t.i > 0)
    return [actors.actors[k].label for k in actors.resolve(token)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "subject", "expected"), [
    ("La CEDEAO a menacé le Niger. Son président a affirmé que la voie diplomatique restait ouverte.", "président", ["CEDEAO"]),
    ("La Turquie a fermé sa frontière. Son président a affirmé que la mesure était temporaire.", "président", []),
    ("Le maire de Grenoble a déclaré que la ville ne fermerait pas ses écoles.", "maire", ["maire de Grenoble"]),
    ("Le maire de Lyon, Grégory Doucet, a annoncé la fermeture des parcs.", "maire", ["Grégory Doucet"]),
])
def test_officers_resolve_to_their_holder_or_body(nlp, text, subject, expected):
    assert _speaker_of(nlp, text, subject) == expected
