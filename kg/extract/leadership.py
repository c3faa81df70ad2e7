"""leaderOf: a head of state or government, as the text titles them
("Ресей Президенті Владимир Путин", "Президент Тоқаев", "Әзербайжан
Президенті" resolved to the person the document names).  Ministers, deputies
and ambassadors hold titles too, but not leadership.  Each leaderOf carries the
document's date (``observed_on``), and a former title (бұрынғы Президенті,
Тұңғыш Президенті, экс-президент) says so (``former``), so that a query can ask
who led a country on a given day."""
from __future__ import annotations

from typing import Iterator

from kg.extract.base import Context, Evidence, Fact, extractor


@extractor("leadership")
def leadership(ctx: Context) -> Iterator[Fact]:
    seen = set()
    for entity in ctx.resolution.entities.values():
        for role in entity.roles:
            if not role.leader or not role.country:
                continue
            key = (entity.key, role.country)
            if key in seen:
                continue
            seen.add(key)
            yield Fact(entity.key, "leaderOf", f"country/{role.country}",
                       Evidence.of(role.span.sent), "leadership", observed_on=ctx.date, former=role.former)
