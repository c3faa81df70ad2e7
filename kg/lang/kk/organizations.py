"""Organisations named the way Kazakh names them: by a head noun.

A Kazakh organisation's name ends in what it is (министрлігі, кеңесі,
үкіметі, елшілігі, университеті: the Organization cues of
``kg/lang/kk/data/lexicons/cues.tsv``) and opens with a capitalised word, with lower-case
words between (Сыртқы істер министрлігі, Су ресурстары жөніндегі мемлекеттік
агенттік); its owner may stand before it (ҚР | Сыртқы істер министрлігі,
Ресей Федерациясы | Сыртқы істер министрлігі, Қазақстан | Үкіметі).  Only the
head is inflected, so the name is the words as written and the head in the
nominative.  Without a capitalised word the phrase is a description (екі елдің
сыртқы істер министрліктері), not a name.

News pages also name their sources: a site (Egemen.kz, BAQ.KZ) or the agency
after "деп хабарлайды" («Ұлт ақпарат», Kazinform).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.candidates import CONJUNCTIONS, Candidate
from kg.gazetteer import Gazetteer
from kg.lang.kk.web import SITE
from kg.lang.kk.name_evidence import best_keys, is_common_word, is_never_name
from kg.lexicons import Lexicons
from kg.tokens import keys_of, reading_of

MOST_WORDS = 7
BETWEEN = {"арасындағы", "арасы", "ара"}
CAMEL = re.compile(r"^[^\W\d_][^\W\d_A-ZА-ЯӘҒҚҢӨҰҮҺІ]+(?:[A-ZА-ЯӘҒҚҢӨҰҮҺІ][^\W\d_A-ZА-ЯӘҒҚҢӨҰҮҺІ]+)+$")
ROMAN = re.compile(r"^[IVXLCDM]+$")
LATIN_NAME = re.compile(r"^(?:[A-Z][a-z]+|[A-Z]{2,}[a-z]*)$")
PARTICIPLE_ENDINGS = ("ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін", "атын", "уші", "ушы")
ADJECTIVE_ENDINGS = ("лық", "лік", "дық", "дік", "тық", "тік", "ғы", "гі", "қы", "кі", "ды", "ді", "ты", "ті")
QUOTES = {"«": "»", '"': '"', "“": "”", "„": "“"}


class OrganizationFinder:
    def __init__(self, gazetteer: Gazetteer, lexicons: Lexicons) -> None:
        self.gaz = gazetteer
        self.lex = lexicons

    def __call__(self, doc: Doc) -> list[Candidate]:
        return [*self.by_head(doc), *self.quoted(doc), *self.sites(doc), *self.reported_by(doc), *self.brands(doc)]

    # -- names ending in a head noun -------------------------------------------------
    def by_head(self, doc: Doc) -> list[Candidate]:
        out = []
        for i, token in enumerate(doc):
            if not token.is_alpha or "Organization" not in self.lex.cue_classes(keys_of(token)):
                continue
            reading = reading_of(token)
            if reading is not None and reading.number == "Plur":
                continue  # Достық үйлері, министрліктер: several bodies, no one name
            if i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].text[:1].islower() \
                    and self.lex.cue_classes(keys_of(doc[i + 1])):
                continue  # орталық банкі: the head comes later
            if i + 1 < len(doc) and self.lex.titles.values_for([token.text, doc[i + 1].text]):
                continue  # Үкімет басшысы is a title, not the government
            if i + 1 < len(doc) and self.gaz.lookup([token.text, doc[i + 1].text], keys_of(doc[i + 1])):
                continue  # Орталық Азия: the head word opens a listed name
            found = self.name_start(doc, i)
            if found is None:
                continue
            start, owner = found
            before = doc[start - 1] if start > 0 else None
            if before is not None and before.is_alpha and "Organization" in self.lex.cue_classes(keys_of(before)) \
                    and reading_of(before) is not None and reading_of(before).case == "Gen":
                continue  # театрының Симфониялық оркестрі: an organ of the body just named
            nominative = reading_of(doc[i - 1]) is None or reading_of(doc[i - 1]).case == "Nom"
            listed = [e for e in self.gaz.lookup([t.text for t in doc[start:i]], keys_of(doc[i - 1]))
                      if e.cls == "Organization"] if i > start and nominative else []
            if listed:  # Тәуелсіз Мемлекеттер Достастығы ұйымы is the listed CIS
                out.append(Candidate(start, i + 1, "Organization", (listed[0].id,), "gazetteer", priority=3))
                continue
            owner = tuple(dict.fromkeys([*owner, *self.countries_in(doc, start, i)]))
            if not self.head_fits(doc, start, i):
                continue
            if self.gaz.lookup([t.text for t in doc[start:i + 1]], keys_of(token)):
                continue  # a listed name (Кеңес Одағы, Еуропалық Одақ) is the gazetteer's
            head = reading.nominative if reading is not None else token.text
            head = head[:1].upper() + head[1:] if token.text[:1].isupper() else head
            words = " ".join(t.text for t in doc[start:i])
            bare = token.lemma_ if token.text[:1].islower() else token.lemma_[:1].upper() + token.lemma_[1:]
            alt = (f"{words} {bare}".strip(),) if reading is not None and reading.possessive else ()
            if self.proper_name(doc, start, i) and token.text[:1].islower():
                alt += (words,)  # Ақжол партиясы, Синьхуа агенттігі: the name alone names it too
            own = self.own_name_start(doc, start, i)
            if own > start:  # ҚР Сыртқы істер министрлігі is its Сыртқы істер министрлігі
                alt += (" ".join([*(t.text for t in doc[own:i]), head]),)
            state = any(v.get("state") == "1" for v in self.lex.cues.values_for([token.lemma_]) +
                        self.lex.cues.values_for([token.text]))
            out.append(Candidate(start, i + 1, "Organization", (), "head", priority=3,
                                 label=f"{words} {head}".strip(), owner=owner if state else (), alt_names=alt))
        return out

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

    def name_start(self, doc: Doc, head: int) -> tuple[int, tuple[str, ...]] | None:
        """First token of the name that ends at ``head``, and the countries that own it:
        lower-case words back to a capitalised one (not a pronoun or discourse word: Ал,
        Ол, Өз), then the owner, an abbreviation or a listed country or organisation in
        the nominative (ҚР, ТМД, Ресей Федерациясы)."""
        j = head - 1
        while j >= 0 and head - j <= MOST_WORDS and self.inner_word(doc[j]):
            j -= 1
        if j < 0 or head - j > MOST_WORDS or not self.capitalised(doc[j]):
            return None
        if is_never_name(best_keys(doc[j])) and doc[j].is_sent_start \
                and not doc[j].text.casefold().endswith(ADJECTIVE_ENDINGS):
            return None  # Ол, Өз, Бұл: a pronoun, not a name's first word (but Ұжымдық is; and in
            # mid-sentence a capital letter makes a common noun a name's word: Кеден одағы)
        if reading_of(doc[j]) is not None and reading_of(doc[j]).case in ("Gen", "Loc", "Dat", "Acc") \
                and not self.governed_object(doc, j):
            return None  # Ресейдің сыртқы саясат мекемесі: an owner in the genitive describes
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
        return start, tuple(owner)

    def governed_object(self, doc: Doc, j: int) -> bool:
        """The name's first word is the object of the word after it, so the name opens with
        a case ending: Нашақорлықты бақылау агенттігі (the accusative before a verbal noun),
        Терроризмге қарсы іс-қимыл орталығы (the dative before қарсы)."""
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
        if token.is_alpha and len(token.text) > 1 and token.text.isupper():
            return end - 1, []
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
        leaves whole because the cue list knows it."""
        text = token.text.casefold()
        return any(text in (k + "ы", k + "і", k + "сы", k + "сі") and self.lex.cue_classes(frozenset({k}))
                   for k in keys_of(token))

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
        if text.casefold().endswith(PARTICIPLE_ENDINGS):
            return False  # қол қойған (Үкімет қаулысы): a verb ends the name before it
        reading = reading_of(token)
        return reading is None or reading.case in ("Nom", "Gen") or text.endswith(("дағы", "дегі", "тағы", "тегі"))

    def quoted(self, doc: Doc) -> list[Candidate]:
        """A quoted name before a head noun or a legal form is an organisation's name
        («Астана Опера» театры, «Самұрық-Энерго» АҚ): the name is the quoted words, and
        with the head they are another name of it."""
        legal = {w.casefold() for w in self.lex.name_parts.get("legal_form", ())}
        out = []
        for i, token in enumerate(doc):
            closer = QUOTES.get(token.text)
            if not closer:
                continue
            end = next((k for k in range(i + 2, min(i + 8, len(doc))) if doc[k].text in (closer, "»", '"')), None)
            if end is None or end + 1 >= len(doc) or not doc[i + 1].text[:1].isupper():
                continue
            k = end + 1  # «Жошы хан» тарихи-мәдени кешені, «Астана Опера» Мемлекеттік опера және балет театры
            while k < min(end + 5, len(doc) - 1) and (self.inner_word(doc[k]) or doc[k].text == "және"
                                                      or doc[k].text.casefold().endswith(ADJECTIVE_ENDINGS)) \
                    and "Organization" not in self.lex.cue_classes(keys_of(doc[k])):
                k += 1
            after = doc[k]
            heads = "Organization" in self.lex.cue_classes(keys_of(after)) and after.text[:1].islower()
            if not (heads or (k == end + 1 and after.text.casefold() in legal)):
                continue
            name = doc[i + 1:end].text
            head = reading_of(after).nominative if reading_of(after) is not None and heads else after.text
            between = "".join(f" {t.text}" for t in doc[end + 1:k])
            out.append(Candidate(i + 1, end, "Organization", (), "quoted", priority=4, label=name,
                                 alt_names=(f"«{name}»{between} {head}",)))
        return out

    # -- a page's sources --------------------------------------------------------------
    def sites(self, doc: Doc) -> list[Candidate]:
        """A news site named by its domain (Egemen.kz, BAQ.KZ): a source the page credits."""
        out = []
        for m in SITE.finditer(doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                out.append(Candidate(span.start, span.end, "Organization", (), "site", priority=3,
                                     label=m.group(0)))
        return out

    def brands(self, doc: Doc) -> list[Candidate]:
        """Brand-shaped names: one word with a capital inside (ҚазАқпарат, CaspianLife), or
        capitalised Latin words in a Kazakh sentence (Azerbaijan Airlines, Telegram): in
        Kazakh news those name companies and media, not people or places."""
        out = []
        for sent in doc.sents:
            kazakh = any(t.is_alpha and not t.text.isascii() for t in sent)
            i = sent.start
            while i < sent.end:
                token = doc[i]
                if kazakh and CAMEL.match(token.text):
                    out.append(Candidate(i, i + 1, "Organization", (), "brand", priority=3))
                    i += 1
                    continue
                j = i
                while kazakh and j < sent.end and j - i < 4 and LATIN_NAME.match(doc[j].text) \
                        and not ROMAN.match(doc[j].text):
                    j += 1
                if j == i + 1 and len(doc[i].text) <= 3:
                    j = i  # The, VI: too short to be a name alone
                if j > i:  # Astana Opera is the theatre, not the city
                    out.append(Candidate(i, j, "Organization", (), "brand", priority=3 if j - i > 1 else 2))
                i = max(j, i + 1)
        return out

    def reported_by(self, doc: Doc) -> list[Candidate]:
        """The agency after "деп хабарлайды" («Ұлт ақпарат», Kazinform, ҚазАқпарат тілшісі)."""
        out = []
        for i, token in enumerate(doc[:-1]):
            if not token.lemma_.casefold().startswith("хабарла") or doc[i - 1].text.casefold() != "деп":
                continue
            j = i + 1
            closer = QUOTES.get(doc[j].text)
            if closer:
                end = next((k for k in range(j + 1, min(j + 6, len(doc))) if doc[k].text == closer), None)
                if end is not None and end > j + 1:
                    out.append(Candidate(j + 1, end, "Organization", (), "source", priority=3,
                                         label=doc[j + 1:end].text))
                continue
            end = j
            while end < len(doc) and end - j < 3 and self.capitalised(doc[end]) and doc[end].is_alpha:
                end += 1
            if end > j:
                out.append(Candidate(j, end, "Organization", (), "source", priority=2))
        return out
