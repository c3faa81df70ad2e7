"""The build's page is made from a TripleIndex instead of an rdflib Graph: the
same reads must give the same terms in the same order, so the page is the same."""
from __future__ import annotations

from rdflib import RDF, Graph, Literal, Namespace, URIRef

from kg.render.data import READ_PREDICATES, collect
from kg.render.html import render_html
from kg.render.index import TripleIndex

from .conftest import build_big_graph, build_small_graph


def ntriples_in_parts(graph: Graph, parts: int = 3) -> list[str]:
    """The graph's lines split over a few 'documents', with lines repeated across them, as a build has."""
    lines = sorted(graph.serialize(format="nt").splitlines())
    return ["\n".join(lines[i::parts] + lines[:5]) + "\n" for i in range(parts)]


def both(graph: Graph) -> tuple[Graph, TripleIndex]:
    parsed, index = Graph(), TripleIndex(graph.namespaces())
    for part in ntriples_in_parts(graph):
        parsed.parse(data=part, format="nt")
        index.add_ntriples(part)
    for prefix, ns in graph.namespaces():
        parsed.bind(prefix, ns, replace=True)
    return parsed, index


def test_every_read_of_the_page_gives_what_rdflib_gives():
    graph, index = both(build_small_graph())
    assert len(index) == len(graph)
    predicates = set(graph.predicates())
    for s in set(graph.subjects()):
        for p in predicates:
            assert list(index.objects(s, p)) == list(graph.objects(s, p))
            assert index.value(s, p) == graph.value(s, p)
    for p in predicates:
        assert list(index.subject_objects(p)) == list(graph.subject_objects(p))
        for o in set(graph.objects(None, p)):
            assert list(index.subjects(p, o)) == list(graph.subjects(p, o))


def test_literals_come_out_as_rdflib_parses_them():
    index = TripleIndex()
    index.add_ntriples('<http://x/a> <http://x/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
                       '<http://x/a> <http://x/p> "с \\"б\\""@kk .\n<http://x/a> <http://x/p> "plain" .\n')
    graph = Graph().parse(data="\n".join(["<http://x/a> <http://x/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
                                          '<http://x/a> <http://x/p> "с \\"б\\""@kk .',
                                          '<http://x/a> <http://x/p> "plain" .']), format="nt")
    ours = list(index.objects(URIRef("http://x/a"), URIRef("http://x/p")))
    assert ours == list(graph.objects(URIRef("http://x/a"), URIRef("http://x/p")))
    assert [type(o.value) for o in ours] == [int, str, str] and ours[2].datatype is None
    assert Literal("plain") in ours and RDF.type not in ours


def test_the_page_is_the_same_page():
    for source in (build_small_graph(), build_big_graph(300)):
        graph, index = both(source)
        assert collect(index).nodes.keys() == collect(graph).nodes.keys()
        assert render_html(index) == render_html(graph)


def test_terms_from_a_record_are_the_terms_parsed_from_ntriples():
    """The merge fills the page's index from the parts' records (terms as N-Triples writes
    them); each term must come out as rdflib's parser makes it, escapes included."""
    from kg.records import PartRecord

    text = ('<http://x/a> <http://x/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
            '<http://x/a> <http://x/p> "с \\"б\\"\\nв"@kk .\n<http://x/a> <http://x/p> "plain" .\n'
            '<http://x/a> <http://x/p> "s"^^<http://www.w3.org/2001/XMLSchema#string> .\n'
            '<http://x/a> <http://x/q> <http://x/b> .\n')
    parsed, recorded = TripleIndex(), TripleIndex()
    parsed.add_ntriples(text)
    recorded.add_terms(PartRecord.from_ntriples(text))
    a, p = URIRef("http://x/a"), URIRef("http://x/p")
    ours, theirs = list(recorded.objects(a, p)), list(parsed.objects(a, p))
    assert ours == theirs and [o.datatype for o in ours] == [o.datatype for o in theirs]
    assert [o.language for o in ours] == [None, "kk", None, None] and ours[1].value == 'с "б"\nв'
    assert list(recorded.subject_objects(URIRef("http://x/q"))) == [(a, URIRef("http://x/b"))]


class ReadsRecorded:
    """A graph that notes the predicate of every read the page makes of it; any read
    other than these four (and ``namespaces``) fails."""

    def __init__(self, graph) -> None:
        self.graph, self.read = graph, set()

    def objects(self, subject, predicate):
        self.read.add(predicate)
        return self.graph.objects(subject, predicate)

    def subjects(self, predicate, obj):
        self.read.add(predicate)
        return self.graph.subjects(predicate, obj)

    def value(self, subject, predicate):
        self.read.add(predicate)
        return self.graph.value(subject, predicate)

    def subject_objects(self, predicate):
        self.read.add(predicate)
        return self.graph.subject_objects(predicate)

    def namespaces(self):
        return self.graph.namespaces()


def with_unread_predicates(graph: Graph) -> Graph:
    """The graph with an event known only from its report, and with the triples a build
    writes and the page never reads (beside the evidence offsets the test graphs have)."""
    from rdflib.namespace import DCTERMS, OWL, PROV, SKOS, XSD

    from .conftest import DKG, EVENT, ID, SECTOR

    geo = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
    docs = sorted(graph.subjects(RDF.type, DKG.Document))
    for doc in docs:
        graph.add((doc, DCTERMS.language, Literal("kk")))
    visit, report = EVENT["v1"], EVENT["v1-report"]
    graph.add((visit, RDF.type, DKG.Visit))
    graph.add((visit, DKG.status, Literal("planned")))
    graph.add((visit, DKG.participant, ID["country/kazakhstan"]))
    graph.add((visit, DKG.participant, ID["country/c1"]))
    graph.add((report, RDF.type, DKG.EventReport))
    graph.add((report, DKG.reportOf, visit))
    graph.add((report, PROV.wasDerivedFrom, docs[0]))
    graph.add((report, DKG.evidence, Literal("Сапар жоспарланды.", lang="kk")))
    graph.add((report, DKG.extractor, Literal("visits")))
    graph.add((report, DKG.charStart, Literal(3)))
    graph.add((SECTOR.Trade, SKOS.notation, Literal("Trade")))
    graph.add((EVENT["m1"], DKG.datePrecision, Literal("day")))
    graph.add((EVENT["m1"], DKG.dateBasis, Literal("document")))
    for country, code in ((ID["country/kazakhstan"], "KZ"), (ID["country/c0"], "C0")):
        graph.add((country, DKG.isoCode, Literal(code)))
        graph.add((country, OWL.sameAs, URIRef("https://sws.geonames.org/1522867/")))
    for city in (ID["city/astana"], ID["city/t0"]):
        graph.add((city, geo.lat, Literal("51.18", datatype=XSD.decimal)))
        graph.add((city, geo.long, Literal("71.45", datatype=XSD.decimal)))
    return graph


UNREAD = ("https://w3id.org/diplomacy-kg/ontology#charStart", "https://w3id.org/diplomacy-kg/ontology#charEnd",
          "http://purl.org/dc/terms/language", "https://w3id.org/diplomacy-kg/ontology#datePrecision",
          "https://w3id.org/diplomacy-kg/ontology#dateBasis", "https://w3id.org/diplomacy-kg/ontology#isoCode",
          "http://www.w3.org/2002/07/owl#sameAs", "http://www.w3.org/2003/01/geo/wgs84_pos#lat",
          "http://www.w3.org/2003/01/geo/wgs84_pos#long", "http://www.w3.org/2004/02/skos/core#notation")


def test_the_page_reads_only_the_predicates_the_index_keeps():
    for source in (with_unread_predicates(build_small_graph()), with_unread_predicates(build_big_graph(300))):
        graph = ReadsRecorded(source)
        collect(graph)
        assert None not in graph.read
        assert graph.read <= READ_PREDICATES, graph.read - READ_PREDICATES


def test_an_index_of_the_read_predicates_makes_the_same_page_as_one_of_every_triple():
    from kg.records import PartRecord

    for source in (with_unread_predicates(build_small_graph()), with_unread_predicates(build_big_graph(300))):
        every, kept = TripleIndex(source.namespaces()), TripleIndex(source.namespaces(), READ_PREDICATES)
        parsed = TripleIndex(source.namespaces(), READ_PREDICATES)
        for part in ntriples_in_parts(source):
            every.add_terms(PartRecord.from_ntriples(part))
            kept.add_terms(PartRecord.from_ntriples(part))
            parsed.add_ntriples(part)
        assert len(every) == len(source)
        assert len(kept) == len(parsed) == sum(1 for _s, p, _o in source if p in READ_PREDICATES) < len(source)
        for p in map(URIRef, UNREAD):
            assert list(every.subject_objects(p)) and not list(kept.subject_objects(p))
            assert not list(parsed.subject_objects(p))
        assert render_html(kept) == render_html(every) == render_html(parsed)
