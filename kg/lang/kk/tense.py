"""Is an event said to have happened, or to be coming?  Kazakh marks it on the verb:
the past in -ды/-ті (кездесті: met), the aorist in -а/-е + -ды (кездеседі: will
meet), intention in -мақ/-мек (кездеспек), the future participle in -атын/-етін
(өтетін саммит).  The endings, the words that mark a plan (жоспарлануда, алдағы)
and the forms whose ending misleads are in ``kg/lang/kk/data/tense.tsv``.

>>> [tense_of(w) for w in ("кездесті", "кездеседі", "кездеспек", "қабылдады", "қабылдайды", "келеді", "кездеспеді")]
['reported', 'planned', 'planned', 'reported', 'planned', 'planned', 'negated']
>>> tense_of("кездесу") is None
True
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from kg.lang.kk import DATA as KK_DATA

VOWELS = frozenset("аәеёиоөұүыіэюяу")


@dataclass(frozen=True)
class Ending:
    form: str
    tense: str
    after: str
    min_stem: int

    def fits(self, word: str) -> bool:
        if not word.endswith(self.form):
            return False
        stem = word[: -len(self.form)]
        if len(stem) < self.min_stem:
            return False
        if self.after == "vowel":
            return stem[-1] in VOWELS
        if self.after == "consonant":
            return stem[-1] not in VOWELS
        return True


@dataclass(frozen=True)
class TenseData:
    endings: tuple[Ending, ...]
    words: dict[str, str]
    before: dict[str, str]
    after: dict[str, str]
    forms: dict[str, str]
    participles: tuple[str, ...]
    verbal_nouns: tuple[str, ...]


@cache
def tense_data() -> TenseData:
    rows = KK_DATA.read_tsv("tense.tsv")
    endings = [Ending(r["form"], r["tense"], r["after"] or "any", int(r["min_stem"] or 1))
               for r in rows if r["kind"] == "ending"]
    by = {kind: {r["form"]: r["tense"] for r in rows if r["kind"] == kind}
          for kind in ("word", "before", "after", "form")}
    participles = tuple(r["form"] for r in rows if r["kind"] == "participle")
    verbal_nouns = tuple(r["form"] for r in rows if r["kind"] == "verbal_noun")
    return TenseData(tuple(sorted(endings, key=lambda e: -len(e.form))), by["word"], by["before"], by["after"],
                     by["form"], participles, verbal_nouns)


def tense_of(word: str) -> str | None:
    """"reported", "planned" or "negated" for a verb form that says so, else None."""
    low = word.casefold()
    data = tense_data()
    if low in data.forms:
        return None if data.forms[low] == "none" else data.forms[low]
    if not low.isalpha() or len(low) < 4:
        return None
    for ending in data.endings:
        if ending.fits(low):
            return ending.tense
    return None


def plan_word(word: str, lemma: str | None = None) -> bool:
    """A word that marks an event as planned wherever it stands (жоспарлануда, күтілуде)."""
    words = tense_data().words
    return word.casefold() in words or (lemma is not None and lemma.casefold() in words)


def before_event(word: str) -> str | None:
    """The tense a word standing before an event noun gives it (алдағы сапар: planned)."""
    return tense_data().before.get(word.casefold())


def after_event(words: Sequence[str]) -> str | None:
    """The tense the words right after an event noun give it: readiness, a proposal or the
    conditions of a meeting are no meeting held (кездесуге дайын, кездесуді ұсынды,
    кездесудің шарттары: planned), also past a verbal noun of holding it (саммит өткізуге дайын).

    >>> after_event(["дайын"]), after_event(["өткізуге", "дайын"]), after_event(["барысында", "дайын"])
    ('planned', 'planned', None)
    """
    data = tense_data()
    for i, word in enumerate(words[:2]):
        low = word.casefold()
        if low in data.after:
            return data.after[low]
        if i or not low.endswith(data.verbal_nouns):
            return None
    return None


def participle(word: str) -> bool:
    """A past participle (келген, қойылған): it qualifies a noun, and its past holds there.

    >>> participle("қойылған"), participle("қойылды")
    (True, False)
    """
    low = word.casefold()
    return len(low) > 4 and low.endswith(tense_data().participles)
