"""Cost of the event-identity corpus pass (kg.identity.event_parts), as ratios in one process.

    python benchmarks/bench_events.py [--events 2000] [--scale 10] [--build-docs 1500]

Two measurements:

- scaling: a synthetic corpus of reports (each event told by one to five documents:
  the same day, "кеше" in the next day's paper, a date from the document, a month
  only), written as the builder writes parts (kg.rdf), then the same corpus repeated
  ``--scale`` times, each copy shifted by a year, so the pairs meet again and again.
  Printed: reports, events, seconds of the pass (read, cluster, rewrite every part)
  per size, and the ratio of the big to the small against ``scale`` and against
  ``scale * log(scale n) / log(n)`` (n log n);
- build: the benchmark corpus of bench_build.py (KazNERD sentences and the sample
  article repeated) built once with ``kg build``, then its merge run with and
  without the event pass: the pass's seconds as a share of the whole build.
"""
from __future__ import annotations

import argparse
import math
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.model import Event, Evidence  # noqa: E402
from kg.rdf import DocumentInfo, document_ntriples  # noqa: E402

KINDS = ("Meeting", "Meeting", "Meeting", "PhoneCall", "Visit")


def synthetic_parts(events: int, copies: int, seed: int = 7) -> list[str]:
    """Parts telling of ``events`` events, repeated ``copies`` times a year apart."""
    rng = random.Random(seed)
    people = [f"person/p{i:03d}" for i in range(80)]
    base = []
    for n in range(events):
        kind = rng.choice(KINDS)
        who = tuple(sorted(rng.sample(people, 1 if kind == "Visit" else 2)))
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(360))
        place = f"city/c{rng.randrange(20)}" if rng.random() < 0.5 else None
        base.append((n, kind, who, day, place, rng.randint(1, 5), rng.random()))
    parts = []
    for copy in range(copies):
        shift = timedelta(days=365 * copy)
        for n, kind, who, day, place, reports, draw in base:
            day = day + shift
            for r in range(reports):
                late = r % 2 == 1  # the next day's paper: "кеше"
                paper = day + timedelta(days=1 if late else 0)
                shape = (r + int(draw * 10)) % 10
                when = {"date": day.isoformat()}
                if shape == 0:    # no date in the text: the document's stands in
                    when = {"date": paper.isoformat(), "date_basis": "document"}
                elif shape == 1:  # only the month
                    when = {"date": day.replace(day=1).isoformat(), "date_precision": "month"}
                sentence = f"report {r} of event {n} copy {copy}"
                event = Event(kind, who, Evidence(sentence, 0, len(sentence)), "synthetic",
                              place=place if r % 3 == 0 else None, **when)
                info = DocumentInfo(f"c{copy}-e{n}-r{r}", "synthetic", date=paper.isoformat())
                parts.append(document_ntriples(info, [], [], [event]))
    return parts


def time_pass(parts: list[str]) -> tuple[float, int]:
    """Seconds of the pass over ``parts`` (best of three), and the events it made."""
    from kg.identity.event_parts import event_identity_rewrite

    best, events = math.inf, 0
    for _ in range(3):
        start = time.perf_counter()
        rewrite = event_identity_rewrite(parts)
        for part in parts:
            rewrite(part)
        best = min(best, time.perf_counter() - start)
        events = len(rewrite.own_lines)
    return best, events


def scaling(events: int, scale: int) -> None:
    small, big = synthetic_parts(events, 1), synthetic_parts(events, scale)
    t_small, e_small = time_pass(small)
    t_big, e_big = time_pass(big)
    nlogn = scale * math.log(len(big)) / math.log(len(small))
    print(f"{'size':>5} {'reports':>8} {'events':>8} {'seconds':>8} {'us/report':>10}")
    for name, parts, seconds, count in (("1x", small, t_small, e_small), (f"{scale}x", big, t_big, e_big)):
        print(f"{name:>5} {len(parts):>8} {count:>8} {seconds:>8.3f} {1e6 * seconds / len(parts):>10.1f}")
    print(f"time {scale}x / 1x: {t_big / t_small:.2f} (linear {scale}, n log n {nlogn:.2f})")


def build_share(docs: int) -> None:
    from benchmarks.bench_build import DEFAULT_KAZNERD, make_corpus
    from kg.build import BuildOptions, build
    from kg.build.manifest import Manifest
    from kg.build.merge import corpus_rewrites, event_identity, person_identity, write_graph, corpus_parts

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus, texts = make_corpus(folder, DEFAULT_KAZNERD, copies=max(docs // 10, 1))
        lines = corpus.read_text(encoding="utf-8").splitlines()[-docs:]
        corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
        start = time.perf_counter()
        build([str(corpus)], BuildOptions(out_dir=folder / "out", html=False, quiet=True))
        whole = time.perf_counter() - start
        manifest = Manifest(folder / "out")
        merges = {}
        for name, passes in (("without", [person_identity]), ("with", [person_identity, event_identity])):
            best = math.inf
            for _ in range(3):
                t = time.perf_counter()
                rewrites = corpus_rewrites(manifest, passes)
                write_graph(corpus_parts(manifest, rewrites), folder / "g.ttl", "turtle")
                best = min(best, time.perf_counter() - t)
            merges[name] = best
        manifest.close()
    extra = merges["with"] - merges["without"]
    print(f"build of {docs} documents: {whole:.2f} s; merge without the event pass {merges['without']:.3f} s, "
          f"with it {merges['with']:.3f} s; the pass adds {extra:.3f} s = {100 * extra / whole:.2f} % of the build")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=2000, help="events of the small synthetic corpus")
    ap.add_argument("--scale", type=int, default=10, help="copies in the big one, a year apart")
    ap.add_argument("--build-docs", type=int, default=1500, help="documents of the build (0: no build)")
    args = ap.parse_args(argv)
    scaling(args.events, args.scale)
    if args.build_docs:
        build_share(args.build_docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
