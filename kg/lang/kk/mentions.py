"""Find mentions of countries, cities, people, organisations and titles.

Three sources, each good where the others fail: the gazetteers (every form of
a known name, matched on stems), the statistical NER (names no list holds),
and the shape of Kazakh names (patronymics, surname endings, a name after a
title).  Gazetteer matches win where they overlap, because the model does not
know that Әзербайжан is a country.  The result is ``doc.spans["mentions"]``,
each span carrying ``kind``, ``refs`` (gazetteer ids), ``case`` and
``nominative`` (the name as a label).
"""
from __future__ import annotations

from dataclasses import replace

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.candidates import CONJUNCTIONS, Candidate, without_overlaps
from kg.gazetteer import Gazetteer, default_gazetteer, spelling_key
from kg.lang.kk.name_evidence import (best_keys, has_surname_ending, in_nominative, is_common_word, is_given_name,
                                      is_initial, surname_only_endings)
from kg.lexicons import Lexicons, default_lexicons, longest_phrase
from kg.lang.kk.name_filter import NameFilter
from kg.lang.kk.organizations import OrganizationFinder
from kg.lang.kk.regions import RegionFinder
from kg.lang.media import media_names
from kg.tokens import keys_of, reading_of

NER_KINDS = {"PERSON": "Person", "GPE": "GPE", "ORGANISATION": "Organization", "ORGANIZATION": "Organization"}

for _name, _default in (("kind", None), ("refs", ()), ("case", "Nom"), ("nominative", ""),
                        ("title", None), ("source", ""), ("owner", ()), ("alt_names", ())):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)


class MentionFinder:
    def __init__(self, gazetteer: Gazetteer, lexicons: Lexicons) -> None:
        self.gaz = gazetteer
        self.lex = lexicons
        self.organizations = OrganizationFinder(gazetteer, lexicons)
        self.regions = RegionFinder(gazetteer, lexicons)
        self.names = NameFilter(lexicons)

    def __call__(self, doc: Doc) -> Doc:
        cands = [
            *self.gazetteer_names(doc),
            *self.country_adjectives(doc),
            *self.titles(doc),
            *self.ner_names(doc),
            *self.places_by_cue(doc),
            *self.regions(doc),
            *self.organizations(doc),
            *media_names(doc, self.lex, noun_first=False),
        ]
        cands += list(self.name_shapes(doc, cands))
        chosen = self.with_initials(doc, self.joined_names(doc, self.without_overlaps(cands)))
        chosen = self.names(doc, self.organizations.with_places_inside(doc, chosen, cands))
        spans = [self.to_span(doc, c) for c in chosen]
        doc.spans["mentions"] = [s for s in spans if s is not None]
        return doc

    # -- sources ---------------------------------------------------------------
    def gazetteer_names(self, doc: Doc) -> list[Candidate]:
        out = []
        words = [t.text for t in doc]
        lowered = [w.casefold() for w in words]
        i = 0
        while i < len(doc):
            found = None
            if doc[i].text[:1].isupper():
                for n in range(longest_phrase(self.gaz.heads, lowered, i, self.gaz.max_words), 0, -1):
                    entries = self.gaz.lookup(words[i : i + n], keys_of(doc[i + n - 1]))
                    if entries:
                        found = (n, entries)
                        break
                variant = self.gaz.country_by_spelling(keys_of(doc[i])) if found is None else None
                if variant is not None:
                    entry, spelled = variant
                    n = self.spelled_long_name(doc, words, i, entry, spelled)
                    out.append(Candidate(i, i + n, "Country", (entry.id,), "gazetteer", priority=3,
                                         label=None if n > 1 else spelled[:1].upper() + spelled[1:]))
                    i += n
                    continue
            # Ақтөбе облысы names a region; Қазақстанның ауыл шаруашылығы still names the country
            if found and self.in_nominative(doc[i + found[0] - 1]) and self.before_non_place_cue(doc, i + found[0]):
                found = None
                i += 1
                continue
            if found and found[0] == 1 and self.first_name_of(doc, i, found[1]):
                found = None  # Бағдат Әміреев: a city's name as a first name
                i += 1
                continue
            if found:
                n, entries = found
                kinds = {e.cls for e in entries}
                kind = next((k for k in ("Country", "City", "Region") if k in kinds), entries[0].cls)
                refs = tuple(e.id for e in entries if e.cls == kind or kind not in ("Country", "City", "Region"))
                if kind == "Leader":
                    kind = "Person"
                out.append(Candidate(i, i + n, kind, refs, "gazetteer", priority=3))
                i += n
            else:
                i += 1
        return out

    def spelled_long_name(self, doc: Doc, words: list[str], i: int, entry, spelled: str) -> int:
        """The words of a country's official name whose first word is spelled another way
        (Пәкстан Ислам Республикасының: 3), or 1."""
        canonical = [name for name in entry.names if " " not in name and spelling_key(name) == spelling_key(spelled)]
        for n in range(min(self.gaz.max_words, len(doc) - i), 1, -1):
            last_keys = keys_of(doc[i + n - 1])
            if any(e.id == entry.id for name in canonical for e in self.gaz.lookup([name, *words[i + 1:i + n]], last_keys)):
                return n
        return 1

    def first_name_of(self, doc: Doc, i: int, entries: list) -> bool:
        """A one-word city name right before a capitalised surname names a person (Бағдат
        Әміреев, Мәдина Нұрбекова), unless that word is itself a listed name."""
        if i + 1 >= len(doc) or any(e.cls != "City" for e in entries):
            return False
        nxt = doc[i + 1]
        endings = tuple(self.lex.name_parts.get("surname_ending", ()))
        return self.is_name_word(doc, i + 1) and self.has_surname_ending(nxt, endings) \
            and not self.gaz.lookup([nxt.text], keys_of(nxt))

    def country_adjectives(self, doc: Doc) -> list[Candidate]:
        """қазақ-әзербайжан (қатынастары), ресейлік (тарап): countries named by adjectives."""
        out = []
        for token in doc:
            parts = token.text.split("-")
            entries = [self.gaz.adjective(p) for p in parts]
            if all(entries) and len({e.id for e in entries}) == len(entries) \
                    and not self.before_non_place_cue(doc, token.i + 1):  # Парсы шығанағы, Жапон теңізі
                out.append(Candidate(token.i, token.i + 1, "CountryAdj", tuple(e.id for e in entries),
                                     "adjective", priority=2))
        return out

    def before_non_place_cue(self, doc: Doc, end: int) -> bool:
        """АҚШ долларына, Ақтөбе облысы: the name is part of something the ontology has no class for."""
        if end >= len(doc):
            return False
        classes = self.lex.cue_classes(keys_of(doc[end]))
        reading = reading_of(doc[end])
        if reading is not None and reading.number == "Plur" and set(classes) == {"Organization"}:
            return False  # Қазақстан мен Түркия үкіметтері: the countries, each with its government
        return any(c in ("-", "Organization", "Region") for c in classes)

    def titles(self, doc: Doc) -> list[Candidate]:
        keys = [keys_of(t) for t in doc]
        out = []
        connectors = self.lex.name_parts.get("connector", set())
        for start, end, values in self.lex.titles.matches([t.text for t in doc], keys):
            if start > 0 and doc[start - 1].text in connectors and doc[start].text[:1].isupper():
                continue  # Бадр бен Сұлтан: after "son of" a title's word is a father's name
            best = dict(max(values, key=lambda v: v.get("leader") == "1"))
            reading = reading_of(doc[end - 1])
            best["possessed"] = "1" if (reading is not None and reading.possessive == "3"
                                        and best.get("possessor") != "own") else ""
            out.append(Candidate(start, end, "Title", (), "lexicon", priority=2, title=best))
        return out

    def ner_names(self, doc: Doc) -> list[Candidate]:
        out = []
        for ent in doc.ents:
            kind = NER_KINDS.get(ent.label_)
            if kind is None:
                continue
            start, end = ent.start, ent.end
            if kind == "GPE":
                own_cue = ent.end - ent.start > 1 and self.lex.cue_classes(keys_of(doc[ent.end - 1]))
                kind = self.place_kind(doc, ent.end - 1 if own_cue else ent.end)
                if kind is None:
                    continue
            elif kind == "Person":
                start, end = self.without_abbreviations(doc, start, end)
                if start == end or doc[start:end].text.isascii():
                    continue  # Latin names in Kazakh text are brands (ACWA Power), not people
                start, end = self.grown(doc, start, end)
            out.append(Candidate(start, end, kind, (), "ner", priority=1))
        return out

    def grown(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """The model's person grown to the capitalised words around it that can only be more
        of the name (Мұстафа | Кемал Ататүрік): no listed place, no cue, no title, no common
        word, no sentence start, at most four words in all.  A surname closes a name
        (Григорий Акулов | Бородулиха), so the name grows past none; a first name that ends
        like one is no surname (Бахауддин Накшбанди)."""
        endings = tuple(self.lex.name_parts.get("surname_ending", ()))

        def surname(i: int) -> bool:
            return self.has_surname_ending(doc[i], endings) and not is_given_name(doc[i])
        def more_of_name(i: int) -> bool:
            token = doc[i]
            keys = keys_of(token)
            return self.is_name_word(doc, i) and not token.is_sent_start and not is_common_word(best_keys(token)) \
                and not self.gaz.lookup([token.text], keys) and not self.lex.cue_classes(keys) \
                and not any(self.lex.titles.index.get((k,)) for k in keys)
        while end - start < 4 and start > 0 and more_of_name(start - 1) and not surname(start - 1):
            start -= 1
        while end - start < 4 and end < len(doc) and in_nominative(doc[end - 1]) and more_of_name(end) \
                and not surname(end - 1):
            end += 1
        return start, end

    @staticmethod
    def without_abbreviations(doc: Doc, start: int, end: int) -> tuple[int, int]:
        """A person's name holds no abbreviation: the model's "Әділет Барменқұлов УЕФА" ends before УЕФА."""
        def abbreviation(i: int) -> bool:
            return len(doc[i].text) > 1 and doc[i].text.isupper()
        while start < end and abbreviation(start):
            start += 1
        while end > start and abbreviation(end - 1):
            end -= 1
        return start, end

    def places_by_cue(self, doc: Doc) -> list[Candidate]:
        """A capitalised word before қаласы/шаһары is a city, listed or not (Лион қаласында);
        before the plural (Түркістан мен Конья қалалары) so is the word joined to it."""
        out = []
        for i in range(len(doc) - 1):
            if not self.is_name_word(doc, i):
                continue
            cue = doc[i + 1]
            if "City" not in self.lex.cue_classes(keys_of(cue)):
                continue
            out.append(Candidate(i, i + 1, "City", (), "cue", priority=2))
            reading = reading_of(cue)
            if (reading is not None and reading.number == "Plur" and i >= 2
                    and doc[i - 1].text.casefold() in CONJUNCTIONS and self.is_name_word(doc, i - 2)):
                out.append(Candidate(i - 2, i - 1, "City", (), "cue", priority=2))
        return out

    def place_kind(self, doc: Doc, after: int) -> str | None:
        """City, Country or Region from the cue word at ``after``: the one after a place name,
        or the last word of a name the model read with its cue (Псков облысы); None for seas
        and rivers."""
        classes = self.lex.cue_classes(keys_of(doc[after])) if after < len(doc) else []
        if classes:
            return classes[0] if classes[0] in ("City", "Country", "Region") else None
        return "City"

    def name_shapes(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """Capitalised runs that look like a person's name: a patronymic or a
        surname ending, initials before it (Э.Фаталиев), a connector of foreign names (бин, фон), or a run right
        after a title in the nominative (Президент Тоқаев, Әмірі шейх Тамим)."""
        # the model's spans and country adjectives may be parts of a longer name (Мұхаммед бин Салман Әл Сауд)
        taken = {i for c in found if c.source != "ner" and c.kind != "CountryAdj" for i in range(c.start, c.end)}
        after_title = {self.lex.past_honorifics(doc, c.end) for c in found
                       if c.kind == "Title" and self.in_nominative(doc[c.end - 1])}
        patronymics = self.lex.name_parts.get("patronymic", set())
        endings = tuple(self.lex.name_parts.get("surname_ending", ()))
        fathers = tuple(self.lex.name_parts.get("patronymic_ending", ()))
        strong = tuple(e for e in surname_only_endings(tuple(sorted(endings))) if e not in fathers)
        cues_after = self.lex.name_parts.get("name_cue", set()) | self.lex.name_parts.get("honorific", set())
        out = []
        i = 0
        while i < len(doc):
            if i in taken or not self.is_name_word(doc, i):
                i += 1
                continue
            j, joined = self.name_run(doc, i, taken)
            surnames = [k for k in range(i, j) if self.has_surname_ending(doc[k], endings)]
            if not joined and surnames and surnames[-1] < j - 1 and surnames[-1] > i \
                    and is_common_word(best_keys(doc[surnames[-1] + 1])):
                j = surnames[-1] + 1  # a surname ends the name: Асқар Мамин | Ауыл шаруашылығы, not Бахауддин Накшбанди
            if not joined and is_given_name(doc[i]):  # Григорий Акулов | Бородулиха: a first name, then its surname
                j = next((k + 1 for k in range(i + 1, j - 1) if self.has_surname_ending(doc[k], strong)), j)
            if j < len(doc) and keys_of(doc[j]) & patronymics and j - i >= 1:
                j += 1
            epithet = self.epithet(doc, j) if j - i <= 2 else None
            j += epithet is not None
            last = doc[j - 1]
            surname = self.has_surname_ending(last, endings)
            named_after = j < len(doc) and bool(keys_of(doc[j]) & cues_after)
            initialled = i >= 2 and is_initial(doc, i - 2)
            # Шарль Жюдтің, Ян Цзечимен: a first name says the capitalised word after it is a surname
            given = 2 <= j - i <= 3 and is_given_name(doc[i]) and not self.is_place(doc, j)
            looks_like_name = (
                surname
                or joined
                or initialled
                or epithet is not None
                or given
                or named_after
                or bool(keys_of(doc[j - 1]) & patronymics)
                or (i in after_title and 2 <= j - i <= 4 and not self.is_place(doc, j))
            )
            if looks_like_name and not (j - i == 1 and i == doc[i].sent.start and i not in after_title
                                        and not surname and not named_after):
                # a cue word is stronger evidence than the model's guess (Құрманғазы атындағы ... орталығы)
                # a father's name ending (Манарбековна, Сәрсенқызы) marks a person whatever the model says
                fathers_name = last.text.casefold().endswith(fathers) and len(last.text) > 5
                sure = named_after or joined or initialled or epithet is not None or fathers_name
                out.append(Candidate(i, j, "Person", (), "shape", priority=2 if sure else 1, title=epithet or None))
            i = j
        return out

    def epithet(self, doc: Doc, j: int) -> dict[str, str] | None:
        """Төле би, Абылай ханның: a lower-case word after a name that is part of it (name_parts.tsv);
        a ruler's (хан) makes him a Leader, with no country the text need name."""
        if j >= len(doc) or not doc[j].text[:1].islower() or self.names_a_place(doc, j):
            return None
        keys = keys_of(doc[j])
        if keys & self.lex.name_parts.get("ruler_epithet", set()):
            return {"role": "ruler", "leader": "1"}
        return {} if keys & self.lex.name_parts.get("epithet", set()) else None

    @staticmethod
    def names_a_place(doc: Doc, j: int) -> bool:
        """Жошы хан тарихи-мәдени кешені, Абылай хан даңғылы: a name in the nominative before a
        possessed noun (one adjective may stand between) names the thing, not the person."""
        if not in_nominative(doc[j]):
            return False
        for token in doc[j + 1:j + 3]:
            reading = reading_of(token)
            if not (token.is_alpha or "-" in token.text) or not token.text[:1].islower():
                return False
            if reading is not None and reading.possessive:
                return reading.possessive == "3"  # not Төле би бабамыздың (our forefather's) мазары
        return False

    def name_run(self, doc: Doc, i: int, taken: set[int]) -> tuple[int, bool]:
        """End of the capitalised run starting at ``i``, and whether a connector of
        foreign names joined it (Мұхаммед бин Салман Әл Сауд, Мишааль әл-Ахмед әс-Сабах)."""
        connectors = self.lex.name_parts.get("connector", set())
        j, joined = i, False
        while j < len(doc) and j not in taken and j - i < (7 if joined else 4):
            if j > i and is_initial(doc, j):
                break  # Е.Ыдырысов | Дж.Керриді: an initial opens the next name
            if self.is_name_word(doc, j):
                joined = joined or doc[j].text[:1].islower()
                j += 1
            elif (j > i and j + 1 < len(doc) and doc[j].text in connectors and j + 1 not in taken
                  and self.is_name_word(doc, j + 1)
                  and not (self.kazakh_and(doc[j - 1].text, doc[j].text) and not self.lineage_goes_on(doc, j + 2))):
                joined = True
                j += 2
            else:
                break
        return j, joined

    @staticmethod
    def kazakh_and(before: str, word: str) -> bool:
        """бен is Kazakh "and" after ж and з (Париж бен Берлин), a name's "son of" elsewhere."""
        return word == "бен" and before[-1:].casefold() in "жз"

    def lineage_goes_on(self, doc: Doc, k: int) -> bool:
        """After "X бен Y", another connector or an Arabic article (бен, бин, Әл, әл-Сауд): a
        chain of "son of" (Әбдел Азиз бен Сауд бен Наиф, Абдулазиз бен Салман Әл Сауд), not
        the Kazakh "and" that бен is after ж and з."""
        if k >= len(doc):
            return False
        word = doc[k].text.casefold()
        particles = self.lex.name_parts.get("particle", set())
        return word in self.lex.name_parts.get("connector", set()) or word in particles \
            or ("-" in word and word.partition("-")[0] in particles)

    in_nominative = staticmethod(in_nominative)
    has_surname_ending = staticmethod(has_surname_ending)

    def is_place(self, doc: Doc, end: int) -> bool:
        """A run ending in the locative or ablative, or followed by a cue word, names a place
        (or an organisation: Bloomberg Media Group компаниясының)."""
        reading = reading_of(doc[end - 1])
        if reading is not None and reading.case in ("Loc", "Abl"):
            return True
        return end < len(doc) and any(c != "Country" for c in self.lex.cue_classes(keys_of(doc[end])))

    def is_name_word(self, doc: Doc, i: int) -> bool:
        """Capitalised, not an abbreviation, and in Cyrillic (Latin names in Kazakh text
        are brands); or an Arabic article joined to a capitalised part (әл-Ахмед)."""
        text = doc[i].text
        particle, hyphen, rest = text.partition("-")
        if hyphen and particle in self.lex.name_parts.get("particle", set()):
            text = rest
        return (text[:1].isupper() and not text.isupper() and any(ch.isalpha() for ch in text)
                and not text.isascii())

    # -- merging ---------------------------------------------------------------
    without_overlaps = staticmethod(without_overlaps)

    def joined_names(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """First names (and a patronymic) found by shape right before a known surname are
        one name (Нұрсұлтан Абишевич | Назарбаев, Реджеп Тайып | Ердоғанмен); a name that
        ends in a surname of its own stays apart (Хикмет Гаджиев | Путинмен), and so does a
        known full name (Тамим бин Хамад Әл Тани | Қасым-Жомарт Тоқаевты)."""
        patronymic = tuple(self.lex.name_parts.get("patronymic_ending", ()))
        surname = tuple(self.lex.name_parts.get("surname_ending", ()))
        out: list[Candidate] = []
        for c in chosen:
            prev = out[-1] if out else None
            last = doc[prev.end - 1].text.casefold() if prev is not None else ""
            if (prev is not None and prev.end == c.start and c.kind == prev.kind == "Person"
                    and c.source == "gazetteer" and prev.source != "gazetteer" and c.end - c.start == 1
                    and (last.endswith(patronymic) or not last.endswith(surname))):
                out[-1] = Candidate(prev.start, c.end, "Person", c.refs, "gazetteer", c.priority)
                continue
            out.append(c)
        return out

    @staticmethod
    def with_initials(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """A person's name takes the initials before it (Қ.Тоқаев, Қ.-Ж. Тоқаев, А.Смағұлов)."""
        out: list[Candidate] = []
        for c in chosen:
            start = c.start
            while c.kind == "Person" and start >= 2 and is_initial(doc, start - 2):
                start -= 2
            if start != c.start:
                out = [o for o in out if o.end <= start]
                c = replace(c, start=start)
            out.append(c)
        return out

    @staticmethod
    def name_reading(token):
        """A name no lexicon knows keeps its instrumental or genitive ending as a last resort of
        the analyser (Сэвиджпен read whole): in a person's name those endings are endings."""
        reading = reading_of(token)
        if reading is None or reading.case != "Nom" or reading.score > 0:
            return reading
        from kg.lang.kk.morphology import default_analyser

        for other in default_analyser().analyses(token.text):
            if other.case in ("Ins", "Gen") and len(other.lemma) >= 4:
                return other
        return reading

    def to_span(self, doc: Doc, c: Candidate) -> Span | None:
        span = Span(doc, c.start, c.end, label=c.kind)
        last = doc[c.end - 1]
        reading = self.name_reading(last) if c.kind == "Person" else reading_of(last)
        span._.kind = c.kind
        span._.refs = c.refs
        span._.source = c.source
        span._.title = c.title
        span._.owner = c.owner
        span._.alt_names = c.alt_names
        span._.case = reading.case if reading is not None else "Nom"
        before_last = span.text[: last.idx - span.start_char]  # span.text: doc.text joins the whole document
        head = " ".join(before_last.split())
        tail = reading.nominative if reading is not None else last.text
        frozen = tuple(self.lex.name_parts.get("frozen_ending", ()))
        if c.kind == "Person" and frozen and last.text.casefold().endswith(frozen) and len(last.text) > 6:
            tail = last.text  # Тілеуберді is a name, not Тілеубер in the accusative
        joint = "" if before_last[-1:] in (".", "-") else " "  # Қ.Тоқаев, not Қ. Тоқаев
        span._.nominative = c.label or f"{head}{joint}{tail}".strip().strip("/()[]\"'«»")  # /Владимир Добровольский/
        return span


@Language.factory("kk_mentions")
def make_mention_finder(nlp: Language, name: str) -> MentionFinder:
    return MentionFinder(default_gazetteer(), default_lexicons())

