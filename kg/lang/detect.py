"""Which language a text is in: Kazakh, Russian, or something this builder does not read.

Kazakh and Russian share the Cyrillic alphabet; Kazakh adds nine letters (ә ғ қ ң ө ұ
ү һ і) that stand in a good part of its words, while Russian news writes them only
in the odd Kazakh name (Ақорда).  So the share of Cyrillic words that hold one
decides (in between, the words only one of them uses: и, что; және, үшін), and Latin text with the letters of the Kazakh Latin alphabet is Kazakh too.

>>> detect("Тоқаев Бакуде Әлиевпен кездесті."), detect("Токаев встретился с Алиевым в Баку.")
('kk', 'ru')
>>> detect("Tokayev met Aliyev in Baku.") is None
True
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from kg.lang.kk.translit import is_kazakh_latin

KAZAKH_ONLY = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
WORD = re.compile(r"[^\W\d_]+")
# a Kazakh text has a Kazakh letter in about a third of its words; a Russian page that
# names Ақорда or Қазақстан once, in a few in a hundred
KAZAKH_SHARE = 0.08
KAZAKH_SURE = 0.2


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
