"""What a person's name looks like in Kazakh text, for names no gazetteer holds.

A capitalised run is a person's name by its shape: a surname or a father's name
ending (Тоқаев, Манарбековна), initials before it (Қ.Тоқаев, Дж.Керри), a listed
first name before it (Шарль Жюд), a connector of foreign names (бен, фон), an
epithet after it (Төле би, Абылай хан), a word saying whose name it is
(атындағы, ескерткіші), or a title before it.  The model's person is grown to
the rest of its run, first names join the known surname after them, and
initials join the name they stand before.  :class:`PersonShapes` is a part of
:class:`kg.lang.kk.mentions.MentionFinder`, which gives it ``gaz`` and ``lex``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from kg.candidates import Candidate
from kg.gazetteer import Gazetteer
from kg.lang.kk.name_evidence import (best_keys, has_surname_ending, in_nominative, is_common_word, is_given_name,
                                      is_initial, listed_first_name, surname_only_endings)
from kg.lexicons import Lexicons
from kg.tokens import keys_of, reading_of, texts_of


# A monarch's regnal number before the name (VI Фелипе, І Хуан Карлос, II Абдалла), in Latin
# letters or with the Kazakh І.
REGNAL = re.compile(r"^[IVXІ]{1,4}$")


def is_regnal(token) -> bool:
    return bool(REGNAL.match(token.text))


class PersonShapes:
    gaz: Gazetteer
    lex: Lexicons

    def grown(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """The model's person grown to the capitalised words around it that can only be more
        of the name (Мұстафа | Кемал Ататүрік): no listed place, no cue, no title, no common
        word, no sentence start, at most four words in all.  A surname closes a name
        (Григорий Акулов | Бородулиха), so the name grows past none; a first name that ends
        like one is no surname (Бахауддин Накшбанди)."""
        endings = tuple(self.lex.name_parts.get("surname_ending", ()))

        def surname(i: int) -> bool:
            return self.has_surname_ending(doc[i], endings) and not is_given_name(doc[i])

        def more_of_name(i: int) -> bool:
            token = doc[i]
            keys = keys_of(token)
            return self.is_name_word(doc, i) and not token.is_sent_start and not is_common_word(best_keys(token)) \
                and not self.gaz.lookup([token.text], keys) and not self.lex.cue_classes(keys) \
                and not any(self.lex.titles.index.get((k,)) for k in keys)
        while end - start < 4 and start > 0 and more_of_name(start - 1) and not surname(start - 1):
            start -= 1
        while end - start < 4 and end < len(doc) and in_nominative(doc[end - 1]) and more_of_name(end) \
                and not surname(end - 1):
            end += 1
        return start, end

    def name_shapes(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """Capitalised runs that look like a person's name: a patronymic or a
        surname ending, initials before it (Э.Фаталиев), a connector of foreign names (бин, фон), or a run right
        after a title in the nominative (Президент Тоқаев, Әмірі шейх Тамим)."""
        # the model's spans and country adjectives may be parts of a longer name (Мұхаммед бин Салман Әл Сауд)
        taken = {i for c in found if c.source != "ner" and c.kind != "CountryAdj" for i in range(c.start, c.end)}
        after_title = {self.lex.past_honorifics(doc, c.end) for c in found
                       if c.kind == "Title" and self.in_nominative(doc[c.end - 1])}
        # Королі VI Фелипе: a regnal number after a title is evidence enough for one word
        numbered = {i + 1 for i in after_title if i < len(doc) and is_regnal(doc[i])}
        patronymics = self.lex.name_parts.get("patronymic", set())
        endings = tuple(self.lex.name_parts.get("surname_ending", ()))
        fathers = tuple(self.lex.name_parts.get("patronymic_ending", ()))
        strong = tuple(e for e in surname_only_endings(tuple(sorted(endings))) if e not in fathers)

        def surname_at(k: int) -> bool:
            return self.has_surname_ending(doc[k], strong)
        cues_after = self.lex.name_parts.get("name_cue", set()) | self.lex.name_parts.get("honorific", set())
        # a one-word place the gazetteer knows may be part of a name after a title (вице-консулы
        # Гао Чэн, орынбасары Дың Сиан Лиң: Gao, Xi'an), not after a surname nor with a case
        # ending (Елшісі Болат Сүгірбаев | Куала-Лумпур мэрі, Андрэ Карстенс | Астананың)
        syllables = {c.start for c in found if c.kind == "City" and c.source == "gazetteer" and c.end - c.start == 1
                     and in_nominative(doc[c.start]) and not (c.start > 0 and surname_at(c.start - 1))}
        out = []
        i = 0
        while i < len(doc):
            soft = taken - syllables if i in after_title else taken
            if i in soft or not self.is_name_word(doc, i):
                i += 1
                continue
            j, joined = self.name_run(doc, i, soft)
            through_place = j - i >= 2 and any(k in taken for k in range(i, j))
            surnames = [k for k in range(i, j) if self.has_surname_ending(doc[k], endings)]
            if not joined and surnames and surnames[-1] < j - 1 and surnames[-1] > i \
                    and is_common_word(best_keys(doc[surnames[-1] + 1])):
                j = surnames[-1] + 1  # a surname ends the name: Асқар Мамин | Ауыл шаруашылығы, not Бахауддин Накшбанди
            if not joined and is_given_name(doc[i]):  # Григорий Акулов | Бородулиха: a first name, then its surname
                j = next((k + 1 for k in range(i + 1, j - 1) if self.has_surname_ending(doc[k], strong)), j)
            if j < len(doc) and keys_of(doc[j]) & patronymics and j - i >= 1:
                j += 1
            epithet = self.epithet(doc, j) if j - i <= 2 else None
            j += epithet is not None
            last = doc[j - 1]
            surname = self.has_surname_ending(last, endings)
            named_after = j < len(doc) and bool(keys_of(doc[j]) & cues_after)
            initialled = i >= 2 and is_initial(doc, i - 2)
            # Шарль Жюдтің, Ян Цзечимен: a first name says the capitalised word after it is a surname
            # a first name that is a common word too names a person when capitalised in mid-sentence
            # before a word the language never writes in lower case (Еркін Жуасбек)
            first = is_given_name(doc[i]) or (listed_first_name(doc[i]) and not doc[i].is_sent_start
                                               and j - i == 2 and not is_common_word(best_keys(doc[i + 1])))
            given = 2 <= j - i <= 3 and first and not self.is_place(doc, j)
            looks_like_name = (
                surname
                or joined
                or initialled
                or epithet is not None
                or given
                or named_after
                or bool(keys_of(doc[j - 1]) & patronymics)
                or (i in after_title and 2 <= j - i <= 4 and not self.is_place(doc, j))
                or (i in numbered and j - i <= 3 and not self.is_place(doc, j)
                    and not is_common_word(best_keys(doc[i])))  # not "VIII Саммиті"
            )
            looks_like_name = looks_like_name and not self.lex.cue_classes(keys_of(last))  # Алтай Республикасы
            if looks_like_name and not (j - i == 1 and i == doc[i].sent.start and i not in after_title | numbered
                                        and not surname and not named_after):
                # a cue word is stronger evidence than the model's guess (Құрманғазы атындағы ... орталығы)
                # a father's name ending (Манарбековна, Сәрсенқызы) marks a person whatever the model says
                fathers_name = last.text.casefold().endswith(fathers) and len(last.text) > 5
                sure = named_after or joined or initialled or epithet is not None or fathers_name
                priority = 3 if through_place else 2 if sure else 1  # over the place's own candidate
                out.append(Candidate(i, j, "Person", (), "shape", priority=priority, title=epithet or None))
            i = j
        return out

    def epithet(self, doc: Doc, j: int) -> dict[str, str] | None:
        """Төле би, Абылай ханның: a lower-case word after a name that is part of it (name_parts.tsv);
        a ruler's (хан) makes him a Leader, with no country the text need name."""
        if j >= len(doc) or not doc[j].text[:1].islower() or self.names_a_place(doc, j):
            return None
        keys = keys_of(doc[j])
        if keys & self.lex.name_parts.get("ruler_epithet", set()):
            return {"role": "ruler", "leader": "1"}
        return {} if keys & self.lex.name_parts.get("epithet", set()) else None

    @staticmethod
    def names_a_place(doc: Doc, j: int) -> bool:
        """Жошы хан тарихи-мәдени кешені, Абылай хан даңғылы: a name in the nominative before a
        possessed noun (one adjective may stand between) names the thing, not the person."""
        if not in_nominative(doc[j]):
            return False
        for token in doc[j + 1:j + 3]:
            reading = reading_of(token)
            if not (token.is_alpha or "-" in token.text) or not token.text[:1].islower():
                return False
            if reading is not None and reading.possessive:
                return reading.possessive == "3"  # not Төле би бабамыздың (our forefather's) мазары
        return False

    def name_run(self, doc: Doc, i: int, taken: set[int]) -> tuple[int, bool]:
        """End of the capitalised run starting at ``i``, and whether a connector of
        foreign names joined it (Мұхаммед бин Салман Әл Сауд, Мишааль әл-Ахмед әс-Сабах)."""
        connectors = self.lex.name_parts.get("connector", set())
        j, joined = i, False
        while j < len(doc) and j not in taken and j - i < (7 if joined else 4):
            if j > i and is_initial(doc, j):
                break  # Е.Ыдырысов | Дж.Керриді: an initial opens the next name
            if self.is_name_word(doc, j):
                joined = joined or doc[j].text[:1].islower()
                j += 1
            elif (j > i and j + 1 < len(doc) and doc[j].text in connectors and j + 1 not in taken
                  and self.is_name_word(doc, j + 1)
                  and not (self.kazakh_and(doc[j - 1].text, doc[j].text) and not self.lineage_goes_on(doc, j + 2))):
                joined = True
                j += 2
            else:
                break
        return j, joined

    @staticmethod
    def kazakh_and(before: str, word: str) -> bool:
        """бен is Kazakh "and" after ж and з (Париж бен Берлин), a name's "son of" elsewhere."""
        return word == "бен" and before[-1:].casefold() in "жз"

    def lineage_goes_on(self, doc: Doc, k: int) -> bool:
        """After "X бен Y", another connector or an Arabic article (бен, бин, Әл, әл-Сауд): a
        chain of "son of" (Әбдел Азиз бен Сауд бен Наиф, Абдулазиз бен Салман Әл Сауд), not
        the Kazakh "and" that бен is after ж and з."""
        if k >= len(doc):
            return False
        word = doc[k].text.casefold()
        particles = self.lex.name_parts.get("particle", set())
        return word in self.lex.name_parts.get("connector", set()) or word in particles \
            or ("-" in word and word.partition("-")[0] in particles)

    in_nominative = staticmethod(in_nominative)
    has_surname_ending = staticmethod(has_surname_ending)

    def is_place(self, doc: Doc, end: int) -> bool:
        """A run ending in the locative or ablative, or followed by a cue word, names a place
        (or an organisation: Bloomberg Media Group компаниясының); not an ending that would
        leave a stem of two letters (Хакан Фидан is no Фи-дан)."""
        reading = reading_of(doc[end - 1])
        if reading is not None and reading.case in ("Loc", "Abl") and len(reading.lemma) >= 3:
            return True
        return end < len(doc) and any(c != "Country" for c in self.lex.cue_classes(keys_of(doc[end])))

    def is_name_word(self, doc: Doc, i: int) -> bool:
        """Capitalised, not an abbreviation, and in Cyrillic (Latin names in Kazakh text
        are brands); or an Arabic article joined to a capitalised part (әл-Ахмед)."""
        text = texts_of(doc)[i]
        if "-" in text:
            particle, _hyphen, rest = text.partition("-")
            if particle in self.lex.name_parts.get("particle", ()):
                text = rest
        return (text[:1].isupper() and not text.isupper() and any(ch.isalpha() for ch in text)
                and not text.isascii())


    def joined_names(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """First names (and a patronymic) found by shape right before a known surname are
        one name (Нұрсұлтан Абишевич | Назарбаев, Реджеп Тайып | Ердоғанмен), and so is a
        listed first name alone before it (Азамат | Әлиев: resolution tells whether the name is
        the listed person's, :mod:`kg.identity.people`); a name that ends in a surname of its
        own stays apart (Хикмет Гаджиев | Путинмен), and so does a known full name (Тамим бин
        Хамад Әл Тани | Қасым-Жомарт Тоқаевты)."""
        patronymic = tuple(self.lex.name_parts.get("patronymic_ending", ()))
        surname = tuple(self.lex.name_parts.get("surname_ending", ()))
        out: list[Candidate] = []
        for c in chosen:
            prev = out[-1] if out else None
            last = doc[prev.end - 1].text.casefold() if prev is not None else ""
            if (prev is not None and prev.end == c.start and c.kind == prev.kind == "Person"
                    and c.source == "gazetteer" and prev.source != "gazetteer" and c.end - c.start == 1
                    and (last.endswith(patronymic) or not last.endswith(surname))):
                out[-1] = Candidate(prev.start, c.end, "Person", c.refs, "gazetteer", c.priority)
                continue
            if c.kind == "Person" and c.source == "gazetteer" and c.end - c.start == 1 and c.start > 0 \
                    and (prev is None or prev.end < c.start) and doc[c.start - 1].text[:1].isupper() \
                    and doc[c.start - 1].is_alpha and is_given_name(doc[c.start - 1]):
                c = replace(c, start=c.start - 1)  # Азамат | Әлиев: a first name is part of the name
            out.append(c)
        return out

    @staticmethod
    def with_initials(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """A person's name takes the initials before it (Қ.Тоқаев, Қ.-Ж. Тоқаев, А.Смағұлов), and a
        monarch's regnal number (VI Фелипе)."""
        out: list[Candidate] = []
        for c in chosen:
            start = c.start
            while c.kind == "Person" and start >= 2 and is_initial(doc, start - 2):
                start -= 2
            if c.kind == "Person" and start >= 1 and is_regnal(doc[start - 1]) \
                    and not is_common_word(best_keys(doc[start])) \
                    and not any(o.start <= start - 1 < o.end for o in out):
                start -= 1
            if start != c.start:
                out = [o for o in out if o.end <= start]
                c = replace(c, start=start)
            out.append(c)
        return out
