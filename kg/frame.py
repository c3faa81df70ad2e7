"""The document's frame: who the document is about, found once, between resolution and
extraction, so that a statement that leaves its sides implicit can take them.

News of an encounter (a visit, talks, a call, a commission) is about two parties: the
guest's country and the host's, the two sides of the talks.  Later sentences refer to them
without naming them ("the sides", "the two countries", "the heads of state", "our
relations" in a leader's quote) or leave them out altogether (a passive: "attention was
paid to transport cooperation").  The frame names those parties, the people who stand for
them, how sure it is, whether three countries or more take part (then no pair is guessed),
and which words of the document refer to the parties.

The parties are counted from the sentences that tell an encounter and from the headline
and lead: the countries they name and the countries of the people they name.  The frame
is bilateral when two countries stand out; it is multilateral when one of those sentences
names three countries or more, or the lead names a summit and tells no meeting of two people of
two countries at it (then the summit is only the setting); it is local when a person of
those sentences holds the office of a region or a city (an akim receives an ambassador:
their cooperation is the region's).  Only a bilateral frame lends its parties; otherwise
nothing is guessed.

The words that refer to the parties are language data (``frame.tsv`` in a language's
lexicons), read through :mod:`kg.lexicons`; this module knows no language.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from kg.document import AnalysedDocument, Sentence
from kg.tokens import all_keys, texts_of

# Sentences of the lead read as the headline and the first lines of a report.
LEAD_SENTENCES = 2
# Trigger kinds and event-word kinds of a sentence that tells an encounter.
ENCOUNTER_TRIGGERS = ("meeting", "receive", "received-by", "event")
ENCOUNTER_EVENTS = ("visit", "talk", "credentials", "sign", "call-mode")
# What the reference words say they refer to (the ``refers`` column of frame.tsv): both
# sides, both countries, the leaders of both, or the first person plural of a quote.
PARTY_REFERENCES = ("sides", "countries", "leaders", "bilateral", "we")
# Offices of a region or a city (role codes of the titles table): an encounter one of them
# holds is between a region and its partner, not between two countries.
LOCAL_ROLES = frozenset({"akim", "governor", "mayor"})


@dataclass(frozen=True)
class DocumentFrame:
    """Who a document is about.

    ``parties`` are country keys (two for a bilateral frame); ``principals`` the people who
    stand for them, one per party in the same order, when the document names them;
    ``certainty`` how clearly the two stand out (0 when there is no frame);
    ``multilateral`` that three countries or more take part; ``references`` the token
    positions of words that refer to the parties, by what they refer to; ``local`` that a
    side of the encounter is a region or a city (an akim receives a guest), whose
    cooperation is no cooperation of the two countries.

    >>> frame = DocumentFrame(("country/kazakhstan", "country/georgia"), certainty=1.0)
    >>> frame.bilateral, DocumentFrame.none().bilateral
    (True, False)
    >>> DocumentFrame(("country/a", "country/b"), multilateral=True, certainty=1.0).bilateral
    False
    """

    parties: tuple[str, ...] = ()
    principals: tuple[str | None, ...] = ()
    certainty: float = 0.0
    multilateral: bool = False
    references: dict[int, str] = field(default_factory=dict)
    local: bool = False

    @classmethod
    def none(cls) -> "DocumentFrame":
        return cls()

    @property
    def bilateral(self) -> bool:
        return len(self.parties) == 2 and not self.multilateral and not self.local and self.certainty > 0

    def refers_in(self, sentence: Sentence, kinds: tuple[str, ...] = PARTY_REFERENCES) -> bool:
        """The sentence holds a word that refers to the parties, of one of ``kinds``."""
        return any(self.references.get(i) in kinds for i in range(sentence.span.start, sentence.span.end))

    def people(self) -> tuple[str, str] | None:
        """The two people who stand for the parties, when the document names both."""
        if not self.bilateral or len(self.principals) != 2 or None in self.principals:
            return None
        a, b = self.principals
        return (a, b) if a != b else None


def is_encounter(sentence: Sentence) -> bool:
    """The sentence tells a meeting, a reception, a visit, talks, a call or a signing."""
    return any(sentence.has(kind) for kind in ENCOUNTER_TRIGGERS) \
        or any(sentence.event_words(kind) for kind in ENCOUNTER_EVENTS)


def sentence_countries(ctx: AnalysedDocument, sentence: Sentence) -> list[str]:
    """Countries a sentence names, by name, by adjective, by a state organ, or by the
    country of a person it names (Түркия Президенті Ердоған, Мемлекет басшысы)."""
    found: list[str] = []
    for mention in sentence.mentions:
        if mention._.kind in ("Country", "CountryAdj") or mention._.owner:
            found += [k for k in ctx.countries(mention) if k not in found]
    for _mention, key in ctx.people(sentence):
        country = ctx.person_country(key)
        if country and f"country/{country}" not in found:
            found.append(f"country/{country}")
    return found


def reference_words(ctx: AnalysedDocument) -> dict[int, str]:
    """Token positions of the words that refer to a document's parties, by what they refer to."""
    words = texts_of(ctx.doc)
    keys = all_keys(ctx.doc)
    found: dict[int, str] = {}
    for start, end, values in ctx.lexicons.references.matches(words, keys):
        refers = values[0]["refers"]
        if refers in PARTY_REFERENCES:
            found.update((i, refers) for i in range(start, end))
    return found


def frame_of(ctx: AnalysedDocument) -> DocumentFrame:
    """The frame of the document in ``ctx`` (see the module's docstring)."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    multilateral = local = summit_in_lead = pair_in_lead = False
    for index, sentence in enumerate(ctx.sentences):
        lead = index < LEAD_SENTENCES
        if not lead and not is_encounter(sentence):
            continue
        pair_in_lead = pair_in_lead or (lead and two_sides_meet(ctx, sentence))
        local = local or any(r.role in LOCAL_ROLES for _m, key in ctx.people(sentence)
                             for r in ctx.resolution.entities[key].roles)
        countries = sentence_countries(ctx, sentence)
        if is_encounter(sentence) and len(countries) >= 3:
            multilateral = True
        summit_in_lead = summit_in_lead or (lead and bool(sentence.event_words("summit")))
        for order, country in enumerate(countries):
            counts[country] += 1
            first_seen.setdefault(country, index * 1000 + order)
    # a summit the lead names is the document's subject, unless the lead tells two people of two
    # countries meeting at it: then the summit is the setting of a bilateral meeting
    multilateral = multilateral or (summit_in_lead and not pair_in_lead)
    ranked = sorted(counts, key=lambda c: (-counts[c], first_seen[c]))
    references = reference_words(ctx)
    if len(ranked) < 2 or (len(ranked) > 2 and counts[ranked[2]] >= counts[ranked[1]]):
        return DocumentFrame(multilateral=multilateral, references=references, local=local)
    parties = (ranked[0], ranked[1])
    third = counts[ranked[2]] if len(ranked) > 2 else 0
    certainty = 1.0 - third / counts[ranked[1]]
    return DocumentFrame(parties, principals(ctx, parties), certainty, multilateral, references, local)


def two_sides_meet(ctx: AnalysedDocument, sentence: Sentence) -> bool:
    """The sentence tells a meeting or a reception of two people, and no more, who serve two
    countries ("Тоқаев ШЫҰ саммиті аясында Си Цзиньпинмен кездесті")."""
    if not (sentence.has("meeting") or sentence.has("receive")):
        return False
    people = {key for _m, key in ctx.people(sentence)}
    countries = {ctx.person_country(key) for key in people}
    return len(people) == 2 and len(countries) == 2 and None not in countries


def principals(ctx: AnalysedDocument, parties: tuple[str, ...]) -> tuple[str | None, ...]:
    """For each party, the person of that country the lead and the encounter sentences name
    most (a leader before anyone else)."""
    counts: Counter[str] = Counter()
    for index, sentence in enumerate(ctx.sentences):
        if index < LEAD_SENTENCES or is_encounter(sentence):
            counts.update({key for _m, key in ctx.people(sentence)})
    chosen: list[str | None] = []
    for party in parties:
        people = [k for k in counts if f"country/{ctx.person_country(k)}" == party]
        people.sort(key=lambda k: (not ctx.resolution.entities[k].is_leader, -counts[k]))
        chosen.append(people[0] if people else None)
    return tuple(chosen)
