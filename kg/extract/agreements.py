"""AgreementSigning: a document signed by countries, their governments or
organisations ("Қазақстан мен Өзбекстан ... келісімге қол қойды", "тараптар
өзара түсіністік туралы меморандумға қол қойды").

The parties are the countries the sentence names (or those its leaders lead, or
for "тараптар" those of the sentence before) and the organisations it names;
what was signed is the document word (келісім, меморандум, декларация ...) in
the dative before the verb (келісімге қол қойды) or after its participle (қол
қойылған меморандум), so that "келісім берілсін ... қол қойған қаулы" (consent,
and a decree signed) is no agreement; the sectors it covers are found as for cooperation.  A reported signing between
two countries is also their cooperation: ``cooperatesWith`` and ``cooperatesOn``.
"""
from __future__ import annotations

from itertools import combinations
from typing import Iterator

from kg.extract.base import Context, Event, Fact, Sentence, extractor
from kg.extract.cooperation import leaders_countries, parties, sectors
from kg.extract.events import organizations, place, status_and_date
from kg.tokens import reading_of


def signatories(ctx: Context, index: int) -> list[str]:
    sentence = ctx.sentences[index]
    countries = list(dict.fromkeys([*parties(ctx, sentence), *leaders_countries(ctx, sentence)]))
    if len(countries) < 2 and sentence.has("parties") and index:
        before = ctx.sentences[index - 1]
        earlier = list(dict.fromkeys([*parties(ctx, before), *leaders_countries(ctx, before), *countries]))
        countries = earlier if len(earlier) == 2 else countries
    return countries


# How far before the verb the signed document may stand (келісімге қос тараптың үкіметтері қол қойды).
DOCUMENT_REACH = 12


def signed_document(ctx: Context, sentence: Sentence, sign: tuple[int, int, str]) -> str | None:
    """The kind of document the signing verb at ``sign`` takes, or None."""
    start, end, _v = sign
    analyser = ctx.lexicons.analyser
    participle = ctx.language.tense.participle
    for s, e, kind in sentence.event_words("document"):
        if start - DOCUMENT_REACH <= s and e <= start and _case(ctx.doc[e - 1], analyser) == "Dat":
            return kind
        if end <= s <= end + 2 and participle(ctx.doc[end - 1].text):
            return kind
    return None


@extractor("agreements")
def agreements(ctx: Context) -> Iterator[Fact | Event]:
    facts: set[tuple[str, str, str]] = set()
    for index, sentence in enumerate(ctx.sentences):
        signs = sentence.event_words("sign")
        kind = signed_document(ctx, sentence, signs[0]) if signs else None
        if kind is None:
            continue
        countries = signatories(ctx, index)
        orgs = organizations(ctx, sentence)
        if len(countries) + len(orgs) < 2:
            continue
        dated = status_and_date(ctx, sentence, signs[0][0], signs[0][1])
        if dated is None:
            continue
        status, when = dated
        covered = tuple(f"sector/{code}" for code in sectors(ctx, sentence))
        people = [k for _m, k in ctx.people(sentence)]
        yield Event("AgreementSigning", tuple(dict.fromkeys([*countries, *orgs, *people])), sentence.evidence(),
                    "agreements", place(ctx, sentence), status, document_kind=kind,
                    sectors=covered, **when.fields())
        if status == "reported" and len(countries) == 2:
            yield from cooperation(sentence, countries, covered, facts)


def cooperation(sentence: Sentence, countries: list[str], covered: tuple[str, ...],
                seen: set[tuple[str, str, str]]) -> Iterator[Fact]:
    triples = [(a, "cooperatesWith", b) for a, b in combinations(countries, 2)]
    triples += [(country, "cooperatesOn", sector) for sector in covered for country in countries]
    for triple in triples:
        if triple not in seen:
            seen.add(triple)
            yield Fact(*triple, sentence.evidence(), "agreements")


def _case(token, analyser) -> str:
    """The case the pipeline read for a word (in Russian: what its preposition makes it), or
    the analyser's reading of the word alone."""
    reading = reading_of(token)
    return reading.case if reading is not None else analyser.analyse(token.text).case
