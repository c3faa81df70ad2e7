"""Build ``kg/lang/kk/data/lexicon.tsv`` from the KazNERD text.

Run ``python -m kg.lang.kk.build_lexicon ../shared/data/kaznerd/kaznerd_valid.iob2``.
For each word it records how often it stands bare and with how many distinct
endings the corpus shows it: a real stem has a paradigm (Қазақстан,
Қазақстанның, Қазақстанға ...), an inflected form has none.
"""
from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from kg.lang.kk import DATA as KK_DATA
from kg.lang.kk.morphology import NounAnalyser, load_phonology, load_suffixes


def corpus_words(path: Path) -> Counter[str]:
    from kg.ner.conll import read_conll

    counts: Counter[str] = Counter()
    for sent_id, tokens, _tags in read_conll(path):
        if sent_id.startswith("BID"):
            continue
        for token in tokens:
            word = token.casefold()
            if any(ch.isalpha() for ch in word):
                counts[word] += 1
    return counts


def paradigms(counts: Counter[str]) -> dict[str, int]:
    analyser = NounAnalyser(load_suffixes(), load_phonology())
    forms: dict[str, set[str]] = defaultdict(set)
    for word in counts:
        for reading in analyser.analyses(word):
            if reading.lemma in counts and reading.lemma != word:
                forms[reading.lemma].add(word)
    return {stem: len(f) for stem, f in forms.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kaznerd", type=Path)
    ap.add_argument("--out", type=Path, default=KK_DATA.path("lexicon.tsv"))
    args = ap.parse_args(argv)
    counts = corpus_words(args.kaznerd)
    para = paradigms(counts)
    lines = ["# word\tbare count\tdistinct inflected forms seen (KazNERD validation split, CC BY 4.0)"]
    lines += [f"{w}\t{counts[w]}\t{para.get(w, 0)}" for w in sorted(counts)]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(counts)} words, {sum(1 for v in para.values() if v)} with a paradigm -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
