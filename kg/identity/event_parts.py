"""The event-identity corpus pass over N-Triples parts (:mod:`kg.build.merge`).

It reads the event nodes of every part into :class:`~kg.identity.events.EventRecord`
records, groups them into events (:func:`~kg.identity.events.cluster_events`), and
returns a rewrite that moves each event node of a part onto its event's IRI.  What
one report says of its event (its date, label, visit kind) gives way to the
event's, taken from its most precise report; the reports themselves
(``dkg:EventReport``, with their sentence, offsets, extractor and own date) are
left as they are and only pointed at the event.  The parts it reads have been
through person identity, so the participants are canonical.

>>> E, D = "https://w3id.org/diplomacy-kg/", "https://w3id.org/diplomacy-kg/ontology#"
>>> part = lambda doc, day: "\\n".join([
...     f'<{E}event/{doc}> <{RDF_TYPE}> <{D}Meeting> .',
...     f'<{E}event/{doc}> <{D}participant> <{E}id/person/a> .',
...     f'<{E}event/{doc}> <{D}participant> <{E}id/person/b> .',
...     f'<{E}event/{doc}> <{D}status> "reported" .',
...     f'<{E}event/{doc}> <{D}date> "{day}"^^<{XSD_DATE}> .',
...     f'<{E}event/{doc}> <{PROV_DERIVED}> <{E}doc/{doc}> .'])
>>> rewrite = event_identity_rewrite([part("d1", "2024-03-12"), part("d2", "2024-03-12"), part("d3", "2024-04-12")])
>>> len({line.split()[0] for p in ("d1", "d2", "d3") for line in rewrite(part(p, "x")).splitlines()})
2
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from kg.identity.events import EVENT_NS, EventCluster, EventRecord, cluster_events
from kg.records import PartRecord

DKG = "https://w3id.org/diplomacy-kg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
EVENT_KINDS = {f"<{DKG}{k}>": k for k in ("Meeting", "PhoneCall", "Visit", "AgreementSigning", "Summit")}
# what a report says of its event that the event takes from its most precise report
SINGLE = {f"<{DKG}{p}>" for p in ("date", "datePrecision", "dateBasis", "endDate", "visitKind")} | {f"<{LABEL}>"}
# what must agree between reports of one event, where both state it
AGREE = {f"<{DKG}heldIn>": "heldIn", f"<{DKG}destination>": "destination", f"<{DKG}documentKind>": "documentKind"}
EVENT_LINES = "<" + EVENT_NS  # how the lines about event nodes start
EVENT_TERM = "<" + EVENT_NS
REPORT_OF_TERM = f"<{DKG}reportOf>"
LITERAL = re.compile(r'^"((?:[^"\\]|\\.)*)"')


@dataclass
class EventNode:
    """The lines of one event node, gathered from every part it occurs in."""

    kind: str | None = None
    status: str = "reported"
    participants: set[str] = field(default_factory=set)
    single: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    places: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)

    def record(self, iri: str) -> EventRecord | None:
        if self.kind is None:
            return None
        return EventRecord(iri, self.kind, self.status, tuple(sorted(self.participants)),
                           _first(self.single.get(f"<{DKG}date>")), _first(self.single.get(f"<{DKG}datePrecision>"))
                           or "day", _first(self.single.get(f"<{DKG}dateBasis>")) or "text",
                           _first(self.single.get(f"<{DKG}endDate>")), frozenset(self.places),
                           tuple(sorted(self.documents)))


def _first(values: set[str] | None) -> str | None:
    """The lexical form of the least of a node's values (one, unless its documents disagree)."""
    if not values:
        return None
    m = LITERAL.match(min(values))
    return m.group(1) if m else None


def read_event_nodes(parts: Iterable[str | PartRecord]) -> dict[str, EventNode]:
    nodes: dict[str, EventNode] = defaultdict(EventNode)
    for part in parts:
        record = part if isinstance(part, PartRecord) else PartRecord.from_ntriples(part)
        if not any(term.startswith(EVENT_TERM) for term in record.terms):
            continue
        for subject, pred, obj in record:
            if not subject.startswith(EVENT_TERM):
                continue
            node = nodes[subject[1:-1]]
            if pred == f"<{RDF_TYPE}>":
                node.kind = EVENT_KINDS.get(obj, node.kind)
            elif pred == f"<{DKG}participant>":
                node.participants.add(obj[1:-1])
            elif pred == f"<{DKG}status>":
                node.status = _first({obj}) or node.status
            elif pred in SINGLE:
                node.single[pred].add(obj)
            elif pred in AGREE:
                node.places.add(f"{AGREE[pred]}={obj}")
            elif pred == f"<{PROV_DERIVED}>":
                node.documents.add(obj[1:-1])
    return nodes


@dataclass
class EventRewrite:
    """Each event node's IRI → its event's, and the lines the event takes from its
    representative report (label, date, visit kind; ``owl:sameAs`` its earlier
    IRIs; ``dkg:fulfils`` the plan it carries out)."""

    target: dict[str, str]
    own_lines: dict[str, list[tuple[str, str, str]]]

    @classmethod
    def from_parts(cls, parts: Iterable[str | PartRecord]) -> "EventRewrite":
        nodes = read_event_nodes(parts)
        records = [r for iri, node in nodes.items() if (r := node.record(iri)) is not None]
        target: dict[str, str] = {}
        own_lines: dict[str, list[tuple[str, str, str]]] = {}
        for cluster in cluster_events(records):
            for member in cluster.members:
                target[member.iri] = cluster.iri
            own_lines[cluster.iri] = _event_lines(cluster, nodes[cluster.representative.iri])
        return cls(target, own_lines)

    def __call__(self, ntriples: str) -> str:
        """The rewrite of a part's N-Triples (the merge rewrites records: :meth:`rewrite_record`)."""
        if EVENT_LINES not in ntriples:  # most parts of an archive tell of no event
            return ntriples
        lines = self.rewrite_record(PartRecord.from_ntriples(ntriples)).lines()
        return "".join(f"{line} .\n" for line in lines)

    def rewrite_record(self, record: PartRecord) -> PartRecord:
        """Each event node's triples moved onto its event (the ones the event takes from its
        representative report left out, and added once after the part's own), and each
        report pointed at its event."""
        if not any(term.startswith(EVENT_TERM) for term in record.terms):  # most parts tell of no event
            return record
        out: list[tuple[str, str, str]] = []
        events: set[str] = set()
        for subject, pred, obj in record:
            if subject.startswith(EVENT_TERM):
                iri = subject[1:-1]
                event = self.target.get(iri, iri)
                events.add(event)
                if pred in SINGLE and iri in self.target:
                    continue
                out.append((f"<{event}>", pred, obj))
            elif pred == REPORT_OF_TERM and obj.startswith(EVENT_TERM):
                iri = obj[1:-1]
                out.append((subject, pred, f"<{self.target.get(iri, iri)}>"))
            else:
                out.append((subject, pred, obj))
        for event in sorted(events):
            out.extend(self.own_lines.get(event, ()))
        return PartRecord.from_triples(out)


def _event_lines(cluster: EventCluster, representative: EventNode) -> list[tuple[str, str, str]]:
    event = f"<{cluster.iri}>"
    lines = [(event, pred, min(values)) for pred, values in sorted(representative.single.items())]
    lines += [(event, f"<{SAME_AS}>", f"<{alias}>") for alias in cluster.aliases]
    lines += [(event, f"<{DKG}fulfils>", f"<{plan.iri}>") for plan in cluster.fulfils]
    return lines


def event_identity_rewrite(parts: Iterable[str | PartRecord]) -> EventRewrite:
    """The corpus pass's rewrite for every part (its N-Triples or its record)."""
    return EventRewrite.from_parts(parts)
