"""A possible mention, before overlapping candidates from different sources are settled."""
from __future__ import annotations

from dataclasses import dataclass, field

CONJUNCTIONS = frozenset({"мен", "бен", "пен", "және", "әрі"})


@dataclass(order=True)
class Candidate:
    start: int
    end: int
    kind: str = field(compare=False)
    refs: tuple[str, ...] = field(default=(), compare=False)
    source: str = field(default="", compare=False)
    priority: int = field(default=0, compare=False)
    title: dict | None = field(default=None, compare=False)
    label: str | None = field(default=None, compare=False)  # the name, when not the span's own words
    owner: tuple[str, ...] = field(default=(), compare=False)  # countries whose organ this is
    alt_names: tuple[str, ...] = field(default=(), compare=False)  # other nominatives of the name


def without_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Keep the strongest, then longest, of overlapping candidates."""
    ranked = sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    taken: set[int] = set()
    kept = []
    for c in ranked:
        span = set(range(c.start, c.end))
        if span & taken:
            continue
        taken |= span
        kept.append(c)
    return sorted(kept)
