"""The nominative of a Russian name, which the gold, the labels and the identity of a
person across documents all use.  Russian inflects every word of a name, and pymorphy3
guesses unknown names one word at a time, so a name is put in the nominative as a
phrase:

- a person's words share one case: each word takes its reading in the case all of them
  can have (Михала Лабенды: a genitive, so Лабенда, not the plural Лабенды), and a word
  the document also writes as the subject of a sentence keeps that form;
- any other name is put in the nominative up to its head noun, the adjectives before
  it agreeing with the head in gender and number (Павлодарской области → Павлодарская
  область, Высшего Евразийского экономического совета → Высший Евразийский
  экономический совет); the words after the head stay as written (Министерство
  иностранных дел).

>>> nominative(["Высшего", "Евразийского", "экономического", "совета"], "Organization")
'Высший Евразийский экономический совет'
>>> nominative(["Михалом", "Лабендой"], "Person")
'Михал Лабенда'
>>> nominative(["Бауржана", "Абдишева"], "Person")
'Бауржан Абдишев'
>>> nominative(["Павлодарской", "области"], "Region")
'Павлодарская область'
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Sequence

from kg.identity.names import name_key
from kg.lang.ru.morphology import NAME_MARKS, fold, like, parses

ADJECTIVE_ENDINGS = {  # oblique endings -> nominative, by the head's gender (plural: "plur")
    "masc": (("ого", "ый"), ("его", "ий"), ("ому", "ый"), ("ему", "ий"), ("ым", "ый"), ("им", "ий"),
             ("ом", "ый"), ("ем", "ий")),
    "neut": (("ого", "ое"), ("его", "ее"), ("ому", "ое"), ("ему", "ее"), ("ым", "ое"), ("им", "ее"),
             ("ом", "ое"), ("ем", "ее")),
    "femn": (("ой", "ая"), ("ей", "яя"), ("ую", "ая"), ("юю", "яя")),
    "plur": (("ыми", "ые"), ("ими", "ие"), ("ых", "ые"), ("их", "ие"), ("ым", "ые"), ("им", "ие")),
}
HUSHING = re.compile(r"[гкхжшчщ]$")
INNER_CAPITAL = re.compile(r"[a-zа-яё][A-ZА-ЯЁ]")  # ТюркПА, КазТАГ; not МИДа, a case ending
DECLINED_ABBREVIATION = re.compile(r"^([А-ЯЁ]{2,})(?:а|у|ом|е|ов|ам|ами|ах)$")  # МИДа, МИДом: the abbreviation is МИД


def nominative(words: Sequence[str], kind: str, subjects: dict[str, str] | None = None) -> str:
    """``words`` of a name, as the text writes them, in the nominative; ``subjects`` maps a
    word's lemma to the form the document uses for it in the nominative."""
    if kind == "Person":
        return " ".join(person_words(words, subjects or {}))
    return " ".join(name_words(words))


JOINED_INITIALS = re.compile(r"^((?:[А-ЯЁ]\.-?)+)([А-ЯЁ][а-яё].+)$")  # И.Сафронова, К.-Ж.Токаев


def person_words(words: Sequence[str], subjects: dict[str, str], context: frozenset[str] = frozenset()) -> list[str]:
    """The words of a person's name in the nominative; initials written onto the surname
    (И.Сафронова) stay, and the surname declines as a word of its own.  ``context``: the
    cases the title before the name allows it (министра ... Хакана Фидана), which decide
    between readings the name's own words leave open (a woman's nominative, a man's genitive)."""
    joined = [JOINED_INITIALS.match(w) for w in words]
    if not any(joined):
        return unknown_words_in_case(words, agreeing_words(words, subjects, context), context)
    parts = [m.group(2) if m else w for w, m in zip(words, joined)]
    return [(m.group(1) if m else "") + w for w, m in zip(agreeing_words(parts, subjects, context), joined)]


# The endings of the instrumental a man's name takes: no name that does not decline ends so,
# while -а, -у, -е end many (Такэси Ивая, Шойгу, Абэ).
INSTRUMENTAL_ENDINGS = ("ом", "ем", "ём")


def unknown_words_in_case(words: Sequence[str], found: list[str], context: frozenset[str]) -> list[str]:
    """After a title in the instrumental (министром Пак Чжином, председателем Ким Сун Кюном,
    министром Яшаром Гюлером), a word of the name the dictionary does not know and the reading
    left as written loses the instrumental's ending (Пак Чжин, Ким Сун Кюн, Яшар Гюлер); a
    word without it stays (Пак)."""
    if context != frozenset({"ablt"}):
        return found
    out = []
    for word, form in zip(words, found):
        ending = next((e for e in INSTRUMENTAL_ENDINGS if word.endswith(e)), None)
        cut = form == word and ending is not None and len(word) - len(ending) >= 3 and unknown(word)
        out.append(word[: -len(ending)] if cut else form)
    return out


@cache
def first_names() -> frozenset[str]:
    """The list of first names (kg/lang/kk/data/given_names.txt: pymorphy3's and KazNERD's), by
    spelling key, so that a Kazakh spelling and the Russian one are one name."""
    from kg.lang.kk.name_evidence import given_names

    return frozenset(name_key(n) for n in given_names())


OBLIQUE_CASES = ("gent", "accs", "datv", "ablt", "loct")


def agreeing_words(words: Sequence[str], subjects: dict[str, str], context: frozenset[str] = frozenset()) -> list[str]:
    """The words of a person's name agree in case and gender, read by their name readings
    (Name, Surn, Patr) where pymorphy3 has them: Бауржана Абдишева is a man's name in the
    genitive (Бауржан Абдишев), not a woman's surname in the nominative, and Жениш Разаков,
    where a nominative is possible, stays as written.  A word the document also writes
    in the nominative (``subjects``, by lemma) takes that form.  One person is one: a name's
    plural readings (Ерлан, also the genitive plural of Ерлана) are none of its readings."""
    options = [[p for p in parses(w) if p.tag.case and p.tag.number != "plur"]
               if w[:1].isalpha() and len(w) > 1 and not fixed(w) else [] for w in words]
    named = [[p for p in o if any(m in p.tag for m in NAME_MARKS) and p.tag.number != "plur"] for o in options]
    agreeing = [set((p.tag.case, p.tag.gender) for p in n) for n in named if n]
    pairs = set.intersection(*agreeing) if agreeing else set()
    if not pairs and len(agreeing) > 1 and any(unknown(w) for w, o in zip(words, options) if o):
        return [known_nominative(w, o) for w, o in zip(words, options)]  # Михалом Лабенда
    if context and "nomn" not in context and not any(case in context for case, _g in pairs):
        target = next(((p.tag.case, p.tag.gender) for n in named for p in n
                       if p.tag.case in context and p.tag.gender in ("masc", "femn") and p.tag.number != "plur"), None)
        if target is not None:  # министра Ерлана Карина: a man's genitive the dictionary lacks
            return [inflected_name(w, o, n, *target, subjects) if any(p.tag.case == target[0] for p in o)
                    else first_name_nominative(w, *target) or surname_nominative(w, *target)
                    for w, o, n in zip(words, options, named)]
    if pairs:
        if context and "nomn" not in context and any(case in context for case, _g in pairs):
            pairs = {(case, gender) for case, gender in pairs if case in context}
        if any(case == "nomn" for case, _gender in pairs):
            forms = [subject_form(w, n, subjects) or w for w, n in zip(words, named)]
            changed = [n for f, w, n in zip(forms, words, named) if f != w and n]
            oblique = {(p.tag.case, p.tag.gender) for p in changed[0] if p.tag.case != "nomn"} if changed else set()
            # the document writes a word of this name otherwise as a subject (Исаков), so here
            # the name is inflected, every word of it: Сапара Исакова is Сапар Исаков's genitive
            target = next(((case, gender) for case in OBLIQUE_CASES for c, gender in sorted(oblique) if c == case
                           and all(any(p.tag.case == case for p in o) for o in options if o)), None)
            if target is None:  # Анна Исакова agrees only as a woman's nominative: not Исаков's
                return list(words) if changed and len(words) > 1 else forms
            return [inflected_name(w, o, n, *target, subjects) for w, o, n in zip(words, options, named)]
        first = next(n for n in named if n)
        case, gender = next((p.tag.case, p.tag.gender) for p in first if (p.tag.case, p.tag.gender) in pairs)
        return [inflected_name(w, o, n, case, gender, subjects) for w, o, n in zip(words, options, named)]
    shared = set.intersection(*(set(p.tag.case for p in o) for o in options if o)) if any(options) else set()
    if not shared or "nomn" in shared:
        return list(words)  # words that agree in no case are no inflected name (Сердар Бердымухам, cut short)
    first = next((o for o in options if o), [])
    case = next((p.tag.case for p in first if p.tag.case in shared), None)
    return [inflected_name(w, o, [], case, None, subjects) for w, o in zip(words, options)]


# endings no Russian case gives a man's or woman's name (-у and -е are also datives and
# locatives: Жандосу, Нурмаганбетове), so foreign names with them do not decline
INDECLINABLE_LOOKING = re.compile(r"(?:[оиэ]|оглу|[аеиоуэ]у)$")


def unknown(word: str) -> bool:
    """A word pymorphy3's dictionary does not hold: its readings are guesses by the ending."""
    found = parses(word)
    return not any(getattr(p, "is_known", False) for p in found)


def fixed(word: str) -> bool:
    """A foreign name pymorphy3 does not know and that declines in no way its guesses can
    trust: no reading as one noun (Сингх, read as a verb or a plural), or an ending Russian leaves
    undeclined in foreign names (Моди, Сяо, Муцунски, Чавушоглу, Нуртлеу).  It stays as written."""
    if not unknown(word):
        return False
    if INDECLINABLE_LOOKING.search(word.casefold()):
        return True
    return not any(p.tag.POS == "NOUN" and p.tag.number != "plur" for p in parses(word))


def known_nominative(word: str, found: list) -> str:
    """A word of a name in the nominative on its own: the dictionary's name (Михалом → Михал)
    where pymorphy3 knows the word, else as written (Лабенда: a guess might be any case)."""
    if not found or unknown(word) or any(p.tag.case == "nomn" for p in found):
        return word
    named = [p for p in found if any(m in p.tag for m in NAME_MARKS)] or found
    form = named[0].inflect({"nomn"})
    return like(word, form.word) if form is not None else word


SURNAME_CASES = {  # a Russian-formed surname's (-ов, -ев, -ин, -ын) endings by case and gender
    ("masc", "gent"): ("а", ""), ("masc", "accs"): ("а", ""), ("masc", "datv"): ("у", ""),
    ("masc", "ablt"): ("ым", ""), ("masc", "loct"): ("е", ""),
    ("femn", "gent"): ("ой", "а"), ("femn", "datv"): ("ой", "а"), ("femn", "ablt"): ("ой", "а"),
    ("femn", "loct"): ("ой", "а"), ("femn", "accs"): ("у", "а"),
}


def surname_nominative(word: str, case: str, gender: str) -> str:
    """A surname of the Russian pattern in the nominative by its ending alone, where the
    dictionary reads it as another word (Карина, a woman's name, is also Карин's genitive)."""
    ending, nominative_ending = SURNAME_CASES.get((gender, case), ("", ""))
    low = word.casefold()
    if ending and re.search(r"(?:ов|ев|ёв|ин|ын)" + ending + "$", low):
        return word[: len(word) - len(ending)] + nominative_ending
    return word


MAN_OBLIQUE = ("gent", "accs")  # a man's first name in -а/-я: Бауржана, Адиля, Алексея


def first_name_nominative(word: str, case: str, gender: str) -> str | None:
    """A man's first name in the genitive or accusative that the dictionary holds only as
    a woman's name in the nominative (Адиля: Адиль's genitive): the listed first name its
    ending leaves (-а dropped, -я after a vowel -й, else -ь); None when no listed name fits."""
    if gender != "masc" or case not in MAN_OBLIQUE or len(word) < 4:
        return None
    low = word.casefold()
    if low.endswith("а"):
        stem = word[:-1]
    elif low.endswith("я"):
        stem = word[:-1] + ("й" if low[-2] in "аеиоуыэюя" else "ь")
    else:
        return None
    return stem if name_key(stem) in first_names() else None


def subject_form(word: str, named: list, subjects: dict[str, str]) -> str | None:
    """The form the document gives a word of this name in the nominative, if any; one other
    than the word itself first (a bare Абдишева, in a text with Абдишев, is his genitive)."""
    known = [subjects[p.normal_form] for p in named if p.normal_form in subjects]
    return next((k for k in known if k != word), known[0] if known else None)


def inflected_name(word: str, found: list, named: list, case: str | None, gender: str | None,
                   subjects: dict[str, str]) -> str:
    if not found:
        return word
    chosen = [p for p in named if p.tag.case == case and p.tag.gender == gender] \
        or [p for p in found if p.tag.case == case] or found
    known = subject_form(word, chosen, subjects)
    if known is not None:
        return known
    chosen.sort(key=lambda p: (p.tag.number == "plur", not any(m in p.tag for m in NAME_MARKS)))
    form = chosen[0].inflect({"nomn"}) if chosen[0].tag.case != "nomn" else None
    return like(word, form.word) if form is not None else word


ADJECTIVE = re.compile(r"(?:[ыи]й|ой|[ая]я|[оe]е|ее|[ыи]е|[оe]го|его|[оe]му|ему|[ыи]м|[оe]м|ем|[ую]ю|[ыи]х|[ыи]ми)$")


def is_adjective(word: str) -> bool:
    """An adjective or participle by one of its readings and its ending (a capitalised
    Алматинской may read first as a surname)."""
    return bool(ADJECTIVE.search(word.casefold())) and any(p.tag.POS in ("ADJF", "PRTF") for p in parses(word))


def name_words(words: Sequence[str]) -> list[str]:
    return list(_name_words(tuple(words)))


@lru_cache(maxsize=4096)
def _name_words(words: tuple[str, ...]) -> tuple[str, ...]:
    if any(DECLINED_ABBREVIATION.match(w) for w in words):  # МИДа РК → МИД РК
        words = tuple(m.group(1) if m else w for w, m in ((w, DECLINED_ABBREVIATION.match(w)) for w in words))
    named = next((i for i, w in enumerate(words) if w.casefold() in ("имени", "им")), None)
    if named is not None and named > 0:  # театр ... имени Абая: the namesake's words stay as written
        return (*_name_words(words[:named]), *words[named:])
    head = next((i for i, w in enumerate(words) if w[:1].isalpha() and not is_adjective(w)
                 and any(p.tag.POS == "NOUN" for p in parses(w)[:2])), None)
    if head is None or INNER_CAPITAL.search(words[head]):
        return words  # ТюркПА, КазТАГ: an abbreviation does not decline
    nouns = [p for p in parses(words[head]) if p.tag.POS == "NOUN"]
    noun = nouns[0]
    head_word = words[head]
    if noun.tag.case not in (None, "nomn"):
        forms = (p.inflect({"nomn"}) for p in sorted(nouns, key=lambda p: p.tag.number == "plur"))
        form = next((f for f in forms if f is not None), None)
        head_word = like(words[head], form.word) if form is not None else head_word
    gender = "plur" if noun.tag.number == "plur" else (noun.tag.gender or "masc")
    return (*(adjective_nominative(w, gender) for w in words[:head]), head_word, *words[head + 1:])


def adjective_nominative(word: str, gender: str) -> str:
    """An adjective in the nominative of the head's gender, by its ending (pymorphy3 would
    give superlatives another stem: Высшего → высочайший)."""
    if not is_adjective(word):
        return word
    low = word.casefold()
    own = own_nominative(word, gender)
    if own is not None:
        return own
    for ending, nominative_ending in ADJECTIVE_ENDINGS.get(gender, ()):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            stem = word[: -len(ending)]
            if nominative_ending == "ый" and HUSHING.search(stem.casefold()):
                nominative_ending = "ий"
            return stem + (nominative_ending.upper() if word.isupper() else nominative_ending)
    return word


def own_nominative(word: str, gender: str) -> str | None:
    """pymorphy3's nominative where it keeps the word's stem (Большого → Большой, whose ending
    the table cannot tell from Высшего's); None where it changes the stem (высочайший)."""
    gender = str(gender)
    grammemes = {"nomn", "plur"} if gender == "plur" else {"nomn", gender, "sing"}
    for p in parses(word):
        if p.tag.POS in ("ADJF", "PRTF") and p.tag.case != "nomn" \
                and (p.tag.number == "plur") == (gender == "plur"):
            form = p.inflect(grammemes)
            stem = word.casefold()[:-3]
            if form is not None and len(stem) > 2 and form.word.startswith(stem):
                return like(word, form.word)
            return None
    return None


# Case endings of nouns, longest first, that a foreign name takes in Russian (Шольца, Шольцем,
# Олафом, Ёля): stripped, they leave the nominative the gazetteer lists (Шольц, Олаф, Ёль).
# Matched on the folded word, where ё is е (Ёлем ends in ем).
CASE_ENDINGS = ("ом", "ем", "ой", "ей", "ым", "им", "а", "я", "у", "ю", "е", "ы", "и")
SOFT_AFTER = ("я", "ю", "е", "ем")  # endings of the soft declension: the stem takes ь


def name_stems(word: str) -> list[str]:
    """The word's folded form without its case ending, and with ь where a soft stem would
    have it, first the plain stem: a name's key where the analyser's guess of its lemma is wrong.

    >>> name_stems("Шольцем"), name_stems("Ёля")
    (['шольц', 'шольць'], ['ел', 'ель'])
    """
    low = fold(word)
    for ending in CASE_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 2:
            stem = low[: -len(ending)]
            return [stem, stem + "ь"] if ending in SOFT_AFTER else [stem]
    return [low]
