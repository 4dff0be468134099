"""A build killed halfway loses nothing: the previous output stays, the cache stays usable.

The kill is real: ``newsgraph build`` runs as a subprocess over 150
articles and gets SIGKILL (no clean-up code runs) once it has started
writing cache entries for changed articles.
"""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from extractors.model import ArticleFacts

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ARTICLES = 150


def write_corpus(folder: Path, *, edition: int) -> None:
    """150 short French articles cut from the seed texts, each a little different.

    ``edition`` changes every article's last sentence and month of publication,
    so a rebuild must parse them all again.
    """
    paragraphs = [
        p.strip()
        for seed in sorted(SEEDS.glob("*.txt"))
        for p in seed.read_text(encoding="utf-8").split("\n\n")
        if len(p.strip()) > 200
    ]
    folder.mkdir(exist_ok=True)
    rows = ["file,date"]
    for i in range(ARTICLES):
        text = f"{paragraphs[i % len(paragraphs)]}\n\nLe texte numéro {i} a été revu {edition} fois par la rédaction.\n"
        name = f"article_{i:03d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},2024-{edition:02d}-{1 + i % 28:02d}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def build_command(corpus: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "graph.cli", "build", str(corpus), "-o", str(out), "-q"]


def cache_entries(out: Path) -> set[Path]:
    return set((out / ".cache" / "extract").rglob("*.json"))


@pytest.mark.model
def test_build_killed_halfway_keeps_the_previous_output_and_a_usable_cache(tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"

    # 1. a complete build
    write_corpus(corpus, edition=1)
    first = subprocess.run(build_command(corpus, out), capture_output=True, text=True, timeout=900)
    assert first.returncode == 0, first.stderr
    trig, html = (out / "graph.trig").read_bytes(), (out / "graph.html").read_bytes()
    before = cache_entries(out)
    assert len(before) == ARTICLES

    # 2. every article changes; a second build is killed once it has cached a few new results
    write_corpus(corpus, edition=2)
    build = subprocess.Popen(build_command(corpus, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 600
    while len(cache_entries(out) - before) < 3:
        assert build.poll() is None, "the build ended before it could be killed"
        assert time.monotonic() < deadline, "no new cache entry after 10 minutes"
        time.sleep(0.02)
    os.kill(build.pid, signal.SIGKILL)
    assert build.wait(timeout=60) == -signal.SIGKILL

    # 3. the previous output is intact and readable
    assert (out / "graph.trig").read_bytes() == trig
    assert (out / "graph.html").read_bytes() == html
    store = ox.Store()
    store.load(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    assert len(store) > 0
    rdflib.Dataset().parse(out / "graph.trig", format="trig")
    assert html.rstrip().endswith(b"</html>")

    # 4. the cache has no partial entry: every one loads
    written = cache_entries(out) - before
    assert 3 <= len(written) < ARTICLES
    for entry in cache_entries(out):
        ArticleFacts.from_json(json.loads(entry.read_text(encoding="utf-8")))

    # 5. the next build finishes the work and reuses what was cached before the kill
    last = subprocess.run(build_command(corpus, out), capture_output=True, text=True, timeout=900)
    assert last.returncode == 0, last.stderr
    parsed = ARTICLES - len(written)
    assert f"{ARTICLES} articles ({parsed} parsed, {len(written)} from cache)" in last.stdout
    rebuilt = (out / "graph.trig").read_text(encoding="utf-8")
    # every article is the new edition (an event time may still fall in January: "mercredi" before 1 February)
    assert 'datePublished "2024-02-' in rebuilt and 'datePublished "2024-01-' not in rebuilt
