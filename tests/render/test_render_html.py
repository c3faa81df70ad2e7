"""The HTML view: a self-contained page with the graph's nodes, edges and evidence."""

from __future__ import annotations

import os
import re

import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

from kg.render import render_html, write_html
from kg.render.html import LAYOUT_THRESHOLD


@pytest.fixture(scope="module")
def small_page(small_graph):
    return render_html(small_graph)


def assert_no_remote_references(page: str) -> None:
    low = page.lower()
    assert 'src="http' not in low and "src='http" not in low
    assert 'href="http' not in low and "href='http" not in low
    assert "url(http" not in low and 'url("http' not in low and "url('http" not in low
    assert "@import" not in low
    for tag in re.findall(r"<(?:script|link|img|iframe|source|embed|object)\b[^>]*>", page, re.I):
        assert "http://" not in tag and "https://" not in tag, tag
    # every <script> is inline
    assert not re.search(r"<script\b[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"<link\b[^>]*rel=\"?stylesheet", page, re.I)


def test_page_is_self_contained(small_page):
    assert small_page.startswith("<!DOCTYPE html>")
    assert small_page.rstrip().endswith("</html>")
    assert_no_remote_references(small_page)
    # vis-network is inlined, not fetched
    assert "vis-network" in small_page and "new vis.Network(" in small_page
    # the visible text outside scripts names nothing by http IRI either
    visible = re.sub(r"<script\b.*?</script>|<style\b.*?</style>", "", small_page, flags=re.S | re.I)
    assert "http://" not in visible and "https://" not in visible


def test_node_and_edge_counts(small_page, parse_page, small_counts):
    data = parse_page(small_page)
    n_nodes, n_edges = small_counts
    assert len(data["nodes"]) == n_nodes
    assert len(data["edges"]) == n_edges
    assert data["meta"]["shownNodes"] == n_nodes and data["meta"]["omittedNodes"] == 0
    ids = {n["id"] for n in data["nodes"]}
    # compact prefixed ids, no documents, statements or unused sectors
    assert "id:person/kasym-zhomart-tokayev" in ids and "sector:Trade" in ids and "event:m1" in ids
    assert not any(i.startswith(("doc:", "stmt:")) for i in ids)
    assert "sector:Tourism" not in ids
    classes = {n["id"]: n["c"] for n in data["nodes"]}
    assert classes["id:person/kasym-zhomart-tokayev"] == "Leader"
    assert classes["id:city/baku"] == "City" and classes["event:m1"] == "Meeting"
    assert all(e["f"] in ids and e["t"] in ids for e in data["edges"])


def test_symmetric_relations_once_per_pair(small_graph, parse_page):
    g = Graph()
    for t in small_graph:
        g.add(t)
    dkg = "https://w3id.org/diplomacy-kg/ontology#"
    # materialise the symmetric closure: still one edge per pair
    for p in ("met", "twinnedWith", "cooperatesWith"):
        for s, o in list(g.subject_objects(predicate=URIRef(dkg + p))):
            g.add((o, URIRef(dkg + p), s))
    data = parse_page(render_html(g))
    rels = [e["r"] for e in data["edges"]]
    assert rels.count("met") == 1 and rels.count("twinnedWith") == 1 and rels.count("cooperatesWith") == 1
    assert data["meta"]["relations"]["met"]["sym"] is True
    assert data["meta"]["relations"]["leaderOf"]["sym"] is False


def test_evidence_present_and_escaped(small_page, parse_page, evidence_texts):
    ev_met, ev_twin = evidence_texts
    # raw text with < and & never appears in the markup ...
    assert ev_met not in small_page and ev_twin not in small_page
    assert "<5 млрд" not in small_page and "<бауырлас" not in small_page
    assert "\\u003c5 млрд \\u0026" in small_page
    # ... the JSON carries it exactly
    data = parse_page(small_page)
    by_rel = {e["r"]: e for e in data["edges"]}
    met = by_rel["met"]
    assert met["ev"][0][0] == ev_met and met["ev"][0][1] == "kazinform-2024-001"
    assert met["ev"][0][2] == "meetings"
    twin = by_rel["twinnedWith"]
    assert twin["ev"][0][0] == ev_twin and twin["ev"][0][1] == "kazinform-2024-002"
    # a label with quotes, < and & is only in the JSON, escaped
    assert 'Біріккен Ұлттар Ұйымы <БҰҰ>' not in small_page
    org = next(n for n in data["nodes"] if n["id"] == "id:org/un")
    assert org["l"]["kk"] == 'Біріккен Ұлттар Ұйымы <БҰҰ> & "Co"'
    # no script-breaking sequence anywhere inside the data element
    raw = re.search(r'id="kg-data">(.*?)</script>', small_page, re.S).group(1)
    assert "<" not in raw and ">" not in raw and "&" not in raw


def test_node_tooltip_material(small_page, parse_page):
    data = parse_page(small_page)
    tok = next(n for n in data["nodes"] if n["id"] == "id:person/kasym-zhomart-tokayev")
    assert tok["l"]["kk"] == "Қасым-Жомарт Тоқаев" and tok["l"]["ru"] == "Касым-Жомарт Токаев"
    assert tok["a"] == ["Тоқаев"]
    assert tok["d"][0][0] == "kazinform-2024-001" and tok["nd"] == 1
    meeting = next(n for n in data["nodes"] if n["id"] == "event:m1")
    assert meeting["date"] == "2024-05-14" and meeting["d"][0][0] == "kazinform-2024-001"
    # tooltips are built as DOM nodes with textContent, never innerHTML
    script = small_page[small_page.rindex("<script>"):]
    assert "innerHTML" not in script and "textContent" in script


def test_legend_lists_present_classes(small_page):
    legend = re.search(r'<div id="kg-legend".*?</div>\s*<h2', small_page, re.S).group(0)
    for cls in ("Leader", "Country", "City", "Organization", "Sector", "Meeting"):
        assert f'data-class="{cls}"' in legend
        assert f'class="kg-class-filter" value="{cls}"' in legend
    assert "Мемлекет басшысы" in legend and "Қала" in legend
    # absent classes are not listed
    assert 'data-class="Person"' not in legend and 'data-class="Other"' not in legend
    rel_box = re.search(r'<div id="kg-relations">.*?</div>', small_page, re.S).group(0)
    for rel in ("met", "leaderOf", "twinnedWith", "cooperatesWith", "cooperatesOn", "locatedIn",
                "participant", "heldIn"):
        assert f'value="{rel}"' in rel_box
    assert 'value="namedAfter"' not in rel_box


def test_label_languages_and_default(small_graph, parse_page):
    page = render_html(small_graph, lang="ru", title='Граф <"тест"> & co')
    data = parse_page(page)
    assert [code for code, _ in data["meta"]["langs"]] == ["kk", "en", "ru"]
    assert data["meta"]["lang"] == "ru"
    assert '<option value="ru" selected>' in page
    assert "<title>Граф &lt;&quot;тест&quot;&gt; &amp; co</title>" in page
    # an unknown language falls back to Kazakh
    assert parse_page(render_html(small_graph, lang="xx"))["meta"]["lang"] == "kk"


def test_small_graph_uses_bounded_physics(small_page, parse_page):
    data = parse_page(small_page)
    assert data["meta"]["physics"] is True
    assert not any("x" in n for n in data["nodes"])
    assert "stabilizationIterationsDone" in small_page
    assert "setOptions({physics: false})" in small_page
    assert re.search(r"stabilization: \{enabled: true, iterations: \d+", small_page)


def test_big_graph_precomputed_positions(big_graph_factory, parse_page):
    page = render_html(big_graph_factory(1500))
    assert_no_remote_references(page)
    data = parse_page(page)
    assert len(data["nodes"]) == 1500 > LAYOUT_THRESHOLD
    assert data["meta"]["physics"] is False
    assert data["meta"]["omittedNodes"] == 0 and 'id="kg-notice"' not in page
    xs = [n["x"] for n in data["nodes"]]
    ys = [n["y"] for n in data["nodes"]]
    assert all(isinstance(v, float) for v in xs + ys)
    # spread out, not collapsed onto a point
    assert max(xs) - min(xs) > 500 and max(ys) - min(ys) > 500
    assert len({(round(x), round(y)) for x, y in zip(xs, ys)}) > 1400
    # deterministic
    assert parse_page(render_html(big_graph_factory(1500)))["nodes"][0]["x"] == xs[0]


def test_max_nodes_notice(big_graph_factory, parse_page):
    g = big_graph_factory(2500)
    page = render_html(g, max_nodes=2000)
    data = parse_page(page)
    meta = data["meta"]
    assert len(data["nodes"]) == 2000
    assert meta["totalNodes"] == 2500 and meta["omittedNodes"] == 500
    assert meta["omittedEdges"] > 0
    assert meta["totalEdges"] == len(data["edges"]) + meta["omittedEdges"]
    notice = re.search(r'<div id="kg-notice".*?</div>', page, re.S).group(0)
    assert "500 түйін" in notice and f"{meta['omittedEdges']} байланыс" in notice
    assert f"{meta['omittedEdges']} edges left out" in notice
    # the kept nodes are the highest-degree ones
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["f"] in ids and e["t"] in ids for e in data["edges"])
    min_kept = min(n["deg"] for n in data["nodes"])
    assert min_kept >= 0


def test_max_nodes_keeps_highest_degree(small_graph, parse_page):
    data = parse_page(render_html(small_graph, max_nodes=3))
    ids = {n["id"] for n in data["nodes"]}
    assert "id:country/kazakhstan" in ids  # degree 5, the hub
    assert "id:org/un" not in ids          # degree 0
    assert data["meta"]["omittedNodes"] == 7


def test_untyped_endpoint_and_empty_graph(parse_page):
    g = Graph()
    dkg = Namespace("https://w3id.org/diplomacy-kg/ontology#")
    idn = Namespace("https://w3id.org/diplomacy-kg/id/")
    g.add((idn["person/abai"], RDF.type, dkg.Person))
    g.add((idn["person/abai"], RDFS.label, Literal("Абай Құнанбайұлы", lang="kk")))
    g.add((idn["street/abai"], dkg.namedAfter, idn["person/abai"]))
    data = parse_page(render_html(g))
    cls = {n["id"]: n["c"] for n in data["nodes"]}
    assert cls == {"id:person/abai": "Person", "id:street/abai": "Other"}
    assert data["edges"][0]["r"] == "namedAfter"
    empty = render_html(Graph())
    assert parse_page(empty)["nodes"] == [] and "kgReady" in empty


def test_write_html_is_atomic(small_graph, tmp_path):
    target = tmp_path / "out" / "graph.html"
    write_html(small_graph, target, title="T")
    first = target.read_text(encoding="utf-8")
    assert "<title>T</title>" in first
    write_html(small_graph, target, title="T2")
    assert "<title>T2</title>" in target.read_text(encoding="utf-8")
    assert sorted(os.listdir(target.parent)) == ["graph.html"]  # no temp file left behind


def test_write_html_failure_leaves_old_file(small_graph, tmp_path, monkeypatch):
    target = tmp_path / "graph.html"
    target.write_text("old", encoding="utf-8")

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_html(small_graph, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["graph.html"]


def test_page_assets_inlined_once(small_page):
    # template, script and stylesheet assembled: no placeholder left, the page's own code inside
    assert "{{" not in re.sub(r'<script type="application/json".*?</script>', "", small_page, flags=re.S)
    assert small_page.count('id="kg-docs"') == 1 and "function drawLabels(ctx)" in small_page
    assert "#kg-details" in small_page and "window.kgCountryView" in small_page


def test_page_data_sections(small_page, parse_page):
    data = parse_page(small_page)
    assert {d["id"] for d in data["docs"]} == {"kazinform-2024-001", "kazinform-2024-002"}
    assert data["meta"]["isolates"] == 1  # the UN: mentioned, never related
    [meeting] = data["collapsed"]
    assert (meeting["f"], meeting["t"], meeting["r"], meeting["via"]) == (
        "id:person/ilkham-aliev", "id:person/kasym-zhomart-tokayev", "Meeting", "event:m1")
    assert data["meta"]["days"] == ["2024-05-14", "2024-06-01"]


def test_big_graph_communities_numbered(big_graph_factory, parse_page):
    data = parse_page(render_html(big_graph_factory(1500)))
    groups = [n["g"] for n in data["nodes"]]
    assert max(groups) >= 3  # several communities
    assert all((n["g"] == -1) == bool(n.get("iso")) for n in data["nodes"])
