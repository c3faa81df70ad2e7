"""OWL 2 RL closure of a graph with the project's ontology (``kg query --reason``).

The closure adds what the ontology implies: both directions of the symmetric
relations (``dkg:met``, ``dkg:twinnedWith``, ``dkg:cooperatesWith``), the
superclasses of every typed node (a ``dkg:Leader`` is a ``dkg:Person``, a
``dkg:Meeting`` a ``dkg:Event``), domains and ranges, and the ontology's own
triples.  The queries in ``queries/`` are written to give the same rows with or
without it; ad-hoc queries can rely on it instead of spelling out both
directions.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "diplomacy.ttl"


def closure(graph: Graph, ontology: Path | None = ONTOLOGY) -> Graph:
    """A new graph: ``graph`` + the ontology, closed under the OWL 2 RL rules
    (owlrl, without axiomatic and datatype triples).  ``graph`` is not changed."""
    import owlrl

    closed = Graph()
    for prefix, ns in graph.namespaces():
        closed.bind(prefix, ns, override=False)
    for triple in graph:
        closed.add(triple)
    if ontology is not None:
        closed.parse(str(ontology), format="turtle")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False,
                           datatype_axioms=False).expand(closed)
    return closed
