"""Names behind a title inside one NER span.

The French model often tags a capitalised title with its complement as one
entity: "Première ministre italienne" (ORG, the name "Giorgia Meloni" being a
separate PER), "Présidente de la République Droupadi Murmu" (ORG),
"Premier ministre Dominique de Villepin" (MISC), or glues an institution to
the name after it: "[haute représentante de l'] Union Kaja Kallas" (ORG),
"[directrice générale de l'] OMC Ngozi Okonjo-Iweala" (LOC). ``split_title``
tells which part of such a span is the person's name and which part is only
the title (never an actor of its own).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from extractors.lang import fold, language_data

#: Lower-case particles inside a person's name ("Ursula von der Leyen", "Lula da Silva").
_PARTICLES = {"de", "du", "des", "d'", "von", "van", "der", "den", "da", "dos", "das", "di", "del", "della", "la", "le",
              "al", "el", "ben", "bin", "ibn", "abu", "ter"}


@dataclass(frozen=True)
class TitleSplit:
    """A title-bearing span cut in two: ``name`` is the person (None when the span is only a title),
    ``institution`` the institution glued before the name ("Union", "OMC"), if any."""
    name: Span | None
    institution: Span | None = None


def _title_start(span: Span) -> int | None:
    """The index after a capitalised title opening the span ("Première ministre", "Présidente", "Premier ministre")."""
    doc, i = span.doc, span.start
    first = doc[i]
    if not first.text[:1].isupper():
        return None
    if fold(first.text) in {"premier", "premiere"} and i + 1 < span.end and fold(doc[i + 1].text) == "ministre":
        return i + 2
    heads = language_data("fr").words("person_title_heads")
    if i + 1 < span.end and fold(f"{first.text} {doc[i + 1].text}") in heads:
        return i + 2  # "Haute représentante"
    return i + 1 if fold(first.text) in heads else None


def _name_word(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and text.replace("-", "").replace("'", "").isalpha() and not text.isupper() \
        and token.pos_ in {"PROPN", "ADJ", "NOUN", "X", "VERB"}


def _complement_word(token: Token) -> bool:
    """A word of the title's complement, never of the name: "République", "Commission", "ONU", "Union"."""
    data = language_data("fr")
    folded = fold(token.text)
    return token.text.isupper() or folded in data.words("title_complement_words") or folded in data.words("institution_heads") \
        or folded in data.words("demonyms") or folded in data.table("countries")


def trailing_name(doc, start: int, end: int) -> Span | None:
    """The person's name ending at ``end``: two capitalised words or more, particles allowed inside
    ("Dominique de Villepin"), the words of the title's complement left out ("République Droupadi Murmu")."""
    i = end
    while i > start and (_name_word(doc[i - 1]) and not _complement_word(doc[i - 1])
                         or (doc[i - 1].text == "-" and not doc[i - 1].whitespace_)
                         or (fold(doc[i - 1].text) in _PARTICLES and i - 1 > start and _name_word(doc[i - 2])
                             and not _complement_word(doc[i - 2]) and doc[i].text[:1].isupper())):
        i -= 1
    while i < end and not doc[i].text[:1].isupper():
        i += 1  # never open a name with a particle
    name = doc[i:end]
    words = [t for t in name if t.text[:1].isupper()]
    return name if len(words) >= 2 else None


def split_title(span: Span, role_words: set[str]) -> TitleSplit | None:
    """``span`` cut into the person's name and the title, or None when the span holds no title.

    "Première ministre italienne" -> no name (the title alone); "Présidente de la République Droupadi Murmu"
    -> "Droupadi Murmu"; "Union Kaja Kallas" after "la haute représentante de l'" -> "Kaja Kallas" and
    the institution "Union".
    """
    after = _title_start(span)
    if after is not None:
        rest = [t for t in span.doc[after: span.end] if t.text[:1].isupper()]
        if len(rest) == 1 and span.end - after == 1 and _name_word(rest[0]) and not _complement_word(rest[0]):
            return TitleSplit(span.doc[after: span.end])  # "Président Obama"
        return TitleSplit(trailing_name(span.doc, after, span.end))
    if _after_role_complement(span, role_words) and _complement_word(span[0]):
        name = trailing_name(span.doc, span.start + 1, span.end)
        if name is not None:
            return TitleSplit(name, span.doc[span.start: name.start])
    return None


def _after_role_complement(span: Span, role_words: set[str]) -> bool:
    """"… représentante de l'" / "… directrice générale de l'" right before the span."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and fold(doc[i].text) in {"l'", "la", "le", "les"}:
        i -= 1
    if i < 0 or fold(doc[i].text) not in {"de", "du", "d'", "des"}:
        return False
    return any(fold(t.text) in role_words for t in doc[max(0, i - 3): i])


def with_first_name(span: Span, blocked: set[str]) -> Span:
    """"Mette Frederiksen" when the NER tagged only "Frederiksen" but the parser made it the ``flat:name`` of the
    capitalised word before it ("la Première ministre danoise Mette Frederiksen")."""
    doc, start = span.doc, span.start
    if len(span) != 1 or start < 2 or span[0].dep_ != "flat:name" or span[0].head.i != start - 1:
        return span
    before = doc[start - 1]
    if not _name_word(before) or before.is_sent_start or before.ent_type_ or fold(before.text) in blocked \
            or _complement_word(before) or not doc[start - 2].text.islower():
        return span
    return doc[start - 1: span.end]


def with_last_name(span: Span) -> Span:
    """"Marianne Sivertsen Næss" when the NER stopped before the last word (often one with a letter French has not,
    æ ø å): a capitalised word the parser made the ``flat:name`` of the name, right after it and tagged by no entity,
    belongs to the name ("…, Marianne Sivertsen Næss, a défendu"); a word another entity tags does not."""
    doc, end = span.doc, span.end
    while end < len(doc) and doc[end].dep_ == "flat:name" and span.start <= doc[end].head.i < end \
            and doc[end].pos_ == "PROPN" and _name_word(doc[end]) and not doc[end].ent_type_ and not doc[end].is_sent_start:
        end += 1
    return span if end == span.end else doc[span.start: end]
