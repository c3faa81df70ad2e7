"""Titles, the bodies and places that complete them, and the names in apposition to them.

A title or a body and the country after it in the genitive are one name (президент
России, МИД РФ), and a state's organ or a title is owned by that country.  A
person's name after a title stands in apposition to it and has its case, also past the
title's complement (министра иностранных дел Турции Хакана Фидана, председателя правления
АО «Казмунайгаз» Алика Айдарбаева), which decides between the readings a name's own words
leave open.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from spacy.tokens import Doc, Span

from kg.candidates import Candidate
from kg.lang.ru.morphology import NAME_MARKS, OWN_CASES, parses, prepositions
from kg.lang.ru.organizations import OrganizationPhrases
from kg.lexicons import Lexicons
from kg.tokens import reading_of

# places that may complete a title (президент России, мэр Стамбула, посол ... в Казахстане)
PLACES = ("Country", "Region", "City")
TITLE_REACH = 10  # words and names between a title and the name in apposition to it
QUOTE_MARKS = frozenset("«»\"“”„")
M = TypeVar("M", Candidate, Span)  # a mention: a candidate, or the span made of it


class TitleHolders:
    """The title and holder steps of :class:`kg.lang.ru.mentions.MentionFinder`."""

    lex: Lexicons

    def owned(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """A title or an organisation and the country after it in the genitive (президент
        России, министра иностранных дел Турции, МИД РФ) become one name; a title and a
        state's organ own the country (the Kazakh finder's Қазақстан Үкіметі), and the
        country stays a mention of its own."""
        by_start = {c.start: c for c in chosen}
        out = []
        for c in chosen:
            nxt = by_start.get(c.end)
            if c.kind in ("Title", "Organization") and nxt is not None and nxt.kind == "Country" and nxt.refs:
                if self.genitive(doc, nxt.start):
                    state = c.kind == "Title" or any(v.get("state") == "1" for v in
                                                     self.lex.cues.values_for([doc[c.start].lemma_]))
                    c = replace(c, end=nxt.end, owner=nxt.refs[:1] if state else (), label=None)
            out.append(c)
        return out

    @staticmethod
    def genitive(doc: Doc, i: int) -> bool:
        """A genitive, or a word that does not decline (КНР, США, Северной Македонии's abbreviation)."""
        reading = reading_of(doc[i])
        return (reading is not None and reading.case == "Gen") or (len(doc[i]) > 1 and doc[i].text.isupper())

    def apposition_cases(self, spans: list[Span]) -> list[Span]:
        """A name right after a title stands in apposition to it and has its case, also past the
        title's complement in the genitive (с министром иностранных дел Северной Македонии Тимчо
        Муцунски): the title says what the phrase does (принял министра ... Хакана Фидана: the guest)."""
        by_end = by_where_they_end(spans, kind_of=lambda s: s._.kind)
        for span in spans:
            if span._.kind != "Person":
                continue
            before = self.title_before(span.doc, span.start, by_end, kind_of=lambda s: s._.kind)
            if before is not None and not self.persons_complement(before, span):
                span._.case = before._.case
        return spans

    @staticmethod
    def persons_complement(title: Span, name: Span) -> bool:
        """The title is the complement of a word for a person before it, and the name, which
        cannot take the title's case, stands in apposition to that word: "пресс-секретарь
        президента России Дмитрий Песков" is the press secretary, not the president
        ("встреча президента России Владимира Путина" agrees; "встреча министра Мурат Нуртлеу",
        a name the press leaves undeclined, follows no word for a person).  One person is one,
        so plural readings (Дмитрия, Песков of песок) are none of a name's."""
        k = title.start - 1
        while k >= 0 and any(p.tag.POS == "ADJF" for p in parses(title.doc[k].text)[:1]):
            k -= 1  # пресс-секретарь российского лидера
        if k < 0:
            return False
        head = [p for p in parses(title.doc[k].text) if p.tag.POS == "NOUN" and p.tag.number != "plur"]
        if not head or not all(p.tag.animacy == "anim" for p in head) \
                or any(m in p.tag for p in head for m in NAME_MARKS):
            return False
        words = [t.text for t in name if t.is_alpha and len(t) > 1]
        return not all(any(OWN_CASES.get(p.tag.case) == title._.case and p.tag.number != "plur" for p in parses(w))
                       for w in words)

    def context_cases(self, doc: Doc, c: Candidate, chosen: list[Candidate]) -> frozenset[str]:
        """The cases the title before a person's name allows it: the name stands in apposition,
        also past the title's genitive complement (министра иностранных дел Турции Хакана
        Фидана)."""
        if c.kind != "Person" or c.start == 0:
            return frozenset()
        before = self.title_before(doc, c.start, by_where_they_end([o for o in chosen if o is not c]))
        if before is not None:
            return frozenset(p.tag.case for p in parses(doc[before.start].text) if p.tag.POS == "NOUN")
        return frozenset()

    def past_complement(self, doc: Doc, start: int, end: int, kind: str) -> int | None:
        """Where to look on for the title, back past a mention of its complement: a place or body in
        the genitive, whose head may stand last (мэром Стамбула, послом Китайской Народной
        Республики), or a place after a preposition (послом Китая в Казахстане Чжан Сяо)."""
        if kind == "Organization" and self.genitive(doc, start) or kind in PLACES and (
                self.genitive(doc, start) or self.genitive(doc, end - 1)):
            return start
        if start > 0 and doc[start - 1].text.casefold() in prepositions():
            return start - 1
        return None

    def title_before(self, doc: Doc, start: int, by_end: dict[int, M],
                     kind_of: Callable[[M], str] = lambda c: c.kind) -> M | None:
        """The title a name at ``start`` stands in apposition to, back over the title's
        complement: names in the genitive, lower-case genitives, abbreviations, Latin names and
        quotes (председателя правления АО НК «Казмунайгаз» Алика Айдарбаева, директора
        компании Glencore Гэри Нейгла, министра сельского хозяйства РК Ербола Карашукеева).
        ``by_end``: the candidates, or the spans, by where they end."""
        k = start
        for _step in range(TITLE_REACH):
            before = by_end.get(k)
            if before is not None:
                kind = kind_of(before)
                if kind == "Title":
                    return before
                if kind == "Organization":
                    k = before.start  # a body's name in quotes or Latin letters does not decline
                    continue
                k = self.past_complement(doc, before.start, before.end, kind) if kind in PLACES else None
                if k is None:
                    return None
                continue
            token = doc[k - 1] if k > 0 else None
            if token is None or not (token.text in QUOTE_MARKS or token.is_alpha and (
                    len(token) > 1 and token.text.isupper() or token.text.isascii() and token.text[:1].isupper()
                    or token.is_lower and OrganizationPhrases.common_genitive(token))):
                return None
            k -= 1
        return None


def by_where_they_end(mentions: list[M], kind_of: Callable[[M], str] = lambda c: c.kind) -> dict[int, M]:
    """The mention to look back past at each end: a title, else the longest (the body's name,
    not the country it ends with: Госдумы России)."""
    out: dict[int, M] = {}
    for m in mentions:
        kept = out.get(m.end)
        if kept is None or (kind_of(m) == "Title") > (kind_of(kept) == "Title") \
                or kind_of(kept) != "Title" and m.start < kept.start:
            out[m.end] = m
    return out
