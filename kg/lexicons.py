"""Trigger words, titles, cue words and sector names, loaded from data files and
matched on stems so that every inflected form of a phrase is found.

>>> from kg.lexicons import default_lexicons
>>> lex = default_lexicons()
>>> [row["role"] for row in lex.titles.values_for(("мемлекет", "басшысы"))]
['head-of-state']
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Callable, Iterator, Sequence

from kg.candidates import CONJUNCTIONS
from kg.data import DataFolder
from kg.lang.kk import DATA as KK_DATA
from kg.resources import ontology_file
from kg.lang.kk.morphology import WORD_CACHE, NounAnalyser, default_analyser


def longest_phrase(heads: set[tuple[str, ...]], lowered: Sequence[str], i: int, max_words: int) -> int:
    """The most words a phrase starting at ``i`` can have, given the runs of leading
    words (``heads``) that phrases start with.

    >>> longest_phrase({("сыртқы",), ("сыртқы", "істер")}, ["сыртқы", "істер", "министрі", "келді"], 0, 5)
    3
    >>> longest_phrase({("сыртқы",)}, ["ол", "келді"], 0, 5)
    1
    """
    n = 1
    while n < min(max_words, len(lowered) - i) and tuple(lowered[i : i + n]) in heads:
        n += 1
    return n


def leading_runs(key: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """The runs of leading words of a phrase key, for ``longest_phrase``'s ``heads``.

    >>> list(leading_runs(("сыртқы", "істер", "министрі")))
    [('сыртқы',), ('сыртқы', 'істер')]
    """
    return (key[:n] for n in range(1, len(key)))


@dataclass
class PhraseTable:
    """Phrases keyed by their words: leading words as written, the last by stem.  In a
    language that inflects every word of a phrase, ``head_form`` gives the form the leading
    words are kept in (Russian: the lemma), and ``matches`` is given the words in that form."""

    analyser: NounAnalyser
    head_form: Callable[[str], str] | None = None
    index: dict[tuple[str, ...], list[dict[str, str]]] = field(default_factory=dict)
    max_words: int = 1
    # every run of leading words some phrase starts with: most tokens start none, and
    # ``matches`` can give up on a position after one set lookup instead of max_words
    heads: set[tuple[str, ...]] = field(default_factory=set)
    # the keys of the one-word phrases: a token that starts no longer phrase and has none
    # of these keys matches nothing, which one set operation tells
    singles: set[str] = field(default_factory=set)

    def add(self, phrase: str, value: dict[str, str]) -> None:
        """``=word`` matches that form only: байланыстар (relations), not байланысты (owing to)."""
        exact = phrase.startswith("=")
        words = phrase.lstrip("=").casefold().split()
        if not words:
            return
        if self.head_form is not None:
            words = [self.head_form(w).casefold() for w in words[:-1]] + words[-1:]
        head = tuple(words[:-1])
        lasts = {words[-1]} if exact else {words[-1], self.analyser.analyse(words[-1]).lemma.casefold()}
        for last in lasts:
            bucket = self.index.setdefault((*head, last), [])
            if value not in bucket:
                bucket.append(value)
            if not head:
                self.singles.add(last)
        self.heads.update(leading_runs((*head, words[-1])))
        self.max_words = max(self.max_words, len(words))

    def values_for(self, words: Sequence[str]) -> list[dict[str, str]]:
        return self.index.get(tuple(w.casefold() for w in words), [])

    def matches(self, surfaces: Sequence[str], keys: Sequence[frozenset[str]]) -> Iterator[tuple[int, int, list[dict[str, str]]]]:
        """(start, end, values) of the longest phrase starting at each token."""
        lowered = [s.casefold() for s in surfaces]
        i = 0
        while i < len(lowered):
            found = None
            longest = longest_phrase(self.heads, lowered, i, self.max_words)
            if longest == 1 and self.singles.isdisjoint(keys[i]):
                i += 1
                continue
            for n in range(longest, 0, -1):
                head = tuple(lowered[i : i + n - 1])
                values: list[dict[str, str]] = []
                for key in keys[i + n - 1]:
                    for v in self.index.get((*head, key), ()):
                        if v not in values:
                            values.append(v)
                if values:
                    found = (i, i + n, values)
                    break
            if found:
                yield found
                i = found[1]
            else:
                i += 1


def title_row(values: list[dict]) -> dict:
    """One row of titles.tsv for a matched title: a leader's reading when the phrase has one
    (Президент is a head of state before it is a company's president)."""
    return dict(max(values, key=lambda v: v.get("leader") == "1"))


@dataclass
class Lexicons:
    titles: PhraseTable
    triggers: PhraseTable
    cues: PhraseTable
    sectors: PhraseTable
    name_parts: dict[str, set[str]]
    modifiers: PhraseTable
    # words that refer to the parties of a document's encounter (kg/frame.py)
    references: PhraseTable
    min_stem: int = 5
    conjunctions: frozenset[str] = CONJUNCTIONS  # the words that join two names (мен, және; и)
    _cue_cache: dict[frozenset[str], list[str]] = field(default_factory=dict, repr=False)

    @property
    def analyser(self):
        """The language's word analyser (lemma, base, case of a word alone)."""
        return self.titles.analyser

    def is_modifier(self, word: str, kind: str) -> bool:
        """``word`` is listed in modifiers.tsv as ``kind`` (modifier, copula, honorific)."""
        return word.casefold() in self._modifier_words.get(kind, ())

    @cached_property
    def _modifier_words(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for words, values in self.modifiers.index.items():
            if len(words) == 1:
                for v in values:
                    out.setdefault(v["kind"], set()).add(words[0])
        return out

    def cue_classes(self, keys: frozenset[str]) -> list[str]:
        """What a cue word with these keys (its form and stems) says the name before it is:
        City, Country, Organization, or "-" (a region, a currency)."""
        cached = self._cue_cache.get(keys)
        if cached is not None:
            return cached
        found: list[str] = []
        for key in keys:
            found += [v["class"] for v in self.cues.index.get((key,), ()) if v["class"] not in found]
        if len(self._cue_cache) >= WORD_CACHE:
            self._cue_cache.clear()  # bounded: a cue is one of a few hundred words, the keys are any word's
        self._cue_cache[keys] = found
        return found

    def singular_cue(self, lemma: str) -> str | None:
        """The possessive singular a region's name takes (облыстары → облысы): the cue of the
        same lemma that is not the lemma itself."""
        return self._singular_cues.get(lemma.casefold())

    @cached_property
    def _singular_cues(self) -> dict[str, str]:
        out: dict[str, str] = {}
        regions = {word for (word,), values in self.cues.index.items() if any(v["class"] == "Region" for v in values)}
        for word in sorted(regions):
            lemma = self.cues.analyser.analyse(word).lemma.casefold()
            if lemma != word:
                out.setdefault(lemma, word)
            # провинциясы is a word of the lexicon, and also провинция with the possessive
            for reading in self.cues.analyser.analyses(word):
                if reading.possessive == "3" and reading.lemma in regions and reading.lemma != word:
                    out.setdefault(reading.lemma, word)
        return out

    def past_honorifics(self, tokens: Sequence, i: int) -> int:
        """Index past the words like шейх that stand between a title and its holder's name."""
        while i < len(tokens) and self.is_modifier(tokens[i].text, "honorific"):
            i += 1
        return i

    def sector_stems(self, word: str) -> list[str]:
        """Sectors whose one-word name of five letters or more starts the word
        (импорттайды → импорт → Trade); shorter names (су, газ) only match whole."""
        low = word.casefold()
        codes = []
        for n in range(len(low) - 1, self.min_stem - 1, -1):
            for value in self.sectors.index.get((low[:n],), ()):
                if value["code"] not in codes:
                    codes.append(value["code"])
            if codes:
                break
        return codes


def _table(analyser: NounAnalyser, rows: list[dict[str, str]], key: str,
           head_form: Callable[[str], str] | None = None) -> PhraseTable:
    table = PhraseTable(analyser, head_form=head_form)
    for row in rows:
        table.add(row[key], row)
    return table


SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
LABELS = tuple(SKOS_NS + name for name in ("prefLabel", "altLabel", "hiddenLabel"))


def sector_rows(path: Path | None = None, lang: str = "kk") -> list[dict[str, str]]:
    """(phrase, code) rows from the SKOS sector scheme's labels in a language, in the order
    rdflib's graph gave them (the codes as first stated, then each concept's labels as
    stated), which is the order a phrase's values keep in the tables.  The file is read with
    pyoxigraph: rdflib's Turtle parser took ten times as long at each start."""
    from pyoxigraph import Literal, RdfFormat, parse

    concepts: dict[str, dict] = {}  # code -> its concepts
    labels: dict[tuple, dict] = {}  # (concept, property) -> its labels
    with open(path or ontology_file("sectors.ttl"), "rb") as f:
        for triple in parse(f, format=RdfFormat.TURTLE):
            prop = triple.predicate.value
            if prop == SKOS_NS + "notation":
                concepts.setdefault(triple.object.value, {}).setdefault(triple.subject, None)
            elif prop in LABELS:
                labels.setdefault((triple.subject, prop), {}).setdefault(triple.object, None)
    return [{"phrase": label.value.casefold(), "code": code}
            for code, subjects in concepts.items() for concept in subjects for prop in LABELS
            for label in labels.get((concept, prop), ())
            if isinstance(label, Literal) and label.language == lang]


def load_lexicons(folder: DataFolder, analyser, lang: str, head_form: Callable[[str], str] | None = None,
                  conjunctions: frozenset[str] = CONJUNCTIONS) -> Lexicons:
    """A language's lexicons from the ``lexicons/`` of its data folder and the sector labels in its language."""
    name_parts: dict[str, set[str]] = {}
    for row in folder.read_tsv("lexicons", "name_parts.tsv"):
        name_parts.setdefault(row["kind"], set()).add(row["form"])
    return Lexicons(
        titles=_table(analyser, folder.read_tsv("lexicons", "titles.tsv"), "phrase", head_form),
        triggers=_table(analyser, folder.read_tsv("lexicons", "triggers.tsv"), "phrase", head_form),
        cues=_table(analyser, folder.read_tsv("lexicons", "cues.tsv"), "word", head_form),
        sectors=_table(analyser, sector_rows(lang=lang), "phrase", head_form),
        name_parts=name_parts,
        modifiers=_table(analyser, folder.read_tsv("lexicons", "modifiers.tsv"), "word", head_form),
        references=_table(analyser, folder.read_tsv("lexicons", "frame.tsv"), "phrase", head_form),
        conjunctions=conjunctions,
    )


@cache
def default_lexicons() -> Lexicons:
    """Kazakh's lexicons."""
    return load_lexicons(KK_DATA, default_analyser(), "kk")


@cache
def event_words(analyser, folder=None, head_form=None) -> PhraseTable:
    """The words of the event families (lexicons/events.tsv of the language's data folder,
    Kazakh's by default): call modes, visits, signed documents, summits, credentials."""
    if folder is None:
        from kg.lang.kk import DATA as folder
    table = PhraseTable(analyser, head_form=head_form)
    for row in folder.read_tsv("lexicons", "events.tsv"):
        table.add(row["phrase"], row)
    return table
