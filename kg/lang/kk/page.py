"""Page cleaning: what a news page carries besides the article is no content.

Stored pages keep their clutter: menus (Іздеу, Жазылу), rubric and date lines
(``Білім • Бүгін, 09:50``, ``18 Қазан 2019, 10:54 2642``), view counters,
currency tickers, photo credits, e-mail addresses and URLs.  Each would give
entities (Қазан as a city, 09:40 as an organisation) or glue onto the
sentence beside it.  Cleaning blanks them with spaces, keeping every line break
and every other character where it was, so the offsets of evidence still point
into the text as given.  Line breaks end sentences, so a headline stays a
sentence of its own.

>>> clean_page("Жазылу\\nТоқаев Бакуге келді.\\nФото: Ақорда\\n21.12.2023, 14:00 105 Оразай Жеңісұлы")
'      \\nТоқаев Бакуге келді.\\n      Ақорда\\n                      Оразай Жеңісұлы'
>>> clean_page("Білім • Бүгін, 09:50\\nПрезидент хат жолдады, деп хабарлайды news.kz (info@news.kz).")
'                    \\nПрезидент хат жолдады, деп хабарлайды news.kz (            ).'
"""
from __future__ import annotations

import re
from functools import cache

from kg.lang.kk import DATA as KK_DATA
from kg.lang.kk.web import SITE, URL

CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")
WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
SEPARATORS = re.compile(r"[•|·]")
CREDIT_TAIL = re.compile(r"\s*(?:[:/\-–—]|by\b)\s*")
KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
SENTENCE_END = re.compile(r"[.!?…:;»\")]\s*$")


@cache
def markers() -> dict[str, frozenset[str]]:
    """Words that open a credit (Фото: …) and menu items, by kind, case-folded."""
    out: dict[str, set[str]] = {}
    for row in KK_DATA.read_tsv("page_clutter.tsv"):
        out.setdefault(row["kind"], set()).add(row["phrase"].casefold())
    return {kind: frozenset(words) for kind, words in out.items()}


def is_clutter_line(line: str) -> bool:
    """A line that no article sentence looks like: a menu item, a date or rubric line,
    a counter or ticker figure, a row of links."""
    stripped = line.strip()
    if not stripped:
        return False
    words = WORD.findall(SITE.sub(" ", stripped))
    if not words:
        return True  # 4.85, 2642, —
    if stripped.casefold().strip(" .:!") in markers().get("menu", ()):
        return True
    ends = bool(SENTENCE_END.search(stripped))
    if CLOCK.search(stripped) and len(words) <= 8 and not ends:
        return True  # Білім • Бүгін, 09:50 ; 10:00, 15 Шілде 2009 | GMT +5
    if YEAR.search(stripped) and len(words) <= 3 and not stripped.endswith("."):
        return True  # Президент 26 Қараша, 2022
    if SEPARATORS.search(stripped) and max(len(part.split()) for part in SEPARATORS.split(stripped)) <= 3:
        return True  # Басты бет | Саясат | Қоғам
    latin = sum(1 for w in words if w.isascii())
    if len(words) >= 3 and latin >= 0.6 * len(words):
        return True  # an English caption or menu in a Kazakh page
    russian = sum(1 for w in words if w.casefold() in markers().get("russian", ()))
    if len(words) >= 4 and russian >= 2 and not KAZAKH_LETTERS.search(stripped):
        return True  # a Russian caption or lead in a Kazakh page
    names_only = all(w[:1].isupper() for w in words) and not any(ch.isdigit() for ch in stripped)
    if not ends and len(words) <= 2 and not names_only:
        return True  # 415 рет ; көрсетілді ; USD: — a line of names (a byline, Астана) is left to mentions
    return False


def credit_markers(line: str) -> list[tuple[int, int]]:
    """The marker of a photo or video credit (``Фото:``, ``Photo by``): the names after it
    are the photographer's and the agency's, which are named entities of the page."""
    spans = []
    for m in WORD.finditer(line):
        if m.group(0).casefold() not in markers().get("credit", ()):
            continue
        tail = CREDIT_TAIL.match(line, m.end())
        if tail:  # "фото көрмесі" is content; "Фото: …", "Photo by …" are credits
            spans.append((m.start(), tail.end()))
    return spans


def name_runs(line: str) -> list[tuple[int, int]]:
    """Two or more capitalised words in a row (Оразай Жеңісұлы, Getty Images): a clutter
    line's byline or credit names a person or an agency, which stay."""
    runs, current = [], []
    for m in WORD.finditer(line):
        word = m.group(0)
        capitalised = word[:1].isupper() and not (len(word) > 1 and word.isupper())
        if capitalised and (not current or line[current[-1][1]:m.start()] == " "):
            current.append(m.span())
            continue
        if len(current) >= 2:
            runs.append((current[0][0], current[-1][1]))
        current = [m.span()] if capitalised else []
    if len(current) >= 2:
        runs.append((current[0][0], current[-1][1]))
    return runs


def gaps(keep: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The stretches of ``range(length)`` outside the sorted spans ``keep``."""
    out, at = [], 0
    for start, end in keep:
        out.append((at, start))
        at = max(at, end)
    out.append((at, length))
    return [(a, b) for a, b in out if b > a]


def clean_page(text: str) -> str:
    """The text with page clutter blanked; same length, same line breaks."""
    chars = list(text)

    def blank(start: int, end: int) -> None:
        for i in range(start, end):
            if chars[i] not in "\r\n":
                chars[i] = " "

    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if is_clutter_line(body):
            keep = sorted(name_runs(body) + [m.span() for m in SITE.finditer(body)])
            for start, end in gaps(keep, len(body)):
                blank(offset + start, offset + end)
        else:
            for start, end in credit_markers(body):
                blank(offset + start, offset + end)
            for m in URL.finditer(body):
                blank(offset + m.start(), offset + m.end())
        offset += len(line)
    return "".join(chars)
