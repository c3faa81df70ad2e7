"""Build speed as users see it: the whole ``kg build`` command on an archive of
distinct news-length documents, with ratios against floors run in the same process.

    python benchmarks/bench_build.py [--kaznerd PATH] [--sentences N] [--repeat N] [--no-html]

The corpus: KazNERD's unique sentences, in file order, grouped 10 to 15 to a
document (the count cycles 10, 11, … 15), so no document is repeated and no
word cache is served a text it has seen.  Printed in one run:

- words per CPU second of spaCy's bare tokenizer (``spacy.blank("xx")``) and
  of the project's tokenizer + statistical NER alone, on the same texts (the
  floors);
- the in-process stages of extraction (page cleaning, tokenizer, each pipeline
  component, resolution and the extractors, each document's RDF), CPU seconds
  and shares;
- ``kg build`` end to end (inside ``kg.cli.main``, as a user runs it, model
  loading and writing the outputs included) with 1 and 2 workers: wall time,
  CPU time of all its processes, and the merge-and-write stage
  (``kg.build.merge.write_outputs``, which runs in one process) as a share of each;
- a build killed with SIGKILL once 70 % of the documents are committed, then
  run again: documents extracted again / all;
- an unchanged rebuild / the first build;
- peak RSS, and, at 1x, 2x and 4x a quarter of the corpus (distinct documents
  each time), CPU time and peak RSS per document, which should stay flat.

CPU seconds, not wall time, are what the ratios to the floors and the figures
per document are made of: on a machine shared with other work a process's wall
time is mostly waiting for a core.  The 2-worker ratio can only be wall time,
and means something only on an otherwise idle machine.

The builds run in a scratch folder, with the ``kg`` importable from
``sys.path`` (set ``PYTHONPATH`` to measure another checkout with the same
script).
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_KAZNERD = ROOT.parent / "shared" / "data" / "kaznerd" / "kaznerd_valid.iob2"

# Run in a child: kg's own ``main``, timed from inside (not the interpreter's start),
# with the merge-and-write stage timed by wrapping the function the build calls for it.
RUN_BUILD = """
import resource, sys, time
import kg.build
from kg.cli import main
merge = [0.0, 0.0]
write_outputs = kg.build.write_outputs
def timed_write_outputs(*args, **kwargs):
    t, cpu = time.perf_counter(), time.process_time()
    try:
        return write_outputs(*args, **kwargs)
    finally:
        merge[0] += time.perf_counter() - t
        merge[1] += time.process_time() - cpu
kg.build.write_outputs = timed_write_outputs
def cpu_seconds():
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
t, cpu = time.perf_counter(), cpu_seconds()
status = main(sys.argv[1:])
elapsed, cpu = time.perf_counter() - t, cpu_seconds() - cpu
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork and exec
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
rss = max(hwm, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(f"BENCH {elapsed:.4f} {rss} {merge[0]:.4f} {cpu:.4f} {merge[1]:.4f}", file=sys.stderr)
sys.exit(status)
"""


def kaznerd_sentences(path: Path, limit: int | None = None) -> list[str]:
    """KazNERD's sentences, each once (the BID sentences repeat AID ones)."""
    from kg.ner.conll import read_conll

    seen, out = set(), []
    for sent_id, tokens, _tags in read_conll(path):
        if sent_id.startswith("BID") or tuple(tokens) in seen:
            continue
        seen.add(tuple(tokens))
        out.append(" ".join(tokens))
        if limit and len(out) >= limit:
            break
    return out


def group_documents(sentences: list[str]) -> list[tuple[str, str]]:
    """(id, text): consecutive sentences, 10 to 15 to a document."""
    docs, i, size = [], 0, 10
    while i < len(sentences):
        docs.append((f"news-{len(docs):05d}", " ".join(sentences[i:i + size])))
        i += size
        size = 10 + (size - 9) % 6
    return docs


def write_jsonl(path: Path, docs: list[tuple[str, str]]) -> Path:
    path.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in docs),
                    encoding="utf-8")
    return path


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def floor_speeds(texts: list[str]) -> tuple[float, float]:
    """Words per CPU second of spaCy's bare tokenizer and of the project's tokenizer + NER."""
    import spacy

    from kg.lang.kk.pipeline import make_pipeline

    n = words(texts)
    bare = spacy.blank("xx")
    t = time.process_time()
    for _ in bare.pipe(texts, batch_size=256):
        pass
    bare_speed = n / (time.process_time() - t)
    ner = make_pipeline()  # sentences, the network and its decoding, as kg build runs them
    t = time.process_time()
    with ner.select_pipes(disable=["kk_morphology", "kk_mentions"]):
        for _ in ner.pipe(texts, batch_size=256):
            pass
    return bare_speed, n / (time.process_time() - t)


def stage_seconds(texts: list[str], batch: int = 32) -> dict[str, float]:
    """CPU seconds of each extraction stage in this process, in batches as a build runs them."""
    from kg.extraction import DocumentExtractor
    from kg.lang import language
    from kg.rdf import DocumentInfo, document_record

    extractor = DocumentExtractor()
    nlp = extractor.nlp
    kazakh = language("kk")  # the corpus is Kazakh
    times: dict[str, float] = {}

    def clock(name: str, start: float) -> None:
        times[name] = times.get(name, 0.0) + time.process_time() - start

    for first in range(0, len(texts), batch):
        t = time.process_time()
        results = [extractor._prepare(f"d{first + i}", text)[0] for i, text in enumerate(texts[first:first + batch])]
        clock("page cleaning", t)
        t = time.process_time()
        docs = [nlp.make_doc(r.text) for r in results]
        clock("tokenizer", t)
        for name, component in nlp.pipeline:
            t = time.process_time()
            docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(d) for d in docs]
            clock(name, t)
        t = time.process_time()
        for result, doc in zip(results, docs):
            extractor._extract_facts(kazakh, result, doc)
        clock("resolve + extractors", t)
        t = time.process_time()
        for r in results:
            document_record(DocumentInfo(r.id, "bench"), r.entities, r.facts, r.events).dumps()
        clock("RDF of each document", t)
    return times


class Run(NamedTuple):
    seconds: float  # wall time inside ``main``
    rss: int  # peak RSS, MB
    merge: float  # wall time of the merge-and-write stage
    cpu: float  # CPU seconds of the build's processes (user + system)
    merge_cpu: float  # CPU seconds of the merge-and-write stage


def run_build(args: list[str], cwd: Path) -> Run:
    """One ``kg build`` in a process of its own, timed from inside."""
    proc = subprocess.run([sys.executable, "-c", RUN_BUILD, *args], capture_output=True, text=True, cwd=cwd,
                          close_fds=True)
    if proc.returncode != 0:
        raise SystemExit(f"build failed: {proc.stderr.strip().splitlines()[-1:]}")
    line = next(ln for ln in proc.stderr.splitlines() if ln.startswith("BENCH "))
    _, seconds, rss, merge, cpu, merge_cpu = line.split()
    return Run(float(seconds), int(rss) // 1024, float(merge), float(cpu), float(merge_cpu))


def killed_then_resumed(corpus: Path, out: Path, fraction: float, total: int, cwd: Path) -> tuple[int, int, int]:
    """SIGKILL a build once its manifest holds ``fraction`` of the ``total`` documents
    (counted, not timed: on a loaded machine a build's pace varies), rerun it;
    (documents committed at the kill, documents the rerun extracted, all documents)."""
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "--no-html",
                             "--quiet"], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    committed = 0
    while proc.poll() is None and committed < fraction * total:
        time.sleep(0.2)
        committed = _committed(out / "manifest.sqlite")
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    if proc.returncode != -signal.SIGKILL:
        print("(the build finished before the kill)")
    committed = _committed(out / "manifest.sqlite")
    from kg.build import BuildOptions, build

    report = build([str(corpus)], BuildOptions(out_dir=out, html=False, quiet=True))
    return committed, report.extracted, report.documents


def _committed(manifest: Path) -> int:
    """Parts committed to a manifest that a build may be writing (0 while it is busy or absent)."""
    import sqlite3

    try:
        with closing(sqlite3.connect(f"file:{manifest}?mode=ro", uri=True, timeout=0.1)) as db:
            return db.execute("SELECT COUNT(*) FROM parts").fetchone()[0]
    except sqlite3.Error:
        return 0


def timed(cmd: list[str], cwd: Path) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, cwd=cwd)
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kaznerd", type=Path, default=DEFAULT_KAZNERD)
    ap.add_argument("--sentences", type=int, help="use only the first N unique sentences (a smaller corpus)")
    ap.add_argument("--no-html", action="store_true", help="build without the page (kg build writes it by default)")
    ap.add_argument("--repeat", type=int, default=1, help="run the 1- and 2-worker builds N times, quote medians")
    args = ap.parse_args(argv)
    html = ["--no-html"] if args.no_html else []
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        docs = group_documents(kaznerd_sentences(args.kaznerd, args.sentences))
        texts = [t for _i, t in docs]
        corpus = write_jsonl(tmpdir / "corpus.jsonl", docs)
        n_docs, n_words = len(texts), words(texts)
        print(f"corpus: {n_docs} documents of 10-15 KazNERD sentences, {n_words} words, none repeated"
              f"{'; builds with --no-html' if args.no_html else ''}")

        bare, tok_ner = floor_speeds(texts)
        print(f"floor  spaCy bare tokenizer (xx):      {bare:10.0f} words per CPU second")
        print(f"floor  kk tokenizer + NER alone:       {tok_ner:10.0f} words per CPU second")

        stages = stage_seconds(texts)
        total = sum(stages.values())
        print(f"in-process stages, CPU seconds ({n_words / total:.0f} words per CPU second):")
        for name, seconds in stages.items():
            print(f"  {name:24s} {seconds:7.2f} s  {100 * seconds / total:5.1f} %")

        results: dict[int, Run] = {}
        for workers in (1, 2):
            runs = [run_build(["build", str(corpus), "--out", str(tmpdir / f"out{workers}-{k}"), "--quiet", *html,
                               "--workers", str(workers)], tmpdir) for k in range(args.repeat)]
            if args.repeat > 1:
                print(f"  --workers {workers}, each run: " + ", ".join(f"{r.seconds:.1f} s (merge {r.merge:.1f} s)"
                                                                     for r in runs))
            run = results[workers] = Run(*(statistics.median(r[i] for r in runs) for i in range(len(Run._fields))))
            print(f"kg build --workers {workers}: {n_docs / run.seconds:8.1f} docs/s {n_words / run.seconds:10.0f} "
                  f"words/s peak RSS {run.rss:.0f} MB ({run.seconds:.1f} s; merge and write {run.merge:.2f} s = "
                  f"{100 * run.merge / run.seconds:.1f} % of the wall time; CPU {run.cpu:.1f} s, "
                  f"{n_words / run.cpu:.0f} words per CPU second, merge and write {run.merge_cpu:.2f} s)")
        one = n_words / results[1].cpu
        print(f"ratio  pipeline / (tokenizer + NER):   {one / tok_ner:.2f}   (CPU)")
        print(f"ratio  pipeline / bare tokenizer:      {one / bare:.3f}  (target >= 0.03; CPU: on a machine "
              "shared with other work a process's wall time is mostly waiting)")
        print(f"ratio  2 workers / 1 worker:           {results[1].seconds / results[2].seconds:.2f}   (target >= 1.8)")
        print(f"share  merge and write, 2 workers:     {100 * results[2].merge / results[2].seconds:.1f} %  "
              "(target < 15 %)")
        print(f"share  merge and write, CPU, 1 worker: {100 * results[1].merge_cpu / results[1].cpu:.1f} %")

        committed, again_extracted, total_docs = killed_then_resumed(corpus, tmpdir / "killed", 0.7, n_docs, tmpdir)
        print(f"resume after SIGKILL with {committed} of {total_docs} documents committed: the rerun extracted "
              f"{again_extracted} ({again_extracted / total_docs:.3f} of them; without resume: 1)")

        again = run_build(["build", str(corpus), "--out", str(tmpdir / "out1-0"), "--quiet", *html], tmpdir)
        print(f"ratio  unchanged rebuild / first:      {again.seconds / results[1].seconds:.3f}  (target <= 0.05; "
              f"CPU {again.cpu / results[1].cpu:.3f})")

        print("scale  (1x = the first quarter of the corpus; 1 worker; CPU ms/document after the start-up, "
              "which is a build of 8 documents):")
        start_up = run_build(["build", str(write_jsonl(tmpdir / "start.jsonl", docs[:8])), "--out",
                              str(tmpdir / "start"), "--quiet", *html], tmpdir).cpu
        per_doc = {}
        for times in (1, 2, 4):
            part = docs[: max(1, n_docs * times // 4)]
            if times == 4:
                run = results[1]
            else:
                path = write_jsonl(tmpdir / f"scale{times}.jsonl", part)
                run = run_build(["build", str(path), "--out", str(tmpdir / f"scale{times}"), "--quiet", *html], tmpdir)
            per_doc[times] = (1000 * max(run.cpu - start_up, 0.0) / len(part), run.rss)
            print(f"  {times}x: {len(part):6d} documents {run.seconds:7.1f} s, CPU {run.cpu:7.1f} s  "
                  f"{per_doc[times][0]:6.1f} CPU ms/document  peak RSS {run.rss:.0f} MB")
        ratio = f"{per_doc[4][0] / per_doc[1][0]:.2f}" if per_doc[1][0] > 0 else "n/a (the corpus is too small)"
        print(f"ratio  time per document 4x / 1x:      {ratio}   (flat: <= 1.1)")
        print(f"ratio  peak RSS 4x / 1x:               {per_doc[4][1] / per_doc[1][1]:.2f}   (flat: <= 1.1)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
