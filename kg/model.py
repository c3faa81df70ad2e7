"""The records that flow from extraction to RDF: facts, events and the sentence
each rests on.  They hold entity keys (``person/…``, ``country/…``), not nodes,
so that extraction knows nothing of RDF and RDF nothing of spaCy.

>>> e = Event("Meeting", ("person/a", "person/b"), Evidence("A B-мен кездесті.", 0, 17), "meetings",
...           date="2024-03-12")
>>> e.reported, e.date_basis, e.date_precision
(True, 'text', 'day')
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.identity.entities import Entity

STATUSES = ("reported", "planned")
PRECISIONS = ("day", "week", "month", "year")
DATE_BASES = ("text", "document")


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact or event comes from, with its offsets in the document text."""

    text: str
    start: int
    end: int

    @classmethod
    def of(cls, sent) -> "Evidence":
        return cls(sent.text, sent.start_char, sent.end_char)

    def shifted(self, offset: int) -> "Evidence":
        """The same sentence, counted from ``offset`` characters further on (a stretch of
        a page read on its own, placed back in the page)."""
        return replace(self, start=self.start + offset, end=self.end + offset)


@dataclass(frozen=True)
class Fact:
    """One triple between entity keys.  ``observed_on`` is the date of the document
    that states it (so a leaderOf can be asked "as of" a day), ``former`` marks a
    relation the text says no longer holds (бұрынғы Президенті)."""

    subject: str
    predicate: str
    object: str
    evidence: Evidence
    extractor: str
    basis: str = "text"
    observed_on: str | None = None
    former: bool = False


@dataclass(frozen=True)
class Event:
    """A dated event (Meeting, PhoneCall, Visit, AgreementSigning, Summit).

    ``status`` is "reported" (it happened) or "planned" (the text speaks of it in
    the future); ``date`` is an ISO date whose ``date_precision`` says how much of
    it the text gave; ``date_basis`` "document" when the text gave none and the
    document's own date stands in."""

    kind: str
    participants: tuple[str, ...]
    evidence: Evidence
    extractor: str
    place: str | None = None
    status: str = "reported"
    date: str | None = None
    end_date: str | None = None
    date_precision: str = "day"
    date_basis: str = "text"
    destination: str | None = None
    visit_kind: str | None = None
    document_kind: str | None = None
    sectors: tuple[str, ...] = ()

    @property
    def reported(self) -> bool:
        return self.status == "reported"


@dataclass
class Section:
    """What the reading of one language's stretches of a page found, when a page holds two
    languages: its words are tagged with its language; its evidence counts in the page's text."""

    lang: str
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
