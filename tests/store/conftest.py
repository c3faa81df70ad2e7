"""The sample graph, built once per test session (shared by tests/query and
tests/store through one folder under pytest's session temp dir)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def sample_graph(tmp_path_factory) -> Path:
    out = tmp_path_factory.getbasetemp() / "kg-sample-build"
    graph = out / "graph.ttl"
    if not graph.exists():
        from kg.cli import main

        assert main(["build", "--out", str(out), "--quiet", "--no-html"]) == 0
    return graph


@pytest.fixture
def kg(capsys):
    """Run `kg ARGS…` in process: (exit status, stdout, stderr)."""
    from kg.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        status = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return status, out, err
    return run


@pytest.fixture
def kg_json(kg):
    """Run `kg query … --format json` and return the rows (dicts)."""
    def run(*args: str) -> list[dict]:
        status, out, err = kg("query", *args, "--format", "json")
        assert status == 0, err
        return json.loads(out)
    return run
