"""Is an event said to have happened, or to be coming?  A Russian verb says it by its
tense and aspect, which pymorphy3 reads: the past (встретился, посетил) is reported,
the perfective future (встретится, посетит) and the future of быть are planned.
Words that mark a plan wherever they stand (планируется, намерен) and words before an
event noun (предстоящий визит) are in ``data/tense.tsv``.

>>> [tense_of(w) for w in ("встретился", "встретится", "посетит", "провели", "встреча")]
['reported', 'planned', 'planned', 'reported', None]
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from kg.lang.ru import DATA
from kg.lang.ru.morphology import parses


@cache
def _words() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for row in DATA.read_tsv("tense.tsv"):
        out.setdefault(row["kind"], {})[row["form"]] = row["tense"]
    return out


@lru_cache(maxsize=20_000)
def tense_of(word: str) -> str | None:
    """"reported" or "planned" for a finite verb (or a short participle) that says so, else None."""
    found = parses(word.casefold())
    if not found:
        return None
    best = found[0]
    if best.tag.POS not in ("VERB", "PRTS"):
        return None
    if best.tag.tense == "past" or best.tag.POS == "PRTS":
        return "reported"
    if best.tag.tense == "futr" or best.normal_form == "быть" and best.tag.tense == "futr":
        return "planned"
    return None


def plan_word(word: str, lemma: str | None = None) -> bool:
    words = _words().get("word", {})
    return word.casefold() in words or (lemma or _lemma(word)) in words


def before_event(word: str) -> str | None:
    return _words().get("before", {}).get(_lemma(word)) or None


def after_event(words: Sequence[str]) -> str | None:
    """Russian puts these words before the noun (готов к встрече: :func:`before_event`)."""
    return _words().get("after", {}).get(words[0].casefold()) if words else None


def participle(word: str) -> bool:
    """A past participle (подписанный, состоявшийся): it qualifies a noun, and its past holds there.

    >>> participle("подписанное"), participle("подписали")
    (True, False)
    """
    found = parses(word.casefold())
    return bool(found) and found[0].tag.POS == "PRTF" and found[0].tag.tense == "past"


def _lemma(word: str) -> str:
    found = parses(word.casefold())
    return found[0].normal_form if found else word.casefold()
