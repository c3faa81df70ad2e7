"""A Russian page against a Kazakh one of the same length, in one process.

    .venv/bin/python benchmarks/bench_languages.py [--docs 40]

The Kazakh page is the sample article; the Russian page is sentences written for this
benchmark, repeated to the sample's length.  Both pipelines are loaded before the clock
starts (a build loads each once per process), then the same number of copies of each
page go through ``DocumentExtractor.extract_many`` as ``kg build`` sends them.  The ratio
is what counts: absolute speeds on a shared machine vary from minute to minute, and so
does wall time, so the CPU time of this process (``time.process_time``) is given too.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from kg.extraction import DocumentExtractor

SAMPLE = Path(__file__).resolve().parents[1] / "kg" / "data" / "samples" / "kz-az-supreme-council.kk.txt"
RUSSIAN = (
    "Президент Казахстана Касым-Жомарт Токаев встретился с Президентом Азербайджана Ильхамом Алиевым в Баку. "
    "Стороны обсудили развитие торгово-экономического и культурно-гуманитарного сотрудничества между "
    "Казахстаном и Азербайджаном. Глава государства отметил, что товарооборот двух стран растёт.\n"
    "По итогам переговоров лидеры подписали соглашение о стратегическом партнёрстве. В ходе визита "
    "министры иностранных дел двух стран провели отдельную встречу в Министерстве иностранных дел.\n"
)


def pages() -> tuple[str, str]:
    kazakh = SAMPLE.read_text(encoding="utf-8")
    russian = (RUSSIAN * (len(kazakh) // len(RUSSIAN) + 1))[: len(kazakh)]
    return kazakh, russian[: russian.rfind(".") + 1]


def timed(extractor: DocumentExtractor, text: str, copies: int) -> tuple[float, float]:
    """(wall, CPU) seconds of ``copies`` copies of the page."""
    items = [(f"d{i}", text, "2024-03-12") for i in range(copies)]
    start, cpu = time.perf_counter(), time.process_time()
    extractor.extract_many(items)
    return time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=40)
    args = parser.parse_args()
    kazakh, russian = pages()
    extractor = DocumentExtractor()
    extractor.extract_many([("warm-kk", kazakh), ("warm-ru", russian)])  # loads both pipelines
    runs = [(timed(extractor, kazakh, args.docs), timed(extractor, russian, args.docs)) for _ in range(2)]
    kk, ru = min(k[0] for k, _r in runs), min(r[0] for _k, r in runs)
    kk_cpu, ru_cpu = min(k[1] for k, _r in runs), min(r[1] for _k, r in runs)
    print(f"{args.docs} pages of {len(kazakh)} (kk) and {len(russian)} (ru) characters")
    print(f"kk {kk:.2f} s ({args.docs / kk:.1f} pages/s)  ru {ru:.2f} s ({args.docs / ru:.1f} pages/s)  "
          f"ru/kk time {ru / kk:.2f}")
    print(f"kk {kk_cpu:.2f} CPU s  ru {ru_cpu:.2f} CPU s  ru/kk CPU {ru_cpu / kk_cpu:.2f}")


if __name__ == "__main__":
    main()
