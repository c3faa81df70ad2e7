"""What of slovnet's spans can be a name.

The tagger reads every capitalised word as a possible name, and news pages give it
many: a common noun opening a sentence (Причиной стала ...), a menu item (Архив
новостей), a plain abbreviation (СМИ), a stray letter, words across a line break
(a holiday in a headline and the next line's first word).  pymorphy3's dictionary
says what a word is: a name's head is a word it knows as a name (Name, Surn, Patr,
Geox, Orgn), a word it does not know, or, for an organisation, a class noun
(``data/organization_heads.tsv``: Совет, Министерство); a word it knows only as a
common noun is none.  An abbreviation ends a name: the lower-case words after it
(ШОС плюс, a format of meetings) are no part of it.

The same dictionary says which of the tagger's places and people the guide can use: a
town the gazetteer does not list needs a cue word or the dictionary's place reading
(the tagger reads foreign and cut-off words as places), and a person named by one word
only counts when a fuller name in the document completes it.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from kg.candidates import Candidate
from kg.lang.ru.morphology import NAME_MARKS, fold, function_word, lemma_key, parses
from kg.lang.ru.names import INNER_CAPITAL, is_adjective
from kg.lang.ru.organizations import head_row

PROPER = tuple(m for m in NAME_MARKS if m != "Abbr")


def common_word(word: str) -> bool:
    """A word pymorphy3's dictionary holds, and only as no name (Причина, Архив, СМИ); a word
    with a capital after a small letter is an abbreviation (КазНУ is no form of казна)."""
    if INNER_CAPITAL.search(word):
        return False
    found = parses(word)
    if any(any(m in p.tag for m in PROPER) for p in found):
        return False
    if found and all(getattr(p, "is_known", False) for p in found):
        return True
    parts = word.split("-")  # Городами-побратимами: a compound of common words the dictionary lacks
    return len(parts) > 1 and all(len(part) > 1 and common_word(part) for part in parts)


def name_span(doc: Doc, ent: Span, kind: str) -> tuple[int, int] | None:
    """The part of a tagged span that can be a name of ``kind``, or None."""
    start, end = ent.start, ent.end
    broken = next((t.i for t in ent if t.is_space and "\n" in t.text), None)
    if broken is not None:
        end = broken  # a name stands on one line
    while end > start and doc[end - 1].is_space:
        end -= 1
    words = [t for t in doc[start:end] if any(ch.isalpha() for ch in t.text)]
    if not words or kind == "Person" and all(len(t.text) == 1 for t in words):
        return None  # П
    abbreviation = next((t.i for t in doc[start:end] if len(t) > 1 and t.text.isupper() and t.is_alpha), None)
    if abbreviation is not None and abbreviation + 1 < end and all(t.is_lower for t in doc[abbreviation + 1:end]):
        end = abbreviation + 1  # ШОС плюс
    first = words[0]
    if kind == "Person" and len(words) == 1 and first.is_alpha and len(first) > 1 and common_word(first.text):
        return None  # Причиной стала ...
    head = next((t for t in words if not is_adjective(t.text)), None)
    if kind == "Organization" and head is not None and head.text.replace("-", "").isalpha() \
            and not head.text.isascii() and common_word(head.text) and head_row(head, any_number=True) is None:
        return None  # СМИ, Архив новостей
    return start, end


def unlisted_place_kind(ent: Span, kind: str) -> str | None:
    """What a place name the gazetteer does not list can be, by the word itself: an
    abbreviation is a body's (ЕАЭС, ЦА) unless pymorphy3 knows it as a place; a word the
    dictionary holds as a common noun too is none (Запад, Юг, Тег)."""
    if kind != "City" or len(ent) != 1:
        return kind
    text = ent.text
    if len(text) > 1 and text.isupper():
        found = parses(text)
        return None if any("Geox" in p.tag for p in found) and not any("Orgn" in p.tag for p in found) \
            else "Organization"
    if also_common(text):
        return None
    return kind


def surname_first(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A first name and patronymic take the surname before them, as official lists write a
    name (Крук Олег Павлович; the tagger may leave it out: Марат Елеусизович)."""
    words = doc[start:end]
    if start == 0 or len(words) != 2 or not all(t.is_alpha for t in words):
        return start, end
    first, patronymic = (parses(t.text) for t in words)
    prev = doc[start - 1]
    if any("Name" in p.tag for p in first[:1]) and any("Patr" in p.tag for p in patronymic[:1]) \
            and prev.is_alpha and prev.text[:1].isupper() and not prev.text.isupper() and len(prev) > 2 \
            and not function_word(prev.text) and any("Surn" in str(p.tag) for p in parses(prev.text)):
        return start - 1, end
    return start, end


def without_lone_words(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """The tagger's people named by one word that no fuller name in the document completes
    (a first name alone, a holiday, a word cut off at the page's end) are dropped: the
    guide's people are those a reader can tell who they are, and a bare surname is kept
    as a short reference to its full name."""
    def words(c: Candidate) -> list[str]:
        return [t.text for t in doc[c.start:c.end] if t.is_alpha and len(t) > 1]

    full = {lemma_key(w) for c in chosen if c.kind == "Person" and len(words(c)) > 1 for w in words(c)}
    full |= {fold(w) for c in chosen if c.kind == "Person" and len(words(c)) > 1 for w in words(c)}
    return [c for c in chosen if not (c.kind == "Person" and c.source == "ner" and not c.refs
                                      and len(words(c)) == 1 and c.end - c.start == 1
                                      and not {lemma_key(words(c)[0]), fold(words(c)[0])} & full)]


def surnames_as_people(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A word the tagger reads as an organisation that is the surname of a person the
    document names in full (Седельников, after Александра Седельникова) is that person."""
    def words(c: Candidate) -> list[str]:
        return [t.text for t in doc[c.start:c.end] if t.is_alpha and len(t) > 1]

    full = {lemma_key(w) for c in chosen if c.kind == "Person" and len(words(c)) > 1 for w in words(c)[1:]}
    return [replace(c, kind="Person") if c.kind == "Organization" and c.source == "ner" and not c.refs
            and c.end - c.start == 1 and len(words(c)) == 1 and not doc[c.start].text.isupper()
            and lemma_key(doc[c.start].text) in full else c for c in chosen]


def known_place(ent: Span) -> bool:
    """A town's name the gazetteer does not list is one only when the dictionary knows it as
    a place or the text says so (город, село, порт: :meth:`MentionFinder.cued`): the
    tagger reads a foreign word, a cut-off word or a name in Kazakh letters as a place too.  A
    name of several words needs one the dictionary knows as a place (the tagger reads a
    foreign person's name, Эрсин Татар, as a town's too)."""
    return any(getattr(p, "is_known", False) and "Geox" in p.tag for t in ent if t.is_alpha or "-" in t.text
               for p in parses(t.text))


def also_common(word: str) -> bool:
    """A word pymorphy3's dictionary holds as a common word as well as it may hold it as a
    name (Запад: Geox and the direction)."""
    return any(getattr(p, "is_known", False) and not any(m in p.tag for m in PROPER) for p in parses(word))


def attribute(doc: Doc, i: int) -> bool:
    """The word at ``i`` is an adjective agreeing with the noun after it, so it says what
    that noun is and names nothing of its own (Центральной фигурой, Тихого океана, Северного
    Кипра), whatever town of the gazetteer it also spells."""
    if i + 1 >= len(doc) or not doc[i + 1].is_alpha or len(doc[i + 1]) < 3 or function_word(doc[i + 1].text) \
            or not is_adjective(doc[i].text):
        return False
    forms = {(p.tag.case, p.tag.number, p.tag.gender) for p in parses(doc[i].text) if p.tag.POS in ("ADJF", "PRTF")}
    for p in parses(doc[i + 1].text):
        if p.tag.POS == "NOUN" and any(case == p.tag.case and number == p.tag.number
                                       and (number == "plur" or gender in (None, p.tag.gender))
                                       for case, number, gender in forms):
            return True
    return False


RUSSIAN_SURNAME = ("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ский", "ская")


def surname_shaped(word: str) -> bool:
    """A capitalised word of the Russian surname pattern that the dictionary holds as no place
    (Турдимов; not Иванов's town Пушкин, which it knows as a place too)."""
    return word.casefold().endswith(RUSSIAN_SURNAME) and not any(
        getattr(p, "is_known", False) and "Geox" in p.tag for p in parses(word))
