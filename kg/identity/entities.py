"""What resolution makes of a document's mentions: its entities, the titles they hold, and
which entity each mention names.  The records are shared by the resolver's parts
(:mod:`kg.identity.resolve`, :mod:`kg.identity.people`, :mod:`kg.identity.titles`) and read
by the stages after it."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from kg.gazetteer import Entry

HEAD_OF_STATE = {"president", "head-of-state", "leader", "first-president", "king", "emir", "sultan",
                 "supreme-leader"}
HEAD_OF_GOVERNMENT = {"prime-minister", "chancellor"}
FOLDERS = {"Country": "country", "City": "city", "Region": "region", "Leader": "person", "Person": "person",
           "Organization": "org"}


# Offices the home country (a republic) has not: a bare "Король" is some monarch, not Kazakhstan's leader.
MONARCHS = frozenset({"king", "emir", "sultan"})


@dataclass
class Role:
    """A title a person holds in the text: "Әзербайжан Президенті" → president of Azerbaijan."""

    role: str
    country: str | None
    leader: bool
    former: bool
    span: Span
    home: bool = False  # the country is the home country only because the title was bare


@dataclass
class Entity:
    key: str
    cls: str
    label: str
    entry: Entry | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)

    @property
    def is_leader(self) -> bool:
        return self.cls == "Leader"


@dataclass
class Resolution:
    """What each mention refers to: an entity key, or several for "қазақ-әзербайжан"."""

    entities: dict[str, Entity] = field(default_factory=dict)
    refers_to: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)

    def keys_of(self, span: Span) -> tuple[str, ...]:
        return self.refers_to.get((span.start, span.end), ())

    def entity_of(self, span: Span) -> Entity | None:
        keys = self.keys_of(span)
        return self.entities.get(keys[0]) if len(keys) == 1 else None


# Dashes that may set a list of names apart from its title (Президенты A и B – X и Y –).
DASHES = frozenset({"-", "–", "—"})


def role_group(role: str) -> str:
    if role in HEAD_OF_GOVERNMENT:
        return "government"
    return "state" if role in HEAD_OF_STATE else role
