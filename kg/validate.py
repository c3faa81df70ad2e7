"""SHACL validation of a built graph against ``ontology/shapes.ttl``.

Inference stays off: with RDFS inference a leaderOf pointing at a City would
make the City a Country and hide the very error we look for.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Namespace
from rdflib.namespace import RDF

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"
SH = Namespace("http://www.w3.org/ns/shacl#")


def validate(graph: Graph, ontology: Path = ONTOLOGY) -> list[str]:
    """One readable line per violation; an empty list when the graph conforms."""
    from pyshacl import validate as shacl_validate

    shapes = Graph().parse(ontology / "shapes.ttl")
    ont = Graph().parse(ontology / "diplomacy.ttl")
    conforms, report, _text = shacl_validate(graph, shacl_graph=shapes, ont_graph=ont, inference="none")
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
