"""Two people joined by a hyphen or a dash are two people, in either language.

Tokenizers keep a hyphenated word whole, as KazNERD does, because most are one name
(Қасым-Жомарт, Нұр-Сұлтан, Усть-Каменогорск) or one compound (сауда-экономикалық).
But headlines and captions pair the two sides of talks by their surnames (Путин-Трамп
кездесуі, переговоры Токаев–Мирзиёев), and a work by two authors joins two full names
(Ахмет Жұбанов-Латиф Хамидидің операсы): read whole, each was one person nobody is,
and the two real ones were lost.  So a word of two capitalised halves is split in three
when both halves name people, which first names and places never both do.  What makes a
half a surname (its ending, a known leader's name) or a first name is the language's.

>>> splitter = NamePairSplitter(lambda w: w in {"Путин", "Трамп"}, lambda w: False)
>>> splitter.halves("Путин-Трамп", None)
('Путин', '-', 'Трамп')
>>> splitter.halves("Нұр-Сұлтан", None) is None
True
"""
from __future__ import annotations

import re
from functools import cache
from typing import Callable

from spacy.tokens import Doc

PAIR = re.compile(r"^([^\W\d_]{2,})([-–—])([^\W\d_]{2,})$")
PERSON_CLASSES = frozenset({"Person", "Leader"})


@cache
def leader_surnames() -> frozenset[str]:
    """The last word of every name of a person the gazetteer knows (Путин, Трамп, Тоқаев)."""
    from kg.gazetteer import load_entries

    return frozenset(name.split()[-1].casefold() for e in load_entries() if e.cls in PERSON_CLASSES
                     for name in (e.kk, *e.aliases, e.ru) if name)


class NamePairSplitter:
    """``is_surname(word)``: the half is a surname; ``is_given_name(word)``: the second half
    is a first name, which makes a pair when a capitalised surname follows it."""

    def __init__(self, is_surname: Callable[[str], bool], is_given_name: Callable[[str], bool]) -> None:
        self.is_surname = is_surname
        self.is_given_name = is_given_name

    def halves(self, word: str, next_word: str | None) -> tuple[str, str, str] | None:
        match = PAIR.match(word)
        if match is None:
            return None
        left, dash, right = match.groups()
        if not (left[0].isupper() and right[0].isupper()) or not self.is_surname(left):
            return None
        if self.is_surname(right):
            return left, dash, right
        full_name_follows = bool(next_word) and next_word[:1].isupper() and next_word.isalpha()
        return (left, dash, right) if full_name_follows and self.is_given_name(right) else None

    def __call__(self, doc: Doc) -> Doc:
        splits = []
        for i, token in enumerate(doc):
            if "-" in token.text or "–" in token.text or "—" in token.text:
                parts = self.halves(token.text, doc[i + 1].text if i + 1 < len(doc) else None)
                if parts:
                    splits.append((token, parts))
        if splits:
            with doc.retokenize() as retokenizer:
                for token, parts in splits:
                    retokenizer.split(token, list(parts), heads=[(token, 0)] * 3)
        return doc
