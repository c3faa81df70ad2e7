"""What of slovnet's spans can be a name.

The tagger reads every capitalised word as a possible name, and news pages give it
many: a common noun opening a sentence (Причиной стала ...), a menu item (Архив
новостей), a plain abbreviation (СМИ), a stray letter, words across a line break
(a holiday in a headline and the next line's first word).  pymorphy3's dictionary
says what a word is: a name's head is a word it knows as a name (Name, Surn, Patr,
Geox, Orgn), a word it does not know, or, for an organisation, a class noun
(``data/organization_heads.tsv``: Совет, Министерство); a word it knows only as a
common noun is none.  An abbreviation ends a name: the lower-case words after it
(ШОС плюс, a format of meetings) are no part of it.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.lang.ru.morphology import NAME_MARKS, parses
from kg.lang.ru.names import is_adjective
from kg.lang.ru.organizations import head_row

PROPER = tuple(m for m in NAME_MARKS if m != "Abbr")


def common_word(word: str) -> bool:
    """A word pymorphy3's dictionary holds, and only as no name (Причина, Архив, СМИ)."""
    found = parses(word)
    return bool(found) and all(getattr(p, "is_known", False) for p in found) \
        and not any(any(m in p.tag for m in PROPER) for p in found)


def name_span(doc: Doc, ent: Span, kind: str) -> tuple[int, int] | None:
    """The part of a tagged span that can be a name of ``kind``, or None."""
    start, end = ent.start, ent.end
    broken = next((t.i for t in ent if t.is_space and "\n" in t.text), None)
    if broken is not None:
        end = broken  # a name stands on one line
    while end > start and doc[end - 1].is_space:
        end -= 1
    words = [t for t in doc[start:end] if any(ch.isalpha() for ch in t.text)]
    if not words or kind == "Person" and all(len(t.text) == 1 for t in words):
        return None  # П
    abbreviation = next((t.i for t in doc[start:end] if len(t) > 1 and t.text.isupper() and t.is_alpha), None)
    if abbreviation is not None and abbreviation + 1 < end and all(t.is_lower for t in doc[abbreviation + 1:end]):
        end = abbreviation + 1  # ШОС плюс
    first = words[0]
    if kind == "Person" and len(words) == 1 and first.is_alpha and len(first) > 1 and common_word(first.text):
        return None  # Причиной стала ...
    head = next((t for t in words if not is_adjective(t.text)), None)
    if kind == "Organization" and head is not None and head.is_alpha and not head.text.isascii() \
            and common_word(head.text) and head_row(head, any_number=True) is None:
        return None  # СМИ, Архив новостей
    return start, end
