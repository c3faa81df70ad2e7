"""Build speed, measured as ratios against floors run in the same process.

    python benchmarks/bench_build.py [--kaznerd PATH] [--copies 800] [--quick]

The corpus is every unique KazNERD sentence (one document each, ids AID…)
plus the sample article repeated.  Printed:

- words/s of spaCy's bare tokenizer (``spacy.blank("xx")``) and of the
  project's tokenizer + statistical NER alone, on the same text: the floors no
  pipeline built on them can beat;
- docs/s, words/s and peak RSS of ``kg build`` with 1 and 2 workers, and the
  ratios: pipeline / (tokenizer + NER), pipeline / bare tokenizer, 2 workers /
  1 worker;
- a cold build of the sample against ``python -c "import spacy, rdflib"``;
- peak RSS of the whole corpus against its first 1,000 documents;
- a second build of the unchanged corpus against the first;
- resume: a 1-worker build killed with SIGKILL at 70 % of the time an
  uninterrupted one took, then run again: the documents the rerun extracts
  against all of them (without resume it would be all of them; the corpus has
  its short documents first, so 70 % of the time is more than 70 % of them).
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "kg" / "data" / "samples" / "kz-az-supreme-council.kk.txt"
DEFAULT_KAZNERD = ROOT.parent / "shared" / "data" / "kaznerd" / "kaznerd_valid.iob2"

RUN_BUILD = """
import resource, sys, time
from kg.cli import main
t = time.perf_counter()
status = main(sys.argv[1:])
elapsed = time.perf_counter() - t
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork and exec
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
rss = max(hwm, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(f"BENCH {elapsed:.4f} {rss}", file=sys.stderr)
sys.exit(status)
"""


def kaznerd_sentences(path: Path) -> list[tuple[str, str]]:
    from kg.ner.conll import read_conll

    seen, out = set(), []
    for sent_id, tokens, _tags in read_conll(path):
        if sent_id.startswith("BID") or tuple(tokens) in seen:
            continue
        seen.add(tuple(tokens))
        out.append((sent_id, " ".join(tokens)))
    return out


def make_corpus(folder: Path, kaznerd: Path, copies: int) -> tuple[Path, list[str]]:
    docs = kaznerd_sentences(kaznerd)
    sample = SAMPLE.read_text(encoding="utf-8")
    docs += [(f"sample-{i:04d}", sample) for i in range(copies)]
    path = folder / "corpus.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in docs) + "\n",
                    encoding="utf-8")
    return path, [t for _i, t in docs]


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def floor_speeds(texts: list[str]) -> tuple[float, float]:
    """words/s of spaCy's bare tokenizer and of the project's tokenizer + NER."""
    import spacy

    from kg.lang.kk.pipeline import make_pipeline

    n = words(texts)
    bare = spacy.blank("xx")
    t = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=256):
        pass
    bare_speed = n / (time.perf_counter() - t)
    ner = make_pipeline()  # sentences, the network and its decoding, as kg build runs them
    t = time.perf_counter()
    with ner.select_pipes(disable=["kk_morphology", "kk_mentions"]):
        for _ in ner.pipe(texts, batch_size=256):
            pass
    return bare_speed, n / (time.perf_counter() - t)


def run_build(args: list[str]) -> tuple[float, int]:
    """Seconds inside ``main`` (not the interpreter's start) and peak RSS in MB."""
    proc = subprocess.run([sys.executable, "-c", RUN_BUILD, *args], capture_output=True, text=True, cwd=ROOT,
                          close_fds=True)
    if proc.returncode != 0:
        raise SystemExit(f"build failed: {proc.stderr.strip().splitlines()[-1:]}")
    line = next(ln for ln in proc.stderr.splitlines() if ln.startswith("BENCH "))
    _, seconds, rss = line.split()
    return float(seconds), int(rss) // 1024


def killed_then_resumed(corpus: Path, out: Path, fraction: float, seconds: float) -> tuple[int, int]:
    """SIGKILL a build ``fraction`` of the way through a build that takes ``seconds``
    (after the interpreter's start), rerun it; (documents re-extracted, all documents)."""
    after = timed([sys.executable, "-c", "import kg.cli"]) + fraction * seconds
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "--no-html",
                             "--quiet"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        proc.wait(timeout=after)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    if proc.returncode != -signal.SIGKILL:
        print(f"(the build finished before the kill at {after:.1f} s)")
    from kg.build import BuildOptions, build

    report = build([str(corpus)], BuildOptions(out_dir=out, html=False, quiet=True))
    return report.extracted, report.documents


def timed(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kaznerd", type=Path, default=DEFAULT_KAZNERD)
    ap.add_argument("--copies", type=int, default=800, help="times the sample article is added (default 800)")
    ap.add_argument("--quick", action="store_true", help="a 1,500-document corpus, for a fast look")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        corpus, texts = make_corpus(tmpdir, args.kaznerd, 50 if args.quick else args.copies)
        if args.quick:
            lines = corpus.read_text(encoding="utf-8").splitlines()[-1500:]
            corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
            texts = [json.loads(x)["text"] for x in lines]
        n_docs, n_words = len(texts), words(texts)
        small = tmpdir / "first1000.jsonl"
        small.write_text("\n".join(corpus.read_text(encoding="utf-8").splitlines()[:1000]) + "\n", encoding="utf-8")
        print(f"corpus: {n_docs} documents, {n_words} words")

        bare, tok_ner = floor_speeds(texts)
        print(f"floor  spaCy bare tokenizer (xx):      {bare:10.0f} words/s")
        print(f"floor  kk tokenizer + NER alone:       {tok_ner:10.0f} words/s")

        results = {}
        for workers in (1, 2):
            out = tmpdir / f"out{workers}"
            seconds, rss = run_build(["build", str(corpus), "--out", str(out), "--no-html", "--quiet",
                                      "--workers", str(workers)])
            results[workers] = (seconds, rss)
            print(f"kg build --workers {workers}: {n_docs / seconds:8.1f} docs/s {n_words / seconds:10.0f} words/s "
                  f"peak RSS {rss} MB ({seconds:.1f} s)")
        one = n_words / results[1][0]
        print(f"ratio  pipeline / (tokenizer + NER):   {one / tok_ner:.2f}   (target >= 0.6)")
        print(f"ratio  pipeline / bare tokenizer:      {one / bare:.3f}  (target >= 0.02)")
        print(f"ratio  2 workers / 1 worker (docs/s):  {results[1][0] / results[2][0]:.2f}   (target >= 1.7)")

        again_extracted, total = killed_then_resumed(corpus, tmpdir / "killed", 0.7, results[1][0])
        print(f"resume after SIGKILL at 70 % of the build: {again_extracted} of {total} documents extracted again "
              f"({again_extracted / total:.3f}; without resume: 1)")

        again, _ = run_build(["build", str(corpus), "--out", str(tmpdir / "out1"), "--no-html", "--quiet"])
        print(f"ratio  unchanged rebuild / first:      {again / results[1][0]:.3f}  (target < 0.1)")

        _, rss_small = run_build(["build", str(small), "--out", str(tmpdir / "small"), "--no-html", "--quiet"])
        print(f"ratio  peak RSS {n_docs} docs / 1000 docs: {results[1][1] / rss_small:.2f}   (target <= 1.3)")

        imports = timed([sys.executable, "-c", "import spacy, rdflib"])
        cold = timed([sys.executable, "-m", "kg.cli", "build", str(SAMPLE), "--out", str(tmpdir / "cold"), "--quiet"])
        print(f"ratio  cold sample build / imports:    {cold / imports:.2f}   (target <= 4; {cold:.2f} s vs {imports:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
