"""Paste the output of each ready question on the seed graph into docs/queries.md.

Run after `newsgraph build` (reads out/graph.trig, or the graph given). Each
section's first example command is run; its output replaces the block that
follows the marker line.

    .venv/bin/python scripts/refresh_query_docs.py [GRAPH]
"""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

from graph.query import format_result, open_store, run_named

DOC = Path(__file__).resolve().parents[1] / "docs" / "queries.md"
MARKER = "Output on the seed graph (first command above):"
MAX_ROWS = 8


def main(graph: str = "out/graph.trig") -> None:
    text = DOC.read_text(encoding="utf-8")
    store = open_store(graph)
    sections = re.split(r"(?m)^(?=## )", text)
    out = []
    for section in sections:
        command = re.search(r"^newsgraph query out/graph\.trig --named (.+)$", section, re.M)
        if command:
            args = shlex.split(command.group(1))
            name, params = args[0], dict(a.split("=", 1) for a in args[2::2])
            table = format_result(run_named(store, name, params), "table", store=store, max_width=38)
            lines = table.rstrip("\n").splitlines()
            if len(lines) > MAX_ROWS + 3:
                lines = lines[: MAX_ROWS + 2] + ["…", lines[-1]]
            block = f"{MARKER}\n\n```text\n" + "\n".join(lines) + "\n```\n"
            section = re.sub(r"<!-- output on the seed graph: pasted by the lead -->\n|"
                             + re.escape(MARKER) + r"\n\n```text\n.*?```\n", "", section, flags=re.S)
            section = section.rstrip("\n") + "\n\n" + block + "\n"
        out.append(section)
    DOC.write_text("".join(out), encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:2])
