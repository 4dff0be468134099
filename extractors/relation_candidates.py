"""The words each cheap relation check can possibly fire on, gathered once per language.

``_relations_at`` runs a dozen checks on every verb, noun and adjective of an
article ("presse X de", "doit cesser de", "s'est insurgé contre", "la décision,
que X a jugée …"); each starts by looking its own word lists up with the
token's folded lemma or text and gives nothing otherwise. One set look-up of
both against the union of those lists tells which tokens are candidates at all,
so the checks run only on them (same output: each list is a necessary
condition of its check).
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.events import Triggers
from extractors.relation_fire import FIRE_VERBS
from extractors.relation_judged_relatives import CLAIM_NOUNS, PROPOSAL_NOUNS
from extractors.relation_judgements import ACT_NOUNS
from extractors.relation_outcries import OUTCRY_VERBS
from extractors.relation_pressed import _FORMS
from extractors.relation_ratings import _CHANGES, _FALLS, _NOUNS, _VERBS
from extractors.relation_reproaches import REPROACH_WORDS
from extractors.relation_stop_demands import STOP_VERBS
from extractors.relation_suspended import SUSPEND_VERBS
from extractors.relation_targeted import TARGET_NOUNS, TARGET_VERBS
from extractors.relation_warnings import CONSEQUENCE_NOUNS
from extractors.relation_withdrawals import WITHDRAWAL_VERBS
from extractors.relation_held_responsible import RESPONSIBILITY_VERBS
from extractors.relation_pledged_funds import PLEDGE_VERBS
from extractors.relation_judged_relatives import JUDGING_VERBS
from extractors.relation_judged_acts import REGRET_VERBS
from extractors.relation_attributed import ATTRIBUTION_VERBS
from extractors.relation_listed import LISTING_VERBS
from extractors.relation_supply_acts import SUPPLY_ACT_VERBS, SUPPLY_NOUNS
from extractors.relation_closed_borders import CLOSING_FORMS
from extractors.relation_revoked_permits import REVOKING_VERBS
from extractors.relation_withheld_aid import WITHHOLDING_VERBS
from extractors.relation_recalled_envoys import RECALL_VERBS
from extractors.relation_reminded_duties import REMINDING_VERBS
from extractors.relation_joint_decisions import JOINT_DECISION_VERBS
from extractors.relation_object_acts import OBJECT_ACT_VERBS


@dataclass(frozen=True)
class CandidateWords:
    #: folded lemmas or texts of the repairs tried first (ratings, "presser X de", stop demands, warnings, outcries,
    #: suspended ties, projectiles fired, targets of an attack, organisations left, actors held responsible,
    #: sums pledged, accusations judged false, acts regretted or judged badly)
    repairs: frozenset[str]
    #: folded lemmas or texts of the nouns judged, resisted or cancelled (act, claim, proposal and event nouns)
    judged_nouns: frozenset[str]
    #: folded lemmas or texts of the words of wrongdoing a speaker's reported content may blame an actor with
    reproaches: frozenset[str] = frozenset()


_BY_TRIGGERS: dict[int, tuple[Triggers, CandidateWords]] = {}


def candidate_words(trig: Triggers) -> CandidateWords:
    """The candidate words of ``trig``'s language (built on first use, kept with the triggers)."""
    entry = _BY_TRIGGERS.get(id(trig))
    if entry is None or entry[0] is not trig:
        repairs = frozenset(_FORMS) | STOP_VERBS | CONSEQUENCE_NOUNS | OUTCRY_VERBS | SUSPEND_VERBS \
            | _VERBS | _FALLS | _CHANGES | _NOUNS | FIRE_VERBS | TARGET_VERBS | TARGET_NOUNS \
            | WITHDRAWAL_VERBS | RESPONSIBILITY_VERBS | PLEDGE_VERBS | JUDGING_VERBS | REGRET_VERBS | ATTRIBUTION_VERBS \
            | LISTING_VERBS | SUPPLY_ACT_VERBS | SUPPLY_NOUNS | CLOSING_FORMS | REVOKING_VERBS \
            | WITHHOLDING_VERBS | RECALL_VERBS | REMINDING_VERBS | JOINT_DECISION_VERBS | OBJECT_ACT_VERBS
        judged = frozenset(ACT_NOUNS) | CLAIM_NOUNS | PROPOSAL_NOUNS | frozenset(trig.nouns)
        entry = _BY_TRIGGERS[id(trig)] = (trig, CandidateWords(frozenset(repairs), frozenset(judged), REPROACH_WORDS))
    return entry[1]
