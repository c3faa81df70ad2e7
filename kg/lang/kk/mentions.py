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

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.candidates import CONJUNCTIONS, Candidate, without_overlaps
from kg.gazetteer import Gazetteer, default_gazetteer, spelling_key
from kg.lang.kk.name_evidence import MIN_USES, best_keys, is_given_name, name_evidence
from kg.lexicons import Lexicons, default_lexicons, longest_phrase, title_row
from kg.lang.kk.name_filter import NameFilter
from kg.lang.kk.person_shapes import PersonShapes
from kg.lang.kk.organizations import OrganizationFinder
from kg.lang.kk.regions import RegionFinder
from kg.lang.kk.titled_leaders import TitledLeaders
from kg.lang.media import media_names
from kg.tokens import all_keys, keys_of, reading_of, texts_of

NER_KINDS = {"PERSON": "Person", "GPE": "GPE", "ORGANISATION": "Organization", "ORGANIZATION": "Organization"}

for _name, _default in (("kind", None), ("refs", ()), ("case", "Nom"), ("nominative", ""),
                        ("title", None), ("source", ""), ("owner", ()), ("alt_names", ())):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)


class MentionFinder(PersonShapes):
    def __init__(self, gazetteer: Gazetteer, lexicons: Lexicons) -> None:
        self.gaz = gazetteer
        self.lex = lexicons
        self.organizations = OrganizationFinder(gazetteer, lexicons)
        self.regions = RegionFinder(gazetteer, lexicons)
        self.names = NameFilter(lexicons)
        self.titled_leaders = TitledLeaders(gazetteer)

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
        cands += self.titled_leaders(doc, cands)
        chosen = self.with_initials(doc, self.joined_names(doc, self.without_overlaps(cands)))
        chosen = self.names(doc, self.organizations.with_places_inside(doc, chosen, cands))
        spans = [self.to_span(doc, c) for c in chosen]
        doc.spans["mentions"] = [s for s in spans if s is not None]
        return doc

    # -- sources ---------------------------------------------------------------
    def gazetteer_names(self, doc: Doc) -> list[Candidate]:
        out = []
        words = texts_of(doc)
        lowered = [w.casefold() for w in words]
        i = 0
        while i < len(doc):
            found = None
            if words[i][:1].isupper():
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
            if found and found[0] == 1 and (self.first_name_of(doc, i, found[1]) or self.surname_of(doc, i, found[1])):
                found = None  # Бағдат Әміреев, Джон Болтон: a city's name as a first name or a surname
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

    def surname_of(self, doc: Doc, i: int, entries: list) -> bool:
        """A one-word city name right after a first name, that the model reads with it as one
        person's name, is a surname (Джон Болтон), not the city (Али Мәскеуге барды); nor in
        the locative, which tells where a person is (Джон Бирмингемде сөйледі)."""
        reading = reading_of(doc[i])
        if i == 0 or any(e.cls != "City" for e in entries) or (reading is not None and reading.case == "Loc"):
            return False
        before = doc[i - 1]
        return is_given_name(before) and not self.gaz.lookup([before.text], keys_of(before)) \
            and any(e.label_ == "PERSON" and e.start <= i - 1 and i < e.end for e in doc.ents)

    def country_adjectives(self, doc: Doc) -> list[Candidate]:
        """қазақ-әзербайжан (қатынастары), ресейлік (тарап): countries named by adjectives."""
        out = []
        for i, text in enumerate(texts_of(doc)):
            parts = text.split("-")
            entries = [self.gaz.adjective(p) for p in parts]
            if all(entries) and len({e.id for e in entries}) == len(entries) \
                    and not self.before_non_place_cue(doc, i + 1):  # Парсы шығанағы, Жапон теңізі
                out.append(Candidate(i, i + 1, "CountryAdj", tuple(e.id for e in entries),
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
        keys = all_keys(doc)
        out = []
        connectors = self.lex.name_parts.get("connector", set())
        for start, end, values in self.lex.titles.matches(texts_of(doc), keys):
            if start > 0 and doc[start - 1].text in connectors and doc[start].text[:1].isupper():
                continue  # Бадр бен Сұлтан: after "son of" a title's word is a father's name
            best = title_row(values)
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
                if kind is None or (not own_cue and self.common_word_alone(doc, start, end)):
                    continue
            elif kind == "Person":
                start, end = self.without_abbreviations(doc, start, end)
                if start == end or doc[start:end].text.isascii():
                    continue  # Latin names in Kazakh text are brands (ACWA Power), not people
                if self.lex.cue_classes(keys_of(doc[end - 1])):
                    continue  # Алтай Республикасының, Тұрақты Кеңесінің: a place's or a body's word ends no name
                start, end = self.grown(doc, start, end)
            out.append(Candidate(start, end, kind, (), "ner", priority=1))
        return out

    def common_word_alone(self, doc: Doc, start: int, end: int) -> bool:
        """One word the model reads as a place, with no cue word after it, that no list holds
        and the language writes in lower case (Батыс пен Шығыс: the West and the East; Темір,
        Батыр: words of a person's name), though it opens names (Батыс Қазақстан): no town."""
        token = doc[start]
        evidence = name_evidence()
        return end - start == 1 and not self.gaz.lookup([token.text], keys_of(token)) \
            and any(evidence[k].lower >= MIN_USES for k in best_keys(token) if k in evidence)

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

    # -- merging ---------------------------------------------------------------
    without_overlaps = staticmethod(without_overlaps)

    @staticmethod
    def name_reading(token):
        """A name no lexicon knows keeps its instrumental or genitive ending as a last resort of
        the analyser (Сэвиджпен read whole): in a person's name those endings are endings.  A
        locative is not: the news says where a person is by the place, not by the person, so
        a name that reads as one (Джун Ямада, not Яма-да) is the name as written; nor is an
        ablative that leaves a stem of two letters (Хакан Фидан, not Фи-дан)."""
        reading = reading_of(token)
        if reading is not None and (reading.case == "Loc" or (reading.case == "Abl" and len(reading.lemma) < 3)):
            return replace(reading, lemma=token.text, nominative=token.text, case="Nom", possessive=None,
                           suffixes=())
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
        if c.kind == "Person" and c.end < len(doc) and keys_of(doc[c.end]) & self.lex.name_parts.get("honorific", set()):
            # Джон Смит мырзамен: the word of address after the name takes the name's case; not a
            # genitive, which Kazakh puts once after a pair (А пен Б ханымның төрағалығымен)
            after = reading_of(doc[c.end])
            span._.case = after.case if after is not None and after.case != "Gen" else span._.case
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

