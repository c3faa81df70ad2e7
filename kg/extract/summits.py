"""Summit: a meeting of three or more countries or of an organisation's members
("ШЫҰ саммиті Астанада өтті", "Орталық Азия мемлекет басшыларының консультативтік
кездесуі").  Its participants are the countries, organisations and people the
sentence names.  A meeting that leaders of three countries or more attend is
a summit too (Кездесуге Лукашенко, Жапаров, Путин, Рахмон қатысты).  A summit is no meeting of each pair of its leaders: it gives no
``met`` (bilateral talks on its sidelines are meetings of their own)."""
from __future__ import annotations

from typing import Iterator

from kg.extract.base import Context, Event, Sentence, extractor
from kg.extract.events import organizations, place, status_and_date


def titled_countries(ctx: Context, sentence: Sentence) -> list[str]:
    """Countries whose leaders the sentence titles as such (Беларусь президенті Лукашенко),
    not those the gazetteer knows a person once led."""
    found: list[str] = []
    for _m, key in ctx.people(sentence):
        for role in ctx.resolution.entities[key].roles:
            if role.leader and role.country and f"country/{role.country}" not in found:
                found.append(f"country/{role.country}")
    return found


@extractor("summits")
def summits(ctx: Context) -> Iterator[Event]:
    seen: set[tuple] = set()
    for sentence in ctx.sentences:
        words = sentence.event_words("summit")
        led = titled_countries(ctx, sentence)
        if not words and len(led) >= 3:
            words = [(s, e, kind) for s, e, kind in sentence.triggers if kind in ("meeting", "event")]
        if not words:
            continue
        named = [k for m in sentence.mentions if m._.kind in ("Country", "CountryAdj") for k in ctx.countries(m)]
        countries = list(dict.fromkeys([*named, *led]))
        orgs = organizations(ctx, sentence)
        if len(countries) < 3 and not orgs:
            continue
        dated = status_and_date(ctx, sentence, words[0][0], words[0][1])
        if dated is None:
            continue
        status, when = dated
        key = (tuple(orgs) or tuple(countries), status)
        if key in seen:
            continue
        seen.add(key)
        people = [k for _m, k in ctx.people(sentence)]
        yield Event("Summit", tuple(dict.fromkeys([*countries, *orgs, *people])), sentence.evidence(),
                    "summits", place(ctx, sentence), status, **when.fields())
