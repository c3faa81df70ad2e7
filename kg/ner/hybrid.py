"""KazNERD-style tags from the model and the gazetteers together.

The model knows names it has seen and the contexts names stand in; the
gazetteers know every country and capital in every inflected form, and the
leaders.  A gazetteer place overrides what the model said about the same
tokens (it tags Әзербайжан a PERSON, having never seen it), unless the model
put the place inside a longer name of another kind (Қазақстан халқы
Ассамблеясы, the POSITION Израиль Президенті); a known leader fills in where
the model saw nothing.

KazNERD tags a country or city that owns a title as part of a POSITION
(Қытай басшысы, Қазақстан Республикасының Президенті), so a place in the
nominative or genitive right before a singular title becomes that POSITION
(:func:`position_of`), whoever found the place; and a name in the genitive
before a number of years and an anniversary noun is, with them, an EVENT
(Абайдың жүз жетпіс бес жылдығы: :mod:`kg.lang.kk.anniversary`).  A place
inside an organisation's name is part of that ORGANISATION, and a place that opens a
facility's or a law's name is part of it (Алматы әуежайы, Қазақстан Республикасының
Қылмыстық кодексі); a settlement or a region named by its cue word is a GPE, as KazNERD
spans it (Бесқарағай ауылы: the name; Іле ауданы: the name; Павлодар облысы: name and cue:
``kg/lang/kk/data/kaznerd_heads.tsv``); a word of a place's people (Қырғыз, атыраулық) is a
NORP; a model's GPE of one word the language writes in lower case (Құрамында at a sentence's
start) is no place; a model's GPE that ends like a surname, or opens with a first name, and
that no gazetteer lists is a PERSON (Сейітовтің, Раушанның); a model's PERSON right before the
word for a village or a town is that settlement, a GPE (Дәулет аулында).

>>> from kg.ner.hybrid import HybridTagger
>>> tagger = HybridTagger()
>>> tagger.tags(["Тоқаев", "Әзербайжанға", "барды", "."])
['B-PERSON', 'B-GPE', 'O', 'O']
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from spacy.tokens import Doc, Span

from kg.lang.kk.anniversary import anniversary_end
from kg.lang.kk.place_adjectives import is_place_adjective
from kg.lang.kk.name_evidence import has_surname_ending, is_given_name, surname_only_endings
from kg.ner.conll import Sentence, doc_to_tags, repair_iob, to_doc

PLACE_KINDS = {"Country": "GPE", "City": "GPE"}
LONGER_NAMES = {"ORGANISATION", "FACILITY", "EVENT", "ART", "LAW", "PRODUCT", "LOCATION", "MISCELLANEOUS", "PROJECT"}
OWNER_CASES = frozenset({"Nom", "Gen"})    # Қазақстан / Қазақстанның Президенті; not Бішкекте Президент
NAME_LABELS = frozenset({"PERSON", "GPE", "ORGANISATION", "EVENT", "LOCATION", "FACILITY"})
MAX_TITLE_GAP = 3                          # words between the place and its title: АҚШ Мемлекеттік хатшысы


class HybridTagger:
    def __init__(self, use_ner: bool = True, use_gazetteer: bool = True, model_path: Path | None = None) -> None:
        from kg.lang.kk.pipeline import MODEL_DIR, make_pipeline

        # all of KazNERD's labels; another path scores e.g. a cross-validation fold's model (kg.ner.heldout)
        self.nlp = make_pipeline(use_ner=use_ner, ner_path=model_path or MODEL_DIR)
        self.use_gazetteer = use_gazetteer

    def analyse(self, tokens: Sequence[str]) -> Doc:
        doc = to_doc(self.nlp, list(tokens))
        for _name, component in self.nlp.pipeline:
            doc = component(doc)
        return doc

    def tags(self, tokens: Sequence[str]) -> list[str]:
        doc = self.analyse(tokens)
        if not self.use_gazetteer:
            return doc_to_tags(doc)
        return self.arbitrate(doc)

    def arbitrate(self, doc: Doc) -> list[str]:
        """The model's entities of an analysed ``doc`` with the gazetteer's mentions put in."""
        mentions = list(doc.spans.get("mentions", []))
        ents = self.with_gazetteer(doc, without_common_words(doc, place_adjectives(doc, list(doc.ents)), mentions),
                                   mentions)
        ents = first_names_as_people(doc, surnames_as_people(doc, ents, mentions), mentions)
        ents = with_positions(doc, settlements_as_places(doc, ents), mentions)
        ents = with_anniversaries(doc, with_organisations(doc, with_longer_names(doc, ents), mentions))
        doc.ents = sorted(ents, key=lambda e: e.start)
        return repair_iob(doc_to_tags(doc))

    def with_gazetteer(self, doc: Doc, ents: list[Span], mentions: list[Span]) -> list[Span]:
        tagged = [span for m in mentions if (span := self.gazetteer_span(m)) is not None]
        for mention, label in sorted(tagged, key=lambda f: f[1] != "GPE"):  # places, then leaders
            overlapping = [e for e in ents if e.start < mention.end and mention.start < e.end]
            if any(holds_name(e, mention, mentions) for e in overlapping):
                continue  # inside a longer name the model found (Қазақстан халқы Ассамблеясы, Израиль Президенті)
            if label == "PERSON" and overlapping:
                continue  # the model found something there; a leader's name only fills gaps
            if label == "GPE" and any(holds_place(doc, e, mention) for e in overlapping):
                continue
            kept = [e for e in ents if e not in overlapping]
            for e in (e for e in overlapping if e.label_ == "PERSON"):  # "Тоқаев Әзербайжанға": keep Тоқаев
                kept += [Span(doc, a, b, label=e.label_) for a, b in ((e.start, mention.start), (mention.end, e.end))
                         if a < b]
            for e in (e for e in overlapping if e.label_ == "GPE" and mention.end < e.end):
                if all(t.text[:1].isupper() for t in doc[mention.end:e.end]):  # Ресейдің Краснодар: two places
                    kept.append(Span(doc, mention.end, e.end, label="GPE"))
            ents = kept + [Span(doc, mention.start, mention.end, label=label)]
        return ents

    def gazetteer_span(self, mention: Span) -> tuple[Span, str] | None:
        """The tokens of a mention that KazNERD tags, and the label: a district's name without
        its cue word (Іле ауданы: Іле), any other mention whole."""
        if mention._.source == "cue" and mention._.kind == "Region" and len(mention) > 1 \
                and head_of(mention[-1]) == ("GPE", False):
            return Span(mention.doc, mention.start, mention.end - 1), "GPE"
        label = self.gazetteer_label(mention)
        return (mention, label) if label is not None else None

    @staticmethod
    def gazetteer_label(mention: Span) -> str | None:
        """GPE for a listed country or city, PERSON for a listed leader or a name of two
        words or more shaped like a person's (first name and surname, a patronymic: Гаухар
        Уәлиханованың); one word alone is too weak a shape (Медицина ends like Ильина)."""
        if mention._.source == "shape" and mention._.kind == "Person" and len(mention) > 1:
            return "PERSON"
        if mention._.source == "cue" and mention._.kind == "City":
            # Бесқарағай аулында, Сиань қаласы: a settlement's name before its cue word, which
            # names it with the possessive (not Сапарбаев ауылда: a surname, then "in a village")
            return "GPE" if mention.end < len(mention.doc) and owned(mention.doc[mention.end]) else None
        if mention._.source == "cue" and mention._.kind == "Region" and head_of(mention[-1]) == ("GPE", True):
            return "GPE"  # Павлодар облысы, cue and all
        if mention._.source != "gazetteer":
            return None
        if mention._.kind in PLACE_KINDS:
            return PLACE_KINDS[mention._.kind]
        return "PERSON" if mention._.kind == "Person" else None

    def tag_sentences(self, sentences: Iterable[Sentence]) -> Iterator[Sentence]:
        for sent_id, tokens, _tags in sentences:
            yield sent_id, list(tokens), self.tags(tokens)


def place_adjectives(doc: Doc, ents: list[Span]) -> list[Span]:
    """A GPE the model found that opens with a word of a place's people (Қырғыз сарапшылары,
    Атыраулық Арыстанбек Кенже) is that word, a NORP; the rest of the span, which the model
    read through the place's name, is left to the other sources."""
    from kg.gazetteer import default_gazetteer

    out = []
    for e in ents:
        if e.label_ == "GPE" and is_place_adjective(doc[e.start].text, default_gazetteer()):
            e = Span(doc, e.start, e.start + 1, label="NORP")
        out.append(e)
    return out


def without_common_words(doc: Doc, ents: list[Span], mentions: list[Span]) -> list[Span]:
    """The model's GPE of one word that the language writes in lower case (Құрамында, Үйден at
    a sentence's start) is no place, unless a list or a cue word names it one (Батыр ауылы)."""
    from kg.lang.kk.name_evidence import MIN_USES, best_keys, name_evidence

    evidence = name_evidence()
    places = {i for m in mentions if m._.kind in PLACE_KINDS or m._.kind == "Region" for i in range(m.start, m.end)}
    return [e for e in ents if not (e.label_ == "GPE" and len(e) == 1 and e.start not in places
                                    and any(evidence[k].lower >= MIN_USES for k in best_keys(e[0]) if k in evidence))]


def holds_name(entity: Span, place: Span, mentions: list[Span]) -> bool:
    """The model's longer entity is a name with the place inside: an organisation, a work, an
    event, ... (LONGER_NAMES), or a POSITION that ends in a title (Израиль Президенті; not
    the model's stray Қазақстан АҚШ үшін)."""
    if len(entity) <= len(place):
        return False
    places = {i for m in mentions if m._.source == "gazetteer" and m._.kind in PLACE_KINDS for i in range(m.start, m.end)}
    if all(i in places for i in range(entity.start, entity.end)):
        return False  # Тараздан Қарағандыға: two places the model read as one name
    if entity.label_ == "POSITION":
        return any(m._.kind == "Title" and entity.start <= m.start and m.end == entity.end for m in mentions) \
            or owned(entity[-1])
    return entity.label_ in LONGER_NAMES


def holds_place(doc: Doc, entity: Span, place: Span) -> bool:
    """The model's longer PERSON is right to hold a listed place: a place name in the
    nominative that opens a person's name before a surname is a first name (Дания Еспаева)."""
    if entity.label_ != "PERSON" or not (entity.start == place.start and place.end < entity.end):
        return False
    return uninflected(doc[place.end - 1]) and has_surname_ending(doc[place.end], all_surname_endings())


def bare(token) -> bool:
    """A word with no ending at all (Президент; the last part of Премьер-министр): neither an
    ending the analyser peels nor the possessive's -ы/-і it may keep in the stem (елшісі)."""
    from kg.lang.kk.morphology import default_analyser

    word = token.text.rsplit("-", 1)[-1]
    return not default_analyser().analyse(word).suffixes and not word.casefold().endswith(("ы", "і"))


def owned(token) -> bool:
    """A word with the third person's possessive, as a title owned by a place has (әртісі)."""
    return "3" in token.morph.get("Person[psor]")


def uninflected(token) -> bool:
    return token.morph.get("Case") in ([], ["Nom"])


def with_organisations(doc: Doc, ents: list[Span], mentions: list[Span]) -> list[Span]:
    """A place inside an organisation's name that the language package found by its head noun
    (Павлодар мемлекеттік университеті, Өскемен қаласының әкімдігі) is part of that
    ORGANISATION in KazNERD's scheme; the model's other entities there stand."""
    for org in (m for m in mentions if m._.kind == "Organization" and m._.source == "head"):
        inside = [e for e in ents if e.start < org.end and org.start < e.end]
        if inside and all(e.label_ == "GPE" and org.start <= e.start and e.end <= org.end and len(e) < len(org)
                          for e in inside):
            ents = [e for e in ents if e not in inside] + [Span(doc, org.start, org.end, label="ORGANISATION")]
    return ents


@cache
def name_heads() -> tuple[tuple[str, str, bool], ...]:
    """(stem, label, head inside the span) of the head nouns after a place's name (kaznerd_heads.tsv)."""
    from kg.lang.kk import DATA as KK_DATA

    return tuple((r["stem"], r["label"], r["with_head"] == "1") for r in KK_DATA.read_tsv("kaznerd_heads.tsv"))


def head_of(token) -> tuple[str, bool] | None:
    """The label and the span rule of the name ``token`` heads, if it heads one."""
    word = token.text.casefold()
    return next(((label, whole) for stem, label, whole in name_heads() if word.startswith(stem)), None)


def with_longer_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A place that opens a facility's or a law's name is part of it in KazNERD's scheme (Алматы
    әуежайынан: FACILITY; Қазақстан Республикасының Қылмыстық кодексі: LAW), the capitalised words
    between the place and the head noun included."""
    out = []
    for e in ents:
        end = e.end
        while e.label_ == "GPE" and end < len(doc) and end - e.end < 2 and doc[end].text[:1].isupper():
            end += 1
        # the place names the thing (Шымкенттегі стадион is a stadium in Shymkent), one of them
        # (Сан-Франциско көшелері are streets of the city)
        named = e.label_ == "GPE" and end < len(doc) and doc[e.end - 1].morph.get("Case") in ([], ["Nom"], ["Gen"]) \
            and doc[end].morph.get("Number") != ["Plur"]
        head = head_of(doc[end]) if named else None
        label = head[0] if head is not None and head[0] != "GPE" else None
        if label is not None and not any(o is not e and o.start < end + 1 and e.start < o.end for o in ents):
            e = Span(doc, e.start, end + 1, label=label)
        out.append(e)
    return out


def with_positions(doc: Doc, ents: list[Span], mentions: list[Span]) -> list[Span]:
    """Each place that owns a title turned, with the title, into one POSITION (see :func:`position_of`)."""
    titles = [m for m in mentions if m._.kind == "Title"] + [e for e in ents if e.label_ == "POSITION"]
    for place in sorted((e for e in ents if e.label_ == "GPE"), key=lambda e: e.start):
        position = position_of(doc, place, titles)
        if position is not None and all(e.start >= place.start for e in ents
                                        if e.start < position.end and position.start < e.end):
            ents = [e for e in ents if not (e.start < position.end and position.start < e.end)] + [position]
    return ents


def position_of(doc: Doc, place: Span, titles: Iterable[Span]) -> Span | None:
    """The POSITION a place and the title after it make, or None.

    The place owns the title when it stands in the nominative or the genitive
    (Қытай басшысы, Қазақстанның Премьер-министрі), at most MAX_TITLE_GAP words
    of the title's own name before it (Қазақстан Республикасы Бас прокурорының
    орынбасары) and no punctuation; a plural title is the place's people, not a
    post (Қазақстан депутаттары)."""
    if doc[place.end - 1].morph.get("Case") and doc[place.end - 1].morph.get("Case")[0] not in OWNER_CASES:
        return None
    for title in sorted(titles, key=lambda t: t.start):
        if not place.end <= title.start <= place.end + MAX_TITLE_GAP:
            continue
        if any(not (t.is_alpha or "-" in t.text) for t in doc[place.end:title.end]):
            return None
        if any(t.text[:1].isupper() and "Gen" in t.morph.get("Case") for t in doc[place.end:title.start]):
            return None  # another name owns the title: Қазақстан Орталық Азияның көшбасшысы
        if bare(doc[title.end - 1]):
            return None  # an owned title carries the possessive (Президенті); Президент alone is nobody's
        if "Plur" in doc[title.end - 1].morph.get("Number"):
            return None
        return Span(doc, place.start, title.end, label="POSITION")
    return None


def with_anniversaries(doc: Doc, ents: list[Span]) -> list[Span]:
    """Each name in the genitive followed by an anniversary made, with it, one EVENT."""
    words = [t.text for t in doc]
    for name in sorted(ents, key=lambda e: e.start):
        if name.label_ not in NAME_LABELS or "Gen" not in doc[name.end - 1].morph.get("Case"):
            continue
        end = anniversary_end(words, name.end)
        if end is not None:
            ents = [e for e in ents if not (e.start < end and name.start < e.end)] + \
                [Span(doc, name.start, end, label="EVENT")]
    return ents


def surnames_as_people(doc: Doc, ents: list[Span], mentions: list[Span]) -> list[Span]:
    """A place the model found that no gazetteer lists and that ends like a surname few first
    names share (-ов, -ева, -ұлы: Сейітовтің) is a person: the model, having seen the word's
    case ending after places, took Головкиннің for a town."""
    listed = [m for m in mentions if m._.source == "gazetteer" and m._.kind in PLACE_KINDS]
    out = []
    for e in ents:
        if e.label_ == "GPE" and not any(m.start < e.end and e.start < m.end for m in listed) \
                and has_surname_ending(doc[e.end - 1], strong_surname_endings()):
            e = Span(doc, e.start, e.end, label="PERSON")
        out.append(e)
    return out


def settlements_as_places(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person the model found, of one or two words, right before the word for a village or a
    town (Дәулет аулында, Бірлік аулындағы) is the settlement's name, a GPE in KazNERD's scheme."""
    return [Span(doc, e.start, e.end, label="GPE")
            if e.label_ == "PERSON" and len(e) <= 2 and e.end < len(doc) and head_of(doc[e.end]) == ("GPE", False)
            else e for e in ents]


def first_names_as_people(doc: Doc, ents: list[Span], mentions: list[Span]) -> list[Span]:
    """A place the model found, of one or two words, that opens with a first name (not a
    common word too), that no gazetteer lists and that no place's cue word follows, is a person
    (Раушанның иығына, Брижит Бардо): the model took the case ending for a place's."""
    from kg.lexicons import default_lexicons
    from kg.tokens import keys_of

    cues = default_lexicons().cue_classes
    listed = [m for m in mentions if m._.source == "gazetteer" and m._.kind in PLACE_KINDS]
    out = []
    for e in ents:
        if e.label_ in ("GPE", "LOCATION") and len(e) <= 2 and is_given_name(doc[e.start]) \
                and not any(m.start < e.end and e.start < m.end for m in listed) \
                and not (e.end < len(doc) and cues(keys_of(doc[e.end]))):
            e = Span(doc, e.start, e.end, label="PERSON")
        out.append(e)
    return out


@cache
def all_surname_endings() -> tuple[str, ...]:
    from kg.lexicons import default_lexicons

    return tuple(sorted(default_lexicons().name_parts.get("surname_ending", ())))


@cache
def strong_surname_endings() -> tuple[str, ...]:
    """Endings few first names share, less the Russian adjective's (-ский, -ская), which names
    things after places as often as people (Минская конвенция)."""
    from kg.lexicons import default_lexicons

    adjectives = default_lexicons().name_parts.get("adjective_ending", set())
    return tuple(e for e in surname_only_endings(all_surname_endings()) if e not in adjectives)
