"""The page of a 100+-document corpus and of a dated graph, in headless Chromium.

The corpus is the shared real-news set when it is beside the repository (its
text only in a temporary folder), else a generated one (``corpus.py``).  The
expected counts are computed here from the page's own JSON, independently of
the page's script, and compared with what the page shows.  Screenshots go to
``tests/render/artifacts/``.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from rdflib import Graph

from kg.render import write_html

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
    pytest.skip("headless Chromium (/usr/bin/chromium, /usr/bin/chromedriver) is not installed",
                allow_module_level=True)
pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

#: The issue's bound for the 100+-document page, on the page's own clock.
SETTLE_S = 3.0


def counts(driver) -> tuple[int, int]:
    c = driver.execute_script("return window.kgVisibleCounts()")
    return c["nodes"], c["edges"]


def expected_for_edges(data: dict, keep) -> tuple[int, int]:
    """Nodes and edges shown when exactly the (non-collapsed) edges passing keep are shown."""
    edges = [e for e in data["edges"] if keep(e)]
    return len({x for e in edges for x in (e["f"], e["t"])}), len(edges)


def panel_text(driver) -> str:
    """All the details panel's text, scrolled into view or not."""
    return driver.execute_script("return document.getElementById('kg-details').textContent")


def no_overlap(boxes) -> bool:
    return not any(a[0] < b[2] and a[2] > b[0] and a[1] < b[3] and a[3] > b[1]
                   for i, a in enumerate(boxes) for b in boxes[i + 1:])


@pytest.fixture(scope="module")
def corpus_page(corpus_graph, tmp_path_factory, parse_page):
    graph, n_docs, source = corpus_graph
    path = tmp_path_factory.mktemp("corpus_page") / "corpus.html"
    write_html(graph, path, title=f"diplomacy-kg — {source} ({n_docs})")
    return path, parse_page(path.read_text(encoding="utf-8")), n_docs, source


def test_corpus_default_view(driver, corpus_page, open_page, console_errors, artifacts_dir):
    path, data, n_docs, source = corpus_page
    assert n_docs >= 100 and len(data["docs"]) >= 100
    seconds = open_page(driver, path)
    page_clock = driver.execute_script("return window.kgReadyMs") / 1000
    meta = data["meta"]
    print(f"\n{source} corpus: {n_docs} documents, {meta['totalNodes']} nodes ({meta['isolates']} unconnected), "
          f"{meta['totalEdges']} edges; ready after {seconds:.2f} s (page clock {page_clock:.2f} s)")
    assert page_clock <= SETTLE_S
    assert console_errors(driver) == []
    # unconnected entities are hidden by default, and counted beside their switch
    assert meta["isolates"] > 0
    shown = counts(driver)
    assert shown == (meta["shownNodes"] - meta["isolates"], meta["shownEdges"])
    iso_hidden = driver.execute_script("""
        var body = window.kgNetwork.body.nodes;
        return window.kgData.nodes.filter(function (n) { return n.iso; })
          .every(function (n) { return body[n.id].options.hidden === true; });""")
    assert iso_hidden
    assert driver.find_element(By.ID, "kg-isolates-count").text == str(meta["isolates"])
    # labels: many, never overlapping, the best connected node's among them
    drawn = driver.execute_script("return window.kgLabelsDrawn")
    boxes = driver.execute_script("return window.kgLabelBoxes")
    hub = max((n for n in data["nodes"] if not n.get("iso")), key=lambda n: n["deg"])
    print(f"labels drawn at the default zoom: {len(drawn)} of {shown[0]} visible nodes; hub {hub['id']}")
    assert len(drawn) >= 20 and no_overlap(boxes)
    assert hub["id"] in drawn
    # positions of the visible part are the communities of the Python layout
    assert data["meta"]["physics"] is False and all("x" in n for n in data["nodes"])
    driver.save_screenshot(str(artifacts_dir / "corpus_default.png"))
    # hovering an unlabelled node names it
    target = driver.execute_script("""
        var net = window.kgNetwork, drawn = {}, box = document.getElementById('kg-network');
        window.kgLabelsDrawn.forEach(function (id) { drawn[id] = true; });
        var ids = window.kgVisibleIds().filter(function (id) { return !drawn[id]; });
        for (var i = 0; i < ids.length; i++) {
          var p = net.canvasToDOM(net.getPositions([ids[i]])[ids[i]]);
          if (p.x > 40 && p.y > 40 && p.x < box.clientWidth - 40 && p.y < box.clientHeight - 40 &&
              net.getNodeAt(p) === ids[i]) return [ids[i], p.x, p.y, box.clientWidth, box.clientHeight];
        }
        return null;""")
    assert target, "every visible node already labelled"
    node_id, x, y, w, h = target
    canvas = driver.find_element(By.ID, "kg-network")
    ActionChains(driver).move_to_element_with_offset(canvas, int(x - w / 2), int(y - h / 2)).perform()
    ActionChains(driver).move_by_offset(1, 0).perform()
    deadline = time.monotonic() + 5
    while node_id not in driver.execute_script("return window.kgLabelsDrawn") and time.monotonic() < deadline:
        time.sleep(0.1)
    assert node_id in driver.execute_script("return window.kgLabelsDrawn")
    ActionChains(driver).move_to_element_with_offset(canvas, int(-w / 2) + 2, int(-h / 2) + 2).perform()
    # zooming in draws labels that did not fit before
    driver.execute_script("var n = window.kgNetwork; n.moveTo({scale: n.getScale() * 2.5, "
                          "position: n.getPositions([arguments[0]])[arguments[0]]});", hub["id"])
    time.sleep(0.3)
    zoomed = driver.execute_script("return window.kgLabelsDrawn")
    assert set(zoomed) - set(drawn) and no_overlap(driver.execute_script("return window.kgLabelBoxes"))
    # the switch shows the unconnected entities too
    driver.find_element(By.ID, "kg-isolates").click()
    assert counts(driver) == (meta["shownNodes"], meta["shownEdges"])
    driver.find_element(By.ID, "kg-reset").click()
    assert counts(driver) == shown
    # no dates in this corpus: no slider
    has_days = bool(meta["days"])
    assert driver.find_element(By.ID, "kg-dates").is_displayed() is has_days


def test_corpus_document_filter(driver, corpus_page, open_page, console_errors, artifacts_dir):
    path, data, _, _ = corpus_page
    open_page(driver, path)
    before = counts(driver)
    busiest = max(range(len(data["docs"])), key=lambda i: (data["docs"][i]["n"], -i))
    doc = data["docs"][busiest]
    row = driver.find_element(By.CSS_SELECTOR, f'.doc-row[data-doc="{busiest}"]')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", row)
    row.click()
    want = expected_for_edges(data, lambda e: busiest in e.get("ds", ()))
    got = counts(driver)
    print(f"\ndocument {doc['id']} ({doc['n']} facts): {got[0]} nodes, {got[1]} edges shown (all: {before})")
    assert got == want and want[1] == doc["n"] and got[1] < before[1]
    panel = panel_text(driver)
    assert doc["id"] in panel and f"({doc['n']})" in panel
    if doc.get("s"):
        assert doc["s"] in panel
    time.sleep(0.4)  # the fit animation
    driver.save_screenshot(str(artifacts_dir / "corpus_document.png"))
    # the document list filter narrows the list; choosing the row again shows everything
    box = driver.find_element(By.ID, "kg-doc-filter")
    box.send_keys(doc["id"])
    shown_rows = driver.execute_script(
        "return document.querySelectorAll('.doc-row:not(.hidden)').length")
    assert 1 <= shown_rows < len(data["docs"])
    row.click()
    assert counts(driver) == before
    assert console_errors(driver) == []


def test_corpus_date_range(driver, corpus_page, open_page, console_errors):
    """With dated documents (the generated corpus), a range shows the facts of its days only."""
    path, data, _, _ = corpus_page
    days = data["meta"]["days"]
    if len(days) < 3:
        pytest.skip("this corpus has no dates (the real-news set is stripped to id + text)")
    open_page(driver, path)
    lo, hi = days[len(days) // 3], days[2 * len(days) // 3]

    def inside(e):
        return any(s.split("/")[0] <= hi and s.split("/")[-1] >= lo for s in e.get("dt", ()))

    got = driver.execute_script("return window.kgSetDateRange(arguments[0], arguments[1])", lo, hi)
    print(f"\ndates {lo} – {hi}: {got}")
    assert (got["nodes"], got["edges"]) == expected_for_edges(data, inside)
    assert got["edges"] < data["meta"]["shownEdges"]
    assert console_errors(driver) == []


def test_corpus_country_view(driver, corpus_page, open_page, console_errors, artifacts_dir):
    path, data, _, _ = corpus_page
    open_page(driver, path)
    before = counts(driver)
    sel = Select(driver.find_element(By.ID, "kg-country"))
    countries = [n for n in data["nodes"] if n["c"] == "Country" and not n.get("iso")]
    country = next((n["id"] for n in countries if n["id"].endswith("kazakhstan")),
                   max(countries, key=lambda n: n["deg"])["id"])
    sel.select_by_value(country)
    time.sleep(0.5)  # the fit animation
    got = counts(driver)
    visible = set(driver.execute_script("return window.kgVisibleIds()"))
    print(f"\ncountry view {country}: {got[0]} nodes, {got[1]} edges (all: {before})")
    assert country in visible and 1 < got[0] < before[0]
    # its leaders and partners are there
    for e in data["edges"]:
        if e["r"] == "leaderOf" and e["t"] == country:
            assert e["f"] in visible
        if e["r"] == "cooperatesWith" and country in (e["f"], e["t"]):
            assert e["f"] in visible and e["t"] in visible
    panel = panel_text(driver)
    assert "leaders" in panel and "partners" in panel and "sectors" in panel and "events" in panel
    assert_labels = driver.execute_script("return window.kgLabelsDrawn")
    assert country in assert_labels
    driver.save_screenshot(str(artifacts_dir / "corpus_country.png"))
    sel.select_by_index(0)
    assert counts(driver) == before
    assert console_errors(driver) == []


def test_corpus_search_centres_and_highlights(driver, corpus_page, open_page):
    path, data, _, _ = corpus_page
    open_page(driver, path)
    hub = max((n for n in data["nodes"] if n["c"] in ("Leader", "Person")), key=lambda n: n["deg"])
    name = hub["l"].get("kk") or next(iter(hub["l"].values()))
    box = driver.find_element(By.ID, "kg-search")
    box.send_keys(name, Keys.ENTER)
    time.sleep(0.5)
    assert driver.execute_script("return window.kgLastFound") == hub["id"]
    centre = driver.execute_script("""
        var net = window.kgNetwork, id = arguments[0], p = net.canvasToDOM(net.getPositions([id])[id]);
        var box = document.getElementById('kg-network');
        return [p.x / box.clientWidth, p.y / box.clientHeight];""", hub["id"])
    assert 0.3 < centre[0] < 0.7 and 0.3 < centre[1] < 0.7
    neighbours = {e["t"] if e["f"] == hub["id"] else e["f"] for e in data["edges"] if hub["id"] in (e["f"], e["t"])}
    colours = driver.execute_script("""
        var out = {}; window.kgNodes.get().forEach(function (n) { out[n.id] = n.color.background; }); return out;""")
    dim = "rgba(222,226,230,0.55)"
    assert colours[hub["id"]] != dim and all(colours[n] != dim for n in neighbours)
    assert sum(1 for c in colours.values() if c == dim) >= len(colours) - len(neighbours) - 1


def test_corpus_edge_lists_all_its_evidence(driver, corpus_page, open_page):
    path, data, _, _ = corpus_page
    open_page(driver, path)
    edge = max(data["edges"], key=lambda e: (e.get("ne", 0), e["id"]))
    driver.execute_script("""
        var net = window.kgNetwork, e = window.kgEdges.get(arguments[0]);
        net.emit('click', {nodes: [], edges: [arguments[0]]});""", edge["id"])
    panel = panel_text(driver)
    items = driver.execute_script("return document.querySelectorAll('#kg-details .tip-list li').length")
    assert items == len(edge["ev"]) >= 1
    for sentence, doc_ids, *_ in edge["ev"]:
        if sentence:
            assert sentence[:40] in panel
        for d in (doc_ids or "").split(", "):
            assert d in panel


# -- dates ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dated_page(dated_ttl, tmp_path_factory):
    path = tmp_path_factory.mktemp("dated_page") / "dated.html"
    write_html(Graph().parse(dated_ttl), path)
    return path


def test_date_range_filters_events_and_facts(driver, dated_page, corpus_module, open_page, console_errors,
                                             artifacts_dir):
    m = corpus_module
    open_page(driver, dated_page)
    assert console_errors(driver) == []
    assert driver.find_element(By.ID, "kg-dates").is_displayed()
    assert counts(driver) == m.DATED_ALL
    assert driver.execute_script("return window.kgSetDateRange('2024-01-01', '2024-04-30')") == \
        dict(zip(("nodes", "edges"), m.DATED_SPRING))
    visible = set(driver.execute_script("return window.kgVisibleIds()"))
    assert "event:m1" in visible and "event:c1" not in visible and "event:v1" not in visible
    assert driver.execute_script("return window.kgSetDateRange('2024-09-16', '2024-12-31')") == \
        dict(zip(("nodes", "edges"), m.DATED_AUTUMN))
    assert "event:v1" in driver.execute_script("return window.kgVisibleIds()")
    # the sliders themselves: the upper end to the first day leaves the spring
    driver.execute_script("window.kgSetDateRange(null, null)")
    assert counts(driver) == m.DATED_ALL
    to = driver.find_element(By.ID, "kg-date-to")
    to.send_keys(Keys.HOME)
    assert counts(driver) == m.DATED_SPRING
    label = driver.find_element(By.ID, "kg-date-label").text
    assert "2024-03-10 — 2024-03-10" in label
    driver.save_screenshot(str(artifacts_dir / "dated_spring.png"))
    to.send_keys(Keys.END)
    assert counts(driver) == m.DATED_ALL


def test_dated_graph_documents_and_collapsed_events(driver, dated_page, corpus_module, open_page):
    m = corpus_module
    open_page(driver, dated_page)
    assert driver.execute_script("return window.kgShowDocument('d1')") == dict(zip(("nodes", "edges"), m.DATED_DOC_D1))
    panel = panel_text(driver)
    assert "https://example.org/news/d1" in panel  # the source, as text
    assert not driver.find_elements(By.CSS_SELECTOR, "#kg-details a[href]")
    driver.execute_script("window.kgShowDocument(null)")
    assert counts(driver) == m.DATED_ALL
    driver.find_element(By.ID, "kg-collapse").click()
    assert counts(driver) == m.DATED_COLLAPSED
    visible = set(driver.execute_script("return window.kgVisibleIds()"))
    assert not visible & {"event:m1", "event:c1", "event:v1"}
    tip = driver.execute_script("""
        var e = window.kgEdges.get({filter: function (x) { return x.collapsed && !x.hidden &&
          (x.from === 'person:xi' || x.to === 'person:xi'); }})[0];
        return e ? e.title.textContent : null;""")
    assert tip and "Сапар" in tip and "2024-09-15 – 2024-09-17" in tip
    driver.find_element(By.ID, "kg-collapse").click()
    assert counts(driver) == m.DATED_ALL


def test_undated_graph_has_no_slider(driver, small_graph, tmp_path, open_page):
    g = Graph()
    for s, p, o in small_graph:
        if "date" not in str(p):
            g.add((s, p, o))
    path = tmp_path / "undated.html"
    write_html(g, path)
    open_page(driver, path)
    assert driver.find_element(By.ID, "kg-dates").is_displayed() is False
    assert driver.execute_script("return window.kgData.meta.days") == []
