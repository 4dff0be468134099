"""Who did the act a demonstrative act noun in reported content takes up ("ces sanctions", "ce texte", "cette
coopération"): the enactor of an earlier text (``relation_enacted_texts``), else the authors of the earlier event of
the same stem ("ces frappes" after "a frappé"), else the one actor the previous sentence's relations make the author
of an act (the subject of a Coerce, Threaten or Assault, the object of an Accuse, Reject or Protest). Never the mere
main subject of the sentence before, which is too often the speaker's ally or the reporter of the act.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.events import triggers
from extractors.lang import fold, language_data
from extractors.relation_enacted_texts import ENACTED_NOUNS, enacted_text_authors
from extractors.relation_judgements import ACT_TYPES, JUDGED_TYPES

_WRONGS = language_data("fr").words("relation_wrongdoing_act_nouns") | language_data("fr").words("relation_harm_nouns")


def act_anaphor_authors(act: Token, speakers: list[str], actors, context) -> list[str]:
    """The authors of the act ``act`` takes up, leaving out ``speakers``; [] when unknown."""
    authors = enacted_text_authors(act, speakers, actors) if {fold(act.lemma_), fold(act.text)} & ENACTED_NOUNS else []
    return authors or [k for k in actors.earlier_event_authors(act) if k not in speakers] \
        or previous_act_target(act, speakers, context)


def previous_act_target(act: Token, speakers: list[str], context) -> list[str]:
    """The one actor the previous sentence's relations make the author of ``act``; [] when none or several. The act
    noun must fit that act: for the subject of a Coerce, Threaten or Assault, an act of that type or of none ("ces
    sanctions", "cette décision" after "a expulsé"); for the object of an Accuse, Reject or Protest, a wrong or an act
    of force ("ces provocations"), never "cette décision", which is no act of the one accused."""
    sentence, acts = getattr(context, "sentence", None), getattr(context, "acts", None)
    if sentence is None or acts is None:
        return []
    act_type = triggers("fr").noun_type(act)
    wrong = act_type in ACT_TYPES or bool({fold(act.lemma_), fold(act.text)} & _WRONGS)
    targets = [r.object if r.event_type in JUDGED_TYPES else r.subject for n, r in acts
               if n == sentence - 1 and not r.negated
               and (r.event_type in JUDGED_TYPES and wrong or r.event_type in ACT_TYPES and act_type in {None, r.event_type})]
    targets = [k for k in dict.fromkeys(targets) if k not in speakers]
    return targets if len(targets) == 1 else []
