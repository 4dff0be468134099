"""Mentions of a statement's content with and without demonyms in one pass: what the two calls give."""

from __future__ import annotations

import pytest

from extractors.entities import ArticleActors
from extractors.pipeline import _robust

TEXTS = [
    # demonyms of countries already named (nothing added: one pass), a role, a bloc, "l'Occident"
    ("La France et l'Iran négocient. Le ministre français a dit que les responsables iraniens et le président "
     "américain Joe Biden devaient écouter l'Occident, selon Paris.", "a dit que"),
    # a demonym of a country named nowhere before (an actor is added: the second calls are made)
    ("Le porte-parole Jean Dupont a affirmé que les diplomates japonais et le gouvernement avaient tort.", "a affirmé que"),
    # no actor at all in the content
    ("Marie Durand a déclaré que la réunion était reportée à la semaine prochaine.", "a déclaré que"),
]


def _ranges(text: str, cue: str) -> list[tuple[int, int]]:
    start = text.index(cue) + len(cue) + 1
    middle = (start + len(text)) // 2
    middle = text.index(" ", middle)
    return [(start, len(text)), (start, middle), (middle + 1, len(text))]


@pytest.mark.model
@pytest.mark.parametrize("text,cue", TEXTS)
def test_one_pass_gives_what_the_two_calls_give(nlp, text, cue):
    doc = _robust(nlp(text))
    for ranges in ([r] for r in _ranges(text, cue)), [_ranges(text, cue)[1:]]:
        for parts in ranges:
            two_calls = ArticleActors(doc, "fr")
            expected = ([two_calls.mentions_in(a, b) for a, b in parts], [two_calls.mentions_in(a, b, demonyms=False) for a, b in parts])
            one_pass = ArticleActors(doc, "fr")
            assert one_pass.mentions_with_and_without_demonyms(parts) == expected
            assert one_pass.export() == two_calls.export()  # the same actors added, in the same order


@pytest.mark.model
def test_demonyms_count_only_with_demonyms(nlp):
    text, cue = TEXTS[0]
    actors = ArticleActors(_robust(nlp(text)), "fr")
    (with_demonyms,), (without,) = actors.mentions_with_and_without_demonyms(_ranges(text, cue)[:1])
    labels = {actors.label(k) for k in with_demonyms}
    assert {"Iran", "Occident"} <= labels and "Iran" not in {actors.label(k) for k in without}
    assert set(without) <= set(with_demonyms)
