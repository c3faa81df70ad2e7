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

News pages also name their sources: a site (Egemen.kz, BAQ.KZ) or the agency
after "деп хабарлайды" («Ұлт ақпарат», Kazinform).
"""
from __future__ import annotations

import re
from functools import cached_property

from spacy.tokens import Doc

from kg.candidates import CONJUNCTIONS, Candidate, without_overlaps
from kg.gazetteer import Gazetteer
from kg.lang.kk.web import SITE
from kg.lang.kk.name_evidence import best_keys, has_surname_ending, in_nominative, is_common_word, is_never_name
from kg.lexicons import Lexicons
from kg.tokens import keys_of, reading_of

MOST_WORDS = 7
BETWEEN = {"арасындағы", "арасы", "ара"}
CAMEL = re.compile(r"^[^\W\d_][^\W\d_A-ZА-ЯӘҒҚҢӨҰҮҺІ]+(?:[A-ZА-ЯӘҒҚҢӨҰҮҺІ][^\W\d_A-ZА-ЯӘҒҚҢӨҰҮҺІ]+)+$")
ROMAN = re.compile(r"^[IVXLCDM]+$")
LATIN_NAME = re.compile(r"^(?:[A-Z][a-z]+|[A-Z]{2,}[a-z]*)$")
PARTICIPLE_ENDINGS = ("ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін", "атын", "уші", "ушы")
ADJECTIVE_ENDINGS = ("лық", "лік", "дық", "дік", "тық", "тік", "ғы", "гі", "қы", "кі", "ды", "ді", "ты", "ті")
PLACES = ("Country", "City", "Region")  # what an organisation's name may hold as a mention of its own
LOCATIVE_ADJECTIVE = ("дағы", "дегі", "тағы", "тегі")
QUOTES = {"«": "»", '"': '"', "“": "”", "„": "“"}


class OrganizationFinder:
    def __init__(self, gazetteer: Gazetteer, lexicons: Lexicons) -> None:
        self.gaz = gazetteer
        self.lex = lexicons

    def __call__(self, doc: Doc) -> list[Candidate]:
        return [*self.by_head(doc), *self.quoted(doc), *self.sites(doc), *self.reported_by(doc), *self.brands(doc),
                *self.state_abbreviations(doc)]

    def state_abbreviations(self, doc: Doc) -> list[Candidate]:
        """An abbreviation after a country's (ҚР СІМ, ҚР ҚМ-нің, РФ ІІМ) names an organ of that
        state, as the press shortens its ministries and committees: the country's own name
        abbreviated, then the organ's initials, which no list needs to hold."""
        out = []
        for i in range(len(doc) - 1):
            first, nxt = doc[i], doc[i + 1]
            stem = nxt.text.partition("-")[0]
            if not (first.text.isupper() and first.is_alpha and 2 <= len(stem) <= 5 and stem.isalpha() and stem.isupper()):
                continue
            countries = [e.id for e in self.gaz.lookup([first.text], keys_of(first)) if e.cls == "Country"]
            if countries and not self.gaz.lookup([stem], frozenset({stem.casefold()})):
                out.append(Candidate(i, i + 2, "Organization", (), "abbreviation", priority=3,
                                     label=f"{first.text} {stem}", owner=tuple(countries[:1])))
        return out

    # -- names ending in a head noun -------------------------------------------------
    @staticmethod
    def genitive(token) -> bool:
        return reading_of(token) is not None and reading_of(token).case == "Gen"

    def with_places_inside(self, doc: Doc, chosen: list[Candidate], cands: list[Candidate]) -> list[Candidate]:
        """An organisation named by its place keeps the place as a mention of its own, nested in
        it (Ақтөбе облысының әкімдігі names the akimat and Ақтөбе облысы, Жапонияның
        метеорологиялық департаменті names Japan): a name by head noun that lost only to places
        inside it is taken, and the places inside it that own it are kept: one in the genitive,
        or a region named by its cue word.  A city or a country in the nominative is a word of
        the name (Мәскеу мемлекеттік университеті) or its owner (ҚР Ұлттық қауіпсіздік
        комитеті), which the organisation's ``owner`` already names."""
        def overlap(a: Candidate, b: Candidate) -> bool:
            return a.start < b.end and b.start < a.end

        def within(c: Candidate, outer: Candidate) -> bool:
            return outer.start <= c.start and c.end <= outer.end and outer.end - outer.start > c.end - c.start

        out = list(chosen)
        heads = sorted((c for c in cands if c.source == "head" and c.kind == "Organization"),
                       key=lambda c: c.start - c.end)
        for org in heads:
            clashes = [c for c in out if overlap(c, org)]
            if clashes and all(c.kind in PLACES and within(c, org) for c in clashes):
                out.append(org)
        for org in [c for c in out if c.source == "head" and c.kind == "Organization"]:
            places = [c for c in cands if within(c, org) and (
                (c.kind in PLACES and c.source in ("gazetteer", "cue")
                 and ((c.kind == "Region" and c.source == "cue") or self.genitive(doc[c.end - 1])))
                or (c.kind == "CountryAdj" and len(c.refs) > 1))]  # Қазақстан-Катар ... комиссиясы: the two countries
            for place in without_overlaps(places):
                if not any(overlap(o, place) and not within(place, o) for o in out):
                    out.append(place)
        return sorted(out, key=lambda c: (c.start, -c.end))

    def by_head(self, doc: Doc) -> list[Candidate]:
        out = []
        for i, token in enumerate(doc):
            if not token.is_alpha or "Organization" not in self.lex.cue_classes(keys_of(token)):
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
            head = reading.nominative if reading is not None else token.text
            head = head[:1].upper() + head[1:] if token.text[:1].isupper() else head
            words = " ".join(t.text for t in doc[start:i])
            bare = token.lemma_ if token.text[:1].islower() else token.lemma_[:1].upper() + token.lemma_[1:]
            alt = (f"{words} {bare}".strip(),) if reading is not None and reading.possessive else ()
            if self.proper_name(doc, start, i) and token.text[:1].islower():
                alt += (words,)  # Ақжол партиясы, Синьхуа агенттігі: the name alone names it too
            own = self.own_name_start(doc, start, i)
            if own > start:  # ҚР Сыртқы істер министрлігі is its Сыртқы істер министрлігі
                alt += (" ".join([*(t.text for t in doc[own:i]), head]),)
            if owned_by is not None:
                alt += self.owned_names(doc, owned_by, i, head)
            state = any(v.get("state") == "1" for v in self.lex.cues.values_for([token.lemma_]) +
                        self.lex.cues.values_for([token.text]))
            out.append(Candidate(start, i + 1, "Organization", (), "head", priority=3,
                                 label=f"{words} {head}".strip(), owner=owner if state else (), alt_names=alt))
        return out

    def closes_a_name(self, token) -> bool:
        """The word is an organisation's head that closes its name: a head noun with the
        possessive (агенттігі, кеңесі), or a capitalised word ending in one (Энергохолдинг).
        A head noun after it names an organ of that body (its board, its secretariat)."""
        reading = reading_of(token)
        if token.text[:1].islower():
            return reading is not None and reading.possessive is not None \
                and "Organization" in self.lex.cue_classes(keys_of(token))
        low = token.text.casefold()
        return token.is_alpha and any(low.endswith(cue) and len(low) - len(cue) >= 3 and len(cue) >= 5
                                      for cue in self.org_cue_words)

    @cached_property
    def org_cue_words(self) -> tuple[str, ...]:
        return tuple(word for (word,), values in self.lex.cues.index.items()
                     if any(v["class"] == "Organization" for v in values))

    def own_name_start(self, doc: Doc, start: int, head: int) -> int:
        """Where the name proper starts, past the owners before it (ҚР, Қазақстан Республикасы)."""
        at = start
        while True:
            past = next((at + n for n in (3, 2, 1) if at + n < head
                         and (found := self.owner_before(doc, at + n)) is not None and found[0] == at), None)
            if past is None:
                return at
            at = past

    def proper_name(self, doc: Doc, start: int, end: int) -> bool:
        """The words before the head are a name of their own: capitalised, in the nominative,
        no listed place (Қазақстан Парламенті is the country's parliament, not Қазақстан) and no
        common word (Бас консулдығы)."""
        words = doc[start:end]
        if not len(words) or not all(t.text[:1].isupper() for t in words):
            return False
        if reading_of(words[-1]) is not None and reading_of(words[-1]).case != "Nom":
            return False
        return not any(self.gaz.lookup([t.text], keys_of(t)) or is_common_word(best_keys(t)) for t in words)

    def name_start(self, doc: Doc, head: int) -> tuple[int, tuple[str, ...], tuple[int, str] | None] | None:
        """First token of the name that ends at ``head``, the countries that own it, and where
        an owner in the genitive ends and its nominative: lower-case words back to a
        capitalised one (not a pronoun or discourse word: Ал, Ол, Өз), then the owner, an
        abbreviation or a listed country or organisation in the nominative (ҚР, ТМД, Ресей
        Федерациясы), or a place or body in the genitive (:meth:`genitive_owner`)."""
        j = head - 1
        while j >= 0 and head - j <= MOST_WORDS and (self.inner_word(doc[j]) or self.joins_fields(doc, j, head)):
            j -= 1
        if j < 0 or head - j > MOST_WORDS or not self.capitalised(doc[j]):
            return None
        while j >= 2 and head - j < MOST_WORDS - 1 and self.possessed_part(doc, j - 1):
            j -= 2  # Түркия Қарулы күштері | Бас штабы, Халық өкілдері | Бүкілқытайлық жиналысы
        if j + 1 < head and self.place_adjective(doc[j + 1]):
            j = self.place_start(doc, j + 1)  # Ақмола облыстық ішкі саясат басқармасы
            if j is None:
                return None  # Оразалиев | облыстық қаржы басқармасы: no place before облыстық
        elif j > 0 and self.place_adjective(doc[j - 1]) and (place := self.place_start(doc, j - 1)) is not None:
            j = place  # Шығыс Қазақстан облыстық Пушкин атындағы кітапхана
        if is_never_name(best_keys(doc[j])) and doc[j].is_sent_start \
                and not doc[j].text.casefold().endswith(ADJECTIVE_ENDINGS):
            return None  # Ол, Өз, Бұл: a pronoun, not a name's first word (but Ұжымдық is; and in
            # mid-sentence a capital letter makes a common noun a name's word: Кеден одағы)
        owned_by = None
        reading = reading_of(doc[j])
        if reading is not None and reading.case in ("Gen", "Loc", "Dat", "Acc") and not self.governed_object(doc, j):
            found = self.genitive_owner(doc, j + 1) if reading.case == "Gen" and self.owned_head(doc[head]) else None
            if found is None:
                return None  # Ресейдің сыртқы саясат мекемесі: an owner in the genitive describes
            j, owned_by = found[0], (j + 1, found[1])  # Жапонияның метеорологиялық департаменті
        elif (found := self.genitive_owner(doc, j)) is not None:
            j, owned_by = found[0], (j, found[1])  # Гуанчжоу қаласының | Сыртқы істер басқармасы
        if doc[j].is_sent_start and j == head - 1 and is_common_word(best_keys(doc[j])) \
                and not self.gaz.lookup([doc[j].text], keys_of(doc[j])):
            return None  # Мұражай қоры at a sentence start: a capital letter, no name
        start, owner = j, []
        covering = self.owner_before(doc, j + 1)  # Тәуелсіз Мемлекеттер | Достастығы ұйымы
        if covering is not None and covering[0] < j:
            start, owner = covering[0], list(covering[1])
        while start > 0 and head - start < MOST_WORDS:
            listed = self.owner_before(doc, start)
            if listed is None:
                break
            start, ids = listed
            owner += ids
        return start, tuple(owner), owned_by

    def place_adjective(self, token) -> bool:
        """облыстық, қалалық, аудандық: the adjective of a region's or a city's cue word, by
        which a body of that region or city is named after the place (Ақмола облыстық ...)."""
        text = token.text.casefold()
        return text[:1].islower() and text.endswith(ADJECTIVE_ENDINGS[:6]) and bool(
            {"Region", "City"} & set(self.lex.cue_classes(frozenset({text[:-3]}))))

    def place_start(self, doc: Doc, end: int) -> int | None:
        """First token of a listed place (region, city) of up to three capitalised words ending
        before the place adjective at ``end``, alone or with the adjective's cue word (Батыс
        Қазақстан облыстық: Батыс Қазақстан облысы), or None."""
        stem = doc[end].text.casefold()[:-3]
        cue = self.lex.singular_cue(stem) or stem
        for n in (3, 2, 1):
            words = [t.text for t in doc[max(0, end - n):end]]
            if len(words) == n and all(self.capitalised(t) for t in doc[end - n:end]) and any(
                    e.cls in ("Region", "City") for e in self.gaz.lookup(words, keys_of(doc[end - 1]))
                    + self.gaz.lookup([*words, cue], frozenset({cue}))):
                return end - n
        start = end  # a region no list holds: capitalised words that are no person's name
        endings = tuple(self.lex.name_parts.get("surname_ending", ()))
        while start > 0 and end - start < 3 and self.capitalised(doc[start - 1]) and in_nominative(doc[start - 1]) \
                and not doc[start - 1].text.isupper() and not has_surname_ending(doc[start - 1], endings):
            start -= 1
        return start if start < end else None

    def genitive_owner(self, doc: Doc, end: int) -> tuple[int, str] | None:
        """A place or body in the genitive ending at ``end``, whose name the name after it
        includes (Ақтөбе облысының | әкімдігі, Жапонияның | метеорологиялық департаменті,
        ҰҚШҰ-ның | Біріккен штабы): its first token and its nominative.  The owner is named:
        a capitalised name before a region's or a city's cue word, a listed place or
        organisation, or an abbreviation; a person or a common noun (Президенттің,
        елдің) is no owner."""
        last = doc[end - 1] if end > 0 else None
        reading = reading_of(last) if last is not None else None
        if reading is None or reading.case != "Gen":
            return None
        if last.text[:1].islower() and {"Region", "City"} & set(self.lex.cue_classes(keys_of(last))):
            start = end - 1
            while start > 0 and end - start <= 3 and self.capitalised(doc[start - 1]) \
                    and in_nominative(doc[start - 1]) and not doc[start - 1].text.isupper():
                start -= 1
            return (start, f"{doc[start:end - 1].text} {reading.nominative}") if start < end - 1 else None
        for n in (3, 2, 1):
            words = doc[max(0, end - n):end]
            if len(words) == n and all(self.capitalised(t) for t in words) and any(
                    e.cls in ("Country", "Region", "City", "Organization")
                    for e in self.gaz.lookup([t.text for t in words], keys_of(last))):
                return end - n, " ".join([*(t.text for t in words[:-1]), reading.nominative])
        stem = last.text.partition("-")[0]
        if len(stem) > 1 and stem.isupper() and stem.isalpha():
            return end - 1, stem  # ҰҚШҰ-ның, ШҚО-ның
        return None

    def owned_head(self, token) -> bool:
        """The head names a body its owner has one of (әкімдігі, министрлігі, департаменті,
        партиясы: ``owned`` in cues.tsv), so an owner in the genitive makes the phrase a name;
        a company or a centre of the owner's (Қазақстанның ірі компаниясы) is described."""
        return any(v.get("owned") == "1" for k in keys_of(token) for v in self.lex.cues.values_for([k]))

    def owned_names(self, doc: Doc, owned_by: tuple[int, str], head: int, head_text: str) -> tuple[str, ...]:
        """Other names of a name with an owner in the genitive: the owner in the nominative
        (ҰҚШҰ-ның Біріккен штабы → ҰҚШҰ Біріккен штабы), and the words after the owner when
        there are any besides the head (Түркияның жоғары сайлау кеңесі → жоғары сайлау кеңесі)."""
        rest = [t.text for t in doc[owned_by[0]:head]]
        names = (" ".join([owned_by[1], *rest, head_text]),)
        return names + ((" ".join([*rest, head_text]),) if rest else ())

    def possessed_part(self, doc: Doc, i: int) -> bool:
        """A name's first word may itself follow a name in the possessive (Қарулы күштері,
        Халық өкілдері): a lower-case nominative word with the possessive after a capitalised
        word that is no person's name; the body then takes that name in."""
        word, before = doc[i], doc[i - 1]
        reading = reading_of(word)
        endings = tuple(self.lex.name_parts.get("surname_ending", ()))
        return word.is_alpha and word.text[:1].islower() and reading is not None and reading.case == "Nom" \
            and reading.possessive is not None and self.capitalised(before) and in_nominative(before) \
            and not has_surname_ending(before, endings) and not before.is_sent_start \
            and not self.lex.cue_classes(keys_of(word))

    def joins_fields(self, doc: Doc, j: int, head: int) -> bool:
        """және between two bare nouns of the name joins the fields the body covers (Мәдениет
        және ақпарат министрлігі, опера және балет театры); between listed names it joins the
        parties (Қазақстан және Ресей ...), which a capital letter after it shows."""
        if doc[j].text != "және" or j == 0 or j + 1 >= head:
            return False
        before, after = doc[j - 1], doc[j + 1]
        return after.text[:1].islower() and in_nominative(after) and before.is_alpha and in_nominative(before) \
            and not self.gaz.lookup([before.text], keys_of(before))

    def governed_object(self, doc: Doc, j: int) -> bool:
        """The name's first word is the object of the word after it, so the name opens with
        a case ending: Нашақорлықты бақылау агенттігі (the accusative before a verbal noun),
        Терроризмге қарсы іс-қимыл орталығы (the dative before қарсы)."""
        if j + 1 >= len(doc) or not doc[j + 1].text[:1].islower() or self.gaz.lookup([doc[j].text], keys_of(doc[j])):
            return False  # Ресейді қолдау: a listed place stays a place
        case, nxt = reading_of(doc[j]).case, doc[j + 1].text.casefold()
        return (case == "Acc" and nxt.endswith(("у", "ю")) and len(nxt) > 3) or (case == "Dat" and nxt == "қарсы")

    def owner_before(self, doc: Doc, end: int) -> tuple[int, list[str]] | None:
        """An owner ending at ``end``: a listed country or organisation in the nominative
        (its ids), or an abbreviation (ҚР, АҚШ, ТМД: ids when listed)."""
        for n in (3, 2, 1):
            if end - n < 0:
                continue
            words = doc[end - n:end]
            if not all(t.is_alpha and t.text[:1].isupper() for t in words):
                continue
            last = words[-1]
            if reading_of(last) is not None and reading_of(last).case != "Nom":
                continue
            entries = [e for e in self.gaz.lookup([t.text for t in words], keys_of(last))
                       if e.cls in ("Country", "Organization")]
            if entries:
                return end - n, [e.id for e in entries if e.cls == "Country"][:1]
        token = doc[end - 1]
        if token.is_alpha and len(token.text) > 1 and token.text.isupper():
            return end - 1, []
        return None

    def countries_in(self, doc: Doc, start: int, end: int) -> list[str]:
        """Listed countries named by the words of a name (Түркия | Елшілігі)."""
        found = []
        for a in range(start, end):
            for b in range(min(end, a + 3), a, -1):
                words = doc[a:b]
                found += [e.id for e in self.gaz.lookup([t.text for t in words], keys_of(words[-1]))
                          if e.cls == "Country" and e.id not in found]
        return found

    def head_fits(self, doc: Doc, start: int, head: int) -> bool:
        """A head in the possessive (министрлігі, Үкіметі) closes a name; a bare one (агенттік,
        одақ) does so after an adjective (мемлекеттік агенттік, экономикалық одақ) or when
        capitalised itself (Кедендік Одақ), not after a genitive (Қазақстанның ұйым)."""
        token = doc[head]
        reading = reading_of(token)
        if head + 1 < len(doc) and doc[head + 1].text.casefold() in ("ретінде", "ретіндегі"):
            return False  # халықаралық ұйым ретінде: what something is, not a name
        if reading is None or reading.possessive or self.possessive_cue(token):
            return True
        if any(reading_of(t) is not None and reading_of(t).case == "Gen" for t in doc[start:head]):
            return False  # Түркі кеңесінің халықаралық ұйым: a genitive governs a possessive head, not a bare one
        before = doc[head - 1]
        adjective = head - 1 >= start and before.text.casefold().endswith(ADJECTIVE_ENDINGS)
        return adjective and (before.text[:1].isupper() or not token.text[:1].isupper())

    def possessive_cue(self, token) -> bool:
        """The head is a cue word's possessive form (оркестрі of оркестр), which the analyser
        leaves whole because the cue list knows it, also under a case ending (штабының)."""
        reading = reading_of(token)
        forms = {token.text.casefold(), *((reading.nominative.casefold(),) if reading is not None else ())}
        forms |= set(keys_of(token))
        return any(form.endswith(suffix) and self.lex.cue_classes(frozenset({form[:-len(suffix)]}))
                   for form in forms for suffix in ("сы", "сі", "ы", "і"))

    @staticmethod
    def capitalised(token) -> bool:
        text = token.text
        return text[:1].isupper() and (token.is_alpha or "-" in text) and "." not in text \
            and any(ch.isalpha() for ch in text)

    def inner_word(self, token) -> bool:
        """A lower-case word inside a name: a bare or genitive noun or an adjective (істер,
        ресурстары жөніндегі мемлекеттік), not a verb, figure or conjunction."""
        text = token.text
        if not token.is_alpha and "-" not in text:
            return False
        if not text[:1].islower() or text.casefold() in CONJUNCTIONS or token.lemma_.casefold() in BETWEEN:
            return False  # Қазақстан мен Венгрия арасындағы … комиссия: the parties, not the name
        if text.casefold().endswith(PARTICIPLE_ENDINGS) and not self.participle_adjective(token):
            return False  # қол қойған (Үкімет қаулысы): a verb ends the name before it
        reading = reading_of(token)
        return reading is None or reading.case in ("Nom", "Gen") or text.endswith(LOCATIVE_ADJECTIVE) \
            or self.adjective_read_as_object(token)

    @staticmethod
    def participle_adjective(token) -> bool:
        """A participle that qualifies the name (жоғары деңгейдегі бірлескен комиссиясы) follows
        a capitalised word or another qualifier, not its own object (қол қойған)."""
        before = token.doc[token.i - 1] if token.i > 0 else None
        return before is not None and before.is_alpha and before.text[:1].islower() \
            and before.text.casefold().endswith((*ADJECTIVE_ENDINGS[:6], *LOCATIVE_ADJECTIVE))

    def adjective_read_as_object(self, token) -> bool:
        """An adjective in -лы/-ды/-ты (интернационалды мәдени орталығы) that the analyser reads as
        an accusative: before another word of the name, neither a verbal noun (Нашақорлықты
        бақылау: an object) nor the head itself (маңызды ұйымның бірі: a description), it is
        the adjective."""
        reading = reading_of(token)
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return reading is not None and reading.case == "Acc" and nxt is not None and nxt.is_alpha \
            and token.text.casefold().endswith(("лы", "лі", "ды", "ді", "ты", "ті")) \
            and not nxt.text.casefold().endswith(("у", "ю")) and not self.lex.cue_classes(keys_of(nxt))

    def quoted(self, doc: Doc) -> list[Candidate]:
        """A quoted name before a head noun or a legal form is an organisation's name
        («Астана Опера» театры, «Самұрық-Энерго» АҚ): the name is the quoted words, and
        with the head they are another name of it."""
        legal = {w.casefold() for w in self.lex.name_parts.get("legal_form", ())}
        out = []
        for i, token in enumerate(doc):
            closer = QUOTES.get(token.text)
            if not closer:
                continue
            end = next((k for k in range(i + 2, min(i + 8, len(doc))) if doc[k].text in (closer, "»", '"')), None)
            if end is None or end + 1 >= len(doc) or not doc[i + 1].text[:1].isupper():
                continue
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
        for m in SITE.finditer(doc.text):
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
                if j == i + 1 and len(doc[i].text) <= 3:
                    j = i  # The, VI: too short to be a name alone
                if j > i:  # Astana Opera is the theatre, not the city
                    out.append(Candidate(i, j, "Organization", (), "brand", priority=3 if j - i > 1 else 2))
                i = max(j, i + 1)
        return out

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
