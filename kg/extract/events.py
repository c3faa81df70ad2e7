"""What every event extractor asks of a sentence: did the event happen or is it
planned, when, and where.

Status comes from the verb (kg/lang/kk/tense.py): the event word's own tense if it
has one (кездесті, кездеседі), else the first verb that ends a clause after it
(кездесу барысында ... талқылады), else a planning word after it (сапары
жоспарлануда) or before it (алдағы саммит).  An event dated after the document
cannot have happened yet, whatever the verb.  The date is the one the sentence
states nearest the event word, or else the document's own date.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from kg.extract.base import Context, Sentence
from kg.lang.base import DateMention, parse_iso
from kg.model import PRECISIONS


@dataclass(frozen=True)
class When:
    """The date fields of an event (see kg.model.Event)."""

    date: str | None
    end_date: str | None = None
    precision: str = "day"
    basis: str = "text"

    def fields(self) -> dict[str, str | None]:
        return {"date": self.date, "end_date": self.end_date, "date_precision": self.precision,
                "date_basis": self.basis}


def tense_near(ctx: Context, sentence: Sentence, start: int, end: int) -> str | None:
    """"reported", "planned", "negated", or None when the sentence does not say."""
    doc = ctx.doc
    tense_of, plan_word, participle = ctx.language.tense.tense_of, ctx.language.tense.plan_word, \
        ctx.language.tense.participle
    before = before_noun(ctx, sentence, start)
    if before:
        return before
    after = ctx.language.tense.after_event([t.text for t in doc[end:min(end + 2, sentence.span.end)]])
    if after:
        return after  # кездесуге | дайын, кездесуді | ұсынды: offered, not held
    for token in doc[start:end]:
        # the event word's own tense: a plan anywhere (баратын Путин), the past only where a
        # verb ends its clause (кездесті.), since nouns end in -ті too (саммиті өтеді)
        tense = "planned" if plan_word(token.text) else tense_of(token.text)
        if tense in ("planned", "negated") or (tense and (clause_final(ctx, sentence, token.i)
                                                         or participle(token.text))):
            return tense
    speech = {i for s, e, kind in sentence.triggers if kind == "speech" for i in range(s, e)}
    names = named(sentence)
    for token in doc[end : sentence.span.end]:
        if token.i in names:
            continue
        if plan_word(token.text, ctx.lexicons.analyser.lemma(token.text)):
            return "planned"
        if token.i in speech or not clause_final(ctx, sentence, token.i):
            continue
        tense = tense_of(token.text)
        if tense:
            return tense
    return None


# How far back the words that qualify an event noun may reach (Астана қаласында өтетін саммит).
QUALIFIER_REACH = 6


def before_noun(ctx: Context, sentence: Sentence, start: int) -> str | None:
    """The tense of the words that qualify the event noun, back to the clause start: a word
    such as алдағы or өткен, or a future participle (10-11 қыркүйекте Астанада өтетін саммит)."""
    i = start - 1
    names = named(sentence)
    tense = ctx.language.tense
    while i >= max(sentence.span.start, start - QUALIFIER_REACH):
        token = ctx.doc[i]
        if token.text.casefold() in ctx.language.clause_ends:
            break
        if i in names:
            i -= 1
            continue  # a name is no verb: Қытайды, Дубайды end like кездеседі
        if tense.before_event(token.text):
            return tense.before_event(token.text)
        if ctx.language.verb_final and tense.tense_of(token.text) == "planned" \
                and not clause_final(ctx, sentence, i):
            return "planned"
        i -= 1
    return None


def named(sentence: Sentence) -> set[int]:
    """Tokens inside the names the sentence mentions."""
    return {i for m in sentence.mentions for i in range(m.start, m.end)}


def clause_final(ctx: Context, sentence: Sentence, i: int) -> bool:
    """A finite verb ends its clause: the next token is punctuation, деп, және, or nothing.
    In a language whose verbs may stand anywhere (Russian), the analyser's tense is a
    verb's wherever it stands."""
    if not ctx.language.verb_final:
        return True
    return i + 1 >= sentence.span.end or ctx.doc[i + 1].text.casefold() in ctx.language.clause_ends


@cache
def _reference(value: str | None) -> date | None:
    return parse_iso(value)


def sentence_dates(ctx: Context, sentence: Sentence) -> list[DateMention]:
    return ctx.language.find_dates(sentence.span.text, _reference(ctx.date))


def when(ctx: Context, sentence: Sentence, start: int) -> When:
    """The date the sentence states nearest the event word at token ``start``, or the document's."""
    at = ctx.doc[start].idx - sentence.span.start_char
    # a date in a later clause dates something else ("кездесіп, келесі жылы өтетін комиссия")
    boundary = next((t.idx - sentence.span.start_char for t in ctx.doc[start + 1:sentence.span.end]
                     if t.text == ","), None)
    mentions = [m for m in sentence_dates(ctx, sentence) if boundary is None or m.start < boundary]
    if not mentions:
        return When(ctx.date, basis="document") if ctx.date else When(None, basis="document")
    # the most precise date, then the nearest before the event word: a year alone is
    # often background ("1992 жылы құрылған"), a day is the event's own
    best = min(mentions, key=lambda m: (PRECISIONS.index(m.precision), 0 if m.end <= at else 1, abs(at - m.end)))
    return When(best.date, best.end_date, best.precision, "text")


def status_and_date(ctx: Context, sentence: Sentence, start: int, end: int) -> tuple[str, When] | None:
    """(status, date) of the event whose word spans tokens ``start``–``end``; None when the
    text says it did not happen (кездеспеді)."""
    tense = tense_near(ctx, sentence, start, end)
    if tense == "negated":
        return None
    dated = when(ctx, sentence, start)
    status = tense or "reported"
    if dated.basis == "text" and ctx.date and dated.date and dated.date > ctx.date:
        status = "planned"  # it has not happened by the day of writing (a week or month that
    return status, dated    # holds that day starts before it: "осы аптада" keeps the verb's word)


def place(ctx: Context, sentence: Sentence) -> str | None:
    """The city a sentence says something happens in (a city in the locative)."""
    for m in sentence.mentions:
        entity = ctx.resolution.entity_of(m)
        if m._.kind == "City" and m._.case == "Loc" and entity is not None:
            return entity.key
    return None


def organizations(ctx: Context, sentence: Sentence) -> list[str]:
    """Organisations a sentence names as actors: one in the locative is a place (Ақордада)."""
    found: list[str] = []
    for m in sentence.mentions:
        entity = ctx.resolution.entity_of(m)
        if m._.kind == "Organization" and m._.case != "Loc" and entity is not None and entity.key not in found:
            found.append(entity.key)
    return found
