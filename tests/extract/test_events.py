"""Dated events on sentences written for these tests (tests/data/events.jsonl): every event
kind, every date form, both statuses, and sentences that must give no event or no met.

Each case names the document's date and what must be found: events (kind, status and any of
date, end date, precision, basis, place, destination, visit kind, document kind, sectors,
participants), the met pairs exactly (or their number), and facts that must or must not be there.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

CASES = [json.loads(line) for line in
         (Path(__file__).resolve().parents[1] / "data" / "events.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]
FIELDS = {"status": "status", "date": "date", "end_date": "end_date", "precision": "date_precision",
          "basis": "date_basis", "place": "place", "destination": "destination", "visit_kind": "visit_kind",
          "document_kind": "document_kind"}


@pytest.fixture(scope="module")
def results(extractor):
    return {c["id"]: extractor.extract(c["id"], c["text"], c["date"]) for c in CASES}


def matches(event, expected: dict) -> bool:
    if event.kind != expected["kind"]:
        return False
    if any(getattr(event, attr) != expected[key] for key, attr in FIELDS.items() if key in expected):
        return False
    if not set(expected.get("participants", ())) <= set(event.participants):
        return False
    return set(expected.get("sectors", ())) <= set(event.sectors)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_events_as_the_ontology_says(results, case):
    result = results[case["id"]]
    for expected in case["events"]:
        assert any(matches(e, expected) for e in result.events), (expected, result.events)
    kinds = {e.kind for e in result.events}
    assert not kinds & set(case.get("no_events", ())), result.events


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_met_only_from_reported_meetings(results, case):
    result = results[case["id"]]
    met = {frozenset((f.subject, f.object)) for f in result.facts if f.predicate == "met"}
    if "met" in case:
        assert met == {frozenset(pair) for pair in case["met"]}
    if "met_count" in case:
        assert len(met) == case["met_count"]
    reported = {frozenset(e.participants) for e in result.events if e.kind == "Meeting" and e.reported}
    assert all(any(pair <= r for r in reported) for pair in met), "a met without a reported Meeting"


@pytest.mark.parametrize("case", [c for c in CASES if "facts" in c or "no_facts" in c],
                         ids=lambda c: c["id"])
def test_agreement_facts(results, case):
    found = {(f.subject, f.predicate, f.object) for f in results[case["id"]].facts}
    for triple in case.get("facts", ()):
        assert tuple(triple) in found
    for triple in case.get("no_facts", ()):
        assert tuple(triple) not in found


def test_every_event_is_dated_and_has_evidence(results):
    for case in CASES:
        text = case["text"]
        for event in results[case["id"]].events:
            assert event.date and event.status in ("reported", "planned")
            assert text[event.evidence.start : event.evidence.end] == event.evidence.text


def test_document_date_from_a_date_line(extractor):
    """No date field: the page's date line stands in, and relative words count from it."""
    result = extractor.extract("p", "14.03.2024 10:05\nКеше Тоқаев Ресей Президенті Владимир Путинмен кездесті.")
    assert result.date == "2024-03-14"
    assert [(e.kind, e.date, e.date_basis) for e in result.events] == [("Meeting", "2024-03-13", "text")]


def test_former_leader_and_the_date_it_was_said(extractor):
    result = extractor.extract("f", "Қазақстанның Тұңғыш Президенті Нұрсұлтан Назарбаев Мәскеуге барды. "
                                    "Ресей Президенті Владимир Путин оны қарсы алды.", "2019-04-04")
    leaders = {f.subject: f for f in result.facts if f.predicate == "leaderOf"}
    assert leaders["person/nursultan-nazarbayev"].former is True
    assert leaders["person/vladimir-putin"].former is False
    assert {f.observed_on for f in leaders.values()} == {"2019-04-04"}
