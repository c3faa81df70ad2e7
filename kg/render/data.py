"""The graph as the page needs it: nodes, edges, documents and dates.

The RDF model is the one of ``docs/graph-model.md``, read generically: any
``dkg:`` relation of :data:`~kg.render.vocab.RELATIONS` between drawable
terms becomes an edge, any ``dkg:Document`` (or anything facts are derived
from) becomes a document of the page's document panel, and dates come from
wherever the graph states them (``dkg:observedOn`` on a fact's statement,
``dkg:date``/``dcterms:date``/``dkg:endDate`` on an event, ``dcterms:date``
on a document), so the page's date filter works as soon as such triples
exist and stays hidden while none do.

Documents and ``rdf:Statement`` nodes are not drawn: they become tooltip,
panel and filter material.  Events can be collapsed in the page into edges
between their participants; those edges are computed here once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import combinations
from urllib.parse import unquote

import rdflib
from rdflib import RDF, RDFS, Literal
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg.render.vocab import (CLASS_RANK, DKG, EVENT_CLASSES, EVENT_RELATIONS, NEVER_NODES,
                             RELATION_BY_IRI, SECTOR_NS, TYPE_TO_CLASS, sector_labels)

__all__ = ["Namer", "Node", "Edge", "Doc", "Collected", "collect", "READ_PREDICATES",
           "MAX_DOCS_PER_NODE", "MAX_EVIDENCE_PER_EDGE"]

#: Caps on the tooltip material embedded per node / edge (the totals are kept).
MAX_DOCS_PER_NODE = 40
MAX_EVIDENCE_PER_EDGE = 200

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

_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")


# The predicates and classes read for every node and statement.  An attribute of an rdflib
# namespace (``RDFS.label``) is a new term at each read, hashed anew at each look-up: made
# once here, they take a third off :func:`collect` (0.043 -> 0.028 CPU s, benchmark corpus).
TYPE, STATEMENT, PREDICATE, SUBJECT, OBJECT = RDF.type, RDF.Statement, RDF.predicate, RDF.subject, RDF.object
LABEL, PREF_LABEL, ALT_LABEL, CONCEPT = RDFS.label, SKOS.prefLabel, SKOS.altLabel, SKOS.Concept
IDENTIFIER, TITLE, SOURCE, DC_DATE = DCTERMS.identifier, DCTERMS.title, DCTERMS.source, DCTERMS.date
DERIVED_FROM = PROV.wasDerivedFrom
MENTIONS, EVENT_DATE, END_DATE, STATUS = DKG.mentions, DKG.date, DKG.endDate, DKG.status
EVIDENCE, EXTRACTOR, BASIS, OBSERVED_ON = DKG.evidence, DKG.extractor, DKG.basis, DKG.observedOn
REPORT_OF, DOCUMENT = DKG.reportOf, DKG.Document

#: Every predicate :func:`collect` reads.  It reads the graph only through ``objects``,
#: ``subjects``, ``value`` and ``subject_objects``, each time with one of these predicates
#: (never ``None``), so a triple of any other predicate cannot change the page: a build's
#: page index keeps only these (:func:`kg.build.merge.page_index`) and leaves out what the
#: page never shows, such as the evidence offsets (``dkg:charStart``, ``dkg:charEnd``),
#: ``dcterms:language``, ``dkg:datePrecision``, ``dkg:dateBasis``, ``dkg:isoCode``,
#: ``owl:sameAs`` and geo coordinates (15 % of the benchmark corpus's triples).  A read
#: of another predicate must add it here (``tests/render/test_index.py`` checks the reads).
READ_PREDICATES = frozenset({
    TYPE, PREDICATE, SUBJECT, OBJECT,  # classes; a statement's triple
    LABEL, PREF_LABEL, ALT_LABEL,  # names
    IDENTIFIER, TITLE, SOURCE, DC_DATE,  # documents; dcterms:date of events and other nodes too
    DERIVED_FROM, MENTIONS, REPORT_OF,  # which documents and reports a node or a fact comes from
    EVENT_DATE, END_DATE, STATUS, OBSERVED_ON,  # dates and an event's status
    EVIDENCE, EXTRACTOR, BASIS,  # the evidence of an edge
}) | frozenset(RELATION_BY_IRI)  # the edges


class Namer:
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


@dataclass
class Node:
    term: object
    id: str
    cls: str
    labels: dict[str, str] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    docs: list[list] = field(default_factory=list)
    ndocs: int = 0
    date: str | None = None
    end: str | None = None
    status: str | None = None
    degree: int = 0


@dataclass
class Edge:
    """A drawn edge; ``rel`` is a relation key, or an event class key for a collapsed event."""

    source: object
    target: object
    rel: str
    symmetric: bool
    evidence: list[list] = field(default_factory=list)
    nevidence: int = 0
    docs: set = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    via: object = None


@dataclass
class Doc:
    term: object
    id: str
    title: str | None
    date: str | None
    source: str | None


@dataclass
class Collected:
    nodes: dict[object, Node]
    edges: list[Edge]
    collapsed: list[Edge]
    docs: dict[object, Doc]


def _lang_key(lit) -> str:
    return (getattr(lit, "language", None) or "").lower()


def _local_name(iri: str) -> str:
    tail = re.split(r"[#/]", iri.rstrip("/#"))[-1]
    return unquote(tail) or iri


def _text(lit) -> str:
    return " ".join(str(lit).split())


def _iso_day(lit) -> str | None:
    """The ``YYYY-MM-DD`` of an xsd:date or xsd:dateTime literal, else None."""
    m = _DATE.match(str(lit).strip()) if lit is not None else None
    return m.group(1) if m else None


def _span(start: str | None, end: str | None) -> str | None:
    """An ISO date or interval (``start/end``) string, the page's date format."""
    if start is None:
        return None
    return f"{start}/{end}" if end and end > start else start


def _class_of(graph: rdflib.Graph, term) -> str | None:
    types = set(graph.objects(term, TYPE))
    if types & NEVER_NODES:
        return None
    found = [TYPE_TO_CLASS[t] for t in types if t in TYPE_TO_CLASS]
    if not found and CONCEPT in types and str(term).startswith(SECTOR_NS):
        found = ["Sector"]
    if not found:
        return None
    return min(found, key=CLASS_RANK.__getitem__)


class _Reader:
    """One pass of reads over the graph, with the caches they share."""

    def __init__(self, graph: rdflib.Graph):
        self.g = graph
        self.namer = Namer(graph)
        self.docs: dict[object, Doc] = {}
        self._cls: dict[object, str | None] = {}

    def node_class(self, term) -> str | None:
        if term not in self._cls:
            self._cls[term] = _class_of(self.g, term)
        return self._cls[term]

    def hidden_kind(self, term) -> bool:
        return bool(set(self.g.objects(term, TYPE)) & NEVER_NODES)

    def doc(self, term) -> Doc:
        if term not in self.docs:
            g = self.g
            ident = g.value(term, IDENTIFIER)
            if ident is not None:
                doc_id = str(ident)
            else:
                name = self.namer(term)
                doc_id = unquote(name[4:]) if name.startswith("doc:") else name
            title, source = g.value(term, TITLE), g.value(term, SOURCE)
            self.docs[term] = Doc(term, doc_id, _text(title) if title is not None else None,
                                  _iso_day(g.value(term, DC_DATE)),
                                  _text(source) if source is not None else None)
        return self.docs[term]

    def event_span(self, term) -> str | None:
        g = self.g
        start = _iso_day(g.value(term, EVENT_DATE)) or _iso_day(g.value(term, DC_DATE))
        return _span(start, _iso_day(g.value(term, END_DATE)))


def _edges(r: _Reader, nodes: dict[object, Node]) -> dict[tuple, Edge]:
    """The relation triples between drawable terms, one edge per symmetric pair."""
    edges: dict[tuple, Edge] = {}
    for p, rel in RELATION_BY_IRI.items():
        for s, o in r.g.subject_objects(p):
            if isinstance(s, Literal) or isinstance(o, Literal) or s == o:
                continue
            if r.hidden_kind(s) or r.hidden_kind(o):
                continue
            a, b = sorted((s, o), key=str) if rel.symmetric else (s, o)
            key = (rel.key, a, b)
            if key not in edges:
                edges[key] = Edge(a, b, rel.key, rel.symmetric)
            s_default = "Event" if rel.key in EVENT_RELATIONS else None
            o_default = "Sector" if rel.key == "cooperatesOn" else None
            for term, default in ((s, s_default), (o, o_default)):
                if term not in nodes:
                    nodes[term] = Node(term, r.namer(term), r.node_class(term) or default or "Other")
    return edges


def _typed_nodes(r: _Reader, nodes: dict[object, Node]) -> None:
    """Every typed entity and event, even without edges (sectors only when used)."""
    for t, cls in TYPE_TO_CLASS.items():
        if cls == "Sector":
            continue
        for term in r.g.subjects(TYPE, t):
            if term in nodes or isinstance(term, Literal):
                continue
            real = r.node_class(term)
            if real is not None and real != "Sector":
                nodes[term] = Node(term, r.namer(term), real)


def _describe(r: _Reader, nodes: dict[object, Node]) -> None:
    """Labels, aliases, the documents mentioning each node, and event dates."""
    g = r.g
    mentioned_by: dict[object, list] = {}
    for doc, ent in g.subject_objects(MENTIONS):
        r.doc(doc)
        if ent in nodes:
            mentioned_by.setdefault(ent, []).append(doc)
    for term, node in nodes.items():
        for pred in (LABEL, PREF_LABEL):
            for lit in sorted(g.objects(term, pred), key=str):
                if isinstance(lit, Literal):
                    node.labels.setdefault(_lang_key(lit), _text(lit))
        aliases: list[str] = []
        for lit in sorted(g.objects(term, ALT_LABEL), key=str):
            t = _text(lit)
            if t and t not in aliases:
                aliases.append(t)
        node.aliases = aliases
        if not node.labels and node.cls == "Sector":
            node.labels.update(sector_labels().get(str(term), {}))
        if not node.labels:
            node.labels[""] = _local_name(str(term))
        docs = set(mentioned_by.get(term, ())) | set(g.objects(term, DERIVED_FROM))
        infos = sorted((r.doc(d) for d in docs), key=lambda i: (i.date or "", i.id), reverse=True)
        node.ndocs = len(infos)
        node.docs = [[i.id, i.title, i.date] for i in infos[:MAX_DOCS_PER_NODE]]
        if node.cls in EVENT_CLASSES:
            span = r.event_span(term)
            if span:
                node.date, _, end = span.partition("/")
                node.end = end or None
            status = g.value(term, STATUS)
            node.status = str(status) if status is not None else None
        else:
            date = _iso_day(g.value(term, DC_DATE))
            node.date = date


def _evidence_item(r: _Reader, sentences, docs, extractor, basis) -> list:
    sentences = sorted((lit for lit in sentences if isinstance(lit, Literal)),
                       key=lambda lit: (_lang_key(lit) != "kk", str(lit)))
    doc_ids = [r.doc(d).id for d in sorted(docs, key=str)]
    return [_text(sentences[0]) if sentences else None,
            ", ".join(doc_ids) if doc_ids else None,
            str(extractor) if extractor is not None else None,
            str(basis) if basis is not None else None]


def _add_evidence(edge: Edge, item: list) -> None:
    if item not in edge.evidence:
        edge.evidence.append(item)


def _statements(r: _Reader, edges: dict[tuple, Edge]) -> None:
    """Evidence, documents and dates from the ``rdf:Statement`` nodes."""
    g = r.g
    for stmt in g.subjects(TYPE, STATEMENT):
        rel = RELATION_BY_IRI.get(g.value(stmt, PREDICATE))
        if rel is None:
            continue
        s, o = g.value(stmt, SUBJECT), g.value(stmt, OBJECT)
        if rel.symmetric and s is not None and o is not None:
            s, o = sorted((s, o), key=str)
        edge = edges.get((rel.key, s, o))
        if edge is None:
            continue
        docs = set(g.objects(stmt, DERIVED_FROM))
        _add_evidence(edge, _evidence_item(r, g.objects(stmt, EVIDENCE), docs,
                                           g.value(stmt, EXTRACTOR), g.value(stmt, BASIS)))
        edge.docs |= docs
        observed = _iso_day(g.value(stmt, OBSERVED_ON))
        if observed:
            edge.dates.add(observed)
        else:
            edge.dates |= {d for d in (r.doc(doc).date for doc in docs) if d}


def _event_edges(r: _Reader, edges: dict[tuple, Edge]) -> None:
    """Event edges take the event's date, and its documents and its reports' evidence
    when no statement has them: one event, however many documents report it."""
    g = r.g
    for edge in edges.values():
        if edge.rel not in EVENT_RELATIONS:
            continue
        event = edge.source
        span = r.event_span(event)
        if span:
            edge.dates = {span}
        if not edge.docs:
            docs = set(g.objects(event, DERIVED_FROM))
            edge.docs |= docs
            if span is None:
                edge.dates |= {d for d in (r.doc(doc).date for doc in docs) if d}
            for report in sorted(g.subjects(REPORT_OF, event), key=str):  # one item per report
                sentences = list(g.objects(report, EVIDENCE))
                if sentences:
                    _add_evidence(edge, _evidence_item(r, sentences, set(g.objects(report, DERIVED_FROM)),
                                                       g.value(report, EXTRACTOR), None))
            sentences = list(g.objects(event, EVIDENCE))  # graphs of builds before event reports
            if sentences:
                _add_evidence(edge, _evidence_item(r, sentences, docs, None, None))


def _collapse(nodes: dict[object, Node], edges: list[Edge]) -> list[Edge]:
    """Each event as edges between its participants (or its one participant and its place)."""
    by_event: dict[object, dict[str, list[Edge]]] = {}
    for e in edges:
        if e.rel in EVENT_RELATIONS and nodes[e.source].cls in EVENT_CLASSES:
            by_event.setdefault(e.source, {}).setdefault(e.rel, []).append(e)
    out: list[Edge] = []
    for event in sorted(by_event, key=str):
        parts = by_event[event]
        people = sorted(parts.get("participant", []), key=lambda e: str(e.target))
        places = sorted(parts.get("heldIn", []), key=lambda e: str(e.target))
        pairs = list(combinations(people, 2))
        if len(people) == 1 and places:
            pairs = [(people[0], places[0])]
        for a, b in pairs:
            edge = Edge(a.target, b.target, nodes[event].cls, True, via=event)
            for part in (a, b):
                for item in part.evidence:
                    _add_evidence(edge, item)
                edge.docs |= part.docs
                edge.dates |= part.dates
            out.append(edge)
    return out


def _finish(edge: Edge) -> None:
    edge.evidence.sort(key=lambda i: (i[0] is None, i[1] or "", i[0] or ""))
    edge.nevidence = len(edge.evidence)
    edge.evidence = edge.evidence[:MAX_EVIDENCE_PER_EDGE]


def collect(graph: rdflib.Graph) -> Collected:
    """Everything the page shows, read from the graph (nothing is written to it)."""
    r = _Reader(graph)
    nodes: dict[object, Node] = {}
    edge_map = _edges(r, nodes)
    _typed_nodes(r, nodes)
    _describe(r, nodes)
    _statements(r, edge_map)
    _event_edges(r, edge_map)
    for doc in graph.subjects(TYPE, DOCUMENT):
        r.doc(doc)
    edges = list(edge_map.values())
    collapsed = _collapse(nodes, edges)
    for e in edges + collapsed:
        _finish(e)
    return Collected(nodes, edges, collapsed, r.docs)

