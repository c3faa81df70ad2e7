"""Russian pages as stored carry clutter besides the report: "Читайте также", share
buttons, photo credits.  Lines that start with or are such a marker
(``data/page_clutter.tsv``) are dropped; a credit loses its marker and keeps the name
it credits (a medium or a photographer: entities of the guide); the rest of the text
is kept as it was.

>>> clean_page("Токаев встретился с Путиным.\\nФото: akorda.kz\\nПоделиться\\nСтороны обсудили торговлю.")
'Токаев встретился с Путиным.\\nakorda.kz\\nСтороны обсудили торговлю.'
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


def credited(line: str) -> str | None:
    """The name a credit line gives (Фото: akorda.kz → akorda.kz), or None."""
    low = line.casefold().lstrip()
    marker = next((m for m in markers().get("credit", ()) if low.startswith(m)), None)
    if marker is None:
        return None
    return line.lstrip()[len(marker):].strip()


def clean_page(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        name = credited(line)
        if name is not None:
            if name:
                lines.append(name)
        elif not is_clutter_line(line):
            lines.append(line)
    return "\n".join(lines)
