"""The lemmatizer's tables with kept keys (``extractors.lemma_tables``): the same tables spaCy makes."""

from pathlib import Path

import pytest
from spacy.lookups import Lookups

from extractors import lemma_tables


def _lookups_bytes() -> bytes:
    lookups = Lookups()
    lookups.add_table("lemma_lookup", {"chevaux": ["cheval"], "dit": ["dire"], "étaient": ["être"], "a": ["avoir"]})
    lookups.add_table("lemma_exc", {"verb": {"été": ["être"]}})
    return lookups.to_bytes()


def _same(ours: dict, theirs: Lookups, *, sets: tuple[str, ...] = ()) -> None:
    """``sets``: tables whose lists of words ours holds as frozensets (``lemma_tables.index_as_sets``)."""
    assert sorted(ours) == sorted(theirs.tables)
    for name, table in ours.items():
        fresh = theirs.get_table(name)
        assert type(table) is type(fresh) and table.name == fresh.name
        expected = [(key, frozenset(value)) for key, value in fresh.items()] if name in sets else list(fresh.items())
        assert list(table.items()) == expected  # same hashed keys, values and order
        assert table.bloom.to_bytes() == fresh.bloom.to_bytes()
        assert vars(table).keys() == vars(fresh).keys()


def test_kept_keys_give_the_tables_spacy_makes(tmp_path):
    data = _lookups_bytes()
    kept = tmp_path / "lookups.marshal"
    first = lemma_tables.tables_from_bytes(data, kept)  # spaCy's fill, then the keys are kept
    assert kept.exists()
    second = lemma_tables.tables_from_bytes(data, kept)  # from the kept keys
    for ours in (first, second):
        _same(ours, Lookups().from_bytes(data))
    assert second["lemma_lookup"]["chevaux"] == ["cheval"] and "dit" in second["lemma_lookup"]
    assert "cheval" not in second["lemma_lookup"] and second["lemma_lookup"].get("inconnu") is None


def test_a_damaged_or_unfitting_file_falls_back_to_spacy(tmp_path):
    data = _lookups_bytes()
    damaged = tmp_path / "damaged.marshal"
    damaged.write_bytes(b"\x00not marshal")
    _same(lemma_tables.tables_from_bytes(data, damaged), Lookups().from_bytes(data))
    other = Lookups()
    other.add_table("lemma_lookup", {"mot": ["mot"]})
    unfitting = tmp_path / "other.marshal"
    lemma_tables.tables_from_bytes(other.to_bytes(), unfitting)  # keys of other tables
    _same(lemma_tables.tables_from_bytes(data, unfitting), Lookups().from_bytes(data))
    _same(lemma_tables.tables_from_bytes(data, None), Lookups().from_bytes(data))


def test_the_file_is_named_after_the_tables_it_holds(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    data = _lookups_bytes()
    assert lemma_tables.cache_file(data).parent == tmp_path
    assert lemma_tables.cache_file(data) == lemma_tables.cache_file(bytes(data))
    assert lemma_tables.cache_file(data) != lemma_tables.cache_file(Lookups().to_bytes())


def test_spacy_is_left_as_it_was_after_a_load():
    original = Lookups.from_bytes
    with lemma_tables.kept_keys():
        assert Lookups.from_bytes is not original
    assert Lookups.from_bytes is original
    with pytest.raises(RuntimeError), lemma_tables.kept_keys():
        raise RuntimeError("a failed load")
    assert Lookups.from_bytes is original


@pytest.mark.model
def test_the_loaded_lemmatizer_has_the_tables_of_its_file(nlp):
    """The model's tables (perhaps from kept keys) against spaCy's own load of the same file."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    folder = Path(nlp.path) / "lemmatizer" / "lookups" if getattr(nlp, "path", None) else None
    if folder is None or not (folder / "lookups.bin").exists():
        pytest.skip("this model has no lemmatizer tables on disk")
    fresh = Lookups().from_bytes((folder / "lookups.bin").read_bytes())
    _same({name: lemmatizer.lookups.get_table(name) for name in lemmatizer.lookups.tables}, fresh, sets=("lemma_index",))
    assert len(fresh.get_table("lemma_lookup")) > 100_000


class _Pipeline:
    """What ``index_as_sets`` reads of a spaCy pipeline."""

    def __init__(self, lookups: Lookups) -> None:
        self.pipe_names = ["lemmatizer"]
        self.lemmatizer = type("Lemmatizer", (), {"lookups": lookups})()

    def get_pipe(self, name: str):
        return self.lemmatizer


def test_index_as_sets_keeps_membership_and_leaves_other_tables():
    lookups = Lookups()
    lookups.add_table("lemma_index", {"verb": ["dire", "être"], "noun": ["cheval"]})
    lookups.add_table("lemma_exc", {"verb": {"été": ["être"]}})
    lemma_tables.index_as_sets(_Pipeline(lookups))
    index = lookups.get_table("lemma_index")
    assert index["verb"] == frozenset({"dire", "être"}) and "cheval" in index["noun"] and "dit" not in index["verb"]
    assert lookups.get_table("lemma_exc")["verb"] == {"été": ["être"]}
    lemma_tables.index_as_sets(_Pipeline(lookups))  # a second call changes nothing
    assert index["noun"] == frozenset({"cheval"})


@pytest.mark.model
def test_the_lemmas_are_those_of_the_lists(nlp):
    """The loaded model (index in sets) lemmatizes as with the file's lists."""
    from spacy.attrs import LEMMA

    texts = ["Les chevaux étaient fatigués, a-t-il dit aux éleveurs réunis à Lyon.",
             "Elle aurait rencontré les ministres qui négocieront demain un accord inédit.",
             "Les représentantes ont dénoncé des sanctions jugées « inacceptables » par Moscou."]
    lemmatizer = nlp.get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in table.values())
    saved = dict(table.items())
    try:
        lemmatizer.cache.clear()
        with_sets = [nlp(text).to_array(LEMMA).tolist() for text in texts]
        for key, words in saved.items():
            table[key] = sorted(words)
        lemmatizer.cache.clear()
        with_lists = [nlp(text).to_array(LEMMA).tolist() for text in texts]
    finally:
        for key, words in saved.items():
            table[key] = words
        lemmatizer.cache.clear()
    assert with_sets == with_lists
