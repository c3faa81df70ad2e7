"""Russian words: pymorphy3's readings, the one the context wants, and the case it means.

A Russian word's case says little on its own: "с Алиевым" (with Aliyev) and "с
саммита" (from the summit) are both "с", "в Астану" (to) and "в Астане" (in) both
"в".  The extractors read cases with the meanings they have in Kazakh (Ins the
partner, Dat where to, Loc where, Abl where from, Gen a possessor; see
:class:`kg.lang.base.Analysis`), so each word gets the case its preposition and
its own case mean together, from ``data/prepositions.tsv``.  The preposition is
found by walking back over the words that can agree with the word in that case
("с Президентом России": России has no preposition of its own and stays a genitive).

>>> a = default_analyser()
>>> r = a.analyse("Казахстана")
>>> r.lemma, r.case
('Казахстан', 'Gen')
>>> [read.case for read in read_words(["Токаев", "встретился", "с", "Путиным", "в", "Астане"])[::3]]
['Nom', 'Ins']
>>> [read.case for read in read_words(["прибыл", "в", "Москву"])][2]
'Dat'
"""
from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple, Sequence

import pymorphy3

from kg.tokens import Analysis
from kg.lang.ru import DATA

OWN_CASES = {"nomn": "Nom", "gent": "Gen", "gen2": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins",
             "loct": "Loc", "loc2": "Loc", "voct": "Nom"}
NAME_MARKS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr")
VERBS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})
# how far back a preposition may stand before the word it governs (в Республике Казахстан)
REACH = 4
WORD_CACHE = 20_000
# a reading rated below this share of the word's best reading is too rare to agree in
RARE = 0.1


@cache
def morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@cache
def preposition_table() -> dict[tuple[str, str], str]:
    return {(r["preposition"], r["case"]): r["means"] for r in DATA.read_tsv("prepositions.tsv")}


@cache
def verb_table() -> dict[tuple[str, str], str]:
    return {(r["verb"], r["case"]): r["means"] for r in DATA.read_tsv("verb_cases.tsv")}


@cache
def prepositions() -> frozenset[str]:
    return frozenset(p for p, _c in preposition_table())


def fold(word: str) -> str:
    """A word as the lexicons and gazetteers key it: lower case, ё written е (Мирзиёев, Мирзиеев)."""
    return word.casefold().replace("ё", "е")


def like(surface: str, word: str) -> str:
    """``word`` written with the capitals of ``surface`` (РК, Касым-Жомарт, Астана), and
    without ё where the text does not write it (Петра → Петр, not Пётр).

    >>> like("Петра", "пётр")
    'Петр'
    """
    if "ё" not in surface.casefold():
        word = word.replace("ё", "е").replace("Ё", "Е")
    if len(surface) > 1 and surface.isupper():
        return word.upper()
    if not surface[:1].isupper():
        return word
    parts, shapes = word.split("-"), surface.split("-")
    return "-".join(p[:1].upper() + p[1:] if i < len(shapes) and shapes[i][:1].isupper() else p
                    for i, p in enumerate(parts))


@lru_cache(maxsize=WORD_CACHE)
def parses(word: str) -> tuple:
    """pymorphy3's readings of a word; for a capitalised word the singular first, then
    names (Токаевым is a surname in the instrumental, not a plural dative)."""
    found = morph().parse(word)[:8]
    if not word[:1].isupper():
        return tuple(found)
    if word.casefold().endswith(SURNAME_ENDINGS) and not any(p.tag.case == "nomn" for p in found):
        found.insert(0, Surname(word))  # Токаев, not the plural genitive of токай

    def rank(p) -> tuple:
        return (p.tag.number == "plur", not any(m in p.tag for m in NAME_MARKS), -p.score, p.tag.case != "nomn")
    return tuple(sorted(found, key=rank))


SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын")


class _SurnameTag:
    POS, case, number, gender, tense = "NOUN", "nomn", "sing", "masc", None

    def __contains__(self, grammeme: str) -> bool:
        return grammeme in ("NOUN", "Surn", "nomn", "sing")


class Surname:
    """The reading pymorphy3 lacks for a surname it takes for a plural genitive (Токаев: of
    the токаи): a surname in the nominative."""

    tag = _SurnameTag()
    score = 1.0

    def __init__(self, word: str) -> None:
        self.word = word
        self.normal_form = word.casefold()

    def inflect(self, grammemes) -> None:
        return None


def nominative(parse, surface: str) -> str:
    """The word in the nominative, keeping its gender and number (Китайской → Китайская,
    Токаевой → Токаева, Эмиратов → Эмираты).  Only a capitalised word, which may be a
    name, is inflected (pymorphy3's slowest call); any other word's is its lemma."""
    if parse.tag.case in (None, "nomn"):
        return surface
    if not surface[:1].isupper():
        return parse.normal_form
    return _inflected(parse, surface)


@lru_cache(maxsize=WORD_CACHE)
def _inflected(parse, surface: str) -> str:
    form = parse.inflect({"nomn"})
    return like(surface, form.word if form is not None else parse.normal_form)


@lru_cache(maxsize=WORD_CACHE)
def reading(surface: str, parse, means: str | None) -> Analysis:
    lemma = like(surface, parse.normal_form)
    number = "Plur" if parse.tag.number == "plur" else "Sing"
    return Analysis(surface, lemma, nominative(parse, surface), means or "Nom", number, score=parse.score)


class RussianAnalyser:
    """Readings of a word alone, for the lexicons and the callers that see one word; the
    pipeline reads each word in its sentence with :func:`read_words`."""

    def analyses(self, word: str) -> list[Analysis]:
        return list(_analyses(word))

    def analyse(self, word: str) -> Analysis:
        found = self.analyses(word)
        return found[0] if found else Analysis(word, word, word)

    def lemma(self, word: str) -> str:
        """The first reading's lemma, read without making the readings: a reading also puts
        the word in the nominative (pymorphy3's slowest call), which a lemma does not need."""
        return _lemma(word)

    base = lemma


@lru_cache(maxsize=WORD_CACHE)
def _lemma(word: str) -> str:
    found = parses(word)
    return like(word, found[0].normal_form) if found else word


@lru_cache(maxsize=WORD_CACHE)
def _analyses(word: str) -> tuple[Analysis, ...]:
    return tuple(reading(word, p, OWN_CASES.get(p.tag.case or "", "Nom")) for p in parses(word)[:3])


@cache
def default_analyser() -> RussianAnalyser:
    return RussianAnalyser()


FUNCTION_WORDS = frozenset({"NPRO", "PREP", "CONJ", "PRCL", "INTJ", "PRED", "ADVB"})


def lemma_key(word: str) -> str:
    """The word's lemma as the lexicons key it (Казахстана → казахстан)."""
    known = name_keys().get(word)
    return known[0] if known is not None else live_lemma_key(word)


def live_lemma_key(word: str) -> str:
    return fold(default_analyser().lemma(word))


def function_word(word: str) -> bool:
    """A pronoun, preposition, conjunction or particle (Он, Ним, При): never a name alone,
    capitalised at the start of a sentence or not."""
    known = name_keys().get(word)
    return known[1] if known is not None else live_function_word(word)


def live_function_word(word: str) -> bool:
    found = parses(word.casefold())
    return bool(found) and found[0].tag.POS in FUNCTION_WORDS


def name_keys_stamp() -> str:
    """What the table of name keys was made with: the two functions' answers depend on
    pymorphy3, its dictionary and this module, and on nothing else."""
    import hashlib
    from importlib.metadata import version

    source = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:12]
    return f"pymorphy3 {version('pymorphy3')}, pymorphy3-dicts-ru {version('pymorphy3-dicts-ru')}, " \
           f"morphology.py {source}"


@cache
def name_keys() -> dict[str, tuple[str, bool]]:
    """:func:`lemma_key` and :func:`function_word` of every word of the gazetteer's Russian
    names, made ahead by ``python -m kg.lang.ru.build_name_keys``: reading the gazetteer's
    thousands of foreign names with pymorphy3 (most by analogy, its slowest way) took
    seconds at every start of the Russian pipeline.  A table made with another pymorphy3,
    dictionary or version of this module is not used (the words are read live then)."""
    path = Path(__file__).parent / "data" / "name_keys.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as f:
        if f.readline().rstrip("\n") != f"# {name_keys_stamp()}":
            return {}
        rows = (line.rstrip("\n").split("\t") for line in f if line.strip())
        return {word: (key, flag == "1") for word, key, flag in rows}


class _Word(NamedTuple):
    """What the context rules ask of a word, read once per word form: its readings, the
    case of each (pymorphy3 works a tag's case out at every ask), whether the first is a
    verb, and whether the word is a preposition."""

    low: str
    options: tuple
    cases: tuple[str | None, ...]
    distinct: tuple[str, ...]  # the cases of the readings, each once, in order
    verb: bool
    preposition: bool
    # the cases in which the word can agree with the next: a reading the analyser rates a
    # tenth as likely as the best is no agreement (главой, no genitive of an adjective главый)
    agrees: frozenset[str] = frozenset()


@lru_cache(maxsize=WORD_CACHE)
def _word(word: str) -> _Word:
    options = parses(word) if any(c.isalpha() for c in word) else ()
    cases = tuple(p.tag.case for p in options)
    low = word.casefold()
    best = max((getattr(p, "score", 1.0) for p in options), default=0.0)
    agrees = frozenset(p.tag.case for p in options if p.tag.case and getattr(p, "score", 1.0) >= RARE * best)
    return _Word(low, options, cases, tuple(dict.fromkeys(c for c in cases if c)),
                 bool(options) and options[0].tag.POS in VERBS, low in prepositions(), agrees)


def given_name_case(word: str) -> str | None:
    """The one grammatical case (pymorphy3's code) of a word read first as a given name and
    in no other case by any reading (Экремом, Михалом), or None."""
    w = _word(word)
    if len(w.distinct) != 1 or "Name" not in w.options[0].tag:
        return None
    return w.distinct[0]


def _governor(words: Sequence[_Word], i: int, case: str) -> int | None:
    """The word before the phrase that holds word ``i`` in ``case``: back over the words
    that can agree with it in that case, to a preposition or any other word."""
    j = i - 1
    while j >= 0 and i - j <= REACH:
        w = words[j]
        if w.preposition or not w.options or case not in w.agrees or w.verb:
            return j
        j -= 1
    return None


def read_words(words: Sequence[str]) -> list[Analysis | None]:
    """Each word's reading in its context (None for punctuation and figures)."""
    facts = [_word(w) for w in words]
    table = preposition_table()
    out: list[Analysis | None] = []
    for i, word in enumerate(words):
        w = facts[i]
        if not w.options:
            out.append(None)
            continue
        chosen, means = 0, None
        if w.distinct and not w.preposition:
            chosen, means = _in_context(facts, i, table)
        out.append(reading(word, w.options[chosen], means or OWN_CASES.get(w.cases[chosen] or "", "Nom")))
    return out


def _in_context(words: Sequence[_Word], i: int, table: dict[tuple[str, str], str]) -> tuple[int, str | None]:
    """The reading the words before want (its index), and what its case means there."""
    cases = words[i].cases
    distinct = words[i].distinct
    verb_before = False
    for case in distinct:
        j = _governor(words, i, case)
        if j is None:
            continue
        prep = words[j].low
        pair = f"{words[j - 1].low} {prep}"
        if prep in prepositions() or (j > 0 and pair in prepositions()):
            key = (pair, case) if (pair, case) in table else (prep, case)
            if key in table:
                return cases.index(case), table[key]
        elif words[j].options and words[j].verb:
            verb_before = True
            means = verb_table().get((words[j].options[0].normal_form, case))
            if means:
                return cases.index(case), means
    if any(words[j].preposition for j in range(max(0, i - 1), i)):
        # a preposition right before with a case it does not govern here (о Казахстане)
        return 0, "Gen"
    if verb_before and "accs" in distinct and "nomn" not in distinct[:1]:
        return cases.index("accs"), "Acc"
    # with no preposition a word is in no prepositional case (Республики Индии: a genitive)
    return next((k for k, c in enumerate(cases) if c not in ("loct", "loc2")), 0), None
