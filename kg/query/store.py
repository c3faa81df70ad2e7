"""Load a built graph into a triple store: the embedded Oxigraph store on disk
(``pyoxigraph``, default ``output/store``) or any SPARQL 1.1 server through the
Graph Store Protocol.

Layout (docs/sparql.md): each document's facts live in a named graph of their
own whose name is the document IRI (``doc:…``).  A document's graph holds

* the document node's own triples (type, identifier, source, title, date,
  ``dkg:mentions``);
* every node derived from it (``prov:wasDerivedFrom doc:…``): its provenance
  statements and its events, with all their triples;
* the asserted facts ``s p o`` that its statements reify;
* the description of every entity it mentions or its facts and events name
  (types, labels, altLabels, a sector's notation) — but not the entity's
  relations to other entities, which belong to the documents that state them.

Entity descriptions are therefore repeated in every document graph that needs
them (a document graph is self-contained: dropping it drops exactly what that
document contributed).  Triples that no document claims — a fact without a
statement, hand-added data, ontology triples — go to the named graph
``<https://w3id.org/diplomacy-kg/graph/unattributed>``, which loads add to and
never replace.  The default graph is left empty; queries read the union of all
graphs.

Loading a document again replaces its graph, so loading a file twice leaves
the same store.  The whole load into the embedded store is one SPARQL Update,
which Oxigraph applies as one transaction: a load that fails or is killed part
way leaves the store as it was.
"""
from __future__ import annotations

import urllib.parse
from pathlib import Path
from typing import Iterable

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV, XSD

from kg.io import InputError
from kg.query.endpoint import endpoint_urls, http
from kg.query.graph_file import read_graph
from kg.query.text import sparql_term
from kg.rdf import BASE, DKG

DEFAULT_STORE = Path("output") / "store"
UNATTRIBUTED = URIRef(BASE + "graph/unattributed")

Triple = tuple


# --------------------------------------------------------------------------- partition

def _description(graph: Graph, node) -> Iterable[Triple]:
    """An entity's own description: everything about it except its dkg:
    relations to other nodes (those are facts, owned by their documents)."""
    for s, p, o in graph.triples((node, None, None)):
        if str(p).startswith(str(DKG)) and not isinstance(o, Literal):
            continue
        yield s, p, o


def partition(graph: Graph) -> tuple[dict[URIRef, set[Triple]], set[Triple]]:
    """Split a graph into one triple set per document, and the rest."""
    docs: dict[URIRef, set[Triple]] = {}
    for doc in sorted(set(graph.subjects(RDF.type, DKG.Document))):
        if not isinstance(doc, URIRef):
            continue
        own: set[Triple] = set(graph.triples((doc, None, None)))
        entities = set(graph.objects(doc, DKG.mentions))
        for derived in set(graph.subjects(PROV.wasDerivedFrom, doc)):
            own.update(graph.triples((derived, None, None)))
            s = graph.value(derived, RDF.subject)
            p = graph.value(derived, RDF.predicate)
            o = graph.value(derived, RDF.object)
            if s is not None and p is not None and o is not None:
                entities.update((s, o))
                if (s, p, o) in graph:
                    own.add((s, p, o))
            entities.update(graph.objects(derived, DKG.participant))
            entities.update(graph.objects(derived, DKG.heldIn))
        for entity in entities:
            if not isinstance(entity, Literal):
                own.update(_description(graph, entity))
        docs[doc] = own
    claimed: set[Triple] = set().union(*docs.values()) if docs else set()
    rest = {t for t in graph if t not in claimed}
    return docs, rest


# --------------------------------------------------------------------------- embedded store

def open_store(path: Path | str, *, read_only: bool = False):
    import pyoxigraph as ox

    path = Path(path)
    if read_only and not path.is_dir():
        raise InputError(f"{path}: no such store (create it with `kg load GRAPH --store {path}`)")
    if path.exists() and not path.is_dir():
        raise InputError(f"{path}: not a store folder")
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        first = (str(exc).splitlines() or [""])[0][:200]
        raise InputError(f"{path}: cannot open the store ({first}); is another process using it?")


def _term(term) -> str:
    if isinstance(term, BNode):
        return "_:b" + "".join(c if c.isalnum() else "_" for c in str(term))
    return sparql_term(term)


def _triples_text(triples: Iterable[Triple]) -> str:
    return "\n".join(f"{_term(s)} {_term(p)} {_term(o)} ." for s, p, o in sorted(triples))


def update_text(docs: dict[URIRef, set[Triple]], rest: set[Triple]) -> str:
    """One SPARQL Update that replaces the documents' graphs and adds the rest."""
    ops = [f"DROP SILENT GRAPH {_term(doc)}" for doc in docs]
    blocks = [f"GRAPH {_term(doc)} {{\n{_triples_text(triples)}\n}}" for doc, triples in docs.items() if triples]
    if rest:
        blocks.append(f"GRAPH {_term(UNATTRIBUTED)} {{\n{_triples_text(rest)}\n}}")
    if blocks:
        ops.append("INSERT DATA {\n" + "\n".join(blocks) + "\n}")
    return " ;\n".join(ops)


def _apply(store, text: str) -> None:
    """Run the load's update: Oxigraph applies it as one transaction."""
    if text:
        store.update(text)


def count(store) -> int:
    """Quads in the store: every (triple, graph) pair over all graphs."""
    return len(store)


def load_store(graph: Graph, store_dir: Path | str = DEFAULT_STORE) -> int:
    docs, rest = partition(graph)
    text = update_text(docs, rest)
    store = open_store(store_dir)
    try:
        _apply(store, text)
        store.flush()
    except SyntaxError as exc:  # a term the update cannot carry; nothing was written
        raise InputError(f"cannot load the graph: {exc}")
    except OSError as exc:
        raise InputError(f"{store_dir}: load failed, the store is unchanged ({exc})")
    n = count(store)
    del store
    return n


# --------------------------------------------------------------------------- Graph Store Protocol

def _nt(triples: Iterable[Triple]) -> bytes:
    g = Graph()
    for t in triples:
        g.add(t)
    return g.serialize(format="nt", encoding="utf-8")


def load_endpoint(graph: Graph, endpoint: str) -> int:
    """PUT each document graph (replacing it) and POST the unattributed triples
    to the Graph Store endpoint; returns the number of triples sent.  The
    protocol has no transaction across graphs: each graph is replaced
    atomically by the server, one after another."""
    _query_url, store_url = endpoint_urls(endpoint)
    docs, rest = partition(graph)
    sep = "&" if "?" in store_url else "?"
    sent = 0
    for doc, triples in docs.items():
        url = f"{store_url}{sep}{urllib.parse.urlencode({'graph': str(doc)})}"
        http("PUT", url, data=_nt(triples), headers={"Content-Type": "application/n-triples"})
        sent += len(triples)
    if rest:
        url = f"{store_url}{sep}{urllib.parse.urlencode({'graph': str(UNATTRIBUTED)})}"
        http("POST", url, data=_nt(rest), headers={"Content-Type": "application/n-triples"})
        sent += len(rest)
    return sent


def load(graph_path: Path | str | Graph, *, store_dir: Path | str | None = None,
         endpoint: str | None = None) -> int:
    """Load a graph file (or an rdflib Graph) into the embedded store
    (``store_dir``, default output/store) or a SPARQL 1.1 server (``endpoint``).
    Returns the number of quads in the embedded store after the load, or the
    number of triples sent to the endpoint."""
    if store_dir is not None and endpoint is not None:
        raise InputError("give either a store folder or an endpoint, not both")
    graph = graph_path if isinstance(graph_path, Graph) else read_graph(graph_path)
    if endpoint is not None:
        return load_endpoint(graph, endpoint)
    return load_store(graph, store_dir if store_dir is not None else DEFAULT_STORE)


def from_oxigraph(term):
    """An Oxigraph term as the rdflib term the rest of the code handles."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value, datatype=None if dt == str(XSD.string) else URIRef(dt))
    return Literal(str(term))

