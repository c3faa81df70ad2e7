"""Places by the words beside them in Russian text: cue words (город Лион, Туркестанская
область) and the towns whose cue word stands before a holder's name.  The steps of
:class:`kg.lang.ru.mentions.MentionFinder` that read them.
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.candidates import Candidate
from kg.lang.ru.name_filter import surname_shaped
from kg.lexicons import Lexicons
from kg.tokens import keys_of


class PlaceCues:
    """Place steps of the finder."""

    lex: Lexicons

    def place_kind(self, doc: Doc, start: int, end: int) -> str | None:
        """City, Country or Region from a cue word beside a place name (город Лион, Туркестанская
        область), else City; None for seas and rivers."""
        for i in (end, start - 1, end - 1):
            if 0 <= i < len(doc):
                classes = self.lex.cue_classes(keys_of(doc[i]))
                if classes:
                    return classes[0] if classes[0] in ("City", "Country", "Region") else None
        return "City"

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
