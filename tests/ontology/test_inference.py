"""The ontology's domains and ranges are true of every node the builder writes, so
the built graph conforms to the shapes with no inference, with RDFS entailment
and closed under OWL 2 RL (GeoNames owl:sameAs links followed), and the named
queries do not change under `kg query --reason`.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from rdflib import OWL, RDF, Graph, Literal, Namespace, URIRef
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # plain: rdflib's closed XSD warns under pytest

from kg.rdf import DKG, ID
from kg.reason import closure
from kg.resources import ontology_file
from kg.validate import validate

pyshacl = pytest.importorskip("pyshacl")

HERE = Path(__file__).resolve().parent
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
GN_KZ, GN_AZ, GN_BAKU = (URIRef(f"https://sws.geonames.org/{i}/") for i in (1522867, 587116, 587084))


def _files_module():
    spec = importlib.util.spec_from_file_location("ontology_files", HERE / "test_ontology_files.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FILES = _files_module()


def shapes() -> Graph:
    return Graph().parse(ontology_file("shapes.ttl"))


def ontology() -> Graph:
    return Graph().parse(ontology_file("diplomacy.ttl")) + Graph().parse(ontology_file("sectors.ttl"))


def linked_graph() -> Graph:
    """The graph model's example with what the builder adds to gazetteer places,
    and an event with its evidence sentence, as the builder writes it."""
    g = FILES.valid_graph()
    kz, az, baku = ID["country/kazakhstan"], ID["country/azerbaijan"], ID["city/baku"]
    for country, link, codes in ((kz, GN_KZ, ("KZ", "KAZ")), (az, GN_AZ, ("AZ", "AZE"))):
        g.add((country, OWL.sameAs, link))
        for code in codes:
            g.add((country, DKG.isoCode, Literal(code)))
    g.add((baku, OWL.sameAs, GN_BAKU))
    g.add((baku, GEO.lat, Literal("40.37767", datatype=XSD.decimal)))
    g.add((baku, GEO.long, Literal("49.89201", datatype=XSD.decimal)))
    g.add((FILES.EVENT["m1"], DKG.evidence, Literal("Тараптар Бакуде кездесті.", lang="kk")))
    return g


@pytest.mark.parametrize("inference", ["none", "rdfs", "owlrl"])
def test_the_built_sample_conforms(sample_graph, inference):
    assert validate(Graph().parse(sample_graph), inference=inference) == []


def test_the_built_sample_conforms_under_pyshacl_owlrl(sample_graph):
    """The same with pySHACL closing the graph itself (`pyshacl -i owlrl`; with
    `-i rdfs` it is what validate(inference="rdfs") does)."""
    conforms, _report, text = pyshacl.validate(Graph().parse(sample_graph), shacl_graph=shapes(),
                                               ont_graph=ontology(), inference="owlrl")
    assert conforms, text


def test_kg_validate_reason(kg, sample_graph):
    status, out, err = kg("validate", sample_graph, "--reason", "all")
    assert status == 0, out + err
    assert out.count("conforms to the shapes") == 3
    assert "under RDFS inference" in out and "under OWL 2 RL inference" in out
    from kg.cli import parser

    assert parser().parse_args(["validate", str(sample_graph), "--reason"]).reason == "owlrl"
    assert parser().parse_args(["validate", str(sample_graph)]).reason == "none"


@pytest.mark.parametrize("inference", ["none", "rdfs", "owlrl"])
def test_the_example_with_identifiers_conforms(inference):
    conforms, _report, text = pyshacl.validate(linked_graph(), shacl_graph=shapes(), ont_graph=ontology(),
                                               inference=inference)
    assert conforms, text


def test_an_event_with_evidence_is_not_a_statement():
    """dkg:evidence is said of statements and of events: RDFS must not make the
    meeting an rdf:Statement (the shapes for statements would reject it)."""
    closed = closure(linked_graph())
    assert (FILES.EVENT["m1"], RDF.type, RDF.Statement) not in closed
    assert (FILES.EVENT["m1"], RDF.type, DKG.Event) in closed


def test_closure_for_queries_keeps_geonames_links_as_links():
    g = linked_graph()
    plain, followed = closure(g), closure(g, same_as=True)
    assert (ID["country/kazakhstan"], OWL.sameAs, GN_KZ) in plain
    assert (GN_KZ, RDF.type, DKG.Country) not in plain
    assert (GN_KZ, RDF.type, DKG.Country) in followed
    # followed, a statement about Kazakhstan has two objects naming one thing: still conforms
    assert validate(g, inference="owlrl") == []


def _break_iso_lower_case(g: Graph) -> None:
    g.remove((ID["country/kazakhstan"], DKG.isoCode, Literal("KZ")))
    g.add((ID["country/kazakhstan"], DKG.isoCode, Literal("kz")))


def _break_two_alpha2(g: Graph) -> None:
    g.add((ID["country/kazakhstan"], DKG.isoCode, Literal("KA")))


def _break_two_geonames(g: Graph) -> None:
    g.add((ID["country/kazakhstan"], OWL.sameAs, URIRef("https://sws.geonames.org/1/")))


def _break_latitude(g: Graph) -> None:
    g.remove((ID["city/baku"], GEO.lat, None))
    g.add((ID["city/baku"], GEO.lat, Literal("140.4", datatype=XSD.decimal)))


def _break_latitude_string(g: Graph) -> None:
    g.remove((ID["city/baku"], GEO.lat, None))
    g.add((ID["city/baku"], GEO.lat, Literal("40.4")))


def _break_two_statement_objects(g: Graph) -> None:
    g.add((FILES.STMT.h0, RDF.object, ID["country/azerbaijan"]))


BROKEN = [
    (_break_iso_lower_case, ID["country/kazakhstan"], "ISO 3166-1 codes"),
    (_break_two_alpha2, ID["country/kazakhstan"], "at most one two-letter"),
    (_break_two_geonames, ID["country/kazakhstan"], "at most one GeoNames"),
    (_break_latitude, ID["city/baku"], "latitude"),
    (_break_latitude_string, ID["city/baku"], "latitude"),
    (_break_two_statement_objects, FILES.STMT.h0, "exactly one rdf:object"),
]


@pytest.mark.parametrize("inference", ["none", "owlrl"])
@pytest.mark.parametrize("breaker,focus,message", BROKEN, ids=[b[0].__name__[7:] for b in BROKEN])
def test_broken_identifiers_are_rejected(breaker, focus, message, inference):
    g = linked_graph()
    breaker(g)
    conforms, report, text = pyshacl.validate(g, shacl_graph=shapes(), ont_graph=ontology(), inference=inference)
    assert not conforms
    assert any(f == focus and message in m for f, m in FILES._results(report)), text
