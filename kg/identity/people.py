"""People within one document: the many ways a text names one person (Ильхам Гейдар оғлы,
Ильхам Әлиев, Әлиев) become one entity, and a name joins the listed leader it names.
Words are compared by their spelling keys (:func:`kg.identity.names.name_key`)."""
from __future__ import annotations

import re
from functools import cached_property

from spacy.tokens import Span

from kg.gazetteer import Entry
from kg.identity.entities import Resolution
from kg.identity.names import MIN_VARIANT, name_key, one_letter_apart, same_surname, transliterated
from kg.tokens import keys_of


class PeopleOfDocument:
    """The part of :class:`kg.identity.resolve.Resolver` that resolves person mentions."""

    def _resolve_people(self, res: Resolution, people: list[Span]) -> None:
        for span in people:
            if len(span._.refs) == 1 and self._another_bearer(span, self.gaz.by_id[span._.refs[0]]):
                span._.refs = ()  # Азамат Әлиев, a photographer: the surname of Ильхам Әлиев, not him
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

    @staticmethod
    def _another_bearer(span: Span, entry: Entry) -> bool:
        """A listed person's surname after a first name that none of his names has, nor
        spells a letter apart: another person of the same surname."""
        words = _words(span._.nominative)
        if len(words) < 2 or len(words[0]) < 3:
            return False
        names = [_words(n) for n in entry.names]
        if any(words[0] in n for n in names):
            return False
        return not any(len(n) >= 2 and one_letter_apart(n[0], words[0]) for n in names)

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
            if not found:
                found = self._first_name_alike(ordered)
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

    def _first_name_alike(self, words: tuple[str, ...]) -> dict[str, Entry]:
        """Шавхат Мирзиеев: a listed leader's surname with his first name spelled a letter
        apart, as the press of another country writes it."""
        if len(words) != 2 or len(words[0]) < 5:
            return {}
        return {e.id: e for e, names in self._leader_word_lists for n in names
                if len(n) >= 2 and n[-1] == words[-1] and n[0] != words[0] and one_letter_apart(n[0], words[0])}

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
        return self._agree(_words(a._.nominative), _words(b._.nominative))

    def _agree(self, a: list[str], b: list[str]) -> bool:
        return self._words_agree(a, b) or self._by_fathers_name(a, b) or self._by_fathers_name(b, a)

    def _by_fathers_name(self, short: list[str], other: list[str]) -> bool:
        """Жансейіт Қансейітұлы beside Жансейіт Түймебаев: Kazakh prose, and Russian address
        (Серик Жамбулович), names a man by his first and his father's names once it has named
        him; the same first name, and no other father's name in the other."""
        return len(short) == 2 and len(other) >= 2 and short[0] == other[0] and self._fathers_name(short[1]) \
            and not any(self._fathers_name(w) and w != short[1] for w in other[1:])

    def _fathers_name(self, word: str) -> bool:
        """A word ending as a father's name does (Қансейітұлы, Жамбулович), a stem before it."""
        return any(word.endswith(e) and len(word) - len(e) >= 3 for e in self._fathers_endings)

    @cached_property
    def _fathers_endings(self) -> tuple[str, ...]:
        return tuple(name_key(e) for e in self.lex.name_parts.get("patronymic_ending", ()))

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
        if len(small) == 1 and len(big) >= 2 and len(small[0]) >= MIN_VARIANT and small[0] + "а" != big[-1] \
                and big[-1] + "а" != small[0] and one_letter_apart(small[0], big[-1]):
            return True  # Мұрат Нұртілеу, then Нұртлеу: the surname alone, spelled one letter apart
        # Болат Жиенбеков and Болат Жеенбеков, or Дархан Сатыбал(ды): one name the press spells two ways;
        # Сооронбай Жээнбеков and Сауранбай Жиенбеков: one name in two languages' spelling
        return len(small) >= 2 and ((small[0] == big[0] and same_surname(small[-1], big[-1]))
                                    or transliterated((small[0], small[-1]), (big[0], big[-1])))


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
