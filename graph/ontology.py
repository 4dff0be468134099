"""Where ontology.ttl is, and what the rest of the package reads from it."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

_NG = "https://w3id.org/newsgraph/ontology#"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def ontology_path() -> Path:
    """ontology.ttl at the repository root (editable install) or in the installed data folder."""
    for candidate in (Path(__file__).resolve().parent.parent / "ontology.ttl", Path(sys.prefix) / "share" / "newsgraph" / "ontology.ttl"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("ontology.ttl not found")


@lru_cache(maxsize=1)
def event_type_labels() -> dict[str, dict[str, str]]:
    """{"Support": {"fr": "Soutenir", "en": "Support"}, ...} from ontology.ttl."""
    triples = list(ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE))
    event_types = {t.subject for t in triples if t.predicate.value == _RDF_TYPE and t.object.value == _NG + "EventType"}
    labels: dict[str, dict[str, str]] = {}
    for t in triples:
        if t.subject in event_types and t.predicate.value == _RDFS_LABEL:
            labels.setdefault(t.subject.value[len(_NG):], {})[t.object.language] = t.object.value
    return dict(sorted(labels.items()))
