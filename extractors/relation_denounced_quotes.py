"""A quote given as a charge: "« Le Brésil a choisi de soutenir un dirigeant accusé de fraude », a dénoncé le ministre
argentin" is an Accuse of the speaker toward the actor the quote makes the doer, whatever its verb says (gold NOTES:
"a quote that blames an actor → Accuse on the attribution sentence"): the attribution verb ("dénoncer", "condamner",
"fustiger", ``relation_blaming_cues``) says the words are a charge.

The quote's verb must itself blame its subject (``blame_predicates.blames``: a hostile trigger or a wrongdoing verb,
as ``relation_reproaches.reproached`` asks): a subject who suffers ("« L'Ukraine subit des bombardements », a
dénoncé X", "« Cuba souffre du blocus »": ``relation_suffering_verbs``) or acts well ("« La France a défendu le droit
international »") is not accused. Only a quotation (``DirectQuote``: "Bakou accuse, Moscou temporise" is no quote
of Bakou) is read, and only its own main verb (the top verb of the statement's content, finite), with a subject that
names an actor other than the speaker's side ("nous", the speaker's state: left out by ``toward_subjects``); a
pronoun subject ("« Ils ont menti »") is left out, its antecedent being too often misread. Precision first: a neutral attribution
("a déclaré", "a ajouté"), a negated ("n'a rien fait"), conditional ("aurait dû"), asked or passive clause
("a été attaqué": the subject suffered it) gives nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.blame_predicates import blames, plain_assertion, suffers
from extractors.model import Relation
from extractors.relation_speaker_acts import toward_subjects

_SUBJECT_DEPS = {"nsubj"}


def denounced_quote(verb: Token, actors, context) -> list[Relation]:
    """The Accuse of each speaker whose blaming cue attributes the quote ``verb`` heads toward its actor subject."""
    quotes = getattr(context, "blaming_quotes", None)
    if not quotes or verb.pos_ != "VERB":
        return []  # no quotation of the article is attributed by a blaming verb: the common case, returned at once
    statements = [s for s in quotes if s.quote_start <= verb.idx < s.quote_end and _top_verb(verb, s)]
    if not statements or not _plain_clause(verb) or suffers(verb) or not blames(verb):
        return []
    return [relation for statement in statements for relation in toward_subjects(
        verb, verb, actors, context, statement.cue, "Accuse", [statement.speaker], evidence=statement.evidence)]


def _top_verb(verb: Token, statement) -> bool:
    """``verb`` is the content's main verb: its head lies outside the content (the attribution verb) or is itself."""
    head = verb.head
    return head.i == verb.i or not (statement.quote_start <= head.idx < statement.quote_end)


def _plain_clause(verb: Token) -> bool:
    """A finite, plainly asserted clause (``plain_assertion``) with one noun or name subject."""
    forms = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    if not any(f.morph.get("VerbForm") == ["Fin"] for f in forms):
        return False
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0].pos_ not in {"PROPN", "NOUN"}:
        return False
    return plain_assertion(verb)
