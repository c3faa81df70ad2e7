"""People's names the tagger reads over a town's name in Russian news.

A town's name inside the tagger's name of a person is the person's when it completes
the name, with one other word or initials only (Рамилем Гасаном, Орлов Р.О.); before
a first name and a surname it may be a town's the tagger took in (города Кентау
Даурена Махажанова), and the gazetteer's place stands.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.candidates import Candidate

NAMED_AFTER = frozenset({"имени", "им"})  # театр ... имени Абая, КазНУ им. аль-Фараби
ON_BEHALF = frozenset({"от", "во"})  # от имени Президента: on his behalf, no one's name
NAME_PART = re.compile(r"^(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*|[а-яё]+-[А-ЯЁ][а-яё]+|(?:[А-ЯЁ]\.)+[А-ЯЁ]?[а-яё]*)$")
INITIALS = re.compile(r"^(?:[А-ЯЁ]\.)+$|^[А-ЯЁ]$")


def completing_person_names(doc: Doc) -> set[int]:
    """The words of the tagger's people's names that a town's name among them completes."""
    out: set[int] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        words = [t.i for t in ent if t.is_alpha and len(t) > 1]
        initials = [t.i for t in ent if INITIALS.match(t.text)]
        if len(words) <= 2 and len(words) + len(initials) >= 2:
            out.update(words)
    return out


def named_after(doc: Doc) -> list[Candidate]:
    """The person a body, a street or a prize is named after (театр оперы и балета имени Абая,
    музей имени Абылхана Кастеева, КазНУ им. аль-Фараби): the capitalised words after имени
    or им., a person's name in the genitive; not after от (от имени Президента, on his behalf)."""
    out = []
    for token in doc:
        if token.lower_ not in NAMED_AFTER or token.i == 0 or doc[token.i - 1].lower_ in ON_BEHALF:
            continue
        k = token.i + 1
        if token.lower_ == "им":
            if k >= len(doc) or doc[k].text != ".":
                continue
            k += 1
        start = end = k
        while end < len(doc) and end - start < 8 and (NAME_PART.match(doc[end].text) or INITIALS.match(doc[end].text)
                                                     or doc[end].text == "." and end > start
                                                     and INITIALS.match(doc[end - 1].text)):
            end += 1
        while end > start and doc[end - 1].text == ".":
            end -= 1
        if end > start and any(t.is_alpha and len(t) > 1 or "-" in t.text for t in doc[start:end]):
            out.append(Candidate(start, end, "Person", (), "named_after", priority=1))
    return out
