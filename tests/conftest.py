"""Shared fixtures: one pipeline per session (loading it is the slow part)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "kg" / "data" / "samples" / "kz-az-supreme-council.kk.txt"
DEV_GOLD = ROOT / "tests" / "data" / "kaznerd_relations_dev.jsonl"


@pytest.fixture(scope="session")
def extractor():
    from kg.extraction import DocumentExtractor

    return DocumentExtractor()


@pytest.fixture(scope="session")
def scorer():
    """The project's scorer from ../shared/eval (the contract outside tools use)."""
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip("../shared/eval/score.py is not beside the repo")
    spec = importlib.util.spec_from_file_location("kg_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def micro(scorer, graph, gold: list[dict]) -> tuple[float, float, float, dict]:
    result = scorer.score(graph, gold, scorer.DEFAULT_NS)
    t = result["tally"]
    tp, fp, fn = (sum(t[p][k] for p in scorer.CORE) for k in ("tp", "fp", "fn"))
    return (*scorer.prf(tp, fp, fn), result)


def read_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def score_graph(scorer):
    """(precision, recall, F1, details) of a graph against a gold JSONL file."""
    def run(graph, gold_path: Path):
        return micro(scorer, graph, read_gold(gold_path))
    return run


@pytest.fixture(scope="session")
def paths() -> dict[str, Path]:
    return {"sample": SAMPLE, "dev_gold": DEV_GOLD, "seed_gold": SHARED / "eval" / "seed_gold.jsonl"}


# The sample graph and a `kg` runner, shared by tests/query and tests/store.
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
