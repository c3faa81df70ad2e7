"""What every extractor sees (the analysed document with its frame) and what it
returns (facts and events, each with the sentence that says it)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from kg.document import AnalysedDocument, Sentence
from kg.frame import DocumentFrame
from kg.model import Event, Evidence, Fact

__all__ = ["Context", "Event", "Evidence", "Extractor", "Fact", "Sentence", "extractor"]


@dataclass
class Context(AnalysedDocument):
    """The analysed document and its frame (kg.frame.frame_of, after resolution)."""

    frame: DocumentFrame = field(default_factory=DocumentFrame.none)


Extractor = Callable[[Context], Iterable[Fact | Event]]
REGISTRY: dict[str, Extractor] = {}


def extractor(name: str) -> Callable[[Extractor], Extractor]:
    def register(func: Extractor) -> Extractor:
        REGISTRY[name] = func
        return func
    return register
