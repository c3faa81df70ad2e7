"""The benchmark scripts run: a tiny corpus through bench_build.py (every row
printed) and same_graphs.py's comparison.  Speed itself is not tested here."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = [
    "Қасым-Жомарт Тоқаев Ақордада Өзбекстан Президенті Шавкат Мирзиёевпен кездесті .",
    "Қазақстан мен Қытай сауда саласында ынтымақтастықты дамытады .",
    "Ақтау мен Баку қалалары бауырлас қалалар болды .",
]


def kaznerd_file(path: Path, sentences: int) -> Path:
    blocks = []
    for i in range(sentences):
        words = SENTENCES[i % len(SENTENCES)].split() + [f"{i}-хабар", "."]
        blocks.append(f"AID{i:06d} O\n" + "\n".join(f"{w} O" for w in words))
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    return path


def test_bench_build_prints_every_row(tmp_path):
    data = kaznerd_file(tmp_path / "tiny.iob2", 24)
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_build.py"), "--kaznerd", str(data),
                          "--no-html"], capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "corpus: 3 documents of 10-15 KazNERD sentences" in out  # 10 + 11 + 3
    for row in ("spaCy bare tokenizer", "tokenizer + NER alone", "kk_morphology", "kg build --workers 1",
                "kg build --workers 2", "merge and write", "resume after SIGKILL", "unchanged rebuild",
                "4x:", "time per document 4x / 1x", "peak RSS 4x / 1x"):
        assert row in out, row


def test_same_graphs_tells_same_from_different(tmp_path):
    before, after = tmp_path / "before", tmp_path / "after"
    for folder, lines in ((before, ["<a> <b> <c> .", "<a> <b> <d> ."]), (after, ["<a> <b> <d> .", "<a> <b> <c> ."])):
        folder.mkdir()
        (folder / "bench.nt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    script = str(ROOT / "benchmarks" / "same_graphs.py")
    same = subprocess.run([sys.executable, script, "compare", str(before), str(after)], capture_output=True, text=True)
    assert same.returncode == 0 and "bench.nt: same graph (2 triples)" in same.stdout
    (after / "bench.nt").write_text("<a> <b> <c> .\n", encoding="utf-8")
    differ = subprocess.run([sys.executable, script, "compare", str(before), str(after)], capture_output=True, text=True)
    assert differ.returncode == 1 and "- <a> <b> <d> ." in differ.stdout


def test_bench_languages_prints_wall_and_cpu_ratios():
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_languages.py"), "--docs", "1"],
                         capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert "ru/kk time" in run.stdout and "ru/kk CPU" in run.stdout
