"""Score `kg ner`'s three routes on KazNERD sentences a model never trained on.

`kg ner --conll` tags with :class:`kg.ner.hybrid.HybridTagger`: the model's
entities with the gazetteers' places and leaders put in.  This module scores,
per label, exact spans of each route on held-out sentences, through that same
code path:

* ``--split dev``: the shipped model (``kg/models/ner_kk``) on the 10% dev split
  ``kg.ner.train`` kept out of training (dev chose the checkpoint, so the model
  route is slightly optimistic);
* ``--folds DIR``: the models of ``python -m kg.ner.train --cv K --keep-folds DIR``,
  each on its own held-out fold (no sentence of a fold chose its checkpoint).

The gazetteer route is the tagger without the model.  The language package's
KazNERD-derived evidence (``name_evidence.tsv``: how often a lemma stands inside
names; the KazNERD half of ``given_names.txt``) is rebuilt from the sentences the
model trained on (the other folds; the 90% training split), so no route has seen
the held-out sentences' tags (``lexicon.tsv``, counts of word forms without tags,
stays); ``--shipped-evidence`` keeps the shipped files.  ``--errors FILE`` writes
every wrong or missed span of the hybrid (for reading the validation data only).

    python -m kg.ner.heldout --split dev
    python -m kg.ner.heldout --folds /tmp/cv --k 3
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Iterable, Optional, Sequence

from kg.ner.conll import Sentence, doc_to_tags
from kg.ner.hybrid import HybridTagger

LABELS = ("PERSON", "GPE", "LOCATION", "ORGANISATION", "NORP", "POSITION")
ROUTES = ("model", "gazetteer", "hybrid")
Span3 = tuple[int, int, str]


def spans(tags: Sequence[str]) -> set[Span3]:
    """Exact (start, end, label) spans of an IOB2 sequence.

    >>> sorted(spans(["B-PERSON", "I-PERSON", "O", "B-GPE", "B-GPE"]))
    [(0, 2, 'PERSON'), (3, 4, 'GPE'), (4, 5, 'GPE')]
    """
    out, start, label = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O" or tag.startswith("B-") or tag[2:] != label:
            if start is not None:
                out.add((start, i, label))
                start = None
            if tag != "O":
                start, label = i, tag[2:]
    return out


class Counts:
    """True positives, false positives and misses per label."""

    def __init__(self) -> None:
        self.tp: Counter = Counter()
        self.fp: Counter = Counter()
        self.fn: Counter = Counter()

    def add(self, predicted: set[Span3], gold: set[Span3]) -> None:
        self.tp.update(s[2] for s in predicted & gold)
        self.fp.update(s[2] for s in predicted - gold)
        self.fn.update(s[2] for s in gold - predicted)

    def prf(self, label: str) -> dict:
        tp, fp, fn = self.tp[label], self.fp[label], self.fn[label]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}


def score(sentences: Sequence[Sentence], model_path: Optional[Path], counts: dict[str, Counts],
          errors: Optional[list] = None) -> None:
    """Add each route's spans on ``sentences`` to ``counts`` (route -> Counts)."""
    tagger = HybridTagger(model_path=model_path)
    lists = HybridTagger(use_ner=False)
    for sid, tokens, gold_tags in sentences:
        gold = spans(gold_tags or [])
        doc = tagger.analyse(tokens)
        routes = {"model": spans(doc_to_tags(doc)), "hybrid": spans(tagger.arbitrate(doc)),
                  "gazetteer": spans(lists.tags(tokens))}
        for route, predicted in routes.items():
            counts[route].add(predicted, gold)
        if errors is not None and routes["hybrid"] != gold:
            errors.append({"id": sid, "tokens": tokens, "gold": sorted(gold), "hybrid": sorted(routes["hybrid"]),
                           "model": sorted(routes["model"])})


def fold_evidence(train: Sequence[Sentence], folder: Path, dictionary: frozenset[str]) -> None:
    """Make the language package read name evidence and first names built from ``train`` alone."""
    import kg.lang.kk.name_evidence as evidence
    from kg.data import DataFolder

    folder.mkdir(parents=True, exist_ok=True)
    counts = evidence.count_uses([list(zip(toks, tags)) for _sid, toks, tags in train])
    (folder / evidence.FILE[0]).write_text(
        "".join(f"{lemma}\t{a}\t{b}\t{c}\n" for lemma, (a, b, c) in sorted(counts.items())), encoding="utf-8")
    names = set(dictionary)
    for _sid, toks, tags in train:
        names.update(t.casefold() for i, (t, tag) in enumerate(zip(toks, tags))
                     if tag == "B-PERSON" and i + 1 < len(tags) and tags[i + 1] == "I-PERSON"
                     and t.isalpha() and t[1:].islower())
    (folder / evidence.GIVEN_NAMES).write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    evidence.KK_DATA = DataFolder(folder)
    for cached in (evidence.name_evidence, evidence.given_names, evidence.surname_only_endings):
        cached.cache_clear()


def held_out(data: Path, k: int, seed: int = 0, dev_frac: float = 0.1) -> tuple[list, list, list[list]]:
    """The dev split of the final model, its training split and the K folds, as ``kg.ner.train`` makes them."""
    from kg.ner.train import load_kaznerd, split_dev

    sents = load_kaznerd(data)
    random.Random(seed).shuffle(sents)
    train, dev = split_dev(sents, dev_frac)
    return dev, train, [sents[i::k] for i in range(k)]


def table(counts: dict[str, Counts], labels: Iterable[str]) -> str:
    rows = [f"{'label':<14}{'route':<11}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}"]
    for label in labels:
        for route in ROUTES:
            v = counts[route].prf(label)
            rows.append(f"{label:<14}{route:<11}{v['p']:>7.3f}{v['r']:>7.3f}{v['f']:>7.3f}{v['tp'] + v['fn']:>6}")
    return "\n".join(rows)


def main(argv: Optional[Sequence[str]] = None) -> int:
    from kg.lang.kk.build_given_names import dictionary_names
    from kg.ner.train import DEFAULT_DATA

    ap = argparse.ArgumentParser(prog="python -m kg.ner.heldout", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", choices=["dev"], default=None, help="the shipped model on its dev split")
    ap.add_argument("--model", type=Path, default=None, help="with --split dev: another model")
    ap.add_argument("--folds", type=Path, default=None, help="DIR of fold1..foldK models (train --keep-folds)")
    ap.add_argument("--k", type=int, default=3)
    ap.add_argument("--fold", type=int, nargs="*", default=None, help="with --folds: only these folds (1-based)")
    ap.add_argument("--shipped-evidence", action="store_true",
                    help="keep the shipped name evidence (built from all of KazNERD, held-out sentences too)")
    ap.add_argument("--report", type=Path, default=None, help="write the scores as JSON here")
    ap.add_argument("--errors", type=Path, default=None, help="write the hybrid's wrong sentences (JSON lines)")
    args = ap.parse_args(argv)
    if (args.split is None) == (args.folds is None):
        ap.error("give one of --split dev or --folds DIR")
    if not args.data.exists():
        print(f"kg: error: {args.data}: no such file", file=sys.stderr)
        return 2
    dev, train, folds = held_out(args.data, args.k)
    counts = {route: Counts() for route in ROUTES}
    errors: Optional[list] = [] if args.errors else None
    dictionary = frozenset() if args.shipped_evidence else frozenset(dictionary_names())
    if args.split:
        runs = [(dev, train, args.model)]
    else:
        runs = [(fold, [s for j, f in enumerate(folds, start=1) if j != i for s in f], args.folds / f"fold{i}")
                for i, fold in enumerate(folds, start=1) if not args.fold or i in args.fold]
    for test, trained_on, path in runs:
        if path is not None and not (path / "config.cfg").exists():
            print(f"kg: error: {path}: no model", file=sys.stderr)
            return 2
        with tempfile.TemporaryDirectory(prefix="kg_evidence_") as folder:
            if not args.shipped_evidence:
                fold_evidence(trained_on, Path(folder), dictionary)
            score(test, path, counts, errors)
    print(table(counts, LABELS))
    if args.report:
        args.report.write_text(json.dumps({r: {lab: counts[r].prf(lab) for lab in LABELS} for r in ROUTES},
                                          indent=1) + "\n", encoding="utf-8")
    if errors is not None:
        with args.errors.open("w", encoding="utf-8") as f:
            for e in errors:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
