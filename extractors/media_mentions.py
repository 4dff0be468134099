"""Organisations named right after a media noun are media: "interrogé par la radio publique NRK", "le quotidien
Aftenposten", "la chaîne Al Jazeera" (tagged as organisations, so ``extractors.media_names`` does not see them). A
medium is never a side of a pair ("les deux parties"), a speaker's body or an organisation anaphor. "l'agence" is
left out: "l'agence européenne Frontex" is no medium. Called from ``extractors.entities``."""

from __future__ import annotations

from extractors.lang import fold
from extractors.media_names import named_after_media_noun

_NOT_MEDIA_HEADS = {"agence", "media", "medias"}  # "l'agence européenne Frontex", "les médias X" (too loose)


def mark_named_media(actors) -> None:
    """Set ``medium`` on every organisation some mention of which follows a media noun (an ``ArticleActors``)."""
    heads = frozenset(h for h in actors._media_heads if h not in _NOT_MEDIA_HEADS)
    for mention in actors.mentions:
        actor = actors.actors[mention.key]
        if actor.kind != "Organization" or actor.medium or mention.start == 0:
            continue
        if named_after_media_noun(actors.doc[mention.start:mention.end], heads):
            actor.medium = True
