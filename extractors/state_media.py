"""Unnamed state media: "la télévision publique nigérienne", "les médias d'État chinois", "l'agence de presse
officielle syrienne". A media noun owned by a state (through "d'État" or an adjective of ownership) and qualified by
a demonym is a medium of its own, named by the phrase (tests/gold: reported_by "télévision publique nigérienne",
"médias d'État chinois"). Without a demonym ("la télévision d'État") or with a name after it ("la télévision publique
chinoise CCTV": CCTV is the medium) nothing is made here.
"""

from __future__ import annotations

from extractors.lang import fold

#: Media nouns that a state may own.
_STATE_MEDIA_HEADS = {"television", "televisions", "radio", "agence", "medias", "media", "chaine", "radiodiffuseur"}
#: Words of state ownership between the noun and the demonym.
_OWNERSHIP = {"publique", "public", "publics", "publiques", "officielle", "officiel", "officiels", "officielles",
              "nationale", "national", "etatique", "etatiques", "gouvernementale", "gouvernemental", "gouvernementaux"}
_STATE = {"d'", "de"}
_AGENCY_TAIL = ("de", "presse")  # "l'agence de presse officielle"


def state_medium_end(texts: list[str], start: int, is_demonym) -> int | None:
    """End (exclusive) of a state medium phrase opening at ``start`` (the media noun), else None.

    ``texts``: the article's token texts; ``is_demonym(i)``: is token ``i`` an adjective of nationality."""
    if fold(texts[start]) not in _STATE_MEDIA_HEADS or not texts[start][:1].islower():
        return None
    i, owned = start + 1, False
    if fold(texts[start]) == "agence" and tuple(fold(t) for t in texts[i: i + 2]) == _AGENCY_TAIL:
        i += 2
    while i < len(texts) and i - start <= 5:
        word = fold(texts[i])
        if word in _STATE and i + 1 < len(texts) and fold(texts[i + 1]) == "etat" and texts[i + 1][:1].isupper():
            i, owned = i + 2, True  # "d'État"
        elif word in _OWNERSHIP and texts[i][:1].islower():
            i, owned = i + 1, True
        else:
            break
    if not owned or i >= len(texts) or not texts[i][:1].islower() or not is_demonym(i):
        return None
    end = i + 1
    if end < len(texts) and texts[end][:1].isupper() and texts[end].isalpha():
        return None  # "la télévision publique chinoise CCTV": the name after it is the medium
    return end


def find_state_media(actors) -> None:
    """Add every unnamed state medium of the article to ``actors`` (an ``ArticleActors`` being built)."""
    texts, tokens, doc = actors._texts, actors._tokens, actors.doc
    for start in range(len(texts)):
        if not texts[start][:1].islower() or fold(texts[start]) not in _STATE_MEDIA_HEADS or start in actors._by_token:
            continue  # (the cheap test of state_medium_end first: this runs on every word)
        end = state_medium_end(texts, start, lambda i: tokens[i].pos_ == "ADJ" and bool(actors._demonym(tokens[i])))
        if end is None or any(i in actors._by_token for i in range(start, end)):
            continue
        span = doc[start:end]
        key = actors._ensure("org:" + fold(span.text), span.text, "Organization", start)
        actors.actors[key].medium = True
        actors._add_mention(doc[start:end - 1], key)  # the demonym stays free: the state is talked about too
