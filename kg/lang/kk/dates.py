"""Dates in Kazakh news text, resolved to ISO dates against the document's date.

News reports say when with a full date (2024 жылғы 12 наурызда), a day and month
whose year is the document's (12 наурызда), a range (12-13 қарашада: the first
day, and the last as ``end``), a month alone (наурызда: month precision), a
year (2024 жылы), or a word relative to the day of writing (кеше, ертең, осы
аптада).  Month names, ordinals and relative words are data files in
``kg/data/lang``; case forms of month names come from the noun analyser.

>>> from datetime import date
>>> [(d.date, d.precision) for d in find_dates("Кеше Тоқаев 12-13 қарашада Бакуге барды.", date(2024, 11, 10))]
[('2024-11-09', 'day'), ('2024-11-12', 'day')]
>>> find_dates("2024 жылғы 5 наурызда", None)[0].date
'2024-03-05'
>>> document_date("Ақорда\\n12.03.2024 14:35\\nҚасым-Жомарт Тоқаев ...")
'2024-03-12'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from kg.lang.base import DateMention, parse_iso  # noqa: F401  (parse_iso: read here too)
from kg.lang.kk import DATA as KK_DATA

TOKEN = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}|\w+(?:-\w+)*|\S")
NUMERIC = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})$|(\d{4})-(\d{2})-(\d{2})$")
DAY_RANGE = re.compile(r"(\d{1,2})(?:-(\d{1,2}))?$")
ORDINAL = re.compile(r"(\d{1,2})-(\w+)$")
YEAR = re.compile(r"(1[89]|20)\d\d$")


@dataclass(frozen=True)
class DateWords:
    months: dict[str, int]
    ordinal_suffixes: frozenset[str]
    ordinal_words: dict[str, int]
    relative: dict[tuple[str, ...], tuple[str, int]]
    year_words: frozenset[str]
    day_words: frozenset[str]
    month_words: frozenset[str]


@cache
def date_words() -> DateWords:
    ordinals = KK_DATA.read_tsv("ordinals.tsv")
    words = KK_DATA.read_tsv("date_words.tsv")
    return DateWords(
        months={r["form"]: int(r["number"]) for r in KK_DATA.read_tsv("months.tsv")},
        ordinal_suffixes=frozenset(r["form"] for r in ordinals if r["kind"] == "suffix"),
        ordinal_words={r["form"]: int(r["value"]) for r in ordinals if r["kind"] == "word"},
        relative={tuple(r["phrase"].split()): (r["unit"], int(r["offset"]))
                  for r in KK_DATA.read_tsv("relative_days.tsv")},
        year_words=frozenset(r["form"] for r in words if r["kind"] == "year"),
        day_words=frozenset(r["form"] for r in words if r["kind"] == "day"),
        month_words=frozenset(r["form"] for r in words if r["kind"] == "month"),
    )


@cache
def _lemma(word: str) -> str:
    from kg.lang.kk.morphology import default_analyser

    return default_analyser().analyse(word).lemma.casefold()


def month_of(word: str) -> int | None:
    """The month a word names in any case form (наурызда, қыркүйегінде → 3, 9).

    >>> month_of("қыркүйегінде"), month_of("мамырдың"), month_of("мамандар")
    (9, 5, None)
    """
    months = date_words().months
    low = word.casefold()
    if low in months:
        return months[low]
    if not low.isalpha() or not any(low.startswith(m[:3]) for m in months):
        return None
    return months.get(_lemma(word))


@dataclass
class _Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.casefold()


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_at(tokens: list[_Token], i: int) -> int | None:
    """A four-digit year at ``i`` followed by a year word (2024 жылғы, 2024 ж.)."""
    if i < 0 or i + 1 >= len(tokens) or not YEAR.match(tokens[i].text):
        return None
    return int(tokens[i].text) if tokens[i + 1].low in date_words().year_words else None


def _day_number(token: _Token) -> tuple[int, int | None] | None:
    """(first day, last day) of "12", "12-13", "12-сі", or an ordinal word."""
    words = date_words()
    if token.low in words.ordinal_words:
        return words.ordinal_words[token.low], None
    m = DAY_RANGE.match(token.text)
    if m:
        first, last = int(m.group(1)), m.group(2) and int(m.group(2))
        return (first, last) if 1 <= first <= 31 and (last is None or first < last <= 31) else None
    m = ORDINAL.match(token.low)
    if m and m.group(2) in words.ordinal_suffixes and 1 <= int(m.group(1)) <= 31:
        return int(m.group(1)), None
    return None


def _day_month(tokens: list[_Token], i: int, year: int | None, reference: date | None) -> tuple[DateMention, int] | None:
    """"[2024 жылғы] 12[-13] наурызда [2024 ж.]" or "наурыздың 12-сі", starting at token ``i``."""
    day = _day_number(tokens[i])
    month = month_of(tokens[i + 1].text) if day and i + 1 < len(tokens) else None
    if day and month:
        after = i + 2
        if year is None and _year_at(tokens, after):
            year = int(tokens[after].text)
            after += 2
        elif year is None and after < len(tokens) and YEAR.match(tokens[after].text):
            year, after = int(tokens[after].text), after + 1  # "12 наурыз 2024" on a date line
    else:
        month = month_of(tokens[i].text)
        day = _day_number(tokens[i + 1]) if month and i + 1 < len(tokens) else None
        if not (month and day and tokens[i].low.endswith(("дың", "дің", "тың", "тің", "ның", "нің"))):
            return None
        after = i + 2
    year = year or (reference.year if reference else None)
    first = year and _valid(year, month, day[0])
    if not first:
        return None
    last = day[1] and _valid(year, month, day[1])
    if after < len(tokens) and tokens[after].low in date_words().day_words:
        after += 1
    return DateMention(tokens[i].start, tokens[after - 1].end, first.isoformat(), "day",
                       last.isoformat() if last else None), after


def _relative(tokens: list[_Token], i: int, reference: date | None) -> tuple[DateMention, int] | None:
    if reference is None:
        return None
    for phrase, (unit, offset) in date_words().relative.items():
        n = len(phrase)
        if i + n > len(tokens):
            continue
        words = [t.low for t in tokens[i : i + n]]
        if words[:-1] != list(phrase[:-1]) or (words[-1] != phrase[-1] and _lemma(words[-1]) != phrase[-1]):
            continue
        return DateMention(tokens[i].start, tokens[i + n - 1].end, *_shift(reference, unit, offset),
                           relative=True), i + n
    return None


def _shift(reference: date, unit: str, offset: int) -> tuple[str, str]:
    """The first day of the day, week, month or year ``offset`` units from ``reference``."""
    if unit == "day":
        return (reference + timedelta(days=offset)).isoformat(), "day"
    if unit == "week":
        monday = reference - timedelta(days=reference.weekday())
        return (monday + timedelta(weeks=offset)).isoformat(), "week"
    if unit == "month":
        months = reference.year * 12 + reference.month - 1 + offset
        return date(months // 12, months % 12 + 1, 1).isoformat(), "month"
    return date(reference.year + offset, 1, 1).isoformat(), "year"


def _month_or_year(tokens: list[_Token], i: int, year: int | None, reference: date | None) -> tuple[DateMention, int] | None:
    """"[2024 жылғы] наурызда": a month, in lower case (Наурыз is also the spring feast),
    and with no year only in the locative (a month named as the time of something)."""
    token = tokens[i]
    month = month_of(token.text)
    if not month or not (year or reference):
        return None
    end = i + 1
    if end < len(tokens) and _lemma(tokens[end].text) in date_words().month_words:
        end += 1  # "Қазан айында": the month named with the word for month, in any case
    elif not token.text[:1].islower() or (not year and _case(token.text) != "Loc"):
        return None
    return DateMention(token.start, tokens[end - 1].end, date(year or reference.year, month, 1).isoformat(),
                       "month"), end


@cache
def _case(word: str) -> str:
    from kg.lang.kk.morphology import default_analyser

    return default_analyser().analyse(word).case


def find_dates(text: str, reference: date | None = None) -> list[DateMention]:
    """Every date stated in ``text``, in order; dates without a year take the year
    of ``reference`` (the document's date), relative words are resolved against it,
    and with no reference both are left out.

    >>> from datetime import date
    >>> ref = date(2024, 3, 14)  # a Thursday
    >>> [(d.date, d.precision) for d in find_dates("Осы аптада, наурызда, 2023 жылы", ref)]
    [('2024-03-11', 'week'), ('2024-03-01', 'month'), ('2023-01-01', 'year')]
    >>> d = find_dates("2024 жылдың 12-13 қарашасында", ref)[0]
    >>> d.date, d.end_date
    ('2024-11-12', '2024-11-13')
    """
    tokens = _tokens(text)
    found: list[DateMention] = []
    i = 0
    while i < len(tokens):
        hit = _numeric(tokens, i) or _absolute(tokens, i, reference) or _relative(tokens, i, reference)
        if hit:
            found.append(hit[0])
            i = hit[1]
        else:
            i += 1
    return found


def _numeric(tokens: list[_Token], i: int) -> tuple[DateMention, int] | None:
    token = tokens[i]
    m = NUMERIC.match(token.text)
    if not m:
        return None
    d = _valid(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m.group(1) else \
        _valid(int(m.group(4)), int(m.group(5)), int(m.group(6)))
    return (DateMention(token.start, token.end, d.isoformat()), i + 1) if d else None


def _absolute(tokens: list[_Token], i: int, reference: date | None) -> tuple[DateMention, int] | None:
    year = _year_at(tokens, i)
    start = i + 2 if year else i
    if start < len(tokens):
        hit = _day_month(tokens, start, year, reference) or _month_or_year(tokens, start, year, reference)
        if hit:
            mention, after = hit
            return DateMention(tokens[i].start, mention.end, mention.date, mention.precision,
                               mention.end_date), after
    if year and tokens[i + 1].low == "жылы":
        return DateMention(tokens[i].start, tokens[i + 1].end, date(year, 1, 1).isoformat(), "year"), i + 2
    return None


# A date line: a few characters beside the date (a time, a separator, "Жарияланды:").
DATE_LINE_SLACK = 16
DATE_LINE_SCAN = 8


def document_date(text: str) -> str | None:
    """The date a page carries on a line of its own near the top ("12.03.2024 14:35",
    "2024 жылғы 12 наурыз"), for documents that come without a ``date`` field.

    >>> document_date("Тоқаев Путинмен кездесті.\\n12 наурыз 2024, 10:15")
    '2024-03-12'
    >>> document_date("Тоқаев 2024 жылғы 12 наурызда Путинмен кездесті, тараптар сауданы талқылады.") is None
    True
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:DATE_LINE_SCAN]
    for line in lines:
        if len(line) > 120 or not any(ch.isdigit() for ch in line):
            continue  # a date line is short and has figures
        for mention in find_dates(line, None):
            rest = line[: mention.start] + line[mention.end :]
            letters = re.sub(r"[\d\s:.,/|–—-]", "", rest)
            if mention.precision == "day" and len(letters) <= DATE_LINE_SLACK:
                return mention.date
    return None
