"""Known countries, cities and leaders, indexed by the stems of their names.

Kazakh inflects only the last word of a name (Әзербайжан Республикасының), so
a name is indexed by its leading words as written and its last word by stem;
the matcher compares a token's candidate stems against that.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import Callable, Iterable

from kg.data import DATA_DIR, read_tsv
from kg.lang.kk.morphology import WORD_CACHE, NounAnalyser, default_analyser
from kg.lexicons import leading_runs

CLASS_BY_FILE = {"countries.tsv": "Country", "historical_states.tsv": "Country", "cities.tsv": "City",
                 "leaders.tsv": "Leader", "organizations.tsv": "Organization", "regions.tsv": "Region"}


@dataclass(frozen=True)
class Entry:
    """One known entity: its id, class, Kazakh name and what else it is called."""

    id: str
    cls: str
    kk: str
    aliases: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()  # short names in any script (ЕАЭС, G20), found in text of either language
    ru: str = ""
    en: str = ""
    country: str = ""
    adjectives: tuple[str, ...] = ()
    role: str = ""
    current: bool = False
    capital: str = ""
    iso2: str = ""            # countries: ISO 3166-1 alpha-2 and alpha-3 (pycountry)
    iso3: str = ""
    geonames: str = ""        # countries and cities: the GeoNames id (https://sws.geonames.org/<id>/)
    lat: float | None = None  # cities: WGS84 coordinates and population (GeoNames)
    long: float | None = None
    population: int = 0

    @property
    def names(self) -> tuple[str, ...]:
        return (self.kk, *self.aliases, *self.abbreviations)

    @property
    def geonames_iri(self) -> str:
        """``https://sws.geonames.org/<id>/``, the IRI GeoNames gives the place, or ""."""
        return f"https://sws.geonames.org/{self.geonames}/" if self.geonames else ""


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


def _number(cell: str, kind: type):
    return kind(cell) if cell.strip() else None


def load_entries() -> list[Entry]:
    entries: list[Entry] = []
    folder = DATA_DIR / "gazetteer"
    for name, cls in CLASS_BY_FILE.items():
        if not (folder / name).exists():
            continue
        for row in read_tsv("gazetteer", name):
            entries.append(
                Entry(
                    id=row["id"],
                    cls=cls,
                    kk=row["kk"],
                    aliases=_split(row.get("kk_aliases", "")),
                    abbreviations=_split(row.get("abbreviations", "")),
                    ru=row.get("ru", ""),
                    en=row.get("en", ""),
                    country=row.get("country", ""),
                    adjectives=_split(row.get("adjectives", "")),
                    role=row.get("role", ""),
                    current=row.get("current", "") == "1",
                    capital=row.get("capital", ""),
                    iso2=row.get("iso2", ""),
                    iso3=row.get("iso3", ""),
                    geonames=row.get("geonames", ""),
                    lat=_number(row.get("lat", ""), float),
                    long=_number(row.get("long", ""), float),
                    population=_number(row.get("population", ""), int) or 0,
                )
            )
    return entries


NameKey = tuple[str, ...]
FOLDED = str.maketrans({"ё": "е", "і": None, "ы": None, "ь": None, "ъ": None})


def spelling_key(word: str) -> str:
    """A country name with its unstable letters folded: Пәкістан and Пәкстан, Беларусь and
    Беларусия give one key.

    >>> spelling_key("Түрікменстан") == spelling_key("Түркіменстан")
    True
    """
    key = word.casefold().translate(FOLDED)
    return key[:-2] if key.endswith("ия") else key


def token_keys(word: str, analyser: NounAnalyser, depth: int = 3) -> frozenset[str]:
    """The forms a word may stand for: itself, and the lemma and nominative of
    its best readings (Президентінің → президентінің, президент, президенті)."""
    keys = {word.casefold()}
    for reading in analyser.analyses(word)[:depth]:
        keys.add(reading.lemma.casefold())
        keys.add(reading.nominative.casefold())
    return frozenset(keys)


@dataclass
class Gazetteer:
    entries: list[Entry]
    analyser: NounAnalyser
    by_id: dict[str, Entry] = field(default_factory=dict)
    index: dict[NameKey, list[Entry]] = field(default_factory=dict)
    adjectives: dict[str, Entry] = field(default_factory=dict)
    max_words: int = 1
    heads: set[NameKey] = field(default_factory=set)  # leading words of the names (see longest_phrase)

    def __post_init__(self) -> None:
        for entry in self.entries:
            self.by_id.setdefault(entry.id, entry)
            for name in entry.names:
                for key in self.name_keys(name):
                    bucket = self.index.setdefault(key, [])
                    if entry not in bucket:
                        bucket.append(entry)
                    self.heads.update(leading_runs(key))
                    self.max_words = max(self.max_words, len(key))
            for adjective in entry.adjectives:
                self.adjectives.setdefault(adjective.casefold(), entry)

    def name_keys(self, name: str) -> Iterable[NameKey]:
        """Keys under which a name is found: leading words as written, the last by stem."""
        words = name.split()
        if not words:
            return []
        head = tuple(w.casefold() for w in words[:-1])
        last = words[-1]
        lasts = {last.casefold()}
        if not last.casefold().endswith(("ы", "і")):
            return [(*head, x) for x in lasts]  # no possessive to look through (and 4,000 names load fast)
        reading = self.analyser.analyse(last)
        if reading.case == "Nom" and reading.possessive and reading.number == "Sing":
            lasts.add(reading.lemma.casefold())  # Республикасы, Ұйымы: inflected after the possessive
        return [(*head, x) for x in lasts]

    def lookup(self, words: list[str], last_keys: frozenset[str]) -> list[Entry]:
        head = tuple(w.casefold() for w in words[:-1])
        found: list[Entry] = []
        for key in last_keys:
            for entry in self.index.get((*head, key), ()):
                if entry not in found:
                    found.append(entry)
        return found

    def country_by_spelling(self, keys: Iterable[str]) -> tuple[Entry, str] | None:
        """A one-word country name spelled another way (Пәкстан, Түркіменстан, Беларусия), and
        the form that matched: the news writes Kazakh's reduced vowels і/ы or the ending -ия
        as it hears them."""
        found = {(e.id, k): e for k in sorted(keys, key=len) if len(k) >= 7
                 for e in self.spellings.get(spelling_key(k), ())}  # Түркі (Turkic) is no Түркия
        ids = {i for i, _k in found}
        if len(ids) != 1:
            return None
        (_id, key), entry = next(iter(found.items()))
        return entry, key

    @cached_property
    def spellings(self) -> dict[str, list[Entry]]:
        out: dict[str, list[Entry]] = {}
        for entry in self.entries:
            if entry.cls != "Country":
                continue
            for name in entry.names:
                if " " not in name and len(name) >= 6:
                    out.setdefault(spelling_key(name), []).append(entry)
        return out

    @cached_property
    def codes(self) -> frozenset[str]:
        """ISO codes of countries (KZ, KAZ) and currencies (USD, KZT): a Latin abbreviation
        that is one stands for a country or an amount, never for an organisation."""
        found = {code for e in self.entries for code in (e.iso2, e.iso3) if code}
        if (DATA_DIR / "gazetteer" / "currencies.tsv").exists():
            found.update(row["id"] for row in read_tsv("gazetteer", "currencies.tsv"))
        return frozenset(found)

    def country_with_capital(self, city_id: str) -> Entry | None:
        return self.capitals.get(city_id)

    @cached_property
    def capitals(self) -> dict[str, Entry]:
        """The country of each capital city, by the city's id (the first listed, as a search in order finds it)."""
        out: dict[str, Entry] = {}
        for entry in self.entries:
            if entry.cls == "Country" and entry.capital:
                out.setdefault(entry.capital, entry)
        return out

    def adjective(self, word: str) -> Entry | None:
        """The country a word such as қазақ, ресейлік, қазақстандық denotes."""
        return self._adjectives_by_form(word)

    @cached_property
    def _adjectives_by_form(self) -> Callable[[str], Entry | None]:
        """``_adjective`` by word form, bounded: mention finding asks it of every word of
        every document (once per part of a hyphenated word)."""
        return lru_cache(maxsize=WORD_CACHE)(self._adjective)

    def _adjective(self, word: str) -> Entry | None:
        low = word.casefold()
        return self.adjectives.get(low) or self.adjectives.get(self.analyser.lemma(word).casefold())


@cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer(load_entries(), default_analyser())
