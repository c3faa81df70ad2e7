"""The build's page is made from a TripleIndex instead of an rdflib Graph: the
same reads must give the same terms in the same order, so the page is the same."""
from __future__ import annotations

from rdflib import RDF, Graph, Literal, URIRef

from kg.render.data import collect
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
