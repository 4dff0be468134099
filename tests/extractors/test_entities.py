"""Actors of one article: what becomes an actor and what does not."""

from __future__ import annotations

import pytest

from extractors.entities import ArticleActors
from extractors.pipeline import _robust


def _labels(nlp, text: str) -> set[str]:
    return {a.label for a in ArticleActors(_robust(nlp(text)), "fr").export()}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "L'agence de presse d'État Xinhua a publié le texte.",
    "Selon les médias d'Etat chinois, la rencontre a eu lieu mardi.",
    "CCTV, le radiodiffuseur d'Etat chinois, a diffusé les images.",
])
def test_entities_state_is_not_an_actor(nlp, text):
    assert not any(label.lower().startswith(("état", "etat")) for label in _labels(nlp, text))


@pytest.mark.model
def test_reparse_keeps_text_tokens_and_entities(nlp):
    text = "Giorgia Meloni a accueilli Narendra Modi à Rome.\n« L'Inde et l'Italie sont proches », a-t-il dit."
    doc = nlp(text)
    again = _robust(doc)
    assert again.text == text
    assert [t.text for t in again] == [t.text for t in doc]
    assert [(e.start, e.end, e.label_) for e in again.ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert again[0].dep_ == "nsubj" and again[1].dep_ == "flat:name"


def _names(nlp, text: str) -> list[set[str]]:
    """Every actor's label and aliases, one set per actor."""
    return [{a.label, *a.aliases} for a in ArticleActors(_robust(nlp(text)), "fr").export()]


@pytest.mark.model
@pytest.mark.parametrize("text,names", [
    ("Samsung Electronics a perdu son procès. Samsung annonçait samedi un recours.", {"Samsung", "Samsung Electronics"}),
    ("Le syndicat SUD-PTT a dénoncé la direction. Le syndicat SUD estime que la direction a tort.", {"SUD", "SUD-PTT"}),
    ("Le Parti populaire a exclu le député. Le PP a considéré que le député avait commis une faute.", {"PP", "Parti populaire"}),
    ("Barack Obama était en Ohio. B. Obama a déclaré que Mitt Romney avait tort.", {"B. Obama", "Barack Obama"}),
])
def test_entities_one_actor_several_names(nlp, text, names):
    assert any(names <= found for found in _names(nlp, text)), _names(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text,name", [
    ("Le facteur travaillait pour La Poste depuis dix ans.", "La Poste"),
    ("Il y a cinquante ans, le général De Gaulle proclamait l'indépendance de l'Algérie.", "De Gaulle"),
    ("Le Parquet fédéral annonce que des pirates ont volé trois millions d'euros.", "Parquet fédéral"),
])
def test_entities_capitalised_article_is_part_of_the_name(nlp, text, name):
    assert any(name in found for found in _names(nlp, text)), _names(nlp, text)
