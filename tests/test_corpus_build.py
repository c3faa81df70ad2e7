"""Corpus builds: worker processes, incremental rebuilds, pruning, Dask, metadata."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.build import BuildOptions, build

SENTENCES = [
    "Қасым-Жомарт Тоқаев Ақордада Өзбекстан Президенті Шавкат Мирзиёевпен кездесті.",
    "Қазақстан мен Қытай сауда және инвестиция салаларында ынтымақтастықты дамытады.",
    "Ақтау мен Баку қалалары бауырлас қалалар болды.",
    "Ресей Президенті Владимир Путин Мәскеуде Түркия Президенті Ердоғанды қабылдады.",
    "Премьер-министр Олжас Бектенов Үкімет отырысын өткізді.",
    "Қазақстан мен Әзербайжан көлік-логистика саласындағы әріптестікті нығайтады.",
]


@pytest.fixture()
def corpus(tmp_path) -> Path:
    path = tmp_path / "news.jsonl"
    rows = [{"id": f"n{i:03d}", "text": SENTENCES[i % len(SENTENCES)] + f" {i}-жаңалық.",
             "date": f"2024-03-{1 + i % 28:02d}", "title": f"Жаңалық {i}"} for i in range(40)]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def graph_of(out: Path) -> Graph:
    return Graph().parse(out / "graph.ttl")


def test_two_workers_give_the_same_graph_as_one(corpus, tmp_path):
    build([str(corpus)], BuildOptions(out_dir=tmp_path / "one", html=False, quiet=True))
    build([str(corpus)], BuildOptions(out_dir=tmp_path / "two", html=False, quiet=True, workers=2))
    assert set(graph_of(tmp_path / "one")) == set(graph_of(tmp_path / "two"))


def test_second_build_of_an_unchanged_corpus_extracts_nothing(corpus, tmp_path):
    out = tmp_path / "out"
    first = build([str(corpus)], BuildOptions(out_dir=out, html=False, quiet=True))
    before = (out / "graph.ttl").read_bytes()
    second = build([str(corpus)], BuildOptions(out_dir=out, html=False, quiet=True))
    assert (first.extracted, second.extracted, second.skipped) == (40, 0, 40)
    assert (out / "graph.ttl").read_bytes() == before


def test_changed_document_has_its_facts_replaced(corpus, tmp_path):
    out = tmp_path / "out"
    build([str(corpus)], BuildOptions(out_dir=out, html=False, quiet=True))
    rows = [json.loads(x) for x in corpus.read_text(encoding="utf-8").splitlines()]
    rows[2]["text"] = "Алматы мен Бішкек қалалары бауырлас қалалар болды."
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    report = build([str(corpus)], BuildOptions(out_dir=out, html=False, quiet=True))
    assert report.extracted == 1
    twins = {(str(s), str(o)) for s, p, o in graph_of(out) if str(p).endswith("#twinnedWith")}
    assert any("almaty" in s + o for s, o in twins)
    text = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "n002" in text


def test_prune_drops_documents_no_longer_in_the_input(corpus, tmp_path):
    out = tmp_path / "out"
    build([str(corpus)], BuildOptions(out_dir=out, html=False, quiet=True))
    rows = corpus.read_text(encoding="utf-8").splitlines()
    corpus.write_text("\n".join(rows[:10]) + "\n", encoding="utf-8")
    kept = build([str(corpus)], BuildOptions(out_dir=out, html=False, quiet=True))
    assert kept.pruned == 0 and '"n039"' in (out / "graph.ttl").read_text(encoding="utf-8")
    pruned = build([str(corpus)], BuildOptions(out_dir=out, html=False, quiet=True, prune=True))
    assert pruned.pruned == 30
    assert '"n039"' not in (out / "graph.ttl").read_text(encoding="utf-8")


def test_document_metadata_goes_into_the_graph(corpus, tmp_path):
    build([str(corpus)], BuildOptions(out_dir=tmp_path, html=False, quiet=True))
    text = (tmp_path / "graph.ttl").read_text(encoding="utf-8")
    assert '"2024-03-01"^^xsd:date' in text and "Жаңалық 0" in text


@pytest.mark.parametrize("fmt, suffix", [("nt", ".nt"), ("trig", ".trig"), ("json-ld", ".jsonld")])
def test_other_formats_parse_back_to_the_same_triples(corpus, tmp_path, fmt, suffix):
    build([str(corpus)], BuildOptions(out_dir=tmp_path / "ttl", html=False, quiet=True))
    build([str(corpus)], BuildOptions(out_dir=tmp_path / fmt, html=False, quiet=True, fmt=fmt))
    path = tmp_path / fmt / f"graph{suffix}"
    if fmt == "trig":
        from rdflib import Dataset

        ds = Dataset()
        ds.parse(path, format="trig")
        triples = {(s, p, o) for s, p, o, _g in ds.quads()}
        assert len(list(ds.graphs())) > 40  # a named graph per document
    else:
        triples = set(Graph().parse(path, format={"nt": "nt", "json-ld": "json-ld"}[fmt]))
    assert triples == set(graph_of(tmp_path / "ttl"))


def test_dask_build_is_isomorphic_to_a_local_build(corpus, tmp_path):
    distributed = pytest.importorskip("distributed")
    build([str(corpus)], BuildOptions(out_dir=tmp_path / "local", html=False, quiet=True))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        build([str(corpus)], BuildOptions(out_dir=tmp_path / "dask", html=False, quiet=True,
                                          dask=cluster.scheduler_address))
    assert isomorphic(graph_of(tmp_path / "local"), graph_of(tmp_path / "dask"))


def test_a_page_without_a_date_field_is_dated_by_its_date_line(tmp_path):
    """Regression: the date line dated the page's events but not the page itself."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import DCTERMS, XSD

    path = tmp_path / "pages.jsonl"
    rows = [{"id": "dated", "text": "Саясат\n14.05.2024 09:30\nҚасым-Жомарт Тоқаев Ильхам Әлиевпен кездесті."},
            {"id": "field", "date": "2024-06-01", "text": "15.05.2024\nТоқаев Мирзиёевпен кездесті."},
            {"id": "undated", "text": "Тоқаев Путинмен кездесті."}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    build([str(path)], BuildOptions(out_dir=tmp_path / "out", html=False, quiet=True))
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    base = "https://w3id.org/diplomacy-kg/doc/"
    assert list(graph.objects(URIRef(base + "dated"), DCTERMS.date)) == [Literal("2024-05-14", datatype=XSD.date)]
    assert list(graph.objects(URIRef(base + "field"), DCTERMS.date)) == [Literal("2024-06-01", datatype=XSD.date)]
    assert list(graph.objects(URIRef(base + "undated"), DCTERMS.date)) == []
