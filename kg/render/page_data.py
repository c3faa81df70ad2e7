"""The JSON the page runs on: meta, nodes, edges, collapsed events, documents.

:mod:`kg.render.data` reads the graph; this module decides what of it is
drawn (all of it, or the ``max_nodes`` best connected), asks
:mod:`kg.render.layout` for positions when the graph is too big for the
browser's physics, and writes the compact rows the page's script reads
(short keys: the page of a large corpus is mostly this JSON).
"""

from __future__ import annotations

import numpy as np
import rdflib

from kg.render import layout
from kg.render.data import Collected, Edge, Node, collect
from kg.render.vocab import CLASS_RANK, CLASSES, EVENT_CLASSES, LANG_NAMES, RELATIONS

__all__ = ["page_data", "LAYOUT_THRESHOLD"]

#: Above this many drawn nodes the layout is computed in Python and physics is off.
LAYOUT_THRESHOLD = 100


def _keep(col: Collected, max_nodes: int) -> tuple[list[Node], list[Edge], list[Edge], int, int]:
    """The drawn nodes and edges: all of them, or the ``max_nodes`` best connected."""
    nodes, edges = col.nodes, col.edges
    for e in edges:
        nodes[e.source].degree += 1
        nodes[e.target].degree += 1
    ordered = sorted(nodes.values(), key=lambda n: (-n.degree, CLASS_RANK[n.cls], n.id))
    kept, kept_edges = ordered, edges
    if len(ordered) > max_nodes:
        kept = ordered[:max_nodes]
        terms = {n.term for n in kept}
        kept_edges = [e for e in edges if e.source in terms and e.target in terms]
        for n in kept:
            n.degree = 0
        for e in kept_edges:
            nodes[e.source].degree += 1
            nodes[e.target].degree += 1
    terms = {n.term for n in kept}
    collapsed = [e for e in col.collapsed if e.source in terms and e.target in terms and e.via in terms]
    kept.sort(key=lambda n: n.id)
    kept_edges.sort(key=lambda e: (e.rel, nodes[e.source].id, nodes[e.target].id))
    return kept, kept_edges, collapsed, len(nodes) - len(kept), len(edges) - len(kept_edges)


def _label(n: Node) -> str:
    return n.labels.get("kk") or next(iter(n.labels.values()), n.id)


def _layout(kept: list[Node], edges: list[Edge]) -> tuple[np.ndarray, list[int]]:
    index = {n.term: i for i, n in enumerate(kept)}
    pairs = sorted({tuple(sorted((index[e.source], index[e.target]))) for e in edges})
    lonely = sorted((i for i, n in enumerate(kept) if n.degree == 0),
                    key=lambda i: (CLASS_RANK[kept[i].cls], _label(kept[i]), kept[i].id))
    return layout.positions(len(kept), np.array(pairs, dtype=np.int64).reshape(-1, 2), lonely)


def _doc_rows(col: Collected, edges: list[Edge]) -> tuple[list[dict], dict]:
    """Documents newest first (undated last), and each one's index in that list."""
    docs = sorted(col.docs.values(), key=lambda d: d.id)
    docs.sort(key=lambda d: d.date or "", reverse=True)  # stable: ids stay in order within a day
    index = {d.term: i for i, d in enumerate(docs)}
    facts = [0] * len(docs)
    for e in edges:
        for d in e.docs:
            if d in index:
                facts[index[d]] += 1
    rows = []
    for i, d in enumerate(docs):
        row = {"id": d.id, "n": facts[i]}
        if d.title:
            row["t"] = d.title
        if d.date:
            row["d"] = d.date
        if d.source:
            row["s"] = d.source
        rows.append(row)
    return rows, index


def _edge_row(e: Edge, eid: str, ids: dict, doc_index: dict) -> dict:
    row = {"id": eid, "f": ids[e.source], "t": ids[e.target], "r": e.rel}
    if e.via is not None:
        row["via"] = ids[e.via]
    if e.evidence:
        row["ev"] = e.evidence
        row["ne"] = e.nevidence
    ds = sorted(doc_index[d] for d in e.docs if d in doc_index)
    if ds:
        row["ds"] = ds
    if e.dates:
        row["dt"] = sorted(e.dates)
    return row


def _node_row(n: Node, i: int, pos: np.ndarray | None, groups: list[int] | None) -> dict:
    row = {"id": n.id, "c": n.cls, "l": n.labels, "deg": n.degree}
    for key, value in (("a", n.aliases), ("d", n.docs), ("date", n.date), ("end", n.end), ("st", n.status)):
        if value:
            row[key] = value
    if n.docs:
        row["nd"] = n.ndocs
    if n.degree == 0:
        row["iso"] = 1
    if pos is not None:
        row["x"], row["y"] = float(pos[i, 0]), float(pos[i, 1])
        row["g"] = groups[i]
    return row


def _days(edges: list[dict], nodes: list[dict]) -> list[str]:
    days = {part for e in edges for span in e.get("dt", ()) for part in span.split("/")}
    days |= {n[k] for n in nodes if n["c"] in EVENT_CLASSES for k in ("date", "end") if n.get(k)}
    return sorted(days)


def page_data(graph: rdflib.Graph, *, lang: str = "kk", title: str = "diplomacy-kg",
              max_nodes: int = 2000) -> dict:
    """The JSON the page runs on: meta, nodes, edges, collapsed events, documents."""
    col = collect(graph)
    total_nodes, total_edges = len(col.nodes), len(col.edges)
    kept, edges, collapsed, omitted_nodes, omitted_edges = _keep(col, max(1, int(max_nodes)))
    precomputed = len(kept) > LAYOUT_THRESHOLD
    pos, groups = _layout(kept, edges) if precomputed else (None, None)
    ids = {n.term: n.id for n in kept}
    doc_rows, doc_index = _doc_rows(col, edges)
    node_rows = [_node_row(n, i, pos, groups) for i, n in enumerate(kept)]
    edge_rows = [_edge_row(e, f"e{i}", ids, doc_index) for i, e in enumerate(edges)]
    collapsed_rows = [_edge_row(e, f"x{i}", ids, doc_index) for i, e in enumerate(collapsed)]

    langs = {k for n in kept for k in n.labels if k} - {"kk"}
    lang_list = ["kk"] + sorted(langs)
    lang = (lang or "kk").lower()
    classes = {n.cls for n in kept}
    rels = {e.rel for e in edges}
    meta = {
        "title": title,
        "lang": lang if lang in lang_list else "kk",
        "langs": [[code, LANG_NAMES.get(code, code)] for code in lang_list],
        "physics": not precomputed,
        "classes": {c.key: {"kk": c.kk, "en": c.en, "color": c.color, "shape": c.shape, "event": c.event}
                    for c in CLASSES if c.key in classes},
        "relations": {r.key: {"kk": r.kk, "en": r.en, "color": r.color, "sym": r.symmetric}
                      for r in RELATIONS if r.key in rels},
        "totalNodes": total_nodes, "totalEdges": total_edges,
        "shownNodes": len(kept), "shownEdges": len(edges),
        "omittedNodes": omitted_nodes, "omittedEdges": omitted_edges, "maxNodes": max_nodes,
        "isolates": sum(1 for n in kept if n.degree == 0),
        "days": _days(edge_rows + collapsed_rows, node_rows),
    }
    return {"meta": meta, "nodes": node_rows, "edges": edge_rows, "collapsed": collapsed_rows,
            "docs": doc_rows}
