"""One document, text to facts: language, analyse, find mentions, resolve, extract.

Each document is read by its language's kit (:mod:`kg.lang`): the language comes
from the text (:mod:`kg.lang.detect`) unless the input names it; a text in a
language the builder does not read adds no facts.  A page with stretches of
paragraphs in both languages has each stretch read by its own language, and what
they found is put back together as one document's (its ``sections``).

>>> from kg.extraction import DocumentExtractor
>>> result = DocumentExtractor(use_ner=False).extract("d1", "Ресей Президенті Владимир Путин Астанаға келді.")
>>> sorted((f.subject, f.predicate, f.object) for f in result.facts if f.predicate == "leaderOf")
[('person/vladimir-putin', 'leaderOf', 'country/russia')]
"""
from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import Context, Event, Fact, run_extractors
from kg.frame import frame_of
from kg.gazetteer import default_gazetteer
from kg.lang import LANGUAGES, language
from kg.lang.base import LanguageKit
from kg.lang.detect import LanguageRun, language_runs
from kg.identity.entities import Entity
from kg.identity.resolve import Resolver
from kg.model import Section

Item = tuple[str, str] | tuple[str, str, str | None] | tuple[str, str, str | None, str | None]


@dataclass
class DocumentResult:
    id: str
    text: str
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    transliterated: bool = False
    lang: str | None = "kk"  # the language the document was read in; None: one the builder does not read
    date: str | None = None  # the document's date: its ``date`` field, or a date line on the page
    declared: str | None = None  # the language the input named, when the builder does not read it
    sections: list[Section] = field(default_factory=list)  # a page in two languages: each one's findings


@dataclass
class _Reading:
    """A text one pipeline reads: a whole document, or one language's stretch of a page
    (``offset``: where its cleaned text starts in the page's)."""

    result: DocumentResult
    owner: DocumentResult | None = None
    offset: int = 0


@contextmanager
def long_lived() -> Iterator[None]:
    """Make, inside it, what lives as long as the process: the models, dictionaries and
    gazetteers.  The collector is paused while they are made (set off by their hundreds of
    thousands of allocations, it walked every object of the process, 0.05 CPU s each time),
    then one full collection frees the garbage of making them and they are frozen out of
    the collector's generations: a later full collection no longer walks them, and a forked
    worker does not copy the pages the collector would touch.  Inside a pause someone else
    made (a block of its own, nested), it leaves the collector to them."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        gc.freeze()
        gc.enable()


class DocumentExtractor:
    """Extracts documents in any language the builder reads; each language's pipeline is
    made the first time a document in it comes, once per process."""

    def __init__(self, nlp: Language | None = None, use_ner: bool = True, home_country: str = "kazakhstan") -> None:
        self.use_ner = use_ner
        with long_lived():
            self.gazetteer = default_gazetteer()
        self.home_country = home_country
        self.pipelines: dict[str, Language] = {} if nlp is None else {"kk": nlp}
        self.resolvers: dict[str, Resolver] = {}

    @property
    def nlp(self) -> Language:
        """The Kazakh pipeline (the one most callers mean)."""
        return self.pipeline("kk")

    def pipeline(self, lang: str) -> Language:
        if lang not in self.pipelines:
            with long_lived():
                self.pipelines[lang] = language(lang).make_pipeline(use_ner=self.use_ner)
        return self.pipelines[lang]

    def resolver(self, kit: LanguageKit) -> Resolver:
        if kit.code not in self.resolvers:
            self.resolvers[kit.code] = Resolver(self.gazetteer, kit.lexicons(), self.home_country,
                                                title_agrees=kit.title_agrees)
        return self.resolvers[kit.code]

    def extract(self, doc_id: str, text: str, date: str | None = None, lang: str | None = None) -> DocumentResult:
        return self.extract_many([(doc_id, text, date, lang)])[0]

    def extract_many(self, items: Iterable[Item], batch_size: int = 64) -> list[DocumentResult]:
        """Results for (id, text), (id, text, date) or (id, text, date, lang) items, in order.
        The date (ISO) is what relative dates (кеше, вчера) count from; without it, a date
        line on the page.  The texts of a language go through its ``nlp.pipe`` together,
        because the networks are much faster on a batch than one document at a time."""
        results: list[DocumentResult] = []
        readings: list[_Reading] = []
        for item in items:
            result, mine = self._prepare(*item)
            results.append(result)
            readings.extend(mine)
        for code in LANGUAGES:
            mine = [r for r in readings if r.result.lang == code]
            if not mine:
                continue
            kit = language(code)
            texts = (r.result.text for r in mine)
            for reading, doc in zip(mine, self.pipeline(code).pipe(texts, batch_size=batch_size)):
                self._extract_facts(kit, reading.result, doc)
        for reading in readings:
            if reading.owner is not None:
                _put_back(reading)
        return results

    def warm_up(self, items: Iterable[Item]) -> None:
        """Make the pipelines of the languages these documents are in and extract one document
        of each (its result is dropped), so that what loads at the first document of a
        language (lexicons, gazetteer indexes) is loaded too, all of it :func:`long_lived`.
        A build calls it before it forks its workers: they share the parent's models page by
        page (copy-on-write) instead of each loading its own.  The languages are told from the
        texts alone, without cleaning every page of the batch only to learn them."""
        first: dict[str, Item] = {}
        for item in items:
            for code in _reading_languages(*item):  # a page in two languages loads both
                first.setdefault(code, item)
        with long_lived():
            if first:
                self.extract_many(list(dict.fromkeys(first.values())))

    @staticmethod
    def _prepare(doc_id: str, text: str, date: str | None = None,
                 lang: str | None = None) -> tuple[DocumentResult, list[_Reading]]:
        """The document's result, and what its pipelines read: the document itself, or,
        for a page in two languages, each language's stretch cleaned by its own kit."""
        declared, runs = _languages(text, lang)
        code = declared or runs[0].lang
        if code not in LANGUAGES:
            return DocumentResult(doc_id, text, lang=None, date=date, declared=declared), []
        if len(runs) < 2:
            clean, transliterated, page_date = language(code).prepare(text)
            result = DocumentResult(doc_id, clean, transliterated=transliterated, lang=code, date=date or page_date)
            return result, [_Reading(result)]
        readings: list[_Reading] = []
        offset = 0
        for run in runs:
            clean, transliterated, page_date = language(run.lang).prepare(text[run.start:run.end])
            part = DocumentResult(doc_id, clean, transliterated=transliterated, lang=run.lang, date=date or page_date)
            readings.append(_Reading(part, offset=offset))
            offset += len(clean) + 1
        main = max(LANGUAGES, key=lambda c: sum(r.words for r in runs if r.lang == c))
        page_date = next((r.result.date for r in readings if r.result.date), None)
        result = DocumentResult(doc_id, "\n".join(r.result.text for r in readings),
                                transliterated=any(r.result.transliterated for r in readings),
                                lang=main, date=date or page_date)
        for reading in readings:
            reading.owner = result
        return result, readings

    def _extract_facts(self, kit: LanguageKit, result: DocumentResult, doc: Doc) -> None:
        resolution = self.resolver(kit)(doc)
        ctx = Context(doc, resolution, self.gazetteer, kit.lexicons(), self.home_country, date=result.date,
                      language=kit)
        ctx.frame = frame_of(ctx)
        result.facts, result.events = run_extractors(ctx)
        result.entities = sorted(resolution.entities.values(), key=lambda e: e.key)


def _languages(text: str, lang: str | None) -> tuple[str | None, list[LanguageRun]]:
    """The language the input names (its first two letters), or else the text's stretches
    of each language (:func:`kg.lang.detect.language_runs`)."""
    declared = (lang or "").strip().casefold()[:2] or None
    return declared, language_runs(text) if not declared else []


def _reading_languages(doc_id: str, text: str, date: str | None = None, lang: str | None = None) -> list[str]:
    """The languages :meth:`DocumentExtractor._prepare` reads a document in (none if the
    builder does not read its language), without cleaning the page."""
    declared, runs = _languages(text, lang)
    code = declared or runs[0].lang
    if code not in LANGUAGES:
        return []
    return [code] if len(runs) < 2 else [run.lang for run in runs]


def _put_back(reading: _Reading) -> None:
    """A stretch's findings into its page's result, evidence counted in the page's text;
    an entity both stretches name is listed once (the first stretch's), and a fact both
    state once."""
    owner, offset = reading.owner, reading.offset
    facts = [replace(f, evidence=f.evidence.shifted(offset)) for f in reading.result.facts]
    events = [replace(e, evidence=e.evidence.shifted(offset)) for e in reading.result.events]
    stated = {(f.subject, f.predicate, f.object) for f in owner.facts}
    facts = [f for f in facts if (f.subject, f.predicate, f.object) not in stated]
    owner.sections.append(Section(reading.result.lang, reading.result.entities, facts, events))
    known = {e.key for e in owner.entities}
    owner.entities.extend(e for e in reading.result.entities if e.key not in known)
    owner.facts.extend(facts)
    owner.events.extend(events)
