"""The event queries of queries/ (timeline, planned events, phone calls, agreements by
sector, leaders as of a date) on the graph of the test corpus of event sentences."""
from __future__ import annotations

from pathlib import Path

import pytest

EVENTS = Path(__file__).resolve().parents[1] / "data" / "events.jsonl"


@pytest.fixture(scope="module")
def events_graph(tmp_path_factory) -> Path:
    from kg.cli import main

    out = tmp_path_factory.mktemp("events-build")
    assert main(["build", str(EVENTS), "--out", str(out), "--quiet", "--no-html"]) == 0
    return out / "graph.ttl"


def rows(kg_json, name: str, graph: Path, **params: str) -> list[dict]:
    args = [name, "--graph", str(graph)]
    for key, value in params.items():
        args += ["--param", f"{key}={value}"]
    return kg_json(*args)


def test_the_events_graph_conforms_to_the_shapes(kg, events_graph):
    status, out, err = kg("validate", events_graph)
    assert status == 0, out + err


def test_timeline_between_two_countries(kg_json, events_graph):
    found = rows(kg_json, "event-timeline", events_graph, countryA="Қазақстан", countryB="id:country/uzbekistan")
    assert [(r["date"], r["kind"], r["status"]) for r in found] == [
        ("2024-03-12", "AgreementSigning", "reported"), ("2024-03-12", "Meeting", "reported"),
        ("2024-09-14", "Summit", "planned")]
    dated = rows(kg_json, "event-timeline", events_graph, countryA="Қазақстан", countryB="Өзбекстан",
                 **{"from": "2024-04-01", "to": "2024-12-31"})
    assert [r["kind"] for r in dated] == ["Summit"]


def test_planned_events_after_a_date(kg_json, events_graph):
    found = rows(kg_json, "planned-events", events_graph, after="2024-09-01")
    assert [(r["date"], r["type"]) for r in found] == [
        ("2024-09-14", "Summit"), ("2024-10-01", "Visit"), ("2024-12-01", "Visit")]
    assert {r["precision"] for r in found if r["type"] == "Visit"} == {"month"}
    visits = rows(kg_json, "planned-events", events_graph, kind="Visit")
    assert {r["place"] for r in visits} == {"Германия", "Жапония"}


def test_phone_calls_of_a_person(kg_json, events_graph):
    found = rows(kg_json, "phone-calls", events_graph, person="Тоқаев")
    assert {(r["other"], r["status"], r["date"]) for r in found} == {
        ("Ильхам Әлиев", "reported", "2024-04-02"), ("Эммануэль Макрон", "planned", "2024-04-03")}


def test_agreements_by_sector(kg_json, events_graph):
    found = rows(kg_json, "agreements-by-sector", events_graph, sector="Energy")
    assert [(r["documentKind"], r["party"], r["status"]) for r in found] == [
        ("келісім", "Қазақстан", "reported"), ("келісім", "Өзбекстан", "reported")]
    assert rows(kg_json, "agreements-by-sector", events_graph, sector="sector:Water")[0]["status"] == "planned"


def test_leaders_as_of_a_date(kg_json, events_graph):
    in_2019 = rows(kg_json, "leaders-as-of", events_graph, date="2019-01-01", of="Қазақстан")
    assert [r["leaderLabel"] for r in in_2019] == ["Нұрсұлтан Назарбаев"]
    in_2025 = rows(kg_json, "leaders-as-of", events_graph, date="2025-01-01", of="Қазақстан")
    assert {r["leaderLabel"] for r in in_2025} == {"Қасым-Жомарт Тоқаев", "Олжас Бектенов"}
