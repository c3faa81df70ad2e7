"""Do two checkouts build the same graphs?  A speed change must not change any.

    python benchmarks/same_graphs.py build DIR [--sentences N] [--workers N]
    python benchmarks/same_graphs.py compare DIR_BEFORE DIR_AFTER

``build`` builds, with the ``kg`` that ``sys.path`` finds (set ``PYTHONPATH``
to build with another checkout), the real-news dev sets, Kazakh and Russian (ids and texts only),
and the benchmark corpus of ``bench_build.py`` (KazNERD sentences grouped into
documents), each as N-Triples with its page, and writes each graph's lines
sorted to ``DIR/NAME.nt`` and its page to ``DIR/NAME.html``.  ``compare`` says
whether two such folders hold the same graphs and pages, and shows the first
lines that differ; exit status 1 if any differ.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_build import DEFAULT_KAZNERD, ROOT, group_documents, kaznerd_sentences, write_jsonl  # noqa: E402

DEFAULT_REALNEWS = ROOT.parent / "shared" / "data" / "realnews" / "realnews_dev.jsonl"
DEFAULT_REALNEWS_RU = DEFAULT_REALNEWS.with_name("realnews_ru_dev.jsonl")


def corpora(folder: Path, kaznerd: Path, realnews: Path, sentences: int | None,
            realnews_ru: Path = DEFAULT_REALNEWS_RU) -> dict[str, Path]:
    out = {"bench": write_jsonl(folder / "bench.jsonl", group_documents(kaznerd_sentences(kaznerd, sentences)))}
    for name, path in (("realnews", realnews), ("realnews_ru", realnews_ru)):
        if path.exists():
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            out[name] = write_jsonl(folder / f"{name}.jsonl", [(r["id"], r["text"]) for r in rows])
    return out


def build(folder: Path, kaznerd: Path, realnews: Path, sentences: int | None, workers: int,
          realnews_ru: Path = DEFAULT_REALNEWS_RU) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, corpus in corpora(folder, kaznerd, realnews, sentences, realnews_ru).items():
        out = folder / f"{name}-out"
        # relative names, so that the documents' dcterms:source is the same in any folder
        subprocess.run([sys.executable, "-m", "kg.cli", "build", corpus.name, "--out", out.name, "--format", "nt",
                        "--quiet", "--workers", str(workers)], check=True, cwd=folder)
        lines = sorted({line for line in (out / "graph.nt").read_text(encoding="utf-8").splitlines() if line})
        target = folder / f"{name}.nt"
        target.write_text("\n".join(lines) + "\n", encoding="utf-8")
        (folder / f"{name}.html").write_bytes((out / "graph.html").read_bytes())
        written += [target, folder / f"{name}.html"]
    return written


def compare(before: Path, after: Path, show: int = 10) -> bool:
    """True if every graph in ``before`` is in ``after`` with the same lines."""
    same = True
    names = sorted(p.name for p in before.glob("*.nt"))
    if not names:
        raise SystemExit(f"{before}: no graphs (*.nt) to compare")
    for name in names:
        old = set((before / name).read_text(encoding="utf-8").splitlines())
        new_path = after / name
        new = set(new_path.read_text(encoding="utf-8").splitlines()) if new_path.exists() else set()
        page = (before / name).with_suffix(".html"), new_path.with_suffix(".html")
        same_page = page[0].exists() and page[1].exists() and page[0].read_bytes() == page[1].read_bytes()
        if not same_page and page[0].exists():
            same = False
            print(f"{page[0].name}: DIFFERENT page")
        if old == new:
            print(f"{name}: same graph ({len(old)} triples)" + (", same page" if same_page else ""))
            continue
        same = False
        print(f"{name}: DIFFERENT ({len(old - new)} triples only before, {len(new - old)} only after)")
        for line in sorted(old - new)[:show]:
            print(f"  - {line}")
        for line in sorted(new - old)[:show]:
            print(f"  + {line}")
    return same


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the graphs into DIR")
    b.add_argument("dir", type=Path)
    b.add_argument("--kaznerd", type=Path, default=DEFAULT_KAZNERD)
    b.add_argument("--realnews", type=Path, default=DEFAULT_REALNEWS)
    b.add_argument("--realnews-ru", type=Path, default=DEFAULT_REALNEWS_RU)
    b.add_argument("--sentences", type=int, help="only the first N unique KazNERD sentences")
    b.add_argument("--workers", type=int, default=1)
    c = sub.add_parser("compare", help="compare the graphs of two folders")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.command == "build":
        for path in build(args.dir.resolve(), args.kaznerd, args.realnews, args.sentences, args.workers,
                          args.realnews_ru):
            print(f"wrote {path}")
        return 0
    return 0 if compare(args.before, args.after) else 1


if __name__ == "__main__":
    sys.exit(main())
