"""One IRI per real person across the documents of a corpus.

Within a document :mod:`kg.identity.people` joins the ways a text names one person.
Across documents the same person arrives as "Е.Көшенов" in one, "Ермек
Көшенов" in another and "Көшенов" in a third, or spelled two ways (Мирзиёев,
Мирзиеев).  Here the person nodes of all documents are grouped by surname and
joined when nothing contradicts it:

- two full names are one person when their first names agree (spelling folded), or
  when one is the other with the surname written first (as lists and bylines do);
  different first names are different people (Гейдар Әлиев, Ильхам Әлиев);
- an initial and a surname join the one full name of that surname whose first
  name starts with the initial, and a bare surname the one full name of that
  surname; with two candidates or none they stay apart;
- a first name and a father's name (Жансейіт Қансейітұлы, the way Kazakh prose names a
  man it has named) join the one person named in full with both (Жансейіт Қансейітұлы
  Түймебаев);
- names are compared by their spelling keys (:func:`kg.identity.names.name_key`: Тоқаев and
  Токаев are one surname), and a surname spelled one letter apart (Жиенбеков,
  Жеенбеков) or cut short (Сатыбал, at the end of an excerpt) is the same surname
  when the first names or initials agree, only one person fits, and no document
  names both (the resolver of that document kept them apart); a surname and the
  same with -а are a man and a woman (Әлиев, Әлиева).

The canonical IRI is a leader's, else a full name's, the longest name's (not the
cut one), the spelling most documents use, and last the first in order.

The mapping is a function of the set of documents, not of their order, so a corpus
built at once and one built document by document get the same IRIs.  It is
applied when the parts are merged: the other IRIs of a person are rewritten to the
canonical one, and their Kazakh labels become ``skos:altLabel``.

>>> rewrite = CorpusIdentity.from_parts([
...     '<https://w3id.org/diplomacy-kg/id/person/ermek-koshenov> <http://www.w3.org/2000/01/rdf-schema#label> "Ермек Көшенов"@kk .',
...     '<https://w3id.org/diplomacy-kg/id/person/e-koshenov> <http://www.w3.org/2000/01/rdf-schema#label> "Е.Көшенов"@kk .',
... ])
>>> rewrite.canonical["https://w3id.org/diplomacy-kg/id/person/e-koshenov"]
'https://w3id.org/diplomacy-kg/id/person/ermek-koshenov'
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator

from kg.identity.names import SurnameIndex, name_key, skeleton, transliterated
from kg.records import PartRecord

PERSON = "https://w3id.org/diplomacy-kg/id/person/"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
LEADER = "https://w3id.org/diplomacy-kg/ontology#Leader"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PERSON_TERM = "<" + PERSON
LABEL_TERM, ALT_LABEL_TERM = f"<{LABEL}>", f"<{ALT_LABEL}>"
NAME_PREDICATES = frozenset({LABEL_TERM, ALT_LABEL_TERM})
TYPE_TERM, LEADER_TERM = f"<{RDF_TYPE}>", f"<{LEADER}>"
NAME_LITERAL = re.compile(r'^"((?:[^"\\]|\\.)*)"@(?:kk|ru)$')  # a name in either language
FATHERS_NAME = re.compile(r"(?:улы|кызы|оглы|вич|вна|ична)$")  # -ұлы, -қызы, оғлы, -ович, -евна as keys
FATHERS_WORDS = ("улы", "кызы", "оглы")  # written apart from the father's name: Гейдар оғлы


@lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """Spelling keys of a name's words, a father's name between the first name and the surname
    and the word оғлы left out; a surname written the Kazakh way (Байтұрсынұлы) stays.

    >>> name_words("Жансейіт Қансейітұлы Түймебаев"), name_words("Ахмет Байтұрсынұлы")
    (('жансейит', 'туймебаев'), ('ахмет', 'байтурсынулы'))
    """
    words = [w for w in re.split(r"[\s.]+", name_key(name)) if w]
    return tuple(w for i, w in enumerate(words) if not (FATHERS_NAME.search(w) and 0 < i < len(words) - 1)
                 and w not in FATHERS_WORDS)


def first_and_fathers_name(name: str) -> tuple[str, str] | None:
    """(first name, father's name) of a full name that has both before the surname: the key
    by which Kazakh prose names the man once it has named him (Жансейіт Қансейітұлы).

    >>> first_and_fathers_name("Жансейіт Қансейітұлы Түймебаев"), first_and_fathers_name("Ахмет Байтұрсынұлы")
    (('жансейит', 'кансейитулы'), None)
    """
    words = [w for w in re.split(r"[\s.]+", name_key(name)) if w]
    if len(words) >= 3 and FATHERS_NAME.search(words[1]) and words[1] not in FATHERS_WORDS:
        return words[0], words[1]
    return None


INITIAL = re.compile(r"^\s*[^\W\d_]{1,2}\.")  # Е., Дж.: a first name cut to its first letters


def _initialled(name: str, words: tuple[str, ...]) -> bool:
    return len(words[0]) == 1 or bool(INITIAL.match(name))


@dataclass
class PersonNode:
    iri: str
    names: set[str] = field(default_factory=set)
    leader: bool = False
    parts: set[int] = field(default_factory=set)  # the documents that name this node

    @property
    def full(self) -> list[tuple[str, str]]:
        """(first name, surname) of the names with a first name spelled out."""
        out = []
        for name in self.names:
            words = name_words(name)
            if len(words) >= 2 and not _initialled(name, words):
                out.append((words[0], words[-1]))
        return out

    @property
    def initialled(self) -> list[tuple[str, str]]:
        """(initial, surname) of the names with an initial: Е.Көшенов, Дж.Керри."""
        out = []
        for name in self.names:
            words = name_words(name)
            if len(words) >= 2 and _initialled(name, words):
                out.append((words[0], words[-1]))
        return out

    @property
    def surnames(self) -> set[str]:
        return {name_words(n)[-1] for n in self.names if name_words(n)}


@dataclass
class CorpusIdentity:
    canonical: dict[str, str]

    @classmethod
    def from_parts(cls, parts: Iterable[str]) -> "CorpusIdentity":
        """From every part's N-Triples (the merge reads records: :meth:`from_records`)."""
        return cls.from_records(PartRecord.from_ntriples(part) for part in parts)

    @classmethod
    def from_records(cls, records: Iterable[PartRecord]) -> "CorpusIdentity":
        nodes: dict[str, PersonNode] = {}
        for index, record in enumerate(records):
            for iri, name in person_names(record):
                node = nodes.setdefault(iri, PersonNode(iri))
                if name is None:
                    node.leader = True
                else:
                    node.names.add(name)
                    node.parts.add(index)
        return cls(join(nodes.values()))

    def rewrite(self, ntriples: str) -> str:
        """The part with every person IRI made canonical; a merged node's labels as altLabels."""
        if not self.canonical:
            return ntriples
        record = self.rewrite_record(PartRecord.from_ntriples(ntriples))
        return "\n".join(f"{line} ." for line in record.lines()) + ("\n" if ntriples.endswith("\n") else "")

    def rewrite_record(self, record: PartRecord) -> PartRecord:
        """:meth:`rewrite` on a record: each distinct term looked up once."""
        if not self.canonical:
            return record
        terms = list(record.terms)
        moved = set()
        for i, term in enumerate(terms):
            if term.startswith(PERSON_TERM) and (target := self.canonical.get(term[1:-1])) is not None:
                terms[i] = f"<{target}>"
                moved.add(i)
        if not moved:
            return record
        flat = list(record.triples)
        label = _find(record.terms, LABEL_TERM)
        if label is not None:
            alt = len(terms)
            terms.append(ALT_LABEL_TERM)
            for i in range(0, len(flat), 3):
                if flat[i] in moved and flat[i + 1] == label:
                    flat[i + 1] = alt
        return PartRecord(tuple(terms), tuple(flat))


def person_names(record: PartRecord) -> Iterator[tuple[str, str | None]]:
    """(person IRI, name) of each Kazakh or Russian name of a person in the part, and
    (person IRI, None) for a person typed a leader.  Only the triples whose predicate is
    a name's or a type's are looked at, by their indexes."""
    terms, flat = record.terms, record.triples
    names = {i for i, term in enumerate(terms) if term in NAME_PREDICATES}
    typed = {i for i, term in enumerate(terms) if term == TYPE_TERM}
    for i in range(1, len(flat), 3):
        p = flat[i]
        if p in names:
            s, o = terms[flat[i - 1]], terms[flat[i + 1]]
            if s.startswith(PERSON_TERM) and (m := NAME_LITERAL.match(o)):
                yield s[1:-1], _unescape(m.group(1))
        elif p in typed and terms[flat[i + 1]] == LEADER_TERM and (s := terms[flat[i - 1]]).startswith(PERSON_TERM):
            yield s[1:-1], None


def _find(terms: tuple[str, ...], term: str) -> int | None:
    try:
        return terms.index(term)
    except ValueError:
        return None


def join(nodes: Iterable[PersonNode]) -> dict[str, str]:
    """IRI → canonical IRI, for the IRIs that are not canonical themselves."""
    nodes = sorted(nodes, key=lambda n: n.iri)
    parent = {n.iri: n.iri for n in nodes}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    members: dict[str, set[str]] = {n.iri: {n.iri} for n in nodes}
    parts = {n.iri: n.parts for n in nodes}

    def apart(a: str, b: str) -> bool:
        """Some document names a member of each: its resolver kept them two people."""
        seen = set().union(*(parts[x] for x in members[find(a)]))
        return any(parts[x] & seen for x in members[find(b)])

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            keep, gone = min(ra, rb), max(ra, rb)
            parent[gone] = keep
            members[keep] |= members.pop(gone)

    by_full: dict[tuple[str, str], list[PersonNode]] = defaultdict(list)
    for node in nodes:
        for key in node.full:
            by_full[key].append(node)
    for group in by_full.values():
        for other in group[1:]:
            union(group[0].iri, other.iri)
    for first, surname in sorted(by_full):  # Жұмағұлова Динара in a list, Динара Жұмағұлова in a report
        if (surname, first) in by_full and first < surname:
            a, b = by_full[first, surname][0].iri, by_full[surname, first][0].iri
            if not apart(a, b):
                union(a, b)
    by_fathers_name: dict[tuple[str, str], set[str]] = defaultdict(set)
    for node in nodes:
        for name in node.names:
            if (key := first_and_fathers_name(name)) is not None:
                by_fathers_name[key].add(node.iri)
    for key in sorted(by_fathers_name.keys() & by_full.keys()):  # Жансейіт Қансейітұлы: the one man named so in full
        targets = {find(iri) for iri in by_fathers_name[key]}
        if len(targets) == 1:
            target = targets.pop()
            for node in by_full[key]:
                if not apart(target, node.iri):
                    union(target, node.iri)
    full_surnames = SurnameIndex(surname for _first, surname in by_full)
    variants = {key: {(key[0], other) for other in full_surnames.variants(key[1]) if (key[0], other) in by_full}
                for key in sorted(by_full)}
    def persons_of(keys: set[tuple[str, str]]) -> set[str]:
        """The persons these names are (two spellings of one listed leader are one)."""
        return {find(by_full[k][0].iri) for k in keys}

    for key, found in variants.items():  # Дархан Сатыбал (cut) and Дархан Сатыбалды: each the other's only variant
        others = persons_of(found)
        if len(others) == 1 and all(persons_of(variants[o]) - others == persons_of({key}) for o in found):
            a, b = find(by_full[key][0].iri), others.pop()
            if a != b and not apart(a, b):
                union(a, b)
    by_skeleton: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for key in sorted(by_full):
        by_skeleton[skeleton(key[0]), skeleton(key[1])].append(key)
    for keys in by_skeleton.values():  # Сооронбай Жээнбеков, Сауранбай Жиенбеков: one name in two spellings
        if len(keys) == 2 and transliterated(*keys) and not apart(by_full[keys[0]][0].iri, by_full[keys[1]][0].iri):
            union(by_full[keys[0]][0].iri, by_full[keys[1]][0].iri)  # a third spelling would leave it unclear
    firsts: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # surname → root → first names
    for (first, surname), group in by_full.items():
        firsts[surname][find(group[0].iri)].add(first)

    surnames = SurnameIndex(firsts)

    def roots_of(surname: str, initial: str | None) -> set[str]:
        return {find(root) for root, names in firsts.get(surname, {}).items()
                if initial is None or any(first.startswith(initial) for first in names)}

    for node in nodes:
        if node.full:
            continue
        pairs = node.initialled or [(None, s) for s in node.surnames]
        targets = set().union(*(roots_of(s, i) for i, s in pairs)) if pairs else set()
        if not targets:  # Е.Жеенбеков beside Ермек Жиенбеков; a bare Такиев is not Эшгин Тагиев: no initial agrees
            targets = {root for i, s in pairs if i is not None for other in surnames.variants(s)
                       for root in roots_of(other, i) if not apart(root, node.iri)}
        if len(targets) == 1:
            union(next(iter(targets)), node.iri)
    clusters: dict[str, list[PersonNode]] = defaultdict(list)
    for node in nodes:
        clusters[find(node.iri)].append(node)
    mapping = {}
    for members in clusters.values():
        if len(members) < 2:
            continue
        best = min(members, key=lambda n: (not n.leader, not n.full,
                                           -max((len(name_words(x)) for x in n.names), default=0),
                                           -max(map(len, n.names), default=0), -len(n.parts), n.iri))
        mapping.update({n.iri: best.iri for n in members if n.iri != best.iri})
    return mapping


def _unescape(literal: str) -> str:
    return literal.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") \
        if "\\" in literal else literal
