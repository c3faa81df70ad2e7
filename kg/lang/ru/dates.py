"""Dates in Russian news text, resolved to ISO dates against the document's date:
a full date (12 марта 2024 года), a day and month whose year is the document's (12
марта), a range (12-13 ноября), a month (в марте 2024 года: month precision), a year
(в 2024 году) or a word relative to the day of writing (вчера, на прошлой неделе, во вторник:
the latest Tuesday on or before it).  Month names, weekdays and relative words are in ``data/``.

>>> from datetime import date
>>> [(d.date, d.precision) for d in find_dates("Вчера Токаев 12-13 ноября прибыл в Баку.", date(2024, 11, 10))]
[('2024-11-09', 'day'), ('2024-11-12', 'day')]
>>> find_dates("12 марта 2024 года", None)[0].date
'2024-03-12'
>>> document_date("Акорда\\n12.03.2024 14:35\\nКасым-Жомарт Токаев ...")
'2024-03-12'
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from kg.lang.base import DateMention
from kg.lang.ru import DATA
from kg.lang.ru.morphology import parses

NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b")
DAY_MONTH = re.compile(r"\b(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?\s+([А-Яа-яЁё]+)(?:\s+(\d{4})(?:\s*(?:года|году|г\.?)\b)?)?")
MONTH_YEAR = re.compile(r"\b(?:[вВ]|[вВ]о)\s+([А-Яа-яЁё]+)(?:\s+(\d{4}))?")
YEAR = re.compile(r"\b((?:1[89]|20)\d\d)\s*(?:года|году|год|г\.)")
DATE_LINE_SLACK = 16
DATE_LINE_SCAN = 8
# A full date that starts within this many characters of the text is the report's dateline.
DATELINE_REACH = 6


@cache
def months() -> dict[str, int]:
    return {r["form"]: int(r["number"]) for r in DATA.read_tsv("months.tsv")}


@cache
def weekdays() -> re.Pattern:
    forms = "|".join(re.escape(r["form"]) for r in DATA.read_tsv("weekdays.tsv"))
    return re.compile(rf"(?<!\w)[вВ]о?\s+({forms})(?!\w)", re.IGNORECASE)


@cache
def weekday_numbers() -> dict[str, int]:
    return {r["form"]: int(r["weekday"]) for r in DATA.read_tsv("weekdays.tsv")}


def last_weekday(reference: date, weekday: int) -> date:
    """The latest ``weekday`` on or before ``reference``: a report tells a day just gone.

    >>> last_weekday(date(2024, 3, 13), 0), last_weekday(date(2024, 3, 13), 2)
    (datetime.date(2024, 3, 11), datetime.date(2024, 3, 13))
    """
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


@cache
def relative_words() -> list[tuple[re.Pattern, str, int]]:
    return [(re.compile(rf"(?<!\w){re.escape(r['phrase'])}(?!\w)", re.IGNORECASE), r["unit"], int(r["offset"]))
            for r in DATA.read_tsv("relative_days.tsv")]


def month_of(word: str) -> int | None:
    """The month a word names in any case (марта, марте → 3)."""
    table = months()
    low = word.casefold()
    if low in table:
        return table[low]
    found = parses(low)
    return table.get(found[0].normal_form) if found else None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shift(reference: date, unit: str, offset: int) -> tuple[date, str]:
    if unit == "day":
        return reference + timedelta(days=offset), "day"
    if unit == "week":
        monday = reference - timedelta(days=reference.weekday())
        return monday + timedelta(weeks=offset), "week"
    if unit == "month":
        month = reference.month - 1 + offset
        return date(reference.year + month // 12, month % 12 + 1, 1), "month"
    return date(reference.year + offset, 1, 1), "year"


def find_dates(text: str, reference: date | None = None) -> list[DateMention]:
    """Every date the text states, in order; relative words only with a reference date."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(mention: DateMention) -> None:
        if not any(s < mention.end and mention.start < e for s, e in taken):
            found.append(mention)
            taken.append((mention.start, mention.end))

    for m in NUMERIC.finditer(text):
        d = _valid(int(m[3]), int(m[2]), int(m[1])) if m[1] else _valid(int(m[4]), int(m[5]), int(m[6]))
        if d:
            add(DateMention(m.start(), m.end(), d.isoformat()))
    for m in DAY_MONTH.finditer(text):
        month = month_of(m[3])
        year = int(m[4]) if m[4] else (reference.year if reference else None)
        if month is None or year is None:
            continue
        first = _valid(year, month, int(m[1]))
        last = _valid(year, month, int(m[2])) if m[2] else None
        if first:
            add(DateMention(m.start(), m.end(), first.isoformat(), "day", last.isoformat() if last else None))
    for m in MONTH_YEAR.finditer(text):
        month = month_of(m[1])
        year = int(m[2]) if m[2] else (reference.year if reference else None)
        if month is not None and year is not None:
            add(DateMention(m.start(1), m.end(), date(year, month, 1).isoformat(), "month"))
    for m in YEAR.finditer(text):
        add(DateMention(m.start(), m.end(), date(int(m[1]), 1, 1).isoformat(), "year"))
    if reference is not None:
        for pattern, unit, offset in relative_words():
            for m in pattern.finditer(text):
                d, precision = _shift(reference, unit, offset)
                add(DateMention(m.start(), m.end(), d.isoformat(), precision, relative=True))
        for m in weekdays().finditer(text):
            d = last_weekday(reference, weekday_numbers()[m[1].casefold()])
            add(DateMention(m.start(), m.end(), d.isoformat(), "day", relative=True))
    return sorted(found, key=lambda d: d.start)


def document_date(text: str) -> str | None:
    """The date a page carries on a line of its own near the top ("12.03.2024 14:35",
    "12 марта 2024"), or at the start of its first line ("12.03.2024 Астана. Президент ...").

    >>> document_date("date 2025-11-04 Премьер-министр Беларуси прибыл в Астану.")
    '2025-11-04'
    >>> document_date("Президент Токаев 12 марта 2024 года прибыл в Баку.") is None
    True
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:DATE_LINE_SCAN]
    opening = find_dates(lines[0][:DATELINE_REACH * 4], None) if lines else []
    if opening and opening[0].start <= DATELINE_REACH and opening[0].precision == "day":
        return opening[0].date  # a dateline that opens the report: "date 2025-11-04 Премьер-министр ..."
    for line in lines:
        if len(line) > 120 or not any(ch.isdigit() for ch in line):
            continue
        for mention in find_dates(line, None):
            rest = line[: mention.start] + line[mention.end:]
            letters = re.sub(r"[\d\s:.,/|–—-]", "", rest)
            if mention.precision == "day" and len(letters) <= DATE_LINE_SLACK:
                return mention.date
    return None
