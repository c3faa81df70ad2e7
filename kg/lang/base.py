"""What every language package provides, behind one interface: the stages after
mentions ask the document's ``LanguageKit`` for its words and grammar and know no
language themselves.

A kit is plain functions and data: the spaCy pipeline that makes a ``Doc`` with
readings and ``doc.spans["mentions"]``, page cleaning, dates, tense, the lexicons
of titles, triggers, cues and sectors, and the few facts of word order the
extractors must know (whether a finite verb ends its clause, as in Kazakh, or may
stand anywhere, as in Russian; whether a title agrees in case with the name after
it).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Sequence

from datetime import date

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.lexicons import Lexicons, PhraseTable


@dataclass(frozen=True)
class DateMention:
    """A date the text states: characters ``start``–``end`` of the text, the ISO
    ``date`` (the first day of a range, week or month), ``end`` (the last day of a
    range), how precise it is, and whether it was relative to the document's date."""

    start: int
    end: int
    date: str
    precision: str = "day"
    end_date: str | None = None
    relative: bool = False


@dataclass(frozen=True)
class Tense:
    """Whether a word says an event happened or is coming."""

    tense_of: Callable[[str], str | None]           # "reported", "planned", "negated" or None
    plan_word: Callable[..., bool]                   # (word, lemma=None): a plan wherever it stands
    before_event: Callable[[str], str | None]        # a word before an event noun (алдағы, предстоящий)
    after_event: Callable[[Sequence[str]], str | None]  # the words right after it (кездесуге | дайын: not held yet)
    participle: Callable[[str], bool]                # a past participle that qualifies a noun


@dataclass(frozen=True)
class LanguageKit:
    code: str
    make_pipeline: Callable[..., "Language"]                     # (use_ner=True) -> spaCy pipeline
    prepare: Callable[[str], tuple[str, bool, str | None]]       # raw text -> (clean text, transliterated,
                                                                 #              the page's date line)
    find_dates: Callable[[str, date | None], list[DateMention]]
    tense: Tense
    lexicons: Callable[[], "Lexicons"]
    event_words: Callable[[], "PhraseTable"]
    clause_ends: frozenset[str]
    verb_final: bool = True          # a finite verb ends its clause (Kazakh); else it may stand anywhere
    title_agrees: bool = False       # a title agrees in case with the name after it (Russian)
    head_first: bool = False         # a noun comes before its genitive: встреча Токаева (Russian);
                                     # after it: Тоқаевтың кездесуі (Kazakh)


def parse_iso(value: str | None) -> date | None:
    """A date from the ``date`` field of a document (ISO), or None.

    >>> parse_iso("2024-03-12T10:00"), parse_iso("soon")
    (datetime.date(2024, 3, 12), None)
    """
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
