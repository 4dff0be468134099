"""A company named right after its descriptor noun, even when the NER reads the name as a person.

French business news titles a company by a lower-case noun of its trade and names it right after, often with a "de"
complement of what it makes: "le fabricant de pneumatiques Dorval", "la mutuelle Armor Santé", "la société
Normachim", "le constructeur automobile japonais Kaido". The NER often tags such a name PER ("Dorval"), and the
one-word reading of ``body_names.descriptor_name_end`` leaves PER names and "de" complements alone. Here the name
is an organisation when:

- the descriptor noun (``descriptor_org_nouns``) is lower case and determined ("le", "la", "l'", "du", "au", ...);
- only lower-case adjectives (demonyms too) and at most one bare "de" / "d'" complement of one or two lower-case
  words follow it ("de pneumatiques", "de produits chimiques"; never "du professeur": a determined complement
  is another holder);
- the name is one to three capitalised words (hyphens glue), none a known first name and none opening another NER
  entity ("le groupe Michelin Florent Menegaux": the company, then its head), no known place or word
  that names no actor ("le groupe État islamique"), and no capitalised word or adjective of the name follows it
  ("le groupe Jihad islamique" is no company "Jihad"). After a noun that also
  titles people (``descriptors_of_people_too``: "le géant Teddy Riner") a name the NER tags PER stays a person.
"""

from __future__ import annotations

from spacy.tokens import Doc

from extractors.lang import fold

_DETERMINERS = {"le", "la", "l'", "l’", "du", "au", "un", "une", "son", "sa", "leur"}
_LINKS = {"de", "d'", "d’"}
_HYPHENS = {"-", "‑"}
_MAX_NAME_WORDS = 3


def titled_company(doc: Doc, i: int, nouns: frozenset[str], first_names: frozenset[str], is_place, *,
                   person_nouns: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """(start, end) of the company name titled by the descriptor noun at ``i`` (see the module docstring), else None.
    After a noun that also titles people (``person_nouns``: "le géant Teddy Riner") a name tagged PER is left alone."""
    noun = doc[i]
    if not noun.text.islower() or fold(noun.text) not in nouns or i == 0 or fold(doc[i - 1].text) not in _DETERMINERS:
        return None
    j = i + 1
    while j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].text.islower():
        j += 1  # "automobile", "japonais"
    if j + 1 < len(doc) and fold(doc[j].text) in _LINKS:
        k = j + 1
        while k < len(doc) and k - j <= 2 and doc[k].text.islower() and doc[k].is_alpha and doc[k].pos_ in {"NOUN", "ADJ"}:
            k += 1  # "de pneumatiques", "de produits chimiques"
        if k == j + 1:
            return None  # "du professeur", "de Jean": no bare complement of the trade
        j = k
    start = j
    words = 0
    while j < len(doc) and _name_word(doc[j].text) and words < _MAX_NAME_WORDS:
        j, words = j + 1, words + 1
        while j + 1 < len(doc) and doc[j].text in _HYPHENS and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                and _name_word(doc[j + 1].text):
            j += 2  # "Arcelor-Mittal"
    if words == 0 or (j < len(doc) and (_name_word(doc[j].text) or _name_goes_on(doc, start, j))):
        return None
    name = doc[start:j]
    if any(fold(t.text) in first_names for t in name) or any(t.ent_iob_ == "B" for t in name[1:]) or is_place(name.text) or (
            fold(noun.text) in person_nouns and any(t.ent_type_ == "PER" for t in name)):
        return None
    return start, j


def _name_goes_on(doc: Doc, start: int, end: int) -> bool:
    """Does the name run past ``end``: a lower-case adjective hung on the name ("le groupe Jihad islamique", not "Le
    fabricant Bravix ferme son site") or an NER entity that goes on ("le groupe État islamique" tagged as one entity)?"""
    after = doc[end]
    return (after.pos_ == "ADJ" and after.text.islower() and start <= after.head.i < end) \
        or (after.ent_iob_ == "I" and doc[end - 1].ent_iob_ != "O")


def _name_word(text: str) -> bool:
    """A capitalised word of letters ("Dorval", "Santé"), no all-capitals single letter."""
    return len(text) >= 2 and text[:1].isupper() and text.replace("'", "").replace("’", "").isalpha()
