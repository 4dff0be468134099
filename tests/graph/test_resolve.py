"""Entity resolution across articles: named rules, one node per real actor."""

import pytest

from extractors.model import Actor, Article, ArticleFacts
from graph.resolve import resolve_actors, transliteration_key


def _facts(article_id, *actors):
    return ArticleFacts(Article(article_id, "x"), tuple(Actor(f"k{i}", label, kind, tuple(aliases)) for i, (label, kind, aliases) in enumerate(actors)))


def _groups(resolution):
    by_id = {}
    for (article, key), actor_id in resolution.local_to_corpus.items():
        by_id.setdefault(actor_id, set()).add((article, key))
    return by_id


def test_resolve_exact_name_across_articles():
    r = resolve_actors([_facts("a", ("Chine", "Country", ["Pékin"])), _facts("b", ("Chine", "Country", []))])
    assert len(r.actors) == 1
    (actor,) = r.actors.values()
    assert actor.label == "Chine" and actor.alt_labels == ("Pékin",)


def test_resolve_surname_joins_known_full_name():
    r = resolve_actors([_facts("a", ("Vladimir Poutine", "Person", ["Poutine"])), _facts("b", ("Poutine", "Person", ["M. Poutine"]))])
    assert len(r.actors) == 1
    assert next(iter(r.actors.values())).label == "Vladimir Poutine"


def test_resolve_transliterations_of_one_person():
    r = resolve_actors([_facts("a", ("Yury Ushakov", "Person", ["M. Ushakov"])), _facts("b", ("Youri Ouchakov", "Person", ["Ouchakov"]))])
    assert len(r.actors) == 1
    assert set(next(iter(r.actors.values())).alt_labels) >= {"M. Ushakov", "Ouchakov"}


def test_resolve_keeps_different_people_apart():
    r = resolve_actors([_facts("a", ("Joe Biden", "Person", []), ("Jill Biden", "Person", [])), _facts("b", ("Hunter Biden", "Person", []))])
    assert len(r.actors) == 3


def test_resolve_ambiguous_surname_stays_apart_and_is_reported():
    r = resolve_actors([_facts("a", ("Joe Biden", "Person", []), ("Jill Biden", "Person", [])), _facts("b", ("Biden", "Person", []))])
    assert len(r.actors) == 3
    assert any("Biden" in note for note in r.ambiguous)


def test_resolve_same_name_different_kind_stays_apart():
    r = resolve_actors([_facts("a", ("Washington", "Place", [])), _facts("b", ("Washington", "Person", []))])
    assert len(r.actors) == 2
    assert len(set(r.actors)) == 2


@pytest.mark.parametrize("a, b", [("Youri Ouchakov", "Yury Ushakov"), ("Poutine", "Putine"), ("Dmitri Peskov", "Dmitry Peskov")])
def test_transliteration_key_matches_spellings(a, b):
    assert transliteration_key(a) == transliteration_key(b)
