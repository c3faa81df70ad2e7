"""A suffix analyser for Kazakh nouns and proper nouns.

Kazakh stacks suffixes in a fixed order, stem + plural + possessive + case
(+ the attributive -ғы/-гі after the locative), and each suffix has allomorphs
chosen by the last sound of what precedes it (consonant assimilation) and by
its vowels (harmony).  The analyser peels suffixes off from the right in that
order, keeps every reading whose allomorphs fit their environment, and ranks
the readings by lexicon evidence: a stem that is attested, and attested with
many endings, beats one that is not.  No word list can hold every name, so an
unknown word still gets the reading the grammar prefers.

The suffix inventory and the letter classes live in ``kg/data/lang``.

>>> from kg.lang.kk.morphology import default_analyser
>>> a = default_analyser().analyse("Тоқаевтың")
>>> a.lemma, a.case
('Тоқаев', 'Gen')
>>> a = default_analyser().analyse("қаласындағы")
>>> a.lemma, a.possessive, a.case, a.ki
('қала', '3', 'Loc', True)
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.tokens import Analysis
from kg.lang.kk import DATA as KK_DATA

CASES = ("Nom", "Gen", "Dat", "Acc", "Loc", "Abl", "Ins")


@dataclass(frozen=True)
class Suffix:
    slot: str
    form: str
    value: str
    after: frozenset[str]
    harmony: str


# Word forms whose readings a process keeps (each cache of readings by form is this big at most).
WORD_CACHE = 10_000


@dataclass(frozen=True)
class Phonology:
    classes: dict[str, frozenset[str]]
    devoice: dict[str, str]
    protected: tuple[str, ...]

    @cached_property
    def vowels(self) -> frozenset[str]:
        return self.classes["back_vowel"] | self.classes["front_vowel"] | self.classes["neutral_vowel"]

    def vowel_classes(self, text: str) -> list[str]:
        """Harmony classes of the vowels of ``text``, last first (и, у are neutral)."""
        out = []
        for ch in reversed(text.casefold()):
            if ch in self.classes["back_vowel"]:
                out.append("back")
            elif ch in self.classes["front_vowel"]:
                out.append("front")
        return out

    def disharmony(self, stem: str, harmony: str) -> float:
        """0 when the suffix agrees with the stem's last vowel; a little when it
        agrees with the one before (Тоқаевтың: the е of -ев is [йе]); else 1."""
        if harmony not in ("back", "front"):
            return 0.0
        classes = self.vowel_classes(stem)
        if not classes or classes[0] == harmony:
            return 0.0
        return 0.3 if len(classes) > 1 and classes[1] == harmony else 1.0

    def environments(self, stem: str) -> set[str]:
        """What the end of ``stem`` selects: vowel, sonorant, voiceless, ..."""
        if stem[-1:] in "ьъ" and len(stem) > 1:
            stem = stem[:-1]  # Чинь, Пенья: the soft sign is no sound of its own
        last = stem[-1:].casefold()
        envs: set[str] = set()
        vowels = self.vowels
        if last in vowels:
            envs.add("vowel")
        if last in vowels - {"у", "и"} or (last in {"у", "и"} and stem[-2:-1].casefold() not in vowels):
            envs.add("vowel")
        for name in ("sonorant_l", "sonorant_r", "nasal", "voiced", "voiceless"):
            if last in self.classes[name]:
                envs.add(name)
        if envs & {"sonorant_l", "sonorant_r"} or last == "и":
            envs.add("sonorant")  # и is [ій]: writers choose Райсидің as well as Райсиның
        if last not in vowels or last == "у" and stem[-2:-1].casefold() in vowels:
            envs.add("consonant")
        if stem.casefold().endswith(self.protected):
            envs.add("poss3")
        return envs

    def odd_final_cluster(self, stem: str) -> bool:
        """Kazakh words end in one consonant or in a sonorant/с + stop (Шымкент, Минск), not in лш or кш."""
        tail = stem[-2:].casefold()
        vowels = self.vowels
        if len(tail) < 2 or tail[0] in vowels or tail[1] in vowels:
            return False
        return not (tail[0] in "рлйнсуңмз" and tail[1] in "ткқсдзшгб")

    def has_vowel(self, text: str) -> bool:
        return not self.vowels.isdisjoint(text.casefold())


@dataclass
class _Reading:
    """A reading under construction, stripped from the right."""

    rest: str
    case: str = "Nom"
    number: str = "Sing"
    possessive: str | None = None
    ki: bool = False
    derivation: tuple[str, ...] = ()
    suffixes: list[Suffix] = field(default_factory=list)
    nominative: str = ""
    mismatches: int = 0
    disharmony: float = 0.0


ORDER = ("ki", "case", "poss", "plural")
# News is written in the third person: a first- or second-person possessive
# reading must earn its place (Тоқаевтың is not "your Тоқаевты").
POSSESSIVE_PRIOR = {"1sg": -0.6, "2sg": -1.0, "2sg.pol": -0.3, "1pl": -0.2}


class NounAnalyser:
    """Reads Kazakh noun forms; ``lexicon_score`` says how well a stem is attested."""

    def __init__(
        self,
        suffixes: Iterable[Suffix],
        phonology: Phonology,
        lexicon_score: Callable[[str], float] = lambda stem: 0.0,
        min_stem: int = 2,
    ) -> None:
        self.by_slot: dict[str, list[Suffix]] = {}
        for s in suffixes:
            self.by_slot.setdefault(s.slot, []).append(s)
        for forms in self.by_slot.values():
            forms.sort(key=lambda s: -len(s.form))
        # a slot's suffixes that can end a word ending in a given letter, in by_slot's order:
        # a word is tested against a handful of them instead of all of them
        self._by_last_letter: dict[tuple[str, str], tuple[Suffix, ...]] = {}
        self.phon = phonology
        self.lexicon_score = lexicon_score
        self.min_stem = min_stem
        # by word form, bounded: news repeats its common words, and the rare ones of an
        # archive would otherwise hold memory that grows with the archive
        self._cached_readings = lru_cache(maxsize=WORD_CACHE)(lambda word: tuple(self._rank(word)))
        self._cached_base = lru_cache(maxsize=WORD_CACHE)(self._base)

    # -- public --------------------------------------------------------------
    def analyses(self, word: str) -> tuple[Analysis, ...]:
        """Every reading of ``word``, best first."""
        return self._cached_readings(word)

    def analyse(self, word: str) -> Analysis:
        return self.analyses(word)[0]

    def lemma(self, word: str) -> str:
        return self.analyse(word).lemma

    def base(self, word: str) -> str:
        """The lemma with a derivational ending removed too (экономикалық → экономика)."""
        return self._cached_base(word)

    def _base(self, word: str) -> str:
        lemma = self.analyse(word).lemma
        for derived in self._derivations(lemma):
            if self.lexicon_score(derived) > 0:
                return derived
        return lemma

    # -- readings ------------------------------------------------------------
    def _rank(self, word: str) -> list[Analysis]:
        head, sep, tail = word.rpartition("-")
        if sep and head and tail.islower() and not head.islower():
            suffixed = self._suffix_after_hyphen(word, head, tail)
            if suffixed:
                return suffixed
        prefix = head + sep if tail and self.phon.has_vowel(head) else ""
        last = tail if prefix else word
        readings = list(self._readings(last))
        scored = [self._finish(word, prefix, r) for r in readings]
        scored.sort(key=lambda a: (-a.score, len(a.suffixes)))
        return scored

    def _suffix_after_hyphen(self, word: str, head: str, tail: str) -> list[Analysis]:
        """АҚШ-тың, COP29-ға, Нью-Йорк-те: a hyphen that only separates the endings from the name."""
        found = []
        for r in self._strip(_Reading(rest=head + tail, nominative=head + tail), 0):
            if r.rest == head:
                found.append(self._finish(word, "", r))
        if not found and not self.phon.has_vowel(head):  # Филипп VI-мен, COP29-ға: no Kazakh vowel to check
            found = [Analysis(word, head, head, case=s.value, suffixes=(s.form,))
                     for s in self.by_slot.get("case", ()) if s.form == tail.casefold()][:1]
        found.sort(key=lambda a: -a.score)
        return [replace(a, surface=word) for a in found]

    def _readings(self, word: str) -> Iterator[_Reading]:
        yield _Reading(rest=word, nominative=word)
        yield from self._strip(_Reading(rest=word, nominative=word), 0)

    def _strip(self, reading: _Reading, slot_index: int) -> Iterator[_Reading]:
        for index in range(slot_index, len(ORDER)):
            slot = ORDER[index]
            if slot == "case" and reading.ki and reading.case != "Nom":
                continue
            low = reading.rest.casefold()
            longest = len(reading.rest) - self.min_stem
            for suffix in self._ending_in(slot, low[-1:]):
                # most suffixes do not end the word: test that here, not in a call of _peel each
                if len(suffix.form) > longest or not low.endswith(suffix.form):
                    continue
                nxt = self._peel(reading, suffix)
                if nxt is None:
                    continue
                if slot != "ki":  # -ғы/-гі stands only after a locative: never a reading of its own
                    yield from self._variants(nxt)
                yield from self._strip(nxt, index + 1)

    def _ending_in(self, slot: str, letter: str) -> tuple[Suffix, ...]:
        key = (slot, letter)
        found = self._by_last_letter.get(key)
        if found is None:
            found = self._by_last_letter[key] = tuple(s for s in self.by_slot.get(slot, ())
                                                      if not s.form or s.form.endswith(letter))
        return found

    def _peel(self, reading: _Reading, suffix: Suffix) -> _Reading | None:
        """The reading with ``suffix`` peeled off; the caller has checked that the word ends in it."""
        rest = reading.rest
        stem = rest[: len(rest) - len(suffix.form)]
        if len(stem) < self.min_stem or not self.phon.has_vowel(stem):
            return None
        if reading.ki and suffix.slot == "case" and suffix.value != "Loc":
            return None
        nxt = _Reading(
            rest=stem,
            case=reading.case,
            number=reading.number,
            possessive=reading.possessive,
            ki=reading.ki,
            suffixes=[*reading.suffixes, suffix],
            nominative=reading.nominative,
            mismatches=reading.mismatches,
            disharmony=reading.disharmony,
        )
        if suffix.slot == "ki":
            nxt.ki = True
        elif suffix.slot == "case":
            nxt.case = suffix.value
            nxt.nominative = stem
        elif suffix.slot == "poss":
            if rest.casefold().endswith(self.phon.protected):
                return None
            nxt.possessive = suffix.value
        elif suffix.slot == "plural":
            nxt.number = "Plur"
        if not self._fits(suffix, stem, nxt):
            return None
        return nxt

    def _fits(self, suffix: Suffix, stem: str, nxt: _Reading) -> bool:
        """Does ``suffix`` fit after ``stem``?  Structural conditions are hard,
        sound ones soft: names borrowed from Russian break them (Тоқаевтың)."""
        if suffix.slot == "ki":
            return True
        structural = suffix.after & {"poss3", "poss12"}
        if structural and self._ends_in_possessive(stem, structural):
            return True
        if suffix.after <= {"poss3", "poss12"}:
            return False
        if not suffix.after & self.phon.environments(stem):
            nxt.mismatches += 1
        nxt.disharmony += self.phon.disharmony(stem, suffix.harmony)
        return True

    def _ends_in_possessive(self, stem: str, which: set[str]) -> bool:
        low = stem.casefold()
        if low.endswith(self.phon.protected):
            return True
        forms = [s for s in self.by_slot.get("poss", ()) if ("poss3" in which and s.value == "3")
                 or ("poss12" in which and s.value in ("1sg", "2sg"))]
        return any(low.endswith(s.form) and len(low) - len(s.form) >= self.min_stem for s in forms)

    def _variants(self, reading: _Reading) -> Iterator[_Reading]:
        """Undo the voicing of к/қ/п before a vowel: ынтымақтастығы → ынтымақтастық."""
        last = reading.suffixes[-1]
        rest = reading.rest
        if last.form[0] in "аәеіыұүоө" and rest[-1:].casefold() in self.phon.devoice:
            voiceless = self.phon.devoice[rest[-1:].casefold()]
            if rest[-1].isupper():
                voiceless = voiceless.upper()
            yield _Reading(**{**reading.__dict__, "rest": rest[:-1] + voiceless,
                              "suffixes": list(reading.suffixes)})
        else:
            yield reading

    def _derivations(self, lemma: str) -> Iterator[str]:
        for suffix in self.by_slot.get("deriv", ()):
            if lemma.casefold().endswith(suffix.form):
                stem = lemma[: len(lemma) - len(suffix.form)]
                if len(stem) >= self.min_stem and self.phon.has_vowel(stem):
                    yield stem
                    if stem[-1:] in self.phon.devoice:
                        yield stem[:-1] + self.phon.devoice[stem[-1]]

    def _finish(self, word: str, prefix: str, r: _Reading) -> Analysis:
        if r.ki and r.case != "Loc":
            r.mismatches += 3
        lemma = prefix + r.rest
        evidence = self.lexicon_score(lemma) if prefix else self.lexicon_score(r.rest)
        if prefix and evidence == 0:
            evidence = 0.5 * self.lexicon_score(r.rest)
        # Foreign names keep foreign sounds: harmony and final clusters bind them less (Пупар-Лафаржді)
        proper = r.rest[:1].isupper()
        if r.suffixes and not proper and self.phon.odd_final_cluster(r.rest):
            r.mismatches += 1
        harmony_weight = 0.15 if proper else 0.8
        score = (evidence - 1.5 * r.mismatches - harmony_weight * r.disharmony + 0.3 * len(r.suffixes)
                 + POSSESSIVE_PRIOR.get(r.possessive, 0.0))
        if r.suffixes and r.suffixes[-1].after <= {"poss3", "poss12"} and r.possessive is None \
                and not r.rest.casefold().endswith(self.phon.protected):
            score -= 0.2
        nominative = prefix + (r.nominative if r.suffixes else r.rest)
        if r.possessive is None and r.number == "Sing":
            nominative = lemma
        return Analysis(
            surface=word,
            lemma=lemma,
            nominative=nominative,
            case=r.case,
            number=r.number,
            possessive=r.possessive,
            ki=r.ki,
            suffixes=tuple(s.form for s in reversed(r.suffixes)),
            score=score,
        )


# -- loading -----------------------------------------------------------------

def load_suffixes() -> list[Suffix]:
    return [
        Suffix(row["slot"], row["form"], row["value"], frozenset(row["after"].split()), row["harmony"])
        for row in KK_DATA.read_tsv("suffixes.tsv")
    ]


def load_phonology() -> Phonology:
    classes: dict[str, frozenset[str]] = {}
    devoice: dict[str, str] = {}
    protected: tuple[str, ...] = ()
    for row in KK_DATA.read_tsv("phonology.tsv"):
        name, letters = row["class"], row["letters"]
        if name == "devoice":
            devoice = dict(pair.split(":") for pair in letters.split())
        elif name == "protected":
            protected = tuple(letters.split())
        else:
            classes[name] = frozenset(letters)
    return Phonology(classes, devoice, protected)


@cache
def corpus_lexicon() -> dict[str, tuple[int, int]]:
    """stem → (times seen bare, distinct inflected forms seen) from the KazNERD text."""
    path = KK_DATA.path("lexicon.tsv")
    if not path.exists():
        return {}
    out: dict[str, tuple[int, int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        word, bare, forms = line.split("\t")
        out[word] = (int(bare), int(forms))
    return out


def make_lexicon_score(known: Iterable[str] = ()) -> Callable[[str], float]:
    """Evidence for a stem: names and lexicon words we ship count most; then
    how often the corpus shows it bare, and with how many different endings."""
    corpus = corpus_lexicon()
    known_set = {k.casefold() for k in known}

    def score(stem: str) -> float:
        key = stem.casefold()
        value = 4.0 if key in known_set else 0.0
        bare, forms = corpus.get(key, (0, 0))
        if len(key) <= 2 and forms < 2 and not value:
            return 0.0  # да, те, ма: particles, not stems
        return value + 0.1 * math.log1p(bare) + 1.0 * math.log1p(forms)

    return score


# The stems the analyser trusts, decided ahead from the shipped data (``python -m
# kg.lang.kk.build_stems``): deciding them reads every known word with a first analyser, a
# third of a second at every process start.  The table's first line is the stamp of what it
# was decided from.
STEMS_TABLE = "known_stems.txt"


def stem_sources() -> list[Path]:
    """Everything the known stems depend on: the code that decides them, the analyser's data
    and the files the known words come from."""
    from kg.data import DATA_DIR
    from kg.lang.kk import lexicon

    gazetteer, lexicons = DATA_DIR / "gazetteer", KK_DATA.path("lexicons")
    return [Path(__file__), Path(lexicon.__file__), DATA_DIR / "__init__.py",
            *(KK_DATA.path(name) for name in ("suffixes.tsv", "phonology.tsv", "lexicon.tsv")),
            *sorted(gazetteer.glob("*.tsv")), *sorted(lexicons.glob("*.tsv"))]


def stems_stamp() -> str:
    """A digest of :func:`stem_sources`: a table made from other sources is not used."""
    digest = hashlib.sha1()
    for path in stem_sources():
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()[:16]


def decide_stems(suffixes: list[Suffix], phonology: Phonology) -> set[str]:
    """The stem of each known word: the word itself, unless an analyser with the corpus's
    evidence alone reads it as inflected (a possessive or a plural) onto a better-attested
    lemma (Республикасы is a name as written; Әмірлігі the possessive of Әмірлік)."""
    from kg.lang.kk.lexicon import known_words

    corpus_only = NounAnalyser(suffixes, phonology, make_lexicon_score())
    corpus_score = corpus_only.lexicon_score
    stems = set()
    for word in known_words():
        best = corpus_only.analyse(word)
        inflected = (best.possessive or best.number == "Plur") and not word.endswith(phonology.protected)
        better = inflected and corpus_score(best.lemma) > corpus_score(word)
        stems.add(best.lemma if better else word)
    return stems


def shipped_stems() -> frozenset[str] | None:
    """The table of known stems, or None if it is missing or was made from other sources
    (then they are decided live: the same stems, a slower start)."""
    path = KK_DATA.path(STEMS_TABLE)
    if not path.exists():
        return None
    stamp, _, rest = path.read_text(encoding="utf-8").partition("\n")
    if stamp != f"# {stems_stamp()}":
        return None
    return frozenset(rest.split("\n")) - {""}


@cache
def default_analyser() -> NounAnalyser:
    """The analyser with the shipped suffixes and all shipped names and lexicons as evidence."""
    suffixes, phonology = load_suffixes(), load_phonology()
    stems = shipped_stems()
    if stems is None:
        stems = decide_stems(suffixes, phonology)
    return NounAnalyser(suffixes, phonology, make_lexicon_score(stems))
