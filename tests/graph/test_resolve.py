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


def _kinds(resolution):
    return sorted((a.label, a.kind) for a in resolution.actors.values())


@pytest.mark.parametrize("first, second", [
    ("Moody's", "Moody’s"),
    ("Al-Qaïda", "Al Qaïda"),
    ("Communauté économique des États d'Afrique de l'Ouest", "Communauté économique des États de l'Afrique de l'Ouest"),
])
def test_resolve_exact_folds_apostrophes_hyphens_and_particles(first, second):
    r = resolve_actors([_facts("a", (first, "Organization", [])), _facts("b", (second, "Organization", []))])
    assert len(r.actors) == 1


def test_resolve_particles_still_count_in_person_names():
    r = resolve_actors([_facts("a", ("Charles De Gaulle", "Person", [])), _facts("b", ("Charles Gaulle", "Person", []))])
    assert len(r.actors) == 2


@pytest.mark.parametrize("titled", ["M.Durand", "Mr Durand", "Monsieur Durand"])
def test_resolve_strips_titles_written_any_way(titled):
    r = resolve_actors([_facts("a", ("Paul Durand", "Person", [])), _facts("b", (titled, "Person", []))])
    assert len(r.actors) == 1 and next(iter(r.actors.values())).label == "Paul Durand"


def test_resolve_titled_name_is_a_person_whatever_its_tag():
    r = resolve_actors([_facts("a", ("M.Lemaire", "Organization", []))])
    assert _kinds(r) == [("M.Lemaire", "Person")]


def test_resolve_bloc_seen_as_country_and_organization_is_one_organization():
    r = resolve_actors([_facts("a", ("Union européenne", "Country", ["Bruxelles"]), ("Union européenne", "Organization", ["UE"])),
                        _facts("b", ("Union européenne", "Country", []))])
    assert _kinds(r) == [("Union européenne", "Organization")]
    assert set(next(iter(r.actors.values())).alt_labels) == {"Bruxelles", "UE"}


def test_resolve_country_seen_as_organization_is_one_country():
    r = resolve_actors([_facts("a", ("Chine", "Organization", [])), _facts("b", ("Chine", "Country", ["Pékin"]))])
    assert _kinds(r) == [("Chine", "Country")]


def test_resolve_two_kinds_without_data_stay_apart():
    r = resolve_actors([_facts("a", ("Cartagena", "Place", [])), _facts("b", ("Cartagena", "Organization", []))])
    assert len(r.actors) == 2


def test_resolve_descriptive_names_merge_only_inside_their_article():
    r = resolve_actors([
        _facts("a", ("police londonienne", "Organization", ["police"]), ("ministère de l'Intérieur", "Organization", [])),
        _facts("b", ("police afghane", "Organization", ["police"]), ("ministère de l'Intérieur", "Organization", [])),
    ])
    assert len(r.actors) == 4


def test_resolve_descriptive_names_join_inside_one_article():
    r = resolve_actors([_facts("a", ("syndicats", "Organization", []), ("syndicats", "Organization", []))])
    assert len(r.actors) == 1


def _unnamed_facts(article_id, label, kind):
    return ArticleFacts(Article(article_id, "x"), (Actor("unnamed:" + label, label, kind),))


def test_resolve_unnamed_roles_stay_in_their_article():
    r = resolve_actors([_unnamed_facts("a.txt", "recteur", "Person"), _unnamed_facts("b.txt", "recteur", "Person"),
                        _unnamed_facts("a.txt", "autorités locales", "Organization"),
                        _unnamed_facts("b.txt", "autorités locales", "Organization")])
    assert sorted(r.actors) == ["autorites-locales-a-txt", "autorites-locales-b-txt", "recteur-a-txt", "recteur-b-txt"]
    assert r.actors["recteur-b-txt"].label == "recteur" and r.actors["recteur-b-txt"].unnamed_in == "b.txt"


def test_resolve_unnamed_role_is_not_a_surname_of_a_named_person():
    r = resolve_actors([_facts("a.txt", ("Jean Recteur", "Person", [])), _unnamed_facts("a.txt", "recteur", "Person")])
    assert len(r.actors) == 2
    assert {a.unnamed_in for a in r.actors.values()} == {None, "a.txt"}


def test_resolve_proper_organisation_names_still_merge_across_articles():
    r = resolve_actors([_facts("a", ("Banque mondiale", "Organization", [])), _facts("b", ("Banque mondiale", "Organization", []))])
    assert len(r.actors) == 1


@pytest.mark.parametrize("acronym, name, merged", [
    ("CEDEAO", "Communauté économique des États de l'Afrique de l'Ouest", True),
    ("OTAN", "Organisation du traité de l'Atlantique nord", True),
    ("UE", "Union africaine", False),
    ("ONU", "Organisation mondiale de la santé", False),
])
def test_resolve_acronym_joins_its_long_name_in_the_article(acronym, name, merged):
    r = resolve_actors([_facts("a", (acronym, "Organization", []), (name, "Organization", []))])
    assert (len(r.actors) == 1) is merged


def test_resolve_acronym_with_two_possible_long_names_stays_apart():
    r = resolve_actors([_facts("a", ("PS", "Organization", []), ("Parti socialiste", "Organization", []), ("Parti souverainiste", "Organization", []))])
    assert len(r.actors) == 3


def test_resolve_acronym_is_not_matched_across_articles():
    r = resolve_actors([_facts("a", ("CNE", "Organization", [])), _facts("b", ("Conseil national électoral", "Organization", []))])
    assert len(r.actors) == 2


def test_resolve_place_named_by_a_surname_is_that_person_in_its_article():
    r = resolve_actors([_facts("a", ("Anna Verdi", "Person", ["Verdi"]), ("Verdi", "Place", []))])
    assert _kinds(r) == [("Anna Verdi", "Person")]


def test_resolve_surname_place_in_another_article_stays_a_place():
    r = resolve_actors([_facts("a", ("Anna Verdi", "Person", ["Verdi"])), _facts("b", ("Verdi", "Place", []))])
    assert len(r.actors) == 2


def test_resolve_known_place_is_never_taken_for_a_surname():
    r = resolve_actors([_facts("a", ("George Washington", "Person", ["Washington"]), ("Washington", "Place", []))])
    assert len(r.actors) == 2


def test_resolve_people_sharing_a_last_name_in_one_article_stay_apart():
    r = resolve_actors([_facts("a", ("Marine Le Pen", "Person", []), ("Jean-Marie Le Pen", "Person", []))])
    assert len(r.actors) == 2


def test_resolve_is_deterministic_whatever_the_article_order():
    articles = [_facts("a", ("Union européenne", "Country", []), ("CEDEAO", "Organization", []), ("Communauté économique des États de l'Afrique de l'Ouest", "Organization", [])),
                _facts("b", ("Union européenne", "Organization", ["UE"]), ("police", "Organization", []))]
    assert resolve_actors(articles) == resolve_actors(list(reversed(articles)))
