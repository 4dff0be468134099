"""Bodies named by a common noun the NER cuts or misreads: ministries by their portfolio, companies after a descriptor.

Two French shapes, each read from the tokens whatever the NER tagged:

- a ministry named by its portfolios: "le ministère des Transports", "le ministère de la Transition écologique",
  "le ministère de l'Europe et des Affaires étrangères". The NER often tags the portfolio alone ("Finances", ORG)
  or nothing; the whole name is one organisation (``ministry_name_end``). A demonym ends the name ("le ministère
  de l'Intérieur ukrainien": the state speaks, ``collectives.state_body_country``), and "le ministère russe de la
  Défense" (demonym before "de") is no such name.
- an unknown capitalised name right after a lower-case noun of an organisation's kind and its adjectives
  ("l'équipementier automobile Vartel", "l'institut IBRiS", "l'assureur Axa"): the name is an organisation
  (``descriptor_name_end``), even when the tagger reads it as an adjective, an adverb or a place. One name word
  only (hyphens glue: "Météo-France"), and never a country, a capital, a demonym or a word before another
  capitalised word ("le groupe Renault Jean-Dominique Senard" is left to the NER), never a name cut before a
  lower-case adjective or inside a longer NER name ("le groupe État islamique" stays "État islamique").
"""

from __future__ import annotations

from spacy.tokens import Doc

from extractors.lang import fold
from extractors.ministry_names import portfolio_end

_HYPHENS = {"-", "‑"}
#: Words before the descriptor noun: it must be a determined noun phrase ("l'assureur", "du constructeur").
_DETERMINERS = {"le", "la", "l'", "du", "au", "un", "une", "son", "sa", "leur"}


def ministry_name_end(doc: Doc, i: int, is_demonym) -> int | None:
    """The end of the ministry's name opened by the lower-case singular "ministère" at ``i`` ("ministère des
    Transports", "ministère de l'Europe et des Affaires étrangères"), else None."""
    if doc[i].text != "ministère":
        return None
    end = portfolio_end(doc, i + 1, is_demonym)
    if end is None:
        return None
    while end + 1 < len(doc) and fold(doc[end].text) == "et":  # "… et des Affaires étrangères"
        more = portfolio_end(doc, end + 1, is_demonym)
        if more is None:
            break
        end = more
    return end


def descriptor_name_end(doc: Doc, i: int, nouns: frozenset[str], is_demonym, is_place) -> int | None:
    """The end of the organisation's name right after the descriptor noun at ``i`` ("l'équipementier automobile
    Vartel" -> after "Vartel"), else None. The name is one capitalised word (or words glued by hyphens) tagged
    no person, no known place or demonym, and no capitalised word follows it."""
    noun = doc[i]
    if not noun.text.islower() or fold(noun.text) not in nouns or i == 0 or fold(doc[i - 1].text) not in _DETERMINERS:
        return None
    j = i + 1
    while j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].text.islower() and not is_demonym(doc[j]):
        j += 1  # "automobile", "pétrolier"
    start = j
    if j >= len(doc) or not _name_word(doc[j].text):
        return None
    j += 1
    while j + 1 < len(doc) and doc[j].text in _HYPHENS and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
            and _name_word(doc[j + 1].text):
        j += 2  # "Météo-France", "Arcelor-Mittal"
    name = doc[start:j]
    if any(t.ent_type_ == "PER" for t in name) or is_place(name.text) or (j - start == 1 and is_demonym(doc[start])):
        return None
    if j < len(doc) and (doc[j].text[:1].isupper() or doc[j].text[:1].isdigit()):
        return None  # "le groupe Renault Jean-Dominique Senard", "le groupe Wagner Holding": the NER's call
    if j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].text.islower() and not is_demonym(doc[j]):
        return None  # "le groupe État islamique": the name goes on with its adjective, never cut before it
    if j < len(doc) and doc[j].ent_iob_ == "I":
        return None  # a longer NER name goes on after it: the NER's span, never a piece of it
    return j


def _name_word(text: str) -> bool:
    """A capitalised word of letters that is no all-capitals single letter ("Vartel", "IBRiS", "Axa")."""
    return len(text) >= 2 and text[:1].isupper() and text.replace("'", "").isalpha()
