"""twinnedWith: sister cities, one pair per coordination
("A мен B, C мен D, сондай-ақ E пен F қалаларының арасында бауырластық қатынас орнады")."""
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


@extractor("twinning")
def twinning(ctx: Context) -> Iterator[Fact]:
    for index, sentence in enumerate(ctx.sentences):
        if not sentence.has("twinning"):
            continue
        cities = ctx.cities(sentence)
        if len(cities) < 2 and sentence.has("parties") and index:
            cities = ctx.cities(ctx.sentences[index - 1])  # "екі қала": the two of the sentence before
        pairs = city_pairs(ctx, cities)
        if not pairs and len(cities) == 2:
            pairs = [(cities[0], cities[1])]
        for a, b in pairs:
            ka, kb = ctx.resolution.entity_of(a).key, ctx.resolution.entity_of(b).key
            if ka != kb:
                yield Fact(ka, "twinnedWith", kb, sentence.evidence(), "twinning")
