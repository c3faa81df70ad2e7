"""Organisations named the way Russian names them: by a class noun and its genitives.

A Russian organisation's name is a class noun (совет, администрация, посольство,
прокуратура, отдел, банк: ``data/organization_heads.tsv``) with the adjectives
before it and the chain of genitives after it that says whose it is: Государственный
Совет Китайской Народной Республики, Совет глав государств СНГ, Отдел строительства
акимата Атбасарского района, прокуратура Акмолинской области.  slovnet tags such
names in pieces (Совета глав государств | СНГ), so the phrase is built here from
the chosen mentions: the places and organisations in its chain stay mentions of
their own, the pieces of the name itself (the tagger's head, a title inside it:
Администрация Президента России) give way to it.

A class noun in lower case names a body only through a proper name in its chain
(прокуратура Акмолинской области; резервный фонд Правительства is no name).  A
building or a holiday is no entity of the guide: a name its noun heads or stands
beside (Дворец нации, резиденция «Куксарой», праздник Наурыз) is dropped, in the
whole document.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from kg.candidates import Candidate
from kg.lang.ru import DATA
from kg.lang.ru.morphology import parses
from kg.lang.media import quoted
from kg.lang.ru.names import is_adjective
from kg.tokens import keys_of

PLACES = ("Country", "Region", "City")
NOT_ENTITIES = ("venue", "occasion", "event")
BY_QUOTE_ONLY = ("event",)  # саммит ШОС names the body, форум «Россия — Казахстан» only the forum
OF_PLACES = ("government", "ministry", "justice", "legislature", "mission")  # a place's own organs
GENITIVE = frozenset({"gent", "gen2"})
LONGEST = 12  # words in one name (Совет глав правительств государств-членов Шанхайской организации ...)
JOINERS = frozenset({"-", "–", "—"})  # глав государств – участников СНГ
FORMAT_JOINERS = frozenset({"+", "-", "–", "—"})


@cache
def heads() -> dict[str, dict[str, str]]:
    return {row["word"]: row for row in DATA.read_tsv("organization_heads.tsv")}


def head_row(token: Token, any_number: bool = False) -> dict[str, str] | None:
    """The class noun's row when ``token`` is one in the singular (министерства двух стран,
    several bodies, is no name) or, with ``any_number``, in either number."""
    if not token.is_alpha:
        return None
    for key in keys_of(token):
        row = heads().get(key)
        if row is not None:
            found = [p for p in parses(token.text) if p.normal_form == key and p.tag.POS == "NOUN"]
            if found and all(p.tag.number == "plur" for p in found) and row["group"] not in NOT_ENTITIES \
                    and not any_number:
                return None
            return row
    return None


def genitive_word(token: Token) -> bool:
    """A word that may stand in the genitive: one of its readings is, or it does not decline
    (СНГ, КНР, Польша after Республики is the gazetteer's)."""
    text = token.text
    if len(text) > 1 and text.isupper():
        return True
    return any(p.tag.case in GENITIVE or "Fixd" in p.tag for p in parses(text))


class OrganizationPhrases:
    """Builds the phrases on the candidates :func:`kg.candidates.without_overlaps` kept."""

    def __call__(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        chosen = self.quoted_names(doc, self.without_buildings(doc, chosen))
        phrases = []
        covered: set[int] = set()
        for i, token in enumerate(doc):
            row = head_row(token)
            if row is None or row["group"] in NOT_ENTITIES or i in covered:
                continue
            holder = next((c for c in chosen if c.start <= i < c.end and (c.kind in ("Title", "Person") or c.refs)),
                          None)
            if holder is not None and not (holder.kind == "Title" and token.text[:1].isupper()):
                continue  # председатель правительства: a title; Совета Безопасности ООН: a listed name
            phrase = self.phrase(doc, i, row, chosen)
            if phrase is not None:
                phrases.append((i, phrase, holder))
                covered |= set(range(phrase.start, phrase.end))
        if not phrases:
            return chosen
        kept = [c for c in chosen if not any(c is not holder and self.gives_way(c, p, i) for i, p, holder in phrases)]
        return sorted([*kept, *(p for _i, p, _h in phrases)])

    @staticmethod
    def gives_way(c: Candidate, phrase: Candidate, head: int) -> bool:
        """The tagger's piece that holds the head and titles inside the name give way; the places
        and bodies of its chain stay (Совбеза ООН: ООН).  A name inside a title (Председатель
        Правительства Российской Федерации) is a mention beside the title, which stays whole."""
        if c.end <= phrase.start or c.start >= phrase.end:
            return False
        inside = phrase.start <= c.start and c.end <= phrase.end
        return not inside or c.kind in ("Title", "CountryAdj") or c.start <= head < c.end and not c.refs

    def phrase(self, doc: Doc, head: int, row: dict[str, str], chosen: list[Candidate]) -> Candidate | None:
        start = self.first_word(doc, head)
        end, proper, owners = self.chain(doc, head + 1, chosen)
        capitalised = doc[start].text[:1].isupper()
        if not (capitalised or proper and row["group"] in OF_PLACES):
            return None  # резервный фонд Правительства, министерства двух стран, комиссии Беларуси
        if end == head + 1:
            return None  # a bare class noun or adjectives and one: the tagger's own candidate stands or not
        if row["group"] == "mission":
            end = self.seat(doc, end, chosen)
        return Candidate(start, end, "Organization", (), "head", priority=3,
                         owner=tuple(owners[:1]) if row.get("state") == "1" else ())

    @staticmethod
    def first_word(doc: Doc, head: int) -> int:
        """The adjectives before the head that belong to the name: up to the first capitalised
        one (Государственный Совет, Казахский государственный академический театр)."""
        start = head
        k = head - 1
        while k >= 0 and doc[k].is_alpha and is_adjective(doc[k].text):
            if doc[k].text[:1].isupper():
                start = k
            k -= 1
        return start

    def chain(self, doc: Doc, j: int, chosen: list[Candidate]) -> tuple[int, bool, list[str]]:
        """Where the genitive chain after the head ends, whether it holds a proper name, and the
        countries in it."""
        starts = {c.start: c for c in chosen}
        end, proper, owners = j, False, []
        by_topic = False
        first = self.first_word(doc, j - 1)
        named_mid_sentence = doc[first].text[:1].isupper() and not doc[first].is_sent_start
        k = j
        while k < len(doc) and k - j < LONGEST:
            c = starts.get(k)
            if (c is None or not c.refs) and self.own_name(doc, k):
                break  # Совет Межбанковского объединения: the body named inside is the name
            if c is not None and c.kind in (*PLACES, "Organization") and (
                    genitive_word(doc[c.start]) or c.kind == "Organization" and c.refs
                    or k > j and self.place_cue(doc[k - 1])):  # Республики Польша
                proper = True
                owners += list(c.refs) if c.kind == "Country" else []
                k = end = c.end
                continue
            if c is not None and c.kind in ("Person", "CountryAdj"):
                break  # Правительства Казахстана Алихана Смаилова: the person is no part of it
            token = doc[k]
            if token.lower_ == "по" and end == k and not by_topic and named_mid_sentence:
                m = self.topic_end(doc, k + 1)
                if m > k + 1:  # Комитет по делам спорта, Агентство по защите и развитию конкуренции
                    by_topic = True
                    k = end = m
                    continue
            if token.text in JOINERS and k + 1 < len(doc) and doc[k + 1].is_alpha and doc[k + 1].is_lower:
                k += 1  # государств – участников
                continue
            if token.text == "(":  # Совет глав правительств (премьер-министров) государств-членов
                close = next((m for m in range(k + 1, min(k + 4, len(doc))) if doc[m].text == ")"), None)
                if close is None or not all(genitive_word(t) for t in doc[k + 1:close]):
                    break
                k = close + 1
                continue
            if token.lower_ == "и" and end == k and k + 1 < len(doc) and doc[k + 1].is_lower \
                    and doc[k - 1].is_lower and self.common_genitive(doc[k + 1]):
                k += 1  # театр оперы и балета, партия консерваторов и реформистов
                continue
            if not token.is_alpha and "-" not in token.text or len(token) == 1:
                break  # Д of Д.А.Медведев
            if not self.common_genitive(token) and not (token.text[:1].isupper() and genitive_word(token)):
                break
            if token.text[:1].isupper() and not token.is_sent_start and head_row(token) is None:
                proper = True  # Банк Астаны; Правительства is a class noun, no proper name
            k = end = k + 1
        end = self.without_cue_tail(doc, j, end)
        return end, proper, owners

    @staticmethod
    def topic_end(doc: Doc, m: int) -> int:
        """Where the dative phrase after по that says what a body deals with ends: lower-case
        nouns and adjectives in the dative, joined by и (по взаимодействию и мерам); the
        genitives after it are the chain's.  Only a name capitalised mid-sentence takes it: a
        sentence opening with Совещание по вопросам ... names a meeting."""
        def dative(k: int) -> bool:
            token = doc[k] if k < len(doc) else None
            return token is not None and token.is_alpha and token.is_lower and len(token) > 1 and any(
                p.tag.case == "datv" and p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in parses(token.text))

        start = m
        while dative(m) or m > start and doc[m].lower_ == "и" and dative(m + 1):
            m += 1
        return m

    @staticmethod
    def own_name(doc: Doc, k: int) -> bool:
        """A capitalised adjective that opens a class noun's name of its own (Региональной
        антитеррористической структуры, Делового совета)."""
        if not (doc[k].text[:1].isupper() and is_adjective(doc[k].text)):
            return False
        m = k + 1
        while m < len(doc) and doc[m].is_alpha and is_adjective(doc[m].text):
            m += 1
        row = head_row(doc[m]) if m < len(doc) else None
        return row is not None and row["group"] not in NOT_ENTITIES

    @staticmethod
    def common_genitive(token: Token) -> bool:
        """A noun or adjective that can be a genitive, no preposition, verb or name-less word."""
        found = parses(token.text)
        return bool(found) and found[0].tag.POS in ("NOUN", "ADJF", "PRTF") \
            and any(p.tag.case in GENITIVE for p in found)

    @staticmethod
    def without_cue_tail(doc: Doc, j: int, end: int) -> int:
        """Правительства страны: a bare place or class noun at the end says which state or body,
        and is no part of the name."""
        from kg.lang import language

        cues = language("ru").lexicons()
        last = doc[end - 1] if end > j else None
        if last is not None and last.is_lower and (end - 1 == j or not is_adjective(doc[end - 2].text)) \
                and (set(cues.cue_classes(keys_of(last))) & set(PLACES) or head_row(last) is not None) \
                and any(p.tag.number == "sing" for p in parses(last.text)[:1]):
            return end - 1  # Совета глав государств объединения: "of the union" points back to a name
                            # (not Совет глав регионов, where the regions are its members)
        return end

    @staticmethod
    def place_cue(token: Token) -> bool:
        from kg.lang import language

        return bool(set(language("ru").lexicons().cue_classes(keys_of(token))) & set(PLACES))

    @staticmethod
    def seat(doc: Doc, end: int, chosen: list[Candidate]) -> int:
        """A mission's name goes on to where it sits (Посольство Республики Польша в Казахстане)."""
        if end + 1 < len(doc) and doc[end].lower_ == "в":
            place = next((c for c in chosen if c.start == end + 1 and c.kind == "Country"), None)
            if place is not None:
                return place.end
        return end

    # -- quoted names -------------------------------------------------------------
    @staticmethod
    def quoted_names(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """A quoted name is a body's, a work's or a format's, never a place (театр «Астана Опера»,
        «Астана Опера» едет на гастроли, саммит «Центральная Азия + Китай»): a place inside a
        quoted name of capitalised words, or inside quotes after a class noun (ФК «Астана»),
        makes the quoted words an organisation; places joined by + or a dash name a format of
        meetings, which is no entity."""
        out = list(chosen)
        for start, end in quoted(doc):
            words = [t for t in doc[start:end] if not t.is_space]
            inside = [c for c in out if start <= c.start and c.end <= end]
            if not any(c.kind in PLACES for c in inside):
                continue
            if all(t.text[:1].isupper() or t.text in FORMAT_JOINERS for t in words) \
                    and any(t.text in FORMAT_JOINERS for t in words):
                out = [c for c in out if c not in inside or c.kind not in PLACES]
                continue  # саммит «Центральная Азия + Китай»: the name of a format of meetings
            if not all(t.text[:1].isupper() or t.is_digit for t in words):
                continue
            after_noun = start >= 2 and head_row(doc[start - 2]) is not None
            if len(words) < 2 and not after_noun:
                continue
            out = [c for c in out if c not in inside]
            out.append(Candidate(start, end, "Organization", (), "quoted", priority=3, label=doc[start:end].text))
        return sorted(out)

    # -- buildings and holidays --------------------------------------------------
    def without_buildings(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """Names a building or holiday noun heads or stands beside, and their other mentions
        (a country stays: в Казахстане is no building)."""
        names = {self.quoted_text(doc, c) for c in chosen
                 if c.kind in (*PLACES, "Organization", "Person") and not c.refs and self.building(doc, c)}
        names.discard("")
        if not names:
            return chosen
        return [c for c in chosen if c.kind in ("Title", "CountryAdj") or c.refs
                or self.quoted_text(doc, c) not in names]

    @staticmethod
    def building(doc: Doc, c: Candidate) -> bool:
        def marks(k: int, quoted: bool = True) -> bool:
            row = head_row(doc[k]) if 0 <= k < len(doc) else None
            return row is not None and row["group"] in NOT_ENTITIES and (quoted or row["group"] not in BY_QUOTE_ONLY)

        if any(marks(k) for k in range(c.start, c.end)):
            return True  # Дворец нации, Георгиевский зал, Астанинский международный форум
        k = c.start - 1
        while k >= 0 and doc[k].text in ("«", '"', "“", "„"):
            k -= 1
        after = c.end + (1 if c.end < len(doc) and doc[c.end].text in ("»", '"', "”", "“") else 0)
        return (k >= 0 and doc[k].is_lower and marks(k, k < c.start - 1)) \
            or (after < len(doc) and doc[after].is_lower and marks(after, after > c.end))

    @staticmethod
    def quoted_text(doc: Doc, c: Candidate) -> str:
        from kg.lang.ru.morphology import default_analyser, fold

        return " ".join(fold(default_analyser().lemma(t.text)) for t in doc[c.start:c.end]
                        if any(ch.isalpha() for ch in t.text))
