"""Mistakes on the command line: one clear line on stderr, a non-zero exit, no traceback.

Each case runs the real ``newsgraph`` command in a subprocess, as a user
would. Exit status: 1 the command failed, 2 usage error (see the README).
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SELECT_ALL = "SELECT * WHERE { ?s ?p ?o }"


@pytest.fixture
def workdir(tmp_path) -> Path:
    """A folder with a good graph, a graph that does not parse and a plain file."""
    shutil.copy(FIXTURES / "mini.trig", tmp_path / "graph.trig")
    (tmp_path / "broken.trig").write_text('@prefix ng: <https://w3id.org/newsgraph/ontology#> .\nng:a ng:b "unterminated .\n', encoding="utf-8")
    (tmp_path / "a-file").write_text("not a folder\n", encoding="utf-8")
    return tmp_path


def newsgraph(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graph.cli", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def assert_one_line_error(run: subprocess.CompletedProcess, status: int, message: str) -> None:
    assert run.returncode == status, run.stderr
    assert "Traceback" not in run.stderr
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsgraph: error: "), run.stderr
    assert message in lines[0]


@pytest.mark.parametrize(
    "args, status, message",
    [
        (["query", "graph.trig", "SELEC ?s WHERE { ?s ?p ?o }"], 1, "malformed query: error at 1:"),
        (["query", "graph.trig", "SELECT ?s WHERE { ?s ?p ?o"], 1, "malformed query"),
        (["query", "graph.trig", "SELECT ?s WHERE { ?s foo:bar ?o }"], 1, "unknown prefix"),
        (["query", "broken.trig", SELECT_ALL], 1, "broken.trig: does not parse as TriG"),
        (["query", "missing.trig", SELECT_ALL], 1, "missing.trig: no such file or directory"),
        (["query", "graph.trig", "-f", "missing.rq"], 2, "missing.rq: cannot read query file (No such file or directory)"),
        (["query", "graph.trig", "--named", "no-such-question"], 2, "unknown named query 'no-such-question'"),
        (["diff", "graph.trig", "--from", "2024-13", "--to", "2024-02"], 2, "period '2024-13': expected YYYY, YYYY-MM, YYYY-MM-DD"),
        (["diff", "graph.trig", "--from", "2021", "--to", "hier"], 2, "period 'hier'"),
        (["diff", "missing.trig", "--from", "2021", "--to", "2024"], 1, "missing.trig: no such file or directory"),
        (["render", "broken.trig", "-o", "page.html"], 1, "broken.trig: does not parse as TriG"),
        (["render", "graph.trig", "-o", "a-file/page.html"], 1, "a-file/page.html: cannot write"),
        (["build", str(SEEDS), "-o", "a-file/out"], 1, "a-file/out: cannot write the output folder (Not a directory)"),
    ],
)
def test_cli_error_is_one_clear_line(workdir, args, status, message):
    assert_one_line_error(newsgraph(*args, cwd=workdir), status, message)


def test_cli_unknown_prefix_names_the_prefix(workdir):
    run = newsgraph("query", "graph.trig", "SELECT ?s WHERE { ?s foo:bar ?o }", cwd=workdir)
    assert "unknown prefix 'foo:'" in run.stderr


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write into a read-only folder")
def test_cli_build_into_a_read_only_folder(workdir):
    locked = workdir / "locked"
    locked.mkdir(mode=0o500)
    run = newsgraph("build", str(SEEDS), "-o", "locked", cwd=workdir)
    assert_one_line_error(run, 1, "locked: cannot write the output folder (Permission denied)")


def test_cli_build_of_nothing_readable_fails(workdir):
    run = newsgraph("build", "missing-folder", "-o", "out", "-q", cwd=workdir)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.splitlines() == [
        "newsgraph: skipped missing-folder: no such file or folder",
        "newsgraph: error: no article could be read",
    ]


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }",
        "insert data { <urn:x:a> <urn:x:b> <urn:x:c> }",
        "PREFIX x: <urn:x:>\n# a comment\nDELETE WHERE { ?s ?p ?o }",
        "CLEAR ALL",
        "DROP DEFAULT",
        "LOAD <file:///etc/passwd>",
    ],
)
def test_cli_query_refuses_sparql_update_by_default(workdir, update):
    before = (workdir / "graph.trig").read_bytes()
    run = newsgraph("query", "graph.trig", update, cwd=workdir)
    assert_one_line_error(run, 1, "read-only: SPARQL UPDATE refused; pass --allow-update")
    assert (workdir / "graph.trig").read_bytes() == before


def test_cli_query_allows_update_when_asked(workdir):
    run = newsgraph("query", "graph.trig", "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", "--allow-update", cwd=workdir)
    assert run.returncode == 0, run.stderr
    assert "update applied" in run.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["no-such-command"],
        ["build", "--no-such-option"],
        ["diff", "graph.trig", "--from", "2021"],  # --to missing
        ["build", "--workers", "0", "-o", "out"],
    ],
)
def test_cli_usage_error_exits_2_without_traceback(workdir, args):
    run = newsgraph(*args, cwd=workdir)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert run.stderr.splitlines()[-1].startswith(("newsgraph: error:", "newsgraph ", "usage:"))


def test_cli_debug_shows_the_traceback(workdir):
    run = newsgraph("--debug", "query", "missing.trig", SELECT_ALL, cwd=workdir)
    assert run.returncode == 1
    assert "Traceback" in run.stderr and "InputError" in run.stderr
