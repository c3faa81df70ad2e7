"""Visit: a person's visit to a country or city ("Си Цзиньпин Қазақстанға мемлекеттік
сапармен келді", "Тоқаевтың Қытайға сапары", "Премьер-министр Бакуге барды").

The visitor is the person in the nominative (or in the genitive before the noun
сапар), or the person a participle of arrival qualifies (Астанаға келген
Путинді); the destination is the country or city in the dative, or in the
locative beside сапар (Қытайдағы сапары), a city before a country.  The kind
(state, official, working) is the word before сапар.
"""
from __future__ import annotations

from typing import Iterator

from kg.extract.base import Context, Event, Sentence, extractor
from kg.extract.events import place, status_and_date

PLACES = ("Country", "City")


def destination(ctx: Context, sentence: Sentence, nouns: bool) -> str | None:
    cases = {"Dat", "Loc"} if nouns else {"Dat"}
    found = [m for m in sentence.mentions if m._.kind in PLACES and m._.case in cases
             and ctx.resolution.entity_of(m) is not None]
    dative = [m for m in found if m._.case == "Dat"] or found
    city = next((m for m in dative if m._.kind == "City"), None)
    chosen = city or (dative[0] if dative else None)
    return ctx.resolution.entity_of(chosen).key if chosen is not None else None


def visitors(ctx: Context, sentence: Sentence, verbs: list[tuple[int, int, str]]) -> list[str]:
    people = list(ctx.people(sentence))
    for start, end, _v in verbs:  # "Астанаға келген Путинді": the participle's person
        if ctx.language.tense.tense_of(ctx.doc[end - 1].text) is not None and not _finite(ctx, sentence, end - 1):
            after = [k for m, k in people if end <= m.start <= end + 2]
            if after:
                return after[:1]
    nominative = [k for m, k in people if m._.case == "Nom"]
    nouns = {s for s, _e, value in sentence.event_words("visit") if value == "noun"}
    genitive = [k for m, k in people if m._.case == "Gen" and any(m.end <= s <= m.end + 4 for s in nouns)]
    return list(dict.fromkeys(nominative or genitive))


def _finite(ctx: Context, sentence: Sentence, i: int) -> bool:
    """A verb that ends its clause (келді.) rather than qualifies the noun after it (келген Путин)."""
    return i + 1 >= sentence.span.end or not ctx.doc[i + 1].is_alpha


@extractor("visits")
def visits(ctx: Context) -> Iterator[Event]:
    seen: set[tuple] = set()
    for sentence in ctx.sentences:
        words = sentence.event_words("visit")
        if not words:
            continue
        verbs = [w for w in words if w[2] == "verb"]
        nouns = [w for w in words if w[2] == "noun"]
        where = destination(ctx, sentence, bool(nouns))
        who = visitors(ctx, sentence, verbs)
        if where is None or not who or where in who:
            continue
        start, end, _v = verbs[0] if verbs else nouns[0]
        dated = status_and_date(ctx, sentence, start, end)
        if dated is None:
            continue
        status, when = dated
        key = (tuple(who), where, status)
        if key in seen:
            continue
        seen.add(key)
        kind = next((v for _s, _e, v in sentence.event_words("visit-kind")), None)
        yield Event("Visit", tuple(who), sentence.evidence(), "visits", place(ctx, sentence), status,
                    destination=where, visit_kind=kind, **when.fields())
