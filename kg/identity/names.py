"""Spelling keys of names: two spellings of one name get one key.

The press writes one name several ways: in Kazakh or Russian letters (Тоқаев,
Токаев), with or without ё (Мирзиёев, Мирзиеев), and now and then with a Latin
letter typed for the Cyrillic one it looks like (Xабар with a Latin x).  The
letters are data (``kg/data/names/letters.tsv``): ``lookalike`` rows mend a
Cyrillic word that holds Latin letters, ``fold`` rows make the key a name is
compared by.  A language adds its letters there; code that compares names
(:mod:`kg.identity.persons`, :mod:`kg.identity.people`) calls :func:`name_key` and knows no alphabet.
The press also spells a surname one letter apart (Жиенбеков, Жеенбеков) or an
excerpt cuts it (Сатыбал|ды): :func:`same_surname` says when two keys may be one
surname, and :class:`SurnameIndex` finds such keys in a corpus.

>>> name_key("Қасым-Жомарт Тоқаев") == name_key("Касым-Жомарт Токаев")
True
>>> name_key("Шавкат Мирзиёев") == name_key("Шавкат Мирзиеев")
True
>>> mend_lookalikes("Xабар агенттігі, Astana Hub")  # a Latin x in a Cyrillic word; Latin words stay
'Хабар агенттігі, Astana Hub'
>>> one_letter_apart("жиенбеков", "жеенбеков"), one_letter_apart("мамин", "мәмин"), one_letter_apart("әлиев", "әлиева")
(True, True, True)
>>> one_letter_apart("путин", "путин"), one_letter_apart("путин", "пушкин")
(False, False)
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache

from kg.data import read_tsv

MIN_VARIANT = 5  # shorter surnames are too alike to be told apart by one letter
MIN_CUT = 4      # a surname cut shorter than this says too little
WORD = re.compile(r"[^\W\d_]+")
MIXED = re.compile("[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]")  # a word of both scripts has such a pair


@cache
def _vowels() -> dict[int, None]:
    return {ord(r["from"]): None for r in read_tsv("names", "letters.tsv") if r["kind"] == "vowel"}


def skeleton(key: str) -> str:
    """The consonants of a spelling key: what two transliterations of a name keep."""
    return key.translate(_vowels())


def transliterated(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """(first name, surname) keys of one name spelled in two languages' ways: the surname
    spelled otherwise (else two first names are two people: Марат and Мұрат Ахметов), and
    both names alike in their consonants, the surname in three at least, one man's or both
    women's (Сооронбай Жээнбеков, Сауранбай Жиенбеков); or one surname and a first name
    with a й the Kazakh spelling writes and the Russian drops (Жансейіт, Жансеит).

    >>> transliterated(("сооронбай", "жеенбеков"), ("сауранбай", "жиенбеков"))
    True
    >>> transliterated(("жансейит", "туймебаев"), ("жансеит", "туймебаев"))
    True
    >>> transliterated(("марат", "ахметов"), ("мурат", "ахметов")), transliterated(("ерлан", "алиев"), ("ерлан", "алиева"))
    (False, False)
    """
    (first_a, sur_a), (first_b, sur_b) = a, b
    if sur_a == sur_b:
        return first_a != first_b and first_a.replace("й", "") == first_b.replace("й", "")
    if sur_a.endswith("а") != sur_b.endswith("а"):
        return False
    consonants = skeleton(sur_a)
    return len(consonants) >= 3 and consonants == skeleton(sur_b) \
        and len(skeleton(first_a)) >= 2 and skeleton(first_a) == skeleton(first_b)


@cache
def _letters() -> tuple[dict[int, str], dict[int, str]]:
    rows = read_tsv("names", "letters.tsv")
    lookalikes = {ord(r["from"]): r["to"] for r in rows if r["kind"] == "lookalike"}
    folds = {ord(r["from"]): r["to"] for r in rows if r["kind"] == "fold"}
    return lookalikes, folds


def mend_lookalikes(text: str) -> str:
    """The text with each Latin look-alike inside a Cyrillic word made Cyrillic (same length).
    A word is Cyrillic when it holds a Cyrillic letter and no Latin letter without a look-alike."""
    if not MIXED.search(text):
        return text
    lookalikes, _ = _letters()

    def mend(match: re.Match[str]) -> str:
        word = match.group(0)
        if not MIXED.search(word) or any(ch.isascii() and ord(ch) not in lookalikes for ch in word):
            return word
        return word.translate(lookalikes)

    return WORD.sub(mend, text)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The name case-folded, mended and folded: the form two spellings of it share."""
    _, folds = _letters()
    return mend_lookalikes(name).casefold().translate(folds)


@cache
def _surname_forms() -> tuple[tuple[str, str], ...]:
    rows = read_tsv("names", "surname_forms.tsv")
    return tuple(sorted(((r["ending"], r["gender"]) for r in rows), key=lambda r: -len(r[0])))


def surname_stem(key: str) -> tuple[str, str] | None:
    """(stem, gender) of a surname key written the Soviet or the Kazakh way: оңжанов and
    оңжанулы are (онжан, m); None for a surname of neither form.

    >>> surname_stem("онжанов") == surname_stem("онжанулы"), surname_stem("онжанова") == surname_stem("онжанулы")
    (True, False)
    """
    for ending, gender in _surname_forms():
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            return key[: -len(ending)], gender
    return None


def one_letter_apart(a: str, b: str) -> bool:
    """One letter changed, added or dropped (Мирзиеев / Мирзиёев, Жеенбеков / Жээнбеков)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long)) if x != y), len(short))
    return short[i:] == long[i + 1:]


def same_surname(a: str, b: str) -> bool:
    """Two keys of one surname as the press spells and cuts it: one letter apart, or one
    the start of the other (a name cut by the end of an excerpt); never a man's surname
    and a woman's (Әлиев, Әлиева).

    >>> same_surname("жиенбеков", "жеенбеков"), same_surname("сатыбал", "сатыбалди")
    (True, True)
    >>> same_surname("алиев", "алиева"), same_surname("ли", "лу"), same_surname("путин", "пушкин")
    (False, False, False)
    >>> same_surname("бердымухам", "бердимухамедов"), same_surname("онжанов", "онжанулы")
    (True, True)
    """
    short, long = sorted((a, b), key=len)
    if short == long or long == short + "а":
        return False
    if long.startswith(short):
        return len(short) >= MIN_CUT
    return (len(short) >= MIN_VARIANT and one_letter_apart(a, b)) or _cut_spelled_otherwise(short, long) \
        or (surname_stem(a) is not None and surname_stem(a) == surname_stem(b))


def _cut_spelled_otherwise(short: str, long: str) -> bool:
    """A surname cut by an excerpt and spelled with other vowels (Бердымухам, Бердимухамедов):
    its consonants, four at least, start the whole one's."""
    consonants = skeleton(short)
    return len(consonants) >= MIN_CUT and short[0] == long[0] and len(long) > len(short) \
        and skeleton(long).startswith(consonants) and not skeleton(long) == consonants


class SurnameIndex:
    """Surnames found by :func:`same_surname` without comparing every pair: a one-letter
    variant shares a form with one letter dropped (жиенбеков, жеенбеков: женбеков), and a
    cut surname is a start of the whole one.

    >>> sorted(SurnameIndex(["жиенбеков", "сатыбалди", "путин"]).variants("жеенбеков"))
    ['жиенбеков']
    >>> sorted(SurnameIndex(["жиенбеков", "сатыбалди", "путин"]).variants("сатыбал"))
    ['сатыбалди']
    >>> sorted(SurnameIndex(["бердымухам"]).variants("бердимухамедов"))
    ['бердымухам']
    """

    def __init__(self, surnames: Iterable[str]) -> None:
        self.surnames = set(surnames)
        self.by_deletion: dict[str, set[str]] = defaultdict(set)
        self.by_start: dict[str, set[str]] = defaultdict(set)
        self.by_consonants: dict[str, set[str]] = defaultdict(set)  # the first consonants of a surname
        self.by_skeleton: dict[str, set[str]] = defaultdict(set)
        self.by_stem: dict[tuple[str, str], set[str]] = defaultdict(set)  # Оңжанов, Оңжанұлы
        for surname in self.surnames:
            for form in _deletions(surname):
                self.by_deletion[form].add(surname)
            for n in range(MIN_CUT, len(surname)):
                self.by_start[surname[:n]].add(surname)
            consonants = skeleton(surname)
            self.by_skeleton[consonants].add(surname)
            if (stem := surname_stem(surname)) is not None:
                self.by_stem[stem].add(surname)
            for n in range(MIN_CUT, len(consonants) + 1):
                self.by_consonants[consonants[:n]].add(surname)

    def variants(self, surname: str) -> set[str]:
        found = set().union(*(self.by_deletion.get(form, ()) for form in _deletions(surname)))
        consonants = skeleton(surname)
        found |= self.by_start.get(surname, set()) | self.by_consonants.get(consonants, set())
        found |= set().union(*(self.by_skeleton.get(consonants[:n], ()) for n in range(MIN_CUT, len(consonants))))
        found |= self.by_stem.get(surname_stem(surname), set())
        found |= {surname[:n] for n in range(MIN_CUT, len(surname))} & self.surnames
        return {other for other in found if same_surname(surname, other)}


def _deletions(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1:] for i in range(len(word)))}
