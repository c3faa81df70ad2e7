"""Graph files (Turtle, N-Triples, TriG, N-Quads, JSON-LD …) read into one
rdflib graph, with a one-line error for a missing or unreadable file."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.io import InputError
from kg.query.text import KNOWN


def read_graph(path: Path | str) -> Graph:
    from rdflib import Dataset
    from rdflib.util import guess_format

    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file (build one with `kg build`)")
    fmt = guess_format(str(path)) or "turtle"
    try:
        if fmt in ("trig", "nquads"):
            ds = Dataset()
            ds.parse(str(path), format=fmt)
            graph = Graph()
            for s, p, o, _g in ds.quads((None, None, None, None)):
                graph.add((s, p, o))
        else:
            graph = Graph()
            graph.parse(str(path), format=fmt)
    except Exception as exc:  # rdflib raises many types for bad syntax
        first = (str(exc).splitlines() or [""])[0][:200]
        raise InputError(f"{path}: not a readable RDF file ({type(exc).__name__}: {first})")
    for prefix, ns in KNOWN.items():
        graph.bind(prefix, ns, override=False)
    return graph

