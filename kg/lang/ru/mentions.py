"""Find mentions of countries, cities, people, organisations and titles in Russian text.

The sources are those of the Kazakh finder: the gazetteers, by the Russian names
they carry (every word by its lemma, as Russian inflects each word of a name:
Китайской Народной Республики), country adjectives (казахстанско-китайские),
titles, slovnet's names and cue words (город Лион).  The gazetteer wins where they
overlap.  A title followed by a country in the genitive is that country's
(президент России: ``owner``), and the name after a title agrees with it, so it
takes the title's case (с Президентом России Владимиром Путиным).  The result is
``doc.spans["mentions"]`` with ``kind``, ``refs``, ``case``, ``nominative``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.candidates import Candidate, without_overlaps
from kg.gazetteer import Entry, Gazetteer, default_gazetteer
from kg.identity.names import name_key, skeleton
from kg.lang.detect import KAZAKH_ONLY
from kg.lang.media import media_names
from kg.lang.ru import DATA
from kg.lang.ru.holders import TitleHolders
from kg.lang.ru.morphology import fold, function_word, given_name_case, lemma_key, parses
from kg.lang.ru.name_filter import (attribute, common_word, known_place, name_span, surname_first,
                                    surnames_as_people, unlisted_place_kind, without_lone_words)
from kg.lang.ru.names import first_names, is_adjective, name_stems, name_words, person_words
from kg.lang.ru.organizations import OrganizationPhrases
from kg.lang.ru.people import completing_person_names, named_after
from kg.lang.ru.places import PlaceCues
from kg.lexicons import Lexicons, leading_runs, longest_phrase, title_row
from kg.tokens import keys_of, phrase_words, reading_of

NER_KINDS = {"PERSON": "Person", "GPE": "GPE", "ORGANIZATION": "Organization"}
WEB_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:kz|ru|uz|kg|az|com|info|org|net|tv|by|tj|tm|ua)$", re.IGNORECASE)
TRAILING_ABBREVIATION = re.compile(r"\s*\(([^()\s]+)\)?$")
INITIALS = re.compile(r"^(?:[А-ЯЁ]\.)+$|^[А-ЯЁ]$|^\.$")  # Д.А. or Д . А . as the tokenizer leaves them

for _name, _default in (("kind", None), ("refs", ()), ("case", "Nom"), ("nominative", ""),
                        ("title", None), ("source", ""), ("owner", ()), ("alt_names", ())):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)




class RussianNames:
    """The gazetteer's entries under their Russian names: the ``ru`` column, the aliases
    written without Kazakh letters, the abbreviations (ЕАЭС, ШОС), the extra Russian names of
    :func:`extra_names` (РК, КНР, Нур-Султан, Государство Катар) and a listed leader's surname.
    A name is keyed by the lemma of each word."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.index: dict[tuple[str, ...], list[tuple[Entry, str]]] = {}
        self.heads: set[tuple[str, ...]] = set()
        self.max_words = 1
        extra = extra_names()
        for entry in gazetteer.entries:
            for name in self.names_of(entry, extra.get(entry.id, [])):
                self.add(name, entry)
        self.adjectives: dict[str, Entry] = {}
        for row in DATA.read_tsv("country_adjectives.tsv"):
            entry = gazetteer.by_id.get(row["country"])
            if entry is not None:
                self.adjectives[row["adjective"]] = entry

    @staticmethod
    def names_of(entry: Entry, extra: list[str]) -> list[str]:
        names = [entry.ru, *extra, *entry.abbreviations, *(a for a in entry.aliases if KAZAKH_ONLY.isdisjoint(a))]
        surname = entry.ru.split()[-1] if entry.cls == "Leader" and len(entry.ru.split()) >= 2 else ""
        if len(surname) >= 3 and surname.isalpha() and not surname.isascii():
            names.append(surname)  # Токаев, Путин; not the VI of Фелипе VI
        return [n for n in dict.fromkeys(names) if n]

    def add(self, name: str, entry: Entry) -> None:
        words = name.split()
        keys = {tuple(fold(w) for w in words)}
        if not (len(words) == 1 and function_word(name)):  # Ним (Nîmes) is also "him", lemma он
            keys.add(tuple(lemma_key(w) for w in words))
        for key in keys:
            bucket = self.index.setdefault(key, [])
            if all(e is not entry for e, _n in bucket):
                bucket.append((entry, name))
            self.heads.update(leading_runs(key))
            self.max_words = max(self.max_words, len(key))

    def lookup(self, heads: list[str], last_keys: frozenset[str]) -> list[tuple[Entry, str]]:
        """The entries a name with these leading lemmas and last word's keys may be, each with
        the name it matched (its nominative)."""
        found: list[tuple[Entry, str]] = []
        for key in sorted(last_keys):
            for entry, name in self.index.get((*heads, key), ()):
                if all(e is not entry for e, _n in found):
                    found.append((entry, name))
        return found

    def adjective(self, word: str) -> Entry | None:
        """казахстанский, казахстанско- (in a compound), американо-: the country it names."""
        low = word.casefold()
        if low in self.adjectives:
            return self.adjectives[low]
        if low.endswith("о"):
            for ending in ("ий", "ый"):
                if low[:-1] + ending in self.adjectives:
                    return self.adjectives[low[:-1] + ending]
        return self.adjectives.get(lemma_key(word))


def head_after_adjectives(doc: Doc, start: int, end: int) -> int:
    """The first word of a name that is no adjective (Кыргызской | Республики), or its last."""
    return next((i for i in range(start, end) if not is_adjective(doc[i].text)), end - 1)


def extra_names() -> dict[str, list[str]]:
    """Russian names of gazetteer entries besides their ``ru`` column, by entry id: the ones
    written by hand (``data/gazetteer_aliases.tsv``: РК, Нур-Султан, Туркмения) and the ones
    ISO 3166-1 gives (``data/country_names.tsv``: Государство Катар)."""
    extra: dict[str, list[str]] = {}
    for table in ("gazetteer_aliases.tsv", "country_names.tsv"):
        for row in DATA.read_tsv(table):
            extra.setdefault(row["id"], []).append(row["alias"])
    return extra


@cache
def russian_names() -> RussianNames:
    return RussianNames(default_gazetteer())


class MentionFinder(TitleHolders, PlaceCues):
    def __init__(self, gazetteer: Gazetteer, lexicons: Lexicons) -> None:
        self.gaz = gazetteer
        self.lex = lexicons
        self.names = russian_names()
        self.organizations = OrganizationPhrases()

    def __call__(self, doc: Doc) -> Doc:
        heads = phrase_words(doc)
        titles = self.titles(doc, heads)
        listed = self.gazetteer_names(doc, heads)
        cands = [*listed, *self.country_adjectives(doc), *titles,
                 *self.ner_names(doc, {t.start: t.end for t in titles}, {c.start: c.end for c in listed}),
                 *self.places_by_cue(doc), *self.media(doc),
                 *self.media_datelines(doc)]
        chosen = self.with_initials(doc, self.organizations(doc, without_overlaps(cands)))
        chosen = self.owned(doc, without_lone_words(doc, surnames_as_people(doc, chosen)))
        chosen = self.with_namesakes(chosen, named_after(doc))
        contexts = {c.start: frozenset({"gent"}) if c.source == "named_after" else self.context_cases(doc, c, chosen)
                    for c in chosen if c.kind == "Person"}
        subjects = self.subject_forms(doc, chosen, contexts)
        spans = [self.to_span(doc, c, subjects, contexts.get(c.start, frozenset())) for c in chosen]
        spans = self.apposition_cases(spans)
        doc.spans["mentions"] = sorted(spans, key=lambda s: (s.start, -s.end))
        return doc

    # -- sources ---------------------------------------------------------------
    def gazetteer_names(self, doc: Doc, heads: list[str]) -> list[Candidate]:
        """The longest gazetteer name at each capitalised word, every word by its lemma
        (``heads``) and the last by any of its keys; labelled with the name it matched."""
        out = []
        in_names = completing_person_names(doc)
        stems = [name_stems(t.text)[0] if t.text[:1].isupper() else "" for t in doc]
        i = 0
        while i < len(doc):
            found = None
            if doc[i].text[:1].isupper():
                found = self.longest_match(doc, heads, i) or self.longest_match(doc, stems, i, by_stem=True)
            if found is None:
                i += 1
                continue
            n, matches = found
            entries = [e for e, _name in matches]
            if n == 1 and (function_word(doc[i].text)
                           or all(e.cls in ("City", "Region") for e in entries) and attribute(doc, i)):
                i += 1  # Ним (Nîmes) is "him"; Центральной фигурой, Тихого океана: no town
                continue
            if i in in_names and all(e.cls in ("City", "Region") for e in entries):
                i += n  # Рамилем Гасаном, Орлов Р.О.: a surname that is also a town's name
                continue
            kinds = {e.cls for e in entries}
            kind = next((k for k in ("Country", "City", "Region") if k in kinds), entries[0].cls)
            refs = tuple(e.id for e in entries if e.cls == kind or kind not in ("Country", "City", "Region"))
            label = next(name for e, name in matches if e.id == refs[0])
            if kind == "Leader" and i and self.other_first_name(doc[i - 1].text, entries):
                i += n  # Роланда Буша, Карины Ахметовой: another person of a leader's surname
                continue
            if kind == "Leader" and n == 1 and self.first_of_another_name(doc, i, entries):
                i += n  # Ахмед Ибрахим, Павлом Яблоньским: a leader's surname as another's first name
                continue
            start = i
            if kind == "Leader" and i and n == 1 and self.first_name_of(doc[i - 1].text, entries[0]):
                start = i - 1  # Касым-Жомарта Токаева: the first name inflected
            out.append(Candidate(start, i + n, "Person" if kind == "Leader" else kind, refs, "gazetteer",
                                 priority=3, label=label if start == i else entries[0].ru))
            i += n
        return out

    def longest_match(self, doc: Doc, heads: list[str], i: int,
                      by_stem: bool = False) -> tuple[int, list[tuple[Entry, str]]] | None:
        """The longest gazetteer name at ``i``: its leading words by ``heads``, the last by any of
        its keys, and with ``by_stem`` a name of two words or more also by the stems of its case
        endings (Олафа Шольца, whose lemmas the analyser guesses wrong: олафа, шолец; a single word
        so cut is too often another word: Меню, Мён)."""
        for n in range(longest_phrase(self.names.heads, heads, i, self.names.max_words), 1 if by_stem else 0, -1):
            last = doc[i + n - 1]
            keys = keys_of(last) | frozenset(name_stems(last.text)) if by_stem else keys_of(last)
            matched = self.names.lookup(heads[i:i + n - 1], keys)
            if matched:
                return n, matched
        return None

    def first_of_another_name(self, doc: Doc, i: int, entries: list[Entry]) -> bool:
        """The word at ``i`` opens a name the tagger reads on into the next word, which is
        none of these leaders' first names (Путин Владимир Владимирович keeps its order)."""
        if i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper():
            return False
        after = doc[i + 1].text
        if any(self.first_name_of(after, e) or fold(after) == fold(e.ru.split()[0]) for e in entries):
            return False
        return any(ent.label_ == "PERSON" and ent.start <= i and ent.end > i + 1 for ent in doc.ents)

    def other_first_name(self, word: str, entries: list[Entry]) -> bool:
        """``word`` is a first name the dictionary knows, or one of the list of first names
        (Натиг Алиев, Ерлан Назарбаев), and none of these leaders' own, in any case or
        spelling (Ильгам for Ильхам keeps its consonants)."""
        if not (word[:1].isupper() and word.isalpha() and len(word) > 2) or function_word(word):
            return False
        if any(self.first_name_of(word, e) or fold(word) == fold(e.ru.split()[0])
               or skeleton(name_key(word))[:3] == skeleton(name_key(e.ru.split()[0]))[:3] for e in entries):
            return False
        found = parses(word)
        if any(getattr(p, "is_known", False) and "Name" in p.tag for p in found):
            return all("Name" in p.tag for p in found if getattr(p, "is_known", False))
        forms = {name_key(word), *(name_key(p.normal_form) for p in found if p.tag.POS == "NOUN")}
        return not any(getattr(p, "is_known", False) for p in found) and bool(forms & first_names())

    @staticmethod
    def first_name_of(word: str, entry: Entry) -> bool:
        """``word`` is the entry's first name in another case (Касым-Жомарта, Владимиром)."""
        first = entry.ru.split()[0] if len(entry.ru.split()) >= 2 else ""
        return len(first) >= 3 and word[:1].isupper() and word != first and word.startswith(first[:-1]) \
            and len(word) - len(first) <= 3

    def country_adjectives(self, doc: Doc) -> list[Candidate]:
        """казахстанская (сторона), российско-казахстанские (отношения): countries named by adjectives."""
        out = []
        for token in doc:
            if not token.is_alpha and "-" not in token.text:
                continue
            parts = token.text.split("-")
            entries = [self.names.adjective(p) for p in parts]
            if all(entries) and len({e.id for e in entries}) == len(entries):
                out.append(Candidate(token.i, token.i + 1, "CountryAdj", tuple(e.id for e in entries),
                                     "adjective", priority=2))
        return out

    def titles(self, doc: Doc, heads: list[str]) -> list[Candidate]:
        keys = [keys_of(t) for t in doc]
        out = []
        for start, end, values in self.lex.titles.matches(heads, keys):
            best = title_row(values)
            out.append(Candidate(start, end, "Title", (), "lexicon", priority=2, title=best))
        return out

    def ner_names(self, doc: Doc, titles: dict[int, int], listed: dict[int, int]) -> list[Candidate]:
        """slovnet's names, as far as they can be names (kg.lang.ru.name_filter).  A person's
        name the tagger ran on from a capitalised title before it (Аким Сергей Петров) starts
        after the title, and after a listed place or body before it, the one that owns the
        title (Аким Алматы Ерболат Досаев, Председатель Мажилиса Ерлан Кошанов): ``titles``
        and ``listed`` give each one's end by its start."""
        out = []
        for ent in doc.ents:
            kind = NER_KINDS.get(ent.label_)
            if kind is None or (len(ent) == 1 and (function_word(ent.text) or ent.text.islower())):
                continue
            if ent.text.isascii() and kind != "Organization":
                continue  # a Latin name in Russian text is a brand or a medium (Zakon.kz), never a person
            if kind == "GPE":
                kind = self.place_kind(doc, ent.start, ent.end)
                if kind is None:
                    continue
                kind = unlisted_place_kind(ent, kind)
                if kind is None or kind == "City" and not self.cued(doc, ent.start, ent.end) and not known_place(ent):
                    continue  # a word the tagger reads as a place, with nothing to say it is one
            span = name_span(doc, ent, kind)
            if span is not None and kind == "Person" and span[0] in titles and titles[span[0]] < span[1]:
                span = (titles[span[0]], span[1])
            if span is not None and kind == "Person" and span[0] in listed and listed[span[0]] < span[1]:
                span = (listed[span[0]], span[1])
            if span is not None and kind == "Person":
                span = surname_first(doc, *span)
            if span is not None:
                out.append(Candidate(*span, kind, (), "ner", priority=1))
        return out

    def media(self, doc: Doc) -> list[Candidate]:
        """The source a report names: a web address (Zakon.kz, akorda.kz), or the capitalised
        name after a verb of reporting (сообщает КазТАГ, со ссылкой на Акорду)."""
        cues = self.lex.name_parts.get("media_cue", set())
        out = []
        for token in doc:
            if WEB_NAME.match(token.text):
                out.append(Candidate(token.i, token.i + 1, "Organization", (), "media", priority=1))
            elif token.i and token.text[:1].isupper() and token.is_alpha and (
                    keys_of(doc[token.i - 1]) & cues or (token.i > 1 and doc[token.i - 1].text == "на"
                                                         and keys_of(doc[token.i - 2]) & cues)):
                out.append(Candidate(token.i, token.i + 1, "Organization", (), "media", priority=1))
        return out

    @staticmethod
    def with_namesakes(chosen: list[Candidate], people: list[Candidate]) -> list[Candidate]:
        """The people bodies are named after, as mentions inside the body's name; a mention
        already there (a place of the same name: имени Абая, Абай a town) gives way."""
        if not people:
            return chosen
        kept = [c for c in chosen if not any(p.start <= c.start and c.end <= p.end and c.kind != "Organization"
                                             for p in people)]
        return sorted([*kept, *people])

    def media_datelines(self, doc: Doc) -> list[Candidate]:
        """The media of kg.lang.media; a dateline's name of common words only is none (a line
        opening with Заместитель Председателя Правительства – Министр ... is a title's)."""
        return [c for c in media_names(doc, self.lex, noun_first=True)
                if c.source != "dateline" or not all(common_word(t.text) for t in doc[c.start:c.end]
                                                      if not t.is_space)]

    def with_initials(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """A person's name takes the initials before it (Д.А.Медведев, К. Токаев); a listed
        leader's surname after another first initial is someone else (З.Ахмед is no Абий Ахмед)."""
        out: list[Candidate] = []
        for c in chosen:
            start = c.start
            while c.kind == "Person" and start > 0 and self.initial(doc, start - 1):
                start -= 1
            if start != c.start and not any(o.end > start for o in out):
                initial = doc[start].text[:1]
                known = [r for r in c.refs if self.gaz.by_id[r].ru[:1] == initial]
                c = replace(c, start=start, refs=tuple(known), label=c.label if known else None,
                            source=c.source if known else "shape")
            out.append(c)
        return out

    @staticmethod
    def initial(doc: Doc, i: int) -> bool:
        """Д.А. or Д . А . as the tokenizer leaves them; a lone full stop only after a letter
        (the stop ending a sentence before a name is none); the hyphen of a double first
        name's initials (К.-Ж.)."""
        text = doc[i].text
        if text in ("-", "‐") and not doc[i - 1].whitespace_ and 1 < i:
            return doc[i - 1].text == "." and bool(re.match(r"^[А-ЯЁ]$", doc[i - 2].text))
        if text == ".":
            return i > 0 and bool(re.match(r"^[А-ЯЁ]$", doc[i - 1].text))
        return bool(INITIALS.match(text))

    # -- spans -----------------------------------------------------------------
    def to_span(self, doc: Doc, c: Candidate, subjects: dict[str, str],
                context: frozenset[str] = frozenset()) -> Span:
        span = Span(doc, c.start, c.end, label=c.kind)
        span._.kind = c.kind
        span._.refs = c.refs
        span._.source = c.source
        span._.title = c.title
        span._.owner = c.owner
        span._.alt_names = c.alt_names
        # titles and names of things put their head first, after the adjectives that agree with
        # it (Кыргызской Республики: an adjective reads in more cases than its noun); a person's
        # surname, last, is the word the analyser knows best (Сатыбалды Буршаков)
        reading = reading_of(doc[c.end - 1 if c.kind == "Person" else head_after_adjectives(doc, c.start, c.end)])
        if c.kind == "Person" and c.end - c.start > 1 and given_name_case(doc[c.start].text) not in (None, "nomn"):
            # a foreign surname the analyser reads wrong or that does not decline (с Экремом
            # Имамоглу, с Михалом Лабенда): a first name with one reading, not the nominative, says the case
            reading = reading_of(doc[c.start])
        span._.case = reading.case if reading is not None else "Nom"
        span._.nominative = c.label or self.nominative(doc, c, subjects, context)
        short = TRAILING_ABBREVIATION.search(span._.nominative)
        if short and c.kind == "Organization":  # Евразийская экономическая комиссия (ЕЭК)
            span._.nominative = span._.nominative[:short.start()].strip()
            span._.alt_names = (*c.alt_names, short.group(1))
        return span

    @staticmethod
    def nominative(doc: Doc, c: Candidate, subjects: dict[str, str], context: frozenset[str] = frozenset()) -> str:
        """The name in the nominative (kg.lang.ru.names), with the text's spacing (Д.А.Медведев)."""
        tokens = list(doc[c.start:c.end])
        texts = [t.text for t in tokens]
        if c.kind == "Person":
            words = person_words(texts, subjects, context)
        else:
            words = name_words(texts)
        text = "".join(w + t.whitespace_ for w, t in zip(words, tokens))
        text = " ".join(text.split())
        if "(" in text and ")" not in text:
            text = text[:text.index("(")]  # Евразийская экономическая комиссия (ЕЭК
        return text.strip().strip("«»\"'()").strip()

    @staticmethod
    def subject_forms(doc: Doc, chosen: list[Candidate], contexts: dict[int, frozenset[str]]) -> dict[str, str]:
        """The words of people's names as the document writes them in the nominative, by
        lemma, then those of its other full names put in the nominative: a bare surname
        takes its person's form (для Абдишева, after Бауржана Абдишева: Абдишев).
        ``contexts``: the cases each name's context allows it, by its start."""
        forms: dict[str, str] = {}
        people = [([t.text for t in doc[c.start:c.end]], contexts.get(c.start, frozenset()))
                  for c in chosen if c.kind == "Person" and not c.refs]
        full = [(words, ctx) for words, ctx in people if sum(w.isalpha() for w in words) >= 2]
        genders = surname_genders(w for words, _ctx in people for w in words)
        for words, ctx in full:
            if person_words(words, {}, ctx) == words and all(nominative_of(w, genders) for w in words):
                add_forms(forms, words)
        for words, ctx in people:  # Исаков, beside Исаковым: a man's surname as the subject
            if len(words) == 1 and nominative_of(words[0], genders, attested=True):
                add_forms(forms, words)
        for words, ctx in full:
            add_forms(forms, person_words(words, dict(forms), ctx))
        for words, ctx in people:
            if len(words) == 1 and person_words(words, {}, ctx) == words:
                add_forms(forms, words)
        return forms


def surname_readings(word: str) -> list:
    """pymorphy3's readings of the word as one person's surname (a plural is none)."""
    return [p for p in parses(word) if "Surn" in p.tag and p.tag.number != "plur"]


def surname_genders(words) -> dict[str, str]:
    """The gender the document gives each surname, by lemma, where some form of it has one
    reading only (Исаковым, Исаков: a man's; Исакова, a woman's nominative or a man's
    genitive, tells nothing); a surname written for two genders gets none."""
    seen: dict[str, set[str]] = {}
    for word in words:
        readings = surname_readings(word)
        genders = {p.tag.gender for p in readings}
        if len(genders) == 1:
            seen.setdefault(readings[0].normal_form, set()).update(genders)
    return {lemma: next(iter(g)) for lemma, g in seen.items() if len(g) == 1}


def nominative_of(word: str, genders: dict[str, str], attested: bool = False) -> bool:
    """The word can be a nominative of its surname's gender in this document (Исакова cannot
    where the document makes Исаков a man); with ``attested``, that gender must be known."""
    known = [p for p in surname_readings(word) if p.normal_form in genders]
    if not known:
        return not attested
    return any(p.tag.case == "nomn" and p.tag.gender == genders[p.normal_form] for p in known)


def add_forms(forms: dict[str, str], words: list[str]) -> None:
    for word in words:
        found = parses(word)
        if word.isalpha() and len(word) > 1 and found:
            forms.setdefault(found[0].normal_form, word)


@Language.factory("ru_mentions")
def make_mention_finder(nlp: Language, name: str) -> MentionFinder:
    from kg.lang import language

    return MentionFinder(default_gazetteer(), language("ru").lexicons())
