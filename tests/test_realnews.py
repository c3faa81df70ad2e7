"""Real Kazakh and Russian web news (../shared/data/realnews, read in place, never copied): the
scores the README reports stay above their floors.  Skipped where the set is absent."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REALNEWS = SHARED / "data" / "realnews" / "realnews_dev.jsonl"


def build_graph(gold_file: Path, folder: Path) -> Path:
    """The graph ``kg build`` makes of a gold file's ids and texts alone."""
    from kg.cli import main

    rows = read_gold(gold_file)
    (folder / "in.jsonl").write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False)
                                             + "\n" for r in rows), encoding="utf-8")
    assert main(["build", str(folder / "in.jsonl"), "--out", str(folder / "out"), "--quiet", "--no-html"]) == 0
    return folder / "out" / "graph.ttl"


def read_gold(gold_file: Path) -> list[dict]:
    return [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines() if line.strip()]


def scores(graph_file: Path, gold_file: Path, scorer, score_graph) -> tuple[float, float, float, float]:
    """(relations precision, relations F1, type recall, entity precision) of a built graph."""
    from rdflib import Graph

    graph = Graph().parse(graph_file)
    gold = read_gold(gold_file)
    precision, _recall, f1, _ = score_graph(graph, gold_file)
    typed, n_types, _missed = scorer.type_recall(graph, gold, scorer.DEFAULT_NS)
    real, n_entities, _spurious = scorer.entity_precision(graph, gold, scorer.DEFAULT_NS)
    return precision, f1, typed / n_types, real / n_entities


@pytest.fixture(scope="module")
def realnews_graph(tmp_path_factory):
    if not REALNEWS.exists():
        pytest.skip("../shared/data/realnews is not beside the repo")
    return build_graph(REALNEWS, tmp_path_factory.mktemp("realnews"))


def test_relations_entities_and_types_stay_above_their_floors(realnews_graph, scorer, score_graph):
    precision, f1, type_recall, entity_precision = scores(realnews_graph, REALNEWS, scorer, score_graph)
    assert f1 >= 0.919 and precision >= 0.946  # measured 0.920 and 0.947 (159 pages; 0.916 and 0.944 before the
    # fourth session's name pairs and joint press conferences; 0.893 and 0.899 before kkfresh)
    assert type_recall >= 0.954  # 1330/1393 (0.9548; 1328 before name pairs; 1327 before titled leaders; 1258 before
    # organisations and regions by class noun, 1293 before media, 1298 before the persons' shapes of issue 19, 1313 before
    # abbreviations, brands, regions and Latin names)
    assert entity_precision >= 0.977  # 1370/1402 (0.9772; 1368/1401 before name pairs; 1367/1400 before titled
    # leaders)


def test_one_node_per_person_across_documents(realnews_graph):
    script = SHARED / "eval" / "person_dups.py"
    if not script.exists():
        pytest.skip("../shared/eval/person_dups.py is not beside the repo")
    out = subprocess.run([sys.executable, str(script), "--graph", str(realnews_graph), "--gold", str(REALNEWS)],
                         capture_output=True, text=True, check=True).stdout
    ratio = float(out.strip().splitlines()[-1].rsplit("ratio ", 1)[1].rstrip(")"))
    assert ratio <= 0.005  # measured 0.000 (no extra node for 226 persons)


RUSSIAN = SHARED / "data" / "realnews" / "realnews_ru_dev.jsonl"


@pytest.fixture(scope="module")
def russian_graph(tmp_path_factory):
    if not RUSSIAN.exists():
        pytest.skip("../shared/data/realnews is not beside the repo")
    return build_graph(RUSSIAN, tmp_path_factory.mktemp("realnews-ru"))


def test_russian_pages_stay_above_their_floors(russian_graph, scorer, score_graph):
    """Real Russian web news, read by the Russian pipeline (README: Russian dev row)."""
    precision, f1, type_recall, entity_precision = scores(russian_graph, RUSSIAN, scorer, score_graph)
    assert f1 >= 0.925 and precision >= 0.97  # measured 0.930 and 0.972 (0.921 and 0.971 before the relations
    # of rurel: cases a surname hides, subjects left out, counterparts; its credited media, verb of speech,
    # bilateral reference and delegation head were taken out: they raised these pages only)
    assert type_recall >= 0.96  # 519/539 (520 with the dev-only rules of ruent that ruprune took out)
    assert entity_precision >= 0.98  # 539/550 (the tagger's unlisted towns and lone one-word people dropped;
    # 540 with the dev-only rules of ruent that ruprune took out)
