"""People's names the tagger reads over a town's name in Russian news.

A town's name inside the tagger's name of a person is the person's when it completes
the name, with one other word or initials only (Рамилем Гасаном, Орлов Р.О.); before
a first name and a surname it may be a town's the tagger took in (города Кентау
Даурена Махажанова), and the gazetteer's place stands.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

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
