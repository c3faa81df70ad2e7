"""Run the named SPARQL queries of ``queries/`` (or any SPARQL text) over a
graph file, the embedded Oxigraph store, or any SPARQL 1.1 endpoint, and load
graphs into those stores.

Parameters never become query text by pasting: each ``--param name=value`` is
turned into one RDF term (an IRI when the value looks like one, otherwise a
plain string literal), serialised with every character escaped, and bound by a
``VALUES`` block placed at the start of the query's outermost ``WHERE`` group.
The same mechanism serves all three backends, so a query means the same thing
everywhere.  Queries read a missing parameter as "no filter".

The modules, from the text up: :mod:`~kg.query.text` (named queries, binding),
:mod:`~kg.query.graph_file`, :mod:`~kg.query.store` (the embedded store and
loading), :mod:`~kg.query.endpoint` (SPARQL 1.1 Protocol), :mod:`~kg.query.run`
and :mod:`~kg.query.format`.
"""
from kg.query.format import FORMATS, format_rows, short
from kg.query.graph_file import read_graph
from kg.query.run import DEFAULT_GRAPH, fetch_all, run_query
from kg.query.text import KNOWN, QUERIES, NamedQuery, available, bind, param_term, parse_params, resolve, sparql_term

__all__ = ["DEFAULT_GRAPH", "FORMATS", "KNOWN", "QUERIES", "NamedQuery", "available", "bind", "fetch_all",
           "format_rows", "param_term", "parse_params", "read_graph", "resolve", "run_query", "short", "sparql_term"]
