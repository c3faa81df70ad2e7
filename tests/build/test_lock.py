"""Two builds into one output folder: the second waits or stops with one line;
the first build's outputs stay whole."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from rdflib import Graph

from kg.build import BuildOptions, build
from kg.build.lock import BuildLock, FolderBusy

from .helpers import ROOT, start_script, write_corpus

# A build that, once it holds the folder and has committed its first document,
# says so and pauses until the file GO exists.
PAUSED_BUILD = """
import sys, time
from pathlib import Path
from kg.build import BuildOptions, build
corpus, out, go = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
def pause(done):
    if done == 1:
        print("holding", flush=True)
        while not go.exists():
            time.sleep(0.05)
build([corpus], BuildOptions(out_dir=out, html=False, quiet=True, checkpoint_seconds=0), on_checkpoint=pause)
print("finished", flush=True)
"""


@pytest.fixture()
def paused_build(tmp_path):
    corpus = write_corpus(tmp_path / "news.jsonl", 6)
    out, go = tmp_path / "out", tmp_path / "go"
    proc = start_script(PAUSED_BUILD, corpus, out, go)
    assert proc.stdout.readline().strip() == "holding", proc.stderr.read()
    yield corpus, out, go, proc
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def kg_build(*args: str | Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg.cli", "build", *map(str, args)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_second_build_stops_at_once_naming_the_first(paused_build):
    corpus, out, go, first = paused_build
    second = kg_build(corpus, "--out", out, "--quiet", "--no-html")
    _, err = second.communicate(timeout=60)
    lines = err.strip().splitlines()
    assert second.returncode == 2
    assert len(lines) == 1 and lines[0].startswith("kg: error: ") and "Traceback" not in err
    assert f"is in use by another build (pid {first.pid} on " in lines[0] and "--wait" in lines[0]
    go.touch()
    assert first.wait(timeout=120) == 0 and first.stdout.read().strip() == "finished"
    graph = Graph().parse(out / "graph.ttl")  # whole: it parses, and has every document
    assert len({o for o in graph.objects() if str(o).startswith("d0")}) == 6


def test_second_build_with_wait_waits_then_finds_nothing_left_to_do(paused_build):
    corpus, out, go, first = paused_build
    second = kg_build(corpus, "--out", out, "--no-html", "--wait")
    waiting = second.stderr.readline()
    assert waiting.startswith(f"kg: warning: waiting for the build that holds {out} (pid {first.pid} on ")
    time.sleep(0.5)
    assert second.poll() is None  # still waiting
    go.touch()
    assert first.wait(timeout=120) == 0
    summary, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    assert "6 document(s) (0 extracted, 6 unchanged)" in summary


def test_two_builds_in_one_process_do_not_share_a_folder(tmp_path):
    corpus = write_corpus(tmp_path / "news.jsonl", 2)
    (tmp_path / "out").mkdir()
    with BuildLock(tmp_path / "out"):
        with pytest.raises(FolderBusy, match="in use by another build in this process"):
            build([str(corpus)], BuildOptions(out_dir=tmp_path / "out", html=False, quiet=True))
    assert build([str(corpus)], BuildOptions(out_dir=tmp_path / "out", html=False, quiet=True)).extracted == 2


def test_a_killed_build_leaves_no_lock_behind(paused_build):
    corpus, out, _go, first = paused_build
    os.killpg(first.pid, signal.SIGKILL)
    first.wait()
    report = build([str(corpus)], BuildOptions(out_dir=out, html=False, quiet=True))
    assert report.documents == 6 and report.extracted < 6  # the first build's committed document is kept
