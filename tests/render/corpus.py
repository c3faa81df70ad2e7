"""A corpus of 100+ documents for the page tests, and a dated graph written by hand.

The shared real-news set is used when it is there (stripped to id + text into
a temporary folder: its text never enters the repository); otherwise a corpus
is generated from sentences written here, filled with leaders, countries and
cities from the gazetteer.  The dated graph stands for what dated events will
look like (``dkg:date``, ``dkg:endDate``, ``dkg:status``, ``dkg:observedOn``).
"""

from __future__ import annotations

import csv
import json
import os
import random
from pathlib import Path

from rdflib import Graph

ROOT = Path(__file__).resolve().parents[2]
REALNEWS = ROOT.parent / "shared" / "data" / "realnews" / "realnews_dev.jsonl"
GAZETTEER = ROOT / "kg" / "data" / "gazetteer"
MIN_DOCS = 100

SECTORS = ("сауда-экономикалық", "энергетика", "көлік-логистика", "мәдени-гуманитарлық", "инвестициялық",
           "ауыл шаруашылығы")


def _rows(name: str) -> list[dict[str, str]]:
    with open(GAZETTEER / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _with(word: str) -> str:
    """The Kazakh instrumental ending (-мен/-бен/-пен) of a name."""
    last = word[-1].lower()
    if last in "аәеёиоөұүыіэюяуйлмнңр":
        return word + "мен"
    if last in "жз":
        return word + "бен"
    return word + "пен"


def generated_documents(n: int = 120, seed: int = 0) -> list[dict]:
    """n short press-style reports, a day apart from 2024-01-01, each with a title and date."""
    rng = random.Random(seed)
    countries = {r["id"]: r for r in _rows("countries.tsv")}
    leaders = [r for r in _rows("leaders.tsv")
               if r["current"] == "1" and r["role"] == "president" and r["country"] in countries
               and r["country"] != "kazakhstan"][:30]
    kz_cities = [r["kk"] for r in _rows("cities.tsv") if r["country"] == "kazakhstan"][:20]
    orgs = [r["kk"] for r in _rows("organizations.tsv")][:40]
    docs = []
    for i in range(n):
        guest = rng.choice(leaders)
        country = countries[guest["country"]]["kk"]
        city = rng.choice(kz_cities)
        sector = rng.choice(SECTORS)
        text = (f"Мемлекет басшысы Қасым-Жомарт Тоқаев {country} Президенті {_with(guest['kk'])} кездесті. "
                f"Кездесу {city} қаласында өтті. "
                f"Тараптар Қазақстан мен {country} арасындағы {sector} ынтымақтастықты талқылады. "
                f"Іс-шараға {rng.choice(orgs)} өкілдері де қатысты.")  # an entity with no relation
        day = f"2024-{1 + (i // 28) % 12:02d}-{1 + i % 28:02d}"
        docs.append({"id": f"gen-{i:03d}", "text": text, "title": f"Тоқаев пен {guest['kk']} кездесті",
                     "date": day})
    return docs


def corpus_documents() -> tuple[list[dict], str]:
    """The documents (id + text, and title/date when generated) and where they came from.

    ``KG_TEST_CORPUS=generated`` forces the generated corpus where the real one exists.
    """
    if REALNEWS.exists() and os.environ.get("KG_TEST_CORPUS") != "generated":
        with open(REALNEWS, encoding="utf-8") as fh:
            docs = [{"id": d["id"], "text": d["text"]} for d in map(json.loads, fh) if d.get("text")]
        if len(docs) >= MIN_DOCS:
            return docs, "realnews"
    return generated_documents(), "generated"


def build_corpus(folder: Path) -> tuple[Graph, int, str]:
    """Build the corpus with ``kg build`` into folder; the graph, its document count and source."""
    from kg.cli import main

    docs, source = corpus_documents()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "corpus.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    assert main(["build", str(path), "--out", str(folder / "out"), "--quiet", "--no-html"]) == 0
    return Graph().parse(folder / "out" / "graph.ttl"), len(docs), source


DATED_TTL = """\
@prefix dkg: <https://w3id.org/diplomacy-kg/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix person: <https://w3id.org/diplomacy-kg/id/person/> .
@prefix country: <https://w3id.org/diplomacy-kg/id/country/> .
@prefix city: <https://w3id.org/diplomacy-kg/id/city/> .
@prefix doc: <https://w3id.org/diplomacy-kg/doc/> .
@prefix event: <https://w3id.org/diplomacy-kg/event/> .
@prefix stmt: <https://w3id.org/diplomacy-kg/stmt/> .

person:tokayev a dkg:Leader, dkg:Person ; rdfs:label "Қасым-Жомарт Тоқаев"@kk ; dkg:leaderOf country:kazakhstan .
person:putin a dkg:Leader, dkg:Person ; rdfs:label "Владимир Путин"@kk ; dkg:leaderOf country:russia .
person:erdogan a dkg:Leader, dkg:Person ; rdfs:label "Реджеп Тайип Ердоған"@kk .
person:xi a dkg:Leader, dkg:Person ; rdfs:label "Си Цзиньпин"@kk .
person:loner a dkg:Person ; rdfs:label "Жалғыз Адам"@kk .
country:kazakhstan a dkg:Country ; rdfs:label "Қазақстан"@kk ; dkg:cooperatesWith country:russia .
country:russia a dkg:Country ; rdfs:label "Ресей"@kk .
city:moscow a dkg:City ; rdfs:label "Мәскеу"@kk ; dkg:locatedIn country:russia .
city:beijing a dkg:City ; rdfs:label "Бейжің"@kk .

doc:d1 a dkg:Document ; dcterms:identifier "d1" ; dcterms:title "Мәскеудегі кездесу"@kk ;
    dcterms:date "2024-03-10"^^xsd:date ; dcterms:source "https://example.org/news/d1" .
doc:d2 a dkg:Document ; dcterms:identifier "d2" ; dcterms:title "Телефон арқылы сөйлесу"@kk ;
    dcterms:date "2024-06-02"^^xsd:date ; dcterms:source "corpus/d2.txt" .
doc:d3 a dkg:Document ; dcterms:identifier "d3" ; dcterms:title "Бейжіңге сапар"@kk ;
    dcterms:date "2024-08-20"^^xsd:date ; dcterms:source "corpus/d3.txt" .

event:m1 a dkg:Meeting, dkg:Event ; rdfs:label "Тоқаев пен Путиннің кездесуі"@kk ;
    dkg:participant person:tokayev, person:putin ; dkg:heldIn city:moscow ;
    dkg:date "2024-03-10"^^xsd:date ; dkg:status "reported" ; prov:wasDerivedFrom doc:d1 .
event:c1 a dkg:PhoneCall, dkg:Event ; rdfs:label "Тоқаев пен Ердоғанның телефон арқылы сөйлесуі"@kk ;
    dkg:participant person:tokayev, person:erdogan ;
    dkg:date "2024-06-02"^^xsd:date ; dkg:status "reported" ; prov:wasDerivedFrom doc:d2 .
event:v1 a dkg:Visit, dkg:Event ; rdfs:label "Тоқаевтың Бейжіңге сапары"@kk ;
    dkg:participant person:tokayev, person:xi ; dkg:heldIn city:beijing ;
    dkg:date "2024-09-15"^^xsd:date ; dkg:endDate "2024-09-17"^^xsd:date ; dkg:status "planned" ;
    prov:wasDerivedFrom doc:d3 .

stmt:s1 a rdf:Statement ; rdf:subject person:tokayev ; rdf:predicate dkg:leaderOf ; rdf:object country:kazakhstan ;
    prov:wasDerivedFrom doc:d1 ; dkg:evidence "Қазақстан Президенті Қасым-Жомарт Тоқаев."@kk ;
    dkg:observedOn "2024-03-10"^^xsd:date .
stmt:s2 a rdf:Statement ; rdf:subject person:putin ; rdf:predicate dkg:leaderOf ; rdf:object country:russia ;
    prov:wasDerivedFrom doc:d1 ; dkg:evidence "Ресей Президенті Владимир Путин."@kk ;
    dkg:observedOn "2024-03-10"^^xsd:date .
stmt:s3 a rdf:Statement ; rdf:subject country:kazakhstan ; rdf:predicate dkg:cooperatesWith ; rdf:object country:russia ;
    prov:wasDerivedFrom doc:d2 ; dkg:evidence "Қазақстан мен Ресей ынтымақтасады."@kk .
stmt:s4 a rdf:Statement ; rdf:subject city:moscow ; rdf:predicate dkg:locatedIn ; rdf:object country:russia ;
    dkg:basis "background" .
"""

#: What the dated graph must show (nodes, edges), isolates hidden: everything but the loner.
DATED_ALL = (11, 12)
#: 2024-01-01 – 2024-04-30: the Moscow meeting (2 participant edges, heldIn) and both dated leaderOf.
DATED_SPRING = (6, 5)
#: 2024-09-16 – 2024-12-31: only the visit, which lasts 15–17 September.
DATED_AUTUMN = (4, 3)
#: Events as edges: 3 participant pairs + 2 leaderOf + cooperatesWith + locatedIn; Beijing was only a place.
DATED_COLLAPSED = (7, 7)
#: Document d1: its two leaderOf statements and the meeting derived from it.
DATED_DOC_D1 = (6, 5)


def dated_graph() -> Graph:
    return Graph().parse(data=DATED_TTL, format="turtle")
