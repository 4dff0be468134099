"""Extraction spread over processes: partitions, batched parsing, a local pool and a Dask cluster."""

import socket
from pathlib import Path

import pytest

from extractors.model import Article
from graph.build import _load, build
from graph.distributed import dask_extractor, extract_partition, local_extractor, partitions

ROOT = Path(__file__).resolve().parents[2]


def _articles(n: int) -> list[Article]:
    return [Article(id=f"a{i}", text=f"Texte {i}.") for i in range(n)]


@pytest.mark.parametrize("n, size, lengths", [(0, 3, []), (5, 2, [2, 2, 1]), (4, 4, [4]), (3, 0, [1, 1, 1])])
def test_partitions_cut_in_order(n, size, lengths):
    parts = partitions(_articles(n), size)
    assert [len(p) for p in parts] == lengths
    assert [a.id for p in parts for a in p] == [f"a{i}" for i in range(n)]


def test_local_extractor_with_nothing_to_do_does_not_load_the_model():
    assert list(local_extractor(workers=2)([])) == []


@pytest.mark.model
def test_partition_facts_are_those_of_one_article_at_a_time(nlp):
    """Batched (entities first, masked copies parsed in batches) = each article parsed and re-parsed alone."""
    from extractors.nlp import first_pass
    from extractors.pipeline import extract_article

    articles, _ = _load([ROOT / "seeds"], date=None, strict=False)
    batched = extract_partition(articles)
    with nlp.select_pipes(enable=list(first_pass(nlp))):
        docs = [nlp(a.text) for a in articles]
    alone = tuple(extract_article(a, doc) for a, doc in zip(articles, docs))  # extract_article re-parses each
    assert batched.facts == alone
    assert set(batched.seconds) == {"model", "parse", "extract"}


@pytest.mark.model
def test_pool_of_two_workers_writes_the_same_trig_bytes(seed_build, tmp_path):
    pooled = build([ROOT / "seeds"], out_dir=tmp_path, workers=2, render=False, use_cache=False)
    assert pooled.parsed == 5
    assert pooled.trig.read_bytes() == seed_build.trig.read_bytes()


@pytest.mark.model
def test_dask_cluster_writes_the_same_trig_bytes(seed_build, tmp_path):
    distributed = pytest.importorskip("distributed")
    from graph.distributed import worker_model_loads

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        # partitions of 2 articles: 3 tasks over 2 workers, gathered back in input order
        extractor = dask_extractor(cluster.scheduler_address, partition_size=2)
        report = build([ROOT / "seeds"], out_dir=tmp_path, render=False, use_cache=False, extractor=extractor)
        loads = client.run(worker_model_loads)
    assert report.parsed == 5
    assert report.trig.read_bytes() == seed_build.trig.read_bytes()
    assert len(loads) == 2 and all(counts in ({}, {"fr_core_news_md": 1}) for counts in loads.values())


def test_dask_scheduler_not_there_is_an_os_error():
    pytest.importorskip("distributed")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(OSError, match="127.0.0.1"):
        list(dask_extractor(f"tcp://127.0.0.1:{port}", timeout=1)(_articles(1)))


# -- incremental rebuilds: what a build with nothing to parse does ---------------------------


def _no_model(articles):
    """An extractor that finds nothing and needs no model."""
    from extractors.model import ArticleFacts
    from graph.distributed import Partition

    yield Partition(tuple(ArticleFacts(article=a) for a in articles), {"parse": 0.0})


def _must_not_run(articles):
    raise AssertionError("a rebuild with nothing changed asked for extraction")


def test_rebuild_with_nothing_changed_extracts_nothing(tmp_path):
    first = build([ROOT / "seeds"], out_dir=tmp_path, render=False, extractor=_no_model)
    again = build([ROOT / "seeds"], out_dir=tmp_path, render=False, extractor=_must_not_run)
    assert (first.parsed, again.parsed, again.from_cache) == (5, 0, 5)
    assert "model" not in again.seconds and "parse" not in again.seconds
    assert again.trig.read_bytes() == first.trig.read_bytes()


def test_rebuild_loads_a_changed_input_again(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"id": "a", "text": "Premier texte."}\n{"id": "b", "text": "Deuxième texte."}\n', encoding="utf-8")
    out = tmp_path / "out"
    build([corpus], out_dir=out, render=False, extractor=_no_model)
    corpus.write_text('{"id": "a", "text": "Premier texte, corrigé."}\n{"id": "b", "text": "Deuxième texte."}\n',
                      encoding="utf-8")
    again = build([corpus], out_dir=out, render=False, extractor=_no_model)
    assert (again.parsed, again.from_cache) == (1, 1)  # the edited record was read again, the other came from the cache
    assert [p.name for p in (out / ".cache" / "load").iterdir()] == ["records.memo.gz"]  # one per-record memo, no more
