"""cooperatesWith between countries and cooperatesOn for the sectors named with them.

A sentence speaks of cooperation when it holds a cooperation word
(ынтымақтастық, ықпалдастық, әріптестік, қарым-қатынас, тауар айналымы,
инвестиция, импорт ...) outside an organisation's name or a title, and names two
countries at least; not when it speaks of a hope, prospect, opportunity or plan, of a
conflict or a mediation, nor when the sides only discussed a field with no word
that states cooperation (the annotation guide's consistency rules).  Its
parties are the countries it names, by name or by adjective
(қазақ-әзербайжан қатынастары), and two capitals joined by мен stand for their
countries (Астана мен Баку ынтымақтастығы).  "Тараптар" or "екі ел" stand for the two
countries of the sentence before.  A statement that names no side, or only one of the
document's two parties, takes the parties of the document's frame (kg/frame.py): "Тараптар
... қарастырды", a passive ("ықпалдастыққа мән берілді"), "байланыстарымыз" in a leader's
quote.  Three countries or more in one statement are a multilateral cooperation: no pair
gets a fact, unless the statement names one pair as its sides (Қазақстан-Ресей
қарым-қатынасы).  Sectors are found by stem, and a compound names each of its sectors
(сауда-экономикалық → Trade, Economy).
"""
from __future__ import annotations

from itertools import combinations
from typing import Iterator

from kg.extract.base import Context, Fact, Sentence, extractor
from kg.tokens import keys_of, phrase_words

# A country in these cases is where something goes or comes from, not a partner
# (Түрікменстан мен Қазақстан газды Қытайға тасымалдайды), when two others are joined.
NOT_A_PARTY = {"Dat", "Abl", "Loc", "Acc"}


def parties(ctx: Context, sentence: Sentence) -> list[str]:
    found: list[str] = []
    countries = [m for m in sentence.mentions if m._.kind in ("Country", "CountryAdj") or m._.owner]
    joined = {i for a, b in zip(countries, countries[1:]) if ctx.coordinated(a, b) for i in (a.start, b.start)}
    for m in countries:
        if joined and m.start not in joined and m._.case in NOT_A_PARTY:
            continue
        found += [k for k in ctx.countries(m) if k not in found]
    capitals = ctx.cities(sentence)
    for a, b in zip(capitals, capitals[1:]):
        if not ctx.coordinated(a, b):
            continue
        for m in (a, b):
            entry = ctx.resolution.entity_of(m).entry
            owner = entry and ctx.gazetteer.country_with_capital(entry.id)
            if owner and f"country/{owner.id}" not in found:
                found.append(f"country/{owner.id}")
    return found


def leaders_countries(ctx: Context, sentence: Sentence) -> list[str]:
    countries = (ctx.leader_country(key) for _m, key in ctx.people(sentence))
    return list(dict.fromkeys(f"country/{c}" for c in countries if c and f"country/{c}" in ctx.named_countries))


def sectors(ctx: Context, sentence: Sentence) -> list[str]:
    span = sentence.span
    codes: list[str] = []
    names = ctx.inside_names | ctx.title_fields | traits(ctx, sentence)
    words = phrase_words(ctx.doc)[span.start:span.end]
    keys = [frozenset() if t.i in names else keys_of(t) | {ctx.lexicons.analyser.base(t.text).casefold()}
            for t in span]
    for _s, _e, values in ctx.lexicons.sectors.matches(words, keys):
        codes += [v["code"] for v in values if v["code"] not in codes]
    for token in span:  # verbs and rarer derivations: импорттайды, инвестициялау
        if token.i not in names and len(token.text) > 5:
            codes += [c for c in ctx.lexicons.sector_stems(token.text) if c not in codes]
    analyser = ctx.lexicons.analyser
    for token in span:
        if "-" not in token.text or token.text.count("-") > 2 or token.i in names:
            continue  # саяси-экономикалық: each part may name a sector
        for part in token.text.split("-"):
            part_keys = [frozenset({part.casefold(), analyser.lemma(part).casefold(), analyser.base(part).casefold()})]
            for _s, _e, values in ctx.lexicons.sectors.matches([part], part_keys):
                codes += [v["code"] for v in values if v["code"] not in codes]
    return codes


def traits(ctx: Context, sentence: Sentence) -> set[int]:
    """Tokens of a participle's clause that qualifies a country (тарихы мен мәдениеті
    қалыптасқан Испаниямен: Spain, whose history and culture took shape): a field named there
    is the country's trait, not a field of cooperation, unless the clause itself holds a word of
    cooperation."""
    if not ctx.language.verb_final:
        return set()
    found: set[int] = set()
    cooperation_words = {i for s, e, kind in sentence.triggers if kind in ("cooperation", "partnership")
                         for i in range(s, e)}
    for m in sentence.mentions:
        if m._.kind != "Country" or m.start <= sentence.span.start:
            continue
        verb = ctx.doc[m.start - 1]
        if not ctx.language.tense.participle(verb.text):
            continue
        start = verb.i
        while start > sentence.span.start and ctx.doc[start - 1].text.casefold() not in ctx.language.clause_ends:
            start -= 1
        clause = set(range(start, verb.i))
        if not clause & cooperation_words:
            found |= clause
    return found


def countries_joined(ctx: Context, sentence: Sentence) -> bool:
    """Two countries of the sentence joined by мен/және (not a comma list), or an adjective
    naming two (қазақ-өзбек): named together as the sides of something."""
    countries = [m for m in sentence.mentions if m._.kind in ("Country", "CountryAdj") or m._.owner]
    if any(len(ctx.countries(m)) > 1 for m in countries):
        return True
    return any(ctx.coordinated(a, b, commas=False) for a, b in zip(countries, countries[1:]))


def named_pair(ctx: Context, sentence: Sentence) -> list[str]:
    """Of a statement that names three countries or more, the two it names as the sides
    (Қазақстан-Ресей қарым-қатынасы, Қазақстан мен Қытай), when it names one such pair;
    else nothing: three countries or more in one cooperation are a multilateral one, and the
    guide gives no pair of them a fact ("АҚШ, Мысыр және Катар қадағалайды")."""
    countries = [m for m in sentence.mentions if m._.kind in ("Country", "CountryAdj") or m._.owner]
    pairs = {tuple(ctx.countries(m)) for m in countries if len(ctx.countries(m)) == 2}
    for i, (a, b) in enumerate(zip(countries, countries[1:])):
        in_list = i > 0 and ctx.coordinated(countries[i - 1], a)  # "A, B және C" lists three
        if ctx.coordinated(a, b, commas=False) and not in_list:
            pairs.add((*ctx.countries(a), *ctx.countries(b)))
    pairs = {p for p in pairs if len(set(p)) == 2}
    return list(pairs.pop()) if len(pairs) == 1 else []


def two_sides(ctx: Context, sentence: Sentence) -> bool:
    """The sentence develops or expands something between two named sides (Қазақстан мен
    Бразилия арасындағы ... саудасын кеңейту)."""
    between = any(t.lemma_.casefold() in ("арасындағы", "арасы", "ара") for t in sentence.span)
    return sentence.has("expansion") and between and (countries_joined(ctx, sentence) or sentence.has("parties"))


def planned_talks(ctx: Context, sentence: Sentence) -> bool:
    """Talks, a meeting or cooperation that are still to come (Кездесуде тараптар ...
    ынтымақтастықты нығайтуды талқылайды; Лидеры обсудят развитие торгово-экономических связей;
    планируется подписание программы о сотрудничестве): the guide counts a plan as no
    cooperation yet.  Where a verb ends its clause (Kazakh) only for a meeting or a discussion,
    since the same ending tells what two countries do as a habit (екі ел энергетика
    саласында ынтымақтасады); where it may stand anywhere (Russian) the verbs' own tense tells."""
    if not ctx.language.verb_final:
        return clause_tense(ctx, sentence) == "planned"
    if not (sentence.has("meeting") or sentence.has("event") or sentence.has("discussion")):
        return False
    return predicate_tense(ctx, sentence) in ("planned", "negated")


def clause_tense(ctx: Context, sentence: Sentence) -> str | None:
    """The tense of a sentence whose verbs may stand anywhere: reported when a verb of it says
    something happened (договорились, подписали, вырос), else planned when a verb or a word
    says it is coming (обсудят, будет принят, планируется, ожидается), else nothing said.  A
    participle after a future auxiliary is part of the future (будет принят)."""
    tense, names = ctx.language.tense, ctx.inside_names
    found: set[str] = set()
    previous = None
    for token in sentence.span:
        if not token.is_alpha or token.i in names:
            continue
        said = "planned" if tense.plan_word(token.text) else tense.tense_of(token.text)
        if not (said == "reported" and previous == "planned"):
            found.add(said or "")
        previous = said
    return "reported" if "reported" in found else "planned" if "planned" in found else None


def predicate_tense(ctx: Context, sentence: Sentence) -> str | None:
    """The tense of the verb that ends a verb-final sentence.  A verb after a converb in -п is
    an auxiliary of the present (нығайып келеді: is growing stronger), not a plan."""
    words = [t for t in sentence.span if t.is_alpha]
    if not words:
        return None
    if any(s <= words[-1].i < e for s, e, kind in sentence.triggers if kind == "discussion"):
        return "reported"  # the lexicon's discussion verbs are past forms (қозғады, талқылады)
    tense = ctx.language.tense.tense_of(words[-1].text)
    if tense == "planned" and len(words) > 1 and words[-2].text.casefold().endswith("п"):
        return None
    return tense


def other_sides(sentence: Sentence) -> bool:
    """The sentence names sides that are not countries: two regions or cities (Ақтөбе облысының
    әкімі мен Орынбор облысының губернаторы), or an organisation (ҰҚШҰ комиссиясының отырысы):
    their cooperation is no cooperation of the countries named before."""
    kinds = [m._.kind for m in sentence.mentions]
    return kinds.count("Region") + kinds.count("City") >= 2 or "Organization" in kinds


def referred_countries(ctx: Context, index: int, back: int = 3) -> list[str]:
    """The two countries of the nearest of the ``back`` sentences before that names exactly two."""
    for before in reversed(ctx.sentences[max(0, index - back):index]):
        if before.has("remote"):
            return []  # after a phone call "тараптар" are its two sides: no more than a call
        found = list(dict.fromkeys([*parties(ctx, before), *leaders_countries(ctx, before)]))
        if len(found) == 2:
            return found
        frame = ctx.frame
        if len(found) == 1 and frame.bilateral and found[0] in frame.parties \
                and set(frame.parties) <= ctx.named_countries:
            return list(frame.parties)  # "Моңғолия – серіктесіміз. Екі ел ...": the document's two
    return []


def framed_parties(ctx: Context, sentence: Sentence, named: list[str]) -> list[str]:
    """The document's two parties for a statement that names no side, or only one of them:
    it refers to them (Тараптар, екіжақты, қарым-қатынастарымыз in a leader's quote) or leaves
    them out (a passive: "көлік саласындағы ықпалдастыққа мән берілді").  Nothing when the
    document has no two clear parties (kg.frame), or the statement names other sides (two
    regions, an organisation)."""
    frame = ctx.frame
    if not frame.bilateral or other_sides(sentence) or not set(named) <= set(frame.parties):
        return named
    if not set(frame.parties) <= ctx.named_countries:
        return named  # a party known only from who its leader is (Маттарелла) is no named country
    return list(frame.parties)


@extractor("cooperation")
def cooperation(ctx: Context) -> Iterator[Fact]:
    pairs_seen: set[frozenset[str]] = set()
    sectors_seen: set[tuple[str, str]] = set()
    for index, sentence in enumerate(ctx.sentences):
        stated = sentence.has("cooperation") or sentence.has("partnership") \
            or (sentence.has("trade") and countries_joined(ctx, sentence))
        if not stated or sentence.has("conflict") or sentence.has("belief") or planned_talks(ctx, sentence):
            continue  # "сауда соғысы" is a trade war, "сауда орталығы" a place; a hope is not cooperation yet
        if (sentence.has("discussion") or sentence.has("prospect")) and not sentence.has("partnership") \
                and not two_sides(ctx, sentence):
            continue  # "сауда мәселелерін талқылады", "әлеует зор": a field named, no cooperation stated
        countries = parties(ctx, sentence)
        referring = sentence.has("parties") or sentence.has("meeting") or sentence.has("event")
        if len(countries) < 2 and referring and index and not other_sides(sentence):
            # "Тараптар ... ынтымақтастықты талқылады", "екі ел арасындағы тауар айналымы", "Кездесу
            # барысында ... ынтымақтастық мәселелері": the two countries of a sentence before, named
            # or led by the leaders it names
            countries = referred_countries(ctx, index) or countries
        if len(countries) < 2:
            countries = framed_parties(ctx, sentence, countries)
        if len(countries) > 2:
            countries = named_pair(ctx, sentence)
        if len(countries) < 2:
            continue  # cooperation needs two countries: "Иран мұнай өнімдері ..." alone is not
        for a, b in combinations(countries, 2):
            if frozenset((a, b)) not in pairs_seen:
                pairs_seen.add(frozenset((a, b)))
                yield Fact(a, "cooperatesWith", b, sentence.evidence(), "cooperation")
        for code in sectors(ctx, sentence):
            for country in countries:
                if (country, code) not in sectors_seen:
                    sectors_seen.add((country, code))
                    yield Fact(country, "cooperatesOn", f"sector/{code}", sentence.evidence(), "cooperation")
