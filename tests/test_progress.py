"""The progress of a long build: one updating line on a terminal, a line every
half minute in a log, nothing with --quiet."""
from __future__ import annotations

import io

import kg.build.progress
from kg.cli import main
from kg.build.progress import Progress

from .build.helpers import write_corpus


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_log_gets_a_line_every_log_seconds():
    log, clock = io.StringIO(), Clock()
    progress = Progress(total=200, stream=log, clock=clock, log_seconds=30)
    for second in range(1, 91):
        clock.now = float(second)
        progress.update(done=second, words=100 * second)
    lines = log.getvalue().splitlines()
    assert lines == ["kg: 30/200 documents (15 %), 100 words/s, 1.0 docs/s, ETA 3 min",
                     "kg: 60/200 documents (30 %), 100 words/s, 1.0 docs/s, ETA 2 min",
                     "kg: 90/200 documents (45 %), 100 words/s, 1.0 docs/s, ETA 2 min"]


def test_without_a_total_there_is_no_eta():
    log, clock = io.StringIO(), Clock()
    progress = Progress(total=None, stream=log, clock=clock, log_seconds=1)
    clock.now = 4.0
    progress.update(done=8, words=1200)
    assert log.getvalue() == "kg: 8 documents, 300 words/s, 2.0 docs/s\n"


def test_a_terminal_gets_one_updating_line():
    screen, clock = Terminal(), Clock()
    progress = Progress(total=10, stream=screen, clock=clock)
    for done in range(1, 4):
        clock.now = float(done)
        progress.update(done=done, words=500 * done)
    progress.close()
    shown = screen.getvalue()
    assert "\n" not in shown.rstrip("\n") and "\r" in shown  # redrawn in place, not new lines
    assert "3/10" in shown and "500 words/s" in shown


def test_kg_build_reports_progress_unless_quiet(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(kg.build.progress, "LOG_SECONDS", 0.0)
    corpus = write_corpus(tmp_path / "news.jsonl", 3)
    assert main(["build", str(corpus), "--out", str(tmp_path / "out"), "--no-html"]) == 0
    err = capsys.readouterr().err
    assert "kg: 3/3 documents (100 %)" in err and "words/s" in err
    assert main(["build", str(corpus), "--out", str(tmp_path / "quiet"), "--no-html", "--quiet"]) == 0
    assert capsys.readouterr().err == ""
