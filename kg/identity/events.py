"""One node per real event: which reports of meetings, calls, visits, signings and
summits tell of the same event.

A meeting is reported by the press service, then by the agencies, one day late
("кеше") or the same day, in Kazakh and in Russian.  Each document's extraction
gives an event node per report; here the reports of all documents, with their
participants already made canonical by person identity (:mod:`kg.identity.persons`), are
grouped into events.  The rules work on small records (:class:`EventRecord`), not
on RDF, so any representation of the parts can feed them (:mod:`kg.identity.event_parts`
reads them from N-Triples).

Two records are reports of one event when

- they have the same kind and status (a planned event and the reported one
  that fulfils it are two events, linked by ``dkg:fulfils``; a phone call and a
  meeting of the same pair on the same day are two events);
- they have the same participants; a summit's participants are its organisation
  when one is named, or else its member set;
- their dates are compatible: each record stands for an interval of days (a
  day; a multi-day range; a week or month when the text was no more precise),
  and two records are compatible when their intervals overlap.  So two
  day-precise reports agree only on the same day, and a "in March" report joins
  the one March meeting of the pair.  A year is too coarse to tie a report to
  another document's (leaders meet several times a year): a report dated only
  by its year is taken as undated;
- the places they state (city, destination, document kind) agree where both
  state one.

Records are taken most precise first (a day from the text, then a day from the
document's date, then week, month, year), and each joins the one event it is
compatible with as a whole (every member's interval overlaps it, and so, intervals
being intervals, one day common to all); a record compatible with two events
stays an event of its own, as person identity leaves an ambiguous surname alone.
An undated record joins only the undated reports of its own document (an article
that names the talks twice): nothing says when it happened, so nothing ties it
to another document's report.

The event's IRI is a digest of its kind, status, participants and the date of its
most precise report (:func:`event_digest`), so it depends on the set of reports,
not on their order, and another report of the same day leaves it as it was.  When
a more precise report arrives later (a day for a month), the IRI that the earlier,
less precise report gave is kept as an ``owl:sameAs`` of the new one
(:attr:`EventCluster.aliases`).

>>> day = EventRecord("e1", "Meeting", "reported", ("p/a", "p/b"), "2024-03-12", "day", "text")
>>> late = EventRecord("e2", "Meeting", "reported", ("p/a", "p/b"), "2024-03-12", "day", "text")
>>> month = EventRecord("e3", "Meeting", "reported", ("p/a", "p/b"), "2024-03-01", "month", "text")
>>> call = EventRecord("e4", "PhoneCall", "reported", ("p/a", "p/b"), "2024-03-12", "day", "text")
>>> [sorted(m.iri for m in c.members) for c in cluster_events([month, late, call, day])]
[['e1', 'e2', 'e3'], ['e4']]
"""
from __future__ import annotations

import hashlib
from calendar import monthrange
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable

EVENT_NS = "https://w3id.org/diplomacy-kg/event/"
ORG_NS = "https://w3id.org/diplomacy-kg/id/org/"
# most precise first: the order in which records are taken and a representative chosen
RANKS = {"day": 0, "week": 2, "month": 3, "year": 4}


def identity_members(kind: str, participants: Iterable[str]) -> tuple[str, ...]:
    """The participants that decide which event a report is of: all of them, but
    only the organisation(s) of a summit when it names one, since one report lists
    the member countries and another only the organisation.

    >>> identity_members("Summit", ["id/country/kz", ORG_NS + "sco", "id/country/cn"])
    ('https://w3id.org/diplomacy-kg/id/org/sco',)
    """
    members = tuple(sorted(set(participants)))
    if kind == "Summit":
        orgs = tuple(p for p in members if p.startswith(ORG_NS))
        return orgs or members
    return members


def event_digest(kind: str, status: str, participants: Iterable[str], day: str | None, precision: str,
                 end_day: str | None, undated: str = "") -> str:
    """The digest an event's IRI ends in: a function of what identifies the event.
    ``undated`` (the report's document and offset) keeps undated reports apart."""
    key = [kind, status, *identity_members(kind, participants), day or "", precision, end_day or ""]
    if not day:
        key.append(undated)
    return hashlib.sha1("\x1f".join(key).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class EventRecord:
    """What one event node of the parts says: its key facts after person identity.

    ``iri`` is the node's IRI in its parts (one node per distinct key, so
    several documents may share it); ``places`` holds what must agree between
    reports of one event (city, destination, document kind), as ``prop=value``."""

    iri: str
    kind: str
    status: str
    participants: tuple[str, ...]
    day: str | None = None
    precision: str = "day"
    basis: str = "text"
    end_day: str | None = None
    places: frozenset[str] = frozenset()
    documents: tuple[str, ...] = ()

    @property
    def bucket(self) -> tuple:
        return (self.kind, self.status, identity_members(self.kind, self.participants))

    @property
    def rank(self) -> int:
        return RANKS.get(self.precision, 5) + (1 if self.precision == "day" and self.basis != "text" else 0)

    @property
    def span(self) -> tuple[date, date] | None:
        """The interval of days the record allows; None when undated, dated only by its year, or not a date."""
        try:
            start = date.fromisoformat(self.day or "")
            end = date.fromisoformat(self.end_day) if self.end_day else None
        except ValueError:
            return None
        if end:
            return start, max(start, end)
        if self.precision == "week":
            return start, start + timedelta(days=6)
        if self.precision == "month":
            return start, start.replace(day=monthrange(start.year, start.month)[1])
        if self.precision == "year":
            return None  # a pair may meet many times a year: "in 2017" ties a report to none of them
        return start, start

    @property
    def digest(self) -> str:
        """The digest of the record's key; an undated record keeps the one its document gave it."""
        if not self.day and self.iri.startswith(EVENT_NS):
            return self.iri[len(EVENT_NS):]
        return event_digest(self.kind, self.status, self.participants, self.day, self.precision, self.end_day)

    def order(self) -> tuple:
        return (self.rank, self.day or "", self.end_day or "", self.iri)


def places_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Each property stated by both has a value in common."""
    props_a = {p.split("=", 1)[0] for p in a}
    props_b = {p.split("=", 1)[0] for p in b}
    return all({v for v in a if v.startswith(prop + "=")} & {v for v in b if v.startswith(prop + "=")}
               for prop in props_a & props_b)


@dataclass
class EventCluster:
    """The reports of one event; ``members`` most precise first."""

    members: list[EventRecord]
    core: tuple[date, date] | None
    places: frozenset[str] = frozenset()
    digest: str = ""
    fulfils: list["EventCluster"] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    @property
    def representative(self) -> EventRecord:
        return self.members[0]

    @property
    def participants(self) -> tuple[str, ...]:
        return tuple(sorted({p for m in self.members for p in m.participants}))

    @property
    def iri(self) -> str:
        return EVENT_NS + self.digest

    def admits(self, record: EventRecord) -> bool:
        span = record.span
        return (self.core is not None and span is not None and span[0] <= self.core[1]
                and self.core[0] <= span[1] and places_agree(self.places, record.places))

    def add(self, record: EventRecord) -> None:
        span = record.span
        assert self.core is not None and span is not None
        self.members.append(record)
        self.core = (max(self.core[0], span[0]), min(self.core[1], span[1]))
        self.places |= record.places


def _months(span: tuple[date, date]) -> Iterable[tuple[int, int]]:
    year, month = span[0].year, span[0].month
    while (year, month) <= (span[1].year, span[1].month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _cluster_bucket(records: list[EventRecord]) -> list[EventCluster]:
    """Records of one (kind, status, participants), most precise first, into events.
    Events are found by the months they touch, so each record looks at few."""
    clusters: list[EventCluster] = []
    by_month: dict[tuple[int, int], list[EventCluster]] = defaultdict(list)
    undated: dict[tuple[str, ...], list[EventCluster]] = defaultdict(list)
    for record in sorted(records, key=EventRecord.order):
        span = record.span
        if span is None:
            same_page = [c for c in undated[record.documents] if places_agree(c.places, record.places)]
            if len(same_page) == 1:
                same_page[0].members.append(record)
                same_page[0].places |= record.places
            else:
                clusters.append(EventCluster([record], None, record.places))
                undated[record.documents].append(clusters[-1])
            continue
        seen: dict[int, EventCluster] = {}
        for month in _months(span):
            for cluster in by_month.get(month, ()):
                if id(cluster) not in seen and cluster.admits(record):
                    seen[id(cluster)] = cluster
        if len(seen) == 1:
            next(iter(seen.values())).add(record)
            continue
        cluster = EventCluster([record], span, record.places)
        clusters.append(cluster)
        for month in _months(span):
            by_month[month].append(cluster)
    return clusters


def cluster_events(records: Iterable[EventRecord]) -> list[EventCluster]:
    """Every event, with its reports, its IRI digest and the planned events it fulfils."""
    buckets: dict[tuple, list[EventRecord]] = defaultdict(list)
    for record in records:
        buckets[record.bucket].append(record)
    clusters: list[EventCluster] = []
    for key in sorted(buckets):
        clusters.extend(_cluster_bucket(buckets[key]))
    _name(clusters)
    _alias(clusters)
    _link_plans(clusters)
    return clusters


def _name(clusters: list[EventCluster]) -> None:
    """Each event's digest is its representative's; two events that would share one
    (same day, places that disagree) take their places and representative too."""
    by_digest: dict[str, list[EventCluster]] = defaultdict(list)
    for cluster in clusters:
        cluster.digest = cluster.representative.digest
        by_digest[cluster.digest].append(cluster)
    for digest, group in by_digest.items():
        if len(group) > 1:
            for cluster in group:
                extra = "\x1f".join([digest, *sorted(cluster.places), cluster.representative.iri])
                cluster.digest = hashlib.sha1(extra.encode("utf-8")).hexdigest()[:16]


def _alias(clusters: list[EventCluster]) -> None:
    """The IRIs that earlier builds, with fewer reports or before person identity
    joined a participant, may have given each event: its members' own IRIs and
    digests, when no other event has or claims them."""
    claimed: dict[str, int] = defaultdict(int)
    own = []
    for cluster in clusters:
        names = {m.iri for m in cluster.members} | {EVENT_NS + m.digest for m in cluster.members}
        own.append(names)
        for name in names:
            claimed[name] += 1
    taken = {c.iri for c in clusters}
    for cluster, names in zip(clusters, own):
        cluster.aliases = sorted(n for n in names if claimed[n] == 1 and n not in taken)


def _link_plans(clusters: list[EventCluster]) -> None:
    """A reported event fulfils the planned event of the same kind, participants
    and compatible date and place, when it is the only reported event that does.
    A plan dated only by its document (no date in the text) is linked to nothing."""
    reported: dict[tuple, list[EventCluster]] = defaultdict(list)
    for cluster in clusters:
        if cluster.representative.status == "reported" and cluster.core is not None:
            kind, _status, members = cluster.representative.bucket
            reported[(kind, members)].append(cluster)
    for plan in clusters:
        first = plan.representative
        if first.status != "planned" or plan.core is None or first.basis != "text":
            continue
        kind, _status, members = first.bucket
        probe = EventRecord(first.iri, kind, "reported", first.participants, plan.core[0].isoformat(), "day",
                            end_day=plan.core[1].isoformat(), places=plan.places)
        found = [c for c in reported.get((kind, members), []) if c.admits(probe)]
        if len(found) == 1:
            found[0].fulfils.append(plan)
