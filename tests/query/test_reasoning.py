"""OWL 2 RL closure (kg.reason) and `kg query --reason`."""
from __future__ import annotations

import pytest
from rdflib import RDF, Graph

from kg.query import available, read_graph, run_query
from kg.rdf import DKG, ID
from kg.reason import closure


@pytest.fixture(scope="module")
def plain(sample_graph) -> Graph:
    return read_graph(sample_graph)


@pytest.fixture(scope="module")
def closed(plain) -> Graph:
    return closure(plain)


def test_closure_adds_both_directions_of_met(plain, closed):
    q = "SELECT ?x ?y WHERE { ?x dkg:met ?y }"
    _, before = run_query(q, graph=plain)
    _, after = run_query(q, graph=closed)
    pairs = {(str(x), str(y)) for x, y in after}
    assert len(before) == 1 and len(after) == 2
    assert pairs == {(a, b) for a, b in pairs} and all((b, a) in pairs for a, b in pairs)
    assert len(closed) > len(plain)


def test_closure_leaves_its_input_alone(sample_graph):
    g = read_graph(sample_graph)
    n = len(g)
    closure(g)
    assert len(g) == n


def test_an_events_former_iri_stays_a_link():
    """An event owl:sameAs the IRI an earlier build gave it: counted once, with or without the closure."""
    from rdflib import OWL
    from kg.rdf import EVENT

    g = Graph()
    g.add((EVENT["now"], RDF.type, DKG.Meeting))
    g.add((EVENT["now"], OWL.sameAs, EVENT["before"]))
    closed = closure(g)
    assert (EVENT["before"], RDF.type, DKG.Event) not in closed
    assert (EVENT["now"], RDF.type, DKG.Event) in closed and (EVENT["now"], OWL.sameAs, EVENT["before"]) in closed


def test_a_leader_is_a_person(plain):
    g = Graph()
    for t in plain:
        g.add(t)
    aliyev = ID["person/ilham-aliyev"]
    g.remove((aliyev, RDF.type, DKG.Person))  # keep only dkg:Leader
    assert (aliyev, RDF.type, DKG.Person) not in g
    assert (aliyev, RDF.type, DKG.Person) in closure(g)


def test_kg_query_reason_flag(kg, sample_graph):
    status, out, err = kg("query", "SELECT ?x ?y WHERE { ?x dkg:met ?y }", "--graph", sample_graph,
                          "--reason", "--format", "csv")
    assert status == 0, err
    assert len(out.strip().splitlines()) == 3  # header + both directions
    status, out, err = kg("query", "ASK { <https://w3id.org/diplomacy-kg/id/person/ilham-aliyev> a dkg:Person }", "--graph", sample_graph, "--reason")
    assert status == 0 and "true" in out


@pytest.mark.parametrize("name", available())
def test_every_query_same_rows_with_and_without_reasoning(name, plain, closed):
    names, rows = run_query(name, graph=plain)
    names2, rows2 = run_query(name, graph=closed)
    assert names == names2
    as_text = lambda rs: sorted(tuple("" if t is None else str(t) for t in r) for r in rs)  # noqa: E731
    assert as_text(rows) == as_text(rows2)
    # the sample article reports no phone call and no planned event
    assert rows or name in {"facts-without-evidence", "phone-calls", "planned-events"}, f"{name}: no rows on the sample"
