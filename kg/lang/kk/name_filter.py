"""Which candidates are names: the evidence beyond a capital letter.

A headline or a sentence start capitalises any word, and the model and the
shape of names propose what only looks like a name: figures and clock times,
sentence-initial adverbs (Әлбетте, Әлгінде), common words (Саммит, Келіссөз),
discourse words swallowed by a name (Сондай-ақ | Тоқаев), words of address
(Си мырза, Ұлы Мәртебелі), a word cut at the end of an excerpt, a word naming a
thing by the noun after it (Қопа көлі), a page's label on a line of its own.
The evidence is how the language writes the word (:mod:`kg.lang.kk.name_evidence`),
how this very text writes it, its case, and what stands around it.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg.candidates import Candidate
from kg.lang.kk.name_evidence import (SHORT_WORD_USES, best_keys, has_surname_ending, in_nominative, is_common_word,
                                      given_names, is_given_name, is_never_name, listed_first_name, name_evidence, surname_only_endings,
                                      well_cased)
from kg.lexicons import Lexicons
from kg.tokens import keys_of, reading_of, text_of, texts_of

ADJECTIVE_SUFFIXES = ("лық", "лік", "дық", "дік", "тық", "тік")  # Гастрольдік, Түркітілдес is no name alone


def mostly_adjective(token) -> bool:
    """A derived adjective (-лық, -тік) the language writes in lower case more often than
    inside names: no part of a person's name."""
    if not token.text.casefold().endswith(ADJECTIVE_SUFFIXES):
        return False
    evidence = name_evidence()
    return any(evidence[k].lower > evidence[k].in_names for k in best_keys(token) if k in evidence)


class NameFilter:
    def __init__(self, lexicons: Lexicons) -> None:
        self.lex = lexicons

    def __call__(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        return self.real_names(doc, chosen)

    @staticmethod
    def lower_in_doc(doc: Doc) -> set[str]:
        """Words (and their best lemmas) the text itself writes in lower case."""
        if "lower_words" not in doc.user_data:
            doc.user_data["lower_words"] = {k for i, text in enumerate(texts_of(doc))
                                            if text[:1].islower() and doc[i].is_alpha for k in best_keys(doc[i])}
        return doc.user_data["lower_words"]

    def real_names(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """Drop what only a capital letter made a name: a headline's or a sentence's first
        word (Келіссөз, Саммит, Әлбетте), figures and clock times; strip discourse words
        that a name run swallowed (Сондай-ақ | Тоқаев, Осылайша | Нұрлан Нығматулин)."""
        lower_in_doc = self.lower_in_doc(doc)
        out = []
        cut = self.cut_word(doc)
        for c in chosen:
            c = self.trimmed(doc, c)
            if c is not None and cut is not None and c.start < cut < c.end and c.source != "gazetteer" \
                    and self.starts_a_longer_word(doc, cut):
                c = replace(c, end=cut)  # Қасым-Жомарт Тоқ|: the words before the cut still name him
            if c is None or (cut is not None and c.start == cut and c.source != "gazetteer"):
                continue  # an excerpt cut in mid-word: its last word is no name
            if c.kind in ("Title", "CountryAdj", "Country"):
                out.append(c)
                continue
            if c.source != "gazetteer" and not self.name_like(doc, c):
                continue
            start = c.start
            while start < c.end - 1 and doc[start].text.replace("-", "").isalpha() \
                    and (len(doc[start]) > 2 or (len(doc[start]) == 2  # А.Лукашенко: an initial stays
                                                 and is_never_name(best_keys(doc[start]), SHORT_WORD_USES))) \
                    and ((is_never_name(best_keys(doc[start])) and not self.opens_organization(doc, c, start)
                          and not self.first_name_of_surname(doc, c, start)
                          and not self.first_after_title(doc, c, start))
                         or self.place_before_person(doc, c, start) or self.title_before_person(doc, c, start)
                         or self.honorific(doc, c, start)):
                start += 1
            end = c.end
            while end - 1 > start and self.honorific(doc, c, end - 1):
                end -= 1  # Си мырза: the honorific says who he is, it is not his name
            if (start, end) != (c.start, c.end):
                if not doc[start].text[:1].isupper():
                    continue
                c = replace(c, start=start, end=end)
            if self.only_address(doc, c):
                continue
            if c.end - c.start == 1 and (self.common_word(doc, c, lower_in_doc) or self.names_a_thing(doc, c)):
                continue
            out.append(c)
        return [part for c in out for part in self.two_surnames(doc, c)]

    def two_surnames(self, doc: Doc, c: Candidate) -> list[Candidate]:
        """Захарова | Врублевскийдің: two words that both end like surnames and like no first
        name (not Камалтин), neither a father's name, are two people, the first named in the
        nominative."""
        if c.kind != "Person" or c.source == "gazetteer" or c.end - c.start != 2 or not in_nominative(doc[c.start]):
            return [c]
        parts = self.lex.name_parts
        endings = surname_only_endings(tuple(sorted(parts.get("surname_ending", ()))))
        fathers = tuple(parts.get("patronymic_ending", ()))
        if all(has_surname_ending(t, endings) and not is_given_name(t) and not t.text.casefold().endswith(fathers)
               and t.text[:1].isupper() for t in doc[c.start:c.end]):
            return [replace(c, end=c.start + 1), replace(c, start=c.start + 1)]
        return [c]

    def first_name_of_surname(self, doc: Doc, c: Candidate, i: int) -> bool:
        """Қуаныш | Оралбаевтың: a first name that is a common word too (қуаныш, joy) before a
        surname is the name's first word, not a discourse word, when it is listed or written
        with a capital in mid-sentence (a discourse word capitalised opens its sentence)."""
        if c.kind != "Person" or i + 1 >= c.end:
            return False
        endings = tuple(self.lex.name_parts.get("surname_ending", ()))
        if listed_first_name(doc[i]) and not doc[i].is_sent_start and c.end - c.start == 2 \
                and not is_common_word(best_keys(doc[i + 1])):
            return True  # Еркін Жуасбек: a listed first name, capitalised mid-sentence, before a name word
        return (doc[i].text.casefold() in given_names() or not doc[i].is_sent_start) \
            and has_surname_ending(doc[i + 1], endings)

    def first_after_title(self, doc: Doc, c: Candidate, i: int) -> bool:
        """хатшысы Ма Синжуй: a word capitalised in mid-sentence right after a title opens the
        holder's name, though the language writes it as a particle (ма) elsewhere."""
        return c.kind == "Person" and i == c.start and i > 0 and not doc[i].is_sent_start \
            and doc[i].text[:1].isupper() and any(self.lex.titles.index.get((k,)) for k in keys_of(doc[i - 1]))

    @staticmethod
    def opens_organization(doc: Doc, c: Candidate, i: int) -> bool:
        """Республикалық | халық партиясы, (Сарапшылар) Кеден | одағы: an adjective, or a word
        capitalised in mid-sentence, opening a name found by its head noun is the name's
        first word, not a discourse word."""
        return c.kind == "Organization" and c.source == "head" and i == c.start \
            and (doc[i].text.casefold().endswith(ADJECTIVE_SUFFIXES) or not doc[i].is_sent_start)

    @staticmethod
    def place_before_person(doc: Doc, c: Candidate, i: int) -> bool:
        """Бұхарадағы | Бахауддин Накшбанди: a word of place (-дағы) opens no person's name."""
        return c.kind == "Person" and doc[i].text.casefold().endswith(("дағы", "дегі", "тағы", "тегі"))

    def honorific(self, doc: Doc, c: Candidate, i: int) -> bool:
        """Мырза Си, Си мырза, Ұлы Мәртебелі: a word of address (name_parts.tsv, modifiers.tsv)
        is no part of a person's name."""
        keys = keys_of(doc[i])
        return c.kind == "Person" and (bool(keys & self.lex.name_parts.get("honorific", set()))
                                       or any(self.lex.is_modifier(k, "honorific") for k in keys))

    def only_address(self, doc: Doc, c: Candidate) -> bool:
        """Ұлы Мәртебелі: nothing of the name is left but a word of address or of lineage."""
        parts = self.lex.name_parts
        return c.kind == "Person" and all(
            self.honorific(doc, c, i) or keys_of(doc[i]) & parts.get("patronymic", set()) for i in range(c.start, c.end))

    def title_before_person(self, doc: Doc, c: Candidate, i: int) -> bool:
        """Төрайымы | Дариға Назарбаева, Генерал-полковник | Руслан Жақсылықов: a title or a rank
        is the person's role, not a part of the name."""
        return c.kind == "Person" and any(self.lex.titles.index.get((k,)) for k in keys_of(doc[i]))

    def names_a_thing(self, doc: Doc, c: Candidate) -> bool:
        """Қопа көлінің, Нанкай шұңқырында, Қадір түні, Ислам әлемі: a bare word the model took
        for a person or a town, right before a common noun with the possessive ending, names
        what that noun is (a lake, a trough, a night, a world).  A surname (Бақауов
        басшылығымен), a title (әкімі), or a word saying whose name it is (атындағы, мырза)
        leaves it a person.  Before a person's name a lower-case word or two may stand between
        (Транскаспий халықаралық көлік бағыты): a possessor would be in the genitive."""
        if c.kind not in ("Person", "City") or c.source in ("gazetteer", "cue") or c.end >= len(doc) \
                or not in_nominative(doc[c.start]):
            return False
        nxt = self.possessed_after(doc, c.end, 3 if c.kind == "Person" else 1)
        if self.lex.cue_classes(keys_of(nxt)):
            return False  # Сарыағаш ауданы, Ұлытау облысы: the cue says what the name is
        reading = reading_of(nxt)
        if not (nxt.is_alpha and nxt.text[:1].islower() and reading is not None and reading.possessive == "3"):
            return False
        keys = keys_of(nxt)
        parts = self.lex.name_parts
        if keys & (parts.get("name_cue", set()) | parts.get("honorific", set()) | parts.get("patronymic", set())):
            return False
        if any(self.lex.titles.index.get((k,)) for k in keys):
            return False
        return not has_surname_ending(doc[c.start], tuple(parts.get("surname_ending", ())))

    @staticmethod
    def possessed_after(doc: Doc, end: int, within: int):
        """The first lower-case word after ``end`` with a possessive ending, past derived
        adjectives in the nominative (халықаралық, not the postposition in "Дина сынды
        тұлғалары"), within ``within`` words; else the word at ``end``."""
        for token in doc[end:end + within]:
            reading = reading_of(token)
            if not (token.is_alpha and token.text[:1].islower()) or reading is None:
                break
            if reading.possessive:
                return token
            if reading.case != "Nom" or not token.text.casefold().endswith(ADJECTIVE_SUFFIXES):
                break
        return doc[end]

    @staticmethod
    def cut_word(doc: Doc) -> int | None:
        """The last word of a text that stops without a full stop: maybe cut in mid-word."""
        last = next((doc[i] for i in range(len(doc) - 1, -1, -1) if not doc[i].is_space), None)
        if last is None or not last.text.replace("-", "").isalpha():  # Қасым-Жомар
            return None
        line = text_of(doc)[: last.idx].rsplit("\n", 1)[-1]
        return last.i if len(line.split()) >= 2 else None  # a closing byline is whole

    @staticmethod
    def alone_on_its_line(doc: Doc, i: int) -> bool:
        """The word at ``i`` is the only word of its line (Редакция, Админ): a page's label."""
        token = doc[i]
        text = text_of(doc)
        start = text.rfind("\n", 0, token.idx) + 1
        end = text.find("\n", token.idx)
        line = text[start:end if end >= 0 else len(text)]
        return sum(1 for w in line.split() if any(ch.isalpha() for ch in w)) == 1

    @staticmethod
    def starts_a_longer_word(doc: Doc, i: int) -> bool:
        """The text writes a longer word that starts like the word at ``i`` (Тоқ, Тоқаев): that
        word was cut.  A whole name closing the text (a byline) has no such word."""
        stem = doc[i].text.casefold()
        return any(t.i != i and len(t.text) > len(stem) and t.text.casefold().startswith(stem) for t in doc)

    @staticmethod
    def trimmed(doc: Doc, c: Candidate) -> Candidate | None:
        """The candidate without brackets and dashes at its ends (Жәнібек Сейітжан (); None
        when no letter is left (09:40, 2025)."""
        start, end = c.start, c.end
        while start < end and not any(ch.isalpha() for ch in doc[start].text):
            start += 1
        while end > start and not any(ch.isalpha() for ch in doc[end - 1].text):
            end -= 1
        if start == end:
            return None
        if (start, end) == (c.start, c.end):
            return c
        return replace(c, start=start, end=end)

    def surname_last(self, words) -> bool:
        """The last of two words or more ends as only surnames do (Амандық Баталов, Жақсылық
        Үшкемпіров): a first name the language also uses as a noun in -лық opens it."""
        endings = surname_only_endings(tuple(sorted(self.lex.name_parts.get("surname_ending", ()))))
        return len(words) >= 2 and has_surname_ending(words[-1], endings)

    def name_like(self, doc: Doc, c: Candidate) -> bool:
        """What the model or a shape found looks like a name of its kind: no figures in a
        person's or a place's name (50-ден астам), no two-letter place (ЖО), no adjective
        standing alone (Гастрольдік), and an organisation of lower-case words only at a
        sentence start (Ұлттық киім) ends in an organisation's head noun."""
        words = doc[c.start:c.end]
        text = words.text
        capitals = [t for t in words if t.text[:1].isupper()]
        if not capitals and c.source not in ("site", "source"):
            return False  # симфониялық оркестрі: no word of it is written as a name
        if c.kind == "Person" and not (words[0].text[:1].isupper() or words[0].text.startswith(("әл-", "ас-", "аш-"))):
            return False  # халықтарымызды Ұлы …: a name does not open with a lower-case word
        if c.kind == "Person" and c.source == "ner" and any(
                reading_of(t) is not None and reading_of(t).number == "Plur" and reading_of(t).possessive
                for t in words[:-1]):
            return False  # Халықтарымызды Ұлы …: only a name's last word takes endings
        if c.kind in ("Person", "City", "Region"):
            if any(ch.isdigit() for ch in text) or not well_cased(text.replace(" ", "-")):
                return False
            if c.kind != "Person" and (sum(ch.isalpha() for ch in text) < 3 or text.isupper()):
                return False
            if len(words) == 1 and text.casefold().endswith(ADJECTIVE_SUFFIXES):
                return False
        if c.kind == "Person" and any(mostly_adjective(t) for t in words) and not self.surname_last(words):
            return False  # Мемлекеттік Ту, Халықаралық Қор: a person's name holds no adjective of the language
        if c.source == "ner" and len(words) == 1 and self.alone_on_its_line(doc, c.start):
            return False  # Редакция, Опубликовано: a page's label on a line of its own
        if c.source == "ner" and len(words) == 1 and words[0].is_sent_start:
            reading = reading_of(words[0])
            oblique = reading is not None and reading.case not in ("Nom", "Gen")
            if oblique or (c.end < len(doc) and doc[c.end].text == ","):
                return False  # Әлбетте, … ; Әлгінде …: an adverb opening the sentence
        only_opening = capitals == [words[0]] and words[0].is_sent_start
        if c.kind == "Organization" and only_opening and len(words) == 2 and c.source in ("ner", "head") \
                and best_keys(words[0]) & self.lower_in_doc(doc):
            return False  # Мұражай қоры at a sentence start, мұражай in lower case elsewhere: no name
        before = doc[c.start - 1] if c.start else None
        if c.kind == "Organization" and c.source == "ner" and before is not None and before.is_alpha \
                and "Organization" in self.lex.cue_classes(keys_of(before)) and not in_nominative(before):
            return False  # театрының Симфониялық оркестрі: an organ of the body just named
        if c.kind == "Organization" and c.source == "ner":
            heads = self.lex.cue_classes(keys_of(words[-1]))
            plural = reading_of(words[-1]) is not None and reading_of(words[-1]).number == "Plur"
            closed = words[-1].text[:1].isupper() or "Organization" in heads
            if plural or (only_opening and "Organization" not in heads) or not closed:
                return False  # Достастықты сақтау керек: a name ends in a name word or a head noun
        return True

    def common_word(self, doc: Doc, c: Candidate, lower_in_doc: set[str]) -> bool:
        """A one-word name that the language, or this very text, writes in lower case.
        A listed place keeps its name in mid-sentence (Қазанда өткен саммит) and before
        a cue word (Қазан қаласы); at a sentence start or after a figure (18 Қазан 2019)
        it needs the same evidence as any other word."""
        token = doc[c.start]
        keys = best_keys(token)
        if c.source == "cue":  # Сондай-ақ қала әкімі, Бұл қала: a capital letter before the cue is no name
            return is_never_name(keys) or (token.is_sent_start and is_common_word(keys))
        if c.end < len(doc) and self.lex.cue_classes(keys_of(doc[c.end])):
            return False
        if c.source == "gazetteer":
            after_figure = c.start > 0 and doc[c.start - 1].like_num
            if not (token.is_sent_start or after_figure):
                return False
        return is_common_word(keys) or bool(keys & lower_in_doc)
