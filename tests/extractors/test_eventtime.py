"""Event time: a time expression on the fact's own verb, resolved against the publication date."""

import pytest

from extractors.model import Article, ArticleDate
from extractors.pipeline import extract_article

pytestmark = pytest.mark.model
PUBLISHED = ArticleDate("2024-02-08", "manifest")  # a Thursday


def _facts(nlp, text, date=PUBLISHED):
    article = Article("t.txt", text, date=date)
    return extract_article(article, nlp(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le président Emmanuel Macron a déclaré mercredi que la France soutiendrait l'Ukraine.", "2024-02-07"),
        ("Le chancelier Olaf Scholz a affirmé hier que l'Allemagne livrerait des chars.", "2024-02-07"),
        ("La ministre Annalena Baerbock a déclaré que Berlin soutiendrait Kiev.", None),
    ],
)
def test_event_time_of_statement_from_its_verb(nlp, text, expected):
    (statement, *_) = _facts(nlp, text).statements
    assert statement.event_time == expected


def test_event_time_of_relation_from_its_trigger(nlp):
    facts = _facts(nlp, "Emmanuel Macron et Olaf Scholz se sont rencontrés l'année dernière à Berlin.")
    assert [r.event_time for r in facts.relations] == ["2023"]


def test_event_time_needs_a_publication_date(nlp):
    facts = _facts(nlp, "Le président Emmanuel Macron a déclaré mercredi que la France soutiendrait l'Ukraine.", date=None)
    assert all(s.event_time is None for s in facts.statements)
