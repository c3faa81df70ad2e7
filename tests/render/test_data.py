"""kg.render.data: what the page's JSON says about documents, dates, events and isolates."""

from __future__ import annotations

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from kg.render.data import collect
from kg.render.page_data import page_data

DKG = Namespace("https://w3id.org/diplomacy-kg/ontology#")


def _by(rows, key="id"):
    return {r[key]: r for r in rows}


def test_event_dates_status_and_span(dated_ttl):
    data = page_data(Graph().parse(dated_ttl))
    nodes = _by(data["nodes"])
    assert nodes["event:m1"]["c"] == "Meeting" and nodes["event:m1"]["date"] == "2024-03-10"
    assert nodes["event:m1"]["st"] == "reported" and "end" not in nodes["event:m1"]
    assert nodes["event:c1"]["c"] == "PhoneCall"
    visit = nodes["event:v1"]
    assert (visit["c"], visit["date"], visit["end"], visit["st"]) == ("Visit", "2024-09-15", "2024-09-17", "planned")
    assert data["meta"]["days"] == ["2024-03-10", "2024-06-02", "2024-09-15", "2024-09-17"]
    assert data["meta"]["classes"]["Visit"]["event"] is True
    assert data["meta"]["classes"]["Leader"]["event"] is False


def test_fact_dates_come_from_observed_on_event_or_document(dated_ttl):
    edges = {(e["r"], e["f"], e["t"]): e for e in page_data(Graph().parse(dated_ttl))["edges"]}
    # dkg:observedOn on the statement
    assert edges[("leaderOf", "person:tokayev", "country:kazakhstan")]["dt"] == ["2024-03-10"]
    # no observedOn: the date of the document it was derived from
    assert edges[("cooperatesWith", "country:kazakhstan", "country:russia")]["dt"] == ["2024-06-02"]
    # an event's edges carry the event's span, not its document's date (2024-08-20)
    assert edges[("participant", "event:v1", "person:xi")]["dt"] == ["2024-09-15/2024-09-17"]
    assert edges[("heldIn", "event:m1", "city:moscow")]["dt"] == ["2024-03-10"]
    # background knowledge: no date, no document
    located = edges[("locatedIn", "city:moscow", "country:russia")]
    assert "dt" not in located and "ds" not in located


def test_documents_listed_with_fact_counts(dated_ttl):
    data = page_data(Graph().parse(dated_ttl))
    docs = data["docs"]
    assert [d["id"] for d in docs] == ["d3", "d2", "d1"]  # newest first
    d1 = docs[2]
    assert d1 == {"id": "d1", "n": 5, "t": "Мәскеудегі кездесу", "d": "2024-03-10",
                  "s": "https://example.org/news/d1"}
    # the edges name their documents by index: events by prov:wasDerivedFrom, facts by their statement
    in_d1 = sorted((e["r"], e["f"]) for e in data["edges"] if 2 in e.get("ds", ()))
    assert in_d1 == [("heldIn", "event:m1"), ("leaderOf", "person:putin"), ("leaderOf", "person:tokayev"),
                     ("participant", "event:m1"), ("participant", "event:m1")]


def test_isolates_flagged_and_counted(dated_ttl):
    data = page_data(Graph().parse(dated_ttl))
    assert [n["id"] for n in data["nodes"] if n.get("iso")] == ["person:loner"]
    assert data["meta"]["isolates"] == 1


def test_events_collapse_into_participant_edges(dated_ttl):
    data = page_data(Graph().parse(dated_ttl))
    collapsed = {(e["f"], e["t"]): e for e in data["collapsed"]}
    assert set(collapsed) == {("person:putin", "person:tokayev"), ("person:erdogan", "person:tokayev"),
                              ("person:tokayev", "person:xi")}
    visit = collapsed[("person:tokayev", "person:xi")]
    assert visit["r"] == "Visit" and visit["via"] == "event:v1"
    assert visit["dt"] == ["2024-09-15/2024-09-17"] and visit["ds"] == [0]
    assert all(e["id"].startswith("x") for e in data["collapsed"])


def test_event_with_one_participant_collapses_onto_its_place():
    g = Graph()
    ev, person, city = URIRef("urn:e"), URIRef("urn:p"), URIRef("urn:c")
    g.add((ev, RDF.type, DKG.Visit))
    g.add((person, RDF.type, DKG.Leader))
    g.add((city, RDF.type, DKG.City))
    g.add((ev, DKG.participant, person))
    g.add((ev, DKG.heldIn, city))
    [edge] = collect(g).collapsed
    assert (edge.source, edge.target, edge.rel, edge.via) == (person, city, "Visit", ev)


def test_event_edges_without_statements_take_the_events_evidence():
    """What builders before event reports wrote: evidence and document on the meeting node itself."""
    g = Graph()
    ev, a, b, doc = URIRef("urn:m"), URIRef("urn:a"), URIRef("urn:b"), URIRef("urn:doc")
    g.add((ev, RDF.type, DKG.Meeting))
    g.add((ev, RDF.type, DKG.Event))
    for p in (a, b):
        g.add((p, RDF.type, DKG.Person))
        g.add((ev, DKG.participant, p))
    g.add((ev, PROV.wasDerivedFrom, doc))
    g.add((ev, DKG.evidence, Literal("Екеуі кездесті.", lang="kk")))
    g.add((doc, RDF.type, DKG.Document))
    g.add((doc, DCTERMS.identifier, Literal("n-1")))
    g.add((doc, DCTERMS.date, Literal("2025-01-31", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))))
    data = page_data(g)
    part = [e for e in data["edges"] if e["r"] == "participant"]
    assert len(part) == 2
    for e in part:
        assert e["ev"][0][:2] == ["Екеуі кездесті.", "n-1"] and e["ds"] == [0]
        assert e["dt"] == ["2025-01-31"]  # no event date: the document's
    assert data["nodes"][[n["id"] for n in data["nodes"]].index("urn:m")]["c"] == "Meeting"


def test_one_event_node_with_each_of_its_reports_as_evidence():
    """Two documents report one meeting: one node, both sentences in its evidence panel."""
    g = Graph()
    ev, a, b = URIRef("urn:m"), URIRef("urn:a"), URIRef("urn:b")
    g.add((ev, RDF.type, DKG.Meeting))
    g.add((ev, RDF.type, DKG.Event))
    for p in (a, b):
        g.add((p, RDF.type, DKG.Person))
        g.add((ev, DKG.participant, p))
    for n, sentence in enumerate(("Екеуі бүгін кездесті.", "Екеуі кеше кездесті.")):
        report, doc = URIRef(f"urn:r{n}"), URIRef(f"urn:doc{n}")
        g.add((ev, PROV.wasDerivedFrom, doc))
        g.add((report, RDF.type, DKG.EventReport))
        g.add((report, DKG.reportOf, ev))
        g.add((report, PROV.wasDerivedFrom, doc))
        g.add((report, DKG.evidence, Literal(sentence, lang="kk")))
        g.add((report, DKG.extractor, Literal("meetings")))
        g.add((doc, RDF.type, DKG.Document))
        g.add((doc, DCTERMS.identifier, Literal(f"n-{n}")))
    data = page_data(g)
    assert [n["id"] for n in data["nodes"] if n["c"] == "Meeting"] == ["urn:m"]
    assert not [n for n in data["nodes"] if n["id"].startswith("urn:r")]  # reports are no nodes
    for e in (e for e in data["edges"] if e["r"] == "participant"):
        assert sorted(item[:3] for item in e["ev"]) == [["Екеуі бүгін кездесті.", "n-0", "meetings"],
                                                      ["Екеуі кеше кездесті.", "n-1", "meetings"]]


def test_sector_labels_from_the_scheme_when_the_graph_has_none():
    g = Graph()
    kz, trade = URIRef("https://w3id.org/diplomacy-kg/id/country/kazakhstan"), \
        URIRef("https://w3id.org/diplomacy-kg/sector/Trade")
    g.add((kz, RDF.type, DKG.Country))
    g.add((kz, RDFS.label, Literal("Қазақстан", lang="kk")))
    g.add((kz, DKG.cooperatesOn, trade))
    node = _by(page_data(g)["nodes"])["sector:Trade"]
    assert node["c"] == "Sector" and node["l"]["kk"] == "Сауда" and node["l"]["en"] == "Trade"


def test_no_dates_no_days(small_graph):
    g = Graph()
    for s, p, o in small_graph:
        if p != DCTERMS.date:
            g.add((s, p, o))
    data = page_data(g)
    assert data["meta"]["days"] == []
    assert not any("dt" in e for e in data["edges"] + data["collapsed"])


def test_regions_are_their_own_class():
    """dkg:Region (oblasts, districts, parts of the world) is drawn as a region, never as a city."""
    g = Graph()
    region, kz = URIRef("urn:turkistan-region"), URIRef("urn:kz")
    g.add((region, RDF.type, DKG.Region))
    g.add((region, RDFS.label, Literal("Түркістан облысы", lang="kk")))
    g.add((kz, RDF.type, DKG.Country))
    g.add((region, DKG.locatedIn, kz))
    data = page_data(g)
    assert _by(data["nodes"])["urn:turkistan-region"]["c"] == "Region"
    assert data["meta"]["classes"]["Region"]["kk"] == "Өңір"
