# newsgraph: two commands on a fresh machine with Python 3.11.
#   make demo   creates .venv, installs newsgraph, builds the graph of seeds/
#   make test   installs the test tools (and Debian's chromium when missing), runs the tests

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: demo test install install-test chromium bench bench-sparql clean

$(BIN)/newsgraph: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

install: $(BIN)/newsgraph

$(VENV)/.test-deps: $(BIN)/newsgraph setup.cfg
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install-test: $(VENV)/.test-deps

demo: install
	$(BIN)/newsgraph build seeds -o out
	@echo "Open out/graph.html in a browser (it works offline)."

chromium:
	@bash scripts/install-chromium.sh

test: install-test chromium
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/run.py

# SPARQL back-ends (rdflib, Oxigraph in memory, Oxigraph on disk) on a generated graph of 10,000 articles
bench-sparql: install
	$(BIN)/python bench/sparql.py

clean:
	rm -rf out .pytest_cache
