"""Where a Kazakh organisation's name starts and what it holds, given its head noun.

A name is a noun phrase whose head is a class noun (министрлігі, кеңесі, басқармасы:
the Organization cues of ``kg/lang/kk/data/lexicons/cues.tsv``), preceded by its proper
modifiers: lower-case words back to a capitalised one (Сыртқы істер министрлігі), fields
joined by және (Мәдениет және ақпарат министрлігі), a name it is a part of (Түркия Қарулы
күштері | Бас штабы), its place by the place's adjective (Ақмола облыстық ... басқармасы),
and its owner: a country or an abbreviation in the nominative (ҚР Сыртқы істер
министрлігі) or a place or body in the genitive (Ақтөбе облысының әкімдігі).  What is not
part of a name is told here too: a verb's object, the parties between which a body
works, a person before the adjective of a region.
"""
from __future__ import annotations

import re
from functools import cached_property
from typing import Iterable

from spacy.tokens import Doc

from kg.candidates import CONJUNCTIONS
from kg.gazetteer import Gazetteer
from kg.lang.kk.name_evidence import best_keys, has_surname_ending, in_nominative, is_common_word, is_never_name
from kg.lexicons import Lexicons
from kg.tokens import keys_of, reading_of

MOST_WORDS = 7
BETWEEN = {"арасындағы", "арасы", "ара"}
PARTICIPLE_ENDINGS = ("ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін", "атын", "уші", "ушы")
ADJECTIVE_ENDINGS = ("лық", "лік", "дық", "дік", "тық", "тік", "ғы", "гі", "қы", "кі", "ды", "ді", "ты", "ті")
LOCATIVE_ADJECTIVE = ("дағы", "дегі", "тағы", "тегі")
INITIALS = re.compile(r"[^\W\d_][^\W\d_]?(?:\.[^\W\d_][^\W\d_]?)*")


def joined(words: Iterable[str]) -> str:
    """A name's words as the text writes them: spaced, but a comma of a list of fields
    closed up to the word before it (Экология, геология және ...)."""
    return " ".join(words).replace(" , ", ", ")


class NameSpan:
    """The span of an organisation's name before its head (mixed into the finder)."""

    gaz: Gazetteer
    lex: Lexicons

    def closes_a_name(self, token) -> bool:
        """The word is an organisation's head that closes its name: a head noun with the
        possessive (агенттігі, кеңесі), or a capitalised word ending in one (Энергохолдинг).
        A head noun after it names an organ of that body (its board, its secretariat)."""
        reading = reading_of(token)
        if token.text[:1].islower():
            return reading is not None and reading.possessive is not None \
                and "Organization" in self.lex.cue_classes(keys_of(token))
        low = token.text.casefold()
        return token.is_alpha and any(low.endswith(cue) and len(low) - len(cue) >= 3 and len(cue) >= 5
                                      for cue in self.org_cue_words)

    @cached_property
    def org_cue_words(self) -> tuple[str, ...]:
        return tuple(word for (word,), values in self.lex.cues.index.items()
                     if any(v["class"] == "Organization" for v in values))

    def own_name_start(self, doc: Doc, start: int, head: int) -> int:
        """Where the name proper starts, past the owners before it (ҚР, Қазақстан Республикасы)."""
        at = start
        while True:
            past = next((at + n for n in (3, 2, 1) if at + n < head
                         and (found := self.owner_before(doc, at + n)) is not None and found[0] == at), None)
            if past is None:
                return at
            at = past

    def proper_name(self, doc: Doc, start: int, end: int) -> bool:
        """The words before the head are a name of their own: capitalised, in the nominative,
        no listed place (Қазақстан Парламенті is the country's parliament, not Қазақстан) and no
        common word (Бас консулдығы)."""
        words = doc[start:end]
        if not len(words) or not all(t.text[:1].isupper() for t in words):
            return False
        if reading_of(words[-1]) is not None and reading_of(words[-1]).case != "Nom":
            return False
        return not any(self.gaz.lookup([t.text], keys_of(t)) or is_common_word(best_keys(t)) for t in words)

    def name_start(self, doc: Doc, head: int) -> tuple[int, tuple[str, ...], tuple[int, str] | None] | None:
        """First token of the name that ends at ``head``, the countries that own it, and where
        an owner in the genitive ends and its nominative: lower-case words back to a
        capitalised one (not a pronoun or discourse word: Ал, Ол, Өз), then the owner, an
        abbreviation or a listed country or organisation in the nominative (ҚР, ТМД, Ресей
        Федерациясы), or a place or body in the genitive (:meth:`genitive_owner`)."""
        j = head - 1
        while j >= 0 and head - j <= MOST_WORDS and (self.inner_word(doc[j]) or self.joins_fields(doc, j, head)):
            j -= 1
        if j < 0 or head - j > MOST_WORDS or not self.capitalised(doc[j]):
            return None
        if doc[j].text.casefold().endswith(LOCATIVE_ADJECTIVE):
            return None  # Жидебай Бөрілідегі ... үйі: where the house is, not its name
        if self.described_by_place(doc, j, head):
            return None  # Гуандун провинциясының әкімшілік орталығы: the province's seat, no body's name
        while j >= 2 and head - j < MOST_WORDS - 1 and self.possessed_part(doc, j - 1):
            j -= 2  # Түркия Қарулы күштері | Бас штабы, Халық өкілдері | Бүкілқытайлық жиналысы
        if self.organ_of_body(doc, j, head) and (body := self.name_start(doc, j - 1)) is not None:
            return body  # Вьетнам Коммунистік партиясы | Орталық комитеті: the body's organ (see organ_of_body)
        if j > 0 and self.place_named_adjective(doc[j - 1]):
            j -= 1  # Қостанайлық | Достық үйі: the place's adjective opens the name
        if j + 1 < head and self.place_adjective(doc[j + 1]):
            j = self.place_start(doc, j + 1)  # Ақмола облыстық ішкі саясат басқармасы
            if j is None:
                return None  # Оразалиев | облыстық қаржы басқармасы: no place before облыстық
        elif j > 0 and self.place_adjective(doc[j - 1]) and (place := self.place_start(doc, j - 1)) is not None:
            j = place  # Шығыс Қазақстан облыстық Пушкин атындағы кітапхана
        if is_never_name(best_keys(doc[j])) and doc[j].is_sent_start \
                and not doc[j].text.casefold().endswith(ADJECTIVE_ENDINGS):
            return None  # Ол, Өз, Бұл: a pronoun, not a name's first word (but Ұжымдық is; and in
            # mid-sentence a capital letter makes a common noun a name's word: Кеден одағы)
        owned_by = None
        reading = reading_of(doc[j])
        if reading is not None and reading.case in ("Gen", "Loc", "Dat", "Acc") and not self.governed_object(doc, j):
            found = self.genitive_owner(doc, j + 1) if reading.case == "Gen" and self.owned_head(doc[head]) else None
            if found is None:
                return None  # Ресейдің сыртқы саясат мекемесі: an owner in the genitive describes
            j, owned_by = found[0], (j + 1, found[1])  # Жапонияның метеорологиялық департаменті
        elif (found := self.genitive_owner(doc, j)) is not None:
            j, owned_by = found[0], (j, found[1])  # Гуанчжоу қаласының | Сыртқы істер басқармасы
        if doc[j].is_sent_start and j == head - 1 and is_common_word(best_keys(doc[j])) \
                and not self.gaz.lookup([doc[j].text], keys_of(doc[j])):
            return None  # Мұражай қоры at a sentence start: a capital letter, no name
        start, owner = j, []
        covering = self.owner_before(doc, j + 1)  # Тәуелсіз Мемлекеттер | Достастығы ұйымы
        if covering is not None and covering[0] < j:
            start, owner = covering[0], list(covering[1])
        while start > 0 and head - start < MOST_WORDS:
            listed = self.owner_before(doc, start)
            if listed is None:
                break
            start, ids = listed
            owner += ids
        return start, tuple(owner), owned_by

    def named_after(self, doc: Doc, start: int, head: int) -> tuple[int, int] | None:
        """(first word of the person, first word of the name after the namesake word) of a body
        named after a person: Абай атындағы ... театры, С. Аманжолов атындағы Шығыс Қазақстан
        университеті.  The namesake word stands inside the name or right before its
        capitalised words, and the person's name before it, initials included, is a word of
        the body's name (and a person the text names)."""
        cues = self.lex.name_parts.get("namesake", set())
        k = next((k for k in range(head - 1, max(start - 4, 0) - 1, -1) if keys_of(doc[k]) & cues), None)
        if k is None or not all(self.capitalised(t) for t in doc[k + 1:start]):
            return None
        first = k
        while first > 0 and k - first < 6:
            if doc[first - 1].text == "." and first >= 2 and self.initial(doc[first - 2]):
                first -= 2  # С. Аманжолов, М.В.Ломоносов
            elif self.namesake_word(doc[first - 1]):
                first -= 1
            else:
                break
        return (first, k + 1) if first < min(k, start) else None  # else the name holds its namesake whole

    @staticmethod
    def initial(token) -> bool:
        """С, Дж, М.В (its last full stop a token of its own): a first name cut to its letters."""
        return INITIALS.fullmatch(token.text) is not None

    def namesake_word(self, token) -> bool:
        """A word of the name of a body's namesake, which stands in the nominative whatever the
        analyser reads into its end (Сотима Улугзода): a capitalised word, not an abbreviation
        (ҚР), a listed place, a place's locative adjective (Вашингтондағы) or a common word
        opening the sentence (Кездесу Шерхан Мұртаза атындағы ...)."""
        text = token.text
        if not self.capitalised(token) or text.isupper():
            return False
        if token.is_sent_start and is_common_word(best_keys(token)):
            return False
        if any(e.cls in ("Country", "City", "Region") for e in self.gaz.lookup([text], keys_of(token))):
            return False
        return not text.casefold().endswith(LOCATIVE_ADJECTIVE)

    def organ_of_body(self, doc: Doc, j: int, head: int) -> bool:
        """The name opens right after a body's head in the bare possessive (партиясы Орталық
        комитеті, университеті Ғылыми кеңесі): Kazakh joins an organ to the body it belongs to
        without the genitive, so the organ's name includes the body's, and the news names
        the body by it (its label; the whole chain is another name).  Not after a listed
        place, which is a body of its own (министрлігі Ресей елшілігіне), nor for a bare head."""
        if j < 2 or j >= head:
            return False
        body, first, organ = doc[j - 1], doc[j], reading_of(doc[head])
        reading = reading_of(body)
        return reading is not None and reading.case == "Nom" and self.closes_a_name(body) \
            and body.text[:1].islower() and organ is not None and organ.possessive is not None \
            and all(t.text[:1].isupper() for t in doc[j:head]) \
            and not self.gaz.lookup([first.text], keys_of(first))

    def place_adjective(self, token) -> bool:
        """облыстық, қалалық, аудандық: the adjective of a region's or a city's cue word, by
        which a body of that region or city is named after the place (Ақмола облыстық ...)."""
        text = token.text.casefold()
        return text[:1].islower() and text.endswith(ADJECTIVE_ENDINGS[:6]) and bool(
            {"Region", "City"} & set(self.lex.cue_classes(frozenset({text[:-3]}))))

    def described_by_place(self, doc: Doc, j: int, head: int) -> bool:
        """A place in the genitive (облысының, қаласының) before lower-case words and a head that
        is no body the place has one of: a description of the place's (its seat, its company),
        as with any owner in the genitive (:meth:`genitive_owner`)."""
        for k in range(j + 1, head):
            token = doc[k]
            reading = reading_of(token)
            if token.text[:1].islower() and reading is not None and reading.case == "Gen" \
                    and {"Region", "City"} & set(self.lex.cue_classes(keys_of(token))):
                return not self.owned_head(doc[head]) and all(t.text[:1].islower() for t in doc[k + 1:head])
        return False

    def place_named_adjective(self, token) -> bool:
        """A capitalised adjective of a listed place (Қостанайлық, Алматылық: Қостанай + лық)."""
        text = token.text
        if not (text[:1].isupper() and token.is_alpha and text.casefold().endswith(ADJECTIVE_ENDINGS[:6])):
            return False
        stem = text[:-3]
        return any(e.cls in ("City", "Region") for e in self.gaz.lookup([stem], frozenset({stem.casefold()})))

    def place_start(self, doc: Doc, end: int) -> int | None:
        """First token of a listed place (region, city) of up to three capitalised words ending
        before the place adjective at ``end``, alone or with the adjective's cue word (Батыс
        Қазақстан облыстық: Батыс Қазақстан облысы), or None."""
        stem = doc[end].text.casefold()[:-3]
        cue = self.lex.singular_cue(stem) or stem
        for n in (3, 2, 1):
            words = [t.text for t in doc[max(0, end - n):end]]
            if len(words) == n and all(self.capitalised(t) for t in doc[end - n:end]) and any(
                    e.cls in ("Region", "City") for e in self.gaz.lookup(words, keys_of(doc[end - 1]))
                    + self.gaz.lookup([*words, cue], frozenset({cue}))):
                return end - n
        start = end  # a region no list holds: capitalised words that are no person's name
        endings = tuple(self.lex.name_parts.get("surname_ending", ()))
        while start > 0 and end - start < 3 and self.capitalised(doc[start - 1]) and in_nominative(doc[start - 1]) \
                and not doc[start - 1].text.isupper() and not has_surname_ending(doc[start - 1], endings):
            start -= 1
        return start if start < end else None

    def genitive_owner(self, doc: Doc, end: int) -> tuple[int, str] | None:
        """A place or body in the genitive ending at ``end``, whose name the name after it
        includes (Ақтөбе облысының | әкімдігі, Жапонияның | метеорологиялық департаменті,
        ҰҚШҰ-ның | Біріккен штабы): its first token and its nominative.  The owner is named:
        a capitalised name before a region's or a city's cue word, a listed place or
        organisation, or an abbreviation; a person or a common noun (Президенттің,
        елдің) is no owner."""
        last = doc[end - 1] if end > 0 else None
        reading = reading_of(last) if last is not None else None
        if reading is None or reading.case != "Gen":
            return None
        if last.text[:1].islower() and end >= 2 and not self.lex.cue_classes(keys_of(last)) \
                and doc[end - 2].text[:1].islower() and in_nominative(doc[end - 2]) \
                and {"Region", "City"} & set(self.lex.cue_classes(keys_of(doc[end - 2]))):
            start = end - 2  # Челябі облысы халықтарының | Достық үйі: the people of a place own the body
            while start > 0 and end - start <= 4 and self.capitalised(doc[start - 1]) \
                    and in_nominative(doc[start - 1]) and not doc[start - 1].text.isupper():
                start -= 1
            return (start, f"{doc[start:end - 1].text} {reading.nominative}") if start < end - 2 else None
        if last.text[:1].islower() and {"Region", "City"} & set(self.lex.cue_classes(keys_of(last))):
            start = end - 1
            while start > 0 and end - start <= 3 and self.capitalised(doc[start - 1]) \
                    and in_nominative(doc[start - 1]) and not doc[start - 1].text.isupper():
                start -= 1
            return (start, f"{doc[start:end - 1].text} {reading.nominative}") if start < end - 1 else None
        for n in (3, 2, 1):
            words = doc[max(0, end - n):end]
            if len(words) == n and all(self.capitalised(t) for t in words) and any(
                    e.cls in ("Country", "Region", "City", "Organization")
                    for e in self.gaz.lookup([t.text for t in words], keys_of(last))):
                return end - n, joined([*(t.text for t in words[:-1]), reading.nominative])
        stem = last.text.partition("-")[0]
        if len(stem) > 1 and stem.isupper() and stem.isalpha():
            return end - 1, stem  # ҰҚШҰ-ның, ШҚО-ның
        return None

    def owned_head(self, token) -> bool:
        """The head names a body its owner has one of (әкімдігі, министрлігі, департаменті,
        партиясы: ``owned`` in cues.tsv), so an owner in the genitive makes the phrase a name;
        a company or a centre of the owner's (Қазақстанның ірі компаниясы) is described."""
        return any(v.get("owned") == "1" for k in keys_of(token) for v in self.lex.cues.values_for([k]))

    def owned_names(self, doc: Doc, owned_by: tuple[int, str], head: int, head_text: str) -> tuple[str, ...]:
        """Other names of a name with an owner in the genitive: the owner in the nominative
        (ҰҚШҰ-ның Біріккен штабы → ҰҚШҰ Біріккен штабы), and the words after the owner when
        there are any besides the head (Түркияның жоғары сайлау кеңесі → жоғары сайлау кеңесі)."""
        rest = [t.text for t in doc[owned_by[0]:head]]
        names = (joined([owned_by[1], *rest, head_text]),)
        return names + ((joined([*rest, head_text]),) if rest else ())

    def possessed_part(self, doc: Doc, i: int) -> bool:
        """A name's first word may itself follow a name in the possessive (Қарулы күштері,
        Халық өкілдері): a lower-case nominative word with the possessive after a capitalised
        word that is no person's name; the body then takes that name in."""
        word, before = doc[i], doc[i - 1]
        reading = reading_of(word)
        endings = tuple(self.lex.name_parts.get("surname_ending", ()))
        return word.is_alpha and word.text[:1].islower() and reading is not None and reading.case == "Nom" \
            and reading.possessive is not None and self.capitalised(before) and in_nominative(before) \
            and not has_surname_ending(before, endings) and not before.is_sent_start \
            and not self.lex.cue_classes(keys_of(word))

    def joins_fields(self, doc: Doc, j: int, head: int) -> bool:
        """және between two bare nouns of the name joins the fields the body covers (Мәдениет
        және ақпарат министрлігі, опера және балет театры), and so do the commas of a longer
        list (Экология, геология және табиғи ресурстар министрлігі); between listed names it
        joins the parties (Қазақстан және Ресей ...), which a capital letter after it shows."""
        if doc[j].text not in ("және", ",") or j == 0 or j + 1 >= head:
            return False
        if doc[j].text == "," and not any(t.text == "және" for t in doc[j + 1:head]):
            return False  # Цифрлық даму, инновациялар және ... министрлігі: a comma only in a list that және closes
        before, after = doc[j - 1], doc[j + 1]
        return after.text[:1].islower() and in_nominative(after) and before.is_alpha and in_nominative(before) \
            and not self.gaz.lookup([before.text], keys_of(before))

    def governed_object(self, doc: Doc, j: int) -> bool:
        """The name's first word is the object of the word after it, so the name opens with
        a case ending: Нашақорлықты бақылау агенттігі (the accusative before a verbal noun),
        Терроризмге қарсы іс-қимыл орталығы (the dative before қарсы); and the body whose members
        a council gathers, listed or not (ШЫҰ-ға мүше мемлекеттер басшылары кеңесі)."""
        if j + 1 < len(doc) and doc[j + 1].text.casefold() == "мүше" and reading_of(doc[j]).case == "Dat":
            return True
        if j + 1 >= len(doc) or not doc[j + 1].text[:1].islower() or self.gaz.lookup([doc[j].text], keys_of(doc[j])):
            return False  # Ресейді қолдау: a listed place stays a place
        case, nxt = reading_of(doc[j]).case, doc[j + 1].text.casefold()
        return (case == "Acc" and nxt.endswith(("у", "ю")) and len(nxt) > 3) or (case == "Dat" and nxt == "қарсы")

    def owner_before(self, doc: Doc, end: int) -> tuple[int, list[str]] | None:
        """An owner ending at ``end``: a listed country or organisation in the nominative
        (its ids), or an abbreviation (ҚР, АҚШ, ТМД: ids when listed)."""
        for n in (3, 2, 1):
            if end - n < 0:
                continue
            words = doc[end - n:end]
            if not all(t.is_alpha and t.text[:1].isupper() for t in words):
                continue
            last = words[-1]
            if reading_of(last) is not None and reading_of(last).case != "Nom":
                continue
            entries = [e for e in self.gaz.lookup([t.text for t in words], keys_of(last))
                       if e.cls in ("Country", "Organization")]
            if entries:
                return end - n, [e.id for e in entries if e.cls == "Country"][:1]
        token = doc[end - 1]
        if token.is_alpha and len(token.text) > 1 and token.text.isupper() \
                and not (end >= 2 and not doc[end - 2].whitespace_):
            return end - 1, []  # not the end of a site's address (BAQ.KZ Синьхуа агенттігі)
        return None

    def countries_in(self, doc: Doc, start: int, end: int) -> list[str]:
        """Listed countries named by the words of a name (Түркия | Елшілігі)."""
        found = []
        for a in range(start, end):
            for b in range(min(end, a + 3), a, -1):
                words = doc[a:b]
                found += [e.id for e in self.gaz.lookup([t.text for t in words], keys_of(words[-1]))
                          if e.cls == "Country" and e.id not in found]
        return found

    def head_fits(self, doc: Doc, start: int, head: int) -> bool:
        """A head in the possessive (министрлігі, Үкіметі) closes a name; a bare one (агенттік,
        одақ) does so after an adjective (мемлекеттік агенттік, экономикалық одақ) or when
        capitalised itself (Кедендік Одақ), not after a genitive (Қазақстанның ұйым)."""
        token = doc[head]
        reading = reading_of(token)
        if head + 1 < len(doc) and doc[head + 1].text.casefold() in ("ретінде", "ретіндегі"):
            return False  # халықаралық ұйым ретінде: what something is, not a name
        if reading is None or reading.possessive or self.possessive_cue(token):
            return True
        if any(reading_of(t) is not None and reading_of(t).case == "Gen" for t in doc[start:head]):
            return False  # Түркі кеңесінің халықаралық ұйым: a genitive governs a possessive head, not a bare one
        before = doc[head - 1]
        adjective = head - 1 >= start and before.text.casefold().endswith(ADJECTIVE_ENDINGS)
        return adjective and (before.text[:1].isupper() or not token.text[:1].isupper())

    def possessive_cue(self, token) -> bool:
        """The head is a cue word's possessive form (оркестрі of оркестр), which the analyser
        leaves whole because the cue list knows it, also under a case ending (штабының)."""
        reading = reading_of(token)
        forms = {token.text.casefold(), *((reading.nominative.casefold(),) if reading is not None else ())}
        forms |= set(keys_of(token))
        return any(form.endswith(suffix) and self.lex.cue_classes(frozenset({form[:-len(suffix)]}))
                   for form in forms for suffix in ("сы", "сі", "ы", "і"))

    @staticmethod
    def capitalised(token) -> bool:
        text = token.text
        return text[:1].isupper() and (token.is_alpha or "-" in text) and "." not in text \
            and any(ch.isalpha() for ch in text)

    def inner_word(self, token) -> bool:
        """A lower-case word inside a name: a bare or genitive noun or an adjective (істер,
        ресурстары жөніндегі мемлекеттік), not a verb, figure or conjunction."""
        text = token.text
        if not token.is_alpha and "-" not in text:
            return False
        if not text[:1].islower() or text.casefold() in CONJUNCTIONS or token.lemma_.casefold() in BETWEEN:
            return False  # Қазақстан мен Венгрия арасындағы … комиссия: the parties, not the name
        if text.casefold().endswith(PARTICIPLE_ENDINGS) and not self.participle_adjective(token):
            return False  # қол қойған (Үкімет қаулысы): a verb ends the name before it
        reading = reading_of(token)
        return reading is None or reading.case in ("Nom", "Gen") or text.endswith(LOCATIVE_ADJECTIVE) \
            or self.adjective_read_as_object(token)

    @staticmethod
    def participle_adjective(token) -> bool:
        """A participle that qualifies the name (жоғары деңгейдегі бірлескен комиссиясы) follows
        a capitalised word or another qualifier, not its own object (қол қойған)."""
        before = token.doc[token.i - 1] if token.i > 0 else None
        return before is not None and before.is_alpha and before.text[:1].islower() \
            and before.text.casefold().endswith((*ADJECTIVE_ENDINGS[:6], *LOCATIVE_ADJECTIVE))

    def adjective_read_as_object(self, token) -> bool:
        """An adjective in -лы/-ды/-ты (интернационалды мәдени орталығы) that the analyser reads as
        an accusative: before another word of the name, neither a verbal noun (Нашақорлықты
        бақылау: an object) nor the head itself (маңызды ұйымның бірі: a description), it is
        the adjective."""
        reading = reading_of(token)
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return reading is not None and reading.case == "Acc" and nxt is not None and nxt.is_alpha \
            and token.text.casefold().endswith(("лы", "лі", "ды", "ді", "ты", "ті")) \
            and not nxt.text.casefold().endswith(("у", "ю")) and not self.lex.cue_classes(keys_of(nxt))
