"""Interactive, self-contained HTML view of a diplomacy-kg graph.

The page shows the entities (persons, leaders, countries, cities,
organizations), the sectors and the meetings of the graph as nodes and the
``dkg:`` relations between them as edges; documents and ``rdf:Statement``
provenance nodes are not drawn but become tooltip content (the documents
mentioning a node, the evidence sentences of an edge).  The RDF model is the
one of ``docs/graph-model.md``.

The page is one file with no remote reference: the vis-network script and
stylesheet bundled with pyvis are inlined into ``page_template.html``, and the
graph travels as JSON inside a ``<script type="application/json">`` element
(with ``<``, ``>`` and ``&`` escaped, so text from the graph can never close
the element).  All tooltips and panels are built in the browser as DOM nodes
with ``textContent``, so labels and evidence sentences are never parsed as
HTML.

Graphs above :data:`LAYOUT_THRESHOLD` nodes get positions computed here (a
seeded Fruchterman-Reingold layout in numpy) and physics switched off; small
graphs let vis-network's physics stabilise for a bounded number of
iterations and then switch it off.  Above ``max_nodes`` only the
highest-degree nodes are kept and the page says what was left out.
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
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

import numpy as np
import rdflib
from rdflib import RDF, RDFS, Literal
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

__all__ = ["render_html", "write_html", "LAYOUT_THRESHOLD"]

DKG = rdflib.Namespace("https://w3id.org/diplomacy-kg/ontology#")
SECTOR_NS = "https://w3id.org/diplomacy-kg/sector/"

#: Above this many drawn nodes the layout is computed in Python and physics is off.
LAYOUT_THRESHOLD = 300

#: Caps on the tooltip material embedded per node / edge (the totals are kept).
MAX_DOCS_PER_NODE = 40
MAX_EVIDENCE_PER_EDGE = 20

_PREFIXES: tuple[tuple[str, str], ...] = (
    ("dkg", str(DKG)),
    ("sector", SECTOR_NS),
    ("id", "https://w3id.org/diplomacy-kg/id/"),
    ("doc", "https://w3id.org/diplomacy-kg/doc/"),
    ("event", "https://w3id.org/diplomacy-kg/event/"),
    ("stmt", "https://w3id.org/diplomacy-kg/stmt/"),
    ("rdf", str(RDF)),
    ("rdfs", str(RDFS)),
    ("skos", str(SKOS)),
    ("owl", str(OWL)),
    ("xsd", str(rdflib.namespace.XSD)),  # not imported by name: doctest collection trips on it
    ("prov", str(PROV)),
    ("dcterms", str(DCTERMS)),
)


@dataclass(frozen=True)
class _Class:
    key: str
    kk: str
    en: str
    color: str
    shape: str


# Priority order: the first class a node has wins (Leader before Person,
# Country before City for city-states, Meeting before the generic Event).
_CLASSES: tuple[_Class, ...] = (
    _Class("Leader", "Мемлекет басшысы", "Leader", "#d62728", "star"),
    _Class("Person", "Тұлға", "Person", "#ff7f0e", "dot"),
    _Class("Country", "Ел", "Country", "#1f77b4", "square"),
    _Class("City", "Қала", "City", "#2ca02c", "triangle"),
    _Class("Organization", "Ұйым", "Organization", "#9467bd", "hexagon"),
    _Class("Sector", "Сала", "Sector", "#bcbd22", "diamond"),
    _Class("Meeting", "Кездесу", "Meeting", "#17becf", "triangleDown"),
    _Class("Event", "Оқиға", "Event", "#0e7c86", "triangleDown"),
    _Class("Other", "Басқа", "Other", "#8c8c8c", "dot"),
)
_CLASS_BY_KEY = {c.key: c for c in _CLASSES}
_TYPE_TO_CLASS = {
    DKG.Leader: "Leader",
    DKG.Person: "Person",
    DKG.Country: "Country",
    DKG.City: "City",
    DKG.Organization: "Organization",
    DKG.Sector: "Sector",
    DKG.Meeting: "Meeting",
    DKG.Event: "Event",
}
_CLASS_RANK = {c.key: i for i, c in enumerate(_CLASSES)}
# Nodes of these types are never drawn.
_NEVER_NODES = {DKG.Document, RDF.Statement, SKOS.ConceptScheme, OWL.Class,
                OWL.ObjectProperty, OWL.DatatypeProperty, OWL.Ontology}


@dataclass(frozen=True)
class _Relation:
    key: str
    kk: str
    en: str
    color: str
    symmetric: bool


_RELATIONS: tuple[_Relation, ...] = (
    _Relation("met", "кездесті", "met", "#e377c2", True),
    _Relation("leaderOf", "басшысы", "leader of", "#d62728", False),
    _Relation("twinnedWith", "бауырлас қала", "twinned with", "#2ca02c", True),
    _Relation("cooperatesWith", "ынтымақтасады", "cooperates with", "#1f77b4", True),
    _Relation("cooperatesOn", "салада ынтымақтасады", "cooperates on", "#a3a312", False),
    _Relation("locatedIn", "орналасқан", "located in", "#8c564b", False),
    _Relation("participant", "қатысушы", "participant", "#17becf", False),
    _Relation("heldIn", "өткен жері", "held in", "#0e7c86", False),
    _Relation("namedAfter", "есімімен аталған", "named after", "#7f7f7f", False),
)

_LANG_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English", "tr": "Türkçe",
               "kk-latn": "Qazaqşa", "zh": "中文", "de": "Deutsch", "fr": "Français"}

_TEMPLATE_PATH = Path(__file__).with_name("page_template.html")
_PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")


# --------------------------------------------------------------------------
# small helpers


class _Namer:
    """Compact prefixed names (``id:person/…``) for IRIs, read-only on the graph."""

    def __init__(self, graph: rdflib.Graph):
        pairs = dict(_PREFIXES)
        try:
            for prefix, ns in graph.namespaces():
                ns = str(ns)
                if prefix and ns not in pairs.values() and prefix not in pairs:
                    pairs[prefix] = ns
        except Exception:  # pragma: no cover - exotic stores
            pass
        self._pairs = sorted(((ns, p) for p, ns in pairs.items()), key=lambda t: -len(t[0]))

    def __call__(self, term) -> str:
        s = str(term)
        if isinstance(term, rdflib.BNode):
            return "_:" + s
        for ns, p in self._pairs:
            if s.startswith(ns) and len(s) > len(ns):
                return f"{p}:{s[len(ns):]}"
        return s


def _lang_key(lit) -> str:
    return (getattr(lit, "language", None) or "").lower()


def _local_name(iri: str) -> str:
    tail = re.split(r"[#/]", iri.rstrip("/#"))[-1]
    return unquote(tail) or iri


def _text(lit) -> str:
    return " ".join(str(lit).split())


def _json_for_script(obj) -> str:
    """JSON safe to place inside a <script> element (no </script>, no comments)."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@functools.lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """The vis-network script and stylesheet bundled with pyvis."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is required for the HTML view (it bundles vis-network)")
    base = Path(next(iter(spec.submodule_search_locations))) / "lib" / "vis-9.1.2"
    js = (base / "vis-network.min.js").read_text(encoding="utf-8")
    css = (base / "vis-network.css").read_text(encoding="utf-8")
    # Never let the inlined code close its element early.
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.I)
    css = re.sub(r"</(style)", r"<\\/\1", css, flags=re.I)
    return js, css


@functools.lru_cache(maxsize=1)
def _template() -> str:
    return _TEMPLATE_PATH.read_text(encoding="utf-8")


# --------------------------------------------------------------------------
# graph → node and edge lists


@dataclass
class _Node:
    term: object
    id: str
    cls: str
    labels: dict[str, str] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    docs: list[list] = field(default_factory=list)
    ndocs: int = 0
    date: str | None = None
    degree: int = 0


@dataclass
class _Edge:
    source: object
    target: object
    rel: _Relation
    evidence: list[list] = field(default_factory=list)
    nevidence: int = 0


def _class_of(graph: rdflib.Graph, term) -> str | None:
    types = set(graph.objects(term, RDF.type))
    if types & _NEVER_NODES:
        return None
    found = [_TYPE_TO_CLASS[t] for t in types if t in _TYPE_TO_CLASS]
    if not found and SKOS.Concept in types and str(term).startswith(SECTOR_NS):
        found = ["Sector"]
    if not found:
        return None
    return min(found, key=_CLASS_RANK.__getitem__)


def _doc_info(graph: rdflib.Graph, doc, namer: _Namer, cache: dict) -> list:
    if doc in cache:
        return cache[doc]
    ident = graph.value(doc, DCTERMS.identifier)
    if ident is not None:
        doc_id = str(ident)
    else:
        name = namer(doc)
        doc_id = unquote(name[4:]) if name.startswith("doc:") else name
    title = graph.value(doc, DCTERMS.title)
    date = graph.value(doc, DCTERMS.date)
    info = [doc_id, _text(title) if title is not None else None,
            str(date) if date is not None else None]
    cache[doc] = info
    return info


def _collect(graph: rdflib.Graph, namer: _Namer):
    rel_by_iri = {DKG[r.key]: r for r in _RELATIONS}

    # 1. the relation triples between drawable terms
    nodes: dict[object, _Node] = {}
    class_cache: dict[object, str | None] = {}

    def node_class(term) -> str | None:
        if term not in class_cache:
            class_cache[term] = _class_of(graph, term)
        return class_cache[term]

    def is_hidden_kind(term) -> bool:
        types = set(graph.objects(term, RDF.type))
        return bool(types & _NEVER_NODES)

    edges: dict[tuple, _Edge] = {}
    for p, rel in rel_by_iri.items():
        for s, o in graph.subject_objects(p):
            if isinstance(s, Literal) or isinstance(o, Literal) or s == o:
                continue
            if is_hidden_kind(s) or is_hidden_kind(o):
                continue
            if rel.symmetric:
                a, b = sorted((s, o), key=str)
                key = (rel.key, a, b)
            else:
                a, b = s, o
                key = (rel.key, s, o)
            if key not in edges:
                edges[key] = _Edge(a, b, rel)
            s_default = "Event" if rel.key in ("participant", "heldIn") else None
            o_default = "Sector" if rel.key == "cooperatesOn" else None
            for term, default in ((s, s_default), (o, o_default)):
                if term not in nodes:
                    cls = node_class(term) or default or "Other"
                    nodes[term] = _Node(term, namer(term), cls)

    # 2. every typed entity / meeting, even without edges (sectors only when used)
    for t, cls in _TYPE_TO_CLASS.items():
        if cls == "Sector":
            continue
        for term in graph.subjects(RDF.type, t):
            if term in nodes or isinstance(term, Literal):
                continue
            real = node_class(term)
            if real is not None and real != "Sector":
                nodes[term] = _Node(term, namer(term), real)

    # 3. labels, aliases, documents
    doc_cache: dict = {}
    mentioned_by: dict[object, list] = {}
    for doc, ent in graph.subject_objects(DKG.mentions):
        if ent in nodes:
            mentioned_by.setdefault(ent, []).append(doc)
    for term, node in nodes.items():
        for pred in (RDFS.label, SKOS.prefLabel):
            for lit in sorted(graph.objects(term, pred), key=str):
                if isinstance(lit, Literal):
                    node.labels.setdefault(_lang_key(lit), _text(lit))
        aliases = []
        for lit in sorted(graph.objects(term, SKOS.altLabel), key=str):
            t = _text(lit)
            if t and t not in aliases:
                aliases.append(t)
        node.aliases = aliases
        if not node.labels:
            node.labels[""] = _local_name(str(term))
        docs = list(mentioned_by.get(term, ()))
        docs += [d for d in graph.objects(term, PROV.wasDerivedFrom) if d not in docs]
        infos = sorted((_doc_info(graph, d, namer, doc_cache) for d in set(docs)),
                       key=lambda i: (i[2] or "", i[0]), reverse=True)
        node.ndocs = len(infos)
        node.docs = infos[:MAX_DOCS_PER_NODE]
        date = graph.value(term, DCTERMS.date)
        if date is not None:
            node.date = str(date)

    # 4. evidence from the rdf:Statement nodes
    for stmt in graph.subjects(RDF.type, RDF.Statement):
        p = graph.value(stmt, RDF.predicate)
        rel = rel_by_iri.get(p)
        if rel is None:
            continue
        s = graph.value(stmt, RDF.subject)
        o = graph.value(stmt, RDF.object)
        if rel.symmetric and s is not None and o is not None:
            a, b = sorted((s, o), key=str)
            edge = edges.get((rel.key, a, b))
        else:
            edge = edges.get((rel.key, s, o))
        if edge is None:
            continue
        sentences = [lit for lit in graph.objects(stmt, DKG.evidence) if isinstance(lit, Literal)]
        sentences.sort(key=lambda lit: (_lang_key(lit) != "kk", str(lit)))
        docs = sorted(graph.objects(stmt, PROV.wasDerivedFrom), key=str)
        extractor = graph.value(stmt, DKG.extractor)
        basis = graph.value(stmt, DKG.basis)
        doc_ids = [_doc_info(graph, d, namer, doc_cache)[0] for d in docs]
        item = [_text(sentences[0]) if sentences else None,
                ", ".join(doc_ids) if doc_ids else None,
                str(extractor) if extractor is not None else None,
                str(basis) if basis is not None else None]
        if item not in edge.evidence:
            edge.evidence.append(item)

    for edge in edges.values():
        edge.evidence.sort(key=lambda i: (i[0] is None, i[1] or "", i[0] or ""))
        edge.nevidence = len(edge.evidence)
        edge.evidence = edge.evidence[:MAX_EVIDENCE_PER_EDGE]
    return nodes, list(edges.values())


# --------------------------------------------------------------------------
# layout


def _spring_layout(n: int, pairs: np.ndarray, seed: int = 7, iterations: int | None = None) -> np.ndarray:
    """Seeded Fruchterman-Reingold with a weak central gravity, in numpy.

    Dense O(n²) repulsion processed in row blocks (so memory stays bounded);
    about 0.7 s for 2,000 nodes.  Returns an (n, 2) array centred on 0 with a
    radius of roughly 1.4.
    """
    rng = np.random.default_rng(seed)
    if n == 0:
        return np.zeros((0, 2))
    if n == 1:
        return np.zeros((1, 2))
    if iterations is None:
        iterations = int(max(15, min(60, 3e8 / (n * n))))
    x = (rng.random(n, dtype=np.float32) - 0.5)
    y = (rng.random(n, dtype=np.float32) - 0.5)
    k = np.float32(1.0 / math.sqrt(n))
    k2 = k * k
    gravity = np.float32(0.5 * k * math.sqrt(n))
    temp = np.float32(0.1)
    cool = temp / (iterations + 1)
    block = max(1, min(n, 4_000_000 // n))
    src = pairs[:, 0] if len(pairs) else None
    dst = pairs[:, 1] if len(pairs) else None
    for _ in range(iterations):
        fx = np.empty(n, np.float32)
        fy = np.empty(n, np.float32)
        for i0 in range(0, n, block):
            i1 = min(n, i0 + block)
            dx = x[i0:i1, None] - x[None, :]
            dy = y[i0:i1, None] - y[None, :]
            d2 = dx * dx + dy * dy
            np.maximum(d2, np.float32(1e-6), out=d2)
            np.divide(k2, d2, out=d2)
            fx[i0:i1] = (dx * d2).sum(1)
            fy[i0:i1] = (dy * d2).sum(1)
        if src is not None:
            ex = x[src] - x[dst]
            ey = y[src] - y[dst]
            dl = np.sqrt(ex * ex + ey * ey) / k
            np.add.at(fx, src, -ex * dl)
            np.add.at(fx, dst, ex * dl)
            np.add.at(fy, src, -ey * dl)
            np.add.at(fy, dst, ey * dl)
        fx -= x * gravity
        fy -= y * gravity
        length = np.maximum(np.sqrt(fx * fx + fy * fy), np.float32(1e-9))
        step = np.minimum(length, temp) / length
        x += fx * step
        y += fy * step
        temp = np.float32(temp - cool)
    pos = np.stack([x, y], axis=1).astype(np.float64)
    pos -= pos.mean(axis=0)
    return pos


def _components(n: int, pairs: np.ndarray) -> list[list[int]]:
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs.tolist():
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _grid(k: int, height: float, cell_w: float, cell_h: float) -> int:
    """Rows of a column-major grid of k cells: as tall as the main layout, else squarish."""
    rows = int(height // cell_h) + 1 if height > 0 else math.ceil(math.sqrt(k * cell_w / cell_h))
    return max(1, min(k, rows))


#: Components with fewer nodes than this are packed beside the main layout.
_SMALL_COMPONENT = 10


def _positions(kept: list[_Node], pairs: np.ndarray) -> np.ndarray:
    """Pixel positions for the nodes.

    The large connected components get :func:`_spring_layout`; small
    components (pairs, triangles…) and isolated nodes are packed in tidy
    grids to the right of it, instead of the ring the central gravity would
    push them into.
    """
    n = len(kept)
    positions = np.zeros((n, 2))
    comps = _components(n, pairs)
    big = [c for c in comps if len(c) >= _SMALL_COMPONENT]
    small = [c for c in comps if 1 < len(c) < _SMALL_COMPONENT]
    lonely = sorted((c[0] for c in comps if len(c) == 1),
                    key=lambda i: (_CLASS_RANK[kept[i].cls], kept[i].id))

    top = bottom = right = 0.0
    height = 0.0
    if big:
        idx = np.array(sorted(i for c in big for i in c), dtype=np.int64)
        remap = -np.ones(n, dtype=np.int64)
        remap[idx] = np.arange(len(idx))
        sub = remap[pairs] if len(pairs) else pairs
        sub = sub[(sub >= 0).all(axis=1)] if len(sub) else sub
        pos = _spring_layout(len(idx), sub)
        radius = float(np.sqrt((pos ** 2).sum(1)).max()) or 1.0
        pos *= 65.0 * math.sqrt(len(idx)) / radius
        positions[idx] = pos
        top, bottom, right = float(pos[:, 1].min()), float(pos[:, 1].max()), float(pos[:, 0].max())
        height = bottom - top
        right += 250.0
    x0 = right

    if small:
        cw, ch = 200.0, 170.0
        rows = _grid(len(small), height, cw, ch)
        y0 = top if big else -(rows - 1) * ch / 2
        for j, comp in enumerate(small):
            cx, cy = x0 + (j // rows) * cw, y0 + (j % rows) * ch
            r = 30.0 + 8.0 * len(comp)
            comp = sorted(comp, key=lambda i: kept[i].id)
            for m, i in enumerate(comp):
                a = 2 * math.pi * m / len(comp) + (math.pi if len(comp) == 2 else -math.pi / 2)
                positions[i] = (cx + r * math.cos(a) * (1.3 if len(comp) == 2 else 1.0),
                                cy + r * math.sin(a) * (0.0 if len(comp) == 2 else 1.0))
        x0 += (math.ceil(len(small) / rows)) * cw + 100.0
        height = max(height, (rows - 1) * ch)
        top = top if big else y0

    if lonely:
        cw, ch = 150.0, 50.0
        rows = _grid(len(lonely), height, cw, ch)
        y0 = top if (big or small) else -(rows - 1) * ch / 2
        for j, i in enumerate(lonely):
            positions[i] = (x0 + (j // rows) * cw, y0 + (j % rows) * ch)
    return np.round(positions, 1)


# --------------------------------------------------------------------------
# page


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
    for c in _CLASSES:
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
    for r in _RELATIONS:
        if r.key not in rel_counts:
            continue
        rows.append(
            f'<label class="row" data-relation="{r.key}" title="{r.key} · {html.escape(r.kk)} · {r.en}">'
            f'<input type="checkbox" class="kg-rel-filter" value="{r.key}" checked> '
            f'{_svg_line(r.color, not r.symmetric)} <span class="nm">{html.escape(r.key)}</span>'
            f' <span class="en">{html.escape(r.kk)}</span>'
            f' <span class="ct">{rel_counts[r.key]}</span></label>')
    return "\n".join(rows) or '<div class="muted">—</div>'


def render_html(graph: rdflib.Graph, *, lang: str = "kk", title: str = "diplomacy-kg",
                max_nodes: int = 2000) -> str:
    """Return a complete, self-contained HTML page for the graph."""
    lang = (lang or "kk").lower()
    max_nodes = max(1, int(max_nodes))
    namer = _Namer(graph)
    nodes, edges = _collect(graph, namer)

    for e in edges:
        nodes[e.source].degree += 1
        nodes[e.target].degree += 1
    total_nodes, total_edges = len(nodes), len(edges)

    ordered = sorted(nodes.values(), key=lambda n: (-n.degree, _CLASS_RANK[n.cls], n.id))
    omitted_nodes = omitted_edges = 0
    if len(ordered) > max_nodes:
        kept = ordered[:max_nodes]
        keep_terms = {n.term for n in kept}
        kept_edges = [e for e in edges if e.source in keep_terms and e.target in keep_terms]
        omitted_nodes = total_nodes - len(kept)
        omitted_edges = total_edges - len(kept_edges)
        for n in kept:
            n.degree = 0
        for e in kept_edges:
            nodes[e.source].degree += 1
            nodes[e.target].degree += 1
    else:
        kept, kept_edges = ordered, edges

    kept.sort(key=lambda n: n.id)
    kept_edges.sort(key=lambda e: (e.rel.key, nodes[e.source].id, nodes[e.target].id))
    index = {n.term: i for i, n in enumerate(kept)}

    precomputed = len(kept) > LAYOUT_THRESHOLD
    positions = None
    if precomputed:
        pairs = np.array(sorted({tuple(sorted((index[e.source], index[e.target]))) for e in kept_edges}),
                         dtype=np.int64).reshape(-1, 2)
        positions = _positions(kept, pairs)

    langs = set()
    for n in kept:
        langs.update(k for k in n.labels if k)
    langs.discard("kk")
    lang_list = ["kk"] + sorted(langs)
    if lang not in lang_list:
        lang = "kk"

    node_rows = []
    for i, n in enumerate(kept):
        row = {"id": n.id, "c": n.cls, "l": n.labels, "deg": n.degree}
        if n.aliases:
            row["a"] = n.aliases
        if n.docs:
            row["d"] = n.docs
            row["nd"] = n.ndocs
        if n.date:
            row["date"] = n.date
        if positions is not None:
            row["x"], row["y"] = float(positions[i, 0]), float(positions[i, 1])
        node_rows.append(row)
    edge_rows = []
    for i, e in enumerate(kept_edges):
        row = {"id": f"e{i}", "f": nodes[e.source].id, "t": nodes[e.target].id, "r": e.rel.key}
        if e.evidence:
            row["ev"] = e.evidence
            row["ne"] = e.nevidence
        edge_rows.append(row)

    class_counts: dict[str, int] = {}
    for n in kept:
        class_counts[n.cls] = class_counts.get(n.cls, 0) + 1
    rel_counts: dict[str, int] = {}
    for e in kept_edges:
        rel_counts[e.rel.key] = rel_counts.get(e.rel.key, 0) + 1

    meta = {
        "title": title,
        "lang": lang,
        "langs": [[code, _LANG_NAMES.get(code, code)] for code in lang_list],
        "physics": not precomputed,
        "classes": {c.key: {"kk": c.kk, "en": c.en, "color": c.color, "shape": c.shape}
                    for c in _CLASSES if c.key in class_counts},
        "relations": {r.key: {"kk": r.kk, "en": r.en, "color": r.color, "sym": r.symmetric}
                      for r in _RELATIONS if r.key in rel_counts},
        "totalNodes": total_nodes, "totalEdges": total_edges,
        "shownNodes": len(kept), "shownEdges": len(kept_edges),
        "omittedNodes": omitted_nodes, "omittedEdges": omitted_edges,
    }
    data = {"meta": meta, "nodes": node_rows, "edges": edge_rows}

    if omitted_nodes:
        notice = (
            f'<div id="kg-notice" class="notice" role="status">Граф үлкен: {total_nodes} түйіннің '
            f'ең көп байланысы бар {len(kept)} түйіні көрсетілген; <b>{omitted_nodes} түйін</b> және '
            f'<b>{omitted_edges} байланыс</b> көрсетілмеді. '
            f'<span class="en">Showing the {len(kept)} highest-degree of {total_nodes} nodes: '
            f'{omitted_nodes} nodes and {omitted_edges} edges left out (max_nodes={max_nodes}).</span></div>')
    else:
        notice = ""

    lang_options = "".join(
        f'<option value="{html.escape(code)}"{" selected" if code == lang else ""}>'
        f'{html.escape(name)} ({html.escape(code)})</option>' for code, name in meta["langs"])
    stats = (f'{len(kept)} түйін · {len(kept_edges)} байланыс'
             + (f' (барлығы {total_nodes} / {total_edges})' if omitted_nodes else ""))

    vis_js, vis_css = _vis_assets()
    values = {
        "HTML_LANG": html.escape(lang),
        "TITLE": html.escape(title),
        "VIS_CSS": vis_css,
        "VIS_JS": vis_js,
        "DATA_JSON": _json_for_script(data),
        "LEGEND": _legend_html(class_counts),
        "REL_FILTERS": _relation_filters_html(rel_counts),
        "LANG_OPTIONS": lang_options,
        "NOTICE": notice,
        "STATS": html.escape(stats),
    }
    # One pass, so inserted text is never scanned for placeholders again.
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)] if m.group(1) in values else m.group(0),
                            _template())


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
