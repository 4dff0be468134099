"""Fixtures of the graph tests: the seed corpus built once per session."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seeds built into a temporary folder (parses with fr_core_news_md once)."""
    from graph.build import build

    out = tmp_path_factory.mktemp("seed-build")
    return build([ROOT / "seeds"], out_dir=out)
