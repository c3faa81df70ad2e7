"""One document, text to facts: analyse, find mentions, resolve, extract.

>>> from kg.extraction import DocumentExtractor
>>> result = DocumentExtractor(use_ner=False).extract("d1", "Ресей Президенті Владимир Путин Астанаға келді.")
>>> sorted((f.subject, f.predicate, f.object) for f in result.facts if f.predicate == "leaderOf")
[('person/vladimir-putin', 'leaderOf', 'country/russia')]
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import Context, Event, Fact, run_extractors
from kg.frame import frame_of
from kg.gazetteer import default_gazetteer
from kg.lang.kk.dates import document_date
from kg.lang.kk.translit import is_kazakh_latin, to_cyrillic
from kg.lexicons import default_lexicons
from kg.names import mend_lookalikes
from kg.lang.kk.page import KAZAKH_LETTERS, clean_page
from kg.lang.kk.pipeline import make_pipeline
from kg.resolve import Entity, Resolver


@dataclass
class DocumentResult:
    id: str
    text: str
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    transliterated: bool = False
    kazakh: bool = True
    date: str | None = None  # the document's date: its ``date`` field, or a date line on the page


def looks_kazakh(text: str) -> bool:
    """Cyrillic text with Kazakh letters, or enough Cyrillic to analyse."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    kazakh = len(KAZAKH_LETTERS.findall(text))
    return cyrillic >= 0.3 * len(letters) and kazakh >= 0.002 * len(letters)


class DocumentExtractor:
    def __init__(self, nlp: Language | None = None, use_ner: bool = True, home_country: str = "kazakhstan") -> None:
        self.nlp = nlp or make_pipeline(use_ner=use_ner)
        self.gazetteer = default_gazetteer()
        self.lexicons = default_lexicons()
        self.resolver = Resolver(self.gazetteer, self.lexicons, home_country)
        self.home_country = home_country

    def extract(self, doc_id: str, text: str, date: str | None = None) -> DocumentResult:
        return self.extract_many([(doc_id, text, date)])[0]

    def extract_many(self, items: Iterable[tuple[str, str] | tuple[str, str, str | None]],
                     batch_size: int = 64) -> list[DocumentResult]:
        """Results for (id, text) or (id, text, date) items, in order.  The date (ISO) is
        what relative dates (кеше, ертең) count from; without it, a date line on the page.
        The texts go through ``nlp.pipe`` because the network is much faster on a batch
        than one document at a time."""
        results = [self._prepare(*item) for item in items]
        kazakh = [r for r in results if r.kazakh]
        for result, doc in zip(kazakh, self.nlp.pipe((r.text for r in kazakh), batch_size=batch_size)):
            self._extract_facts(result, doc)
        return results

    @staticmethod
    def _prepare(doc_id: str, text: str, date: str | None = None) -> DocumentResult:
        cyrillic = mend_lookalikes(to_cyrillic(text))
        # a few Latin words with Kazakh letters (aqorda_resmi) are converted silently; a Latin text is noted;
        # a Latin look-alike typed inside a Cyrillic word (Xабар) is made Cyrillic, same length
        return DocumentResult(doc_id, clean_page(cyrillic), transliterated=is_kazakh_latin(text),
                              kazakh=looks_kazakh(cyrillic), date=date or document_date(cyrillic))

    def _extract_facts(self, result: DocumentResult, doc: Doc) -> None:
        resolution = self.resolver(doc)
        ctx = Context(doc, resolution, self.gazetteer, self.lexicons, self.home_country, date=result.date)
        ctx.frame = frame_of(ctx)
        result.facts, result.events = run_extractors(ctx)
        result.entities = sorted(resolution.entities.values(), key=lambda e: e.key)
