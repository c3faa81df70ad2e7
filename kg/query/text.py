"""Query text: the named queries of ``queries/`` with their parameter headers,
and parameters bound as escaped RDF terms in a ``VALUES`` block, never pasted.

>>> param_term("id:person/ilham-aliyev")
rdflib.term.URIRef('https://w3id.org/diplomacy-kg/id/person/ilham-aliyev')
>>> param_term('x" } ; DROP ALL ; #')
rdflib.term.Literal('x" } ; DROP ALL ; #')
>>> sparql_term(param_term('a"b\\\\c'))
'"a\\\\"b\\\\\\\\c"'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from kg.io import InputError
from kg.rdf import PREFIXES
from kg.resources import queries_dir

QUERIES = queries_dir()  # queries/ in a checkout, kg/queries in an installed wheel
# prefixes for parameter values and for readable output (longest namespace wins)
KNOWN = {**{p: str(ns) for p, ns in PREFIXES.items()},
         "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "owl": str(OWL)}
DKG_BASE = "https://w3id.org/diplomacy-kg/"

Row = list  # list[rdflib term | None], one per variable


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



def syntax_error(nq: NamedQuery, exc: Exception) -> InputError:
    first = (str(exc).strip().splitlines() or [""])[0][:300]
    first = re.sub(r"\s*\(at char \d+\),?", "", first)
    return InputError(f"query {nq.name!r}: SPARQL syntax error: {first}")

