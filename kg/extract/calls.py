"""PhoneCall: a phone or video call between two people ("Тоқаев Әлиевпен телефон
арқылы сөйлесті", "бейнебайланыс арқылы келіссөз жүргізді").  A call is never a
meeting, so it gives no ``met`` (the meetings extractor skips these sentences)."""
from __future__ import annotations

from typing import Iterator

from kg.extract.base import Context, Event, extractor
from kg.extract.events import status_and_date
from kg.extract.meetings import sentence_pairs


@extractor("calls")
def calls(ctx: Context) -> Iterator[Event]:
    seen: set[tuple[frozenset[str], str]] = set()
    for sentence in ctx.sentences:
        modes = sentence.event_words("call-mode")
        talks = sentence.event_words("talk") + [t for t in sentence.triggers if t[2] == "meeting"]
        if not modes or not talks:
            continue
        pairs = sentence_pairs(ctx, sentence, {"Ins"})
        people = tuple(sorted({k for pair in pairs for k in pair}))
        if len(people) < 2:
            continue
        start, end = min((s, e) for s, e, _v in [*modes, *talks])
        dated = status_and_date(ctx, sentence, start, end)
        if dated is None or (frozenset(people), dated[0]) in seen:
            continue
        seen.add((frozenset(people), dated[0]))
        status, when = dated
        yield Event("PhoneCall", people, sentence.evidence(), "calls", None, status, **when.fields())
