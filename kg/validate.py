"""SHACL validation of a built graph against ``ontology/shapes.ttl``.

By default inference stays off: with RDFS inference a leaderOf pointing at a
City would make the City a Country and hide the very error we look for.  The
ontology's domains and ranges are true of every node the builder writes, so
a built graph also conforms once closed under RDFS or OWL 2 RL
(``kg validate --reason``): ``rdfs`` is pySHACL's RDFS entailment, ``owlrl``
the closure ``kg query --reason`` queries (``kg.reason.closure``, with the
GeoNames ``owl:sameAs`` links followed).
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Namespace
from rdflib.namespace import RDF

from kg.resources import ontology_dir

ONTOLOGY = ontology_dir()
SH = Namespace("http://www.w3.org/ns/shacl#")
INFERENCE = ("none", "rdfs", "owlrl")


def validate(graph: Graph, ontology: Path = ONTOLOGY, inference: str = "none") -> list[str]:
    """One readable line per violation; an empty list when the graph conforms."""
    from pyshacl import validate as shacl_validate

    if inference not in INFERENCE:
        raise ValueError(f"inference must be one of {', '.join(INFERENCE)}, not {inference!r}")
    shapes = Graph().parse(ontology / "shapes.ttl")
    ont = Graph().parse(ontology / "diplomacy.ttl")
    data = graph
    if inference == "owlrl":
        from kg.reason import closure

        data, inference = closure(graph, ontology / "diplomacy.ttl", same_as=True), "none"
    conforms, report, _text = shacl_validate(data, shacl_graph=shapes, ont_graph=ont, inference=inference)
    if conforms:
        return []
    lines = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        message = report.value(result, SH.resultMessage) or "violates a shape"
        path = report.value(result, SH.resultPath)
        where = f" ({path.n3(graph.namespace_manager)})" if path is not None else ""
        lines.append(f"{focus.n3(graph.namespace_manager) if focus is not None else '?'}{where}: {message}")
    return sorted(set(lines))
