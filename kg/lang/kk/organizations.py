"""Organisations named the way Kazakh names them: by a head noun.

A Kazakh organisation's name ends in what it is (министрлігі, кеңесі,
үкіметі, елшілігі, университеті: the Organization cues of
``kg/lang/kk/data/lexicons/cues.tsv``) and opens with a capitalised word, with lower-case
words between (Сыртқы істер министрлігі, Су ресурстары жөніндегі мемлекеттік
агенттік); its owner may stand before it (ҚР | Сыртқы істер министрлігі,
Ресей Федерациясы | Сыртқы істер министрлігі, Қазақстан | Үкіметі).  Only the
head is inflected, so the name is the words as written and the head in the
nominative.  Without a capitalised word the phrase is a description (екі елдің
сыртқы істер министрліктері), not a name.

Where the name starts and what it holds is :mod:`kg.lang.kk.org_spans`.  A name
that holds the place it belongs to keeps that place as a mention of its own
(Ақтөбе облысының әкімдігі), and an abbreviation after a country's names an organ
of that state (ҚР СІМ).

News pages also name their sources: a site (Egemen.kz, BAQ.KZ) or the agency
after "деп хабарлайды" («Ұлт ақпарат», Kazinform).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.candidates import Candidate, without_overlaps
from kg.gazetteer import Gazetteer
from kg.lang.kk.org_spans import ADJECTIVE_ENDINGS, LOCATIVE_ADJECTIVE, NameSpan, joined
from kg.lang.kk.web import SITE
from kg.lexicons import Lexicons
from kg.tokens import all_keys, keys_of, reading_of, text_of, texts_of

CAMEL = re.compile(r"^[^\W\d_][^\W\d_A-ZА-ЯӘҒҚҢӨҰҮҺІ]+(?:[A-ZА-ЯӘҒҚҢӨҰҮҺІ][^\W\d_A-ZА-ЯӘҒҚҢӨҰҮҺІ]+)+$")
ROMAN = re.compile(r"^[IVXLCDM]+$")
LATIN_NAME = re.compile(r"^(?:[A-Z][a-z]+|[A-Z]{2,}[a-z]*)$")
PLACES = ("Country", "City", "Region")  # what an organisation's name may hold as a mention of its own
QUOTES = {"«": "»", '"': '"', "“": "”", "„": "“"}


def organ_initials(token) -> bool:
    """An organ's initials, maybe with a case ending after a hyphen (СІМ, ІІМ-нің)."""
    stem = token.text.partition("-")[0]
    return 2 <= len(stem) <= 5 and stem.isalpha() and stem.isupper()


def overlap(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def within(c: Candidate, outer: Candidate) -> bool:
    """``c`` lies inside ``outer`` and is shorter."""
    return outer.start <= c.start and c.end <= outer.end and outer.end - outer.start > c.end - c.start


class OrganizationFinder(NameSpan):
    def __init__(self, gazetteer: Gazetteer, lexicons: Lexicons) -> None:
        self.gaz = gazetteer
        self.lex = lexicons

    def __call__(self, doc: Doc) -> list[Candidate]:
        return [*self.by_head(doc), *self.quoted(doc), *self.sites(doc), *self.reported_by(doc), *self.brands(doc),
                *self.state_abbreviations(doc)]

    def state_abbreviations(self, doc: Doc) -> list[Candidate]:
        """An abbreviation after a country's (ҚР СІМ, ҚР ҚМ-нің, РФ ІІМ, Қытай СІМ) names an
        organ of that state, as the press shortens its ministries and committees: the
        country's name, abbreviated or as written in the nominative, then the organ's
        initials, which no list needs to hold."""
        out = []
        for i in range(len(doc) - 1):
            first, nxt = doc[i], doc[i + 1]
            stem = nxt.text.partition("-")[0]
            if not (self.bare_country_word(first) and organ_initials(nxt)):
                continue
            countries = [e.id for e in self.gaz.lookup([first.text], keys_of(first)) if e.cls == "Country"]
            if countries and not self.gaz.lookup([stem], frozenset({stem.casefold()})):
                out.append(Candidate(i, i + 2, "Organization", (), "abbreviation", priority=3,
                                     label=f"{first.text} {stem}", owner=tuple(countries[:1])))
        return out

    @staticmethod
    def bare_country_word(token) -> bool:
        """A word that can stand for a country before the initials of its organ: an
        abbreviation (ҚР, РФ), or a name with no ending (Қытай, not Қытайдың)."""
        if not (token.is_alpha and token.text[:1].isupper()):
            return False
        reading = reading_of(token)
        return token.text.isupper() or reading is None or (reading.case == "Nom" and reading.possessive is None
                                                            and reading.lemma.casefold() == token.text.casefold())

    def unnamed_organ(self, doc: Doc, start: int, head: int) -> bool:
        """The words before the head, back to the body they belong to, are all in lower case
        (Ресей СІМ-нің консулдық департаменті, министрлігінің ақпарат басқармасы): the press
        writes a body's organ this way when it has no name of its own, so the body (a state's
        abbreviated organ, or a head noun in the genitive) is the name and its organ is not."""
        k = head - 1
        while k > start and doc[k].is_alpha and doc[k].text[:1].islower() and not self.body_in_genitive(doc[k]):
            k -= 1
        if (k == head - 1 and not self.body_in_genitive(doc[k])) or k <= start:
            return False
        return organ_initials(doc[k]) or self.body_in_genitive(doc[k])

    def body_in_genitive(self, token) -> bool:
        reading = reading_of(token)
        return reading is not None and reading.case == "Gen" and reading.possessive is not None \
            and "Organization" in self.lex.cue_classes(keys_of(token))

    # -- names ending in a head noun -------------------------------------------------
    @staticmethod
    def genitive(token) -> bool:
        return reading_of(token) is not None and reading_of(token).case == "Gen"

    def with_places_inside(self, doc: Doc, chosen: list[Candidate], cands: list[Candidate]) -> list[Candidate]:
        """An organisation named by its place keeps the place as a mention of its own, nested in
        it (Ақтөбе облысының әкімдігі names the akimat and Ақтөбе облысы, Жапонияның
        метеорологиялық департаменті names Japan): a name by head noun that lost only to places
        inside it is taken, and what it holds that is named on its own is kept
        (:meth:`kept_inside`)."""
        out = list(chosen)
        heads = sorted((c for c in cands if c.source == "head" and c.kind == "Organization"),
                       key=lambda c: c.start - c.end)
        for org in heads:
            clashes = [c for c in out if overlap(c, org)]
            if clashes and all(c.kind in PLACES and within(c, org) for c in clashes):
                out.append(org)
        for org in [c for c in out if c.source == "head" and c.kind == "Organization"]:
            inside = without_overlaps([c for c in cands if within(c, org) and self.kept_inside(doc, c, org)])
            out += [c for c in inside if not any(overlap(o, c) and not within(c, o) for o in out)]
        return sorted(out, key=lambda c: (c.start, -c.end))

    def state_head(self, token) -> bool:
        """The head names a state's own organ (``state`` in cues.tsv), whose country acts through it."""
        return any(v.get("state") == "1" for k in (token.lemma_, token.text) for v in self.lex.cues.values_for([k]))

    def kept_inside(self, doc: Doc, c: Candidate, org: Candidate) -> bool:
        """What a name holds that stays a mention: a place that owns it, in the genitive or a
        region by its cue word (Ақтөбе облысының | әкімдігі); the two countries of a joint
        body (Қазақстан-Катар ... комиссиясы); a listed body opening the name of its organ
        (Біріккен Ұлттар Ұйымы | Қауіпсіздік кеңесі); a country by its name opening the name of
        a body that is no organ of the state (Франция | Қарулы күштері Бас штабы).  A city in
        the nominative is a word of the name (Мәскеу мемлекеттік университеті), so is an
        abbreviated country (ҚР Ұлттық қауіпсіздік комитеті), and a state's organ names its
        country as its ``owner`` (Қазақстан Үкіметі)."""
        if c.kind in PLACES and c.source in ("gazetteer", "cue"):
            return (c.kind == "Region" and c.source == "cue") or self.genitive(doc[c.end - 1]) \
                or (c.kind == "Country" and c.start == org.start and not doc[c.start].text.isupper()
                    and not self.state_head(doc[org.end - 1]))
        if c.kind == "CountryAdj":
            return len(c.refs) > 1
        if c.kind == "Person":  # Құрманғазы | атындағы ... орталығы: the body's namesake is named too
            return c.source == "named_after"
        return c.kind == "Organization" and c.source == "gazetteer" and c.start == org.start and c.end < org.end

    def by_head(self, doc: Doc) -> list[Candidate]:
        out = []
        keys = all_keys(doc)
        for i in range(len(doc)):
            if "Organization" not in self.lex.cue_classes(keys[i]):
                continue
            token = doc[i]
            if not token.is_alpha:
                continue
            reading = reading_of(token)
            if reading is not None and reading.number == "Plur":
                continue  # Достық үйлері, министрліктер: several bodies, no one name
            if i > 0 and self.closes_a_name(doc[i - 1]):
                continue  # агенттігі басқармасы, Энергохолдинг басқармасы: an organ of the body just named
            if i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].text[:1].islower() \
                    and self.lex.cue_classes(keys_of(doc[i + 1])) and not self.closes_a_name(token):
                continue  # орталық банкі: the head comes later
            if i + 1 < len(doc) and self.lex.titles.values_for([token.text, doc[i + 1].text]):
                continue  # Үкімет басшысы is a title, not the government
            if i + 1 < len(doc) and self.gaz.lookup([token.text, doc[i + 1].text], keys_of(doc[i + 1])):
                continue  # Орталық Азия: the head word opens a listed name
            found = self.name_start(doc, i)
            if found is None:
                continue
            start, owner, owned_by = found
            if self.unnamed_organ(doc, start, i):
                continue  # Ресей СІМ-нің консулдық департаменті: the body before it is the name (state_abbreviations)
            before = doc[start - 1] if start > 0 else None
            if before is not None and before.text in QUOTES.values() and start >= 2 and not doc[start - 2].whitespace_:
                continue  # «Астана Опера» Мемлекеттік опера және балет театры: the quoted name's (:meth:`quoted`)
            if before is not None and before.is_alpha and "Organization" in self.lex.cue_classes(keys_of(before)) \
                    and reading_of(before) is not None and reading_of(before).case == "Gen":
                continue  # театрының Симфониялық оркестрі: an organ of the body just named
            nominative = reading_of(doc[i - 1]) is None or reading_of(doc[i - 1]).case == "Nom"
            listed = [e for e in self.gaz.lookup([t.text for t in doc[start:i]], keys_of(doc[i - 1]))
                      if e.cls == "Organization"] if i > start and nominative else []
            if listed:  # Тәуелсіз Мемлекеттер Достастығы ұйымы is the listed CIS
                out.append(Candidate(start, i + 1, "Organization", (listed[0].id,), "gazetteer", priority=3))
                continue
            owner = tuple(dict.fromkeys([*owner, *self.countries_in(doc, start, i)]))
            if not self.head_fits(doc, start, i):
                continue
            if self.gaz.lookup([t.text for t in doc[start:i + 1]], keys_of(token)):
                continue  # a listed name (Кеңес Одағы, Еуропалық Одақ) is the gazetteer's
            named = self.named_after(doc, start, i)
            if named is not None:
                start = named[1]  # the name proper; the namesake is put before it below
            head = reading.nominative if reading is not None else token.text
            head = head[:1].upper() + head[1:] if token.text[:1].isupper() else head
            words = joined(t.text for t in doc[start:i])
            bare = token.lemma_ if token.text[:1].islower() else token.lemma_[:1].upper() + token.lemma_[1:]
            alt = (f"{words} {bare}".strip(),) if reading is not None and reading.possessive else ()
            if self.proper_name(doc, start, i) and token.text[:1].islower():
                alt += (words,)  # Ақжол партиясы, Синьхуа агенттігі: the name alone names it too
            own = self.own_name_start(doc, start, i)
            if own > start:  # ҚР Сыртқы істер министрлігі is its Сыртқы істер министрлігі
                alt += (joined([*(t.text for t in doc[own:i]), head]),)
            if owned_by is not None:
                alt += self.owned_names(doc, owned_by, i, head)
            label = f"{words} {head}".strip()
            if named is not None:  # С. Аманжолов атындағы Шығыс Қазақстан университеті, or without its namesake
                alt += (label,) if label[:1].isupper() else ()
                label = f"{doc[named[0]:named[1]].text} {label}"
                start = named[0]
                out.append(Candidate(start, named[1] - 1, "Person", (), "named_after", priority=1))
            body = next((c for c in out if c.start == start and c.end < i and self.organ_of_body(doc, c.end, i)), None)
            if body is not None:  # Вьетнам Коммунистік партиясы Орталық комитеті: the party, by its organ
                out.remove(body)
                label, alt = body.label, (*body.alt_names, label)
            out.append(Candidate(start, i + 1, "Organization", (), "head", priority=3, label=label,
                                 owner=owner if self.state_head(token) else (), alt_names=alt))
        return out

    def quoted(self, doc: Doc) -> list[Candidate]:
        """A quoted name before a head noun or a legal form is an organisation's name
        («Астана Опера» театры, «Самұрық-Энерго» АҚ): the name is the quoted words, and
        with the head they are another name of it."""
        legal = {w.casefold() for w in self.lex.name_parts.get("legal_form", ())}
        out = []
        texts = texts_of(doc)
        for i, text in enumerate(texts):
            closer = QUOTES.get(text)
            if not closer:
                continue
            end = next((k for k in range(i + 2, min(i + 8, len(doc))) if texts[k] in (closer, "»", '"')), None)
            if end is None or end + 1 >= len(doc) or not doc[i + 1].text[:1].isupper() \
                    or doc[end - 1].text.casefold().endswith(LOCATIVE_ADJECTIVE):
                continue  # «Жидебай Бөрілідегі» үйі: the house at a place, no name
            k = end + 1  # «Жошы хан» тарихи-мәдени кешені, «Астана Опера» Мемлекеттік опера және балет театры
            while k < min(end + 5, len(doc) - 1) and (self.inner_word(doc[k]) or doc[k].text == "және"
                                                      or doc[k].text.casefold().endswith(ADJECTIVE_ENDINGS)) \
                    and "Organization" not in self.lex.cue_classes(keys_of(doc[k])):
                k += 1
            after = doc[k]
            heads = "Organization" in self.lex.cue_classes(keys_of(after)) and after.text[:1].islower()
            if not (heads or (k == end + 1 and after.text.casefold() in legal)):
                continue
            name = doc[i + 1:end].text
            head = reading_of(after).nominative if reading_of(after) is not None and heads else after.text
            between = "".join(f" {t.text}" for t in doc[end + 1:k])
            out.append(Candidate(i + 1, end, "Organization", (), "quoted", priority=4, label=name,
                                 alt_names=(f"«{name}»{between} {head}",)))
        return out

    # -- a page's sources --------------------------------------------------------------
    def sites(self, doc: Doc) -> list[Candidate]:
        """A news site named by its domain (Egemen.kz, BAQ.KZ): a source the page credits."""
        out = []
        for m in SITE.finditer(text_of(doc)):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                out.append(Candidate(span.start, span.end, "Organization", (), "site", priority=3,
                                     label=m.group(0)))
        return out

    def brands(self, doc: Doc) -> list[Candidate]:
        """Brand-shaped names: one word with a capital inside (ҚазАқпарат, CaspianLife), or
        capitalised Latin words in a Kazakh sentence (Azerbaijan Airlines, Telegram): in
        Kazakh news those name companies and media, not people or places."""
        out = []
        for sent in doc.sents:
            kazakh = any(t.is_alpha and not t.text.isascii() for t in sent)
            i = sent.start
            while i < sent.end:
                token = doc[i]
                if kazakh and CAMEL.match(token.text):
                    out.append(Candidate(i, i + 1, "Organization", (), "brand", priority=3))
                    i += 1
                    continue
                j = i
                while kazakh and j < sent.end and j - i < 4 and LATIN_NAME.match(doc[j].text) \
                        and not ROMAN.match(doc[j].text):
                    j += 1
                if j == i + 1 and len(doc[i].text) <= 3 and not self.latin_abbreviation(doc[i].text):
                    j = i  # The, Ms: too short to be a name alone
                if j > i:  # Astana Opera is the theatre, not the city
                    out.append(Candidate(i, j, "Organization", (), "brand", priority=3 if j - i > 1 else 2))
                i = max(j, i + 1)
        return out

    def latin_abbreviation(self, word: str) -> bool:
        """KIA, LG: capitals only, and no Roman numeral (VI) or ISO code of a country or a
        currency (USD, KZ), which in a Kazakh sentence name an amount or a country."""
        return len(word) >= 2 and word.isascii() and word.isupper() and word.isalpha() \
            and not ROMAN.match(word) and word not in self.gaz.codes

    def reported_by(self, doc: Doc) -> list[Candidate]:
        """The agency after "деп хабарлайды" («Ұлт ақпарат», Kazinform, ҚазАқпарат тілшісі)."""
        out = []
        for i, token in enumerate(doc[:-1]):
            if not token.lemma_.casefold().startswith("хабарла") or doc[i - 1].text.casefold() != "деп":
                continue
            j = i + 1
            closer = QUOTES.get(doc[j].text)
            if closer:
                end = next((k for k in range(j + 1, min(j + 6, len(doc))) if doc[k].text == closer), None)
                if end is not None and end > j + 1:
                    out.append(Candidate(j + 1, end, "Organization", (), "source", priority=3,
                                         label=doc[j + 1:end].text))
                continue
            end = j
            while end < len(doc) and end - j < 3 and self.capitalised(doc[end]) and doc[end].is_alpha:
                end += 1
            if end > j:
                out.append(Candidate(j, end, "Organization", (), "source", priority=2))
        return out
