"""Train (or cross-validate) the Kazakh NER pipeline on KazNERD.

Final model (~90% train, ~10% dev for early stopping; only the best model is
kept, without training corpora)::

    python -m kg.ner.train --out kg/models/ner_kk

K-fold cross-validation (each fold: train on K-1 parts, of which 10% is dev
for early stopping, score the held-out part; per-label P/R/F and micro F1,
mean over folds, JSON report)::

    python -m kg.ner.train --cv 3 --report kg/models/ner_kk/cv_report.json

More training sentences (``--extra FILE``, any number; ``--extra-repeat N``
shows each N times an epoch): IOB2 files tagged in KazNERD's scheme, e.g.
sentences of news pages.  They go into training only, never into the dev
split or a held-out fold, so the scores compare with a KazNERD-only model
(see :mod:`kg.ner.extra`)::

    python -m kg.ner.train --extra news.iob2 --extra-repeat 2 --out kg/models/ner_kk

Data: sentences with ids other than ``AID...`` (``BID``, ``CID``, ... ) are
re-writings of an ``AID`` sentence with numbers in digits and are dropped
whenever the ``AID`` sentence with the same number exists; exact duplicate
token sequences are dropped too.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Iterable, Optional, Sequence

import kg.lang.kk.kazakh  # noqa: F401  (registers language "kk"; must come first)
import kg.ner.features  # noqa: F401  (registers kg.KazakhMultiHashEmbed.v1)

import spacy
from spacy.tokens import DocBin
from spacy.training import Example

from kg.ner.conll import read_conll, to_doc
from kg.ner.extra import ExtraData, load_extra

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DATA = Path("/work/shared/data/kaznerd/kaznerd_valid.iob2")
DEFAULT_CONFIG = REPO / "configs" / "ner.cfg"
DEFAULT_OUT = REPO / "kg" / "models" / "ner_kk"
REPORT_LABELS = ("PERSON", "GPE", "LOCATION", "ORGANISATION", "POSITION", "EVENT")


def load_kaznerd(path: Path | str = DEFAULT_DATA) -> list[tuple[str, list[str], list[str]]]:
    """Read KazNERD, drop number-rewritten variants of AID sentences and exact duplicates."""
    sents = [s for s in read_conll(path) if s[2] is not None]
    aid_numbers = {sid[3:] for sid, _, _ in sents if sid.startswith("AID")}
    seen: set[tuple[str, ...]] = set()
    out = []
    for sid, toks, tags in sents:
        if not sid.startswith("AID") and sid[3:] in aid_numbers:
            continue
        key = tuple(toks)
        if key in seen:
            continue
        seen.add(key)
        out.append((sid, toks, tags))
    return out


def keep_labels(sents, labels: set[str] | None):
    """The sentences with every tag outside ``labels`` turned into O (None keeps all).

    >>> keep_labels([("s1", ["Тоқаев", "Бакуде"], ["B-PERSON", "B-GPE"])], {"PERSON"})
    [('s1', ['Тоқаев', 'Бакуде'], ['B-PERSON', 'O'])]
    """
    if not labels:
        return sents
    return [(sid, toks, [t if t[2:] in labels else "O" for t in tags]) for sid, toks, tags in sents]


def write_docbin(nlp, sents, path: Path) -> None:
    db = DocBin(store_user_data=False)
    for _sid, toks, tags in sents:
        db.add(to_doc(nlp, toks, tags))
    db.to_disk(path)


def train_pipeline(
    config: Path,
    train_sents,
    dev_sents,
    workdir: Path,
    overrides: Optional[dict] = None,
) -> Path:
    """Train with spaCy's training API; return the path of the best model."""
    from spacy.cli.train import train as spacy_train

    workdir.mkdir(parents=True, exist_ok=True)
    blank = spacy.blank("kk")
    write_docbin(blank, train_sents, workdir / "train.spacy")
    write_docbin(blank, dev_sents, workdir / "dev.spacy")
    ov = {"paths.train": str(workdir / "train.spacy"), "paths.dev": str(workdir / "dev.spacy")}
    ov.update(overrides or {})
    spacy_train(config, workdir / "output", overrides=ov)
    return workdir / "output" / "model-best"


def evaluate(nlp, sents) -> dict:
    """Per-label and micro precision/recall/F1 on gold-tokenised sentences."""
    examples = [Example(to_doc(nlp, toks), to_doc(nlp, toks, tags)) for _sid, toks, tags in sents]
    scores = nlp.evaluate(examples)
    support: Counter = Counter()
    for eg in examples:
        support.update(e.label_ for e in eg.reference.ents)
    per = {
        label: {"p": v["p"], "r": v["r"], "f": v["f"], "support": support.get(label, 0)}
        for label, v in (scores.get("ents_per_type") or {}).items()
    }
    return {
        "micro": {"p": scores["ents_p"], "r": scores["ents_r"], "f": scores["ents_f"],
                  "support": sum(support.values())},
        "per_label": per,
    }


def words_per_second(nlp, sents, repeats: int = 1) -> float:
    docs = [to_doc(nlp, toks) for _sid, toks, _tags in sents]
    n_words = sum(len(d) for d in docs) * repeats
    start = time.perf_counter()
    for _ in range(repeats):
        for _doc in nlp.pipe((to_doc(nlp, [t.text for t in d]) for d in docs), batch_size=256):
            pass
    return n_words / (time.perf_counter() - start)


def with_extra(train, extra: ExtraData, repeat: int = 1):
    """The training sentences followed by the extra ones, each ``repeat`` times.

    >>> extra = ExtraData([("N1", ["Біз"], ["O"])])
    >>> [sid for sid, _t, _g in with_extra([("AID1", ["Сіз"], ["O"])], extra, 2)]
    ['AID1', 'N1', 'N1']
    """
    return list(train) + [s for s in extra.sentences for _ in range(repeat)]


def extra_info(args, extra: ExtraData) -> dict:
    """What a report records of the extra training data (counts, not the sentences or their paths)."""
    if not args.extra:
        return {}
    return {"extra": {**extra.summary(), "files": len(args.extra), "repeat": args.extra_repeat}}


def fold_splits(sents, k: int, which: Sequence[int], dev_frac: float, extra: ExtraData, repeat: int = 1):
    """(fold, train, dev, held-out test) for each fold in ``which`` (1-based) of a K-fold split
    of ``sents``; the extra sentences join every fold's training part and nothing else.

    >>> sents = [(f"AID{i}", ["Біз"], ["O"]) for i in range(6)]
    >>> for i, train, dev, test in fold_splits(sents, 3, [1], 0.25, ExtraData([("N1", ["Сіз"], ["O"])])):
    ...     print(i, [s[0] for s in train], [s[0] for s in dev], [s[0] for s in test])
    1 ['AID4', 'AID2', 'AID5', 'N1'] ['AID1'] ['AID0', 'AID3']
    """
    folds = [sents[i::k] for i in range(k)]
    for i in which:
        rest = [s for j, f in enumerate(folds, start=1) if j != i for s in f]
        train, dev = split_dev(rest, dev_frac)
        yield i, with_extra(train, extra, repeat), dev, folds[i - 1]


def split_dev(sents, dev_frac: float):
    n_dev = max(1, round(len(sents) * dev_frac))
    return sents[n_dev:], sents[:n_dev]


def format_table(result: dict, labels: Iterable[str]) -> str:
    rows = [f"{'label':<14}{'P':>7}{'R':>7}{'F1':>7}{'n':>7}"]
    per = result["per_label"]
    for label in labels:
        v = per.get(label)
        if v:
            rows.append(f"{label:<14}{v['p']:>7.3f}{v['r']:>7.3f}{v['f']:>7.3f}{v.get('support', 0):>7.0f}")
    m = result["micro"]
    rows.append(f"{'micro':<14}{m['p']:>7.3f}{m['r']:>7.3f}{m['f']:>7.3f}{m.get('support', 0):>7.0f}")
    return "\n".join(rows)


def mean_results(results: Sequence[dict]) -> dict:
    labels = sorted({label for r in results for label in r["per_label"]})
    mean = {"per_label": {}, "micro": {}}
    for key in ("p", "r", "f", "support"):
        mean["micro"][key] = statistics.fmean(r["micro"][key] for r in results)
    for label in labels:
        vals = [r["per_label"][label] for r in results if label in r["per_label"]]
        mean["per_label"][label] = {
            k: statistics.fmean(v[k] for v in vals) for k in ("p", "r", "f", "support")
        }
        mean["per_label"][label]["folds"] = len(vals)
    return mean


def parse_overrides(items: Sequence[str]) -> dict:
    out = {}
    for item in items:
        key, _, value = item.partition("=")
        try:
            out[key] = json.loads(value)
        except json.JSONDecodeError:
            out[key] = value
    return out


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.ner.train", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="KazNERD IOB2 file")
    ap.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the final pipeline goes")
    ap.add_argument("--cv", type=int, default=0, metavar="K", help="run K-fold cross-validation instead")
    ap.add_argument("--folds", type=int, nargs="*", default=None,
                    help="with --cv: run only these folds (1-based), e.g. for a quick experiment")
    ap.add_argument("--report", type=Path, default=None, help="with --cv: write the scores as JSON here")
    ap.add_argument("--seed", type=int, default=0, help="shuffle seed")
    ap.add_argument("--dev-frac", type=float, default=0.1)
    ap.add_argument("--max-steps", type=int, default=None)
    ap.add_argument("--max-epochs", type=int, default=None)
    ap.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE",
                    help="config override, e.g. --set components.tok2vec.model.encode.width=192")
    ap.add_argument("--labels", default=None,
                    help="train on these labels only (comma-separated; the others become O), e.g. the builder's "
                         "PERSON,GPE,ORGANISATION: a transition-based NER's cost grows with its number of labels")
    ap.add_argument("--extra", type=Path, action="append", default=[], metavar="FILE",
                    help="more tagged IOB2 sentences, for training only (repeatable)")
    ap.add_argument("--extra-repeat", type=int, default=1, metavar="N",
                    help="put each --extra sentence N times into the training set")
    ap.add_argument("--workdir", type=Path, default=None, help="keep training files here (default: temp)")
    ap.add_argument("--keep-folds", type=Path, default=None, metavar="DIR",
                    help="with --cv: save each fold's model as DIR/foldI, to score it through other code paths "
                         "(e.g. `kg ner`'s hybrid, kg.ner.heldout)")
    args = ap.parse_args(argv)

    overrides = parse_overrides(args.overrides)
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    if args.max_epochs is not None:
        overrides["training.max_epochs"] = args.max_epochs

    labels = set(args.labels.split(",")) if args.labels else None
    sents = keep_labels(load_kaznerd(args.data), labels)
    random.Random(args.seed).shuffle(sents)
    n_tok = sum(len(t) for _, t, _ in sents)
    print(f"KazNERD: {len(sents)} unique sentences, {n_tok} tokens", flush=True)
    try:
        extra = load_extra(args.extra, (toks for _sid, toks, _tags in sents))
        extra.sentences = keep_labels(extra.sentences, labels)
    except (OSError, ValueError) as err:
        ap.error(f"--extra: {err}")
    if args.extra:
        print(f"extra: {json.dumps(extra.summary(), ensure_ascii=False)}", flush=True)

    tmp = Path(tempfile.mkdtemp(prefix="ner_kk_")) if args.workdir is None else args.workdir
    try:
        if args.cv:
            return run_cv(args, sents, extra, tmp, overrides)
        return run_final(args, sents, extra, tmp, overrides)
    finally:
        if args.workdir is None:
            shutil.rmtree(tmp, ignore_errors=True)


def run_cv(args, sents, extra: ExtraData, tmp: Path, overrides: dict) -> int:
    k = args.cv
    which = args.folds or list(range(1, k + 1))
    results = []
    for i, train, dev, test in fold_splits(sents, k, which, args.dev_frac, extra, args.extra_repeat):
        print(f"\n=== fold {i}/{k}: train {len(train)}, dev {len(dev)}, test {len(test)}", flush=True)
        start = time.time()
        best = train_pipeline(args.config, train, dev, tmp / f"fold{i}", overrides)
        minutes = (time.time() - start) / 60
        nlp = spacy.load(best)
        res = evaluate(nlp, test)
        res["fold"] = i
        res["train_minutes"] = round(minutes, 1)
        results.append(res)
        if args.keep_folds:
            for key in ("train", "dev"):  # do not keep temp paths in the saved config
                nlp.config["paths"][key] = None
            (args.keep_folds / f"fold{i}").mkdir(parents=True, exist_ok=True)
            nlp.to_disk(args.keep_folds / f"fold{i}")
        print(f"--- fold {i} held-out scores ({minutes:.1f} min)", flush=True)
        print(format_table(res, REPORT_LABELS), flush=True)
        shutil.rmtree(tmp / f"fold{i}", ignore_errors=True)
    mean = mean_results(results)
    labels = list(REPORT_LABELS) + sorted(set(mean["per_label"]) - set(REPORT_LABELS))
    print(f"\n=== mean over {len(results)} fold(s) of {k}-fold CV", flush=True)
    print(format_table(mean, labels), flush=True)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        report = {
            "data": str(args.data),
            "sentences": len(sents),
            "k": k,
            "folds_run": which,
            "config": str(args.config),
            "overrides": overrides,
            **extra_info(args, extra),
            "mean": mean,
            "folds": results,
        }
        args.report.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"report written to {args.report}")
    return 0


def run_final(args, sents, extra: ExtraData, tmp: Path, overrides: dict) -> int:
    train, dev = split_dev(sents, args.dev_frac)
    train = with_extra(train, extra, args.extra_repeat)
    print(f"final model: train {len(train)}, dev {len(dev)}", flush=True)
    start = time.time()
    best = train_pipeline(args.config, train, dev, tmp / "final", overrides)
    minutes = (time.time() - start) / 60
    nlp = spacy.load(best)
    res = evaluate(nlp, dev)
    print(f"--- dev scores (used for early stopping, so optimistic); {minutes:.1f} min", flush=True)
    print(format_table(res, REPORT_LABELS), flush=True)
    wps = words_per_second(nlp, dev, repeats=3)
    print(f"speed: {wps:.0f} words/s (nlp.pipe, batch 256, this machine)", flush=True)
    nlp.meta.update({
        "name": "ner_kk",
        "version": "0.1.0",
        "description": "Kazakh NER (tok2vec + ner) trained on KazNERD"
                       + (f" and {len(extra.sentences)} news sentences tagged in its scheme" if extra.sentences else "")
                       + "; see README.md",
        "license": "CC BY 4.0",
        "sources": [{
            "name": "KazNERD",
            "url": "https://github.com/IS2AI/KazNERD",
            "license": "CC BY 4.0",
            "author": "Yeshpanov, Khassanov, Varol (LREC 2022)",
        }],
    })
    for key in ("train", "dev"):  # do not ship temp paths in the saved config
        nlp.config["paths"][key] = None
    args.out.mkdir(parents=True, exist_ok=True)
    for name in ("tok2vec", "ner", "vocab", "tokenizer", "config.cfg", "meta.json"):
        p = args.out / name
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()
    nlp.to_disk(args.out)
    (args.out / "train_info.json").write_text(json.dumps({
        "train_sentences": len(train), "dev_sentences": len(dev), "train_minutes": round(minutes, 1),
        "dev_scores": res, "words_per_second": round(wps), "overrides": overrides, **extra_info(args, extra),
    }, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"model written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
