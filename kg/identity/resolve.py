"""Resolve mentions to entities: one node per real entity in a document.

Kazakh news names a person many ways (Ильхам Гейдар оғлы, Ильхам Әлиев,
Әлиев, Әзербайжан Президенті, Мемлекет басшысы).  Names merge when one's
words are a subset of the other's, share a surname, or share a first name
beside a patronymic, or a first name and a surname spelled one letter apart or
cut short (:func:`kg.identity.names.same_surname`); words are compared by their spelling
keys (:func:`kg.identity.names.name_key`); a title binds to the name it stands next to, and a title
with no name beside it resolves to the person the document already made that
country's leader - or stays unresolved, never guessed.  Places and organisations are
resolved here; people in :mod:`kg.identity.people`, titles in :mod:`kg.identity.titles`;
the records they make in :mod:`kg.identity.entities`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.gazetteer import Entry, Gazetteer
from kg.identity.entities import FOLDERS, Entity, Resolution
from kg.identity.people import PeopleOfDocument
from kg.identity.titles import TitlesOfDocument
from kg.identity.slugs import slugify
from kg.lexicons import Lexicons


class Resolver(PeopleOfDocument, TitlesOfDocument):
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
