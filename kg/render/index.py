"""The triples the page is made of, held the cheap way.

A build's page was made from an rdflib ``Graph`` filled by rdflib's N-Triples
parser: for an archive, most of the serial merge's time went into that
parser and the store's indexes.  The page reads the graph through five
methods only (``objects``, ``subjects``, ``value``, ``subject_objects``,
``namespaces``), so :class:`TripleIndex` gives just those, over two dict
indexes filled in the same order as rdflib's in-memory store fills its own,
so that every read returns the same terms in the same order and the page is
the same page.  The N-Triples are parsed by pyoxigraph, and each distinct term
is made into an rdflib term once.  Given the predicates the page reads
(:data:`kg.render.data.READ_PREDICATES`), it keeps only their triples: every
read names its predicate, so the others could only cost memory.

>>> index = TripleIndex()
>>> index.add_ntriples('<http://x/a> <http://x/p> "b"@kk .\\n<http://x/a> <http://x/p> <http://x/c> .\\n')
>>> [str(o) for o in index.objects(URIRef("http://x/a"), URIRef("http://x/p"))]
['b', 'http://x/c']
>>> index.value(URIRef("http://x/a"), URIRef("http://x/p")).language
'kk'
>>> only_p = TripleIndex(predicates=[URIRef("http://x/p")])
>>> only_p.add_ntriples('<http://x/a> <http://x/p> "b" .\\n<http://x/a> <http://x/q> "c" .\\n')
>>> len(only_p)
1
"""
from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from typing import TYPE_CHECKING

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

if TYPE_CHECKING:
    from kg.records import PartRecord

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


class TripleIndex:
    """A read-only view of a set of triples with the reads :mod:`kg.render.data` makes."""

    def __init__(self, namespaces: Iterable[tuple[str, URIRef]] = (),
                 predicates: Collection[URIRef] | None = None) -> None:
        """``predicates``: keep only the triples of these (all triples when None)."""
        self._spo: dict[Node, dict[Node, dict[Node, None]]] = {}
        self._pos: dict[Node, dict[Node, dict[Node, None]]] = {}
        self._namespaces = list(namespaces)
        self._terms: dict[object, Node] = {}
        self._written: dict[str, Node] = {}
        self._keep = None if predicates is None else frozenset(predicates)
        # the kept predicates as N-Triples writes them, and as pyoxigraph names them
        self._keep_written = None if predicates is None else frozenset(f"<{p}>" for p in predicates)
        self._keep_iris = None if predicates is None else frozenset(str(p) for p in predicates)

    def add(self, triple: tuple[Node, Node, Node]) -> None:
        s, p, o = triple
        if self._keep is not None and p not in self._keep:
            return
        objects = self._spo.setdefault(s, {}).setdefault(p, {})
        if o not in objects:
            objects[o] = None
            self._pos.setdefault(p, {}).setdefault(o, {})[s] = None

    def add_ntriples(self, text: str) -> None:
        """Add the triples of an N-Triples document, in its order."""
        import pyoxigraph as ox

        term, keep = self._term, self._keep_iris
        for quad in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
            if keep is None or quad.predicate.value in keep:
                self.add((term(quad.subject), term(quad.predicate), term(quad.object)))

    def add_terms(self, record: PartRecord) -> None:
        """Add a part's triples, in their order; each distinct term is made into an rdflib
        term once.  The record's terms are looked up once each and its triples added from
        their indexes, not looked up again for every triple they stand in.  The triples of
        predicates not kept are left out first, and terms only they use are never made."""
        terms, flat = record.terms, record.triples
        triples = zip(flat[0::3], flat[1::3], flat[2::3])
        if self._keep_written is not None:
            keep = self._keep_written
            triples = [t for t in triples if terms[t[1]] in keep]
        else:
            triples = list(triples)
        written = self._written
        made: list[Node | None] = [None] * len(terms)
        for i in {i for triple in triples for i in triple}:
            term = terms[i]
            found = written.get(term)
            if found is None:
                found = written[term] = _from_written(term)
            made[i] = found
        spo, pos = self._spo, self._pos
        for si, pi, oi in triples:
            s, p, o = made[si], made[pi], made[oi]
            objects = spo.setdefault(s, {}).setdefault(p, {})
            if o not in objects:  # as add() does it, without a call per triple
                objects[o] = None
                pos.setdefault(p, {}).setdefault(o, {})[s] = None

    def _term(self, node) -> Node:
        """The rdflib term of a pyoxigraph term, made once (rdflib's Literal is costly to make)."""
        found = self._terms.get(node)
        if found is None:
            found = self._terms[node] = _rdflib_term(node)
        return found

    def __len__(self) -> int:
        return sum(len(objects) for predicates in self._spo.values() for objects in predicates.values())

    def objects(self, subject: Node, predicate: Node) -> Iterator[Node]:
        return iter(list(self._spo.get(subject, {}).get(predicate, ())))

    def subjects(self, predicate: Node, obj: Node) -> Iterator[Node]:
        return iter(list(self._pos.get(predicate, {}).get(obj, ())))

    def value(self, subject: Node, predicate: Node) -> Node | None:
        return next(self.objects(subject, predicate), None)

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]:
        for obj, subjects in list(self._pos.get(predicate, {}).items()):
            for subject in list(subjects):
                yield subject, obj

    def namespaces(self) -> Iterator[tuple[str, URIRef]]:
        return iter(self._namespaces)


def _from_written(written: str) -> Node:
    """The rdflib term of one N-Triples term as :func:`kg.rdf.ntriples_line` writes it;
    what rdflib's N-Triples parser makes of it.  An IRI or a literal with no escape is
    read here; anything else (an escape, a blank node) by pyoxigraph's parser."""
    if "\\" not in written:
        if written[:1] == "<" and written[-1:] == ">":
            return URIRef(written[1:-1])
        if written[:1] == '"':
            end = written.rindex('"')
            lexical, tail = written[1:end], written[end + 1:]
            if not tail:
                return Literal(lexical)
            if tail[0] == "@":
                return Literal(lexical, lang=tail[1:])
            if tail.startswith("^^<") and tail[-1] == ">":
                datatype = tail[3:-1]
                return Literal(lexical, datatype=None if datatype == XSD_STRING else URIRef(datatype))
    import pyoxigraph as ox

    quad = next(iter(ox.parse(f"<x:s> <x:p> {written} .".encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)))
    return _rdflib_term(quad.object)


def _rdflib_term(node) -> Node:
    """What rdflib's own N-Triples parser makes of the same term."""
    import pyoxigraph as ox

    if isinstance(node, ox.NamedNode):
        return URIRef(node.value)
    if isinstance(node, ox.BlankNode):
        return BNode(node.value)
    datatype = node.datatype.value
    if node.language:
        return Literal(node.value, lang=node.language)
    return Literal(node.value, datatype=None if datatype == XSD_STRING else URIRef(datatype))
