"""Places by the words beside them in Russian text: cue words (город Лион, Туркестанская
область), the head noun of the tagger's place of several words, and the listed towns a
person's name may run on from.  The steps of :class:`kg.lang.ru.mentions.MentionFinder`
that read them.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.candidates import Candidate
from kg.lang.ru.morphology import lemma_key, parses
from kg.lang.ru.name_filter import common_word, surname_shaped
from kg.lang.ru.names import is_adjective
from kg.lang.ru.organizations import NOT_ENTITIES, head_row
from kg.lexicons import Lexicons
from kg.tokens import keys_of


class PlaceCues:
    """Place steps; ``names`` is the finder's :class:`kg.lang.ru.mentions.RussianNames`."""

    lex: Lexicons
    names: object

    def without_place_word(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """A person's name of three words or more that the tagger ran on from a place the
        gazetteer lists (акима города Кентау Даурена Махажанова) starts after the place; two
        words are left for the name itself, and a first name that is also a town's (Лариса)
        stays."""
        words = [t for t in doc[start:end] if t.is_alpha and len(t) > 1]
        if len(words) >= 3 and words[0].i == start and self.place_word(doc[start]):
            return start + 1, end
        return start, end

    def place_word(self, token) -> bool:
        """A place the gazetteer lists and no first name (Лариса is also Larissa)."""
        return any(e.cls in ("City", "Country", "Region") for e, _name in self.names.lookup([], keys_of(token))) \
            and not any("Name" in p.tag for p in parses(token.text))

    def place_kind(self, doc: Doc, start: int, end: int) -> str | None:
        """City, Country or Region from a cue word beside a place name (город Лион, Туркестанская
        область), else City; None for seas and rivers."""
        for i in (end, start - 1, end - 1):
            if 0 <= i < len(doc):
                classes = self.lex.cue_classes(keys_of(doc[i]))
                if classes:
                    return classes[0] if classes[0] in ("City", "Country", "Region") else None
        return "City"

    def by_head_noun(self, doc: Doc, ent: Span, kind: str) -> str | None:
        """What the tagger's place of several words is by its head noun, the first word that is
        no adjective: a place cue or a name (Южный Кавказ, Кадамжайский район) keeps it a place;
        a body's class noun makes it that body (Усть-Ишимский районный суд); a noun the
        dictionary knows only as a common word names no place (Парадная лестница,
        Транскаспийский маршрут).  A span that is the cue word alone (Штатов) is no name."""
        words = [t for t in ent if t.is_alpha or "-" in t.text]
        if len(words) == 1 and self.lex.cue_classes(keys_of(words[0])):
            return None
        if len(words) < 2:
            return kind
        head = next((t for t in words if not is_adjective(t.text)), None)
        if head is None or self.lex.cue_classes(keys_of(head)):
            return kind
        row = head_row(head, any_number=True)
        if row is not None and row["group"] not in NOT_ENTITIES:
            return "Organization"
        last = head.text.rsplit("-", 1)[-1]  # Экс-акиму: the noun after a prefix
        if last.isalpha() and (common_word(last) or self.lex.titles.values_for([lemma_key(last)])):
            return None  # Экс-акиму Заречного: a title's holder, the town his
        return kind

    def cued(self, doc: Doc, start: int, end: int) -> bool:
        """A cue word stands beside the name (порт Курык, село Шамалган)."""
        return any(0 <= i < len(doc) and self.lex.cue_classes(keys_of(doc[i])) for i in (end, start - 1, end - 1))

    def places_by_cue(self, doc: Doc) -> list[Candidate]:
        """A capitalised word after город/г. is a city, listed or not (в городе Лион), unless it
        opens a person's name, the tagger's or a first name before a surname of the Russian
        pattern (хоким города Эркинжон Турдимов: the holder's name, the town left unsaid)."""
        people = {ent.start for ent in doc.ents if ent.label_ == "PERSON" and sum(t.is_alpha for t in ent) >= 2}
        out = []
        for i in range(1, len(doc)):
            if not self.is_name_word(doc, i) or i in people:
                continue
            classes = self.lex.cue_classes(keys_of(doc[i - 1]))
            if "City" in classes and not doc[i - 1].text[:1].isupper():
                if i + 1 < len(doc) and self.is_name_word(doc, i + 1) and surname_shaped(doc[i + 1].text):
                    out.append(Candidate(i, i + 2, "Person", (), "shape", priority=2))  # хоким города Эркинжон Турдимов
                else:
                    out.append(Candidate(i, i + 1, "City", (), "cue", priority=2))
        return out

    @staticmethod
    def is_name_word(doc: Doc, i: int) -> bool:
        text = doc[i].text
        return text[:1].isupper() and not text.isupper() and text.isalpha() and not text.isascii()
