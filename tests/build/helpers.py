"""A small corpus and a way to run a build in a process of its own (so that it
can hold a lock against this one, or be killed)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SENTENCES = [
    "Қасым-Жомарт Тоқаев Ақордада Өзбекстан Президенті Шавкат Мирзиёевпен кездесті.",
    "Қазақстан мен Қытай сауда және инвестиция салаларында ынтымақтастықты дамытады.",
    "Ақтау мен Баку қалалары бауырлас қалалар болды.",
    "Ресей Президенті Владимир Путин Мәскеуде Түркия Президенті Ердоғанды қабылдады.",
    "Қазақстан мен Әзербайжан көлік-логистика саласындағы әріптестікті нығайтады.",
]


def write_corpus(path: Path, documents: int) -> Path:
    rows = [{"id": f"d{i:03d}", "text": SENTENCES[i % len(SENTENCES)] + f" {i}-хабар."} for i in range(documents)]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def start_script(script: str, *args: str | Path) -> subprocess.Popen:
    """``script`` in a new Python process (its own session, so a test can kill all of it)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
