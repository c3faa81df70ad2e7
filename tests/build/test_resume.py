"""A build killed with SIGKILL keeps the documents it committed: the rerun
extracts only the rest and writes a graph identical to an uninterrupted build."""
from __future__ import annotations

import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from kg.build import BuildOptions, build

from .helpers import start_script, write_corpus

DOCUMENTS = 10

# Runs a build that commits after every document and kills itself with SIGKILL:
# after AT documents are committed, or (AT = "write") once the graph is written
# but not yet published.  With PIDS, it first writes its worker processes' ids there.
KILLED_BUILD = """
import os, signal, sys
from pathlib import Path
import kg.build.merge
from kg.build import BuildOptions, build
corpus, out, at, workers, pids = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5]
def die():
    if pids != "-":
        import psutil
        Path(pids).write_text(" ".join(str(c.pid) for c in psutil.Process().children(recursive=True)))
    os.kill(os.getpid(), signal.SIGKILL)
if at == "write":
    write_graph = kg.build.merge.write_graph
    def write_then_die(*args, **kwargs):
        write_graph(*args, **kwargs)
        die()
    kg.build.merge.write_graph = write_then_die
def checkpoint(done):
    if at != "write" and done >= int(at):
        die()
build([corpus], BuildOptions(out_dir=out, html=False, quiet=True, checkpoint_seconds=0, workers=workers),
      on_checkpoint=checkpoint)
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "news.jsonl", DOCUMENTS)


@pytest.fixture(scope="module")
def uninterrupted(corpus, tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("whole")
    build([str(corpus)], BuildOptions(out_dir=out, html=False, quiet=True))
    return (out / "graph.ttl").read_bytes()


def killed_build(corpus: Path, out: Path, at: str, workers: int = 1, pids: Path | None = None) -> None:
    proc = start_script(KILLED_BUILD, corpus, out, at, workers, pids or "-")
    try:
        _, err = proc.communicate(timeout=180)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == -signal.SIGKILL, err


@pytest.mark.parametrize("at, left", [("1", DOCUMENTS - 1), ("6", DOCUMENTS - 6), ("write", 0)])
def test_rerun_after_sigkill_extracts_only_the_rest(corpus, uninterrupted, tmp_path, at, left):
    out = tmp_path / "out"
    killed_build(corpus, out, at)
    assert not (out / "graph.ttl").exists()  # nothing half-written was published
    report = build([str(corpus)], BuildOptions(out_dir=out, html=False, quiet=True))
    assert (report.documents, report.extracted, report.skipped) == (DOCUMENTS, left, DOCUMENTS - left)
    assert (out / "graph.ttl").read_bytes() == uninterrupted
    assert sorted(p.name for p in out.iterdir()) == [".kg-build.lock", "graph.ttl", "manifest.sqlite"]


def test_a_kill_keeps_the_earlier_graph_and_the_rerun_replaces_it(tmp_path):
    news, out = tmp_path / "news.jsonl", tmp_path / "out"
    build([str(write_corpus(news, 3))], BuildOptions(out_dir=out, html=False, quiet=True))
    before = (out / "graph.ttl").read_bytes()
    write_corpus(news, DOCUMENTS)
    killed_build(news, out, "write")
    assert (out / "graph.ttl").read_bytes() == before
    report = build([str(news)], BuildOptions(out_dir=out, html=False, quiet=True))
    assert report.extracted == 0 and report.triples > 0  # everything was committed; the outputs were stale
    build([str(news)], BuildOptions(out_dir=tmp_path / "whole", html=False, quiet=True))
    assert (out / "graph.ttl").read_bytes() == (tmp_path / "whole" / "graph.ttl").read_bytes()


def test_killed_parent_takes_its_workers_with_it(corpus, uninterrupted, tmp_path):
    psutil = pytest.importorskip("psutil")
    out, pids = tmp_path / "out", tmp_path / "pids"
    killed_build(corpus, out, "4", workers=2, pids=pids)
    workers = [int(p) for p in pids.read_text().split()]
    assert workers
    deadline = time.monotonic() + 10
    while any(psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE for p in workers):
        assert time.monotonic() < deadline, "orphaned workers still running"
        time.sleep(0.1)
    report = build([str(corpus)], BuildOptions(out_dir=out, html=False, quiet=True, workers=2))
    assert report.extracted <= DOCUMENTS - 4
    assert (out / "graph.ttl").read_bytes() == uninterrupted


def test_batches_of_documents_are_committed_as_the_build_goes(corpus, tmp_path):
    seen: list[int] = []
    report = build([str(corpus)], BuildOptions(out_dir=tmp_path, html=False, quiet=True, checkpoint_seconds=0),
                   on_checkpoint=seen.append)
    assert seen == list(range(1, DOCUMENTS + 1)) and report.checkpoints == DOCUMENTS
    slow = build([str(corpus)], BuildOptions(out_dir=tmp_path / "b", html=False, quiet=True))
    assert slow.checkpoints == 1  # a few seconds a batch: ten short documents make one


def test_the_manifest_holds_exactly_the_committed_documents(corpus, tmp_path):
    out = tmp_path / "out"
    killed_build(corpus, out, "3")
    with sqlite3.connect(out / "manifest.sqlite") as db:
        ids = [r[0] for r in db.execute("SELECT id FROM parts ORDER BY id")]
        outputs = db.execute("SELECT value FROM meta WHERE key = 'outputs'").fetchone()
    assert ids == ["d000", "d001", "d002"] and outputs == ("stale",)
