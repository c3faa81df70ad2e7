"""The bad-input table, as data: each case builds its input and states the exact message.

Shared by the tests that check the reader's messages and the test that
checks ``docs/bad-input.md`` quotes every one of them word for word.
"""
from __future__ import annotations

import io
import struct
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest


def png_bytes() -> bytes:
    """A real 1x1 greyscale PNG, so the magic-number check meets a genuine image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )


def write(path: str, data: bytes | str) -> None:
    """Write a file (str as UTF-8), creating its folders."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def files(contents: dict[str, bytes | str]) -> Callable[[pytest.MonkeyPatch], None]:
    """A case setup that writes the given files."""

    def prepare(monkeypatch: pytest.MonkeyPatch) -> None:
        for name, data in contents.items():
            write(name, data)

    return prepare


def stdin(data: bytes) -> Callable[[pytest.MonkeyPatch], None]:
    def prepare(monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))

    return prepare


def unreadable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Permission denied, simulated: chmod does not stop root, who may run the tests."""
    write("secret.txt", "Астана")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)


def nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """No setup needed."""


def sparse(name: str, size: int) -> Callable[[pytest.MonkeyPatch], None]:
    """A file that reports ``size`` bytes without using the disk space."""

    def prepare(monkeypatch: pytest.MonkeyPatch) -> None:
        with open(name, "wb") as handle:
            handle.truncate(size)

    return prepare


@dataclass(frozen=True)
class Case:
    id: str
    prepare: Callable[[pytest.MonkeyPatch], None]
    inputs: list[str]
    message: str
    options: dict[str, object] = field(default_factory=dict)


def _line(text: str) -> str:
    return text + "\n"


_GOOD = _line('{"id": "a1", "text": "Астана"}')

CASES = [
    Case("missing path", nothing, ["nope.txt"], "nope.txt does not exist"),
    Case(
        "folder without text files",
        files({"corpus/photo.png": png_bytes()}),
        ["corpus"],
        "corpus is a folder with no .txt, .md or .jsonl files",
    ),
    Case("empty file", files({"empty.txt": b""}), ["empty.txt"], "empty.txt is empty"),
    Case(
        "whitespace-only file",
        files({"blank.txt": " \r\n\t\n"}),
        ["blank.txt"],
        "blank.txt contains only whitespace",
    ),
    Case("PNG image", files({"x.png": png_bytes()}), ["x.png"], "x.png is a binary file (PNG image), not text"),
    Case(
        "PDF",
        files({"report.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"}),
        ["report.pdf"],
        "report.pdf is a binary file (PDF document), not text",
    ),
    Case(
        "Word document (ZIP)",
        files({"article.docx": b"PK\x03\x04\x14\x00\x06\x00"}),
        ["article.docx"],
        "article.docx is a binary file (ZIP archive, e.g. .docx or .xlsx), not text",
    ),
    Case(
        "NUL bytes",
        files({"data.txt": b"abc\x00def"}),
        ["data.txt"],
        "data.txt is a binary file (contains NUL bytes), not text",
    ),
    Case(
        "invalid UTF-8 (a Windows-1251 file)",
        files({"cp1251.txt": "Бүгін Астана".encode("utf-8")[:6] + "Астана".encode("cp1251")}),
        ["cp1251.txt"],
        "cp1251.txt is not valid UTF-8 (byte 0xC0 at offset 6)",
    ),
    Case(
        "invalid UTF-16",
        files({"u16.txt": b"\xff\xfe" + "Астана".encode("utf-16-le") + b"\x00"}),
        ["u16.txt"],
        "u16.txt is not valid UTF-16 (byte 0x00 at offset 14)",
    ),
    Case(
        "file over the size limit",
        sparse("huge.txt", 52_400_000),
        ["huge.txt"],
        "huge.txt is 52.4 MB; the limit is 20 MB (use --max-size)",
    ),
    Case(
        "file over a small size limit",
        files({"big.txt": "x" * 250}),
        ["big.txt"],
        "big.txt is 250 bytes; the limit is 100 bytes (use --max-size)",
        {"max_bytes": 100},
    ),
    Case(
        "stdin over the size limit",
        stdin(b"x" * 250),
        ["-"],
        "<stdin> is larger than the 100 bytes limit (use --max-size)",
        {"max_bytes": 100},
    ),
    Case("unreadable file", unreadable, ["secret.txt"], "secret.txt cannot be read (Permission denied)"),
    Case(
        "JSONL line that is not JSON",
        files({"news.jsonl": _GOOD + _line('{"id": "a2", "text": "Баку"}') + _line('{"id": "a3", "text": "Мәскеу"')}),
        ["news.jsonl"],
        "news.jsonl:3: not valid JSON (Expecting ',' delimiter at column 31)",
    ),
    Case(
        "JSONL line that is not an object",
        files({"news.jsonl": _line('["Астана"]')}),
        ["news.jsonl"],
        "news.jsonl:1: expected a JSON object, got a list",
    ),
    Case(
        'JSONL line without "text"',
        files({"news.jsonl": _line('{"id": "a1", "title": "Сапар"}')}),
        ["news.jsonl"],
        'news.jsonl:1: missing "text"',
    ),
    Case(
        'JSONL "text" not a string',
        files({"news.jsonl": _line('{"text": 42}')}),
        ["news.jsonl"],
        'news.jsonl:1: "text" must be a string, got a number',
    ),
    Case(
        'JSONL "text" blank',
        files({"news.jsonl": _line('{"text": " \\n "}')}),
        ["news.jsonl"],
        'news.jsonl:1: "text" is blank',
    ),
    Case(
        'JSONL "text" with a lone surrogate',
        files({"news.jsonl": _line('{"text": "Астана \\ud800"}')}),
        ["news.jsonl"],
        'news.jsonl:1: "text" contains a lone surrogate escape, which is not valid Unicode',
    ),
    Case(
        'JSONL "id" of another type',
        files({"news.jsonl": _line('{"id": ["a", 1], "text": "Астана"}')}),
        ["news.jsonl"],
        'news.jsonl:1: "id" must be a string or an integer, got a list',
    ),
    Case(
        'JSONL "id" blank',
        files({"news.jsonl": _line('{"id": "", "text": "Астана"}')}),
        ["news.jsonl"],
        'news.jsonl:1: "id" is blank',
    ),
    Case(
        "JSONL duplicate id",
        files({"news.jsonl": _GOOD + _line('{"id": "a1", "text": "Баку"}')}),
        ["news.jsonl"],
        'news.jsonl:2: duplicate id "a1" (first used at news.jsonl:1)',
    ),
    Case(
        "same file name in two folders",
        files({"a/x.txt": "Астана", "b/x.txt": "Баку"}),
        ["a/x.txt", "b/x.txt"],
        'b/x.txt: duplicate id "x" (first used at a/x.txt)',
    ),
    Case(
        "JSONL line over the size limit",
        files({"news.jsonl": _GOOD + _line('{"text": "' + "x" * 140 + '"}')}),
        ["news.jsonl"],
        "news.jsonl:2: line is 152 bytes; the limit is 100 bytes (use --max-size)",
        {"max_bytes": 100},
    ),
    Case(
        "JSONL line with invalid UTF-8",
        files({"news.jsonl": _GOOD.encode() + b'{"text": "caf\xe9"}\n'}),
        ["news.jsonl"],
        "news.jsonl:2: not valid UTF-8 (byte 0xE9 at offset 52)",
    ),
    Case(
        "UTF-16 JSONL cut in the middle of a character",
        files({"news.jsonl": b"\xff\xfe" + _GOOD.encode("utf-16-le") + b"{"}),
        ["news.jsonl"],
        "news.jsonl is not valid UTF-16 (truncated data)",
    ),
    Case("empty JSONL", files({"news.jsonl": b""}), ["news.jsonl"], "news.jsonl is empty"),
    Case(
        "JSONL of blank lines",
        files({"news.jsonl": "\n  \n\n"}),
        ["news.jsonl"],
        "news.jsonl contains only whitespace",
    ),
    Case(
        "HTML with no visible text",
        files({"page.html": "<html><script>var x = 1;</script><p> </p></html>"}),
        ["page.html"],
        "page.html has no text outside its HTML markup",
    ),
    Case(
        "HTML the parser rejects",
        files({"page.html": "<p>Астана</p><![0"}),
        ["page.html"],
        "page.html is not parseable HTML (expected name token at '<![0')",
    ),
    Case("no inputs at all", nothing, [], "no documents to read"),
    Case(
        "every input bad, with skip_bad",
        files({"empty.txt": b""}),
        ["empty.txt"],
        "no documents left after skipping 1 bad input(s)",
        {"skip_bad": True},
    ),
]
