"""Every output problem ends in one line ``kg: error: …`` and exit 2, and the
earlier outputs stay as they were.  Each message is quoted in docs/bad-input.md."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from kg.cli import main

from .helpers import ROOT, write_corpus

DOCS = ROOT / "docs" / "bad-input.md"


def run(capsys, *args: str) -> tuple[int, list[str]]:
    capsys.readouterr()
    status = main(["build", *args, "--quiet", "--no-html"])
    return status, capsys.readouterr().err.strip().splitlines()


def one_error_line(status: int, err: list[str], message: str) -> None:
    assert status == 2
    assert err == [f"kg: error: {message}"]
    assert f"`kg: error: {message}`" in DOCS.read_text(encoding="utf-8")


@pytest.fixture()
def here(tmp_path, monkeypatch) -> Path:
    """Relative names in the messages, as a user would type them."""
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path / "news.jsonl", 2)
    return tmp_path


def test_out_is_a_file(here, capsys):
    (here / "out.txt").write_text("notes\n")
    one_error_line(*run(capsys, "news.jsonl", "--out", "out.txt"), "out.txt is a file, not a folder; give --out a folder")
    assert (here / "out.txt").read_text() == "notes\n"


def test_out_inside_a_file(here, capsys):
    (here / "out.txt").write_text("notes\n")
    one_error_line(*run(capsys, "news.jsonl", "--out", "out.txt/graph"),
                   "cannot create the output folder out.txt/graph (Not a directory)")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Linux's /proc")
def test_out_cannot_be_created(here, capsys):
    one_error_line(*run(capsys, "news.jsonl", "--out", "/proc/x"),
                   "cannot create the output folder /proc/x (No such file or directory)")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Linux's /proc")
def test_out_is_a_folder_nobody_may_write(here, capsys):
    one_error_line(*run(capsys, "news.jsonl", "--out", "/proc"),
                   "cannot write to the output folder /proc (No such file or directory)")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_out_is_read_only(here, capsys):
    (here / "ro").mkdir(mode=0o555)
    one_error_line(*run(capsys, "news.jsonl", "--out", "ro"),
                   "cannot write to the output folder ro (Permission denied)")


def test_full_disk_while_writing_the_graph(here, capsys, monkeypatch):
    assert run(capsys, "news.jsonl", "--out", "out")[0] == 0
    before = (here / "out" / "graph.ttl").read_bytes()
    write_corpus(here / "news.jsonl", 3)

    def full_disk(terms, output, *args, **kwargs):  # pyoxigraph's own error on ENOSPC
        Path(output).write_bytes(b"@prefix dkg: <https://w3id.org/diplomacy-kg/ontology#> .\n")
        raise OSError("No space left on device (os error 28)")

    monkeypatch.setattr("pyoxigraph.serialize", full_disk)
    one_error_line(*run(capsys, "news.jsonl", "--out", "out"),
                   "cannot write the outputs in out (No space left on device (os error 28)); "
                   "the earlier outputs are unchanged")
    assert (here / "out" / "graph.ttl").read_bytes() == before
    assert sorted(p.name for p in (here / "out").iterdir()) == [".kg-build.lock", "graph.ttl", "manifest.sqlite"]
    monkeypatch.undo()
    monkeypatch.chdir(here)
    status, _ = run(capsys, "news.jsonl", "--out", "out")
    assert status == 0 and b"d002" in (here / "out" / "graph.ttl").read_bytes()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the page is made in a forked process on Linux only")
def test_full_disk_while_a_forked_process_writes_the_page_beside_the_graph(here, capsys, monkeypatch):
    import kg.build.merge

    def full_disk(page, target):
        raise OSError("No space left on device (os error 28)")

    monkeypatch.setattr(kg.build.merge, "write_html", full_disk)  # the forked process has it too
    capsys.readouterr()
    status = main(["build", "news.jsonl", "--out", "out", "--quiet", "--workers", "2"])
    one_error_line(status, capsys.readouterr().err.strip().splitlines(),
                   "cannot write the outputs in out (No space left on device (os error 28)); "
                   "the earlier outputs are unchanged")
    assert sorted(p.name for p in (here / "out").iterdir()) == [".kg-build.lock", "manifest.sqlite"]
