"""Tests for kg.io.atomic: outputs are never half-written and old outputs survive failures."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import rdflib

from kg.io import OutputSet, atomic_path, atomic_write_bytes, atomic_write_text


class Boom(Exception):
    """The simulated failure half way through a build."""


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the folder, hidden temp files included, with its exact bytes."""
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.fixture
def old_outputs(tmp_path: Path) -> dict[str, bytes]:
    (tmp_path / "graph.ttl").write_bytes(b"old graph\r\n\x00")
    (tmp_path / "index.html").write_bytes("ескі бет".encode())
    return snapshot(tmp_path)


def test_atomic_write_text_and_bytes(tmp_path: Path) -> None:
    atomic_write_text(tmp_path / "a.txt", "Қазақстан\r\n")
    atomic_write_bytes(str(tmp_path / "b.bin"), b"\x00\xff")
    atomic_write_text(tmp_path / "a.txt", "Астана\n")
    assert snapshot(tmp_path) == {"a.txt": "Астана\n".encode(), "b.bin": b"\x00\xff"}


def test_new_outputs_get_the_usual_permissions(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "a.txt", "x")
    finally:
        os.umask(old_umask)
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == 0o644


def test_atomic_write_failure_keeps_the_old_file(tmp_path: Path, old_outputs: dict[str, bytes]) -> None:
    with pytest.raises(TypeError):
        atomic_write_bytes(tmp_path / "graph.ttl", "not bytes")  # type: ignore[arg-type]
    assert snapshot(tmp_path) == old_outputs


def test_atomic_path_with_an_rdflib_writer(tmp_path: Path) -> None:
    graph = rdflib.Graph()
    graph.add((rdflib.URIRef("https://x.kz/a"), rdflib.RDFS.label, rdflib.Literal("Астана", lang="kk")))
    with atomic_path(tmp_path / "graph.ttl") as temp:
        assert temp.parent == tmp_path and temp.name.startswith(".graph.ttl.")
        graph.serialize(destination=str(temp), format="turtle")
    assert list(snapshot(tmp_path)) == ["graph.ttl"]
    assert len(rdflib.Graph().parse(tmp_path / "graph.ttl")) == 1


def test_atomic_path_failure_keeps_the_old_file(tmp_path: Path, old_outputs: dict[str, bytes]) -> None:
    with pytest.raises(Boom), atomic_path(tmp_path / "graph.ttl") as temp:
        temp.write_text("half a gra")
        raise Boom
    assert snapshot(tmp_path) == old_outputs


def test_output_set_publishes_all_files(tmp_path: Path, old_outputs: dict[str, bytes]) -> None:
    with OutputSet() as outputs:
        outputs.stage(tmp_path / "graph.ttl").write_bytes(b"new graph")
        outputs.stage(str(tmp_path / "index.html")).write_bytes(b"new page")
        outputs.stage(tmp_path / "report.md").write_bytes(b"new report")
        assert snapshot(tmp_path).keys() > old_outputs.keys()
        assert (tmp_path / "graph.ttl").read_bytes() == b"old graph\r\n\x00"
    assert snapshot(tmp_path) == {"graph.ttl": b"new graph", "index.html": b"new page", "report.md": b"new report"}


@pytest.mark.parametrize("failure", [Boom, KeyboardInterrupt])
def test_output_set_failure_half_way_keeps_every_old_file(
    tmp_path: Path, old_outputs: dict[str, bytes], failure: type[BaseException]
) -> None:
    with pytest.raises(failure), OutputSet() as outputs:
        outputs.stage(tmp_path / "graph.ttl").write_bytes(b"new graph, complete")
        outputs.stage(tmp_path / "report.md").write_bytes(b"new report")
        outputs.stage(tmp_path / "index.html").write_bytes(b"new pa")
        raise failure
    assert snapshot(tmp_path) == old_outputs


def test_output_set_failed_rename_leaves_no_temp_files(
    tmp_path: Path, old_outputs: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = os.replace
    calls: list[object] = []

    def failing_second_replace(source: object, target: object) -> None:
        calls.append(target)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", failing_second_replace)
    with pytest.raises(OSError), OutputSet() as outputs:
        outputs.stage(tmp_path / "graph.ttl").write_bytes(b"new graph")
        outputs.stage(tmp_path / "index.html").write_bytes(b"new page")
    assert snapshot(tmp_path) == {"graph.ttl": b"new graph", "index.html": old_outputs["index.html"]}


def test_output_set_rejects_staging_a_file_twice(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="already staged"), OutputSet() as outputs:
        outputs.stage(tmp_path / "graph.ttl")
        outputs.stage(tmp_path / "graph.ttl")
    assert snapshot(tmp_path) == {}


def test_output_into_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write_text(tmp_path / "no" / "graph.ttl", "x")
    assert snapshot(tmp_path) == {}
