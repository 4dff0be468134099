"""Company and union anaphors take an antecedent of their own kind.

Business news names a company and the unions that fight it, then takes both up by a class noun:
"Le groupe Dexor ferme son site. Force ouvrière dénonce une trahison. Le ministre a exhorté le groupe à …" ->
Dexor (never the union named just before); "… accusé la direction de sacrifier le site" -> the company;
"La CGT a dénoncé la fermeture. Le syndicat appelle à la grève." -> CGT (never the company).

An organisation is a union when its name or a title it was given says so (``trade_union_names``: "CGT", "Force
ouvrière"; a name or title holding "syndic": "le syndicat Unifor", "l'intersyndicale"); a company when a title it
was given is a company noun ("le groupe Dexor", ``company_nouns``). ``kind_compatible`` filters the candidate
antecedents of a class noun (``roles.py``): a company noun (``company_nouns``, "direction") drops the unions; a union
noun (``union_anaphor_nouns``) keeps the unions when one was named, else drops the companies; one that is also a
facility noun ("la centrale", a power plant too) takes a named union or nothing.
"""

from __future__ import annotations

from extractors.lang import fold

_UNION_MARK = "syndic"  # "syndicat", "intersyndicale", "centrale syndicale"


def is_union(actor, data) -> bool:
    """Is this organisation a trade union, by its name or a title the article gave it?"""
    names = {fold(n) for n in actor.aliases | {actor.label}}
    if names & data.words("trade_union_names") or any(_UNION_MARK in n for n in names):
        return True
    return any(_UNION_MARK in fold(r) for r in actor.roles)


def is_company(actor, data) -> bool:
    """Was this organisation titled by a company noun ("le groupe Dexor", "le constructeur Stellantis")?"""
    nouns = data.words("company_nouns")
    return not is_union(actor, data) and any(fold(r.split()[0]) in nouns for r in actor.roles if r)


def kind_compatible(head_text: str, keys: list[str], actors, data) -> list[str]:
    """The candidate antecedents (keys, in text order) a class noun may take: see the module docstring."""
    if head_text in data.words("company_nouns") or head_text == "direction":
        return [k for k in keys if not is_union(actors[k], data)]
    if head_text in data.words("union_anaphor_nouns"):
        unions = [k for k in keys if is_union(actors[k], data)]
        if head_text in data.words("facility_nouns"):
            return unions  # "a confirmé la fermeture de la centrale": a plant, unless a union was named
        return unions or [k for k in keys if not is_company(actors[k], data)]
    return keys
