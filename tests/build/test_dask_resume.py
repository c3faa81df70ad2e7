"""The Dask path shares the lock and the resume: a worker killed part way has
its documents retried by Dask, and the graph is the same as a local build's."""
from __future__ import annotations

import os
import signal

import pytest

import kg.build
from kg.build import BuildOptions, build
from kg.build.lock import BuildLock, FolderBusy

from .helpers import write_corpus

DOCUMENTS = 24


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        yield cluster


def test_killed_dask_worker_has_its_documents_retried(cluster, tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "news.jsonl", DOCUMENTS)
    build([str(corpus)], BuildOptions(out_dir=tmp_path / "local", html=False, quiet=True))
    monkeypatch.setattr(kg.build, "BATCH_DOCS", 2)  # many small tasks, so some are in flight at the kill
    killed: list[int] = []

    def kill_a_worker(done: int) -> None:
        if not killed:
            nanny = next(iter(cluster.workers.values()))
            killed.append(nanny.process.process.pid)
            os.kill(killed[0], signal.SIGKILL)

    report = build([str(corpus)], BuildOptions(out_dir=tmp_path / "dask", html=False, quiet=True,
                                               dask=cluster.scheduler_address, checkpoint_seconds=0),
                   on_checkpoint=kill_a_worker)
    assert killed and report.extracted == DOCUMENTS
    assert (tmp_path / "dask" / "graph.ttl").read_bytes() == (tmp_path / "local" / "graph.ttl").read_bytes()


def test_dask_build_resumes_and_respects_the_lock(cluster, tmp_path):
    corpus = write_corpus(tmp_path / "news.jsonl", DOCUMENTS)
    out = tmp_path / "out"
    first = write_corpus(tmp_path / "first.jsonl", 10)
    build([str(first)], BuildOptions(out_dir=out, html=False, quiet=True, dask=cluster.scheduler_address))
    with BuildLock(out):
        with pytest.raises(FolderBusy):
            build([str(corpus)], BuildOptions(out_dir=out, html=False, quiet=True, dask=cluster.scheduler_address))
    report = build([str(corpus)], BuildOptions(out_dir=out, html=False, quiet=True, dask=cluster.scheduler_address))
    assert (report.extracted, report.skipped) == (DOCUMENTS - 10, 10)
