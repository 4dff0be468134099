"""The speaker of "X a pour sa part dénoncé…" when the parser made the auxiliary the main verb.

"Le gouvernement malien a pour sa part accusé l'Algérie…" is often parsed with "a" as the root verb holding the
subject, "part" as its complement and the participle hung on "part" (``speech_verb_checks.interpolated_aux`` finds
that auxiliary). The subject the parser left on the auxiliary is then the speaker, resolved like any subject
("Le gouvernement malien" -> Mali, "Il" -> its antecedent). When that subject names no actor ("Le M23, qui contrôle
… Goma et Bukavu, a pour sa part menacé…" with "M23" unknown) there is no speaker: neither a place of its relative
clause nor a place after the verb ("vers Uvira").
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.entities import ArticleActors, sentence_of
from extractors.lang import fold
from extractors.participle_apposition import SPEAKER_KINDS
from extractors.speakers import speakers_of


def parsed_aux_subject(aux: Token, actors: ArticleActors, context: list[str]) -> list[str] | None:
    """The speakers of the subject the parser left on the interpolated auxiliary ``aux`` ([] when it names no
    actor); None when the auxiliary holds no subject before it (then the caller looks elsewhere)."""
    if any(c.dep_ == "nsubj" and c.i < aux.i for c in aux.children):
        return speakers_of(aux, actors, context)
    return _relative_apposed_subject(aux, actors, context)


def _relative_apposed_subject(aux: Token, actors: ArticleActors, context: list[str]) -> list[str] | None:
    """"Le M23, qui contrôle … Goma et Bukavu, a pour sa part menacé…": a sentence opening with a noun phrase, a comma
    and a relative "qui"/"dont" clause closed by a comma right before the auxiliary; the noun phrase is the subject
    (its actors, [] when it names none); None for any other shape."""
    doc, start = aux.doc, sentence_of(aux).start
    comma = next((t.i for t in doc[start: aux.i] if t.text == ","), None)
    if comma is None or comma == start or comma + 1 >= aux.i or fold(doc[comma + 1].text) not in {"qui", "dont"} \
            or doc[aux.i - 1].text != "," or comma - start > 6:
        return None
    named = actors.actor_at(doc[comma - 1])
    if named is not None:  # "Le président Emmanuel Macron, qui recevait…": the name before the comma
        return [named] if actors.actors[named].kind in SPEAKER_KINDS else []
    heads = [t for t in doc[start: comma] if t.pos_ in {"NOUN", "PROPN"} and not start <= t.head.i < comma]
    if len(heads) != 1:
        return None
    return [k for k in actors.resolve(heads[0], context=context) if actors.actors[k].kind in SPEAKER_KINDS]
