"""``graph.buildcache.article_record`` is ``dataclasses.asdict`` for articles (cache keys and the load memo use it)."""

from dataclasses import asdict, fields

from extractors.model import Article, ArticleDate
from graph.buildcache import article_record


def test_same_dict_as_asdict_with_and_without_date():
    dated = Article(id="a/1.txt", text="Texte.\n", date=ArticleDate("2012-03-04", "manifest"), title="T", url=None,
                    publisher="P", language="fr")
    undated = Article(id="b", text="Autre texte.")
    for article in (dated, undated):
        record = article_record(article)
        assert record == asdict(article)
        assert list(record) == list(asdict(article))  # same key order too


def test_fields_stay_flat():
    # article_record copies field values as they are: a new field holding a dataclass, list or dict needs it changed
    for field in fields(Article):
        assert field.name == "date" or set(str(field.type).replace(" ", "").split("|")) <= {"str", "None"}, field
    for field in fields(ArticleDate):
        assert str(field.type) == "str", field
