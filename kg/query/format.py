"""Rows as a table, CSV or JSON: prefixed names for known namespaces, long
cells cut in the table only.

>>> short(URIRef("https://w3id.org/diplomacy-kg/ontology#met"))
'dkg:met'
"""
from __future__ import annotations

import csv
import io
import json

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from kg.io import InputError
from kg.query.text import KNOWN, Row

FORMATS = ("table", "csv", "json")
MAX_CELL = 72  # table format only; csv and json keep whole values


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
