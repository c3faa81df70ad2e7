"""Relation accuracy on 211 KazNERD sentences annotated by hand (tests/data)."""
from __future__ import annotations

from rdflib import Graph

from kg.cli import main


def test_dev_set_micro_f1_floor(tmp_path, score_graph, paths):
    assert main(["build", str(paths["dev_gold"]), "--out", str(tmp_path), "--quiet", "--no-html"]) == 0
    graph = Graph().parse(tmp_path / "graph.ttl")
    precision, recall, f1, result = score_graph(graph, paths["dev_gold"])
    for p, t in result["tally"].items():
        print(p, t)
    print(f"dev: P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")
    assert precision >= 0.95
    assert f1 >= 0.90
