"""Which language a text is in: Kazakh, Russian, or something this builder does not read.

Kazakh and Russian share the Cyrillic alphabet; Kazakh adds nine letters (ә ғ қ ң ө ұ
ү һ і) that stand in a good part of its words, while Russian news writes them only
in the odd Kazakh name (Ақорда).  So the share of Cyrillic words that hold one
decides (in between, the words only one of them uses: и, что; және, үшін), and Latin text with the letters of the Kazakh Latin alphabet is Kazakh too.

>>> detect("Тоқаев Бакуде Әлиевпен кездесті."), detect("Токаев встретился с Алиевым в Баку.")
('kk', 'ru')
>>> detect("Tokayev met Aliyev in Baku.") is None
True

A page may hold both languages (a release printed in Kazakh and then in Russian, a
Russian statement quoted whole in a Kazakh report): :func:`language_runs` says which
stretches of it are in which, paragraph by paragraph, so each is read by its own
language; a short line (a caption, a menu word, a dateline) goes with the paragraphs
around it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.lang.kk.translit import is_kazakh_latin

KAZAKH_ONLY = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
WORD = re.compile(r"[^\W\d_]+")
# a Kazakh text has a Kazakh letter in about a third of its words; a Russian page that
# names Ақорда or Қазақстан once, in a few in a hundred
KAZAKH_SHARE = 0.08
KAZAKH_SURE = 0.2
# a paragraph of fewer words says too little to set its own language, and a stretch of
# one language shorter than a few sentences is a quote or clutter inside the other
PARAGRAPH_WORDS = 8
RUN_WORDS = 30


def detect(text: str) -> str | None:
    """"kk", "ru", or None for text in neither (English, or no letters)."""
    words = WORD.findall(text)
    cyrillic = [w for w in words if "\u0400" <= w[0] <= "\u04ff"]
    if not words or len(cyrillic) < 0.3 * len(words):
        return "kk" if words and is_kazakh_latin(text) else None
    kazakh = sum(1 for w in cyrillic if not KAZAKH_ONLY.isdisjoint(w))
    if kazakh >= KAZAKH_SURE * len(cyrillic):
        return "kk"
    if kazakh < KAZAKH_SHARE * len(cyrillic):
        return "ru"
    # in between (a short text, or Kazakh written with few of its own letters): the words
    # that only one of the languages uses decide
    lowered = [w.casefold() for w in cyrillic]
    ru = sum(1 for w in lowered if w in function_words("ru"))
    kk = sum(1 for w in lowered if w in function_words("kk"))
    return "ru" if ru > kk else "kk"


@cache
def function_words(code: str) -> frozenset[str]:
    from kg.data import DataFolder

    return DataFolder(Path(__file__).parent / code / "data").read_word_list("function_words.txt")


@dataclass(frozen=True)
class LanguageRun:
    """A stretch ``text[start:end]`` of whole paragraphs in one language."""

    start: int
    end: int
    lang: str | None
    words: int


def language_runs(text: str) -> list[LanguageRun]:
    """The text's stretches by language: one run (the whole text, in :func:`detect`'s
    language) unless at least two stretches of whole paragraphs, each long enough to be
    more than a quote, are each clearly in another language than their neighbours.

    >>> kk = "Қазақстан мен Әзербайжан арасындағы ынтымақтастық жыл сайын нығайып келеді. " * 5
    >>> ru = "Стороны обсудили вопросы торгово-экономического сотрудничества и культурных связей. " * 5
    >>> page = kk + "\\n" + ru
    >>> [(r.lang, page[r.start:r.start + 7]) for r in language_runs(page)]
    [('kk', 'Қазақст'), ('ru', 'Стороны')]
    >>> [r.lang for r in language_runs(kk + "\\nГлавная страница новостей\\n" + kk)]
    ['kk']
    """
    whole = [LanguageRun(0, len(text), detect(text), len(WORD.findall(text)))]
    paragraphs = _paragraphs(text)
    if len(paragraphs) < 2:
        return whole
    runs: list[LanguageRun] = []
    for run in paragraphs:
        if runs and run.lang in (None, runs[-1].lang):
            last = runs.pop()
            run = LanguageRun(last.start, run.end, last.lang, last.words + run.words)
        runs.append(run)
    if runs[0].lang is None and len(runs) > 1:  # leading short lines go with what follows
        first, second = runs[0], runs[1]
        runs[:2] = [LanguageRun(first.start, second.end, second.lang, first.words + second.words)]
    runs = _absorb_short(runs)
    if len(runs) < 2 or any(detect(text[r.start:r.end]) != r.lang for r in runs):
        return whole
    return runs


def _paragraphs(text: str) -> list[LanguageRun]:
    """Each line, with its language when it has words enough to tell (None otherwise)."""
    paragraphs = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        words = len(WORD.findall(line))
        lang = detect(line) if words >= PARAGRAPH_WORDS else None
        paragraphs.append(LanguageRun(start, min(end + 1, len(text)), lang, words))
        start = end + 1
    return paragraphs


def _absorb_short(runs: list[LanguageRun]) -> list[LanguageRun]:
    """Runs of fewer than RUN_WORDS words joined to the run before them (or after, at the
    start), and neighbours of one language joined again."""
    joined: list[LanguageRun] = []
    for run in runs:
        if joined and (run.words < RUN_WORDS or run.lang == joined[-1].lang):
            last = joined.pop()
            run = LanguageRun(last.start, run.end, last.lang, last.words + run.words)
        elif joined and joined[-1].words < RUN_WORDS:
            last = joined.pop()
            run = LanguageRun(last.start, run.end, run.lang, last.words + run.words)
        joined.append(run)
    return joined
