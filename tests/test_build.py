"""The end-to-end build on the sample article, through the command line."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from kg.cli import main

SAMPLE = Path(__file__).resolve().parent.parent / "kg" / "data" / "samples" / "kz-az-supreme-council.kk.txt"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    assert main(["build", str(SAMPLE), "--out", str(out), "--quiet"]) == 0
    return out


def test_outputs_exist(built):
    assert (built / "graph.ttl").stat().st_size > 0
    assert (built / "graph.html").stat().st_size > 0


def test_sample_scores_at_least_095_and_finds_every_entity_type(built, scorer, score_graph, paths):
    graph = Graph().parse(built / "graph.ttl")
    precision, recall, f1, _ = score_graph(graph, paths["seed_gold"])
    import json
    gold = [json.loads(x) for x in paths["seed_gold"].read_text(encoding="utf-8").splitlines() if x.strip()]
    found, total, missed = scorer.type_recall(graph, gold, scorer.DEFAULT_NS)
    print(f"sample: P {precision:.3f} R {recall:.3f} F1 {f1:.3f}; types {found}/{total}")
    assert f1 >= 0.95
    assert found == total, missed


def test_graph_conforms_to_the_shapes(built):
    from kg.validate import validate

    assert validate(Graph().parse(built / "graph.ttl")) == []


def test_page_references_nothing_on_the_network(built):
    html = (built / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?https?://""", html)
    assert "@import url(http" not in html


def test_every_fact_has_evidence_within_the_text(built):
    from rdflib import RDF, Namespace

    dkg = Namespace("https://w3id.org/diplomacy-kg/ontology#")
    graph = Graph().parse(built / "graph.ttl")
    text = SAMPLE.read_text(encoding="utf-8")
    statements = list(graph.subjects(RDF.type, RDF.Statement))
    assert statements
    for st in statements:
        start, end = int(graph.value(st, dkg.charStart)), int(graph.value(st, dkg.charEnd))
        assert text[start:end] == str(graph.value(st, dkg.evidence))


def test_the_same_build_gives_the_same_iris(built, tmp_path):
    assert main(["build", str(SAMPLE), "--out", str(tmp_path), "--quiet", "--no-html"]) == 0
    again = set(Graph().parse(tmp_path / "graph.ttl"))
    first = set(Graph().parse(built / "graph.ttl"))
    assert again == first


def test_the_page_of_every_triple_is_the_built_page(built):
    """The build's page index keeps only the predicates the page reads: an index of every
    triple of the same parts makes the same page, byte for byte."""
    from contextlib import closing

    from kg.build.manifest import Manifest
    from kg.build.merge import corpus_parts, corpus_rewrites, page_index
    from kg.render.html import render_html
    from kg.render.index import TripleIndex

    kept = page_index()
    every = TripleIndex(kept.namespaces())
    manifest = Manifest(built)
    try:
        with closing(corpus_parts(manifest, corpus_rewrites(manifest))) as parts:
            for _doc_id, record in parts:
                kept.add_terms(record)
                every.add_terms(record)
    finally:
        manifest.close()
    assert len(kept) < len(every)
    for name in ("charStart", "charEnd"):  # the evidence offsets: in the graph, not on the page
        offsets = URIRef(f"https://w3id.org/diplomacy-kg/ontology#{name}")
        assert list(every.subject_objects(offsets)) and not list(kept.subject_objects(offsets))
    assert render_html(every) == (built / "graph.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("make_input, message", [
    (lambda d: d / "missing.txt", "missing.txt"),
    (lambda d: (d / "empty.txt").write_text("  \n") and d / "empty.txt", "empty"),
    (lambda d: (d / "x.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(40)) and d / "x.png", "binary"),
    (lambda d: (d / "bad.jsonl").write_text('{"id": "a", "text": "Қазақстан мен Қытай"}\n{broken\n') and d / "bad.jsonl", ":2"),
])
def test_bad_input_is_one_line_and_keeps_earlier_output(tmp_path, capsys, make_input, message):
    out = tmp_path / "out"
    assert main(["build", str(SAMPLE), "--out", str(out), "--quiet", "--no-html"]) == 0
    before = (out / "graph.ttl").read_bytes()
    capsys.readouterr()
    status = main(["build", str(make_input(tmp_path)), "--out", str(out), "--quiet", "--no-html"])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert len(err) == 1 and err[0].startswith("kg: error:") and message in err[0]
    assert (out / "graph.ttl").read_bytes() == before


def test_failure_while_writing_leaves_output_as_it_was(tmp_path, monkeypatch):
    """The published graph and page stay as they were; the manifest keeps the
    document that was extracted (so a rerun need not extract it again)."""
    out = tmp_path / "out"
    assert main(["build", str(SAMPLE), "--out", str(out), "--quiet"]) == 0
    published = ("graph.ttl", "graph.html")
    before = {name: (out / name).read_bytes() for name in published}

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("kg.render.html.render_html", broken)
    changed = tmp_path / "changed.txt"
    changed.write_text(SAMPLE.read_text(encoding="utf-8") + "\nҚазақстан мен Қытай ынтымақтасады.", encoding="utf-8")
    with pytest.raises(RuntimeError):
        main(["build", str(changed), "--out", str(out), "--quiet"])
    assert {name: (out / name).read_bytes() for name in published} == before
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp") or p.name.startswith(".merge-")]


def test_english_text_warns_and_gives_an_empty_valid_graph(tmp_path, capsys):
    doc = tmp_path / "english.txt"
    doc.write_text("The President of Kazakhstan met the President of Azerbaijan in Baku.")
    assert main(["build", str(doc), "--out", str(tmp_path / "o"), "--no-html"]) == 0
    assert "no Kazakh or Russian text" in capsys.readouterr().err
    graph = Graph().parse(tmp_path / "o" / "graph.ttl")
    assert not [t for t in graph if "ontology#met" in str(t[1])]


def test_latin_note_only_for_a_latin_text(kg, tmp_path):
    (tmp_path / "latin.txt").write_text("Qasym-Jomart Toqaev Astanada Şavkat Mirziyoevpen kezdesti.", encoding="utf-8")
    (tmp_path / "cyrillic.txt").write_text("Тоқаев Бакуде Әлиевпен кездесті. Фото: t.me/aqorda_resmi", encoding="utf-8")
    status, _out, err = kg("build", tmp_path / "latin.txt", tmp_path / "cyrillic.txt", "--out", tmp_path / "out", "--no-html")
    assert status == 0
    assert "'latin' was transliterated" in err and "'cyrillic' was transliterated" not in err
