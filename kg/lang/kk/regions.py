"""Regions named the way Kazakh names them: a name, then what kind of region it is.

"Түркістан облысы", "Хэйлунцзян провинциясы", "Нинся автономды өлкесі": the
cue word (облысы, ауданы, провинциясы, өлкесі, штаты: the Region cues of
``kg/lang/kk/data/lexicons/cues.tsv``) makes the words before it and itself one region,
never the city or the country of the same name.  Before a plural cue every name
of the list is a region of its own (Ақтөбе және Орынбор облыстары); parts of
the world without a cue come from ``kg/data/gazetteer/regions.tsv``.
"""
from __future__ import annotations

from functools import cached_property

from spacy.tokens import Doc

from kg.candidates import CONJUNCTIONS, Candidate
from kg.gazetteer import Gazetteer
from kg.lang.kk.name_evidence import best_keys, has_surname_ending, in_nominative, is_common_word, well_cased
from kg.lexicons import Lexicons
from kg.tokens import all_keys, keys_of, reading_of, texts_of

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
        keys = all_keys(doc)
        for i, text in enumerate(texts_of(doc)):
            if i == 0 or text[:1].isupper() or "Region" not in self.lex.cue_classes(keys[i]):
                continue  # Америка Құрама Штаттары: a capitalised cue is part of a proper name
            cue = doc[i]
            possessive = self.possessive_cue(cue)
            start = self.name_words_before(doc, i, possessive=possessive)
            adjective = doc[i - 1].text.casefold() in REGION_ADJECTIVES
            if start is None or not (adjective or in_nominative(doc[i - 1])
                                     or (possessive and self.misread_name(doc[i - 1]))):
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
            alone = any(v.get("alone") == "1" for k in keys_of(cue) for v in self.lex.cues.values_for([k]))
            out.append(Candidate(start, i + 1, "Region", (), "cue", priority=4, label=f"{doc[start:i].text} {singular}",
                                 alt_names=(doc[start:i].text,) if alone else ()))
            while plural and start >= 2 and doc[start - 1].text.casefold() in CONJUNCTIONS | {","}:
                first = self.name_words_before(doc, start - 1, possessive=possessive)  # Арал, Қазалы және Сырдария
                if first is None:
                    break
                out.append(Candidate(first, start - 1, "Region", (), "cue", priority=4,
                                     label=f"{doc[first:start - 1].text} {singular}",
                                     alt_names=(doc[first:start - 1].text,) if alone else ()))
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

    def possessive_cue(self, cue) -> bool:
        """The cue has the possessive (облысы, провинциясынан, аудандарында): the words before it
        are the name of the region, and only the cue takes the case ending."""
        reading = reading_of(cue)
        return reading is not None and (reading.possessive is not None or reading.nominative.casefold()
                                        in self.possessive_cues)

    @cached_property
    def possessive_cues(self) -> set[str]:
        words = {word for (word,), values in self.lex.cues.index.items() if any(v["class"] == "Region" for v in values)}
        return {form for w in words if (form := self.lex.singular_cue(w))}

    def misread_name(self, token) -> bool:
        """A name before a possessive cue stays bare (Жарма ауданы, Тоқылауын болысы), so a case
        the analyser reads in it (Жарма as Жарм + dative) is the name's own letters, unless the
        word is a listed name with that ending (Астанаға) or the genitive of an owner
        (Қазақстанның облыстары)."""
        reading = reading_of(token)
        return reading is not None and reading.case != "Gen" and not self.gaz.lookup([token.text], keys_of(token))

    def name_words_before(self, doc: Doc, end: int, most: int = 3, possessive: bool = False) -> int | None:
        """Start of a region's name ending at ``end``: up to ``most`` bare capitalised words.
        The run stops at what owns or precedes the name rather than being part of it: an
        inflected word (Ресейдің, Федерациясы), an abbreviation (РФ), a surname, a common
        word (Елші, Екі), and a country unless it stands right before the cue (Батыс
        Қазақстан облысы, but Корея | Батыс Қазақстан облысы); and nothing before a listed
        city's or region's name right before the cue is part of it (Рахмат Прамоно | Түркістан
        облысы: a person, then the region)."""
        start = end
        if end >= 2 and doc[end - 1].text.casefold() in REGION_ADJECTIVES \
                and self.region_word(doc, end - 2, first=True):
            start = end - 1  # Нинся автономды өлкесі: an adjective of the region's kind before the cue
        while start > 0 and end - start < most and self.region_word(doc, start - 1, first=start == end,
                                                                    possessive=possessive):
            start -= 1
            if start == end - 1 and self.listed_place(doc[start]):
                break
        return start if start < end and doc[start].text[:1].isupper() else None

    def listed_place(self, token) -> bool:
        """A listed city or region: a country's name may follow a word of direction (Батыс
        Қазақстан облысы)."""
        return any(e.cls in ("City", "Region") for e in self.gaz.lookup([token.text], keys_of(token)))

    def region_word(self, doc: Doc, i: int, first: bool, possessive: bool = False) -> bool:
        token = doc[i]
        text = token.text
        if not (text[:1].isupper() and any(ch.isalpha() for ch in text)) or (len(text) > 1 and text.isupper()):
            return False
        if not well_cased(text) or self.lex.cue_classes(keys_of(token)):
            return False  # ТАНЫСТЫКеше: a headline glued to the text; Федерациясы: a cue of its own
        if any(self.lex.titles.index.get((k,)) for k in keys_of(token)):
            return False  # Елші | Қазақ ауданынан: a title opening the sentence is no part of the name
        reading = reading_of(token)
        if reading is not None and reading.case != "Nom" and not (first and possessive and self.misread_name(token)):
            return False
        if has_surname_ending(token, tuple(self.lex.name_parts.get("surname_ending", ()))) and not (first and (
                possessive or any(e.cls in ("City", "Region") for e in self.gaz.lookup([text], keys_of(token))))):
            return False  # a surname, unless a listed place or any name stands right before the
            # possessive cue (Псков облысы, Хэйлунцзян провинциясы: no person names a region so)
        if is_common_word(best_keys(token)) and not (first and possessive and not token.is_sent_start):
            return False  # Жарма ауданы: in mid-sentence the capital letter makes a common word a name
        return first or not any(e.cls == "Country" for e in self.gaz.lookup([text], keys_of(token)))
