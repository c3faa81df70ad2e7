"""Russian pages as stored carry clutter besides the report: photo credits, "Читайте
также", share buttons.  Lines that start with or are such a marker
(``data/page_clutter.tsv``) are dropped; the rest of the text is kept as it was.

>>> clean_page("Токаев встретился с Путиным.\\nФото: Акорда\\nПоделиться\\nСтороны обсудили торговлю.")
'Токаев встретился с Путиным.\\nСтороны обсудили торговлю.'
"""
from __future__ import annotations

from functools import cache

from kg.lang.ru import DATA


@cache
def markers() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for row in DATA.read_tsv("page_clutter.tsv"):
        out.setdefault(row["kind"], []).append(row["phrase"])
    return {k: tuple(v) for k, v in out.items()}


def is_clutter_line(line: str) -> bool:
    low = " ".join(line.casefold().split())
    return low in markers().get("line", ()) or low.startswith(markers().get("line_start", ()))


def clean_page(text: str) -> str:
    return "\n".join(ln for ln in text.split("\n") if not is_clutter_line(ln))
