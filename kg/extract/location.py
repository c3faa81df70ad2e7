"""locatedIn: a city and its country.  Stated in the text when the country in the
genitive stands before the city (Қытайдың Шанхай қаласында); otherwise from the
gazetteer, marked as background knowledge rather than text evidence.  A listed
city is never put in another country than the gazetteer's: "Ресейдің Өскемендегі
бас консулы" is Russia's consul in Öskemen, and "Түркияның Алматы қаласындағы
елшілігі" Turkey's mission in Almaty - the genitive owns the office, not the city."""
from __future__ import annotations

from typing import Iterator

from kg.extract.base import Context, Evidence, Fact, extractor


@extractor("location")
def location(ctx: Context) -> Iterator[Fact]:
    stated = set()
    for sentence in ctx.sentences:
        for before, city in zip(sentence.mentions, sentence.mentions[1:]):
            if city._.kind == "City" and before._.kind == "Country" and before.end == city.start \
                    and before._.case == "Gen":
                c, k = ctx.resolution.entity_of(city), ctx.resolution.entity_of(before)
                if c and k and c.entry is not None and c.entry.country and k.key != f"country/{c.entry.country}":
                    continue
                if c and k and (c.key, k.key) not in stated:
                    stated.add((c.key, k.key))
                    yield Fact(c.key, "locatedIn", k.key, sentence.evidence(), "location")
    for entity in ctx.resolution.entities.values():
        if entity.cls != "City" or entity.entry is None or not entity.entry.country or not entity.mentions:
            continue
        country = f"country/{entity.entry.country}"
        if (entity.key, country) not in stated:
            yield Fact(entity.key, "locatedIn", country, Evidence.of(entity.mentions[0].sent),
                       "location", basis="background")
