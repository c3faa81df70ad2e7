"""Graphs for the HTML view tests, built by hand after docs/graph-model.md."""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # plain `pytest` without the project installed
    sys.path.insert(0, str(ROOT))

import rdflib.namespace as rns  # noqa: E402  (module, not names: pytest scans conftest globals)
from rdflib import Graph, Literal, Namespace, URIRef  # noqa: E402

DKG = Namespace("https://w3id.org/diplomacy-kg/ontology#")
ID = Namespace("https://w3id.org/diplomacy-kg/id/")
DOC = Namespace("https://w3id.org/diplomacy-kg/doc/")
EVENT = Namespace("https://w3id.org/diplomacy-kg/event/")
STMT = Namespace("https://w3id.org/diplomacy-kg/stmt/")
SECTOR = Namespace("https://w3id.org/diplomacy-kg/sector/")

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

# Evidence sentences with quotes, < and & — they must arrive in the page escaped.
EVIDENCE_MET = 'Қасым-Жомарт Тоқаев Ильхам Әлиевпен "стратегиялық серіктестік" туралы келіссөз жүргізді: тауар айналымы <5 млрд & одан да көп.'
EVIDENCE_TWIN = "Шымкент пен Баку <бауырлас қалалар> болды, деп хабарлады «Kazinform» & басқалар."


def _graph() -> Graph:
    g = Graph()
    for prefix, ns in (("dkg", DKG), ("id", ID), ("doc", DOC), ("event", EVENT), ("stmt", STMT),
                       ("sector", SECTOR), ("skos", rns.SKOS), ("prov", rns.PROV), ("dcterms", rns.DCTERMS)):
        g.bind(prefix, ns)
    return g


def add_entity(g: Graph, iri: URIRef, cls, kk: str, *, ru=None, en=None, alt=()) -> URIRef:
    g.add((iri, rns.RDF.type, cls))
    if cls == DKG.Leader:
        g.add((iri, rns.RDF.type, DKG.Person))
    g.add((iri, rns.RDFS.label, Literal(kk, lang="kk")))
    if ru:
        g.add((iri, rns.RDFS.label, Literal(ru, lang="ru")))
    if en:
        g.add((iri, rns.RDFS.label, Literal(en, lang="en")))
    for a in alt:
        g.add((iri, rns.SKOS.altLabel, Literal(a, lang="kk")))
    return iri


def add_doc(g: Graph, doc_id: str, title=None, date=None) -> URIRef:
    d = DOC[doc_id]
    g.add((d, rns.RDF.type, DKG.Document))
    g.add((d, rns.DCTERMS.identifier, Literal(doc_id)))
    g.add((d, rns.DCTERMS.source, Literal(f"corpus/{doc_id}.txt")))
    if title:
        g.add((d, rns.DCTERMS.title, Literal(title, lang="kk")))
    if date:
        g.add((d, rns.DCTERMS.date, Literal(date, datatype=rns.XSD.date)))
    return d


def add_fact(g: Graph, s, p, o, *, doc=None, evidence=None, extractor="test", basis="text", start=0) -> URIRef:
    g.add((s, p, o))
    h = hashlib.sha1(f"{s}|{p}|{o}|{doc}|{evidence}".encode()).hexdigest()[:16]
    st = STMT[h]
    g.add((st, rns.RDF.type, rns.RDF.Statement))
    g.add((st, rns.RDF.subject, s))
    g.add((st, rns.RDF.predicate, p))
    g.add((st, rns.RDF.object, o))
    if doc is not None:
        g.add((st, rns.PROV.wasDerivedFrom, doc))
    if evidence is not None:
        g.add((st, DKG.evidence, Literal(evidence, lang="kk")))
        g.add((st, DKG.charStart, Literal(start)))
        g.add((st, DKG.charEnd, Literal(start + len(evidence))))
    g.add((st, DKG.extractor, Literal(extractor)))
    g.add((st, DKG.basis, Literal(basis)))
    return st


def build_small_graph() -> Graph:
    """Two leaders who met, their countries, a twinned city pair, a sector, a meeting."""
    g = _graph()
    tokayev = add_entity(g, ID["person/kasym-zhomart-tokayev"], DKG.Leader, "Қасым-Жомарт Тоқаев",
                         ru="Касым-Жомарт Токаев", en="Kassym-Jomart Tokayev", alt=("Тоқаев",))
    aliyev = add_entity(g, ID["person/ilkham-aliev"], DKG.Leader, "Ильхам Әлиев",
                        ru="Ильхам Алиев", en="Ilham Aliyev", alt=("Әлиев",))
    kz = add_entity(g, ID["country/kazakhstan"], DKG.Country, "Қазақстан", ru="Казахстан", en="Kazakhstan",
                    alt=("ҚР",))
    az = add_entity(g, ID["country/azerbaijan"], DKG.Country, "Әзербайжан", ru="Азербайджан", en="Azerbaijan")
    astana = add_entity(g, ID["city/astana"], DKG.City, "Астана", ru="Астана", en="Astana")
    shymkent = add_entity(g, ID["city/shymkent"], DKG.City, "Шымкент", ru="Шымкент", en="Shymkent")
    baku = add_entity(g, ID["city/baku"], DKG.City, "Баку", ru="Баку", en="Baku")
    org = add_entity(g, ID["org/un"], DKG.Organization, 'Біріккен Ұлттар Ұйымы <БҰҰ> & "Co"', en="United Nations",
                     alt=("БҰҰ",))
    trade = SECTOR.Trade
    g.add((trade, rns.RDF.type, rns.SKOS.Concept))
    g.add((trade, rns.RDF.type, DKG.Sector))
    g.add((trade, rns.SKOS.notation, Literal("Trade")))
    for text, lang in (("Сауда", "kk"), ("Торговля", "ru"), ("Trade", "en")):
        g.add((trade, rns.SKOS.prefLabel, Literal(text, lang=lang)))
    g.add((trade, rns.SKOS.altLabel, Literal("сауда", lang="kk")))
    # an unused sector concept is vocabulary, not a node
    g.add((SECTOR.Tourism, rns.RDF.type, rns.SKOS.Concept))
    g.add((SECTOR.Tourism, rns.RDF.type, DKG.Sector))
    g.add((SECTOR.Tourism, rns.SKOS.prefLabel, Literal("Туризм", lang="kk")))

    d1 = add_doc(g, "kazinform-2024-001", title="Тоқаев Әлиевпен кездесті", date="2024-05-14")
    d2 = add_doc(g, "kazinform-2024-002", title="Шымкент пен Баку", date="2024-06-01")
    for ent in (tokayev, aliyev, kz, az, astana, trade):
        g.add((d1, DKG.mentions, ent))
    for ent in (shymkent, baku, az, org):
        g.add((d2, DKG.mentions, ent))

    add_fact(g, tokayev, DKG.met, aliyev, doc=d1, evidence=EVIDENCE_MET, extractor="meetings")
    add_fact(g, tokayev, DKG.leaderOf, kz, doc=d1, evidence="Қазақстан Президенті Қасым-Жомарт Тоқаев.",
             extractor="leaders")
    add_fact(g, aliyev, DKG.leaderOf, az, doc=d1, evidence="Әзербайжан Президенті Ильхам Әлиев.",
             extractor="leaders")
    # the symmetric fact stated in the other direction by the statement
    add_fact(g, baku, DKG.twinnedWith, shymkent, doc=d2, evidence=EVIDENCE_TWIN, extractor="twinning")
    add_fact(g, kz, DKG.cooperatesWith, az, doc=d1, evidence="Қазақстан мен Әзербайжан ынтымақтастықты нығайтады.",
             extractor="cooperation")
    add_fact(g, kz, DKG.cooperatesOn, trade, doc=d1, evidence="Екі ел сауда саласында ынтымақтасады.",
             extractor="sectors")
    add_fact(g, astana, DKG.locatedIn, kz, extractor="gazetteer", basis="background")
    add_fact(g, shymkent, DKG.locatedIn, kz, extractor="gazetteer", basis="background")
    add_fact(g, baku, DKG.locatedIn, az, extractor="gazetteer", basis="background")

    meeting = EVENT["m1"]
    g.add((meeting, rns.RDF.type, DKG.Meeting))
    g.add((meeting, rns.RDFS.label, Literal("Тоқаев пен Әлиевтің Астанадағы кездесуі", lang="kk")))
    g.add((meeting, rns.PROV.wasDerivedFrom, d1))
    g.add((meeting, rns.DCTERMS.date, Literal("2024-05-14", datatype=rns.XSD.date)))
    add_fact(g, meeting, DKG.participant, tokayev, doc=d1, evidence=EVIDENCE_MET, extractor="meetings")
    add_fact(g, meeting, DKG.participant, aliyev, doc=d1, evidence=EVIDENCE_MET, extractor="meetings")
    add_fact(g, meeting, DKG.heldIn, astana, doc=d1, evidence="Кездесу Астанада өтті.", extractor="meetings")
    return g


# counts the small graph must render to
SMALL_NODES = 10   # 2 leaders, 2 countries, 3 cities, 1 org, 1 sector, 1 meeting
SMALL_EDGES = 12   # met, 2 leaderOf, twinnedWith, cooperatesWith, cooperatesOn, 3 locatedIn, 2 participant, heldIn
# (the fixture below is the single source of these numbers for all test modules)


def build_big_graph(n: int, seed: int = 1) -> Graph:
    """A generated graph of n entities (no Turtle parsing, so it is quick)."""
    rng = random.Random(seed)
    g = _graph()
    n_countries = max(2, n // 10)
    n_cities = max(2, n * 3 // 10)
    n_leaders = max(2, n // 10)
    n_persons = n - n_countries - n_cities - n_leaders
    countries = [add_entity(g, ID[f"country/c{i}"], DKG.Country, f"Ел {i}", en=f"Country {i}") for i in range(n_countries)]
    cities = [add_entity(g, ID[f"city/t{i}"], DKG.City, f"Қала {i}", en=f"City {i}") for i in range(n_cities)]
    leaders = [add_entity(g, ID[f"person/l{i}"], DKG.Leader, f"Басшы {i}", alt=(f"Б{i}",)) for i in range(n_leaders)]
    persons = [add_entity(g, ID[f"person/p{i}"], DKG.Person, f"Тұлға {i}") for i in range(n_persons)]
    docs = [add_doc(g, f"doc-{i}", title=f"Мақала {i}") for i in range(max(1, n // 20))]
    for i, city in enumerate(cities):
        g.add((city, DKG.locatedIn, countries[i % n_countries]))
    for i, leader in enumerate(leaders):
        add_fact(g, leader, DKG.leaderOf, countries[i % n_countries], doc=rng.choice(docs),
                 evidence=f"Басшы {i} — Ел {i % n_countries} президенті.")
    people = leaders + persons
    for _ in range(n // 2):
        a, b = rng.sample(people, 2)
        add_fact(g, a, DKG.met, b, doc=rng.choice(docs), evidence="Олар кездесті.")
    for _ in range(n // 8):
        a, b = rng.sample(countries, 2)
        g.add((a, DKG.cooperatesWith, b))
    for _ in range(n // 10):
        a, b = rng.sample(cities, 2)
        g.add((a, DKG.twinnedWith, b))
    for ent in rng.sample(countries + cities + people, min(n, 400)):
        g.add((rng.choice(docs), DKG.mentions, ent))
    return g


def embedded_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "no embedded kg-data"
    return json.loads(m.group(1))


@pytest.fixture(scope="session")
def small_graph() -> Graph:
    return build_small_graph()


@pytest.fixture(scope="session")
def small_counts() -> tuple[int, int]:
    return SMALL_NODES, SMALL_EDGES


@pytest.fixture(scope="session")
def big_graph_factory():
    cache: dict = {}

    def make(n: int) -> Graph:
        if n not in cache:
            cache[n] = build_big_graph(n)
        return cache[n]

    return make


@pytest.fixture(scope="session")
def parse_page():
    return embedded_data


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def evidence_texts() -> tuple[str, str]:
    return EVIDENCE_MET, EVIDENCE_TWIN


# -- the 100+-document corpus and the dated graph (tests/render/corpus.py) ----------

def _corpus_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("kg_render_test_corpus", Path(__file__).with_name("corpus.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def corpus_module():
    return _corpus_module()


@pytest.fixture(scope="session")
def corpus_graph(corpus_module, tmp_path_factory):
    """(graph, number of documents, "realnews" or "generated"), built once per session."""
    return corpus_module.build_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="session")
def dated_ttl(corpus_module, tmp_path_factory) -> Path:
    """The dated graph as a Turtle file the test wrote itself."""
    path = tmp_path_factory.mktemp("dated") / "dated.ttl"
    path.write_text(corpus_module.DATED_TTL, encoding="utf-8")
    return path


# -- headless Chromium -----------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


@pytest.fixture(scope="module")
def driver():
    """A headless Chromium per test module; skips where Chromium or selenium is absent."""
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("headless Chromium (/usr/bin/chromium, /usr/bin/chromedriver) is not installed")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    opts = Options()
    opts.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--window-size=1400,900", "--disable-dev-shm-usage"):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        drv = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=opts)
    except Exception as exc:  # pragma: no cover - broken local install
        pytest.skip(f"cannot start headless Chromium: {exc}")
    drv.set_page_load_timeout(60)
    yield drv
    drv.quit()


def _open_page(driver, path: Path, bound: float = 30.0) -> float:
    """Load the page and wait for window.kgReady; return seconds from navigation to ready."""
    import time

    driver.get_log("browser")  # drop earlier messages
    t0 = time.monotonic()
    driver.get(path.resolve().as_uri())
    while not driver.execute_script("return window.kgReady === true"):
        if time.monotonic() - t0 > bound:
            raise AssertionError(f"kgReady not set after {bound:.0f} s")
        time.sleep(0.05)
    return time.monotonic() - t0


def _severe(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e.get("level") in ("SEVERE", "ERROR")]


@pytest.fixture(scope="session")
def open_page():
    return _open_page


@pytest.fixture(scope="session")
def console_errors():
    return _severe
