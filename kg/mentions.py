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

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.gazetteer import Gazetteer, default_gazetteer
from kg.lexicons import Lexicons, default_lexicons

NER_KINDS = {"PERSON": "Person", "GPE": "GPE", "ORGANISATION": "Organization", "ORGANIZATION": "Organization"}
CONJUNCTIONS = frozenset({"мен", "бен", "пен", "және", "әрі"})

for _name, _default in (("kind", None), ("refs", ()), ("case", "Nom"), ("nominative", ""),
                        ("title", None), ("source", "")):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)


@dataclass(order=True)
class Candidate:
    start: int
    end: int
    kind: str = field(compare=False)
    refs: tuple[str, ...] = field(default=(), compare=False)
    source: str = field(default="", compare=False)
    priority: int = field(default=0, compare=False)
    title: dict | None = field(default=None, compare=False)


class MentionFinder:
    def __init__(self, gazetteer: Gazetteer, lexicons: Lexicons) -> None:
        self.gaz = gazetteer
        self.lex = lexicons

    def __call__(self, doc: Doc) -> Doc:
        cands = [
            *self.gazetteer_names(doc),
            *self.country_adjectives(doc),
            *self.titles(doc),
            *self.ner_names(doc),
        ]
        cands += list(self.name_shapes(doc, cands))
        chosen = self.joined_names(self.without_overlaps(cands))
        spans = [self.to_span(doc, c) for c in chosen]
        doc.spans["mentions"] = [s for s in spans if s is not None]
        return doc

    # -- sources ---------------------------------------------------------------
    def gazetteer_names(self, doc: Doc) -> list[Candidate]:
        out = []
        words = [t.text for t in doc]
        i = 0
        while i < len(doc):
            found = None
            if doc[i].text[:1].isupper():
                for n in range(min(self.gaz.max_words, len(doc) - i), 0, -1):
                    entries = self.gaz.lookup(words[i : i + n], doc[i + n - 1]._.keys)
                    if entries:
                        found = (n, entries)
                        break
            if found and self.before_non_place_cue(doc, i + found[0]):
                found = None
                i += 1
                continue
            if found:
                n, entries = found
                kinds = {e.cls for e in entries}
                kind = "Country" if "Country" in kinds else ("City" if "City" in kinds else entries[0].cls)
                refs = tuple(e.id for e in entries if e.cls == kind or kind not in ("Country", "City"))
                if kind == "Leader":
                    kind = "Person"
                out.append(Candidate(i, i + n, kind, refs, "gazetteer", priority=3))
                i += n
            else:
                i += 1
        return out

    def country_adjectives(self, doc: Doc) -> list[Candidate]:
        """қазақ-әзербайжан (қатынастары), ресейлік (тарап): countries named by adjectives."""
        out = []
        for token in doc:
            parts = token.text.split("-")
            entries = [self.gaz.adjective(p) for p in parts]
            if all(entries) and len({e.id for e in entries}) == len(entries):
                out.append(Candidate(token.i, token.i + 1, "CountryAdj", tuple(e.id for e in entries),
                                     "adjective", priority=2))
        return out

    def before_non_place_cue(self, doc: Doc, end: int) -> bool:
        """АҚШ долларына, Ақтөбе облысы: the name is part of something the ontology has no class for."""
        if end >= len(doc):
            return False
        return any(v["class"] in ("-", "Organization") for _s, _e, values
                   in self.lex.cues.matches([doc[end].text], [doc[end]._.keys]) for v in values)

    def titles(self, doc: Doc) -> list[Candidate]:
        keys = [t._.keys for t in doc]
        out = []
        for start, end, values in self.lex.titles.matches([t.text for t in doc], keys):
            best = dict(max(values, key=lambda v: v.get("leader") == "1"))
            reading = doc[end - 1]._.analysis
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
            if kind == "GPE":
                kind = self.place_kind(doc, ent.end)
                if kind is None:
                    continue
            out.append(Candidate(ent.start, ent.end, kind, (), "ner", priority=1))
        return out

    def place_kind(self, doc: Doc, after: int) -> str | None:
        """City or Country from the cue word after a place name; None for regions."""
        if after < len(doc):
            for start, _end, values in self.lex.cues.matches([doc[after].text], [doc[after]._.keys]):
                cls = values[0]["class"]
                return cls if cls in ("City", "Country") else None
        return "City"

    def name_shapes(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """Capitalised runs that look like a person's name: a patronymic or a
        surname ending, or a run right after a title (Президент Тоқаев)."""
        taken = {i for c in found if c.source != "ner" for i in range(c.start, c.end)}
        after_title = {c.end for c in found if c.kind == "Title"}
        patronymics = self.lex.name_parts.get("patronymic", set())
        endings = tuple(self.lex.name_parts.get("surname_ending", ()))
        cues_after = self.lex.name_parts.get("name_cue", set()) | self.lex.name_parts.get("honorific", set())
        out = []
        i = 0
        while i < len(doc):
            if i in taken or not self.is_name_word(doc, i):
                i += 1
                continue
            j = i
            while j < len(doc) and j not in taken and self.is_name_word(doc, j) and j - i < 4:
                j += 1
            surnames = [k for k in range(i, j) if self.has_surname_ending(doc[k], endings)]
            if surnames and surnames[-1] < j - 1 and surnames[-1] > i:
                j = surnames[-1] + 1  # a surname ends the name: Асқар Мамин | Ауыл шаруашылығы
            if j < len(doc) and doc[j]._.keys & patronymics and j - i >= 1:
                j += 1
            last = doc[j - 1]
            surname = self.has_surname_ending(last, endings)
            named_after = j < len(doc) and bool(doc[j]._.keys & cues_after)
            looks_like_name = (
                surname
                or named_after
                or bool(doc[j - 1]._.keys & patronymics)
                or (i in after_title and 2 <= j - i <= 3 and not self.is_place(doc, j))
            )
            if looks_like_name and not (j - i == 1 and i == doc[i].sent.start and i not in after_title
                                        and not surname and not named_after):
                # a cue word is stronger evidence than the model's guess (Құрманғазы атындағы ... орталығы)
                out.append(Candidate(i, j, "Person", (), "shape", priority=2 if named_after else 1))
            i = j
        return out

    @staticmethod
    def has_surname_ending(token, endings: tuple[str, ...]) -> bool:
        return any(s.endswith(endings) and len(s) > 4 for s in token._.keys)

    def is_place(self, doc: Doc, end: int) -> bool:
        """A run ending in the locative or ablative, or followed by a cue word, names a place
        (or an organisation: Bloomberg Media Group компаниясының)."""
        reading = doc[end - 1]._.analysis
        if reading is not None and reading.case in ("Loc", "Abl"):
            return True
        return end < len(doc) and any(v["class"] != "Country" for _s, _e, values
                                      in self.lex.cues.matches([doc[end].text], [doc[end]._.keys]) for v in values)

    @staticmethod
    def is_name_word(doc: Doc, i: int) -> bool:
        """Capitalised, not an abbreviation, and in Cyrillic: Latin names in Kazakh text are brands."""
        text = doc[i].text
        return (text[:1].isupper() and not text.isupper() and any(ch.isalpha() for ch in text)
                and not text.isascii())

    # -- merging ---------------------------------------------------------------
    @staticmethod
    def without_overlaps(cands: list[Candidate]) -> list[Candidate]:
        """Keep the strongest, then longest, of overlapping candidates."""
        ranked = sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start))
        taken: set[int] = set()
        kept = []
        for c in ranked:
            span = set(range(c.start, c.end))
            if span & taken:
                continue
            taken |= span
            kept.append(c)
        return sorted(kept)

    @staticmethod
    def joined_names(chosen: list[Candidate]) -> list[Candidate]:
        """A first name and patronymic found by shape right before a known surname are one
        name (Нұрсұлтан Абишевич | Назарбаев)."""
        out: list[Candidate] = []
        for c in chosen:
            prev = out[-1] if out else None
            if (prev is not None and prev.end == c.start and c.kind == prev.kind == "Person"
                    and c.source == "gazetteer" and prev.source != "gazetteer"):
                out[-1] = Candidate(prev.start, c.end, "Person", c.refs, "gazetteer", c.priority)
                continue
            out.append(c)
        return out

    def to_span(self, doc: Doc, c: Candidate) -> Span | None:
        span = Span(doc, c.start, c.end, label=c.kind)
        last = doc[c.end - 1]
        reading = last._.analysis
        span._.kind = c.kind
        span._.refs = c.refs
        span._.source = c.source
        span._.title = c.title
        span._.case = reading.case if reading is not None else "Nom"
        head = " ".join(t.text for t in span[:-1])
        tail = reading.nominative if reading is not None else last.text
        span._.nominative = f"{head} {tail}".strip()
        return span


@Language.factory("kk_mentions")
def make_mention_finder(nlp: Language, name: str) -> MentionFinder:
    return MentionFinder(default_gazetteer(), default_lexicons())

