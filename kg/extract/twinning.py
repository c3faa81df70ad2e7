"""twinnedWith: sister cities, one pair per coordination
("A мен B, C мен D, сондай-ақ E пен F қалаларының арасында бауырластық қатынас орнады").

Two shapes name one city's twins as a group: a list after a colon or a dash ("у Бишкека семь
городов-побратимов: Тегеран, Минск ..."; "У Астрахани появились города-побратимы - Атырау и
Актау"; "Городами-побратимами Караганды являются: ..."), and one city beside several of one
other country ("Астрахань и казахстанские Актау и Атырау стали побратимами"): the one city is twinned with each of the others, not the others
with each other.  A city in the locative is where the memorandum was signed, not a side
("подписаны в Оренбурге").
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Span

from kg.extract.base import Context, Fact, extractor


def city_pairs(ctx: Context, cities: list[Span]) -> list[tuple[Span, Span]]:
    """Pairs joined by мен, left to right: "A мен B, C мен D" is two pairs, but in
    "Ташкент, Бішкек және Ыстамбұл" the last two close a list of single cities."""
    pairs: list[tuple[Span, Span]] = []
    paired: set[int] = set()
    for i, (a, b) in enumerate(zip(cities, cities[1:])):
        if a.start in paired or not ctx.coordinated(a, b, commas=False):
            continue
        before = cities[i - 1] if i else None
        if before is not None and before.start not in paired and ctx.doc[before.end : a.start].text.strip() == ",":
            continue
        pairs.append((a, b))
        paired |= {a.start, b.start}
        c = cities[i + 2] if i + 2 < len(cities) else None
        if c is not None and c.start not in paired and sides_of_one_country(ctx, a, b, c):
            pairs.append((a, c))  # "Астана мен Бейжің және Үрімші": Astana with each Chinese city
            paired.add(c.start)
    return pairs


def sides_of_one_country(ctx: Context, a: Span, b: Span, c: Span) -> bool:
    """``c`` joins ``b`` by және after "a мен b", and b and c are cities of one country, not a's."""
    between = ctx.doc[b.end : c.start]
    if not any(t.text.casefold() == "және" for t in between) or any(t.text == "," for t in between) \
            or not ctx.coordinated(b, c, commas=False):
        return False
    countries = [getattr(ctx.resolution.entity_of(m).entry, "country", None) for m in (a, b, c)]
    return None not in countries and countries[1] == countries[2] != countries[0]


# Marks after which a list of a city's twins follows ("городов-побратимов: A, B, C").
LIST_MARKS = (":", "—", "–", "-")


def listed_twins(ctx: Context, sentence, cities: list[Span]) -> list[tuple[Span, Span]]:
    """One city before a colon or a dash that follows a twinning word, its twins listed after
    the mark; the city stands before the word or after it, as its owner ("Городами-побратимами
    Караганды являются: ...")."""
    words = [start for start, _end, kind in sentence.triggers if kind == "twinning"]
    marks = [t.i for t in sentence.span if t.text in LIST_MARKS and words and t.i > words[0]]
    if not marks:
        return []
    before = [c for c in cities if c.end <= marks[0]]
    after = [c for c in cities if c.start > marks[0] and not in_brackets(ctx, sentence, c)]
    if len(before) != 1 or not after:
        return []
    return [(before[0], c) for c in after]


def in_brackets(ctx: Context, sentence, place: Span) -> bool:
    """A place in brackets locates the city before it (Питсбург (Пенсильвания, США)): no twin."""
    depth = 0
    for token in ctx.doc[sentence.span.start : place.start]:
        depth += (token.text == "(") - (token.text == ")")
    return depth > 0


def country_of(ctx: Context, city: Span) -> str | None:
    entity = ctx.resolution.entity_of(city)
    return getattr(entity.entry, "country", None) if entity is not None else None


def one_beside_many(ctx: Context, cities: list[Span]) -> list[tuple[Span, Span]]:
    """Cities of two countries, one of one country and two or more of the other: the one with each."""
    countries = [country_of(ctx, c) for c in cities]
    if None in countries or len(set(countries)) != 2 or len(cities) < 3:
        return []
    lone = [c for c, k in zip(cities, countries) if countries.count(k) == 1]
    if len(lone) != 1:
        return []
    return [(lone[0], c) for c in cities if c is not lone[0]]


def same_country(ctx: Context, a: Span, b: Span) -> bool:
    ka, kb = country_of(ctx, a), country_of(ctx, b)
    return ka is not None and ka == kb


@extractor("twinning")
def twinning(ctx: Context) -> Iterator[Fact]:
    seen: set[frozenset[str]] = set()
    for index, sentence in enumerate(ctx.sentences):
        if not sentence.has("twinning"):
            continue
        cities = ctx.cities(sentence)
        pairs = listed_twins(ctx, sentence, cities)
        cities = [c for c in cities if c._.case != "Loc"]
        if len(cities) < 2 and sentence.has("parties") and index:
            cities = ctx.cities(ctx.sentences[index - 1])  # "екі қала": the two of the sentence before
        pairs = pairs or one_beside_many(ctx, cities) or city_pairs(ctx, cities)
        if not pairs and len(cities) == 2 and not same_country(ctx, *cities):
            pairs = [(cities[0], cities[1])]
        for a, b in pairs:
            ka, kb = ctx.resolution.entity_of(a).key, ctx.resolution.entity_of(b).key
            if ka != kb and frozenset((ka, kb)) not in seen:
                seen.add(frozenset((ka, kb)))
                yield Fact(ka, "twinnedWith", kb, sentence.evidence(), "twinning")
