"""Sentence boundaries for Kazakh news.

spaCy's sentencizer ends a sentence at every full stop, so "Қ.Тоқаев
В.Путинмен кездесті" became three sentences and the meeting was lost.  Here a
full stop after an initial (a single letter: Қ., Қ.-Ж.), after an abbreviation
listed in ``kg/lang/kk/data/abbreviations.tsv`` (2024 ж., т.б.) or before a word in
lower case (Group Co. компаниясы) does not end a sentence; a line break always does.

>>> sentence_starts(["Қ", ".", "Тоқаев", "келді", ".", "Ол", "айтты", "."])
[True, False, False, False, False, True, False, False]
>>> sentence_starts(["2024", "ж", ".", "12", "қаңтарда", "."])
[True, False, False, False, False, False]
>>> sentence_starts(["Эни", "С.П.А", ".", "компаниясының", "директоры", "келді", "."])
[True, False, False, False, False, False, False]
>>> sentence_starts(["Group", "Co", ".", "компаниясы", "келді", "."])
[True, False, False, False, False, False]
"""
from __future__ import annotations

import re
from functools import cache
from typing import Sequence

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from kg.lang.kk import DATA as KK_DATA

ENDS = frozenset({".", "!", "?", "…", "?!", "!!", "..."})
CLOSERS = frozenset({"»", "”", '"', "'", ")", "]", "’"})
INITIALS = re.compile(r"^[^\W\d_](?:\.-?[^\W\d_])*$")


@cache
def abbreviations() -> frozenset[str]:
    return KK_DATA.read_word_list("abbreviations.tsv")


def keeps_sentence_open(word: str) -> bool:
    """A full stop after ``word`` is part of an initial or abbreviation."""
    if INITIALS.match(word) and "." in word:
        return True  # С.П.А, А.Қ.Ш: letters with full stops between are one abbreviation
    return bool(INITIALS.match(word)) and len(word.replace(".", "").replace("-", "")) <= 2 \
        or word.casefold() in abbreviations()


def continues_lowercase(words: Sequence[str], i: int) -> bool:
    """The word after a full stop opens in lower case (Group Co. өңірлік компаниясы, 400 млн.
    евроға): a sentence of news opens with a capital, so the stop closed an abbreviation."""
    while i < len(words) and words[i].isspace() and "\n" not in words[i]:
        i += 1
    return i < len(words) and words[i][:1].isalpha() and words[i][:1].islower()


def sentence_starts(words: Sequence[str]) -> list[bool]:
    """For each token, whether it starts a sentence."""
    starts = [False] * len(words)
    ended = True
    for i, word in enumerate(words):
        if ended and word not in ENDS and word not in CLOSERS and not word.isspace():
            starts[i], ended = True, False
        if "\n" in word and word.isspace():
            ended = True
        elif word in ENDS and not (word == "." and (i and keeps_sentence_open(words[i - 1])
                                                   or continues_lowercase(words, i + 1))):
            ended = True
    if words and not starts[0]:
        starts[0] = True
    return starts


@Language.component("kk_sentences")
def kk_sentences(doc: Doc) -> Doc:
    """Set all boundaries at once: ``token.is_sent_start`` rescans the document on each call."""
    if len(doc):
        starts = sentence_starts([t.text for t in doc])
        values = numpy.array([[1 if start else -1] for start in starts], dtype="int64").astype("uint64")
        doc.from_array([SENT_START], values)
    return doc
