"""A state subject taken up by "il"/"elle" in the next sentence.

French news names a state with its article and takes it up with the pronoun of that article's gender: "La France a
convoqué l'ambassadeur d'Iran. Elle a dénoncé une violation du droit international" (France), "Le Maroc a salué cette
visite. Il a affirmé…" (Maroc). The state is the pronoun's antecedent when it is the one subject of the main clause of
the sentence just before, with no person as subject there, and its article agrees ("le"/"la", or "l'" with the
parser's gender of the name: "L'Iran … Il"). A person of the pronoun's gender named in that sentence (an object, an
apposition: "Le Maroc a reçu le président français Emmanuel Macron. Il a salué …", "La France a nommé Catherine
Colonna envoyée spéciale. Elle a déclaré …"), not one inside a noun's complement ("La France a dénoncé la détention
de la chercheuse X. Elle a exigé …": France), or the last person speaker of that gender ("« Nous allons riposter », a
déclaré le président X. L'Iran a convoqué … Il a ajouté …") may be the antecedent too: no state then. A capital
("Pékin a dénoncé… Il") or a name with no article ("Israël") gives no gender and is left to the usual order (the
last speaker first).

Used by ``extractors.pronouns.PronounResolution._singular_antecedent``.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lang import fold

_ARTICLE_GENDERS = {"le": "Masc", "la": "Fem"}
_SUBJECTS = {"nsubj", "nsubj:pass"}


def sentence_before(token: Token):
    """The sentence right before ``token``'s (a Span), None in the first sentence."""
    from extractors.entities import sentence_of, sentences_of
    sentences = sentences_of(token.doc)
    number = sentences.index(sentence_of(token))
    return sentences[number - 1] if number else None


def country_subject_just_before(actors, pronoun: Token, gender: str, context: list[str] = ()) -> list[str]:
    """The state subject of the sentence right before the pronoun's, when its article agrees with ``gender``."""
    if pronoun.dep_ not in _SUBJECTS and not pronoun.text.startswith("-"):
        return []  # a subject, or the "-elle" of "a-t-elle ajouté"
    if actors._quoted(pronoun):
        return []
    previous = sentence_before(pronoun)
    if previous is None:
        return []
    root = previous.root
    verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    subjects = [c for verb in verbs for c in verb.children if c.dep_ in _SUBJECTS and not actors._quoted(c)]
    keys = {k for s in subjects for k in actors.resolve(s)}
    if len(keys) != 1 or len(subjects) != 1:
        return []
    key = keys.pop()
    if actors.actors[key].kind != "Country" or _article_gender(actors, subjects[0], key) != gender:
        return []
    if any(actors.actors[m.key].kind == "Person" and actors._fits(m.key, gender, strict=True)
           and not _in_noun_complement(actors, previous[m.start - previous.start: m.end - previous.start].root)
           for m in actors.mentions if previous.start <= m.start < previous.end):
        return []  # "Le Maroc a reçu le président Emmanuel Macron. Il …": he may be the one speaking
    if context and actors.actors[context[-1]].kind == "Person" and actors._fits(context[-1], gender, strict=True) \
            and _spoke(actors, context[-1], previous.start):
        return []  # "« … », a déclaré le président X. L'Iran a convoqué … Il a ajouté …"
    return [key]


def _in_noun_complement(actors, token: Token) -> bool:
    """Is ``token`` (a person's name) inside the "de" complement of a noun that is no role ("la détention de la
    chercheuse X"), so no argument of the clause's verb? Not "le président de la République X" (a role's own)."""
    roles = actors.data.words("role_heads")
    while token.head.i != token.i and token.pos_ != "VERB":
        if token.dep_ == "nmod" and token.head.pos_ == "NOUN" and fold(token.head.text) not in roles \
                and any(c.dep_ == "case" and fold(c.text) in {"de", "du", "des", "d'"} for c in token.children):
            return True
        token = token.head
    return False


def _spoke(actors, key: str, before: int) -> bool:
    """Was the person's last mention before token ``before`` a speaker's: the subject of a verb of saying, or in a
    sentence with a quotation ("« … », a déclaré le président X")?"""
    from extractors.entities import sentence_of
    mention = max((m for m in actors.mentions if m.key == key and m.start < before), key=lambda m: m.start, default=None)
    if mention is None:
        return False
    token = actors.doc[mention.start]
    verbs = actors.data.words("speech_verbs")
    if any(fold(t.lemma_) in verbs and t.pos_ == "VERB" for t in (token.head, token.head.head)):
        return True
    return any(t.text in {"«", "»", "“", "”"} for t in sentence_of(token))


def _article_gender(actors, subject: Token, key: str) -> str | None:
    """The gender of the article of the state's name: "la France", "le Maroc", "l'Iran" (the parser's gender). (The
    parser often makes "La" of "La France" the subject and hangs the name on it.)"""
    mention = next((m for m in actors.mentions if m.key == key and subject.left_edge.i <= m.start <= subject.right_edge.i), None)
    if mention is None:
        return None
    doc = subject.doc
    for i in (mention.start - 1, mention.start):
        if i < 0:
            continue
        word = fold(doc[i].text)
        if word in _ARTICLE_GENDERS:
            return _ARTICLE_GENDERS[word]
        if word == "l'":
            head = doc[mention.start] if i < mention.start else doc[mention.start + 1] if mention.end > mention.start + 1 else None
            genders = head.morph.get("Gender") if head is not None else []
            return genders[0] if len(genders) == 1 else None
    return None
