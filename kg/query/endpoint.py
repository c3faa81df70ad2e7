"""Queries over any SPARQL 1.1 server (the Protocol), whose default graph is the
union of this project's named graphs, as with the embedded store."""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Sequence

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.io import InputError
from kg.query.text import DKG_BASE, KNOWN, NamedQuery, Row, bind, query_form, syntax_error, with_prefixes


def endpoint_urls(url: str) -> tuple[str, str]:
    """(query URL, Graph Store URL) of an endpoint.  Oxigraph's layout is
    understood: a bare server address (``http://127.0.0.1:7878``) or any of its
    ``/query``, ``/update``, ``/store`` URLs gives ``/query`` and ``/store``.
    Any other URL is used as given for both (a Fuseki dataset URL such as
    ``http://host:3030/ds`` answers queries and the Graph Store Protocol).

    >>> endpoint_urls("http://127.0.0.1:7878/store")
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/store')
    """
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{url!r} is not an http(s) URL of a SPARQL endpoint")
    path = parts.path.rstrip("/")
    head, _, last = path.rpartition("/")
    if path == "" or (last in ("query", "update", "store") and not parts.query):
        base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, head if path else "", "", ""))
        return base + "/query", base + "/store"
    return url, url


def http(method: str, url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None,
         timeout: float = 60.0) -> tuple[str, bytes]:
    """One HTTP request; (content type, body).  Failures become InputError."""
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", "replace").strip().splitlines()
        raise InputError(f"{method} {url}: HTTP {exc.code} {exc.reason}: {(body or [''])[0][:300]}")
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(f"{url}: cannot reach the endpoint ({reason})")


def sparql_post(url: str, text: str, accept: str, default_graphs: Sequence[str] = ()) -> tuple[str, bytes]:
    fields = [("query", text)] + [("default-graph-uri", g) for g in default_graphs] \
        + [("named-graph-uri", g) for g in default_graphs]
    return http("POST", url, data=urllib.parse.urlencode(fields).encode("utf-8"),
                headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "Accept": accept})


def from_json(binding: dict | None):
    if binding is None:
        return None
    kind, value = binding.get("type"), binding.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    lang = binding.get("xml:lang")
    dt = binding.get("datatype")
    if lang:
        return Literal(value, lang=lang)
    return Literal(value, datatype=URIRef(dt) if dt and dt != str(XSD.string) else None)


def kg_graphs(query_url: str) -> list[str]:
    """The named graphs of this project (document graphs and the unattributed
    graph) that the endpoint holds."""
    _ct, body = sparql_post(query_url, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                             "application/sparql-results+json")
    data = json.loads(body)
    names = [b["g"]["value"] for b in data["results"]["bindings"] if "g" in b]
    return sorted(g for g in names if g.startswith(DKG_BASE))


def check_syntax(nq: NamedQuery, text: str) -> None:
    """Parse the query locally (Oxigraph's SPARQL 1.1 parser, on an empty
    in-memory store), so a syntax error is reported with the query's own line
    and column rather than as a server's HTTP 400."""
    import pyoxigraph as ox

    try:
        ox.Store().query(text, prefixes=KNOWN)
    except SyntaxError as exc:
        raise syntax_error(nq, exc)
    except Exception:  # pragma: no cover - evaluation problems are the server's to report
        pass


def endpoint_rows(url: str, nq: NamedQuery, params: dict[str, str]) -> tuple[list[str], list[Row]]:
    query_url, _store = endpoint_urls(url)
    bound = bind(nq, params)
    check_syntax(nq, bound)
    text = with_prefixes(bound)
    form = query_form(text)
    # the default graph of the query is the union of the project's graphs, as
    # with the embedded store; a store without them is queried as it is
    graphs = kg_graphs(query_url)
    if form in ("SELECT", "ASK"):
        _ct, body = sparql_post(query_url, text, "application/sparql-results+json", graphs)
        data = json.loads(body)
        if "boolean" in data:
            return ["ask"], [[Literal(bool(data["boolean"]))]]
        names = data["head"].get("vars", [])
        return names, [[from_json(b.get(n)) for n in names] for b in data["results"]["bindings"]]
    _ct, body = sparql_post(query_url, text, "application/n-triples", graphs)
    graph = Graph().parse(data=body.decode("utf-8"), format="nt")
    return ["subject", "predicate", "object"], sorted([list(t) for t in graph], key=lambda r: [str(x) for x in r])

