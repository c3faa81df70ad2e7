"""Run the named SPARQL queries of ``queries/`` (or any SPARQL text) over a
graph file, the embedded Oxigraph store, or any SPARQL 1.1 endpoint.

Parameters never become query text by pasting: each ``--param name=value`` is
turned into one RDF term (an IRI when the value looks like one, otherwise a
plain string literal), serialised with every character escaped, and bound by a
``VALUES`` block placed at the start of the query's outermost ``WHERE`` group.
The same mechanism serves all three backends, so a query means the same thing
everywhere.  Queries read a missing parameter as "no filter".

>>> param_term("id:person/ilham-aliyev")
rdflib.term.URIRef('https://w3id.org/diplomacy-kg/id/person/ilham-aliyev')
>>> param_term('x" } ; DROP ALL ; #')
rdflib.term.Literal('x" } ; DROP ALL ; #')
>>> sparql_term(param_term('a"b\\\\c'))
'"a\\\\"b\\\\\\\\c"'
>>> short(URIRef("https://w3id.org/diplomacy-kg/ontology#met"))
'dkg:met'
"""
from __future__ import annotations

import csv
import io
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from kg.io import InputError
from kg.rdf import PREFIXES
from kg.resources import queries_dir

QUERIES = queries_dir()  # queries/ in a checkout, kg/queries in an installed wheel
DEFAULT_GRAPH = Path("output") / "graph.ttl"
FORMATS = ("table", "csv", "json")
# prefixes for parameter values and for readable output (longest namespace wins)
KNOWN = {**{p: str(ns) for p, ns in PREFIXES.items()},
         "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "owl": str(OWL)}
DKG_BASE = "https://w3id.org/diplomacy-kg/"
MAX_CELL = 72  # table format only; csv and json keep whole values

Row = list  # list[rdflib term | None], one per variable


# --------------------------------------------------------------------------- query text

@dataclass(frozen=True)
class NamedQuery:
    name: str
    text: str
    params: dict[str, str]  # name -> description, from "# param: ?name — text" lines
    summary: str             # the leading comment lines without the param lines


def available() -> list[str]:
    return sorted(p.stem for p in QUERIES.glob("*.rq"))


def _parse_header(name: str, text: str) -> NamedQuery:
    params: dict[str, str] = {}
    summary: list[str] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        m = re.match(r"param:\s*[?$](\w+)\s*(?:[—–-]+\s*)?(.*)", body)
        if m:
            params[m.group(1)] = m.group(2).strip()
        else:
            summary.append(body)
    return NamedQuery(name, text, params, " ".join(summary).strip())


def resolve(query: str) -> NamedQuery:
    """A query name from ``queries/``, a ``.rq`` file, or SPARQL text."""
    query = str(query)
    names = available()
    if query in names:
        path = QUERIES / f"{query}.rq"
        return _parse_header(query, path.read_text(encoding="utf-8"))
    if re.search(r"[\s{]", query):
        return _parse_header("<text>", query)
    path = Path(query)
    if path.suffix == ".rq" or path.is_file():
        if not path.is_file():
            raise InputError(f"{path}: no such query file")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read the query ({exc})")
        return _parse_header(path.stem, text)
    raise InputError(f"unknown query {query!r}; available: {', '.join(names)}")


def _scan(text: str):
    """Yield (index, char, depth) for the characters of ``text`` outside comments,
    strings and IRIs — enough of SPARQL's lexer to find the braces that matter."""
    i, depth, n = 0, 0, len(text)
    iri = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
    while i < n:
        c = text[i]
        if c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
            continue
        if c in "\"'":
            quote = c * 3 if text.startswith(c * 3, i) else c
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                j += 2 if text[j] == "\\" else 1
            i = j + len(quote)
            continue
        if c == "<":
            m = iri.match(text, i)
            if m:
                i = m.end()
                continue
        if c == "{":
            yield i, c, depth
            depth += 1
        elif c == "}":
            depth -= 1
            yield i, c, depth
        else:
            yield i, c, depth
        i += 1


def where_brace(text: str) -> int:
    """Index of the ``{`` that opens the query's outermost WHERE group."""
    top = [(i, c) for i, c, depth in _scan(text) if depth == 0]
    flat = "".join(c for _, c in top)
    m = re.search(r"(?<![?$:\w])WHERE\b", flat, flags=re.I)
    if not m and re.search(r"\bCONSTRUCT\b", flat, flags=re.I):
        raise InputError("cannot bind parameters: this CONSTRUCT query has no WHERE clause")
    for i, c in top[m.end() if m else 0:]:
        if c == "{":
            return i
    raise InputError("cannot bind parameters: the query has no WHERE group")


_CONTROL = {c: f"\\u{c:04X}" for c in list(range(0x20)) + [0x7F]}
_ESCAPE = {**_CONTROL, ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r",
           ord("\t"): "\\t"}
# rdflib expands \uXXXX anywhere in a query's text before parsing, so for it a
# backslash is written as two \u005C escapes (an escaped backslash once
# expanded) and other control characters as ECHARs or spaces: no \u sequence
# from the value can reach its parser.
_ESCAPE_RDFLIB = {**{c: " " for c in _CONTROL}, ord("\\"): "\\u005C\\u005C", ord('"'): '\\"',
                  ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}


def _escape_string(value: str, rdflib_dialect: bool) -> str:
    return '"' + value.translate(_ESCAPE_RDFLIB if rdflib_dialect else _ESCAPE) + '"'


_IRI_OK = re.compile(r'^[^<>"{}|^`\\\x00-\x20]+$')


def sparql_term(term, rdflib_dialect: bool = False) -> str:
    """A term in SPARQL syntax; nothing from the value can leave its token."""
    if isinstance(term, URIRef):
        if not _IRI_OK.match(str(term)):
            raise InputError(f"not a valid IRI: {str(term)!r}")
        return f"<{term}>"
    if isinstance(term, Literal):
        text = _escape_string(str(term), rdflib_dialect)
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype and term.datatype != XSD.string:
            return f"{text}^^{sparql_term(URIRef(term.datatype))}"
        return text
    raise InputError(f"cannot bind {term!r}")


def param_term(value: str) -> URIRef | Literal:
    """An IRI when the value looks like one (``http…``, ``<…>``, ``id:…`` and the
    other prefixes of the graph model), otherwise a plain literal."""
    candidate = None
    if value.startswith("<") and value.endswith(">"):
        candidate = value[1:-1]
    elif re.match(r"^(https?|urn):", value):
        candidate = value
    else:
        m = re.match(r"^([A-Za-z][\w-]*):(.*)$", value, flags=re.S)
        if m and m.group(1) in KNOWN:
            candidate = KNOWN[m.group(1)] + m.group(2)
    if candidate is not None and _IRI_OK.match(candidate):
        return URIRef(candidate)
    return Literal(value)


def parse_params(items: Iterable[str]) -> dict[str, str]:
    """``name=value`` strings (the CLI's --param) into a dict."""
    params: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise InputError(f"malformed --param {item!r}: expected name=value, such as entity=id:country/kazakhstan")
        params[name] = value
    return params


def with_prefixes(text: str) -> str:
    """Declare the graph model's prefixes (dkg:, id:, doc:, …) that the query
    does not declare itself, so ad-hoc queries can use them."""
    declared = {m.group(1) for m in re.finditer(r"(?i)\bPREFIX\s+([\w-]*):", text)}
    # on the query's first line, so that error line numbers stay those of the query
    return "".join(f"PREFIX {p}: <{ns}> " for p, ns in sorted(KNOWN.items()) if p not in declared) + text


def bind(nq: NamedQuery, params: dict[str, str], rdflib_dialect: bool = False) -> str:
    """The query text with a VALUES block binding the parameters."""
    if not params:
        return nq.text
    uses = set(re.findall(r"[?$](\w+)", "".join(c for _, c, _ in _scan(nq.text))))
    allowed = set(nq.params) if nq.params else uses
    for name in params:
        if name not in allowed:
            known = ", ".join(sorted(allowed)) or "none"
            raise InputError(f"query {nq.name!r} has no parameter {name!r} (its parameters: {known})")
    names = sorted(params)
    terms = " ".join(sparql_term(param_term(params[n]), rdflib_dialect) for n in names)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({terms}) }} "
    at = where_brace(nq.text) + 1
    return nq.text[:at] + block + nq.text[at:]


def query_form(text: str) -> str:
    flat = "".join(c for _, c, d in _scan(text) if d == 0)
    flat = re.sub(r"<[^<>\s]*>", " ", flat)
    m = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", flat, flags=re.I)
    return m.group(1).upper() if m else "SELECT"


# --------------------------------------------------------------------------- backends

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


def _syntax_error(nq: NamedQuery, exc: Exception) -> InputError:
    first = (str(exc).strip().splitlines() or [""])[0][:300]
    first = re.sub(r"\s*\(at char \d+\),?", "", first)
    return InputError(f"query {nq.name!r}: SPARQL syntax error: {first}")


def _rdflib_rows(graph: Graph, nq: NamedQuery, params: dict[str, str]) -> tuple[list[str], list[Row]]:
    from pyparsing import ParseException
    from rdflib.plugins.sparql import prepareQuery

    text = bind(nq, params, rdflib_dialect=True)
    try:
        prepared = prepareQuery(text, initNs=KNOWN)
    except (ParseException, ValueError, TypeError) as exc:
        raise _syntax_error(nq, exc)
    except Exception as exc:  # pragma: no cover - other parser failures
        raise _syntax_error(nq, exc)
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


def _from_ox(term):
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


def _store_rows(store_dir: Path | str, nq: NamedQuery, params: dict[str, str]) -> tuple[list[str], list[Row]]:
    import pyoxigraph as ox

    from kg.store import open_store

    text = bind(nq, params)
    store = open_store(store_dir, read_only=True)
    try:
        result = store.query(text, use_default_graph_as_union=True, prefixes=KNOWN)
    except SyntaxError as exc:
        raise _syntax_error(nq, exc)
    except OSError as exc:
        raise InputError(f"{store_dir}: query failed ({exc})")
    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [[Literal(bool(result))]]
    if isinstance(result, ox.QueryTriples):
        rows = [[_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)] for t in result]
        return ["subject", "predicate", "object"], sorted(rows, key=lambda r: [str(x) for x in r])
    names = [v.value for v in result.variables]
    return names, [[_from_ox(sol[n]) for n in names] for sol in result]


# ---- SPARQL 1.1 Protocol

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


def _sparql_post(url: str, text: str, accept: str, default_graphs: Sequence[str] = ()) -> tuple[str, bytes]:
    fields = [("query", text)] + [("default-graph-uri", g) for g in default_graphs] \
        + [("named-graph-uri", g) for g in default_graphs]
    return http("POST", url, data=urllib.parse.urlencode(fields).encode("utf-8"),
                headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "Accept": accept})


def _from_json(binding: dict | None):
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
    _ct, body = _sparql_post(query_url, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                             "application/sparql-results+json")
    data = json.loads(body)
    names = [b["g"]["value"] for b in data["results"]["bindings"] if "g" in b]
    return sorted(g for g in names if g.startswith(DKG_BASE))


def _check_syntax(nq: NamedQuery, text: str) -> None:
    """Parse the query locally (Oxigraph's SPARQL 1.1 parser, on an empty
    in-memory store), so a syntax error is reported with the query's own line
    and column rather than as a server's HTTP 400."""
    import pyoxigraph as ox

    try:
        ox.Store().query(text, prefixes=KNOWN)
    except SyntaxError as exc:
        raise _syntax_error(nq, exc)
    except Exception:  # pragma: no cover - evaluation problems are the server's to report
        pass


def _endpoint_rows(url: str, nq: NamedQuery, params: dict[str, str]) -> tuple[list[str], list[Row]]:
    query_url, _store = endpoint_urls(url)
    bound = bind(nq, params)
    _check_syntax(nq, bound)
    text = with_prefixes(bound)
    form = query_form(text)
    # the default graph of the query is the union of the project's graphs, as
    # with the embedded store; a store without them is queried as it is
    graphs = kg_graphs(query_url)
    if form in ("SELECT", "ASK"):
        _ct, body = _sparql_post(query_url, text, "application/sparql-results+json", graphs)
        data = json.loads(body)
        if "boolean" in data:
            return ["ask"], [[Literal(bool(data["boolean"]))]]
        names = data["head"].get("vars", [])
        return names, [[_from_json(b.get(n)) for n in names] for b in data["results"]["bindings"]]
    _ct, body = _sparql_post(query_url, text, "application/n-triples", graphs)
    graph = Graph().parse(data=body.decode("utf-8"), format="nt")
    return ["subject", "predicate", "object"], sorted([list(t) for t in graph], key=lambda r: [str(x) for x in r])


def fetch_all(*, store=None, endpoint=None) -> Graph:
    """Every triple of a store or endpoint (the union of its graphs) as one graph."""
    if store is not None:
        from kg.store import open_store

        graph = Graph()
        for quad in open_store(store, read_only=True).quads_for_pattern(None, None, None, None):
            graph.add((_from_ox(quad.subject), _from_ox(quad.predicate), _from_ox(quad.object)))
        return graph
    query_url, _ = endpoint_urls(endpoint)
    _ct, body = _sparql_post(query_url, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples",
                             kg_graphs(query_url))
    return Graph().parse(data=body.decode("utf-8"), format="nt")


# --------------------------------------------------------------------------- entry point

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
        return _endpoint_rows(endpoint, nq, params)
    data = graph if isinstance(graph, Graph) else read_graph(graph or DEFAULT_GRAPH)
    return _rdflib_rows(data, nq, params)


# --------------------------------------------------------------------------- output

def short(term) -> str:
    """A readable form: prefixed name for known namespaces, the lexical form of
    a literal, ``_:id`` for a blank node, empty for unbound."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        value = str(term)
        best = max((ns for ns in KNOWN.values() if value.startswith(ns)), key=len, default=None)
        if best is not None and len(value) > len(best):
            prefix = next(p for p, ns in KNOWN.items() if ns == best)
            return f"{prefix}:{value[len(best):]}"
        return f"<{value}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _plain(term):
    """JSON value: numbers stay numbers, booleans booleans, everything else its
    full string (IRIs unabbreviated)."""
    if term is None:
        return None
    if isinstance(term, Literal) and term.datatype in (XSD.integer, XSD.int, XSD.long, XSD.decimal,
                                                        XSD.double, XSD.float, XSD.boolean):
        value = term.toPython()
        if isinstance(value, (bool, int, float)):
            return value
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _cell(term) -> str:
    text = " ".join(short(term).split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def format_rows(names: list[str], rows: list[Row], fmt: str = "table") -> str:
    if fmt == "json":
        return json.dumps([dict(zip(names, map(_plain, row))) for row in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(names)
        for row in rows:
            writer.writerow(["" if t is None else (f"_:{t}" if isinstance(t, BNode) else str(t)) for t in row])
        return buf.getvalue()
    if fmt != "table":
        raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    cells = [[_cell(t) for t in row] for row in rows]
    widths = [max([len(n)] + [len(r[i]) for r in cells]) for i, n in enumerate(names)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    out = [line(names), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
