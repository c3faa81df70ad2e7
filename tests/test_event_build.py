"""Reports of one meeting in several documents build one event node with every report
kept (sentences written for these tests, not news text)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, RDF
from rdflib.namespace import PROV

from kg.build import BuildOptions, build

DKG = Namespace("https://w3id.org/diplomacy-kg/ontology#")
DOC = Namespace("https://w3id.org/diplomacy-kg/doc/")
MEETING = "Қасым-Жомарт Тоқаев {when} Әзербайжан Президенті Ильхам Әлиевпен {verb}."
DOCS = [  # (id, date of the paper, text)
    ("a-press", "2024-08-21", "Мемлекет басшысы " + MEETING.format(when="бүгін Ақордада", verb="кездесті")),
    ("b-agency", "2024-08-21", MEETING.format(when="2024 жылғы 21 тамызда Астанада", verb="келіссөздер жүргізді")),
    ("c-next-day", "2024-08-22", "Кеше Астанада " + MEETING.format(when="", verb="кездесті").replace("  ", " ")),
    ("d-month-later", "2024-09-20", MEETING.format(when="2024 жылғы 20 қыркүйекте", verb="кездесті")),
    ("e-call", "2024-08-21", MEETING.format(when="бүгін", verb="телефон арқылы сөйлесті")),
    ("f-plan", "2024-08-20", "Ертең " + MEETING.format(when="Астанада", verb="кездеседі")),
]


def write(path: Path, docs) -> Path:
    path.write_text("".join(json.dumps({"id": i, "date": d, "text": t}, ensure_ascii=False) + "\n"
                            for i, d, t in docs), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("events")
    build([str(write(out / "news.jsonl", DOCS))], BuildOptions(out_dir=out / "whole", html=False, quiet=True))
    return out


@pytest.fixture(scope="module")
def graph(built) -> Graph:
    return Graph().parse(built / "whole" / "graph.ttl")


def events(graph: Graph, kind, status: str = "reported") -> list:
    return sorted((e for e in graph.subjects(RDF.type, kind) if (e, DKG.status, Literal(status)) in graph), key=str)


def test_three_reports_of_one_meeting_are_one_meeting_with_three_sources(graph):
    meetings = events(graph, DKG.Meeting)
    assert len(meetings) == 2  # the talks of 21 August, and the meeting a month later
    by_date = {str(graph.value(m, DKG.date)): m for m in meetings}
    assert set(by_date) == {"2024-08-21", "2024-09-20"}
    talks = by_date["2024-08-21"]
    assert set(graph.objects(talks, PROV.wasDerivedFrom)) == {DOC["a-press"], DOC["b-agency"], DOC["c-next-day"]}
    reports = set(graph.subjects(DKG.reportOf, talks))
    assert len(reports) == 3
    for report in reports:  # each report keeps its own sentence, offsets, extractor and document
        assert graph.value(report, DKG.evidence) is not None and graph.value(report, DKG.extractor) is not None
        assert graph.value(report, DKG.charStart) is not None and graph.value(report, PROV.wasDerivedFrom) is not None
    assert len(list(graph.objects(talks, DKG.date))) == 1 and len(list(graph.objects(talks, DKG.evidence))) == 0


def test_the_phone_call_of_the_same_day_is_not_the_meeting(graph):
    calls = events(graph, DKG.PhoneCall)
    assert len(calls) == 1 and (calls[0], RDF.type, DKG.Meeting) not in graph
    assert set(graph.objects(calls[0], PROV.wasDerivedFrom)) == {DOC["e-call"]}


def test_the_planned_meeting_and_the_held_one_are_two_linked_nodes(graph):
    plans = events(graph, DKG.Meeting, "planned")
    assert len(plans) == 1
    held = list(graph.subjects(DKG.fulfils, plans[0]))
    assert len(held) == 1 and str(graph.value(held[0], DKG.date)) == "2024-08-21"


def test_queries_count_events_not_reports(kg_json, built):
    timeline = kg_json("event-timeline", "--graph", str(built / "whole" / "graph.ttl"))
    assert [(r["date"], r["kind"], r["status"], int(r["reports"])) for r in timeline] == [
        ("2024-08-21", "Meeting", "planned", 1), ("2024-08-21", "Meeting", "reported", 3),
        ("2024-08-21", "PhoneCall", "reported", 1), ("2024-09-20", "Meeting", "reported", 1)]
    talks = next(r for r in timeline if r["reports"] == "3" or r["reports"] == 3)
    assert sorted(talks["documents"].split()) == ["a-press", "b-agency", "c-next-day"]
    reports = kg_json("event-reports", "--graph", str(built / "whole" / "graph.ttl"), "--param",
                      f"event={talks['event']}")
    assert [r["docId"] for r in reports] == ["a-press", "b-agency", "c-next-day"]
    meetings = kg_json("meetings-by-date", "--graph", str(built / "whole" / "graph.ttl"), "--param", "from=2024-08-21")
    assert [(r["date"], r["status"], int(r["reports"])) for r in meetings] == [
        ("2024-08-21", "planned", 1), ("2024-08-21", "reported", 3), ("2024-09-20", "reported", 1)]


def test_same_graph_built_at_once_or_document_by_document(built):
    step = built / "step"
    news = built / "news.jsonl"  # the same file as the whole build read: its path is each document's source
    talks = []
    for n in range(1, len(DOCS) + 1):  # the archive grows one document a day
        build([str(write(news, DOCS[:n]))], BuildOptions(out_dir=step, html=False, quiet=True))
        if n <= 3:  # the press service's report, then the agency's, then the next day's paper
            talks += events(Graph().parse(step / "graph.ttl"), DKG.Meeting)
    assert len(set(talks)) == 1  # later reports joined the event and left its IRI as it was
    assert (built / "whole" / "graph.ttl").read_text(encoding="utf-8") == \
        (step / "graph.ttl").read_text(encoding="utf-8")
