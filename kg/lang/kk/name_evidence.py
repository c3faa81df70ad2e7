"""Is a capitalised word a name?  How the language writes it elsewhere says.

A headline or a sentence start capitalises any word (Келіссөз, Саммит,
Әлбетте), so a capital letter is weak evidence.  Strong evidence is how the word
is used in running text: a common word is written in lower case outside names,
a name stands inside one.  ``kg/lang/kk/data/name_evidence.tsv`` records, for each
lemma of the KazNERD text (CC BY 4.0), how often it stands inside a name
(PERSON, GPE, ORGANISATION, LOCATION, FACILITY), in lower case outside names,
and capitalised outside names in mid-sentence.  Regenerate it with
``make lexicon`` (``python -m kg.lang.kk.name_evidence KAZNERD.iob2``).

>>> is_common_use(WordUse(in_names=0, lower=12, capitalised=1))
True
>>> is_common_use(WordUse(in_names=30, lower=2, capitalised=0))
False
>>> is_common_use(WordUse(in_names=0, lower=1, capitalised=0))
False
"""
from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Iterable, Iterator

from kg.identity.names import name_key
from kg.lang.kk import DATA as KK_DATA
from kg.tokens import reading_of

NAME_TAGS = frozenset({"PERSON", "GPE", "ORGANISATION", "LOCATION", "FACILITY"})
FILE = ("name_evidence.tsv",)
MIN_USES = 2          # fewer plain uses than this is no evidence either way
MAX_NAME_SHARE = 0.1  # a word inside names more often than this may be a name
GIVEN_NAMES = "given_names.txt"
INITIAL = re.compile(r"^[^\W\d_](?:\.-?[^\W\d_])*$")  # Қ, Қ.-Ж (the tokenizer keeps the last full stop apart)
SHORT_WORD_USES = 20  # a two-letter word (Ол, Бұл) is a common word only on this much evidence (Си, Ли are names)


@dataclass(frozen=True)
class WordUse:
    in_names: int
    lower: int
    capitalised: int

    @property
    def plain(self) -> int:
        return self.lower + self.capitalised


def is_common_use(use: WordUse) -> bool:
    """Written in lower case often enough, and almost never inside a name."""
    total = use.in_names + use.plain
    return use.lower >= MIN_USES and use.in_names <= MAX_NAME_SHARE * total


@cache
def name_evidence() -> dict[str, WordUse]:
    path = KK_DATA.path(*FILE)
    if not path.exists():
        return {}
    out: dict[str, WordUse] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        lemma, in_names, lower, capitalised = line.split("\t")
        out[lemma] = WordUse(int(in_names), int(lower), int(capitalised))
    return out


def is_common_word(lemmas: Iterable[str]) -> bool:
    """Any reading of the word is a common word of the language (keys of a token:
    its form, lemmas and nominatives, case-folded)."""
    evidence = name_evidence()
    return any(is_common_use(evidence[k]) for k in lemmas if k in evidence)


def is_never_name(lemmas: Iterable[str], min_lower: int = MIN_USES) -> bool:
    """Never inside a name and common in lower case: a discourse word (Сондай-ақ,
    Осылайша, Биыл) that a capitalised run swallowed.  Stricter than
    :func:`is_common_word`, since a first name may be a common word too (Болат)."""
    evidence = name_evidence()
    return any(evidence[k].in_names == 0 and evidence[k].lower >= min_lower for k in lemmas if k in evidence)


def best_keys(token) -> set[str]:
    """The word and its best lemma: a weaker reading (Алматы as алма + -ты) is no evidence."""
    return {token.text.casefold(), token.lemma_.casefold()}


def well_cased(word: str) -> bool:
    """Each hyphen-joined part is capitalised, lower case or an abbreviation: not
    ТАНЫСТЫКеше, where a capitals headline ran into the next sentence."""
    return all(part[1:].islower() or part.isupper() or len(part) < 2 or not part.isalpha()
               for part in word.split("-"))


@cache
def given_names() -> frozenset[str]:
    """First names (kg/lang/kk/build_given_names.py: pymorphy3's Name lemmas and KazNERD's)."""
    path = KK_DATA.path(GIVEN_NAMES)
    return KK_DATA.read_word_list(GIVEN_NAMES) if path.exists() else frozenset()


def is_given_name(token) -> bool:
    """The word is a first name (Шарль, Ян, Джон) and not a common word of the language: a
    capitalised word after it is then a surname, whatever its ending (Шарль Жюдтің)."""
    keys = best_keys(token)
    return listed_first_name(token) and not is_common_word(keys)


def listed_first_name(token) -> bool:
    """The word is in the list of first names, a common word or not (Еркін: free; Мақсат: aim).
    The list spells Kazakh names the Russian way (Мурат, Еркин, Максат): a Kazakh spelling
    (Мұрат, Еркін, Мақсат) is looked up with its letters folded to the Russian ones."""
    keys = best_keys(token)
    spellings = {k.replace("ё", "е") for k in keys} | {name_key(k) for k in keys}
    return bool(spellings & given_names())


@cache
def surname_only_endings(endings: tuple[str, ...]) -> tuple[str, ...]:
    """The surname endings few first names share (-ов, -ская, not -ин, -ина, -ян: Камалтин,
    Марина, Гаян are first names): a word so ended is a surname.  Few is fewer than one in
    two hundred of the list of first names (-ов: 12 of 13,000; -ян: 101; -ин: 421)."""
    names = given_names()
    # each name's endings of the lengths asked, counted in one pass (a pass over the names for
    # each ending was 0.02 CPU s of every start)
    lengths = {len(e) for e in endings if e}
    tails = Counter(name[-k:] for name in names for k in lengths if len(name) >= k)
    return tuple(e for e in endings if (tails[e] if e else len(names)) * 200 < len(names))


def is_initial(doc, k: int) -> bool:
    """The word at ``k`` is a first name cut to its letters, before a full stop and a
    name: Қ.Тоқаев, Қ.-Ж. Тоқаев, and the two letters of one sound, Дж.Керри (written
    close to the name, unlike a two-letter word ending a sentence)."""
    text = doc[k].text
    if k + 2 >= len(doc) or doc[k + 1].text != "." or not doc[k + 2].text[:1].isupper():
        return False
    if INITIAL.match(text):
        return True
    return len(text) == 2 and text.isalpha() and text[0].isupper() and text[1].islower() \
        and not doc[k + 1].whitespace_


def in_nominative(token) -> bool:
    reading = reading_of(token)
    return reading is None or reading.case == "Nom"


def has_surname_ending(token, endings: tuple[str, ...]) -> bool:
    """The word, its best lemma or its nominative ends like a surname (Тоқаевпен → Тоқаев).
    A weaker stem is no evidence: Провинцияның is not Провинциян (-ян) in the genitive."""
    reading = reading_of(token)
    keys = best_keys(token) | ({reading.nominative.casefold()} if reading is not None else set())
    return any(s.endswith(endings) and len(s) > 4 for s in keys)


# -- building the data file -------------------------------------------------------
def tagged_sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    """(word, tag) sentences of a KazNERD IOB2 file."""
    from kg.ner.conll import read_conll

    for _sent_id, tokens, tags in read_conll(path):
        yield list(zip(tokens, tags or ["O"] * len(tokens)))


def count_uses(sentences: Iterable[list[tuple[str, str]]]) -> dict[str, list[int]]:
    from kg.lang.kk.morphology import default_analyser

    analyser = default_analyser()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for sentence in sentences:
        for i, (word, tag) in enumerate(sentence):
            if not any(ch.isalpha() for ch in word):
                continue
            lemma = analyser.analyse(word).lemma.casefold()
            if tag[2:] in NAME_TAGS:
                counts[lemma][0] += 1
            elif word[:1].islower():
                counts[lemma][1] += 1
            elif i > 0 and sentence[i - 1][0] not in ("«", '"', "(", "-", "–", "—"):
                counts[lemma][2] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build kg/lang/kk/data/name_evidence.tsv from KazNERD.")
    ap.add_argument("kaznerd", type=Path)
    ap.add_argument("--out", type=Path, default=KK_DATA.path(*FILE))
    args = ap.parse_args(argv)
    counts = count_uses(tagged_sentences(args.kaznerd))
    lines = ["# lemma\tinside names\tlower case outside names\tcapitalised mid-sentence outside names"
             " (KazNERD validation split, CC BY 4.0)"]
    lines += [f"{lemma}\t{a}\t{b}\t{c}" for lemma, (a, b, c) in sorted(counts.items())]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(counts)} lemmas -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
