"""One event node per real event: the rules of kg.identity.events on records, and the
corpus pass on the N-Triples of parts (kg.identity.event_parts)."""
from __future__ import annotations

import random

from kg.identity.events import EVENT_NS, ORG_NS, EventRecord, cluster_events
from kg.identity.event_parts import event_identity_rewrite

A, B, C = "id/person/a", "id/person/b", "id/person/c"


def rec(iri: str, day: str | None, kind: str = "Meeting", status: str = "reported", who=(A, B),
        precision: str = "day", basis: str = "text", end: str | None = None, **places: str) -> EventRecord:
    return EventRecord(EVENT_NS + iri, kind, status, tuple(who), day, precision, basis, end,
                       frozenset(f"{k}={v}" for k, v in places.items()))


def groups(records: list[EventRecord]) -> list[list[str]]:
    return sorted(sorted(m.iri[len(EVENT_NS):] for m in c.members) for c in cluster_events(records))


def test_same_day_reports_are_one_event_and_a_month_later_is_another():
    records = [rec("press", "2024-08-21"), rec("agency", "2024-08-21"), rec("next-day", "2024-08-21"),
               rec("later", "2024-09-21")]
    assert groups(records) == [["agency", "next-day", "press"], ["later"]]


def test_a_year_alone_ties_a_report_to_no_other_documents_event():
    """"The first meeting of 2017" says nothing of which of the year's meetings it was."""
    records = [rec("feb", "2017-02-06", basis="document"), rec("in-2017", "2017-01-01", precision="year")]
    assert groups(records) == [["feb"], ["in-2017"]]


def test_a_call_and_a_meeting_of_the_same_day_are_two_events():
    assert groups([rec("met", "2024-08-21"), rec("call", "2024-08-21", kind="PhoneCall")]) == [["call"], ["met"]]


def test_other_participants_are_another_event():
    assert groups([rec("ab", "2024-08-21"), rec("ac", "2024-08-21", who=(A, C))]) == [["ab"], ["ac"]]


def test_a_month_joins_the_one_meeting_of_that_month_and_no_other():
    assert groups([rec("day", "2024-03-12"), rec("march", "2024-03-01", precision="month")]) == [["day", "march"]]
    two = [rec("d1", "2024-03-12"), rec("d2", "2024-03-25"), rec("march", "2024-03-01", precision="month")]
    assert groups(two) == [["d1"], ["d2"], ["march"]]  # which of the two? nothing says
    assert groups([rec("day", "2024-04-02"), rec("march", "2024-03-01", precision="month")]) == [["day"], ["march"]]


def test_a_document_date_joins_only_the_same_day():
    assert groups([rec("text", "2024-08-21"), rec("doc", "2024-08-21", basis="document")]) == [["doc", "text"]]
    assert groups([rec("text", "2024-08-20"), rec("doc", "2024-08-21", basis="document")]) == [["doc"], ["text"]]


def test_multi_day_events_join_when_their_ranges_overlap():
    visit = dict(kind="Visit", who=(A,), destination="<id/country/kz>")
    records = [rec("range", "2024-07-02", end="2024-07-03", **visit), rec("day2", "2024-07-03", **visit),
               rec("later", "2024-07-05", end="2024-07-06", **visit)]
    assert groups(records) == [["day2", "range"], ["later"]]


def test_stated_places_must_agree():
    assert groups([rec("astana", "2024-08-21", heldIn="<city/astana>"), rec("none", "2024-08-21"),
                   rec("baku", "2024-08-22", heldIn="<city/baku>")]) == [["astana", "none"], ["baku"]]
    apart = [rec("astana", "2024-08-21", heldIn="<city/astana>"), rec("baku", "2024-08-21", heldIn="<city/baku>")]
    clusters = cluster_events(apart)
    assert len(clusters) == 2 and clusters[0].iri != clusters[1].iri  # same day and pair, two IRIs


def test_a_summit_is_one_node_by_its_organisation():
    org = ORG_NS + "sco"
    full = rec("members", "2024-07-04", kind="Summit", who=("id/country/kz", "id/country/cn", org),
               heldIn="<city/astana>")
    short = rec("org-only", "2024-07-04", kind="Summit", who=(org,))
    clusters = cluster_events([full, short])
    assert len(clusters) == 1 and set(clusters[0].participants) == {"id/country/kz", "id/country/cn", org}


def test_a_planned_event_is_linked_to_the_one_that_fulfils_it():
    plan = rec("plan", "2024-08-21", status="planned", heldIn="<city/astana>")
    held = rec("held", "2024-08-21")
    clusters = {c.representative.iri: c for c in cluster_events([plan, held])}
    assert len(clusters) == 2
    assert [p.iri for p in clusters[EVENT_NS + "held"].fulfils] == [clusters[EVENT_NS + "plan"].iri]
    week = rec("plan-week", "2024-08-19", status="planned", precision="week")
    assert [len(c.fulfils) for c in cluster_events([week, held]) if c.representative.status == "reported"] == [1]


def test_the_iri_depends_on_the_reports_not_their_order():
    records = [rec(f"r{i}", day, precision=p) for i, (day, p) in enumerate(
        [("2024-08-21", "day"), ("2024-08-21", "day"), ("2024-08-01", "month"), ("2024-09-03", "day")])]
    first = {c.iri: sorted(m.iri for m in c.members) for c in cluster_events(records)}
    for seed in range(5):
        random.Random(seed).shuffle(records)
        assert {c.iri: sorted(m.iri for m in c.members) for c in cluster_events(records)} == first


def test_a_later_report_of_the_same_day_keeps_the_iri_and_a_finer_one_keeps_the_old_as_alias():
    first = cluster_events([rec("press", "2024-08-21")])[0]
    again = cluster_events([rec("press", "2024-08-21"), rec("agency", "2024-08-21")])[0]
    assert again.iri == first.iri
    month = cluster_events([rec("month", "2024-08-01", precision="month")])[0]
    finer = cluster_events([rec("month", "2024-08-01", precision="month"), rec("day", "2024-08-21")])[0]
    assert finer.iri != month.iri and month.iri in finer.aliases


def test_undated_reports_join_only_in_their_own_document():
    def undated(iri: str, doc: str, **places: str) -> EventRecord:
        return EventRecord(EVENT_NS + iri, "Visit", "reported", (A,), None,
                           places=frozenset(f"{k}={v}" for k, v in places.items()), documents=(doc,))
    records = [undated("u1", "d1"), undated("u2", "d1", destination="<kz>"), undated("u3", "d2"),
               undated("u4", "d1", destination="<jp>"), rec("dated", "2024-01-02", kind="Visit", who=(A,))]
    assert groups(records) == [["dated"], ["u1", "u2"], ["u3"], ["u4"]]


DKG = "https://w3id.org/diplomacy-kg/ontology#"


def part(event: str, report: str, doc: str, day: str, label: str) -> str:
    e, r = f"<{EVENT_NS}{event}>", f"<https://w3id.org/diplomacy-kg/report/{report}>"
    return "\n".join([
        f"{e} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{DKG}Meeting> .",
        f"{e} <{DKG}participant> <https://w3id.org/diplomacy-kg/id/person/a> .",
        f"{e} <{DKG}participant> <https://w3id.org/diplomacy-kg/id/person/b> .",
        f'{e} <{DKG}status> "reported" .',
        f'{e} <{DKG}date> "{day}"^^<http://www.w3.org/2001/XMLSchema#date> .',
        f'{e} <{DKG}datePrecision> "day" .',
        f'{e} <http://www.w3.org/2000/01/rdf-schema#label> "{label}"@kk .',
        f"{e} <http://www.w3.org/ns/prov#wasDerivedFrom> <https://w3id.org/diplomacy-kg/doc/{doc}> .",
        f"{r} <{DKG}reportOf> {e} .",
        f'{r} <{DKG}evidence> "sentence of {doc}"@kk .',
    ]) + "\n"


def test_the_pass_moves_every_report_onto_one_event_with_one_label_and_date():
    parts = [part("x1", "r1", "d1", "2024-08-21", "Кездесу: A – B"), part("x2", "r2", "d2", "2024-08-21", "Кездесу: Ә – Б")]
    rewrite = event_identity_rewrite(parts)
    lines = {line for p in parts for line in rewrite(p).splitlines()}
    events = {line.split()[0] for line in lines if line.startswith(f"<{EVENT_NS}")}
    assert len(events) == 1
    event = events.pop()
    assert sum(f"<{DKG}reportOf> {event}" in line for line in lines) == 2
    assert sum(line.startswith(f"{event} <http://www.w3.org/2000/01/rdf-schema#label>") for line in lines) == 1
    assert sum(line.startswith(f"{event} <{DKG}date>") for line in lines) == 1
    assert sum(line.startswith(f"{event} <http://www.w3.org/ns/prov#wasDerivedFrom>") for line in lines) == 2
    assert {line for line in lines if "evidence" in line} == {line for p in parts for line in p.splitlines()
                                                              if "evidence" in line}
