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
