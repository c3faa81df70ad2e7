"""Build ``kg/lang/kk/data/given_names.txt``: first names a Kazakh text may hold.

Run ``python -m kg.lang.kk.build_given_names ../shared/data/kaznerd/kaznerd_valid.iob2``.
Kazakh news names foreigners in Cyrillic (Шарль Жюд, Ян Цзечи, Джон Керри) with
surnames no ending marks, so the first name is the evidence that a capitalised
pair is a person's name.  Two sources, both kept by others: the first names of
pymorphy3's Russian dictionary (its ``Name`` lemmas: Russian, European, Arabic
and Asian first names as Russian spells them, which is how Kazakh spells them
too), and the first word of the two-word and longer PERSON names of the KazNERD
text (Kazakh first names, CC BY 4.0).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from kg.lang.kk import DATA as KK_DATA

FILE = "given_names.txt"


def dictionary_names() -> set[str]:
    """``Name`` lemmas of pymorphy3's dictionary (not the guesses of its predictor)."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    return {word.replace("ё", "е") for word, tag, normal, *_ in morph.dictionary.iter_known_words()
            if "Name" in tag and word == normal}


def kaznerd_names(path: Path) -> set[str]:
    """The first word of each PERSON name of two words or more (a surname follows it)."""
    from kg.ner.conll import read_conll

    out: set[str] = set()
    for sent_id, tokens, tags in read_conll(path):
        if sent_id.startswith("BID") or tags is None:
            continue
        for i, (token, tag) in enumerate(zip(tokens, tags)):
            if tag == "B-PERSON" and i + 1 < len(tags) and tags[i + 1] == "I-PERSON" \
                    and token.isalpha() and token[1:].islower():
                out.add(token.casefold())
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kaznerd", type=Path)
    ap.add_argument("--out", type=Path, default=KK_DATA.path(FILE))
    args = ap.parse_args(argv)
    names = dictionary_names() | kaznerd_names(args.kaznerd)
    lines = ["# First names, lower case: pymorphy3-dicts-ru (Name lemmas; the package is MIT, its dictionary OpenCorpora's, CC BY-SA 3.0) and the first words of",
             "# KazNERD's PERSON names (validation split, CC BY 4.0).  Built by kg.lang.kk.build_given_names."]
    args.out.write_text("\n".join(lines + sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} first names -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
