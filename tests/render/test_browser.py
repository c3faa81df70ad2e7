"""The HTML view of small and generated graphs in real headless Chromium.

Skipped when Chromium is not installed; to run it here:
``apt-get install -y chromium chromium-driver`` and ``pip install selenium``.
The driver, ``open_page`` and ``console_errors`` come from ``conftest.py``.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from kg.render import write_html

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
    pytest.skip("headless Chromium (/usr/bin/chromium, /usr/bin/chromedriver) is not installed",
                allow_module_level=True)
pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

READY_BOUND_S = 15.0


def assert_no_overlap(boxes: list[list[float]]) -> None:
    """No two drawn label boxes (left, top, right, bottom in pixels) intersect."""
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and a[2] > b[0] and a[1] < b[3] and a[3] > b[1]), (a, b)


@pytest.fixture(scope="module")
def small_page_path(small_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("html") / "small.html"
    write_html(small_graph, path, title="diplomacy-kg — тест")
    return path


def test_small_graph_in_browser(driver, small_page_path, small_counts, artifacts_dir, open_page, console_errors):
    seconds = open_page(driver, small_page_path)
    print(f"\nsmall graph ready after {seconds:.2f} s")
    assert console_errors(driver) == []
    n_nodes, n_edges = small_counts
    assert driver.execute_script("return window.kgNodes.length") == n_nodes
    # the graph's edges, and the meeting collapsed into one Tokayev–Aliyev edge (hidden until asked)
    assert driver.execute_script("return window.kgEdges.length") == n_edges + 1
    assert driver.execute_script("return window.kgNetwork.physics.options.enabled") is False
    # the UN has no relation: hidden by default, with its count beside the switch
    assert driver.execute_script("return window.kgVisibleCounts()") == {"nodes": n_nodes - 1, "edges": n_edges}
    assert driver.execute_script("return window.kgNodes.get('id:org/un').hidden") is True
    assert driver.find_element(By.ID, "kg-isolates-count").text == "1"
    # symmetric relations have no arrows
    arrows = driver.execute_script(
        "return window.kgEdges.get().map(function (e) { return [e.rel, e.arrows.to.enabled]; })")
    for rel, has_arrow in arrows:
        assert has_arrow == (rel not in ("met", "twinnedWith", "cooperatesWith", "Meeting")), rel
    # default labels are Kazakh, drawn by the page, never overlapping
    label = driver.execute_script("return window.kgNodes.get('id:person/kasym-zhomart-tokayev').kgLabel")
    assert label == "Қасым-Жомарт Тоқаев"
    drawn = driver.execute_script("return window.kgLabelsDrawn")
    assert "id:person/kasym-zhomart-tokayev" in drawn and "id:org/un" not in drawn
    assert_no_overlap(driver.execute_script("return window.kgLabelBoxes"))
    # the network fits in the viewport: every visible node is on the canvas
    inside = driver.execute_script("""
        var net = window.kgNetwork, box = document.getElementById('kg-network').getBoundingClientRect();
        var ids = window.kgVisibleIds(), pos = net.getPositions(ids), ok = 0;
        ids.forEach(function (id) { var p = net.canvasToDOM(pos[id]);
          if (p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height) ok++; });
        return [ok, ids.length];""")
    assert inside[0] == inside[1] == n_nodes - 1
    # the switch shows the unconnected node, placed off the settled layout
    driver.find_element(By.ID, "kg-isolates").click()
    assert driver.execute_script("return window.kgVisibleCounts()") == {"nodes": n_nodes, "edges": n_edges}
    assert driver.execute_script("return window.kgNodes.get('id:org/un').hidden") is False
    driver.find_element(By.ID, "kg-isolates").click()
    assert driver.execute_script("return window.kgVisibleCounts().nodes") == n_nodes - 1
    # no dates on the events of this graph's facts? the documents have dates: the slider is there
    assert driver.find_element(By.ID, "kg-dates").is_displayed()
    driver.save_screenshot(str(artifacts_dir / "small_graph.png"))


def test_tooltip_is_escaped_dom(driver, small_page_path, open_page):
    open_page(driver, small_page_path)
    res = driver.execute_script("""
        var e = window.kgEdges.get({filter: function (x) { return x.rel === 'met'; }})[0];
        return [e.title instanceof HTMLElement, e.title.textContent, e.title.querySelectorAll('b, i, script').length];
    """)
    is_el, text, _ = res
    assert is_el
    assert '"стратегиялық серіктестік"' in text and "<5 млрд & одан" in text
    assert "kazinform-2024-001" in text and "meetings" in text
    org = driver.execute_script("return window.kgNodes.get('id:org/un').title.textContent")
    assert 'Біріккен Ұлттар Ұйымы <БҰҰ> & "Co"' in org and "БҰҰ" in org and "kazinform-2024-002" in org


def test_hover_shows_tooltip(driver, small_page_path, open_page):
    from selenium.webdriver.common.action_chains import ActionChains

    open_page(driver, small_page_path)
    canvas = driver.find_element(By.ID, "kg-network")
    x, y, w, h = driver.execute_script("""
        var net = window.kgNetwork, id = 'id:person/kasym-zhomart-tokayev';
        var p = net.canvasToDOM(net.getPositions([id])[id]), box = document.getElementById('kg-network');
        return [p.x, p.y, box.clientWidth, box.clientHeight];""")
    ActionChains(driver).move_to_element_with_offset(canvas, int(x - w / 2), int(y - h / 2)).perform()
    ActionChains(driver).move_by_offset(1, 1).perform()
    deadline = time.monotonic() + 5
    text = ""
    while time.monotonic() < deadline:
        text = driver.execute_script("""
            var t = document.querySelector('div.vis-tooltip');
            return t && t.style.visibility !== 'hidden' ? t.textContent : '';""")
        if text:
            break
        time.sleep(0.1)
    assert "Қасым-Жомарт Тоқаев" in text
    assert "Тоқаев" in text and "kazinform-2024-001" in text and "Leader" in text
    ActionChains(driver).move_to_element_with_offset(canvas, 0, 0).perform()


def test_relation_and_class_filters(driver, small_page_path, small_counts, open_page):
    open_page(driver, small_page_path)
    hidden_met = """return window.kgEdges.get({filter: function (e) { return e.rel === 'met'; }})
                     .map(function (e) { return !!e.hidden; })"""
    assert driver.execute_script(hidden_met) == [False]
    box = driver.find_element(By.CSS_SELECTOR, 'input.kg-rel-filter[value="met"]')
    box.click()
    assert driver.execute_script(hidden_met) == [True]
    others = driver.execute_script(
        "return window.kgEdges.get({filter: function (e) { return e.rel !== 'met' && !e.collapsed && e.hidden; }}).length")
    assert others == 0
    # the visible edge count drops by one, in the page's count and in the network body
    n_edges = driver.execute_script("return window.kgVisibleCounts().edges")
    visible = driver.execute_script(
        "var n = window.kgNetwork.body.edges, c = 0; for (var k in n) if (n[k].options.hidden !== true) c++; return c;")
    assert visible == n_edges == small_counts[1] - 1
    box.click()
    assert driver.execute_script(hidden_met) == [False]
    # class filter: hiding cities hides them and their edges
    driver.find_element(By.CSS_SELECTOR, 'input.kg-class-filter[value="City"]').click()
    assert driver.execute_script(
        "return window.kgNodes.get({filter: function (n) { return n.cls === 'City' && !n.hidden; }}).length") == 0
    assert driver.execute_script(
        "return window.kgEdges.get({filter: function (e) { return e.rel === 'twinnedWith' && !e.hidden; }}).length") == 0
    driver.find_element(By.ID, "kg-reset").click()
    assert driver.execute_script("return window.kgVisibleCounts()") == {
        "nodes": small_counts[0] - 1, "edges": small_counts[1]}


@pytest.mark.parametrize("query, expected", [
    ("Тоқаевтың", "id:person/kasym-zhomart-tokayev"),
    ("Әзербайжанмен", "id:country/azerbaijan"),
    ("Шымкентте", "id:city/shymkent"),
    ("Астанадағы", "id:city/astana"),
    ("Әлиевпен", "id:person/ilkham-aliev"),
    ("Қазақстанның", "id:country/kazakhstan"),
    ("Бакуге", "id:city/baku"),
    ("БҰҰ", "id:org/un"),
    ("саудасы", "sector:Trade"),
    ("Ильхам Әлиевке", "id:person/ilkham-aliev"),
])
def test_search_stems_kazakh_endings(driver, small_page_path, query, expected, open_page):
    if driver.current_url != small_page_path.resolve().as_uri():
        open_page(driver, small_page_path)
    assert driver.execute_script("return window.kgFindNode(arguments[0])", query) == expected


def test_search_box_selects_tokayev(driver, small_page_path, artifacts_dir, open_page, console_errors):
    open_page(driver, small_page_path)
    box = driver.find_element(By.ID, "kg-search")
    box.clear()
    box.send_keys("Тоқаевтың", Keys.ENTER)
    assert driver.execute_script("return window.kgLastFound") == "id:person/kasym-zhomart-tokayev"
    assert driver.execute_script("return window.kgNetwork.getSelectedNodes()") == ["id:person/kasym-zhomart-tokayev"]
    msg = driver.find_element(By.ID, "kg-search-msg").text
    assert "Қасым-Жомарт Тоқаев" in msg
    # neighbourhood highlighted, the rest dimmed
    colours = driver.execute_script("""
        var out = {}; window.kgNodes.get().forEach(function (n) { out[n.id] = n.color.background; }); return out;""")
    assert colours["id:person/kasym-zhomart-tokayev"] == "#d62728"  # itself, Leader colour
    assert colours["id:person/ilkham-aliev"] == "#d62728"          # neighbour (met)
    assert colours["id:country/kazakhstan"] == "#1f77b4"           # neighbour (leaderOf)
    assert colours["id:city/baku"] != "#2ca02c"                    # not a neighbour: dimmed
    details = driver.find_element(By.ID, "kg-details").text
    assert "Тоқаев" in details and "kazinform-2024-001" in details
    time.sleep(0.5)  # let the focus animation finish
    driver.save_screenshot(str(artifacts_dir / "small_graph_search.png"))
    driver.find_element(By.ID, "kg-reset").click()
    assert driver.execute_script("return window.kgNetwork.getSelectedNodes().length") == 0
    assert driver.execute_script(
        "return window.kgNodes.get('id:city/baku').color.background") == "#2ca02c"
    assert console_errors(driver) == []


def test_label_language_switch(driver, small_page_path, open_page):
    open_page(driver, small_page_path)
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element(By.ID, "kg-lang")).select_by_value("en")
    assert driver.execute_script("return window.kgNodes.get('id:city/astana').kgLabel") == "Astana"
    assert driver.execute_script("return window.kgNodes.get('event:m1').kgLabel") == \
        "Тоқаев пен Әлиевтің Астанадағы кездесуі"  # no English label: falls back to kk
    Select(driver.find_element(By.ID, "kg-lang")).select_by_value("kk")
    assert driver.execute_script("return window.kgNodes.get('id:country/kazakhstan').kgLabel") == "Қазақстан"


def test_big_graph_settles(driver, big_graph_factory, tmp_path, artifacts_dir, open_page, console_errors):
    path = tmp_path / "big.html"
    t0 = time.monotonic()
    write_html(big_graph_factory(1500), path)
    render_s = time.monotonic() - t0
    seconds = open_page(driver, path, bound=60)
    in_page = driver.execute_script("return window.kgReadyMs") / 1000
    print(f"\n1,500-node graph: rendered in {render_s:.2f} s, {os.path.getsize(path) / 1e6:.1f} MB; "
          f"kgReady after {seconds:.2f} s (page clock {in_page:.2f} s)")
    assert seconds <= READY_BOUND_S
    assert console_errors(driver) == []
    assert driver.execute_script("return window.kgNodes.length") == 1500
    assert driver.execute_script("return window.kgNetwork.physics.options.enabled") is False
    # positions came from Python and stayed put
    moved = driver.execute_script("""
        var body = window.kgNetwork.body.nodes, d = window.kgData.nodes, m = 0;
        d.forEach(function (n) { var p = body[n.id]; if (Math.abs(p.x - n.x) > 1.01 || Math.abs(p.y - n.y) > 1.01) m++; });
        return m;""")
    assert moved == 0
    driver.save_screenshot(str(artifacts_dir / "big_graph_1500.png"))


def test_truncated_graph_notice_visible(driver, big_graph_factory, tmp_path, artifacts_dir, open_page, console_errors):
    path = tmp_path / "huge.html"
    write_html(big_graph_factory(2500), path, max_nodes=2000)
    seconds = open_page(driver, path, bound=60)
    print(f"\n2,500-node graph cut to 2,000: kgReady after {seconds:.2f} s")
    notice = driver.find_element(By.ID, "kg-notice")
    assert notice.is_displayed() and "500 түйін" in notice.text and "500 nodes" in notice.text
    assert driver.execute_script("return window.kgNodes.length") == 2000
    assert console_errors(driver) == []
    driver.save_screenshot(str(artifacts_dir / "big_graph_2500_truncated.png"))


def test_search_reveals_what_filters_hide(driver, small_page_path, small_counts, open_page):
    open_page(driver, small_page_path)
    # an unconnected node: the search turns its switch on
    assert driver.execute_script("return window.kgSearch('БҰҰ-ның')") == "id:org/un"
    assert driver.find_element(By.ID, "kg-isolates").is_selected()
    assert driver.execute_script("return window.kgNodes.get('id:org/un').hidden") is False
    assert driver.execute_script("return window.kgVisibleCounts().nodes") == small_counts[0]
    driver.find_element(By.ID, "kg-reset").click()
    # a node hidden by a document filter and a relation filter
    driver.execute_script("window.kgShowDocument('kazinform-2024-002')")
    assert driver.execute_script("return window.kgNodes.get('id:person/ilkham-aliev').hidden") is True
    driver.find_element(By.CSS_SELECTOR, 'input.kg-rel-filter[value="met"]').click()
    assert driver.execute_script("return window.kgSearch('Әлиевке')") == "id:person/ilkham-aliev"
    assert driver.execute_script("return window.kgNodes.get('id:person/ilkham-aliev').hidden") is False
    # the document filter is gone; "met" stays off, since leaderOf already shows him
    assert driver.execute_script("return window.kgVisibleCounts().edges") == small_counts[1] - 1
    driver.find_element(By.ID, "kg-reset").click()
