"""A document's part in the form the merge uses it: its distinct RDF terms, written
once each as N-Triples writes them, and its triples as indexes into them.

A worker makes the record from the triples it already holds, so the merge never
parses N-Triples: the corpus passes read the few triples they need by their terms
(a person's names, an event's properties), a rewrite maps terms (one look-up per
distinct term, not a regular expression over every line), the graph's lines are
the terms joined, and the page's rdflib terms are made once per distinct term.
The triples keep the order of the part's sorted N-Triples lines, which is the order
the page's index was always filled in, so graph and page are byte-identical.

>>> record = PartRecord.from_ntriples('<http://x/a> <http://x/p> "b"@kk .\\n<http://x/a> <http://x/p> <http://x/c> .\\n')
>>> record.terms
('<http://x/a>', '<http://x/p>', '"b"@kk', '<http://x/c>')
>>> PartRecord.loads(record.dumps()).lines()[1]
'<http://x/a> <http://x/p> <http://x/c>'
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

TermTriple = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class PartRecord:
    terms: tuple[str, ...]
    triples: tuple[int, ...]  # subject, predicate, object indexes into ``terms``, three a triple

    @classmethod
    def from_triples(cls, triples: Iterable[TermTriple]) -> PartRecord:
        """The record of triples given as N-Triples terms, in their order."""
        index: dict[str, int] = {}
        flat: list[int] = []
        for triple in triples:
            for term in triple:
                found = index.get(term)
                if found is None:
                    found = index[term] = len(index)
                flat.append(found)
        return cls(tuple(index), tuple(flat))

    @classmethod
    def from_ntriples(cls, text: str) -> PartRecord:
        """The record of an N-Triples text as :func:`kg.rdf.ntriples_line` writes it (one
        triple a line, single spaces, no comments)."""
        return cls.from_triples(split_line(line) for line in text.splitlines() if line.strip())

    def __iter__(self) -> Iterator[TermTriple]:
        terms, flat = self.terms, self.triples
        for i in range(0, len(flat), 3):
            yield terms[flat[i]], terms[flat[i + 1]], terms[flat[i + 2]]

    def __len__(self) -> int:
        return len(self.triples) // 3

    def lines(self) -> list[str]:
        """Each triple as an N-Triples line without its closing " ."."""
        return [f"{s} {p} {o}" for s, p, o in self]

    def ntriples(self) -> str:
        return "".join(f"{line} .\n" for line in self.lines())

    def map_terms(self, new_terms: list[str]) -> PartRecord:
        """The same triples over other terms (a rewrite that renames nodes)."""
        return PartRecord(tuple(new_terms), self.triples)

    def dumps(self) -> str:
        return json.dumps([self.terms, self.triples], ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def loads(cls, text: str) -> PartRecord:
        terms, triples = json.loads(text)
        return cls(tuple(terms), tuple(triples))


def split_line(line: str) -> TermTriple:
    """Subject, predicate and object of one N-Triples line as :func:`kg.rdf.ntriples_line`
    writes it: IRIs hold no space, so the first two spaces end the subject and predicate."""
    line = line.rstrip()
    first = line.index(" ")
    second = line.index(" ", first + 1)
    end = len(line) - 2 if line.endswith(" .") else len(line)
    return line[:first], line[first + 1:second], line[second + 1:end]
