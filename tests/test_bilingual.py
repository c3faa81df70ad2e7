"""A Kazakh and a Russian report of the same talks build one graph: one node per
person and per country whichever language named them, met from both reports, one
Meeting with a report in each language, the Russian report's sectors and date, and a planned Russian visit as a planned Visit
with no met.  The sentences are written for this test."""
from __future__ import annotations

import json

import pytest
from rdflib import RDF, Graph, Literal, Namespace
from rdflib.namespace import DCTERMS, PROV, RDFS

from kg.cli import main

DKG = Namespace("https://w3id.org/diplomacy-kg/ontology#")
ID = Namespace("https://w3id.org/diplomacy-kg/id/")
SECTOR = Namespace("https://w3id.org/diplomacy-kg/sector/")

KAZAKH = ("Қазақстан Президенті Қасым-Жомарт Тоқаев Ақордада Өзбекстан Президенті Шавкат Мирзиёевпен "
          "кездесті. Тараптар сауда-экономикалық ынтымақтастықты талқылады.")
RUSSIAN = ("12 марта 2024 года Президент Казахстана Касым-Жомарт Токаев встретился с Президентом Узбекистана "
           "Шавкатом Мирзиёевым в Акорде. Стороны договорились расширять торгово-экономическое и "
           "культурно-гуманитарное сотрудничество между Казахстаном и Узбекистаном.\n"
           "В апреле Касым-Жомарт Токаев посетит Турцию, где встретится с Президентом Турции Реджепом "
           "Тайипом Эрдоганом.")


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> Graph:
    folder = tmp_path_factory.mktemp("bilingual")
    news = folder / "news.jsonl"
    news.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in (
        {"id": "kk-talks", "date": "2024-03-12", "text": KAZAKH},
        {"id": "ru-talks", "date": "2024-03-12", "text": RUSSIAN})), encoding="utf-8")
    assert main(["build", str(news), "--out", str(folder / "out"), "--no-html", "--quiet"]) == 0
    g = Graph()
    g.parse(folder / "out" / "graph.ttl")
    return g


def nodes_labelled(graph: Graph, cls, *labels: str) -> set:
    return {s for s in graph.subjects(RDF.type, cls)
            if {str(o) for o in graph.objects(s, RDFS.label)} & set(labels)}


def test_one_node_per_person_and_country_in_both_languages(graph):
    assert nodes_labelled(graph, DKG.Person, "Қасым-Жомарт Тоқаев", "Касым-Жомарт Токаев") == \
        {ID["person/kassym-jomart-tokayev"]}
    assert nodes_labelled(graph, DKG.Person, "Шавкат Мирзиёев") == {ID["person/shavkat-mirziyoyev"]}
    for iri, kk, ru in (("country/kazakhstan", "Қазақстан", "Казахстан"),
                        ("country/uzbekistan", "Өзбекстан", "Узбекистан")):
        assert nodes_labelled(graph, DKG.Country, kk, ru) == {ID[iri]}
        assert (ID[iri], RDFS.label, Literal(kk, lang="kk")) in graph
        assert (ID[iri], RDFS.label, Literal(ru, lang="ru")) in graph


def statements(graph: Graph, s, p, o) -> set[str]:
    """The documents a fact is derived from."""
    found = set()
    for st in graph.subjects(RDF.subject, s):
        if (st, RDF.predicate, p) in graph and (st, RDF.object, o) in graph:
            found |= {str(graph.value(d, DCTERMS.identifier)) for d in graph.objects(st, PROV.wasDerivedFrom)}
    return found


def test_met_from_both_reports_with_evidence_in_its_language(graph):
    tokayev, mirziyoyev = ID["person/kassym-jomart-tokayev"], ID["person/shavkat-mirziyoyev"]
    a, b = sorted((tokayev, mirziyoyev))
    assert statements(graph, a, DKG.met, b) == {"kk-talks", "ru-talks"}
    languages = {o.language for o in graph.objects(None, DKG.evidence)}
    assert {"kk", "ru"} <= languages
    assert {str(o) for o in graph.objects(None, DCTERMS.language)} == {"kk", "ru"}


def test_the_russian_reports_sectors_and_date(graph):
    kazakhstan = ID["country/kazakhstan"]
    for code in ("Trade", "Economy", "Culture", "Humanitarian"):
        assert "ru-talks" in statements(graph, kazakhstan, DKG.cooperatesOn, SECTOR[code])
    meetings = {e for e in graph.subjects(RDF.type, DKG.Meeting) if (e, DKG.participant, ID["person/shavkat-mirziyoyev"]) in graph}
    assert len(meetings) == 1  # one event, reported in two languages
    reports = [r for r in graph.subjects(DKG.reportOf, meetings.pop())
               if str(graph.value(graph.value(r, PROV.wasDerivedFrom), DCTERMS.identifier)) == "ru-talks"]
    assert [(str(graph.value(r, DKG.date)), str(graph.value(r, DKG.dateBasis))) for r in reports] == \
        [("2024-03-12", "text")]


def test_a_planned_russian_visit_is_a_planned_visit_and_no_met(graph):
    tokayev, erdogan = ID["person/kassym-jomart-tokayev"], ID["person/recep-tayyip-erdogan"]
    visits = list(graph.subjects(DKG.destination, ID["country/turkey"]))
    assert len(visits) == 1 and (visits[0], RDF.type, DKG.Visit) in graph
    assert str(graph.value(visits[0], DKG.status)) == "planned"
    assert (tokayev, DKG.met, erdogan) not in graph and (erdogan, DKG.met, tokayev) not in graph
