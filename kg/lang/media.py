"""The media a news page names, in any language: they are organisations of the guide.

A page credits its sources in shapes that do not depend on its language:

- a web address in running text or a credit line (akorda.kz, UzDaily.uz, «Лента.ру»);
- a Latin-script name in quotes in Cyrillic text (“The Qazaq Times”, «Qazaqstan»);
- a Latin-script name joined to a Cyrillic word (Telegram-канале, Telegram-дағы);
- a medium's class noun beside a quoted name or an abbreviation: агентства «Казинформ»,
  телеканал «Хабар 24», агентства ТАСС in Russian, where the noun comes first;
  «Кабар» агенттігі, ТАСС агенттігіне in Kazakh, where it comes last;
- an agency's dateline, the name before the dash that opens a report, after the place
  and date (Астана. 3 июля. КазТАГ – ..., CentralAsia (KZ) - ...).

The class nouns are each language's data (``name_parts.tsv``, kind ``media_noun``, by
lemma); the kit says on which side of the name they stand.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.candidates import Candidate
from kg.lang.sites import TLDS
from kg.lexicons import Lexicons
from kg.tokens import all_keys, text_of, texts_of

SITE = re.compile(rf"(?<![\w@/.])[^\W\d_][\w-]*(?:\.[\w-]+)*\.{TLDS}\b(?![/\w]|\.\w)", re.IGNORECASE)
LATIN_WORD = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F'&]*$")
LATIN_JOINED = re.compile(r"^([A-Z][A-Za-z]+)-[^\W\d_A-Za-z]+$")
QUOTES = {"«": "»", '"': '"', "“": "”", "„": "“", "”": "”"}
LONGEST = 5  # words in a quoted name
COMPOUND_TAIL = 5  # letters and hyphen after initials: a word of its own, longer than a case ending (-ның, -дағы)
DASHES = frozenset({"-", "--", "–", "—"})
DATELINE = 12  # tokens from a line's start to the dash of its dateline


def media_names(doc: Doc, lexicons: Lexicons, noun_first: bool) -> list[Candidate]:
    """The media the page names; ``noun_first``: the class noun stands before the name."""
    nouns = frozenset(lexicons.name_parts.get("media_noun", ()))
    return [*sites(doc), *quoted_latin(doc), *latin_joined(doc), *by_class_noun(doc, nouns, noun_first),
            *datelines(doc)]


def sites(doc: Doc) -> list[Candidate]:
    out = []
    for m in SITE.finditer(text_of(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            out.append(Candidate(span.start, span.end, "Organization", (), "site", priority=3, label=m.group(0)))
    return out


def quoted(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges inside quotes that may be a name: a few words, the first capitalised."""
    out = []
    texts = texts_of(doc)
    for i, text in enumerate(texts):
        closer = QUOTES.get(text)
        if closer is None:
            continue
        end = next((k for k in range(i + 1, min(i + LONGEST + 2, len(texts))) if texts[k] in (closer, "»", "”")),
                   None)
        if end is not None and end > i + 1 and texts[i + 1][:1].isupper() \
                and not any("\n" in t for t in texts[i + 1:end]):
            out.append((i + 1, end))
    return out


def quoted_latin(doc: Doc) -> list[Candidate]:
    """“The Qazaq Times”, «Qazaqstan»: a Latin-script name quoted in a Cyrillic text."""
    out = []
    for start, end in quoted(doc):
        words = [t for t in doc[start:end] if not t.is_space]
        if words and all(LATIN_WORD.match(t.text) or t.is_digit for t in words) and LATIN_WORD.match(words[0].text):
            out.append(Candidate(start, end, "Organization", (), "quoted", priority=3))
    return out


def latin_joined(doc: Doc) -> list[Candidate]:
    """Telegram-канале, Telegram-дағы, CNN-ге: the Latin part names the service.  Initials
    joined to a word rather than a case ending qualify a common noun (IT-технологии,
    GMP-стандартам, IT-компаниялар): a field or a standard, no medium."""
    out = []
    for i, text in enumerate(texts_of(doc)):
        m = LATIN_JOINED.match(text)
        if m and not (m.group(1).isupper() and len(text) - m.end(1) > COMPOUND_TAIL):
            out.append(Candidate(i, i + 1, "Organization", (), "media", priority=4, label=m.group(1)))
    return out


def by_class_noun(doc: Doc, nouns: frozenset[str], noun_first: bool) -> list[Candidate]:
    """A quoted name or an abbreviation beside a medium's class noun (агентства «Казинформ»,
    ТАСС агенттігіне); the name is the quoted words, ahead of a name by head noun (ТАСС
    агенттігі), as the medium is known by its own name."""
    if not nouns:
        return []
    out = []
    keys = all_keys(doc)
    names = {(start, end) for start, end in quoted(doc)}
    for start, end in names:
        beside = start - 2 if noun_first else end + 1
        if 0 <= beside < len(doc) and keys[beside] & nouns:
            out.append(Candidate(start, end, "Organization", (), "medium", priority=4, label=doc[start:end].text))
    for i, text in enumerate(texts_of(doc)):
        if not (len(text) > 1 and text.isupper()) or not doc[i].is_alpha:
            continue
        beside = i - 1 if noun_first else i + 1
        if 0 <= beside < len(doc) and keys[beside] & nouns:
            out.append(Candidate(i, i + 1, "Organization", (), "medium", priority=4))
    return out


def datelines(doc: Doc) -> list[Candidate]:
    """The agency a dateline names: at the start of a line, the capitalised words between the
    last full stop or comma and the first dash (Астана. 3 июля. КазТАГ – ...), or the words of
    the line before it when they are one name (CentralAsia (KZ) - ...)."""
    out = []
    texts = texts_of(doc)
    for line_start in (i for i in range(len(texts)) if i == 0 or "\n" in texts[i - 1]
                       or (texts[i - 1][:1].isspace() and doc[i - 1].is_space)):
        dash = next((k for k in range(line_start, min(line_start + DATELINE, len(doc)))
                     if doc[k].text in DASHES or "\n" in doc[k].text), None)
        if dash is None or doc[dash].text not in DASHES or dash == line_start or dash + 1 >= len(doc) \
                or "\n" in doc[dash].whitespace_ + doc[dash + 1].text:
            continue  # the report goes on after the dash on the same line (not a byline: Автор -)
        if not doc[dash - 1].whitespace_:
            continue  # a dash written close joins two names (Путин–Трамп кездесуі), it opens no report
        start = max((k + 1 for k in range(line_start, dash) if doc[k].text in (".", ",")), default=line_start)
        end = dash
        if doc[end - 1].text == ")":  # CentralAsia (KZ): a country code after the name
            opener = next((k for k in range(end - 1, start - 1, -1) if doc[k].text == "("), None)
            end = opener if opener is not None else end
        words = [t for t in doc[start:end] if not t.is_space]
        if 1 <= len(words) <= 3 and all(t.text[:1].isupper() and any(ch.isalpha() for ch in t.text) for t in words):
            out.append(Candidate(start, end, "Organization", (), "dateline", priority=2))
    return out
