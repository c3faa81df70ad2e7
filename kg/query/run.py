"""Run a named query, a ``.rq`` file or SPARQL text over exactly one backend:
a graph file, the embedded Oxigraph store, or a SPARQL 1.1 endpoint."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal

from kg.io import InputError
from kg.query.endpoint import endpoint_rows, endpoint_urls, kg_graphs, sparql_post
from kg.query.graph_file import read_graph
from kg.query.store import from_oxigraph, open_store
from kg.query.text import KNOWN, NamedQuery, Row, bind, resolve, syntax_error

DEFAULT_GRAPH = Path("output") / "graph.ttl"


def _rdflib_rows(graph: Graph, nq: NamedQuery, params: dict[str, str]) -> tuple[list[str], list[Row]]:
    from pyparsing import ParseException
    from rdflib.plugins.sparql import prepareQuery

    text = bind(nq, params, rdflib_dialect=True)
    try:
        prepared = prepareQuery(text, initNs=KNOWN)
    except (ParseException, ValueError, TypeError) as exc:
        raise syntax_error(nq, exc)
    except Exception as exc:  # pragma: no cover - other parser failures
        raise syntax_error(nq, exc)
    try:
        result = graph.query(prepared)
    except Exception as exc:
        raise InputError(f"query {nq.name!r} failed: {type(exc).__name__}: {str(exc)[:300]}")
    if result.type == "ASK":
        return ["ask"], [[Literal(bool(result.askAnswer))]]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return ["subject", "predicate", "object"], sorted([list(t) for t in result.graph], key=lambda r: [str(x) for x in r])
    names = [str(v) for v in result.vars]
    return names, [[row[i] for i in range(len(names))] for row in result]



def _store_rows(store_dir: Path | str, nq: NamedQuery, params: dict[str, str]) -> tuple[list[str], list[Row]]:
    import pyoxigraph as ox

    text = bind(nq, params)
    store = open_store(store_dir, read_only=True)
    try:
        result = store.query(text, use_default_graph_as_union=True, prefixes=KNOWN)
    except SyntaxError as exc:
        raise syntax_error(nq, exc)
    except OSError as exc:
        raise InputError(f"{store_dir}: query failed ({exc})")
    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [[Literal(bool(result))]]
    if isinstance(result, ox.QueryTriples):
        rows = [[from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object)] for t in result]
        return ["subject", "predicate", "object"], sorted(rows, key=lambda r: [str(x) for x in r])
    names = [v.value for v in result.variables]
    return names, [[from_oxigraph(sol[n]) for n in names] for sol in result]



def fetch_all(*, store=None, endpoint=None) -> Graph:
    """Every triple of a store or endpoint (the union of its graphs) as one graph."""
    if store is not None:
        graph = Graph()
        for quad in open_store(store, read_only=True).quads_for_pattern(None, None, None, None):
            graph.add((from_oxigraph(quad.subject), from_oxigraph(quad.predicate), from_oxigraph(quad.object)))
        return graph
    query_url, _ = endpoint_urls(endpoint)
    _ct, body = sparql_post(query_url, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples",
                             kg_graphs(query_url))
    return Graph().parse(data=body.decode("utf-8"), format="nt")



def run_query(query: str, *, graph: Graph | Path | str | None = None, store: Path | str | None = None,
              endpoint: str | None = None, params: dict[str, str] | None = None,
              reason: bool = False) -> tuple[list[str], list[Row]]:
    """Run QUERY (a name from queries/, a .rq path or SPARQL text) over exactly
    one of ``graph`` (an rdflib Graph or a file; default output/graph.ttl),
    ``store`` (an embedded Oxigraph store folder) or ``endpoint`` (a SPARQL 1.1
    query URL).  With ``reason`` the data is first closed under OWL 2 RL with
    the ontology (kg.reason), and queried in memory.  Returns (variables, rows),
    each row a list of rdflib terms or None for unbound."""
    params = dict(params or {})
    chosen = [x is not None for x in (graph, store, endpoint)]
    if sum(chosen) > 1:
        raise InputError("give only one of a graph, a store or an endpoint")
    nq = resolve(query)
    if reason:
        from kg.reason import closure

        if store is not None or endpoint is not None:
            data = fetch_all(store=store, endpoint=endpoint)
        else:
            data = graph if isinstance(graph, Graph) else read_graph(graph or DEFAULT_GRAPH)
        return _rdflib_rows(closure(data), nq, params)
    if store is not None:
        return _store_rows(store, nq, params)
    if endpoint is not None:
        return endpoint_rows(endpoint, nq, params)
    data = graph if isinstance(graph, Graph) else read_graph(graph or DEFAULT_GRAPH)
    return _rdflib_rows(data, nq, params)

