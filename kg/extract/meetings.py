"""met: people who met, with a Meeting event.

Patterns over resolved people (so titles count when the document names the
holder): "A B-мен кездесті" (the partner in the instrumental; in a list whose
last item takes it, "елші A, B және ресми тұлғалармен кездесті", every listed
name), "A мен B кездесті" (two people joined by мен/бен/пен), "A B-ны
қабылдады" (the guest in the accusative, every guest of a list before the host),
"B-ны A қарсы алды" (met on arrival: a person in the accusative, not a proposal
welcomed); two hosts of one guest do not meet each other.  A meeting word after a
phone call or a letter is named yields no meeting (one named before them still does).  A
report of one session in which the leaders of two countries (no more) both speak
is a meeting of those leaders, and so is something two people of different
countries did together in a document of a visit or a meeting.  "Тараптар" (the
sides) or "екі президент" in a meeting sentence, and "қонақты қабылдады"
(received the guest), refer to the people of the sentence before; a meeting
word with one of the document's two principals, or with a word for both
(Президенттер кездесті), is a meeting of the two (kg.frame).  An
ambassador who presents credentials to a head of state (Тоқаевқа сенім
грамотасын тапсырды) meets him, and two people who sign a document together
(A мен B меморандумға қол қойды) meet.  A sentence that leaves its subject out, ambassadors
who present credentials together and a message handed over at a meeting are read by
:mod:`kg.extract.meeting_parts`.

Every meeting is a dated Meeting event with a status; only a reported one is a
``met`` fact: "Ертең Тоқаев Путинмен кездеседі" is a planned Meeting and no met,
and a summit of three leaders or more is no meeting of each pair.
"""
from __future__ import annotations

from itertools import combinations
from typing import Iterator

from spacy.tokens import Doc, Span

from kg.extract.base import Context, Event, Fact, Sentence, extractor
from kg.extract.events import place, status_and_date
from kg.extract.meeting_parts import carried_subject, credentials, predicate, senders
from kg.tokens import reading_of


def sentence_pairs(ctx: Context, sentence: Sentence, partner_case: set[str] | None = None) -> set[tuple[str, str]]:
    """Pairs of people who meet (or, with ``partner_case`` given, who talk in another way)."""
    people = list(ctx.people(sentence))
    subjects = [(m, k) for m, k in people if m._.case == "Nom"] or meeting_possessors(sentence, people,
                                                                                        ctx.language.head_first)
    if partner_case is not None:
        return pairs_with(ctx, people, subjects, partner_case)
    signed = bool(sentence.event_words("sign"))  # "A мен B ... меморандумға қол қойды": they signed it together
    partner_case = {"Ins"} if sentence.has("meeting") or signed else set()
    if sentence.has("receive") or sentence.has("welcome"):
        partner_case.add("Acc")
    if sentence.event_words("credentials"):
        partner_case |= {"Dat", "Abl"}  # presented to the head of state, received from the ambassador
    leaders = delegation_leaders(sentence, people) if partner_case else []
    listed = listed_partners(ctx, sentence, subjects) if "Ins" in partner_case \
        else listed_partners(ctx, sentence, subjects, "Acc") if "Acc" in partner_case else set()
    subjects = [s for s in subjects if s not in leaders and s[1] not in listed]
    pairs = pairs_with(ctx, people, subjects, partner_case, sentence.has("guest")) \
        | {(s, k) for _m, k in leaders for _sm, s in subjects if s != k}
    pairs = {(a, b) for a, b in pairs if not (a in listed and b in listed)}
    return pairs | {(s, k) for k in listed for _sm, s in subjects if s != k}


def listed_partners(ctx: Context, sentence: Sentence, subjects: list[tuple[Span, str]], case: str = "Ins") -> set[str]:
    """People in a list whose last item takes the partner's case: "елші аймақ әкімі А, мәслихат
    төрағасы Б және басқа да ресми тұлғалармен кездесті" - A and Б are the ambassador's
    partners (only the last item of a Kazakh list takes the ending), not hosts; so are the guests
    of "A (Әзербайжан), B (Қазақстан), C-ні облыс әкімі Д қарсы алды" before their host."""
    span = trigger(sentence)
    if span is None or len(subjects) < 2:
        return set()
    doc = ctx.doc
    joiners = ctx.lexicons.conjunctions | {","}
    found = set()
    # the first person in the nominative is the host, unless a host stands after the list (the
    # guests in the accusative come first: Kazakh puts the object before the subject)
    candidates = subjects[1:] if case == "Ins" else subjects
    for m, k in candidates:
        if m.end >= span[0] or doc[after_gloss(doc, m.end)].text.casefold() not in joiners:
            continue
        between = doc[m.end:span[0]]
        closing = [t for t in between if (r := reading_of(t)) is not None and r.case == case]
        if not closing or any(t.text[:1].islower() and ctx.language.tense.tense_of(t.text)
                              for t in between[: closing[-1].i - m.end]):
            continue  # a verb between ends the list's clause (a name may end like one: Асқарбек)
        if case != "Ins" and not any(sm.start > closing[-1].i for sm, _k in subjects):
            continue
        # each name of the list is followed by a comma or a conjunction: in "A, B және C Д-мен"
        # C stands right before the partner, so A, B and C are the hosts
        items = [sm for sm, _k in subjects if m.start <= sm.start < closing[-1].i]
        if all(doc[after_gloss(doc, sm.end)].text.casefold() in joiners for sm in items):
            found.add(k)
    return found


def after_gloss(doc: Doc, i: int, longest: int = 6) -> int:
    """The token after a bracketed gloss that opens at ``i`` (Каримов (Әзербайжан), ...), else ``i``."""
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(i + longest, len(doc))) if doc[j].text == ")"), None)
        if close is not None and close + 1 < len(doc):
            return close + 1
    return min(i, len(doc) - 1)


def delegation_leaders(sentence: Sentence, people: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """The people a received delegation came with: "X бастаған делегацияны қабылдады",
    "X-тің басшылығымен келген делегациямен кездесті"."""
    led = {start for start, _end, kind in sentence.triggers if kind == "led-by"}
    return [(m, k) for m, k in people if m.end in led]


def pairs_with(ctx: Context, people: list[tuple[Span, str]], subjects: list[tuple[Span, str]],
               partner_case: set[str], guest: bool = False) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for (m, k) in people:
        if m._.case in partner_case:
            # "A және B-мен": the instrumental ends a coordination; A is a partner too, not the host
            pairs.update((s, k) for sm, s in subjects if s != k and not ctx.coordinated(sm, m))
    if "Acc" in partner_case and (guest or any(m._.case == "Acc" for m, _k in people)):
        return pairs  # "C-ны A мен B қарсы алды": A and B are the guest's two hosts, not each other's
    for (a, ka), (b, kb) in combinations(people, 2):
        if ka != kb and ctx.coordinated(a, b) and a._.case == "Nom" and b._.case in ("Nom", "Gen"):
            pairs.add((ka, kb))
    return pairs


def meeting_possessors(sentence: Sentence, people: list[tuple[Span, str]],
                       head_first: bool = False) -> list[tuple[Span, str]]:
    """"Тоқаевтың Мирзиёевпен кездесуі": with no one in the nominative, the person in the
    genitive before a partner that stands right before the meeting noun.  Where the noun
    comes first (Russian), the person in the genitive right after it or after its title, before
    the partner: "встреча президента Токаева с премьером Смаиловым"."""
    if head_first:
        ends = {end for _start, end, kind in sentence.triggers if kind == "meeting"}
        partners = [m for m, _k in people if m._.case == "Ins"]
        titled = {m.start: m.end for m in sentence.mentions if m._.kind == "Title"}
        return [(m, k) for m, k in people if m._.case == "Gen" and any(after_noun(m, e, titled) for e in ends)
                and any(p.start >= m.end for p in partners)]
    nouns = {start for start, _end, kind in sentence.triggers if kind == "meeting"}
    partners = [m for m, _k in people if m._.case == "Ins" and m.end in nouns]
    return [(m, k) for m, k in people if m._.case == "Gen" and any(m.end <= p.start for p in partners)]


def after_noun(name: Span, end: int, titles: dict[int, int], reach: int = 8) -> bool:
    """The name stands right after the meeting noun that ends at ``end`` (встреча президента
    Путина), or after a title that opens there and the title's complement (встреча Министра
    энергетики РК Ерлана Аккенженова)."""
    return name.start - end in (0, 1, 2) or (end in titles and titles[end] <= name.start <= end + reach)


def speakers(ctx: Context) -> dict[str, Span]:
    """Leaders who speak in the document: a nominative name in a sentence with a speech verb."""
    out: dict[str, Span] = {}
    for sentence in ctx.sentences:
        if not sentence.has("speech"):
            continue
        for mention, key in ctx.people(sentence):
            if mention._.case == "Nom" and ctx.resolution.entities[key].is_leader:
                out.setdefault(key, mention)
    return out


def joint_session(ctx: Context) -> Iterator[Fact | Event]:
    events = [s for s in ctx.sentences if s.has("event") or s.has("meeting")]
    if not events:
        return
    talking = speakers(ctx)
    by_country: dict[str, str] = {}
    for key in talking:
        country = ctx.leader_country(key)
        if country:
            by_country.setdefault(country, key)
    if len(by_country) != 2:
        return  # leaders of three countries or more at one summit are not a meeting of each pair
    first = events[0]
    start, end = next((s, e) for s, e, kind in first.triggers if kind in ("event", "meeting"))
    dated = status_and_date(ctx, first, start, end)
    if dated is None:
        return
    status, when = dated
    people = sorted(by_country.values())
    if status == "reported":
        for a, b in combinations(people, 2):
            yield Fact(a, "met", b, first.evidence(), "meetings")
    yield Event("Meeting", tuple(people), first.evidence(), "meetings", place(ctx, first), status, **when.fields())


def referred_pairs(ctx: Context, index: int) -> set[tuple[str, str]]:
    """Both sides named in the sentence before: "A B-ны қарсы алды. Екіжақты келіссөздер
    барысында тараптар ..." or "... Ираклий Кобахидзе Астанаға келді. Тоқаев қонақты қабылдады"."""
    sentence, before = ctx.sentences[index], ctx.sentences[index - 1] if index else None
    if before is None or any(s.has("remote") for s in ctx.sentences[: index + 1]):
        return set()  # after a phone call, "тараптар талқылады" is still the call
    # a person in the genitive is a possessor (Шейнбаумның сәлемі: her greetings), not a side
    earlier = list(dict.fromkeys(k for m, k in ctx.people(before) if m._.case != "Gen"))
    if sentence.has("parties"):
        named = list(dict.fromkeys([*earlier, *(k for m, k in ctx.people(sentence) if m._.case != "Gen")]))
        return {(named[0], named[1])} if len(named) == 2 else set()
    if sentence.has("guest") and sentence.has("receive"):
        hosts = {k for m, k in ctx.people(sentence) if m._.case == "Nom"}
        guests = [k for k in earlier if k not in hosts]
        return {(h, guests[0]) for h in hosts} if len(hosts) == 1 and len(guests) == 1 else set()
    return set()


def received_by(ctx: Context, index: int) -> set[tuple[str, str]]:
    """"(Елші) облыс әкімі Көшербаевтың қабылдауында болды": the guest, named in the sentence
    or, left out, the one named just before, met the host in the genitive."""
    sentence = ctx.sentences[index]
    at = {start for start, _end, kind in sentence.triggers if kind == "received-by"}
    people = list(ctx.people(sentence))
    hosts = {k for m, k in people if m._.case == "Gen" and m.end in at}
    guests = {k for m, k in people if m._.case == "Nom"} - hosts
    if hosts and not guests and index:
        guests = {k for m, k in ctx.people(ctx.sentences[index - 1]) if m._.case == "Nom"} - hosts
    return {(g, h) for g in guests for h in hosts} if len(guests) == 1 else set()


def carried_host(ctx: Context, index: int) -> set[tuple[str, str]]:
    """A reception whose host the sentence leaves out: "Мемлекет басшысы A-ны қабылдады.
    ... B-ні де қабылдады" - the host of the reception just before receives B too."""
    sentence = ctx.sentences[index]
    if not index or not sentence.has("receive"):
        return set()
    people = list(ctx.people(sentence))
    if any(m._.case == "Nom" for m, _k in people):
        return set()
    before = ctx.sentences[index - 1]
    if not before.has("receive") or before.has("remote"):
        return set()
    hosts = {k for m, k in ctx.people(before) if m._.case == "Nom"}
    guests = {k for m, k in people if m._.case == "Acc"}
    return {(h, g) for h in hosts for g in guests if h != g} if len(hosts) == 1 else set()


def framed_pair(ctx: Context, index: int) -> set[tuple[str, str]]:
    """A meeting told without its two people: "Президенттер екі рет кездесті", "Екі мемлекет
    басшыларының кездесуі өтті", "бүгінгі келіссөздердің маңызы зор, - деді Мемлекет
    басшысы" (one named, the partner named in another sentence), "A B-ны қарсы алды. Содан
    кейін келіссөздер жүргізілді": the two people who stand for the document's parties
    (kg.frame) met, when the sentence names one of them and no one else, refers to both, or
    follows a sentence that names both; and no call was told before."""
    people = ctx.frame.people()
    sentence = ctx.sentences[index]
    if people is None or any(s.has("remote") for s in ctx.sentences[: index + 1]):
        return set()
    named = {k for _m, k in ctx.people(sentence)}
    before = {k for _m, k in ctx.people(ctx.sentences[index - 1])} if index else set()
    referred = ctx.frame.refers_in(sentence, ("sides", "leaders", "we")) or bool(named) or before >= set(people)
    return {people} if referred and named <= set(people) else set()


def trigger(sentence: Sentence) -> tuple[int, int] | None:
    """Where the sentence says a meeting happens: its first meeting, reception or credentials word."""
    spans = [(s, e) for s, e, kind in sentence.triggers if kind in ("meeting", "receive", "received-by")]
    if not spans:  # met on arrival: only a guest named in the sentence, not "қарсы алды" of a proposal
        spans = [(s, e) for s, e, kind in sentence.triggers if kind == "welcome"
                 and any(m._.kind in ("Person", "Title") and m._.case == "Acc" for m in sentence.mentions)]
    spans += [(s, e) for s, e, _v in sentence.event_words("credentials")]
    spans += [(s, e) for s, e, _v in sentence.event_words("sign")]
    return min(spans) if spans else None


def remote_before(sentence: Sentence, start: int, head_first: bool = False) -> bool:
    """A phone, a letter or a video link named before the meeting word makes it no meeting:
    the mode stands before the verb it qualifies ("телефон арқылы сөйлесті").  Named after
    it, it is a second contact of its own ("олар бес рет кездесіп, жеті рет телефон арқылы
    сөйлескен").  Where the mode follows what it qualifies (Russian: "провели переговоры в
    режиме видеоконференции"), a phone or video link makes the sentence's talk no meeting
    wherever it stands."""
    remote = [s for s, _e, kind in sentence.triggers if kind == "remote"]
    modes = [s for s, _e, _v in sentence.event_words("call-mode")]
    # a message or a greeting after the meeting word was handed over or said there (принял
    # министра, который передал послание; встретился ... и поздравил его): only a mode of the
    # talk qualifies it from after it
    return any(s < start for s in remote + modes) or (head_first and bool(modes))


def multilateral(ctx: Context, sentence: Sentence, pairs: set[frozenset[str]]) -> bool:
    """Leaders of three countries or more in one meeting sentence met as a summit, not pair
    by pair ("Кездесуге Лукашенко, Жапаров, Путин, Рахмон қатысты"); so did three people or
    more joined at a word for a summit."""
    people = set().union(*pairs) if pairs else set()
    countries = {ctx.leader_country(k) for k in people} - {None}
    return len(countries) >= 3 or (bool(sentence.event_words("summit")) and len(people) >= 3)


@extractor("meetings")
def meetings(ctx: Context) -> Iterator[Fact | Event]:
    found: set[frozenset[str]] = set()
    planned: set[frozenset[str]] = set()
    for index, sentence in enumerate(ctx.sentences):
        span = trigger(sentence)
        if span is None or remote_before(sentence, span[0], ctx.language.head_first):
            continue
        pairs = {frozenset(p) for p in received_by(ctx, index) or credentials(ctx, index) or sentence_pairs(ctx, sentence)
                 or referred_pairs(ctx, index) or carried_host(ctx, index) or carried_subject(ctx, index)
                 or framed_pair(ctx, index)} - found
        pairs = {p for p in pairs if not p & senders(ctx, sentence, span[0])}
        dated = status_and_date(ctx, sentence, *span) if pairs else None
        if dated is None or multilateral(ctx, sentence, pairs):
            continue
        status, when = dated
        if status == "planned":
            pairs -= planned
            planned |= pairs
        for pair in sorted(pairs, key=sorted):
            a, b = sorted(pair)
            if status == "reported":
                yield Fact(a, "met", b, sentence.evidence(), "meetings")
            yield Event("Meeting", (a, b), sentence.evidence(), "meetings", place(ctx, sentence), status,
                        **when.fields())
        if status == "reported":
            found |= pairs
    yield from joint_activities(ctx, found | planned)
    if not found and not planned:
        yield from joint_session(ctx)


def joint_activities(ctx: Context, known: set[frozenset[str]]) -> Iterator[Fact | Event]:
    """Two people of different countries who did something together in a document that reports
    a meeting or a visit met: "Тоқаев пен То Лам концертті тамашалады", "Тоғжанов пен Паслер
    қатысушыларды хабардар етті" (the guide: one event attended together during a bilateral
    visit).  The pair is the sentence's only people, joined by мен/бен/пен as its subject,
    the sentence's last word is a verb in the past, and no speech verb says that each of
    them spoke."""
    if not any(s.has("meeting") or s.has("receive") or s.event_words("visit") for s in ctx.sentences):
        return
    # from the first sentence that says the talk was remote on, nothing was done together
    remote_from = next((i for i, s in enumerate(ctx.sentences) if s.has("remote") or s.event_words("call-mode")),
                       len(ctx.sentences))
    for index, sentence in enumerate(ctx.sentences):
        if trigger(sentence) is not None or index >= remote_from:
            continue
        if sentence.has("speech"):
            continue  # two who spoke at one event each spoke, to the audience
        people = list(dict.fromkeys(ctx.people(sentence)))
        keys = list(dict.fromkeys(k for _m, k in people))
        if len(keys) != 2 or frozenset(keys) in known or not same_clause_subjects(ctx, people):
            continue
        countries = [ctx.person_country(k) for k in keys]
        if None not in countries and countries[0] == countries[1]:
            continue
        verb = predicate(ctx, sentence, max(m.end for m, _k in people))
        if verb is None or ctx.language.tense.tense_of(verb.text) != "reported":
            continue
        dated = status_and_date(ctx, sentence, verb.i, verb.i + 1)
        if dated is None or dated[0] != "reported":
            continue
        a, b = sorted(keys)
        known.add(frozenset(keys))
        yield Fact(a, "met", b, sentence.evidence(), "meetings")
        yield Event("Meeting", (a, b), sentence.evidence(), "meetings", place(ctx, sentence), "reported",
                    **dated[1].fields())


def same_clause_subjects(ctx: Context, people: list[tuple[Span, str]]) -> bool:
    """Two mentions in the nominative joined by a conjunction (no comma: a list of three is
    no pair)."""
    (a, ka), (b, kb) = people[0], people[-1]
    return ka != kb and a._.case == b._.case == "Nom" and ctx.coordinated(a, b, commas=False)
