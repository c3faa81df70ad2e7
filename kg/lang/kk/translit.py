"""Transliteration: Kazakh in the 2021 Latin alphabet to Cyrillic.

Kazakh news appears in both scripts; analysing one script only means the
Latin text is transliterated first.  The mapping is letter for letter, except
for Russian loanwords that Latin spells by sound (prezident → президент,
premer → премьер; ``kg/lang/kk/data/latin_loanwords.tsv``), so the offsets of a
transliterated document refer to its Cyrillic text.

>>> to_cyrillic("Qazaqstan men Äzerbaıjan")
'Қазақстан мен Әзербайжан'
"""
from __future__ import annotations

import re
from functools import cache

from kg.lang.kk import DATA as KK_DATA

LATIN_2021 = {
    "a": "а", "ä": "ә", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "ğ": "ғ", "h": "х",
    "i": "і", "ı": "и", "j": "ж", "k": "к", "q": "қ", "l": "л", "m": "м", "n": "н", "ñ": "ң",
    "o": "о", "ö": "ө", "p": "п", "r": "р", "s": "с", "ş": "ш", "t": "т", "u": "у", "ū": "ұ",
    "ü": "ү", "v": "в", "y": "ы", "z": "з", "ç": "ч", "c": "ц", "w": "у", "x": "х",
}
KAZAKH_LATIN_MARKS = set("äğıñöşūüqÄĞÑÖŞŪÜQİ")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)




def _latin_letter(ch: str) -> str:
    if ch == "İ":
        return "І"
    low = ch.lower()
    if low not in LATIN_2021:
        return ch
    out = LATIN_2021[low]
    return out.upper() if ch.isupper() else out


def is_kazakh_latin(text: str) -> bool:
    """Text written mostly in Latin letters with the marks of Kazakh's 2021 alphabet."""
    words = _WORD.findall(text)
    latin = [w for w in words if all("a" <= c.lower() <= "z" or c in KAZAKH_LATIN_MARKS or c in "ıi" for c in w)]
    if not words or len(latin) < 0.5 * len(words):
        return False
    marked = sum(1 for w in latin if set(w) & KAZAKH_LATIN_MARKS)
    return marked >= max(1, 0.08 * len(latin))


LATIN_LINE = 6  # words of a Kazakh-Latin line in a Cyrillic text: a paragraph, not a quoted name


def to_cyrillic(text: str) -> str:
    """All Latin words of a Kazakh-Latin text to Cyrillic; in a Cyrillic text, those of its
    Kazakh-Latin lines (a paragraph or headline in Latin).  A few such words in a Cyrillic line are a
    name written in Latin (Azattyq Rýhy, «Qazaqstan» телеарнасы, “The Qazaq Times”), which
    stays as written: made Cyrillic, the channel would be the country."""
    if is_kazakh_latin(text):
        return _to_cyrillic(text)
    return "".join(_to_cyrillic(line) if len(_WORD.findall(line)) >= LATIN_LINE
                   and is_kazakh_latin(line) else line for line in text.splitlines(keepends=True))


def _to_cyrillic(text: str) -> str:
    """Every Latin word of a Kazakh-Latin text or line to Cyrillic, letter for letter."""

    def convert(match: re.Match[str]) -> str:
        word = match.group(0)
        if not all(c.isascii() or c in KAZAKH_LATIN_MARKS or c == "ı" for c in word):
            return word
        if word.isupper() and len(word) > 1 and not set(word) & KAZAKH_LATIN_MARKS:
            return word
        out = []
        loan = _loanword(word)
        if loan:
            latin, cyrillic = loan
            out.append(cyrillic.capitalize() if word[0].isupper() else cyrillic)
            word = word[len(latin):]
        for i, c in enumerate(word):
            letter = _latin_letter(c)
            if c in "ıI" and i and word[i - 1].lower() in "aäeioöuūüy":
                letter = "й" if c == "ı" else "Й"
            out.append(letter)
        return "".join(out)

    return _WORD.sub(convert, text)


@cache
def _loanwords() -> tuple[tuple[str, str], ...]:
    rows = KK_DATA.read_tsv("latin_loanwords.tsv")
    return tuple(sorted(((r["latin"], r["cyrillic"]) for r in rows), key=lambda p: -len(p[0])))


def _loanword(word: str) -> tuple[str, str] | None:
    low = word.lower()
    return next(((lat, cyr) for lat, cyr in _loanwords() if low.startswith(lat)), None)
