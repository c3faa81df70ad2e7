"""The analysed document, sentence by sentence: its mentions, trigger words and event
words found once, with the questions every later stage asks of it (who a title names,
which country a person serves, whether two names are coordinated).  The frame
(:mod:`kg.frame`) and the extractors (:mod:`kg.extract`) read it; it knows neither."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterator

from spacy.tokens import Doc, Span

from kg.gazetteer import Gazetteer
from kg.lang import language
from kg.lang.base import LanguageKit
from kg.lexicons import Lexicons
from kg.model import Evidence
from kg.identity.entities import Resolution
from kg.tokens import all_keys, keys_of, phrase_words, reading_of

__all__ = ["AnalysedDocument", "PARTY_TRIGGERS", "Sentence"]

# Reference classes (a language's frame.tsv) whose words stand for both sides of an
# encounter (Тараптар ... талқылады) and so make the sentence's trigger "parties".
PARTY_TRIGGERS = ("sides", "countries", "leaders", "cities")


@dataclass
class Sentence:
    span: Span
    mentions: list[Span]
    triggers: list[tuple[int, int, str]]
    events: list[tuple[int, int, dict[str, str]]] = field(default_factory=list)

    def event_words(self, kind: str) -> list[tuple[int, int, str]]:
        """(start, end, value) of the event words of ``kind`` in the sentence."""
        return [(s, e, row["value"]) for s, e, row in self.events if row["kind"] == kind]

    @cached_property
    def trigger_kinds(self) -> set[str]:
        return {kind for _s, _e, kind in self.triggers}

    def has(self, kind: str) -> bool:
        return kind in self.trigger_kinds

    def evidence(self) -> Evidence:
        return Evidence.of(self.span)


@dataclass
class AnalysedDocument:
    doc: Doc
    resolution: Resolution
    gazetteer: Gazetteer
    lexicons: Lexicons
    home_country: str = "kazakhstan"
    sentences: list[Sentence] = field(default_factory=list)
    date: str | None = None  # the document's date (ISO), what relative dates are counted from
    language: LanguageKit = field(default_factory=lambda: language("kk"))  # the document's

    def __post_init__(self) -> None:
        if self.sentences:
            return
        mentions = sorted(self.doc.spans.get("mentions", []), key=lambda s: s.start)
        keys = all_keys(self.doc)
        words = phrase_words(self.doc)
        in_names = self.inside_names
        triggers = [(s, e, v["kind"]) for s, e, values in self.lexicons.triggers.matches(words, keys)
                    for v in values if s not in in_names]
        # words for both sides of an encounter (Тараптар ... талқылады) are the trigger "parties"
        triggers += [(s, e, "parties") for s, e, values in self.lexicons.references.matches(words, keys)
                     if any(v["refers"] in PARTY_TRIGGERS for v in values) and s not in in_names]
        triggers.sort()
        events = [(s, e, v) for s, e, values in self.language.event_words().matches(words, keys)
                  for v in values if s not in in_names]
        for sent in self.doc.sents:
            self.sentences.append(Sentence(
                sent,
                [m for m in mentions if sent.start <= m.start < sent.end],
                [t for t in triggers if sent.start <= t[0] < sent.end],
                [t for t in events if sent.start <= t[0] < sent.end],
            ))

    @cached_property
    def inside_names(self) -> set[int]:
        """Tokens inside organisation names: the ынтымақтастық of ЕҚЫҰ's name is no cooperation."""
        return {i for m in self.doc.spans.get("mentions", []) if m._.kind == "Organization"
                for i in range(m.start, m.end)}

    @cached_property
    def title_fields(self) -> set[int]:
        """Tokens of titles and the field words that qualify them: the экономика of "ұлттық
        экономика министрі" and the торговли of "министр промышленности и торговли" name an
        office, not a sector of cooperation.  The field stands before the title where a noun
        follows its qualifier (Kazakh), after it in the genitive where a noun comes first (Russian)."""
        fields = set()
        for m in self.doc.spans.get("mentions", []):
            if m._.kind != "Title":
                continue
            fields.update(range(m.start, m.end))
            fields.update(self._fields_after(m.end) if self.language.head_first else self._fields_before(m.start))
        return fields

    def _fields_before(self, start: int) -> range:
        first = start
        while first > 0 and start - first < 2 and self.doc[first - 1].is_alpha \
                and self.doc[first - 1].text[:1].islower() and self.in_nominative(self.doc[first - 1]):
            first -= 1
        return range(first, start)

    def _fields_after(self, end: int, longest: int = 5) -> range:
        """министр | сельского хозяйства, директор | департамента экономики и торговли: lower-case
        words in the genitive, and a conjunction between two of them."""
        last = end
        while last < min(len(self.doc), end + longest):
            token = self.doc[last]
            if not (token.is_alpha and token.text[:1].islower()):
                break
            if not self.in_genitive(token):
                joined = token.text.casefold() in self.lexicons.conjunctions and last + 1 < len(self.doc) \
                    and self.doc[last + 1].text[:1].islower() and self.in_genitive(self.doc[last + 1])
                if not joined:
                    break
            last += 1
        return range(end, last)

    @staticmethod
    def in_nominative(token) -> bool:
        reading = reading_of(token)
        return reading is None or reading.case == "Nom"

    @staticmethod
    def in_genitive(token) -> bool:
        reading = reading_of(token)
        return reading is not None and reading.case == "Gen"

    def namesake(self, mention: Span) -> bool:
        """A name that names a thing after a person (Әл-Фараби атындағы университет): the person
        takes no part in what the sentence tells."""
        cues = self.lexicons.name_parts.get("name_cue", set())
        return mention.end < len(self.doc) and self.doc[mention.end].text.casefold() in cues

    def people(self, sentence: Sentence) -> Iterator[tuple[Span, str]]:
        """Person and title mentions in a sentence that resolve to one person; a title
        standing next to its holder's name (Елбасы Нұрсұлтан Назарбаев) counts once, as the name.
        Found once per sentence: the extractors ask it of each sentence about ten times, and
        each mention's ``_.kind`` costs a spaCy ``Underscore`` object."""
        kept = self._people.get(id(sentence))
        if kept is None or kept[0] is not sentence:
            kept = self._people[id(sentence)] = (sentence, list(self._find_people(sentence)))
        return iter(kept[1])

    @cached_property
    def _people(self) -> dict[int, tuple[Sentence, list[tuple[Span, str]]]]:
        return {}

    def _find_people(self, sentence: Sentence) -> Iterator[tuple[Span, str]]:
        named = {(m.start, self.resolution.keys_of(m)) for m in sentence.mentions if m._.kind == "Person"}
        for m in sentence.mentions:
            if m._.kind not in ("Person", "Title") or self.namesake(m):
                continue
            entity = self.resolution.entity_of(m)
            if entity is None or entity.cls not in ("Person", "Leader"):
                continue
            if m._.kind == "Title" and ((m.end, (entity.key,)) in named or self.titles_a_name(sentence, m)):
                continue
            yield m, entity.key

    def titles_a_name(self, sentence: Sentence, title: Span) -> bool:
        """The title is the first of a chain of one person's titles before the name (Премьер-
        министрінің орынбасары және Сыртқы істер министрі Мұхаммад Исхақ Дар): the name's, however
        the title alone resolves."""
        later = [m for m in sentence.mentions if m.start >= title.end]
        end, joined = title.end, False
        for m in later:
            gap = [t.text.casefold() for t in self.doc[end:m.start]]
            # "және" with the field of the next title (және Қаржы министрі), nothing else between
            if gap and (gap[0] not in self.lexicons.conjunctions or len(gap) > 4
                        or any(not w.isalpha() for w in gap[1:])):
                return False
            joined = joined or bool(gap)
            if m._.kind == "Person":
                # titles side by side with no "and" may be two people's (Мемлекет басшысы
                # Премьер-министр Бектеновті қабылдады)
                return joined
            if m._.kind != "Title":
                return False
            end = m.end
        return False

    def leader_country(self, key: str) -> str | None:
        """The country a leader leads: by a title in the text, else by the gazetteer."""
        entity = self.resolution.entities[key]
        for role in entity.roles:
            if role.leader and role.country:
                return role.country
        return entity.entry.country if entity.is_leader and entity.entry is not None else None

    @cached_property
    def named_countries(self) -> set[str]:
        """Country keys the text names (by name, adjective or a state organ's owner).  A country
        known only from who a person is (Маттарелла, Италия's president) or from a bare title
        (Мемлекет басшысы) is not named, and the guide gives it no fact."""
        return {k for m in self.doc.spans.get("mentions", [])
                if m._.kind in ("Country", "CountryAdj") or m._.owner for k in self.countries(m)}

    def person_country(self, key: str) -> str | None:
        """The country a person serves, by a title in the text (Ресей Президенті, Қазақстанның
        Қорғаныс министрі), else the gazetteer's for a listed leader; None when the text does not say."""
        return next((r.country for r in self.resolution.entities[key].roles if r.country), None) \
            or self.leader_country(key)

    def cities(self, sentence: Sentence) -> list[Span]:
        """City mentions of a sentence that resolve to one city."""
        return [m for m in sentence.mentions if m._.kind == "City" and self.resolution.entity_of(m)]

    def countries(self, mention: Span) -> tuple[str, ...]:
        """The countries a mention names: itself, or the owner of a state organ (Қазақстан Үкіметі)."""
        if mention._.kind == "Organization":
            return tuple(f"country/{c}" for c in mention._.owner)
        return tuple(k for k in self.resolution.keys_of(mention) if k.startswith("country/"))

    def coordinated(self, a: Span, b: Span, commas: bool = True) -> bool:
        """``a`` and ``b`` joined by мен/бен/пен/және (or a comma, in a list), maybe
        with cue words (Ақтау қаласы мен ...) or a title between (Тоқаев пен Ресей
        Президенті Путин, Павлодар мен Ресейдің Омбы қаласы)."""
        if b.start <= a.end:
            return False
        between = self.doc[a.end : b.start]
        joiners = self.lexicons.conjunctions | ({","} if commas else set())
        # a comma after a title lists the titles of one person (мұрагер ханзадасы, Премьер-министрі)
        conj = [t for t in between if t.text.casefold() in joiners
                and not (t.text == "," and self.qualifies(t.i - 1, b.start))]
        if not conj or (not commas and any(t.text == "," for t in between)):
            return False
        rest = [t for t in between if t not in conj and not self.qualifies(t.i, b.start)]
        cues = [t for t in rest if self.is_cue(t)]
        return len(cues) == len(rest) and len(rest) + len(conj) <= 3

    def qualifies(self, i: int, head: int) -> bool:
        """Token ``i`` qualifies a name rather than names anything: a title, an honorific
        (шейх), the place or body that owns a title (Баку қаласының басшысы), or the
        country that owns the name at ``head`` (Ресейдің Омбы қаласы)."""
        fixed, owners = self._qualifiers
        return i in fixed or i in owners.get(head, ())

    @cached_property
    def _qualifiers(self) -> tuple[set[int], dict[int, set[int]]]:
        """Title and honorific tokens; and by the token a country stands before, its tokens."""
        mentions = self.doc.spans.get("mentions", [])
        titles = [m for m in mentions if m._.kind == "Title"]
        fixed = {i for m in titles for i in range(m.start, m.end)}
        fixed |= {t.i for t in self.doc if self.lexicons.is_modifier(t.text, "honorific")}
        title_starts = {m.start for m in titles}
        owners: dict[int, set[int]] = {}
        for m in mentions:
            if m._.kind not in ("Country", "CountryAdj", "City", "Region", "Organization"):
                continue
            end = m.end
            while end < len(self.doc) and self.is_cue(self.doc[end]):
                end += 1
            if end in title_starts:  # Баку қаласының басшысы, Шеврон компаниясының президенті
                fixed |= set(range(m.start, m.end))
            elif m._.kind in ("Country", "CountryAdj"):
                owners[m.end] = set(range(m.start, m.end))
        return fixed, owners

    def is_cue(self, token) -> bool:
        return bool(self.lexicons.cue_classes(keys_of(token)))
