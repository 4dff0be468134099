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


def _same(ours: dict, theirs: Lookups) -> None:
    assert sorted(ours) == sorted(theirs.tables)
    for name, table in ours.items():
        fresh = theirs.get_table(name)
        assert isinstance(table, type(fresh)) and table.name == fresh.name
        assert list(table.items()) == list(fresh.items())  # same hashed keys, values and order (a LazyTable fills itself)
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


def _words_bytes() -> bytes:
    lookups = Lookups()
    lookups.add_table("lemma_rules", {"noun": [["aux", "al"]]})
    lookups.add_table("lemma_lookup", {f"mot{n}": [f"lemme{n % 7}"] for n in range(300)} | {"dit": "dire"})
    lookups.add_table("lemma_exc", {"verb": {"été": ["être"]}})
    return lookups.to_bytes()


def _lazy_tables(tmp_path, monkeypatch) -> tuple[bytes, dict]:
    monkeypatch.setattr(lemma_tables, "LAZY_ENTRIES", 100)
    data = _words_bytes()
    kept = tmp_path / "words.marshal"
    lemma_tables.tables_from_bytes(data, kept)
    return data, lemma_tables.tables_from_bytes(data, kept)


def test_a_large_table_of_words_is_read_when_asked(tmp_path, monkeypatch):
    data, tables = _lazy_tables(tmp_path, monkeypatch)
    table, fresh = tables["lemma_lookup"], Lookups().from_bytes(data).get_table("lemma_lookup")
    assert isinstance(table, lemma_tables.lazy_table_class()) and type(tables["lemma_exc"]) is type(fresh)
    for key in ("mot0", "mot299", "dit", "inconnu", "", "Mot1", fresh.keys().__iter__().__next__(), 12345):
        assert table.get(key) == fresh.get(key) and table.get(key, "?") == fresh.get(key, "?")
        assert (key in table) == (key in fresh)
        if key in fresh:
            assert table[key] == fresh[key]
        else:
            with pytest.raises(KeyError):
                table[key]
    assert table.get("mot3") is table["mot3"]  # one object, as a filled table gives
    assert "_pending" in vars(table)  # look-ups only: nothing filled
    given = table["mot5"]
    assert len(table) == len(fresh) and "_pending" not in vars(table)
    assert table["mot5"] is given
    _same(tables, Lookups().from_bytes(data))


@pytest.mark.parametrize("name", lemma_tables.FILLING_METHODS)
def test_a_lazy_table_fills_itself_for_anything_but_a_look_up(tmp_path, monkeypatch, name):
    _, tables = _lazy_tables(tmp_path, monkeypatch)
    table = tables["lemma_lookup"]
    if not hasattr(dict, name) and not hasattr(type(table).__mro__[1], name):
        pytest.skip(f"no {name} here")
    assert getattr(type(table), name).__name__ == name
    table._fill_now = lambda: (_ for _ in ()).throw(AssertionError("filled"))  # noqa: E731
    with pytest.raises(AssertionError, match="filled"):
        getattr(table, name)(*_ARGUMENTS.get(name, ()))


_ARGUMENTS = {"__delitem__": ("mot1",), "__eq__": ({},), "__ne__": ({},), "__ior__": ({},), "__or__": ({},), "__ror__": ({},),
              "__ge__": ({},), "__gt__": ({},), "__le__": ({},), "__lt__": ({},), "__reduce_ex__": (2,),
              "__setitem__": ("mot", "x"), "set": ("mot", "x"), "move_to_end": ("mot1",), "pop": ("mot1",),
              "setdefault": ("mot", "x"), "update": ({},), "from_bytes": (b"",)}


def test_every_method_of_a_table_is_a_look_up_or_fills_it_first():
    from spacy.lookups import Table

    look_ups = {"get", "__getitem__", "__contains__"}
    object_level = set(dir(object)) - {"__eq__", "__ne__", "__ge__", "__gt__", "__le__", "__lt__", "__repr__", "__str__",
                                       "__reduce__", "__reduce_ex__", "__getstate__", "__sizeof__"}
    methods = {n for n in dir(Table) if callable(getattr(Table, n)) and n not in object_level and n not in {"fromkeys", "from_dict", "__class_getitem__"}}
    assert methods - look_ups <= set(lemma_tables.FILLING_METHODS)


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


def test_a_kept_file_of_other_tables_or_damaged_is_not_used(tmp_path, monkeypatch):
    data, _ = _lazy_tables(tmp_path, monkeypatch)
    kept = tmp_path / "words.marshal"
    whole = kept.read_bytes()
    changed = Lookups().from_bytes(data)
    changed.get_table("lemma_lookup")["mot1"] = ["autre"]  # the same names, another table
    other = changed.to_bytes()
    _same(lemma_tables.tables_from_bytes(other, kept), Lookups().from_bytes(other))
    for damaged in (whole[:-1], whole[:16] + b"\x00" + whole[17:], b"", whole[:10]):
        kept.write_bytes(damaged)
        _same(lemma_tables.tables_from_bytes(data, kept), Lookups().from_bytes(data))


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
    _same({name: lemmatizer.lookups.get_table(name) for name in lemmatizer.lookups.tables}, fresh)
    assert len(fresh.get_table("lemma_lookup")) > 100_000
