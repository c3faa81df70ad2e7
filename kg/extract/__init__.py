"""Relation extractors, one module per relation family, found through a registry.

Adding a relation means adding a module here that decorates a function with
``@extractor("name")``; every module in this package is imported on first use.
"""
from __future__ import annotations

import importlib
from dataclasses import replace
from functools import cache
import pkgutil
from typing import Iterable

from kg.extract.base import REGISTRY, Context, Event, Fact, extractor

__all__ = ["Context", "Event", "Fact", "extractor", "run_extractors", "registered"]


@cache
def registered() -> dict:
    for module in pkgutil.iter_modules(__path__):
        if module.name != "base":
            importlib.import_module(f"{__name__}.{module.name}")
    return dict(REGISTRY)


def run_extractors(ctx: Context, names: Iterable[str] | None = None) -> tuple[list[Fact], list[Event]]:
    """Facts and events of every extractor; a triple two extractors find (a signed agreement
    is cooperation too) is kept once, as the first found it, since a document states it once.
    An event names only entities of the document: a country a leader's gazetteer entry
    implies is no participant the text names."""
    facts: dict[tuple[str, str, str], Fact] = {}
    events: list[Event] = []
    for name, func in sorted(registered().items()):
        if names is not None and name not in names:
            continue
        for item in func(ctx):
            if isinstance(item, Event):
                event = named_only(ctx, item)
                if event is not None:
                    events.append(event)
            else:
                facts.setdefault((item.subject, item.predicate, item.object), item)
    return list(facts.values()), events


def named_only(ctx: Context, event: Event) -> Event | None:
    known = ctx.resolution.entities
    participants = tuple(p for p in event.participants if p in known)
    if not participants:
        return None
    return replace(event, participants=participants,
                   place=event.place if event.place in known else None,
                   destination=event.destination if event.destination in known else None)
