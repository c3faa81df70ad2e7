"""A leader named by a title and one word of his name: "Қытай Төрағасы Сиге", "Сауд Арабиясының
королі Салманды".  The press shortens a foreign leader's name after his title to the word it
calls him by (a Chinese family name, an Arab first name), which no list holds alone and the
model rarely marks.  The country the title names says whose leader it is; the listed leader
of that country whose name opens with that word is the one meant.
"""
from __future__ import annotations

from functools import cached_property

from spacy.tokens import Doc

from kg.candidates import Candidate
from kg.gazetteer import Entry, Gazetteer
from kg.identity.names import name_key
from kg.tokens import keys_of, reading_of


class TitledLeaders:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    @cached_property
    def by_first_word(self) -> dict[tuple[str, str], list[Entry]]:
        """(country, first word's spelling key) → the listed leaders of that country whose name opens so."""
        out: dict[tuple[str, str], list[Entry]] = {}
        for entry in self.gaz.entries:
            if entry.cls != "Leader" or not entry.country:
                continue
            for name in entry.names:
                words = name.split()
                if len(words) >= 2:
                    bucket = out.setdefault((entry.country, name_key(words[0])), [])
                    if entry not in bucket:
                        bucket.append(entry)
        return out

    def __call__(self, doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        countries = {c.end: c.refs[0] for c in cands if c.kind == "Country" and c.refs}
        taken = {i for c in cands if c.kind != "Title" and c.source != "ner" for i in range(c.start, c.end)}
        out = []
        for title in (c for c in cands if c.kind == "Title"):
            i = title.end
            country = countries.get(title.start) or self.owner_before(doc, title.start, countries)
            if country is None or i >= len(doc) or i in taken or not doc[i].text[:1].isupper() \
                    or not doc[i].is_alpha or (i + 1 < len(doc) and i + 1 not in taken and doc[i + 1].text[:1].isupper()):
                continue  # a name of two words or more is matched whole elsewhere
            reading = reading_of(doc[i])
            words = {name_key(k) for k in keys_of(doc[i])} | ({name_key(reading.lemma)} if reading is not None else set())
            found = {e.id: e for w in words for e in self.by_first_word.get((country, w), ())}
            current = [e for e in found.values() if e.current]
            chosen = current if len(current) == 1 else list(found.values())
            if len(chosen) == 1:
                out.append(Candidate(i, i + 1, "Person", (chosen[0].id,), "gazetteer", priority=3, label=chosen[0].kk))
        return out

    @staticmethod
    def owner_before(doc: Doc, start: int, countries: dict[int, str]) -> str | None:
        """The country in the genitive a few words before the title (Сауд Арабиясының мұрагер
        ханзадасы мен королі), past the titles and conjunctions between."""
        for end in range(start, max(0, start - 5), -1):
            if end in countries:
                return countries[end]
        return None
