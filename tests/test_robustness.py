"""Whatever the text, the build never crashes and its output always parses back."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from kg.build import BuildOptions, build
from kg.rdf import DocumentInfo, document_graph

KAZAKH = st.text(alphabet=st.sampled_from(list("АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯаәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя -,.«»–\n")),
                 max_size=300)


@settings(derandomize=True, max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), KAZAKH))
def test_extraction_never_raises_and_its_graph_parses_back(extractor, text):
    result = extractor.extract("random", text)
    graph = document_graph(DocumentInfo("random", "test"), result.entities, result.facts, result.events)
    for fmt in ("turtle", "nt", "json-ld"):
        data = graph.serialize(format=fmt)
        assert len(Graph().parse(data=data, format=fmt)) == len(graph)


ODD = ['он "тырнақшада" сөз', "кері\\слэш", "жаңа\nжол", "эмодзи 🇰🇿🤝", "Қазақстан and English", "tab\tмен"]


@pytest.mark.parametrize("fmt, suffix", [("turtle", ".ttl"), ("nt", ".nt"), ("json-ld", ".jsonld")])
def test_odd_ids_and_texts_round_trip(tmp_path, fmt, suffix):
    path = tmp_path / "odd.jsonl"
    rows = [{"id": f"id with space/{i} «{odd[:5]}»", "text": f"Қазақстан мен Қытай ынтымақтасады. {odd}",
             "title": odd} for i, odd in enumerate(ODD)]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    build([str(path)], BuildOptions(out_dir=tmp_path / "out", fmt=fmt, html=False, quiet=True))
    graph = Graph().parse(tmp_path / "out" / f"graph{suffix}", format={"turtle": "turtle", "nt": "nt",
                                                                        "json-ld": "json-ld"}[fmt])
    titles = {str(o) for s, p, o in graph if str(p).endswith("/title")}
    assert titles == set(ODD)
    ids = {str(o) for s, p, o in graph if str(p).endswith("/identifier")}
    assert ids == {r["id"] for r in rows}
    for s, _p, _o in graph:
        assert " " not in str(s) and "«" not in str(s)  # IRIs are percent-encoded


def test_a_one_megabyte_line_without_punctuation_builds(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(("Қазақстан мен Қытай ынтымақтастығы " * 30_000)[:1_000_000], encoding="utf-8")
    report = build([str(path)], BuildOptions(out_dir=tmp_path / "out", html=False, quiet=True))
    assert report.documents == 1
    assert Graph().parse(tmp_path / "out" / "graph.ttl")
