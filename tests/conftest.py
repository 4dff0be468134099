"""Shared fixtures: the French spaCy model, loaded once per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """fr_core_news_md, loaded once (mark tests that use it with ``@pytest.mark.model``)."""
    from extractors.nlp import load_model

    try:
        return load_model()
    except LookupError as error:  # model not installed: skip, do not error
        pytest.skip(str(error))
