"""Actor shapes fixed in session actors8: names cut at a quotation, place names with their article, capital
institutions, unnamed state media (extractors/names.py, org_names.py, state_media.py, relation_args.py)."""

from __future__ import annotations

import pytest

from extractors.entities import ArticleActors
from extractors.org_names import country_inside_org_name
from extractors.pipeline import _robust
from extractors.state_media import state_medium_end


def _demonyms(*indexes):
    return lambda i: i in indexes


@pytest.mark.parametrize(("words", "demonym_at", "end"), [
    (["la", "télévision", "d'", "État", "nord-coréenne", "a"], 4, 5),
    (["la", "télévision", "publique", "nigérienne", "."], 3, 4),
    (["l'", "agence", "de", "presse", "officielle", "syrienne", ","], 5, 6),
    (["les", "médias", "d'", "État", "chinois", "ont"], 4, 5),
])
def test_state_medium_end(words, demonym_at, end):
    assert state_medium_end(words, 1, _demonyms(demonym_at)) == end


@pytest.mark.parametrize(("words", "demonym_at"), [
    (["la", "télévision", "d'", "État", ",", "le"], None),  # no nationality
    (["la", "télévision", "publique", "chinoise", "CCTV", "a"], 3),  # the name after it is the medium
    (["la", "télévision", "nigérienne", "a"], 2),  # no sign of state ownership
    (["la", "Télévision", "publique", "nigérienne"], 3),  # a capitalised noun opens a name of its own
])
def test_no_state_medium(words, demonym_at):
    assert state_medium_end(words, 1, _demonyms(demonym_at)) is None


def _actors(nlp, text: str) -> ArticleActors:
    return ArticleActors(_robust(nlp(text)))


@pytest.mark.model
@pytest.mark.parametrize(("text", "label", "absent"), [
    ("Le président a qualifié la décision de la Cour de « honteuse ».", "Cour", "honteuse"),
    ("Selon l'Observatoire de Paris, la comète passera en mai.", "Observatoire de Paris", None),
])
def test_actor_labels(nlp, text, label, absent):
    labels = {a.label for a in _actors(nlp, text).actors.values()}
    if label:
        assert label in labels
    if absent:
        assert not any(absent in found for found in labels)


@pytest.mark.model
def test_capital_institution_needs_capitalised_head(nlp):
    """"l'ambassade de Paris" (a lower-case body) is no institution name: the capital stays the state."""
    doc = _robust(nlp("L'ambassade de Paris a protesté."))
    paris = next(doc[i:i + 1] for i, t in enumerate(doc) if t.text == "Paris")
    assert not country_inside_org_name(paris, set(), {"paris"}, city_heads={"ambassade", "observatoire"}, cities={"paris"})


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "label"), [
    ("Les Occidentaux ont condamné l'offensive russe.", "Occidentaux", "Occident"),
    ("Les rebelles houthis ont attaqué un navire.", "rebelles", "Houthis"),
    ("La junte à Niamey a accusé la France.", "junte", "Niger"),
])
def test_collective_subjects(nlp, text, word, label):
    actors = _actors(nlp, text)
    token = next(t for t in actors.doc if t.text == word)
    assert [actors.actors[k].label for k in actors.resolve(token)] == [label]


@pytest.mark.model
def test_police_at_city_stays_unresolved(nlp):
    """"la police à Paris" is the city's police, not the French state."""
    actors = _actors(nlp, "La police à Paris a arrêté trois manifestants.")
    token = next(t for t in actors.doc if t.text == "police")
    assert "country:france" not in actors.resolve(token)
