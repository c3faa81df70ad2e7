"""Turn one document's entities, facts and events into RDF (docs/graph-model.md).

Every fact is asserted and also reified with its provenance, so a query can
ask both "who met whom" and "which sentence says so".  Node IRIs are derived
from stable keys, so two documents that name the same entity add to one node.
"""
from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.term import Node
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.identity.events import EVENT_NS, event_digest
from kg.model import Event, Fact, Section
from kg.identity.entities import Entity
from kg.records import PartRecord

BASE = "https://w3id.org/diplomacy-kg/"
DKG = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
SECTOR = Namespace(BASE + "sector/")
DOC = Namespace(BASE + "doc/")
EVENT = Namespace(EVENT_NS)
REPORT = Namespace(BASE + "report/")
STMT = Namespace(BASE + "stmt/")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")   # W3C WGS84 lat/long
GEONAMES = Namespace("https://sws.geonames.org/")
PREFIXES = {"dkg": DKG, "id": ID, "sector": SECTOR, "doc": DOC, "event": EVENT, "report": REPORT, "stmt": STMT,
            "skos": SKOS, "prov": PROV, "dcterms": DCTERMS, "owl": OWL, "geo": GEO,
            **{folder: Namespace(f"{BASE}id/{folder}/") for folder in ("country", "city", "region", "person", "org")}}


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    source: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    lang: str = "kk"  # the language the document was read in (dcterms:language); its words are tagged with it


Triple = tuple[Node, Node, Node]


class TripleSink(Protocol):
    """Where the ``add_*`` functions put triples: an rdflib ``Graph``, or a plain set
    (``document_triples``), which a build fills for every document and which costs a
    fraction of a Graph's store and its events."""

    def add(self, triple: Triple, /) -> object: ...


def new_graph(bind: bool = True) -> Graph:
    """A graph with the project's prefixes; ``bind=False`` for graphs that are only
    ever written as N-Triples (binding costs more than the triples)."""
    if not bind:
        return Graph(bind_namespaces="none")
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    return graph


def node(key: str) -> URIRef:
    """IRI of an entity key such as ``country/kazakhstan`` or ``sector/Trade``."""
    if key.startswith("sector/"):
        return SECTOR[key.split("/", 1)[1]]
    return ID[quote(key, safe="/-_.~")]


def doc_node(doc_id: str) -> URIRef:
    return DOC[quote(doc_id, safe="-_.~")]


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def add_entity(graph: TripleSink, entity: Entity, lang: str = "kk") -> URIRef:
    """The entity as a document in ``lang`` names it: a gazetteer entity has its labels in
    every language the gazetteer knows, an entity found only in the text has the text's
    name in the text's language; the other names the text uses are altLabels in it."""
    subject = node(entity.key)
    graph.add((subject, RDF.type, DKG[entity.cls]))
    if entity.cls == "Leader":
        graph.add((subject, RDF.type, DKG.Person))
    labels = [(lang, entity.label)] if entity.entry is None else \
        [("kk", entity.entry.kk), ("ru", entity.entry.ru), ("en", entity.entry.en)]
    for label_lang, value in labels:
        if value:
            graph.add((subject, RDFS.label, Literal(value, lang=label_lang)))
    own = {value for label_lang, value in labels if label_lang == lang}
    listed = set(entity.entry.aliases) if entity.entry is not None else set()  # the gazetteer's Kazakh aliases
    for alias in sorted(a for a in entity.aliases if a and a != entity.label and a not in own):
        graph.add((subject, SKOS.altLabel, Literal(alias, lang="kk" if alias in listed else lang)))
    if entity.entry is not None and entity.cls in ("Country", "City"):
        add_identifiers(graph, subject, entity.entry)
    return subject


def add_identifiers(graph: TripleSink, subject: URIRef, entry) -> None:
    """What the rest of the world calls a gazetteer place: a country's ISO 3166-1
    codes (dkg:isoCode, alpha-2 and alpha-3), the GeoNames IRI (owl:sameAs) and
    a city's WGS84 coordinates (geo:lat, geo:long)."""
    for code in (entry.iso2, entry.iso3):
        if code:
            graph.add((subject, DKG.isoCode, Literal(code)))
    if entry.geonames:
        graph.add((subject, OWL.sameAs, GEONAMES[f"{entry.geonames}/"]))
    if entry.lat is not None and entry.long is not None:
        graph.add((subject, GEO.lat, Literal(f"{entry.lat:.5f}", datatype=XSD.decimal)))
        graph.add((subject, GEO.long, Literal(f"{entry.long:.5f}", datatype=XSD.decimal)))


def add_document(graph: TripleSink, info: DocumentInfo) -> URIRef:
    subject = doc_node(info.id)
    graph.add((subject, RDF.type, DKG.Document))
    graph.add((subject, DCTERMS.identifier, Literal(info.id)))
    graph.add((subject, DCTERMS.source, Literal(info.url or info.source)))
    graph.add((subject, DCTERMS.language, Literal(info.lang)))
    if info.title:
        graph.add((subject, DCTERMS.title, Literal(info.title, lang=info.lang)))
    if info.date:
        graph.add((subject, DCTERMS.date, Literal(info.date, datatype=XSD.date)))
    return subject


def add_fact(graph: TripleSink, fact: Fact, document: URIRef, lang: str = "kk") -> URIRef:
    s, p, o = node(fact.subject), DKG[fact.predicate], node(fact.object)
    graph.add((s, p, o))
    st = STMT[_digest(document, s, p, o)]
    graph.add((st, RDF.type, RDF.Statement))
    graph.add((st, RDF.subject, s))
    graph.add((st, RDF.predicate, p))
    graph.add((st, RDF.object, o))
    graph.add((st, PROV.wasDerivedFrom, document))
    graph.add((st, DKG.evidence, Literal(fact.evidence.text, lang=lang)))
    graph.add((st, DKG.charStart, Literal(fact.evidence.start)))
    graph.add((st, DKG.charEnd, Literal(fact.evidence.end)))
    graph.add((st, DKG.extractor, Literal(fact.extractor)))
    graph.add((st, DKG.basis, Literal(fact.basis)))
    if fact.observed_on:
        graph.add((st, DKG.observedOn, Literal(fact.observed_on, datatype=XSD.date)))
    if fact.former:
        graph.add((st, DKG.former, Literal(True)))
    return st


# The Kazakh names of the event classes, for the label of each event node.
EVENT_NAMES = {"Meeting": "Кездесу", "PhoneCall": "Телефон арқылы сөйлесу", "Visit": "Сапар",
               "AgreementSigning": "Құжатқа қол қою", "Summit": "Саммит"}


def add_event(graph: TripleSink, event: Event, document: URIRef, labels: dict[str, str], date: str | None,
              lang: str = "kk") -> URIRef:
    """An event node and the node of this report of it (docs/graph-model.md, "Events").

    The event node holds what the report says happened: kind, participants,
    place, status and date.  Its IRI is a digest of that key (kind, status,
    participants, date), so reports of the same event in several documents already
    meet on one node, and the corpus pass :mod:`kg.identity.event_parts` joins the rest.
    The report node (``dkg:EventReport``, ``dkg:reportOf`` the event) is reified
    like a fact: its document, sentence, offsets, extractor, the date it gives and
    the document's own date (``dcterms:date``)."""
    participants = [str(node(p)) for p in event.participants]
    digest = event_digest(event.kind, event.status, participants, event.date, event.date_precision,
                          event.end_date, undated=f"{document}#{event.evidence.start}")
    subject = EVENT[digest]
    graph.add((subject, RDF.type, DKG[event.kind]))
    graph.add((subject, RDF.type, DKG.Event))
    names = " – ".join(labels.get(p, p) for p in event.participants)
    graph.add((subject, RDFS.label, Literal(f"{EVENT_NAMES.get(event.kind, event.kind)}: {names}", lang="kk")))
    for participant in event.participants:
        graph.add((subject, DKG.participant, node(participant)))
    for prop, key in ((DKG.heldIn, event.place), (DKG.destination, event.destination)):
        if key:
            graph.add((subject, prop, node(key)))
    for sector in event.sectors:
        graph.add((subject, DKG.onSector, node(sector)))
    graph.add((subject, DKG.status, Literal(event.status)))
    for prop, value in ((DKG.visitKind, event.visit_kind), (DKG.documentKind, event.document_kind)):
        if value:
            graph.add((subject, prop, Literal(value, lang="kk") if prop == DKG.documentKind else Literal(value)))
    graph.add((subject, PROV.wasDerivedFrom, document))
    report = REPORT[_digest(document, event.kind, *event.participants, event.status, event.evidence.start)]
    graph.add((report, RDF.type, DKG.EventReport))
    graph.add((report, DKG.reportOf, subject))
    graph.add((report, PROV.wasDerivedFrom, document))
    for node_ in (subject, report):
        if event.date:
            graph.add((node_, DKG.date, Literal(event.date, datatype=XSD.date)))
            graph.add((node_, DKG.datePrecision, Literal(event.date_precision)))
            graph.add((node_, DKG.dateBasis, Literal(event.date_basis)))
        if event.end_date:
            graph.add((node_, DKG.endDate, Literal(event.end_date, datatype=XSD.date)))
    graph.add((report, DKG.evidence, Literal(event.evidence.text, lang=lang)))
    graph.add((report, DKG.charStart, Literal(event.evidence.start)))
    graph.add((report, DKG.charEnd, Literal(event.evidence.end)))
    graph.add((report, DKG.extractor, Literal(event.extractor)))
    if date:
        graph.add((report, DCTERMS.date, Literal(date, datatype=XSD.date)))
    return subject


def document_graph(info: DocumentInfo, entities: list[Entity], facts: list[Fact], events: list[Event],
                   bind: bool = True) -> Graph:
    graph = new_graph(bind)
    for triple in document_triples(info, entities, facts, events):
        graph.add(triple)
    return graph


def document_ntriples(info: DocumentInfo, entities: list[Entity], facts: list[Fact], events: list[Event]) -> str:
    """The document's triples as N-Triples, one sorted line each."""
    return "".join(sorted(ntriples_line(t) for t in document_triples(info, entities, facts, events)))


def document_record(info: DocumentInfo, entities: list[Entity], facts: list[Fact], events: list[Event],
                    sections: Sequence[Section] = ()) -> PartRecord:
    """The document's triples as the merge takes them (:class:`kg.records.PartRecord`), in
    the order of :func:`document_ntriples`' lines.  A page in two languages gives its
    ``sections`` instead: each one's words are tagged with its language, the document has
    both as dcterms:language, and its title the language of most of its words."""
    triples = document_triples(info, entities, facts, events) if not sections else set().union(*(
        document_triples(replace(info, lang=s.lang, title=info.title if s.lang == info.lang else None),
                         s.entities, s.facts, s.events) for s in sections))
    written = sorted(((_nt_term(s), _nt_term(p), _nt_term(o)) for s, p, o in triples),
                     key=lambda t: f"{t[0]} {t[1]} {t[2]} .\n")
    return PartRecord.from_triples(written)


def ntriples_line(triple: Triple) -> str:
    """One N-Triples line, written as rdflib's N-Triples serializer writes it.

    >>> ntriples_line((ID["person/a"], RDFS.label, Literal('Ә "б"\\n', lang="kk")))
    '<https://w3id.org/diplomacy-kg/id/person/a> <http://www.w3.org/2000/01/rdf-schema#label> "Ә \\\\"б\\\\"\\\\n"@kk .\\n'
    """
    return " ".join(_nt_term(term) for term in triple) + " .\n"


def _nt_term(term: Node) -> str:
    if not isinstance(term, Literal):
        return term.n3()
    lexical = '"' + str(term).replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r") + '"'
    if term.language:
        return f"{lexical}@{term.language}"
    return f"{lexical}^^<{term.datatype}>" if term.datatype else lexical


def document_triples(info: DocumentInfo, entities: list[Entity], facts: list[Fact],
                     events: list[Event]) -> set[Triple]:
    """Everything one document says, as RDF (docs/graph-model.md)."""
    graph: set[Triple] = set()
    document = add_document(graph, info)
    # a gazetteer placement (a city's country, basis "background") is no mention by the document
    stated = [f for f in facts if f.basis == "text"]
    used = {f.subject for f in stated} | {f.object for f in stated} | {p for e in events for p in e.participants} \
        | {k for e in events for k in (e.place, e.destination) if k}
    for entity in entities:
        subject = add_entity(graph, entity, info.lang)
        if entity.mentions or entity.key in used:
            graph.add((document, DKG.mentions, subject))
    for fact in facts:
        add_fact(graph, fact, document, info.lang)
        if fact.object.startswith("sector/"):
            graph.add((node(fact.object), RDF.type, DKG.Sector))
            graph.add((node(fact.object), SKOS.notation, Literal(fact.object.split("/", 1)[1])))
    labels = {e.key: e.label for e in entities}
    for event in events:
        add_event(graph, event, document, labels, info.date, info.lang)
        for sector in event.sectors:
            graph.add((node(sector), RDF.type, DKG.Sector))
            graph.add((node(sector), SKOS.notation, Literal(sector.split("/", 1)[1])))
    return graph
