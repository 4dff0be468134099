"""Who is spoken to: the addressee of a speech verb, "à X" or a dative clitic ("lui avait dit", "leur répondit")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from extractors.entities import ArticleActors, sentence_of
from extractors.lang import fold
from extractors.comitative import comitative_partner
from extractors.timeref import WEEKDAYS

_ADDRESS_PREPS = {"a", "au", "aux"}  # folded ("à" -> "a")
_AUPRES = "aupres"  # "a plaidé auprès de son homologue turc": spoken to, like "à"
_DATIVE_RELATIVES = {"auquel", "auxquels", "auxquelles"}
#: Said-when words between a verb and its venue (folded).
_TIME_WORDS = WEEKDAYS.keys() | {"hier", "aujourd'hui", "soir", "matin", "dernier", "derniere"}
_OBJECT_REACH = 40  # tokens back to the antecedent of an object clitic: this sentence or the one before


def addressee_of(verb: Token, actors: ArticleActors, speakers: list[str], addressed: list[str] | None = None) -> str | None:
    """The one actor spoken to: the first of ``addressees_of`` (``addressed`` when the caller has it already), else a
    dative relative pronoun's antecedent."""
    keys = addressees_of(verb, actors, speakers) if addressed is None else addressed
    return keys[0] if keys else _relative_addressee(verb, actors, speakers)


def addressees_of(verb: Token, actors: ArticleActors, speakers: list[str]) -> list[str]:
    """Every actor of the phrase spoken to: one, or a group ("a rappelé aux deux voisins que…" -> both states, who
    all join the about list; the first is the addressee)."""
    for child, cases in _prepositional_phrases(verb):
        if cases & _ADDRESS_PREPS or _AUPRES in cases or fold(verb.doc[child.i - 1].text) in _ADDRESS_PREPS:
            keys = [k for k in actors.resolve(child) if k not in speakers]
        elif "devant" in cases:  # "devant l'Assemblée nationale": the body spoken to, named by the noun itself
            keys = [k for k in [actors.actor_at(child)] if k and k not in speakers]  # (not "devant l'ambassade de X")
        else:
            continue
        if _place_before_inverted_subject(child, actors) or capital_venue(child, verb, actors):
            continue  # "a déclaré jeudi à Nairobi le ministre X", "a-t-il déclaré vendredi à Addis-Abeba": where it was said
        if not keys and (cases & _ADDRESS_PREPS or _AUPRES in cases):
            keys = [k for k in _unnamed_office_state(child, actors) if k not in speakers]
        if keys and actors.actors[keys[0]].kind != "Place":  # "s'est réjoui X à Hilliard": a venue
            return keys
    return []


def _relative_addressee(verb: Token, actors: ArticleActors, speakers: list[str]) -> str | None:
    """"a rencontré Xi Jinping, à qui il a demandé…", "l'ambassadeur russe, auquel il a signifié…": a dative relative
    pronoun of the verb stands for the actor named right before its comma."""
    doc = verb.doc
    for child in verb.children:
        if child.i >= verb.i or child.pos_ != "PRON":
            continue
        word = fold(child.text)
        if word in _DATIVE_RELATIVES:
            comma = child.i - 1
        elif word in {"qui", "laquelle", "lesquels", "lesquelles"} and child.i > 1 and fold(doc[child.i - 1].text) == "a":
            comma = child.i - 2
        else:
            continue
        if comma < 1 or doc[comma].text != ",":
            return None
        named = [m.key for m in actors.mentions if m.end == comma and m.key not in speakers]
        if named and actors.actors[named[0]].kind != "Place":
            return named[0]
    return None


def _prepositional_phrases(verb: Token) -> Iterator[tuple[Token, set[str]]]:
    """The oblique phrases after a verb with their folded prepositions; "auprès de X", which the parser often hangs
    on an adverb "auprès", counts as one phrase with the preposition "aupres"."""
    for child in verb.children:
        if child.i <= verb.i:
            continue
        if child.dep_ in {"obl:arg", "obl:mod", "obl", "iobj"}:
            yield child, {fold(c.text) for c in child.children if c.dep_ == "case"}
        elif child.dep_ == "advmod" and fold(child.text) == _AUPRES:
            for noun in child.children:
                if noun.dep_.startswith("obl") and noun.i > child.i:
                    yield noun, {_AUPRES} | {fold(c.text) for c in noun.children if c.dep_ == "case"}


def _unnamed_office_state(noun: Token, actors: ArticleActors) -> list[str]:
    """"a dit à son homologue russe", "a déclaré au ministre turc": a singular role noun the article does not resolve
    to a person, qualified by a demonym, is the state of that office (tests/gold/NOTES.md: an unnamed "premier
    ministre britannique" -> Royaume-Uni); [] for any other noun ("aux journalistes chinois", "à la presse
    américaine")."""
    if noun.pos_ != "NOUN" or fold(noun.text) not in actors._role_heads or noun.morph.get("Number") == ["Plur"]:
        return []
    demonym = next((c for c in noun.children if c.dep_ == "amod" and actors._demonym(c)), None)
    return actors.demonym_members(demonym) if demonym is not None else []


def _place_before_inverted_subject(name: Token, actors: ArticleActors) -> bool:
    """A bare city name after "à" and followed by an article: the place of a postposed attribution."""
    doc = name.doc
    key = actors.actor_at(name)
    if name.pos_ != "PROPN" or fold(doc[name.i - 1].text) != "a" or key is None or actors.actors[key].kind not in {"Place", "Country"}:
        return False  # ("a déclaré à Olaf Scholz la nécessité…": a person spoken to)
    end = name.i + 1
    while end < len(doc) and actors.actor_at(doc[end]) == key:
        end += 1
    return end < len(doc) and fold(doc[end].text) in {"le", "la", "les", "l'"}


def capital_venue(name: Token, verb: Token, actors: ArticleActors, *, any_verb: bool = False) -> bool:
    """"a déclaré mardi à Varsovie que…", "…, a-t-il affirmé à Addis-Abeba.": a capital after "à" on a verb that states
    without a hearer (``declaring_venue_cues``; every verb with ``any_verb``: "a rappelé mardi à Vienne les
    obligations des États"), after a said-when word or ending the clause, is where it was said; "a déclaré à
    Washington que…" and "a répondu à Washington" keep their hearer."""
    if not any_verb and fold(verb.lemma_) not in actors.data.words("declaring_venue_cues"):  # (a city is often tagged NOUN)
        return False
    key = actors.actor_at(name)
    mention = next((m for m in actors.mentions if m.start <= name.i < m.end and m.key == key), None) if key else None
    if mention is None or actors.actors[key].kind != "Country" or fold(name.doc[mention.start - 1].text) not in {"a", "au"} \
            or not actors.is_metonym(name.doc[mention.start: mention.end].text):
        return False
    doc = name.doc  # a said-when before it ("a souligné mardi à Varsovie que") or the clause ends on it ("…, a-t-il dit à Rome.")
    return any(fold(t.text) in _TIME_WORDS for t in doc[verb.i + 1: mention.start - 1]) \
        or mention.end == len(doc) or doc[mention.end].text in {".", "!", "?"}


def clitic_addressee(verb: Token, actors: ArticleActors, speakers: list[str], context: list[str]) -> str | None:
    """"…, lui avait dit Christian Jacob", "Pastor leur répondit": the dative clitic names the addressee, the actor
    the text is about (a recent subject, else the last one named) other than the speaker."""
    doc = verb.doc
    clitic = next((t for t in doc[max(verb.i - 3, 0): verb.i] if fold(t.text) in {"lui", "leur"} and t.pos_ == "PRON"
                   and not (t.i > 0 and fold(doc[t.i - 1].text) == "a")  # "Petro a quant à lui proposé": no dative
                   and all(b.pos_ in {"AUX", "ADV", "PRON"} for b in doc[t.i + 1: verb.i])), None)
    if clitic is None:
        return comitative_partner(verb, actors, speakers)  # "a évoqué avec elle": the one spoken with
    kinds = {"Person"} if fold(clitic.text) == "lui" else {"Organization", "Country"}
    recent = [k for k in reversed(context) if k not in speakers and actors.actors[k].kind in kinds]
    if recent:
        return recent[0]
    before = [m for m in actors.mentions if m.end <= clitic.i and m.key not in speakers and actors.actors[m.key].kind in kinds]
    return max(before, key=lambda m: m.start).key if before else None


def clitic_object(verb: Token, actors: ArticleActors, speakers: list[str], verbs: frozenset[str],
                  judging: frozenset[str]) -> str | None:
    """"Il l'a remercié", "Netanyahou, qu'il a qualifié de « boucher »": the object pronoun of a verb aimed at a person
    (``verbs``) is the last actor named before it (within ``_OBJECT_REACH`` tokens), other than the speaker and not
    in the subject ("Nadine Morano, ex-députée UMP, l'avait appelé"); a relative "que" of these or of a judging cue
    (``judging``, ``relative_judging_cues``) is the name right before it. ("l'a qualifiée" of a decision is left to ``extractors.taken_up``.)"""
    lemma = fold(verb.lemma_)
    relative = next((c for c in verb.children if c.dep_ in {"obj", "mark"} and fold(c.text) in {"que", "qu'"}
                     and c.pos_ == "PRON" and c.i < verb.i), None)
    if relative is not None and lemma in verbs | judging | actors.data.words("relative_judging_cues"):  # "X, que Y considère comme"
        ends = {relative.i, relative.i - 1} if verb.doc[relative.i - 1].text == "," else {relative.i}
        named = [m.key for m in actors.mentions if m.end in ends and m.key not in speakers]
        return named[0] if named else None
    clitic = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ == "PRON" and c.i < verb.i
                   and fold(c.text) in {"l'", "le", "la"}), None)
    if lemma not in verbs or clitic is None or any(t.pos_ not in {"AUX", "ADV", "PRON"} for t in verb.doc[clitic.i + 1: verb.i]):
        return None
    subject = {t.i for c in verb.children if c.dep_ in {"nsubj", "expl:subj"} for t in c.subtree}
    opening = sentence_of(clitic).start  # the speaker named in this sentence: its apposition is no antecedent
    named_speaker = [m.start for m in actors.mentions if m.key in speakers and opening <= m.start < clitic.i]
    limit = min(named_speaker) if named_speaker else clitic.i
    kinds = {"Person", "Organization", "Country"}
    before = [m for m in actors.mentions if clitic.i - _OBJECT_REACH <= m.start and m.end <= limit and m.start not in subject
              and m.key not in speakers and actors.actors[m.key].kind in kinds and not _venue(verb.doc[m.start])]
    return max(before, key=lambda m: m.start).key if before else None


def _venue(name: Token) -> bool:
    """"à Berlin", "en Chine", "dans la capitale": a place where something happened, no antecedent of "l'"."""
    head = name if name.dep_ != "flat:name" else name.head
    return head.dep_.startswith("obl") and any(fold(c.text) in {"a", "en", "dans"} for c in head.children if c.dep_ == "case")
