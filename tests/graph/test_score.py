"""graph/score.py (``newsgraph score``) on a tiny hand-made graph and gold, with numbers worked out by hand.

The graph follows the output contract (DESIGN.md) as the builder writes it:
actors and article metadata in the default graph, facts in the named graph of
their article, evidence offsets into the article text.

World (articles a.txt and b.txt are annotated, c.txt is not):

statements   gold (speaker: about)                predicted (speaker: about)
  a S1       Vladimir Poutine: Chine              Poutine node (label "Vladimir Putin"): Chine  -> match
                                                  the same, a second span inside S1           -> match
  a S2       Xi Jinping: Etats-Unis, Russie       Xi: États-Unis                              -> match, about 1/2
  a S3       Kremlin: Russie                      Poutine                                     -> wrong speaker
  b S1       Emmanuel Macron                      (nothing)                                   -> missed
  b S2       (nothing)                            Macron                                      -> false positive
  c S1       (not annotated)                      Xi                                          -> not scored
  => predicted 5, 3 matched (P 3/5); gold 4, 2 matched (R 1/2); about 2/3 (S1 1/1, S2 1/2).

relations    gold                                 predicted
  a S2       XI JINPING Accuse Etats-Unis         Xi Accuse États-Unis                        -> match
  a S4       Chine Coerce NOT Russie              Chine Coerce Russie (not negated)           -> no match
  b S1       Emmanuel Macron Consult Allemagne    (nothing)                                   -> missed
  c S1       (not annotated)                      Xi Assault États-Unis                       -> not scored
  => predicted 2, 1 matched (P 1/2); gold 3, 1 matched (R 1/3); F1 = 2/5.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.cli import main
from graph.score import format_scores, held_out_sets, score_graph

TEXT_A = (
    "Vladimir Poutine a déclaré que la Chine est un partenaire fiable. "
    "Xi Jinping a critiqué les États-Unis et salué la Russie. "
    "Le Kremlin a indiqué que la Russie ne cédera pas. "
    "La Chine n'a imposé aucune sanction à la Russie."
)
TEXT_B = "Emmanuel Macron a rencontré le chancelier allemand à Berlin. Emmanuel Macron est rentré à Paris."
TEXT_C = "Xi Jinping a déclaré que les États-Unis attaquent la Chine."

A1, A2, A3, A4 = (
    "Vladimir Poutine a déclaré que la Chine est un partenaire fiable.",
    "Xi Jinping a critiqué les États-Unis et salué la Russie.",
    "Le Kremlin a indiqué que la Russie ne cédera pas.",
    "La Chine n'a imposé aucune sanction à la Russie.",
)
B1, B2 = "Emmanuel Macron a rencontré le chancelier allemand à Berlin.", "Emmanuel Macron est rentré à Paris."
C1 = TEXT_C

PREFIXES = """\
@prefix ng: <https://w3id.org/newsgraph/ontology#> .
@prefix ngid: <https://w3id.org/newsgraph/id/> .
@prefix nga: <https://w3id.org/newsgraph/article/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
"""

ACTORS = """
ngid:poutine a ng:Person ; rdfs:label "Vladimir Putin" ; skos:altLabel "Vladimir Poutine", "Poutine" .
ngid:xi a ng:Person ; rdfs:label "Xi Jinping" ; skos:altLabel "Xi" .
ngid:macron a ng:Person ; rdfs:label "Emmanuel Macron" .
ngid:kremlin a ng:Organization ; rdfs:label "Kremlin" .
ngid:chine a ng:Country ; rdfs:label "Chine" ; skos:altLabel "Pékin" .
ngid:russie a ng:Country ; rdfs:label "Russie" .
ngid:usa a ng:Country ; rdfs:label "États-Unis" .
ngid:allemagne a ng:Country ; rdfs:label "Allemagne" .
nga:a.txt a ng:Article ; dcterms:source "a.txt" .
nga:b.txt a ng:Article ; dcterms:source "b.txt" .
nga:c.txt a ng:Article ; dcterms:source "c.txt" .
"""


def _at(text: str, sentence: str) -> tuple[int, int]:
    start = text.index(sentence)
    return start, start + len(sentence)


def statement(iri: str, speaker: str, span: tuple[int, int], about: tuple[str, ...] = ()) -> str:
    about_triples = "".join(f" ng:about ngid:{a} ;" for a in about)
    return (f"  nga:{iri} a ng:Statement ; ng:speaker ngid:{speaker} ;{about_triples} ng:cue \"déclarer\" ;"
            f" ng:mode ng:IndirectSpeech ; ng:charStart {span[0]} ; ng:charEnd {span[1]} .\n")


def relation(iri: str, subject: str, event_type: str, obj: str, span: tuple[int, int], *,
             negated: bool = False, symmetric: bool = False) -> str:
    extra = " ng:symmetric true ;" if symmetric else ""
    return (f"  nga:{iri} a ng:Relation ; ng:subject ngid:{subject} ; ng:object ngid:{obj} ; ng:action \"agir\" ;"
            f" ng:eventType ng:{event_type} ; ng:negated {'true' if negated else 'false'} ;{extra}"
            f" ng:charStart {span[0]} ; ng:charEnd {span[1]} .\n")


def trig(graphs: dict[str, str]) -> str:
    return PREFIXES + ACTORS + "".join(f"\nnga:{name} {{\n{body}}}\n" for name, body in graphs.items())


def world_graphs() -> dict[str, str]:
    s1_start, s1_end = _at(TEXT_A, A1)
    return {
        "a.txt": (
            statement("a-s1", "poutine", (s1_start, s1_end), ("chine",))
            + statement("a-s1b", "poutine", (s1_start, s1_start + 30))
            + statement("a-s2", "xi", _at(TEXT_A, A2), ("usa",))
            + statement("a-s3", "poutine", _at(TEXT_A, A3), ("russie",))
            + relation("a-r1", "xi", "Accuse", "usa", _at(TEXT_A, A2))
            + relation("a-r2", "chine", "Coerce", "russie", _at(TEXT_A, A4))
        ),
        "b.txt": statement("b-s2", "macron", _at(TEXT_B, B2)),
        "c.txt": statement("c-s1", "xi", _at(TEXT_C, C1), ("usa", "chine"))
        + relation("c-r1", "xi", "Assault", "usa", _at(TEXT_C, C1)),
    }


def gold_statement(article: str, sentence: str, speaker: str, about: list[str]) -> dict:
    return {"article": article, "sentence": sentence, "speaker": speaker, "cue": "déclarer", "mode": "IndirectSpeech",
            "about": about, "reported_by": None, "addressee": None}


def gold_relation(article: str, sentence: str, subject: str, event_type: str, obj: str, *, negated: bool = False) -> dict:
    return {"article": article, "sentence": sentence, "subject": subject, "object": obj, "action": "agir",
            "event_type": event_type, "negated": negated, "modality": None}


GOLD_STATEMENTS = [
    gold_statement("a.txt", A1, "Vladimir Poutine", ["Chine"]),
    gold_statement("a.txt", A2, "Xi Jinping", ["Etats-Unis", "Russie"]),
    gold_statement("a.txt", A3, "Kremlin", ["Russie"]),
    gold_statement("b.txt", B1, "Emmanuel Macron", []),
]
GOLD_RELATIONS = [
    gold_relation("a.txt", A2, "XI JINPING", "Accuse", "Etats-Unis"),
    gold_relation("a.txt", A4, "Chine", "Coerce", "Russie", negated=True),
    gold_relation("b.txt", B1, "Emmanuel Macron", "Consult", "Allemagne"),
]


def write_world(folder: Path, graphs: dict[str, str], statements: list[dict], relations: list[dict]) -> tuple[Path, Path, Path]:
    """Write graph.trig, the gold files and the texts folder; return (graph, gold prefix, texts)."""
    texts = folder / "texts"
    texts.mkdir(parents=True)
    for name, text in (("a.txt", TEXT_A), ("b.txt", TEXT_B), ("c.txt", TEXT_C)):
        (texts / name).write_text(text, encoding="utf-8")
    graph = folder / "graph.trig"
    graph.write_text(trig(graphs), encoding="utf-8")
    prefix = folder / "tiny"
    for kind, records in (("statements", statements), ("relations", relations)):
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        Path(f"{prefix}.{kind}.jsonl").write_text(lines, encoding="utf-8")
    return graph, prefix, texts


def score_world(tmp_path: Path, graphs: dict[str, str] | None = None, statements: list[dict] | None = None,
                relations: list[dict] | None = None):
    graph, prefix, texts = write_world(tmp_path, world_graphs() if graphs is None else graphs,
                                       GOLD_STATEMENTS if statements is None else statements,
                                       GOLD_RELATIONS if relations is None else relations)
    return score_graph(graph, gold_prefix=prefix, texts=texts)


# -- the whole world ---------------------------------------------------------------------------


def test_score_statements_precision_recall_f1(tmp_path):
    s = score_world(tmp_path).speakers
    assert (s.predicted, s.predicted_matched, s.gold, s.gold_matched) == (5, 3, 4, 2)
    assert s.precision == pytest.approx(3 / 5)
    assert s.recall == pytest.approx(1 / 2)
    assert s.f1 == pytest.approx(2 * 0.6 * 0.5 / 1.1)


def test_score_about_recall_over_matched_statements(tmp_path):
    scores = score_world(tmp_path)
    assert (scores.about_found, scores.about_total) == (2, 3)
    assert scores.about_recall == pytest.approx(2 / 3)


def test_score_relations_precision_recall_f1(tmp_path):
    r = score_world(tmp_path).relations
    assert (r.predicted, r.predicted_matched, r.gold, r.gold_matched) == (2, 1, 3, 1)
    assert r.precision == pytest.approx(1 / 2)
    assert r.recall == pytest.approx(1 / 3)
    assert r.f1 == pytest.approx(2 / 5)


def test_score_names_misses_and_false_positives(tmp_path):
    scores = score_world(tmp_path)
    s, r = scores.speakers, scores.relations
    assert sorted(m.split(":")[0] for m in s.misses) == ["a.t Kremlin", "b.t Emmanuel Macron"]
    assert len(s.false_positives) == 2  # Poutine on S3, Macron on b S2
    assert any("macron" in fp for fp in s.false_positives) and any("poutine" in fp for fp in s.false_positives)
    assert sorted(m.split(":")[0] for m in r.misses) == ["a.t Chine Coerce NOT Russie", "b.t Emmanuel Macron Consult Allemagne"]
    assert r.false_positives == [f"a.t chine Coerce russie @{TEXT_A.index(A4)}"]


def test_score_format_prints_the_figures(tmp_path):
    text = format_scores(score_world(tmp_path), misses=True)
    assert "speaker P 0.60  R 0.50  F1 0.55   (3/5 predicted, 2/4 gold)" in text
    assert "about recall 0.67 (2/3)" in text
    assert "relations   P 0.50  R 0.33  F1 0.40   (1/2 predicted, 1/3 gold)" in text
    assert "statement misses (2):" in text and "relation false positives (1):" in text


# -- one behaviour at a time --------------------------------------------------------------------


def test_score_article_outside_the_gold_is_not_scored(tmp_path):
    # c.txt holds more facts here than in world_graphs(), or none at all: the figures do not move
    graphs = world_graphs()
    graphs["c.txt"] += statement("c-s9", "macron", _at(TEXT_C, C1)) + relation("c-r9", "chine", "Support", "russie", _at(TEXT_C, C1))
    more = score_world(tmp_path / "more", graphs=graphs)
    del graphs["c.txt"]
    none = score_world(tmp_path / "none", graphs=graphs)
    for scores in (more, none):
        s, r = scores.speakers, scores.relations
        assert (s.predicted, s.predicted_matched, r.predicted, r.predicted_matched) == (5, 3, 2, 1)
        assert not any(item.startswith("c.t") for item in s.false_positives + r.false_positives)


def test_score_speaker_matches_an_alt_label_without_case_or_accents(tmp_path):
    span = _at(TEXT_A, A1)
    graphs = {"a.txt": statement("a-s1", "poutine", span, ("usa",))}
    for gold_speaker, about in (("vladimir poutine", "ETATS-UNIS"), ("POUTINE", "états-unis"), ("Vladimir Putin", "Etats-unis")):
        scores = score_world(tmp_path / gold_speaker, graphs=graphs, statements=[gold_statement("a.txt", A1, gold_speaker, [about])],
                             relations=[])
        assert scores.speakers.gold_matched == 1, gold_speaker
        assert scores.about_found == 1, about


def test_score_unknown_name_does_not_match(tmp_path):
    # "Vladimir" is only a part of a known name: no match (names are compared whole)
    graphs = {"a.txt": statement("a-s1", "poutine", _at(TEXT_A, A1))}
    scores = score_world(tmp_path, graphs=graphs, statements=[gold_statement("a.txt", A1, "Vladimir", [])], relations=[])
    assert (scores.speakers.gold_matched, scores.speakers.predicted_matched) == (0, 0)


def test_score_statement_in_another_sentence_does_not_match(tmp_path):
    graphs = {"a.txt": statement("a-s2", "poutine", _at(TEXT_A, A2))}
    scores = score_world(tmp_path, graphs=graphs, statements=[gold_statement("a.txt", A1, "Vladimir Poutine", [])],
                         relations=[])
    assert (scores.speakers.gold_matched, scores.speakers.precision, scores.speakers.recall) == (0, 0.0, 0.0)


@pytest.mark.parametrize(("predicted_negated", "gold_negated", "matches"), [
    (True, True, True),
    (False, True, False),
    (True, False, False),
    (False, False, True),
])
def test_score_relation_polarity_must_agree(tmp_path, predicted_negated, gold_negated, matches):
    graphs = {"a.txt": relation("a-r2", "chine", "Coerce", "russie", _at(TEXT_A, A4), negated=predicted_negated)}
    scores = score_world(tmp_path, graphs=graphs, statements=[],
                         relations=[gold_relation("a.txt", A4, "Chine", "Coerce", "Russie", negated=gold_negated)])
    assert scores.relations.gold_matched == int(matches)


def test_score_relation_event_type_must_agree(tmp_path):
    graphs = {"a.txt": relation("a-r1", "xi", "Threaten", "usa", _at(TEXT_A, A2))}
    scores = score_world(tmp_path, graphs=graphs, statements=[],
                         relations=[gold_relation("a.txt", A2, "Xi Jinping", "Accuse", "États-Unis")])
    assert scores.relations.gold_matched == 0


@pytest.mark.parametrize(("symmetric", "matches"), [(True, True), (False, False)])
def test_score_reversed_pair_matches_only_a_symmetric_relation(tmp_path, symmetric, matches):
    # "Macron et Scholz se sont rencontrés": the gold writes text order, the graph may store the other order
    graphs = {"b.txt": relation("b-r1", "allemagne", "Consult", "macron", _at(TEXT_B, B1), symmetric=symmetric)}
    scores = score_world(tmp_path, graphs=graphs, statements=[],
                         relations=[gold_relation("b.txt", B1, "Emmanuel Macron", "Consult", "Allemagne")])
    assert scores.relations.gold_matched == int(matches)


def test_score_empty_graph_scores_zero_without_dividing_by_zero(tmp_path):
    scores = score_world(tmp_path, graphs={})
    assert (scores.speakers.precision, scores.speakers.recall, scores.speakers.f1) == (0.0, 0.0, 0.0)
    assert (scores.relations.predicted, scores.relations.gold) == (0, 3)
    assert scores.about_recall == 0.0


# -- errors reach the user as one line ----------------------------------------------------------


def test_score_missing_graph_is_an_input_error(tmp_path):
    _, prefix, texts = write_world(tmp_path, world_graphs(), GOLD_STATEMENTS, GOLD_RELATIONS)
    with pytest.raises(InputError, match="no such graph file"):
        score_graph(tmp_path / "nope.trig", gold_prefix=prefix, texts=texts)


def test_score_gold_sentence_not_in_article_is_an_input_error(tmp_path):
    wrong = [gold_statement("a.txt", "Une phrase qui n'est pas dans l'article.", "Xi Jinping", [])]
    with pytest.raises(InputError, match=r"tiny\.statements\.jsonl:1: sentence not found in a\.txt"):
        score_world(tmp_path, statements=wrong)


def test_score_missing_gold_file_is_an_input_error(tmp_path):
    graph, prefix, texts = write_world(tmp_path, world_graphs(), GOLD_STATEMENTS, GOLD_RELATIONS)
    Path(f"{prefix}.relations.jsonl").unlink()
    with pytest.raises(InputError, match="no such gold file"):
        score_graph(graph, gold_prefix=prefix, texts=texts)


# -- the article list ------------------------------------------------------------------------


def test_score_counts_predictions_in_a_listed_article_without_gold_as_false_positives(tmp_path):
    graph, prefix, texts = write_world(tmp_path, world_graphs(), GOLD_STATEMENTS, GOLD_RELATIONS)
    Path(f"{prefix}.articles").write_text("a.txt\nb.txt\nc.txt\n", encoding="utf-8")
    scores = score_graph(graph, gold_prefix=prefix, texts=texts)
    s, r = scores.speakers, scores.relations
    assert (s.predicted, s.predicted_matched, s.gold, s.gold_matched) == (6, 3, 4, 2)  # Xi on c S1 now counts
    assert (r.predicted, r.predicted_matched) == (3, 1)  # and Xi Assault États-Unis on c S1
    assert any(fp.startswith("c.t") for fp in r.false_positives)


def test_score_article_list_must_cover_every_gold_record(tmp_path):
    graph, prefix, texts = write_world(tmp_path, world_graphs(), GOLD_STATEMENTS, GOLD_RELATIONS)
    Path(f"{prefix}.articles").write_text("a.txt\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"tiny\.articles: .*b\.txt"):
        score_graph(graph, gold_prefix=prefix, texts=texts)


# -- held-out sets ---------------------------------------------------------------------------


def _held_out_folder(tmp_path: Path) -> Path:
    """A gold folder with a dev set (a.txt), a held-out set (b.txt) and their union, and HELD-OUT naming the test set."""
    for name, articles in (("dev", ["a.txt"]), ("test", ["b.txt"]), ("all", ["a.txt", "b.txt"])):
        (tmp_path / f"{name}.articles").write_text("".join(f"{a}\n" for a in articles), encoding="utf-8")
        for kind in ("statements", "relations"):
            (tmp_path / f"{name}.{kind}.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "HELD-OUT").write_text("# nobody reads its errors\ntest\n", encoding="utf-8")
    return tmp_path


def test_held_out_sets_names_the_held_out_set_itself_and_any_set_sharing_its_articles(tmp_path):
    folder = _held_out_folder(tmp_path)
    assert held_out_sets(folder / "test") == ["test"]
    assert held_out_sets(folder / "all") == ["test"]  # a union with the held-out half is held out too
    assert held_out_sets(folder / "dev") == []


def test_held_out_sets_without_a_listing_is_empty(tmp_path):
    folder = _held_out_folder(tmp_path)
    (folder / "HELD-OUT").unlink()
    assert held_out_sets(folder / "test") == []


def test_score_cli_refuses_misses_of_held_out_data_but_prints_its_score(tmp_path, capsys):
    graph, prefix, texts = write_world(tmp_path, world_graphs(), GOLD_STATEMENTS, GOLD_RELATIONS)
    (tmp_path / "HELD-OUT").write_text(f"{Path(prefix).name}\n", encoding="utf-8")
    assert main(["score", str(graph), "--gold", str(prefix), "--texts", str(texts), "--misses"]) == 2
    assert "held-out" in capsys.readouterr().err
    assert main(["score", str(graph), "--gold", str(prefix), "--texts", str(texts)]) == 0
    assert "speaker P" in capsys.readouterr().out


def test_score_lists_the_about_actors_a_matched_statement_missed(tmp_path):
    scores = score_world(tmp_path)
    # Xi's A2 names États-Unis and Russie; the graph says it is about États-Unis only
    assert scores.about_misses == [f"a.t Xi Jinping: Russie (found: usa): {A2}"]
    assert "about misses (1):" in format_scores(scores, misses=True)
