"""Worker processes are forked after the parent has loaded the models of the corpus's
languages, and give the graph one process gives, for Kazakh and Russian documents."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg.build
from kg.build import BuildOptions, build
from kg.extraction import DocumentExtractor, long_lived

from .helpers import write_corpus

KAZAKH = "Қасым-Жомарт Тоқаев Ақордада Өзбекстан Президенті Шавкат Мирзиёевпен кездесті."
RUSSIAN = "Президент Казахстана Касым-Жомарт Токаев встретился в Ташкенте с Президентом Узбекистана Шавкатом Мирзиёевым."


def write_mixed(path: Path, documents: int) -> Path:
    rows = [{"id": f"d{i:03d}", "text": (KAZAKH if i % 2 else RUSSIAN) + f" {i}."} for i in range(documents)]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def test_warm_up_loads_the_languages_of_the_documents_only():
    extractor = DocumentExtractor()
    extractor.warm_up([("a", KAZAKH, None), ("b", "The President met the Prime Minister.", None)])
    assert set(extractor.pipelines) == {"kk"}
    extractor.warm_up([("c", KAZAKH, None, "ru"), ("d", RUSSIAN, None)])  # a declared language is the one read
    assert set(extractor.pipelines) == {"kk", "ru"}


def test_what_lives_for_good_is_made_with_the_collector_paused_then_collected_once_and_frozen():
    import gc

    started: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            started.append(info["generation"])

    frozen = gc.get_freeze_count()
    gc.callbacks.append(count)
    try:
        with long_lived():
            with long_lived():  # nested: the outer block's pause
                cycles = [[] for _ in range(20_000)]
                for cycle in cycles:
                    cycle.append(cycle)
            del cycles
            assert started == []
        assert started == [2]
    finally:
        gc.callbacks.remove(count)
    assert gc.isenabled() and gc.get_freeze_count() > frozen
    gc.unfreeze()


@pytest.mark.skipif(not kg.build.sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_two_workers_forked_after_the_parent_loaded_the_models(tmp_path, monkeypatch):
    corpus = write_mixed(tmp_path / "mixed.jsonl", 40)
    monkeypatch.setattr(kg.build, "BATCH_DOCS", 4)  # several batches for the two workers
    monkeypatch.setattr(kg.build, "_EXTRACTORS", {})
    two = build([str(corpus)], BuildOptions(out_dir=tmp_path / "two", workers=2, html=False, quiet=True, fmt="nt"))
    parent = kg.build._EXTRACTORS[True]
    assert set(parent.pipelines) == {"kk", "ru"}  # loaded here, before the fork, and shared
    one = build([str(corpus)], BuildOptions(out_dir=tmp_path / "one", workers=1, html=False, quiet=True, fmt="nt"))
    assert two.extracted == one.extracted == 40
    lines = [sorted((out / "graph.nt").read_text(encoding="utf-8").splitlines()) for out in (tmp_path / "two",
                                                                                            tmp_path / "one")]
    assert lines[0] == lines[1] and len(lines[0]) > 40


def test_the_merge_runs_with_the_extraction_frozen_and_leaves_nothing_frozen(tmp_path, monkeypatch):
    import gc

    corpus = write_corpus(tmp_path / "news.jsonl", 3)
    seen: list[int] = []
    write_outputs = kg.build.write_outputs

    def counted(*args, **kwargs):
        seen.append(gc.get_freeze_count())
        return write_outputs(*args, **kwargs)

    monkeypatch.setattr(kg.build, "write_outputs", counted)
    build([str(corpus)], BuildOptions(out_dir=tmp_path / "out", html=False, quiet=True))
    assert seen and seen[0] > 0  # the models and caches are out of the collector's way
    assert gc.get_freeze_count() == 0  # and back in it afterwards: their garbage can still be freed


@pytest.mark.skipif(not kg.build.merge.FORK, reason="the graph is written in a forked process on Linux only")
def test_with_workers_the_graph_is_written_beside_the_page_and_both_are_the_ones_one_process_writes(
        tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "news.jsonl", 6)
    side_by_side = []
    write_side_by_side = kg.build.merge.write_side_by_side

    def counted(*args, **kwargs):
        side_by_side.append(args)
        return write_side_by_side(*args, **kwargs)

    monkeypatch.setattr(kg.build.merge, "write_side_by_side", counted)
    one = build([str(corpus)], BuildOptions(out_dir=tmp_path / "one", quiet=True))
    assert not side_by_side
    two = build([str(corpus)], BuildOptions(out_dir=tmp_path / "two", workers=2, quiet=True))
    assert len(side_by_side) == 1 and two.triples == one.triples > 0
    for name in ("graph.ttl", "graph.html"):
        assert (tmp_path / "two" / name).read_bytes() == (tmp_path / "one" / name).read_bytes()



def test_the_word_forms_of_documents_done_are_freed(monkeypatch):
    """A build's memory does not grow with its corpus's vocabulary: once the zone of a batch is
    closed, the new word forms of its documents leave spaCy's string store."""
    from kg.io.base import Document

    words = kg.build._NewWords(every=1)
    monkeypatch.setattr(kg.build, "_WORDS", words)
    new_word = "Зыртабылдықов"
    try:
        kg.build.extract_batch([Document(id="a", text=f"{new_word} Астанаға келді.", source="t")])
        strings = kg.build._extractor(True).pipeline("kk").vocab.strings
        assert new_word in strings
        kg.build.extract_batch([Document(id="b", text="Тоқаев Астанаға келді.", source="t")])
        assert new_word not in strings
    finally:
        words.zone.close()
