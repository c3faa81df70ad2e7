"""Regions named the way Kazakh names them: a name, then what kind of region it is.

"Түркістан облысы", "Хэйлунцзян провинциясы", "Нинся автономды өлкесі": the
cue word (облысы, ауданы, провинциясы, өлкесі, штаты: the Region cues of
``kg/lang/kk/data/lexicons/cues.tsv``) makes the words before it and itself one region,
never the city or the country of the same name.  Before a plural cue every name
of the list is a region of its own (Ақтөбе және Орынбор облыстары); parts of
the world without a cue come from ``kg/data/gazetteer/regions.tsv``.
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.candidates import CONJUNCTIONS, Candidate
from kg.gazetteer import Gazetteer
from kg.lang.kk.name_evidence import best_keys, has_surname_ending, in_nominative, is_common_word, well_cased
from kg.lexicons import Lexicons
from kg.tokens import keys_of, reading_of

REGION_ADJECTIVES = ("автономды", "автономиялы", "автономиялық", "әкімшілік")  # kinds of region, before the cue


class RegionFinder:
    def __init__(self, gazetteer: Gazetteer, lexicons: Lexicons) -> None:
        self.gaz = gazetteer
        self.lex = lexicons

    def __call__(self, doc: Doc) -> list[Candidate]:
        """Capitalised words before облысы/ауданы/провинциясы name one region with the cue
        (Шығыс Қазақстан облысы, Хэйлунцзян провинциясы); before the plural, so does the
        name joined to them (Ақтөбе және Орынбор облыстары → Ақтөбе облысы, Орынбор облысы).
        The name must be in the nominative: Қазақстанның облыстары are no region of that name."""
        out = []
        for i, cue in enumerate(doc):
            if i == 0 or cue.text[:1].isupper() or "Region" not in self.lex.cue_classes(keys_of(cue)):
                continue  # Америка Құрама Штаттары: a capitalised cue is part of a proper name
            start = self.name_words_before(doc, i)
            adjective = doc[i - 1].text.casefold() in REGION_ADJECTIVES
            if start is None or not (adjective or in_nominative(doc[i - 1])):
                continue
            start, known = self.listed_region(doc, start, i)
            if known:  # Оңтүстік Кавказ аймағы is Оңтүстік Кавказ
                out.append(Candidate(start, i + 1, "Region", (known[0].id,), "gazetteer", priority=4,
                                     label=known[0].kk))
                continue
            reading = reading_of(cue)
            singular = next((self.lex.singular_cue(k) for k in sorted(keys_of(cue)) if self.lex.singular_cue(k)),
                            cue.text)
            plural = reading is not None and reading.number == "Plur"
            if plural and i - start == 1 and self.gaz.lookup([doc[start].text], keys_of(doc[start])) \
                    and any(e.cls == "Country" for e in self.gaz.lookup([doc[start].text], keys_of(doc[start]))):
                continue  # Қазақстан облыстары: the country's regions, none named
            out.append(Candidate(start, i + 1, "Region", (), "cue", priority=4,
                                 label=f"{doc[start:i].text} {singular}"))
            while plural and start >= 2 and doc[start - 1].text.casefold() in CONJUNCTIONS | {","}:
                first = self.name_words_before(doc, start - 1)  # Арал, Қазалы және Сырдария аудандары
                if first is None:
                    break
                out.append(Candidate(first, start - 1, "Region", (), "cue", priority=4,
                                     label=f"{doc[first:start - 1].text} {singular}"))
                start = first
        return out

    def listed_region(self, doc: Doc, start: int, end: int) -> tuple[int, list]:
        """The longest listed region ending at ``end``, reaching back past ``start`` over words
        a name alone would not take (Орталық Азия аймағы: Орталық is a common word); else
        ``start`` and the regions listed under the words from it."""
        for first in range(max(0, end - self.gaz.max_words), end):
            if first >= start or doc[first].text[:1].isupper():
                known = [e for e in self.gaz.lookup([t.text for t in doc[first:end]], keys_of(doc[end - 1]))
                         if e.cls == "Region"]
                if known and (first >= start or all(t.text[:1].isupper() for t in doc[first:start])):
                    return first, known
            if first >= start:
                break
        return start, []

    def name_words_before(self, doc: Doc, end: int, most: int = 3) -> int | None:
        """Start of a region's name ending at ``end``: up to ``most`` bare capitalised words.
        The run stops at what owns or precedes the name rather than being part of it: an
        inflected word (Ресейдің, Федерациясы), an abbreviation (РФ), a surname, a common
        word (Елші, Екі), and a country unless it stands right before the cue (Батыс
        Қазақстан облысы, but Корея | Батыс Қазақстан облысы)."""
        start = end
        if end >= 2 and doc[end - 1].text.casefold() in REGION_ADJECTIVES \
                and self.region_word(doc, end - 2, first=True):
            start = end - 1  # Нинся автономды өлкесі: an adjective of the region's kind before the cue
        while start > 0 and end - start < most and self.region_word(doc, start - 1, first=start == end):
            start -= 1
        return start if start < end and doc[start].text[:1].isupper() else None

    def region_word(self, doc: Doc, i: int, first: bool) -> bool:
        token = doc[i]
        text = token.text
        if not (text[:1].isupper() and any(ch.isalpha() for ch in text)) or (len(text) > 1 and text.isupper()):
            return False
        if not well_cased(text) or self.lex.cue_classes(keys_of(token)):
            return False  # ТАНЫСТЫКеше: a headline glued to the text; Федерациясы: a cue of its own
        reading = reading_of(token)
        if reading is not None and reading.case != "Nom":
            return False
        if has_surname_ending(token, tuple(self.lex.name_parts.get("surname_ending", ()))) \
                and not (first and any(e.cls in ("City", "Region") for e in self.gaz.lookup([text], keys_of(token)))):
            return False  # a surname, unless a listed place stands right before the cue (Псков облысы)
        if is_common_word(best_keys(token)):
            return False
        return first or not any(e.cls == "Country" for e in self.gaz.lookup([text], keys_of(token)))
