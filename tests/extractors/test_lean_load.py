"""The model as ``extractors.nlp.load_model`` loads it (no string table): the same parse."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.model
def test_the_lean_pipeline_parses_as_spacy_full_load(nlp):
    import spacy
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, LOWER, MORPH, NORM, ORTH, POS, PREFIX, SENT_START, SHAPE, SUFFIX, TAG

    from extractors.nlp import DEFAULT_MODEL

    full = spacy.load(DEFAULT_MODEL)
    assert len(full.vocab.strings) > 100_000 and nlp.pipe_names == full.pipe_names
    attrs = [ORTH, LEMMA, POS, TAG, DEP, HEAD, ENT_IOB, ENT_TYPE, MORPH, NORM, SENT_START, LOWER, SHAPE, PREFIX, SUFFIX]
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))[:8]]
    texts.append("Les chevaux étaient là. Sergueï Lavrov a déclaré à l'AFP que Moscou ne céderait pas aux pressions de Washington.")
    for ours, theirs in zip(nlp.pipe(texts), full.pipe(texts)):
        assert (ours.to_array(attrs) == theirs.to_array(attrs)).all()
        assert ours.to_json() == theirs.to_json()
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs] and [str(t.morph) for t in ours] == [str(t.morph) for t in theirs]
        assert (ours.tensor == theirs.tensor).all()
