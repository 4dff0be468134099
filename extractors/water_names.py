"""Names of seas that hold a state's name: "la mer de Chine méridionale", "la mer du Japon", "le golfe du Mexique".

The state named inside a sea's name is not what a statement speaks about (tests/gold invented: "s'est abîmé en mer du
Japon" is not about Japan). The head nouns are data (``sea_named_after_nouns`` in ``extractors/lang/fr.json``);
"détroit" is left out ("le détroit de Taïwan" is the island's strait and often its crisis).
"""

from __future__ import annotations

from spacy.tokens import Doc

from extractors.lang import fold

_OF = {"de", "du", "d'"}


def names_sea(doc: Doc, start: int, sea_nouns: frozenset[str]) -> bool:
    """Does the name starting at token ``start`` follow "mer de" / "golfe du" (a sea noun and "de")?"""
    return start >= 2 and fold(doc[start - 1].text) in _OF and fold(doc[start - 2].text) in sea_nouns
