"""OWL 2 RL closure of a graph with the project's ontology (``kg query --reason``).

The closure adds what the ontology implies: both directions of the symmetric
relations (``dkg:met``, ``dkg:twinnedWith``, ``dkg:cooperatesWith``), the
superclasses of every typed node (a ``dkg:Leader`` is a ``dkg:Person``, a
``dkg:Meeting`` a ``dkg:Event``), domains and ranges, and the ontology's own
triples.  The queries in ``queries/`` are written to give the same rows with or
without it; ad-hoc queries can rely on it instead of spelling out both
directions.

Countries and cities are ``owl:sameAs`` their GeoNames IRIs.  Followed, the
equality rules copy every triple about a place onto its GeoNames IRI, so each
place would answer a query twice; the closure for queries keeps these links as
links (``same_as=False``).  ``kg validate --reason`` closes with them followed
(``same_as=True``): the graph must stay consistent either way.  So is an event
``owl:sameAs`` the IRIs earlier builds gave it (:mod:`kg.identity.events`): links,
or every event would be counted again under each of its former names.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import OWL, Graph

from kg.identity.events import EVENT_NS
from kg.resources import ontology_file

ONTOLOGY = ontology_file("diplomacy.ttl")
OWN = "https://w3id.org/diplomacy-kg/"


def closure(graph: Graph, ontology: Path | None = ONTOLOGY, same_as: bool = False) -> Graph:
    """A new graph: ``graph`` + the ontology, closed under the OWL 2 RL rules
    (owlrl, without axiomatic and datatype triples).  ``graph`` is not changed.
    With ``same_as=False`` the ``owl:sameAs`` links to other datasets' IRIs, and
    an event's to its former IRIs, take no part in the closure and are added back
    unchanged."""
    import owlrl

    closed = Graph()
    for prefix, ns in graph.namespaces():
        closed.bind(prefix, ns, override=False)
    links = []
    for triple in graph:
        s, p, o = triple
        if not same_as and p == OWL.sameAs and (not (str(s).startswith(OWN) and str(o).startswith(OWN))
                                                or str(s).startswith(EVENT_NS)):
            links.append(triple)
            continue
        closed.add(triple)
    if ontology is not None:
        closed.parse(str(ontology), format="turtle")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False,
                           datatype_axioms=False).expand(closed)
    for triple in links:
        closed.add(triple)
    return closed
