"""Anniversaries: "Абайдың жүз жетпіс бес жылдығы" (Abai's 175th anniversary) is one event.

KazNERD tags a name in the genitive, the number of years after it and the
anniversary noun as one EVENT; a tagger that finds the name alone finds a PERSON
(or a GPE, an ORGANISATION) where the text names a celebration.  The number is
written in words (``anniversary.tsv``, a closed class) or in digits, the noun
carries the possessive (жылдығы, жылдығына: the anniversary *of* the name).

>>> anniversary_end(["жүз", "жетпіс", "бес", "жылдығына", "арналған"], 0)
4
>>> anniversary_end(["75", "жылдығы"], 0)
2
>>> anniversary_end(["жүз", "жылдық", "тарихы"], 0) is None
True
"""
from __future__ import annotations

from functools import cache
from typing import Sequence

from kg.lang.kk import DATA as KK_DATA
from kg.lang.kk.morphology import default_analyser

MAX_NUMBER_WORDS = 5  # мың тоғыз жүз сексен бес


@cache
def anniversary_words() -> dict[str, frozenset[str]]:
    rows = KK_DATA.read_tsv("anniversary.tsv")
    return {kind: frozenset(r["word"] for r in rows if r["kind"] == kind) for kind in ("number", "noun")}


def is_number(word: str) -> bool:
    return word.isdigit() or word.casefold() in anniversary_words()["number"]


def anniversary_end(words: Sequence[str], start: int) -> int | None:
    """The end of "number words + possessed anniversary noun" beginning at ``start``, or None."""
    i = start
    while i < len(words) and i - start < MAX_NUMBER_WORDS and is_number(words[i]):
        i += 1
    if i == start or i >= len(words):
        return None
    reading = default_analyser().analyse(words[i])
    if reading.lemma.casefold() in anniversary_words()["noun"] and reading.possessive == "3":
        return i + 1
    return None
