"""What the page draws: node classes, relations and their colours and names.

Kept apart from the data extraction so that the page's look can change
without touching how the graph is read, and so that both the data module
and the HTML assembly agree on one list.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import rdflib
from rdflib import RDF
from rdflib.namespace import OWL, SKOS

DKG = rdflib.Namespace("https://w3id.org/diplomacy-kg/ontology#")
SECTOR_NS = "https://w3id.org/diplomacy-kg/sector/"


@dataclass(frozen=True)
class NodeClass:
    key: str
    kk: str
    en: str
    color: str
    shape: str
    event: bool = False


# Priority order: the first class a node has wins (Leader before Person,
# Country before City for city-states, a specific event kind before Event).
CLASSES: tuple[NodeClass, ...] = (
    NodeClass("Leader", "Мемлекет басшысы", "Leader", "#d62728", "star"),
    NodeClass("Person", "Тұлға", "Person", "#ff7f0e", "dot"),
    NodeClass("Country", "Ел", "Country", "#1f77b4", "square"),
    NodeClass("City", "Қала", "City", "#2ca02c", "triangle"),
    NodeClass("Region", "Өңір", "Region", "#7fc97f", "dot"),
    NodeClass("Organization", "Ұйым", "Organization", "#9467bd", "hexagon"),
    NodeClass("Sector", "Сала", "Sector", "#bcbd22", "diamond"),
    NodeClass("Meeting", "Кездесу", "Meeting", "#17becf", "triangleDown", True),
    NodeClass("PhoneCall", "Телефон арқылы сөйлесу", "Phone call", "#5fa8d3", "triangleDown", True),
    NodeClass("Visit", "Сапар", "Visit", "#3c9d8f", "triangleDown", True),
    NodeClass("AgreementSigning", "Келісімге қол қою", "Agreement signing", "#8e6c3a", "triangleDown", True),
    NodeClass("Summit", "Саммит", "Summit", "#6b4fa0", "triangleDown", True),
    NodeClass("Event", "Оқиға", "Event", "#0e7c86", "triangleDown", True),
    NodeClass("Other", "Басқа", "Other", "#8c8c8c", "dot"),
)
CLASS_BY_KEY = {c.key: c for c in CLASSES}
CLASS_RANK = {c.key: i for i, c in enumerate(CLASSES)}
EVENT_CLASSES = frozenset(c.key for c in CLASSES if c.event)
TYPE_TO_CLASS = {DKG[c.key]: c.key for c in CLASSES if c.key != "Other"}

#: Nodes of these types are never drawn.
NEVER_NODES = frozenset({DKG.Document, DKG.EventReport, RDF.Statement, SKOS.ConceptScheme, OWL.Class,
                         OWL.ObjectProperty, OWL.DatatypeProperty, OWL.Ontology})


@dataclass(frozen=True)
class Relation:
    key: str
    kk: str
    en: str
    color: str
    symmetric: bool


RELATIONS: tuple[Relation, ...] = (
    Relation("met", "кездесті", "met", "#e377c2", True),
    Relation("leaderOf", "басшысы", "leader of", "#d62728", False),
    Relation("twinnedWith", "бауырлас қала", "twinned with", "#2ca02c", True),
    Relation("cooperatesWith", "ынтымақтасады", "cooperates with", "#1f77b4", True),
    Relation("cooperatesOn", "салада ынтымақтасады", "cooperates on", "#a3a312", False),
    Relation("locatedIn", "орналасқан", "located in", "#8c564b", False),
    Relation("participant", "қатысушы", "participant", "#17becf", False),
    Relation("heldIn", "өткен жері", "held in", "#0e7c86", False),
    Relation("namedAfter", "есімімен аталған", "named after", "#7f7f7f", False),
)
RELATION_BY_IRI = {DKG[r.key]: r for r in RELATIONS}

#: Relations whose subject is an event: they disappear when events collapse into edges.
EVENT_RELATIONS = frozenset({"participant", "heldIn"})

LANG_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English", "tr": "Türkçe",
              "kk-latn": "Qazaqşa", "zh": "中文", "de": "Deutsch", "fr": "Français"}

@functools.lru_cache(maxsize=1)
def sector_labels() -> dict[str, dict[str, str]]:
    """Sector IRI -> {lang: label} from the SKOS scheme, for graphs that use sectors without it.

    A built graph names ``sector:Trade`` but does not carry the vocabulary,
    and the page must still say «Сауда».  Empty when the scheme is not there.
    """
    from kg.resources import ontology_dir

    path = ontology_dir() / "sectors.ttl"
    if not path.exists():
        return {}
    import pyoxigraph as ox

    # read with pyoxigraph: rdflib's Turtle parser took a tenth of the page's time
    out: dict[str, dict[str, str]] = {}
    for quad in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
        if quad.predicate.value == str(SKOS.prefLabel) and isinstance(quad.object, ox.Literal):
            label = quad.object
            out.setdefault(quad.subject.value, {}).setdefault((label.language or "").lower(), label.value)
    return out
