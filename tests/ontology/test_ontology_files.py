"""Checks of the ontology files: ontology/diplomacy.ttl, sectors.ttl, shapes.ttl.

They must parse, name every class and property in Kazakh and English, hold the
25 sector concepts the scorer relies on (docs/graph-model.md,
../shared/eval/README.md), and the SHACL shapes must accept a graph built as
the graph model says and reject broken ones with a readable message.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

pyshacl = pytest.importorskip("pyshacl")

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY = ROOT / "ontology" / "diplomacy.ttl"
SECTORS = ROOT / "ontology" / "sectors.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"

DKG = Namespace("https://w3id.org/diplomacy-kg/ontology#")
SECTOR = Namespace("https://w3id.org/diplomacy-kg/sector/")
ID = Namespace("https://w3id.org/diplomacy-kg/id/")
DOC = Namespace("https://w3id.org/diplomacy-kg/doc/")
EVENT = Namespace("https://w3id.org/diplomacy-kg/event/")
STMT = Namespace("https://w3id.org/diplomacy-kg/stmt/")
SH = Namespace("http://www.w3.org/ns/shacl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # plain namespace: rdflib's closed one warns under pytest

SECTOR_CODES = [
    "Trade", "Economy", "Investment", "OilAndGas", "Energy", "RenewableEnergy",
    "Transport", "Logistics", "Digital", "Culture", "Humanitarian", "Education",
    "Science", "Health", "Agriculture", "Tourism", "Industry", "Finance",
    "Security", "Defense", "Climate", "Water", "Space", "Sport", "Environment",
]
EVENT_CLASSES = ["Meeting", "PhoneCall", "Visit", "AgreementSigning", "Summit"]
CLASSES = ["Person", "Leader", "Country", "City", "Region", "Organization", "Sector",
           "Event", *EVENT_CLASSES, "EventReport", "Document"]
OBJECT_PROPERTIES = ["met", "leaderOf", "twinnedWith", "cooperatesWith", "cooperatesOn",
                     "locatedIn", "participant", "heldIn", "namedAfter", "mentions",
                     "destination", "onSector", "reportOf", "fulfils"]
PROVENANCE_PROPERTIES = ["evidence", "charStart", "charEnd", "extractor", "basis", "observedOn", "former",
                         "date", "endDate", "datePrecision", "dateBasis", "status", "visitKind", "documentKind"]
IDENTIFIER_PROPERTIES = ["isoCode"]


def _parse(path: Path) -> Graph:
    g = Graph()
    g.parse(path, format="turtle")
    return g


@pytest.fixture(scope="module")
def onto() -> Graph:
    return _parse(ONTOLOGY)


@pytest.fixture(scope="module")
def sectors() -> Graph:
    return _parse(SECTORS)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return _parse(SHAPES)


@pytest.fixture(scope="module")
def ont_graph(onto: Graph, sectors: Graph) -> Graph:
    return onto + sectors


# --------------------------------------------------------------------------
# Ontology
# --------------------------------------------------------------------------

@pytest.mark.parametrize("path", [ONTOLOGY, SECTORS, SHAPES], ids=lambda p: p.name)
def test_file_parses(path: Path) -> None:
    assert len(_parse(path)) > 0


def test_ontology_header(onto: Graph) -> None:
    headers = list(onto.subjects(RDF.type, OWL.Ontology))
    assert headers == [URIRef("https://w3id.org/diplomacy-kg/ontology")]
    header = headers[0]
    assert onto.value(header, OWL.versionInfo) is not None
    langs = {c.language for c in onto.objects(header, RDFS.comment)}
    assert {"kk", "en"} <= langs


def _dkg_terms(onto: Graph) -> set[URIRef]:
    kinds = [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty]
    return {s for k in kinds for s in onto.subjects(RDF.type, k)
            if isinstance(s, URIRef) and str(s).startswith(str(DKG))}


def test_expected_terms_declared(onto: Graph) -> None:
    for name in CLASSES:
        assert (DKG[name], RDF.type, OWL.Class) in onto, name
    for name in OBJECT_PROPERTIES:
        assert (DKG[name], RDF.type, OWL.ObjectProperty) in onto, name
    for name in PROVENANCE_PROPERTIES:
        kinds = set(onto.objects(DKG[name], RDF.type))
        assert kinds & {OWL.DatatypeProperty, OWL.AnnotationProperty}, name
    for name in IDENTIFIER_PROPERTIES:
        assert (DKG[name], RDF.type, OWL.DatatypeProperty) in onto, name
    expected = {DKG[n] for n in CLASSES + OBJECT_PROPERTIES + PROVENANCE_PROPERTIES}
    expected |= {DKG[n] for n in IDENTIFIER_PROPERTIES}
    assert _dkg_terms(onto) == expected


def test_every_term_has_kazakh_and_english_label_and_comment(onto: Graph) -> None:
    for term in _dkg_terms(onto):
        for prop in (RDFS.label, RDFS.comment):
            values = list(onto.objects(term, prop))
            for lang in ("kk", "en"):
                tagged = [v for v in values if isinstance(v, Literal) and v.language == lang]
                assert len(tagged) == 1, f"{term} needs one {prop} @{lang}, has {tagged}"
                assert str(tagged[0]).strip()


@pytest.mark.parametrize("name,label", [
    ("Person", "Тұлға"), ("Leader", "Мемлекет басшысы"), ("Country", "Ел"), ("City", "Қала"),
    ("Organization", "Ұйым"), ("Sector", "Сала"), ("Event", "Оқиға"), ("Meeting", "Кездесу"),
    ("Document", "Құжат"), ("met", "кездесті"), ("leaderOf", "басшысы"),
    ("twinnedWith", "бауырлас қала"), ("cooperatesWith", "ынтымақтасады"),
    ("cooperatesOn", "салада ынтымақтасады"), ("locatedIn", "орналасқан"),
    ("participant", "қатысушы"), ("heldIn", "өткен жері"), ("namedAfter", "есімімен аталған"),
    ("mentions", "атайды"),
])
def test_kazakh_labels(onto: Graph, name: str, label: str) -> None:
    assert Literal(label, lang="kk") in set(onto.objects(DKG[name], RDFS.label))


def test_axioms(onto: Graph) -> None:
    assert (DKG.Leader, RDFS.subClassOf, DKG.Person) in onto
    assert (DKG.Meeting, RDFS.subClassOf, DKG.Event) in onto
    for name in ("met", "twinnedWith", "cooperatesWith"):
        assert (DKG[name], RDF.type, OWL.SymmetricProperty) in onto, name
    domain_range = {
        "met": (DKG.Person, DKG.Person), "leaderOf": (DKG.Leader, DKG.Country),
        "twinnedWith": (DKG.City, DKG.City), "cooperatesWith": (DKG.Country, DKG.Country),
        "cooperatesOn": (DKG.Country, DKG.Sector), "locatedIn": (DKG.City, DKG.Country),
        "heldIn": (DKG.Event, DKG.City),
    }
    for name, (dom, rng) in domain_range.items():
        assert onto.value(DKG[name], RDFS.domain) == dom, name
        assert onto.value(DKG[name], RDFS.range) == rng, name
    union = onto.value(onto.value(DKG.participant, RDFS.range), OWL.unionOf)
    assert set(Collection(onto, union)) == {DKG.Person, DKG.Country, DKG.Organization}
    for name in EVENT_CLASSES:
        assert (DKG[name], RDFS.subClassOf, DKG.Event) in onto, name
        assert list(onto.objects(DKG[name], SKOS.closeMatch)), f"{name} needs its PLOVER category"
    for name in ("evidence", "charStart", "charEnd", "extractor"):  # statements and reports of events carry them
        members = set(Collection(onto, onto.value(onto.value(DKG[name], RDFS.domain), OWL.unionOf)))
        assert members == {RDF.Statement, DKG.EventReport}, name
    assert onto.value(DKG.participant, RDFS.domain) == DKG.Event
    assert onto.value(DKG.namedAfter, RDFS.range) == DKG.Person
    assert onto.value(DKG.mentions, RDFS.domain) == DKG.Document
    assert onto.value(DKG.mentions, RDFS.range) is None
    assert onto.value(DKG.charStart, RDFS.range) == XSD.integer
    assert onto.value(DKG.charEnd, RDFS.range) == XSD.integer


# --------------------------------------------------------------------------
# Sectors
# --------------------------------------------------------------------------

def test_exactly_the_25_sectors(sectors: Graph) -> None:
    concepts = set(sectors.subjects(RDF.type, SKOS.Concept))
    assert concepts == {SECTOR[c] for c in SECTOR_CODES}
    assert (SECTOR.scheme, RDF.type, SKOS.ConceptScheme) in sectors


@pytest.mark.parametrize("code", SECTOR_CODES)
def test_sector_concept(sectors: Graph, code: str) -> None:
    c = SECTOR[code]
    assert (c, RDF.type, SKOS.Concept) in sectors
    assert (c, RDF.type, DKG.Sector) in sectors
    assert (c, SKOS.inScheme, SECTOR.scheme) in sectors
    assert list(sectors.objects(c, SKOS.notation)) == [Literal(code)]
    pref = list(sectors.objects(c, SKOS.prefLabel))
    assert sorted(p.language for p in pref) == ["en", "kk", "ru"]
    alt = list(sectors.objects(c, SKOS.altLabel))
    hidden = list(sectors.objects(c, SKOS.hiddenLabel))
    assert len(alt) >= 2
    for label in alt + hidden:
        assert label.language in ("kk", "ru"), label  # the words of each language the extractor reads
        assert str(label) == str(label).lower() == str(label).strip(), label
    # SKOS: preferred, alternative and hidden labels are pairwise disjoint
    assert not set(alt) & set(hidden)
    assert not set(pref) & (set(alt) | set(hidden))
    # the Kazakh preferred name, lowercased, is also a word the extractor looks for
    kk_pref = next(str(p).lower() for p in pref if p.language == "kk")
    assert Literal(kk_pref, lang="kk") in set(alt) | set(hidden)


def test_alt_labels_are_unambiguous(sectors: Graph) -> None:
    owner: dict[str, URIRef] = {}
    for c, label in sectors.subject_objects(SKOS.altLabel):
        assert owner.setdefault(str(label), c) == c, f"{label} is an altLabel of {owner[str(label)]} and {c}"


def _label_map(sectors: Graph) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for prop in (SKOS.altLabel, SKOS.hiddenLabel):
        for c, label in sectors.subject_objects(prop):
            found.setdefault(str(label), set()).add(str(c).rsplit("/", 1)[-1])
    return found


@pytest.mark.parametrize("word,codes", [
    ("сауда", {"Trade"}), ("саудалық", {"Trade"}), ("тауар айналымы", {"Trade"}),
    ("экспорт", {"Trade"}), ("импорт", {"Trade"}),
    ("экономика", {"Economy"}), ("экономикалық", {"Economy"}), ("шаруашылық", {"Economy"}),
    ("инвестиция", {"Investment"}), ("инвестициялық", {"Investment"}), ("инвестор", {"Investment"}),
    ("мұнай", {"OilAndGas"}), ("газ", {"OilAndGas"}), ("мұнай-газ", {"OilAndGas"}),
    ("көмірсутек", {"OilAndGas"}),
    ("энергетика", {"Energy"}), ("энергия", {"Energy"}), ("энергетикалық", {"Energy"}),
    ("отын-энергетика", {"Energy"}),
    ("жаңартылатын энергия", {"RenewableEnergy"}), ("баламалы энергия", {"RenewableEnergy"}),
    ("жасыл энергия", {"RenewableEnergy"}), ("күн энергетикасы", {"RenewableEnergy"}),
    ("көлік", {"Transport"}), ("транзит", {"Transport"}), ("теміржол", {"Transport"}),
    ("әуе қатынасы", {"Transport"}),
    ("логистика", {"Logistics"}), ("логистикалық", {"Logistics"}),
    ("цифрландыру", {"Digital"}), ("цифрлық", {"Digital"}), ("коммуникация", {"Digital"}),
    ("жасанды интеллект", {"Digital"}),
    ("мәдениет", {"Culture"}), ("мәдени", {"Culture"}), ("гуманитарлық", {"Humanitarian"}),
    ("білім беру", {"Education"}), ("ғылым", {"Science"}), ("ғылыми-техникалық", {"Science"}),
    ("денсаулық сақтау", {"Health"}), ("медицина", {"Health"}),
    ("ауыл шаруашылығы", {"Agriculture"}), ("агроөнеркәсіп", {"Agriculture"}),
    ("туризм", {"Tourism"}), ("өнеркәсіп", {"Industry"}), ("индустрия", {"Industry"}),
    ("қаржы", {"Finance"}), ("банк", {"Finance"}), ("қауіпсіздік", {"Security"}),
    ("терроризм", {"Security"}), ("қорғаныс", {"Defense"}), ("әскери-техникалық", {"Defense"}),
    ("климат", {"Climate"}), ("су", {"Water"}), ("су ресурстары", {"Water"}),
    ("ғарыш", {"Space"}), ("спорт", {"Sport"}), ("экология", {"Environment"}),
    ("қоршаған орта", {"Environment"}),
    # compounds naming two sectors: hidden labels on both
    ("сауда-экономикалық", {"Trade", "Economy"}), ("сауда-экономика", {"Trade", "Economy"}),
    ("сауда-инвестициялық", {"Trade", "Investment"}),
    ("мәдени-гуманитарлық", {"Culture", "Humanitarian"}),
    ("көлік-логистика", {"Transport", "Logistics"}),
    ("көлік-логистикалық", {"Transport", "Logistics"}),
])
def test_sector_words(sectors: Graph, word: str, codes: set[str]) -> None:
    assert _label_map(sectors).get(word) == codes


def test_hidden_labels_name_two_sectors(sectors: Graph) -> None:
    for word, codes in _label_map(sectors).items():
        hidden_on = {str(c).rsplit("/", 1)[-1]
                     for c in sectors.subjects(SKOS.hiddenLabel, Literal(word, lang="kk"))}
        if hidden_on:
            assert len(hidden_on) == 2 and hidden_on == codes, word


def test_sample_article_sectors_are_named(sectors: Graph) -> None:
    """The closing sentence of the seed article names every gold sector."""
    words = _label_map(sectors)
    phrases = {
        "сауда-экономика": {"Trade", "Economy"}, "инвестиция": {"Investment"},
        "мұнай-газ": {"OilAndGas"}, "көлік-логистика": {"Transport", "Logistics"},
        "жаңартылатын энергия": {"RenewableEnergy"}, "цифрлық": {"Digital"},
        "коммуникация": {"Digital"}, "мәдени-гуманитарлық": {"Culture", "Humanitarian"},
    }
    for phrase, codes in phrases.items():
        assert words.get(phrase) == codes, phrase


# --------------------------------------------------------------------------
# SHACL
# --------------------------------------------------------------------------

def test_every_shape_has_name_and_message(shapes: Graph) -> None:
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    property_shapes = set(shapes.objects(None, SH.property))
    assert len(node_shapes) >= 15
    for shape in node_shapes | property_shapes:
        assert shapes.value(shape, SH.name) is not None, shape
        assert shapes.value(shape, SH.message) is not None, shape
    targets = set(shapes.objects(None, SH.targetClass))
    assert {DKG[c] for c in CLASSES} - {DKG.Sector} <= targets
    assert RDF.Statement in targets
    assert SKOS.inScheme in set(shapes.objects(None, SH.targetSubjectsOf))  # the sector concepts


def valid_graph() -> Graph:
    """A small graph written exactly as docs/graph-model.md describes."""
    g = Graph()
    tokayev, aliyev = ID["person/kasym-zhomart-tokaev"], ID["person/ilkham-aliev"]
    kz, az = ID["country/kazakhstan"], ID["country/azerbaijan"]
    baku, astana = ID["city/baku"], ID["city/astana"]
    un = ID["org/birikken-ulttar-uiymy"]
    doc = DOC["kz-az-supreme-council"]

    for person, label in ((tokayev, "Қасым-Жомарт Тоқаев"), (aliyev, "Ильхам Әлиев")):
        g.add((person, RDF.type, DKG.Leader))
        g.add((person, RDFS.label, Literal(label, lang="kk")))
    g.add((aliyev, SKOS.altLabel, Literal("Ильхам Гейдар оғлы", lang="kk")))
    g.add((aliyev, RDFS.label, Literal("Ильхам Алиев", lang="ru")))
    for node, cls, label in ((kz, DKG.Country, "Қазақстан"), (az, DKG.Country, "Әзербайжан"),
                             (baku, DKG.City, "Баку"), (astana, DKG.City, "Астана"),
                             (un, DKG.Organization, "Біріккен Ұлттар Ұйымы")):
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(label, lang="kk")))
    g.add((kz, RDFS.label, Literal("Kazakhstan", lang="en")))

    facts = [
        (tokayev, DKG.leaderOf, kz, "meetings", "text"),
        (aliyev, DKG.leaderOf, az, "meetings", "text"),
        (tokayev, DKG.met, aliyev, "meetings", "text"),
        (kz, DKG.cooperatesWith, az, "cooperation", "text"),
        (kz, DKG.cooperatesOn, SECTOR.OilAndGas, "sectors", "text"),
        (baku, DKG.locatedIn, az, "gazetteer", "background"),
    ]
    g.add((doc, RDF.type, DKG.Document))
    g.add((doc, DCTERMS.identifier, Literal("kz-az-supreme-council")))
    g.add((doc, DCTERMS.source, Literal("data/samples/kz-az-supreme-council.kk.txt")))
    g.add((doc, DCTERMS.title, Literal("Қазақстан мен Әзербайжанның Жоғары мемлекетаралық кеңесі", lang="kk")))
    g.add((doc, DCTERMS.date, Literal("2024-08-22", datatype=XSD.date)))
    for entity in (tokayev, aliyev, kz, az, baku, astana, un):
        g.add((doc, DKG.mentions, entity))

    for i, (s, p, o, extractor, basis) in enumerate(facts):
        g.add((s, p, o))
        st = STMT[f"h{i}"]
        g.add((st, RDF.type, RDF.Statement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, p))
        g.add((st, RDF.object, o))
        g.add((st, PROV.wasDerivedFrom, doc))
        g.add((st, DKG.extractor, Literal(extractor)))
        g.add((st, DKG.basis, Literal(basis)))
        if basis == "text":
            g.add((st, DKG.evidence, Literal("Қасым-Жомарт Тоқаев Ильхам Әлиевпен кездесті.", lang="kk")))
            g.add((st, DKG.charStart, Literal(120)))
            g.add((st, DKG.charEnd, Literal(245)))

    meeting = EVENT["m1"]
    g.add((meeting, RDF.type, DKG.Meeting))
    g.add((meeting, RDFS.label, Literal("Қасым-Жомарт Тоқаев пен Ильхам Әлиевтің кездесуі", lang="kk")))
    g.add((meeting, DKG.participant, tokayev))
    g.add((meeting, DKG.participant, aliyev))
    g.add((meeting, DKG.participant, az))
    g.add((meeting, DKG.heldIn, baku))
    g.add((meeting, PROV.wasDerivedFrom, doc))
    g.add((meeting, DCTERMS.date, Literal("2024-08-22", datatype=XSD.date)))

    street = ID["place/heidar-aliev-koshesi"]
    heydar = ID["person/geidar-aliev"]
    g.add((heydar, RDF.type, DKG.Person))
    g.add((heydar, RDFS.label, Literal("Гейдар Әлиев", lang="kk")))
    g.add((street, DKG.namedAfter, heydar))
    return g


def validate(data: Graph, ont_graph: Graph | None, shapes: Graph):
    conforms, report, text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ont_graph, inference="none",
        advanced=False, allow_warnings=False)
    return conforms, report, text


def test_valid_graph_conforms(ont_graph: Graph, shapes: Graph) -> None:
    conforms, _, text = validate(valid_graph(), ont_graph, shapes)
    assert conforms, text


def test_valid_graph_conforms_without_ontology(shapes: Graph) -> None:
    """The shapes also work on the bare built graph (no subclass axioms, no sectors.ttl)."""
    conforms, _, text = validate(valid_graph(), None, shapes)
    assert conforms, text


def test_sector_scheme_conforms(onto: Graph, sectors: Graph, shapes: Graph) -> None:
    # pySHACL copies only the schema part of ont_graph into the data graph, so
    # the scheme itself is validated as data.
    conforms, report, text = validate(sectors, onto, shapes)
    assert conforms, text


def test_valid_graph_conforms_with_rdfs_inference(ont_graph: Graph, shapes: Graph) -> None:
    conforms, _, text = pyshacl.validate(valid_graph(), shacl_graph=shapes, ont_graph=ont_graph,
                                         inference="rdfs")
    assert conforms, text


def test_broken_sector_concept_is_rejected(onto: Graph, sectors: Graph, shapes: Graph) -> None:
    broken = Graph() + sectors
    broken.remove((SECTOR.Water, SKOS.prefLabel, Literal("Водные ресурсы", lang="ru")))
    broken.remove((SECTOR.Space, RDF.type, DKG.Sector))
    conforms, report, text = validate(broken, onto, shapes)
    assert not conforms
    results = _results(report)
    assert any(f == SECTOR.Water and "preferred name in Russian" in m for f, m in results), text
    assert any(f == SECTOR.Space and "dkg:Sector" in m for f, m in results), text
    assert {f for f, _ in results} == {SECTOR.Water, SECTOR.Space}, text


def _results(report: Graph) -> list[tuple[URIRef, str]]:
    out = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        messages = " ".join(str(m) for m in report.objects(r, SH.resultMessage))
        out.append((report.value(r, SH.focusNode), messages))
    return out


def _break_leader_of_to_city(g: Graph) -> None:
    g.remove((ID["person/kasym-zhomart-tokaev"], DKG.leaderOf, ID["country/kazakhstan"]))
    g.add((ID["person/kasym-zhomart-tokaev"], DKG.leaderOf, ID["city/astana"]))
    g.set((STMT.h0, RDF.object, ID["city/astana"]))


def _break_leader_of_from_person(g: Graph) -> None:
    g.add((ID["person/geidar-aliev"], DKG.leaderOf, ID["country/azerbaijan"]))


def _break_no_kazakh_label(g: Graph) -> None:
    g.remove((ID["city/baku"], RDFS.label, None))
    g.add((ID["city/baku"], RDFS.label, Literal("Баку", lang="ru")))


def _break_two_kazakh_labels(g: Graph) -> None:
    g.add((ID["country/kazakhstan"], RDFS.label, Literal("Қазақстан Республикасы", lang="kk")))


def _break_statement_without_source(g: Graph) -> None:
    g.remove((STMT.h0, PROV.wasDerivedFrom, None))


def _break_statement_source_not_document(g: Graph) -> None:
    g.remove((STMT.h0, PROV.wasDerivedFrom, None))
    g.add((STMT.h0, PROV.wasDerivedFrom, URIRef("https://example.org/somewhere")))


def _break_statement_bad_basis(g: Graph) -> None:
    g.remove((STMT.h1, DKG.basis, None))
    g.add((STMT.h1, DKG.basis, Literal("guess")))


def _break_statement_string_offset(g: Graph) -> None:
    g.remove((STMT.h1, DKG.charStart, None))
    g.add((STMT.h1, DKG.charStart, Literal("120")))


def _break_statement_reversed_offsets(g: Graph) -> None:
    g.remove((STMT.h1, DKG.charStart, None))
    g.add((STMT.h1, DKG.charStart, Literal(300)))


def _break_statement_two_subjects(g: Graph) -> None:
    g.add((STMT.h2, RDF.subject, ID["country/kazakhstan"]))


def _break_statement_without_extractor(g: Graph) -> None:
    g.remove((STMT.h2, DKG.extractor, None))


def _break_statement_fact_missing(g: Graph) -> None:
    g.remove((ID["country/kazakhstan"], DKG.cooperatesWith, ID["country/azerbaijan"]))


def _break_document_without_identifier(g: Graph) -> None:
    g.remove((DOC["kz-az-supreme-council"], DCTERMS.identifier, None))


def _break_document_two_identifiers(g: Graph) -> None:
    g.add((DOC["kz-az-supreme-council"], DCTERMS.identifier, Literal("other-id")))


def _break_cooperates_on_unknown_sector(g: Graph) -> None:
    g.add((ID["country/kazakhstan"], DKG.cooperatesOn, SECTOR.Cooking))


def _break_cooperates_on_country(g: Graph) -> None:
    g.add((ID["country/kazakhstan"], DKG.cooperatesOn, ID["country/azerbaijan"]))


def _break_twinned_with_country(g: Graph) -> None:
    g.add((ID["city/astana"], DKG.twinnedWith, ID["country/azerbaijan"]))


def _break_cooperates_with_city(g: Graph) -> None:
    g.add((ID["country/kazakhstan"], DKG.cooperatesWith, ID["city/baku"]))


def _break_located_in_city(g: Graph) -> None:
    g.add((ID["city/astana"], DKG.locatedIn, ID["city/baku"]))


def _break_met_country(g: Graph) -> None:
    g.add((ID["person/ilkham-aliev"], DKG.met, ID["country/kazakhstan"]))


def _break_participant_city(g: Graph) -> None:
    g.add((EVENT.m1, DKG.participant, ID["city/astana"]))


def _break_held_in_country(g: Graph) -> None:
    g.add((EVENT.m1, DKG.heldIn, ID["country/azerbaijan"]))


def _break_mentions_from_person(g: Graph) -> None:
    g.add((ID["person/ilkham-aliev"], DKG.mentions, ID["country/kazakhstan"]))


def _break_named_after_city(g: Graph) -> None:
    g.add((ID["place/heidar-aliev-koshesi"], DKG.namedAfter, ID["city/baku"]))


def _break_person_is_city(g: Graph) -> None:
    g.add((ID["person/geidar-aliev"], RDF.type, DKG.City))


def _break_event_without_document(g: Graph) -> None:
    g.remove((EVENT.m1, PROV.wasDerivedFrom, None))


BROKEN = [
    # (variant, focus node the report must name, words its message must contain)
    (_break_leader_of_to_city, ID["person/kasym-zhomart-tokaev"], "leaderOf fact must link a Leader to a Country"),
    (_break_leader_of_from_person, ID["person/geidar-aliev"], "subject is not a Leader"),
    (_break_no_kazakh_label, ID["city/baku"], "name in Kazakh"),
    (_break_two_kazakh_labels, ID["country/kazakhstan"], "exactly one name in Kazakh"),
    (_break_statement_without_source, STMT.h0, "Document it comes from"),
    (_break_statement_source_not_document, STMT.h0, "Document it comes from"),
    (_break_statement_bad_basis, STMT.h1, "dkg:basis"),
    (_break_statement_string_offset, STMT.h1, "dkg:charStart"),
    (_break_statement_reversed_offsets, STMT.h1, "smaller than its dkg:charEnd"),
    (_break_statement_two_subjects, STMT.h2, "exactly one rdf:subject"),
    (_break_statement_without_extractor, STMT.h2, "extractor"),
    (_break_statement_fact_missing, STMT.h3, "also in the graph"),
    (_break_document_without_identifier, DOC["kz-az-supreme-council"], "exactly one identifier"),
    (_break_document_two_identifiers, DOC["kz-az-supreme-council"], "exactly one identifier"),
    (_break_cooperates_on_unknown_sector, ID["country/kazakhstan"], "25 sector concepts"),
    (_break_cooperates_on_country, ID["country/kazakhstan"], "25 sector concepts"),
    (_break_twinned_with_country, ID["city/astana"], "twinnedWith fact must link two cities"),
    (_break_cooperates_with_city, ID["country/kazakhstan"], "cooperatesWith fact must link two countries"),
    (_break_located_in_city, ID["city/astana"], "locatedIn fact must link a City to a Country"),
    (_break_met_country, ID["person/ilkham-aliev"], "met fact must link two persons"),
    (_break_participant_city, EVENT.m1, "participant must be a Person or a Country"),
    (_break_held_in_country, EVENT.m1, "held in a City"),
    (_break_mentions_from_person, ID["person/ilkham-aliev"], "Only a Document can mention"),
    (_break_named_after_city, ID["place/heidar-aliev-koshesi"], "namedAfter fact must point to a Person"),
    (_break_person_is_city, ID["person/geidar-aliev"], "cannot also be"),
    (_break_event_without_document, EVENT.m1, "must come from a Document"),
]


@pytest.mark.parametrize("with_ontology", [True, False], ids=["with-ontology", "bare-graph"])
@pytest.mark.parametrize("breaker,focus,message", BROKEN, ids=[b[0].__name__[7:] for b in BROKEN])
def test_broken_graph_is_rejected(ont_graph: Graph, shapes: Graph, breaker, focus, message,
                                  with_ontology: bool) -> None:
    g = valid_graph()
    breaker(g)
    conforms, report, text = validate(g, ont_graph if with_ontology else None, shapes)
    assert not conforms
    results = _results(report)
    assert any(f == focus and message in m for f, m in results), text
    # every result carries one of our plain-English messages
    assert all(m for _, m in results), text


# --------------------------------------------------------------------------
# Dated events (Visit, AgreementSigning, status, dates)
# --------------------------------------------------------------------------

def events_graph() -> Graph:
    """The valid graph with a dated visit and an agreement, as docs/graph-model.md shows them."""
    g = valid_graph()
    doc = DOC["kz-az-supreme-council"]
    visit, signing = EVENT.v1, EVENT.a1
    g.add((visit, RDF.type, DKG.Visit))
    g.add((visit, RDF.type, DKG.Event))
    g.add((visit, DKG.participant, ID["person/ilkham-aliev"]))
    g.add((visit, DKG.destination, ID["country/kazakhstan"]))
    g.add((visit, DKG.visitKind, Literal("state")))
    g.add((signing, RDF.type, DKG.AgreementSigning))
    g.add((signing, RDF.type, DKG.Event))
    g.add((signing, DKG.participant, ID["country/kazakhstan"]))
    g.add((signing, DKG.participant, ID["country/azerbaijan"]))
    g.add((signing, DKG.onSector, SECTOR.Trade))
    g.add((signing, DKG.documentKind, Literal("келісім", lang="kk")))
    for event in (visit, signing):
        g.add((event, PROV.wasDerivedFrom, doc))
        g.add((event, DKG.status, Literal("reported")))
        g.add((event, DKG.date, Literal("2024-03-12", datatype=XSD.date)))
        g.add((event, DKG.endDate, Literal("2024-03-13", datatype=XSD.date)))
        g.add((event, DKG.datePrecision, Literal("day")))
        g.add((event, DKG.dateBasis, Literal("text")))
        g.add((event, DKG.evidence, Literal("…", lang="kk")))
        g.add((event, DKG.charStart, Literal(0)))
        g.add((event, DKG.charEnd, Literal(10)))
        g.add((event, DKG.extractor, Literal("visits")))
    g.add((STMT.h0, DKG.observedOn, Literal("2024-03-12", datatype=XSD.date)))
    g.add((STMT.h0, DKG.former, Literal(False)))
    return g


EVENT_BREAKS = [
    (lambda g: g.set((EVENT.v1, DKG.status, Literal("rumoured"))), EVENT.v1, "dkg:status"),
    (lambda g: g.set((EVENT.v1, DKG.date, Literal("12 наурыз"))), EVENT.v1, "dkg:date"),
    (lambda g: g.set((EVENT.v1, DKG.endDate, Literal("2024-03-01", datatype=XSD.date))), EVENT.v1, "before it"),
    (lambda g: g.set((EVENT.v1, DKG.datePrecision, Literal("hour"))), EVENT.v1, "dkg:datePrecision"),
    (lambda g: g.set((EVENT.v1, DKG.destination, ID["person/ilkham-aliev"])), EVENT.v1, "Country or City"),
    (lambda g: g.set((EVENT.v1, DKG.visitKind, Literal("private"))), EVENT.v1, "dkg:visitKind"),
    (lambda g: g.add((EVENT.a1, DKG.destination, ID["country/kazakhstan"])), EVENT.a1, "Only a Visit"),
    (lambda g: g.set((EVENT.a1, DKG.onSector, ID["country/kazakhstan"])), EVENT.a1, "25 sector concepts"),
    (lambda g: g.remove((EVENT.a1, DKG.participant, ID["country/azerbaijan"])), EVENT.a1, "two parties"),
    (lambda g: g.set((EVENT.a1, DKG.dateBasis, Literal("guess"))), EVENT.a1, "dkg:dateBasis"),
    (lambda g: g.set((STMT.h0, DKG.observedOn, Literal("yesterday"))), STMT.h0, "dkg:observedOn"),
]


def test_dated_events_conform(ont_graph: Graph, shapes: Graph) -> None:
    conforms, _, text = validate(events_graph(), ont_graph, shapes)
    assert conforms, text


@pytest.mark.parametrize("breaker,focus,message", EVENT_BREAKS, ids=[b[2] for b in EVENT_BREAKS])
def test_broken_event_is_rejected(ont_graph: Graph, shapes: Graph, breaker, focus, message) -> None:
    g = events_graph()
    breaker(g)
    conforms, report, text = validate(g, ont_graph, shapes)
    assert not conforms
    assert any(f == focus and message in m for f, m in _results(report)), text
