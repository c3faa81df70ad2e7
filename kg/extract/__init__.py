"""Relation extractors, one module per relation family, found through a registry.

Adding a relation means adding a module here that decorates a function with
``@extractor("name")``; every module in this package is imported on first use.
"""
from __future__ import annotations

import importlib
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
    facts: list[Fact] = []
    events: list[Event] = []
    for name, func in sorted(registered().items()):
        if names is not None and name not in names:
            continue
        for item in func(ctx):
            (events if isinstance(item, Event) else facts).append(item)
    return facts, events
