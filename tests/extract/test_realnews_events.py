"""On real news (../shared/data/realnews, read in place, never copied): every met comes from a
reported Meeting, none from a phone call, a planned meeting or a summit; every event is valid."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

REALNEWS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "realnews" / "realnews_dev.jsonl"


@pytest.fixture(scope="module")
def results(extractor):
    if not REALNEWS.exists():
        pytest.skip("../shared/data/realnews is not beside the repo")
    docs = [json.loads(line) for line in REALNEWS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return extractor.extract_many([(d["id"], d["text"], d.get("date")) for d in docs])


def test_met_only_from_reported_meetings(results):
    for result in results:
        reported = {(frozenset(e.participants), e.evidence.start) for e in result.events
                    if e.kind == "Meeting" and e.reported}
        elsewhere = {e.evidence.start for e in result.events
                     if e.kind in ("PhoneCall", "Summit") or (e.kind == "Meeting" and not e.reported)}
        for fact in result.facts:
            if fact.predicate != "met" or fact.extractor != "meetings":
                continue
            pair = frozenset((fact.subject, fact.object))
            assert any(pair <= people and start == fact.evidence.start for people, start in reported), \
                (result.id, fact)
            assert fact.evidence.start not in elsewhere or (pair, fact.evidence.start) in reported, (result.id, fact)


def test_every_kind_and_status_on_real_news(results):
    events = [e for r in results for e in r.events]
    kinds = {e.kind for e in events}
    assert kinds == {"Meeting", "PhoneCall", "Visit", "AgreementSigning", "Summit"}
    assert {e.status for e in events} == {"reported", "planned"}
    for event in events:
        assert event.status in ("reported", "planned")
        assert event.kind != "Visit" or event.destination
        assert event.kind != "AgreementSigning" or (event.document_kind and len(event.participants) >= 2)


def test_events_name_only_entities_of_their_document(results):
    for result in results:
        known = {e.key for e in result.entities}
        for event in result.events:
            assert set(event.participants) <= known, (result.id, event)
            assert {k for k in (event.place, event.destination) if k} <= known, (result.id, event)
