"""Resolve mentions to entities: one node per real entity in a document.

Kazakh news names a person many ways (Ильхам Гейдар оғлы, Ильхам Әлиев,
Әлиев, Әзербайжан Президенті, Мемлекет басшысы).  Names merge when one's
words are a subset of the other's, share a surname, or share a first name
beside a patronymic, or a first name and a surname spelled one letter apart or
cut short (:func:`kg.identity.names.same_surname`); words are compared by their spelling
keys (:func:`kg.identity.names.name_key`); a title binds to the name it stands next to, and a title
with no name beside it resolves to the person the document already made that
country's leader - or stays unresolved, never guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span

from kg.gazetteer import Entry, Gazetteer
from kg.lexicons import Lexicons
from kg.lang.kk.translit import slugify
from kg.identity.names import name_key, one_letter_apart, same_surname, transliterated
from kg.tokens import keys_of, reading_of

HEAD_OF_STATE = {"president", "head-of-state", "leader", "first-president", "king", "emir", "sultan",
                 "supreme-leader"}
HEAD_OF_GOVERNMENT = {"prime-minister", "chancellor"}
FOLDERS = {"Country": "country", "City": "city", "Region": "region", "Leader": "person", "Person": "person",
           "Organization": "org"}


# Offices the home country (a republic) has not: a bare "Король" is some monarch, not Kazakhstan's leader.
MONARCHS = frozenset({"king", "emir", "sultan"})


@dataclass
class Role:
    """A title a person holds in the text: "Әзербайжан Президенті" → president of Azerbaijan."""

    role: str
    country: str | None
    leader: bool
    former: bool
    span: Span


@dataclass
class Entity:
    key: str
    cls: str
    label: str
    entry: Entry | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)

    @property
    def is_leader(self) -> bool:
        return self.cls == "Leader"


@dataclass
class Resolution:
    """What each mention refers to: an entity key, or several for "қазақ-әзербайжан"."""

    entities: dict[str, Entity] = field(default_factory=dict)
    refers_to: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)

    def keys_of(self, span: Span) -> tuple[str, ...]:
        return self.refers_to.get((span.start, span.end), ())

    def entity_of(self, span: Span) -> Entity | None:
        keys = self.keys_of(span)
        return self.entities.get(keys[0]) if len(keys) == 1 else None


# Dashes that may set a list of names apart from its title (Президенты A и B – X и Y –).
DASHES = frozenset({"-", "–", "—"})


def role_group(role: str) -> str:
    if role in HEAD_OF_GOVERNMENT:
        return "government"
    return "state" if role in HEAD_OF_STATE else role


class Resolver:
    def __init__(self, gazetteer: Gazetteer, lexicons: Lexicons, home_country: str = "kazakhstan",
                 title_agrees: bool = False) -> None:
        self.gaz = gazetteer
        self.lex = lexicons
        self.home = home_country
        # Kazakh: the title of a name stays in the nominative and the name takes the case
        # (Президент Тоқаевқа); Russian: the title agrees with the name (Президентом Токаевым)
        self.title_agrees = title_agrees

    def __call__(self, doc: Doc) -> Resolution:
        res = Resolution()
        mentions = list(doc.spans.get("mentions", []))
        kinds = []
        for span in mentions:
            # each read of span._ makes a spaCy Underscore object: read each attribute once
            attrs = span._
            kind, refs = attrs.kind, attrs.refs
            kinds.append(kind)
            if kind in ("Country", "City") and refs:
                self._add_known(res, span, self.gaz.by_id[refs[0]])
            elif kind == "CountryAdj":
                keys = tuple(self._add_known(res, span, self.gaz.by_id[r], mention=False) for r in refs)
                res.refers_to[(span.start, span.end)] = keys
            elif kind in ("Organization", "Region") and refs:
                self._add_known(res, span, self.gaz.by_id[refs[0]])
            elif kind in ("City", "Organization", "Region"):
                self._add_named(res, span, kind)
            for owner in attrs.owner:  # Қазақстан Үкіметі: the country acts through its organ
                self._entity_of_entry(res, self.gaz.by_id[owner])
        self._add_countries_of_cities(res)
        self._resolve_people(res, [s for s, kind in zip(mentions, kinds) if kind == "Person"])
        self._resolve_titles(res, doc, [s for s, kind in zip(mentions, kinds) if kind == "Title"])
        return res

    # -- places and organisations ------------------------------------------
    @staticmethod
    def _entity_of_entry(res: Resolution, entry: Entry) -> Entity:
        folder = FOLDERS[entry.cls]
        key = f"{folder}/{entry.id}"
        if key not in res.entities:
            res.entities[key] = Entity(key, entry.cls, entry.kk, entry, set(entry.aliases))
        return res.entities[key]

    def _add_known(self, res: Resolution, span: Span, entry: Entry, mention: bool = True) -> str:
        entity = self._entity_of_entry(res, entry)
        key = entity.key
        if mention:
            entity.mentions.append(span)
            if span._.nominative and span._.nominative != entity.label:
                entity.aliases.add(span._.nominative)
            res.refers_to[(span.start, span.end)] = (key,)
        return key

    def _add_countries_of_cities(self, res: Resolution) -> None:
        """The country of every listed city, so that what is said of the city can name it."""
        for entity in list(res.entities.values()):
            country = entity.entry.country if entity.cls == "City" and entity.entry is not None else None
            entry = self.gaz.by_id.get(country) if country else None
            if entry is not None and entry.cls == "Country":
                self._entity_of_entry(res, entry)

    def _add_named(self, res: Resolution, span: Span, cls: str) -> str:
        """One entity per name, whatever form it took: Жоғары мемлекетаралық кеңесі and
        кеңес (the possessive of a genitive owner, or none) are one council."""
        label = span._.nominative or span.text
        folder = FOLDERS[cls]
        names = (label, *span._.alt_names)
        key = next((k for k in (f"{folder}/{slugify(n)}" for n in names) if k in res.entities),
                   f"{folder}/{slugify(label)}")
        entity = res.entities.setdefault(key, Entity(key, cls, label))
        entity.aliases.update(n for n in names if n != entity.label)
        entity.mentions.append(span)
        res.refers_to[(span.start, span.end)] = (key,)
        return key

    # -- people ---------------------------------------------------------------
    def _resolve_people(self, res: Resolution, people: list[Span]) -> None:
        # a known person first, wherever the text names him: a later mention may name him fully
        # (Сооронбай Жээнбеков) and an earlier one in another spelling (Сауранбай Жиенбеков)
        known = {(s.start, s.end): self.gaz.by_id[s._.refs[0]] if len(s._.refs) == 1
                 else self._known_by_full_name(s) or self._known_by_address(s)
                 for s in people if len(s._.refs) == 1 or not s._.refs}
        for span in people:
            if known.get((span.start, span.end)) is not None:
                self._add_known(res, span, known[(span.start, span.end)])
        clusters: list[list[Span]] = []
        for span in people:
            if known.get((span.start, span.end)) is not None:
                continue
            target = self._same_person(res, span)
            if target is not None:
                res.entities[target].mentions.append(span)
                res.entities[target].aliases.add(span._.nominative)
                res.refers_to[(span.start, span.end)] = (target,)
                continue
            for cluster in clusters:
                if any(self._names_agree(span, other) for other in cluster):
                    cluster.append(span)
                    break
            else:
                clusters.append([span])
        self._resolve_clusters(res, clusters)
        for span in people:  # Абылай хан: a ruler's word in the name makes him a Leader, of no country said
            entity = res.entity_of(span)
            if entity is not None and entity.cls == "Person" and (span._.title or {}).get("leader") == "1":
                entity.cls = "Leader"

    def _resolve_clusters(self, res: Resolution, clusters: list[list[Span]]) -> None:
        for cluster in clusters:
            ambiguous = [r for s in cluster for r in s._.refs]
            if ambiguous:
                entry = self._pick_entry(ambiguous)
                for span in cluster:
                    self._add_known(res, span, entry)
                continue
            best = max(cluster, key=lambda s: (len(s), -s.start))
            key = self._add_named(res, best, "Person")
            for span in cluster:
                if span is not best:
                    res.entities[key].mentions.append(span)
                    res.entities[key].aliases.add(span._.nominative)
                    res.refers_to[(span.start, span.end)] = (key,)

    def _same_person(self, res: Resolution, span: Span) -> str | None:
        """A known person in this document whom ``span`` names another way."""
        for key, entity in res.entities.items():
            if entity.cls not in ("Person", "Leader") or entity.entry is None:
                continue
            names = [entity.label, *entity.entry.aliases]
            if any(self._words_agree(_words(span._.nominative), _words(n)) for n in names):
                return key
        return None

    def _known_by_full_name(self, span: Span) -> Entry | None:
        """A gazetteer person whose full name contains this one (Нұрсұлтан Әбішұлы ⊂
        Нұрсұлтан Әбішұлы Назарбаев); two words at least, and only one such person."""
        ordered = tuple(_words(span._.nominative))
        words = frozenset(ordered)
        if len(words) < 2:
            return None
        if ordered not in self._by_full_name:  # news repeats its names: look each up once
            found = {e.id: e for e, names in self._leader_names if any(words <= n for n in names)}
            if not found:
                found = self._lineage_alike(ordered)
            self._by_full_name[ordered] = next(iter(found.values())) if len(found) == 1 else None
        return self._by_full_name[ordered]

    def _lineage_alike(self, words: tuple[str, ...]) -> dict[str, Entry]:
        """Тамим бен Хамада әл-Тани: a name of "son of" links (бен, бин) spelled another way than
        the list's; the same first name, and every other word like one of the listed name's
        (Хамада, Хамад), three at least."""
        parts = self.lex.name_parts
        connectors = {name_key(w) for w in parts.get("connector", ())}
        particles = connectors | {name_key(w) for w in parts.get("particle", ())}
        content = [w for w in words if w not in particles]
        if len(content) < 3 or not connectors & set(words):
            return {}
        return {e.id: e for e, names in self._leader_word_lists for n in names
                if n and n[0] == content[0] and all(any(_alike(w, x) for x in n) for w in content[1:])}

    @cached_property
    def _leader_word_lists(self) -> list[tuple[Entry, list[list[str]]]]:
        return [(e, [_words(n) for n in e.names]) for e in self.gaz.entries if e.cls == "Leader"]

    @cached_property
    def _by_full_name(self) -> dict[tuple[str, ...], Entry | None]:
        return {}

    def _known_by_address(self, span: Span) -> Entry | None:
        """Си мырза, Мырза Си: one word of a name with a word of address beside it is how the
        press names a leader by the first word of his name (a Chinese family name); the one
        listed leader whose name opens so, the current one if several."""
        words = _words(span._.nominative)
        doc = span.doc
        beside = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
        honorifics = self.lex.name_parts.get("honorific", set())
        if len(words) != 1 or not any(keys_of(t) & honorifics for t in beside):
            return None
        found = {e.id: e for e, names in self._leader_first_words if words[0] in names}
        current = {i: e for i, e in found.items() if e.current}
        found = current or found
        return next(iter(found.values())) if len(found) == 1 else None

    @cached_property
    def _leader_first_words(self) -> list[tuple[Entry, set[str]]]:
        return [(e, {ws[0] for n in e.names if len(ws := _words(n)) >= 2}) for e in self.gaz.entries if e.cls == "Leader"]

    @cached_property
    def _leader_names(self) -> list[tuple[Entry, list[set[str]]]]:
        return [(e, [set(_words(n)) for n in e.names]) for e in self.gaz.entries if e.cls == "Leader"]

    def _pick_entry(self, ids: list[str]) -> Entry:
        entries = [self.gaz.by_id[i] for i in dict.fromkeys(ids)]
        return max(entries, key=lambda e: e.current)

    def _names_agree(self, a: Span, b: Span) -> bool:
        return self._words_agree(_words(a._.nominative), _words(b._.nominative))

    @staticmethod
    def _words_agree(a: list[str], b: list[str]) -> bool:
        if not a or not b:
            return False
        small, big = sorted((a, b), key=len)
        if set(small) <= set(big):
            return True
        if len(small) >= 2 and small[0] == big[0] and _patronymic(small + big):
            return True
        same_first = len(small) == 1 or small[0] == big[0]
        if same_first and small[-1] == big[-1] and not _patronymic([small[-1]]):
            return True
        if len(small) >= 2 and _patronymic([small[-1], big[-1]]):
            return False
        # Болат Жиенбеков and Болат Жеенбеков, or Дархан Сатыбал(ды): one name the press spells two ways;
        # Сооронбай Жээнбеков and Сауранбай Жиенбеков: one name in two languages' spelling
        return len(small) >= 2 and ((small[0] == big[0] and same_surname(small[-1], big[-1]))
                                    or transliterated((small[0], small[-1]), (big[0], big[-1])))

    # -- titles ---------------------------------------------------------------
    def _resolve_titles(self, res: Resolution, doc: Doc, titles: list[Span]) -> None:
        by_start = {s.start: s for s in doc.spans.get("mentions", [])}
        by_end = {s.end: s for s in doc.spans.get("mentions", [])}
        pending: list[tuple[Span, Role]] = []
        title_starts = {s.end: s.start for s in titles}
        for span in titles:
            row = span._.title or {}
            if self._distribute(res, doc, span, row, by_start):
                continue
            country = self._title_country(res, by_end.get(self._possessor_end(doc, span.start, title_starts)))
            if country is None and span._.owner:
                country = span._.owner[0]  # a title that holds its possessor (Президент России)
            # the title of a name stays in the nominative (Президент Тоқаевқа); Президентінің
            # Транскаспий ... ұсыныстары is the president's proposals, not a person
            holder = by_start.get(self.lex.past_honorifics(doc, span.end))
            if holder is not None and not (span._.case == "Nom" or (self.title_agrees and holder._.case == span._.case)):
                holder = None
            if holder is None and self._is_copula(doc, span.end):
                holder = self._subject(doc, span)  # "Тоқаев ... Президенті атанды"
            known_leader = self._known_leader(res, holder)
            if country is None and row.get("possessed") and row.get("leader") == "1" and known_leader is not None:
                country = known_leader.entry.country  # "Президенті Қасым-Жомарт Тоқаевтың"
            leader = row.get("leader") == "1" and (country is not None or not row.get("possessed"))
            name = row.get("role", "")
            if name in ("head", "chairman") and country is not None:
                leader, name = True, "head-of-state"  # Өзбек басшысы, Ресей басшысы, ҚХР Төрағасы
            role = Role(name, country, leader, row.get("former") == "1", span)
            person = res.entity_of(holder) if holder is not None and holder._.kind == "Person" else None
            if person is not None and role.leader and self._known_elsewhere(person, role):
                person = None  # "Қырғыз басшысы Тоқаевпен": the name after the title is someone else
            if person is not None:
                if role.country is None:
                    role.country = self._home_or_known(person, role)
                person.roles.append(role)
                if role.leader:
                    person.cls = "Leader"
                res.refers_to[(span.start, span.end)] = (person.key,)
                if role.leader and self._plural(span):
                    self._share_plural_title(res, doc, holder, role, by_start)
            else:
                pending.append((span, role))
        for span, role in pending:
            if not role.leader:
                person = self._holder_in_doc(res, role) or self._named_next(res, doc, span)
                if person is not None:  # "облыс әкімі" after "облыс әкімі Қ.Көшербаев"
                    res.refers_to[(span.start, span.end)] = (person.key,)
                continue
            if role.country is None:
                role.country = self.home
            person = self._leader_in_doc(res, role)
            if person is not None:
                person.roles.append(role)
                res.refers_to[(span.start, span.end)] = (person.key,)

    def _distribute(self, res: Resolution, doc: Doc, title: Span, row: dict, by_start: dict[int, Span]) -> bool:
        """"Президенты Казахстана и Узбекистана Касым-Жомарт Токаев и Шавкат Мирзиёев": a plural
        title whose countries are listed after it, then as many names: each name holds the
        title of the country in its place.  True when the title was shared out so."""
        if not title._.owner or not (self._plural_word(title[0]) or self._plural_word(title[-1])):
            return False
        countries, end = [title._.owner[0]], title.end
        while end + 1 < len(doc) and doc[end].text.casefold() in self.lex.conjunctions:
            nxt = by_start.get(end + 1)
            if nxt is None or nxt._.kind != "Country" or not nxt._.refs:
                break
            countries.append(nxt._.refs[0])
            end = nxt.end
        people: list[Entity] = []
        while len(countries) >= 2 and len(people) < len(countries):
            end = self.lex.past_honorifics(doc, end + 1 if people or doc[end].text in DASHES else end)
            holder = by_start.get(end)
            person = res.entity_of(holder) if holder is not None and holder._.kind == "Person" else None
            if person is None:
                break
            people.append(person)
            end = holder.end
            if len(people) < len(countries) and (end >= len(doc) or doc[end].text.casefold() not in
                                                 self.lex.conjunctions | {","}):
                break
        if len(countries) < 2 or len(people) != len(countries):
            return False
        leader = row.get("leader") == "1"
        for person, country in zip(people, countries):
            person.roles.append(Role(row.get("role", ""), country, leader, row.get("former") == "1", title))
            if leader:
                person.cls = "Leader"
        return True

    @staticmethod
    def _plural_word(token) -> bool:
        reading = reading_of(token)
        return reading is not None and reading.number == "Plur" and token.text[:1].isalpha()

    @staticmethod
    def _plural(title: Span) -> bool:
        reading = reading_of(title[-1])
        return reading is not None and reading.number == "Plur"

    def _share_plural_title(self, res: Resolution, doc: Doc, holder: Span, role: Role,
                            by_start: dict[int, Span]) -> None:
        """"Екі мемлекет басшылары Тоқаев пен Путин": a plural leader's title names each person
        of the list after it.  The others lead the country the gazetteer knows them by, when
        the document names that country (else the title says nothing of which one)."""
        named = {k.split("/", 1)[1] for k, e in res.entities.items() if e.cls == "Country" and e.mentions}
        end = holder.end
        while end + 1 < len(doc) and (doc[end].text.casefold() in self.lex.conjunctions or doc[end].text == ","):
            nxt = by_start.get(end + 1)
            person = res.entity_of(nxt) if nxt is not None and nxt._.kind == "Person" else None
            if person is None:
                return
            country = person.entry.country if person.entry is not None else None
            if country and country in named and country != role.country:
                person.roles.append(Role(role.role, country, True, role.former, role.span))
                person.cls = "Leader"
            end = nxt.end

    def _possessor_end(self, doc: Doc, start: int, title_starts: dict[int, int]) -> int:
        """Where the possessor of a title ends, past words like екінші, тұңғыш, бұрынғы, and
        past the titles listed before it (Сауд Арабиясының мұрагер ханзадасы, Премьер-министрі)."""
        while start > 0:
            if self.lex.is_modifier(doc[start - 1].text, "modifier"):
                start -= 1
            elif doc[start - 1].text == "," and start - 1 in title_starts:
                start = title_starts[start - 1]
            else:
                return start
        return start

    def _is_copula(self, doc: Doc, end: int) -> bool:
        words = [t.text for t in doc[end : end + 2]]
        return any(v["kind"] == "copula" for n in (2, 1) for v in self.lex.modifiers.values_for(words[:n]))

    @staticmethod
    def _subject(doc: Doc, title: Span) -> Span | None:
        """The first person named in the title's sentence before it, in the nominative."""
        for m in doc.spans.get("mentions", []):
            if m._.kind == "Person" and title.sent.start <= m.start < title.start and m._.case == "Nom":
                return m
        return None

    def _known_leader(self, res: Resolution, holder: Span | None) -> Entity | None:
        person = res.entity_of(holder) if holder is not None and holder._.kind == "Person" else None
        if person is not None and person.entry is not None and person.entry.country:
            return person
        return None

    @staticmethod
    def _known_elsewhere(person: Entity, role: Role) -> bool:
        """The gazetteer knows this person as the leader of another country."""
        entry = person.entry
        return bool(entry and entry.country and role.country and entry.country != role.country)

    def _title_country(self, res: Resolution, before: Span | None) -> str | None:
        if before is None or before._.kind not in ("Country", "CountryAdj"):
            return None
        keys = res.keys_of(before)
        return keys[0].split("/", 1)[1] if len(keys) == 1 else None

    def _home_or_known(self, person: Entity, role: Role) -> str | None:
        if person.entry is not None and person.entry.country:
            return person.entry.country
        return self.home if role.leader and role.role not in MONARCHS else None

    @staticmethod
    def _holder_in_doc(res: Resolution, role: Role) -> Entity | None:
        """The one person the document names with this title (an akim, an ambassador), if
        only one: a title alone then means that person."""
        holders = {e.key for e in res.entities.values() if e.cls in ("Person", "Leader")
                   for r in e.roles if r.role == role.role and r.span is not role.span}
        return res.entities[holders.pop()] if len(holders) == 1 else None

    def _named_next(self, res: Resolution, doc: Doc, title: Span) -> Entity | None:
        """A title that opens a report with no name ("Павлодар облысының әкімі Елшімен
        кездесті.") is the one person the next sentence names as its subject, with no
        title of his own, speaking to the guest ("Болат Бақауов қонаққа ... айтты")."""
        if title._.case != "Nom":
            return None
        sent = title.sent  # found by a scan of the document: once, not once a mention
        if sent.end >= len(doc) or any(m._.kind == "Person" and m._.case == "Nom" for m in doc.spans.get("mentions", [])
                                       if sent.start <= m.start < sent.end):
            return None
        nxt = doc[sent.end].sent
        if not any(v["kind"] == "guest" for t in nxt for k in keys_of(t) for v in self.lex.triggers.values_for([k])):
            return None
        subjects = {e.key: e for m in doc.spans.get("mentions", []) if m._.kind == "Person" and m._.case == "Nom"
                    and nxt.start <= m.start < nxt.end and (e := res.entity_of(m)) is not None}
        if len(subjects) != 1:
            return None
        person = next(iter(subjects.values()))
        return person if not person.roles and person.entry is None else None

    def _leader_in_doc(self, res: Resolution, role: Role) -> Entity | None:
        """The person this document already made leader of ``role.country``."""
        group = role_group(role.role)
        people = [e for e in res.entities.values() if e.cls in ("Person", "Leader")]
        bound = [e for e in people for r in e.roles
                 if r.leader and r.country == role.country and role_group(r.role) == group
                 and r.span is not role.span]
        if len({e.key for e in bound}) == 1:
            return bound[0]
        known = [e for e in people if e.entry is not None and e.entry.country == role.country
                 and role_group(e.entry.role) == group]
        if role.former:
            known = [e for e in known if not e.entry.current] or known
        else:
            known = [e for e in known if e.entry.current] or known
        return known[0] if len(known) == 1 else None


def _alike(a: str, b: str) -> bool:
    """Two spellings of one word of a foreign name: the same, one the other with a letter
    more or changed (Хамад, Хамада), or cut."""
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= 4 and long.startswith(short)) or (len(short) >= 5 and one_letter_apart(a, b))


def _words(name: str) -> list[str]:
    """The spelling keys of a name's words, without initials: "Қ.-Ж. Тоқаев", "Тоқаев" and
    "Токаев" agree."""
    return [w for w in re.split(r"[\s.\-]+", name_key(name)) if len(w) > 1]


PATRONYMIC_WORDS = frozenset(name_key(w) for w in ("оғлы", "ұлы", "қызы", "улы", "кызы"))


def _patronymic(words: list[str]) -> bool:
    return any(w in PATRONYMIC_WORDS for w in words)
