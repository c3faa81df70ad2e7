"""Assembly of the self-contained HTML page: data, layout and template in one file.

The page is one file with no remote reference: the vis-network script and
stylesheet bundled with pyvis, and the page's own script (the
:data:`PAGE_SCRIPTS` parts) and ``page.css``, are inlined into
``page_template.html``; the graph travels as
JSON inside a ``<script type="application/json">`` element (with ``<``,
``>`` and ``&`` escaped, so text from the graph can never close the
element).  Tooltips and panels are built in the browser as DOM nodes with
``textContent``, so labels and evidence sentences are never parsed as HTML.

What is read from the graph is :mod:`kg.render.data`'s job, what is drawn
and the JSON of it :mod:`kg.render.page_data`'s, where nodes go
:mod:`kg.render.layout`'s.  Graphs above :data:`LAYOUT_THRESHOLD` nodes
get their positions here and no physics in the browser; small graphs let
vis-network's physics stabilise for a bounded number of iterations.  Above
``max_nodes`` only the highest-degree nodes are kept and the page says what
was left out.
"""

from __future__ import annotations

import functools
import html
import importlib.util
import json
import math
import os
import re
import tempfile
from pathlib import Path

import rdflib

from kg.render.page_data import LAYOUT_THRESHOLD, page_data
from kg.render.vocab import CLASSES, RELATIONS

__all__ = ["render_html", "write_html", "LAYOUT_THRESHOLD"]

_HERE = Path(__file__).parent
_PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")


def _json_for_script(obj) -> str:
    """JSON safe to place inside a <script> element (no </script>, no comments)."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _no_close(text: str, tag: str) -> str:
    """Never let inlined code close its element early."""
    return re.sub(rf"</({tag})", r"<\\/\1", text, flags=re.I)


@functools.lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """The vis-network script and stylesheet bundled with pyvis."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is required for the HTML view (it bundles vis-network)")
    base = Path(next(iter(spec.submodule_search_locations))) / "lib" / "vis-9.1.2"
    js = (base / "vis-network.min.js").read_text(encoding="utf-8")
    css = (base / "vis-network.css").read_text(encoding="utf-8")
    return _no_close(js, "script"), _no_close(css, "style")


#: The page's script parts, joined in this order inside one function (they share its variables).
PAGE_SCRIPTS = ("page_core.js", "page_filters.js", "page_labels.js", "page_network.js", "page_search.js",
                "page_panels.js")


@functools.lru_cache(maxsize=1)
def _page_assets() -> tuple[str, str, str]:
    """The page's template, script and stylesheet, shipped next to this module."""
    def read(name: str) -> str:
        return (_HERE / name).read_text(encoding="utf-8")

    script = "\n".join(read(name) for name in PAGE_SCRIPTS)
    return read("page_template.html"), _no_close(script, "script"), _no_close(read("page.css"), "style")


def _svg_shape(shape: str, color: str, size: int = 16) -> str:
    c = html.escape(color)
    h = size / 2
    stroke = 'stroke="#333" stroke-width="0.8"'
    if shape == "dot":
        body = f'<circle cx="{h}" cy="{h}" r="{h - 2}" fill="{c}" {stroke}/>'
    elif shape == "square":
        body = f'<rect x="2" y="2" width="{size - 4}" height="{size - 4}" fill="{c}" {stroke}/>'
    elif shape == "triangle":
        body = f'<polygon points="{h},1.5 {size - 1.5},{size - 2} 1.5,{size - 2}" fill="{c}" {stroke}/>'
    elif shape == "triangleDown":
        body = f'<polygon points="1.5,2 {size - 1.5},2 {h},{size - 1.5}" fill="{c}" {stroke}/>'
    elif shape == "diamond":
        body = f'<polygon points="{h},1 {size - 1},{h} {h},{size - 1} 1,{h}" fill="{c}" {stroke}/>'
    elif shape == "hexagon":
        pts = " ".join(f"{h + (h - 1.5) * math.cos(math.pi / 3 * i):.1f},{h + (h - 1.5) * math.sin(math.pi / 3 * i):.1f}"
                       for i in range(6))
        body = f'<polygon points="{pts}" fill="{c}" {stroke}/>'
    elif shape == "star":
        pts = []
        for i in range(10):
            r = (h - 1) if i % 2 == 0 else (h - 1) * 0.45
            a = -math.pi / 2 + math.pi / 5 * i
            pts.append(f"{h + r * math.cos(a):.1f},{h + r * math.sin(a):.1f}")
        body = f'<polygon points="{" ".join(pts)}" fill="{c}" {stroke}/>'
    else:
        body = f'<circle cx="{h}" cy="{h}" r="{h - 2}" fill="{c}" {stroke}/>'
    return f'<svg class="sw" width="{size}" height="{size}" viewBox="0 0 {size} {size}" aria-hidden="true">{body}</svg>'


def _svg_line(color: str, arrow: bool) -> str:
    c = html.escape(color)
    head = f'<polygon points="22,5 16,1.5 16,8.5" fill="{c}"/>' if arrow else ""
    return (f'<svg class="sw" width="24" height="10" viewBox="0 0 24 10" aria-hidden="true">'
            f'<line x1="1" y1="5" x2="{17 if arrow else 23}" y2="5" stroke="{c}" stroke-width="2.5"/>{head}</svg>')


def _legend_html(class_counts: dict[str, int]) -> str:
    rows = []
    for c in CLASSES:
        if c.key not in class_counts:
            continue
        rows.append(
            f'<label class="row legend-item" data-class="{c.key}" title="{html.escape(c.kk)} · {c.en}">'
            f'<input type="checkbox" class="kg-class-filter" value="{c.key}" checked> '
            f'{_svg_shape(c.shape, c.color)} <span class="nm">{html.escape(c.kk)}</span>'
            f' <span class="en">{html.escape(c.en)}</span>'
            f' <span class="ct">{class_counts[c.key]}</span></label>')
    return "\n".join(rows) or '<div class="muted">—</div>'


def _relation_filters_html(rel_counts: dict[str, int]) -> str:
    rows = []
    for r in RELATIONS:
        if r.key not in rel_counts:
            continue
        rows.append(
            f'<label class="row" data-relation="{r.key}" title="{r.key} · {html.escape(r.kk)} · {r.en}">'
            f'<input type="checkbox" class="kg-rel-filter" value="{r.key}" checked> '
            f'{_svg_line(r.color, not r.symmetric)} <span class="nm">{html.escape(r.key)}</span>'
            f' <span class="en">{html.escape(r.kk)}</span>'
            f' <span class="ct">{rel_counts[r.key]}</span></label>')
    return "\n".join(rows) or '<div class="muted">—</div>'


def _notice(meta: dict) -> str:
    if not meta["omittedNodes"]:
        return ""
    total, shown = meta["totalNodes"], meta["shownNodes"]
    on, oe = meta["omittedNodes"], meta["omittedEdges"]
    return (f'<div id="kg-notice" class="notice" role="status">Граф үлкен: {total} түйіннің '
            f'ең көп байланысы бар {shown} түйіні көрсетілген; <b>{on} түйін</b> және '
            f'<b>{oe} байланыс</b> көрсетілмеді. '
            f'<span class="en">Showing the {shown} highest-degree of {total} nodes: '
            f'{on} nodes and {oe} edges left out (max_nodes={meta["maxNodes"]}).</span></div>')


def render_html(graph: rdflib.Graph, *, lang: str = "kk", title: str = "diplomacy-kg",
                max_nodes: int = 2000) -> str:
    """Return a complete, self-contained HTML page for the graph."""
    data = page_data(graph, lang=lang, title=title, max_nodes=max_nodes)
    meta = data["meta"]
    class_counts: dict[str, int] = {}
    for n in data["nodes"]:
        class_counts[n["c"]] = class_counts.get(n["c"], 0) + 1
    rel_counts: dict[str, int] = {}
    for e in data["edges"]:
        rel_counts[e["r"]] = rel_counts.get(e["r"], 0) + 1
    lang_options = "".join(
        f'<option value="{html.escape(code)}"{" selected" if code == meta["lang"] else ""}>'
        f'{html.escape(name)} ({html.escape(code)})</option>' for code, name in meta["langs"])
    template, page_js, page_css = _page_assets()
    vis_js, vis_css = _vis_assets()
    values = {
        "HTML_LANG": html.escape(meta["lang"]),
        "TITLE": html.escape(title),
        "VIS_CSS": vis_css,
        "VIS_JS": vis_js,
        "PAGE_CSS": page_css,
        "PAGE_JS": page_js,
        "DATA_JSON": _json_for_script(data),
        "LEGEND": _legend_html(class_counts),
        "REL_FILTERS": _relation_filters_html(rel_counts),
        "LANG_OPTIONS": lang_options,
        "NOTICE": _notice(meta),
        "ISOLATES": str(meta["isolates"]),
        "STATS": html.escape(f'{meta["shownNodes"]} түйін · {meta["shownEdges"]} байланыс'),
    }
    # One pass, so inserted text is never scanned for placeholders again.
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def write_html(graph: rdflib.Graph, path: Path, **kwargs) -> None:
    """Render the graph and write the page atomically (temp file + ``os.replace``)."""
    path = Path(path)
    page = render_html(graph, **kwargs)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(page)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
