"""Read the user's articles: text, Markdown, JSONL, HTML, folders and stdin.

Everything downstream (tokenizer, extractor, graph writer) assumes clean
Unicode text: NFC-normalised, LF line ends, no BOM, each document with a
unique id.  Real input is messier: UTF-16 exports from Word, CRLF, a stray
PNG in the corpus folder, a JSONL line cut in half.  A traceback from deep
inside the pipeline tells the user nothing, so every such problem is caught
here and turned into an :class:`InputError` whose one-line message names the
file (and the line, for JSONL).  The CLI prints it as ``kg: error: <message>``.

Documents are produced lazily: a JSONL file is read line by line and is never
held in memory whole, so the size limit applies to each JSONL line, and to
every other file whole.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "news.txt").write_bytes("Астана\\r\\nБаку".encode("utf-8-sig"))
>>> document = next(iter_documents([str(folder)]))
>>> document.id, document.text
('news', 'Астана\\nБаку')
"""
from __future__ import annotations

import io
import os
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from kg.io.base import Document, InputError, Item, ReadOptions
from kg.io.decoding import decoded_text, detect_bom, quoted, readable_size
from kg.io.html import html_document
from kg.io.jsonl import jsonl_items

__all__ = ["STDIN", "Document", "InputError", "count_documents", "iter_documents"]

STDIN = "-"
"""The input name that means "read standard input"."""

_STDIN_NAME = "<stdin>"
_CHUNK = 1 << 16
_JSONL = ".jsonl"
_HTML = frozenset({".html", ".htm"})
_FOLDER_SUFFIXES = frozenset({".txt", ".md", _JSONL})


def iter_documents(
    inputs: Sequence[str],
    *,
    errors: str = "strict",
    skip_bad: bool = False,
    max_bytes: int = 20_000_000,
    on_skip: Callable[[str], None] | None = None,
) -> Iterator[Document]:
    """Yield the documents of every input, lazily and in order.

    An input is a file (``.txt``/``.md``/other = one text document,
    ``.jsonl`` = one document a line, ``.html``/``.htm`` = its visible text),
    a folder (its ``.txt``/``.md``/``.jsonl`` files, recursively, sorted), or
    ``-`` for stdin.  Bad input raises :class:`InputError`; with
    ``skip_bad=True`` the bad file or JSONL line is passed to ``on_skip``
    instead and reading goes on.  ``errors="replace"`` decodes invalid UTF-8
    with U+FFFD instead of failing.  If nothing at all could be read,
    :class:`InputError` is raised at the end, so a run never silently builds
    an empty graph.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.jsonl"
    >>> _ = path.write_text('{"id": 7, "text": "Астана"}\\n{"text": 1}\\n', encoding="utf-8")
    >>> skipped = []
    >>> [d.id for d in iter_documents([str(path)], skip_bad=True, on_skip=skipped.append)]
    ['7']
    >>> [message.split(": ", 1)[1] for message in skipped]
    ['"text" must be a string, got a number']
    """
    if errors not in ("strict", "replace"):
        raise ValueError(f"errors must be 'strict' or 'replace', not {errors!r}")
    if max_bytes < 1:
        raise ValueError(f"max_bytes must be positive, not {max_bytes}")
    options = ReadOptions(errors, max_bytes)
    items = chain.from_iterable(_guarded(name, _read_input(name, options)) for name in inputs)
    return _checked(items, skip_bad, on_skip)


def count_documents(inputs: Sequence[str]) -> int | None:
    """About how many documents the inputs hold, for a progress line: a JSONL file's
    non-blank lines, one for any other file; None when stdin is among them.  Bad
    lines and files are counted too, so it is an upper bound.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.jsonl").write_text('{"text": "x"}\\n\\n{"text": "y"}\\n', encoding="utf-8")
    >>> _ = (folder / "b.txt").write_text("z", encoding="utf-8")
    >>> count_documents([str(folder)]), count_documents([str(folder / "b.txt"), "-"])
    (3, None)
    """
    total = 0
    for name in inputs:
        if name == STDIN:
            return None
        path = Path(name)
        files = [path / f for f in _folder_files(path)] if path.is_dir() else [path]
        for file in files:
            try:
                total += _jsonl_lines(file) if file.suffix.lower() == _JSONL else 1
            except OSError:
                total += 1
    return total


def _jsonl_lines(path: Path) -> int:
    with path.open("rb") as stream:
        return sum(1 for line in stream if line.strip())


def _checked(
    items: Iterable[Item], skip_bad: bool, on_skip: Callable[[str], None] | None
) -> Iterator[Document]:
    """Enforce unique ids, then raise or skip each problem as the caller asked."""
    first_source: dict[str, str] = {}
    skipped = 0
    for item in items:
        if isinstance(item, Document):
            item = _unique(item, first_source)
        if isinstance(item, Document):
            yield item
        elif not skip_bad:
            raise item
        else:
            skipped += 1
            if on_skip is not None:
                on_skip(str(item))
    if not first_source:
        raise InputError(_nothing_read(skipped))


def _unique(document: Document, first_source: dict[str, str]) -> Item:
    """Ids become graph IRIs, so a repeated id would silently merge two articles."""
    first = first_source.get(document.id)
    if first is not None:
        return InputError(f"{document.source}: duplicate id {quoted(document.id)} (first used at {first})")
    first_source[document.id] = document.source
    return document


def _nothing_read(skipped: int) -> str:
    if skipped:
        return f"no documents left after skipping {skipped} bad input(s)"
    return "no documents to read"


def _guarded(name: str, items: Iterator[Item]) -> Iterator[Item]:
    """Turn a file-level failure into one item, so a caller can skip just that file."""
    try:
        yield from items
    except InputError as error:
        yield error
    except OSError as error:
        yield InputError(f"{name} cannot be read ({error.strerror or error})")


def _read_input(name: str, options: ReadOptions) -> Iterator[Item]:
    if name == STDIN:
        yield from _read_stdin(options)
        return
    path = Path(name)
    if path.is_dir():
        yield from _read_folder(path, name, options)
    elif path.exists():
        yield from _read_file(path, name, _file_id(Path(path.name)), options)
    else:
        raise InputError(f"{name} does not exist")


def _read_folder(folder: Path, name: str, options: ReadOptions) -> Iterator[Item]:
    files = _folder_files(folder)
    if not files:
        raise InputError(f"{name} is a folder with no .txt, .md or .jsonl files")
    for relative in files:
        path = folder / relative
        yield from _guarded(str(path), _read_file(path, str(path), _file_id(relative), options))


def _folder_files(folder: Path) -> list[Path]:
    """Relative paths of the readable files, sorted, skipping hidden files and folders.

    Hidden entries are editor and VCS clutter (``.git``, ``.ipynb_checkpoints``).
    """
    found: list[Path] = []
    for root, folders, files in os.walk(folder):
        folders[:] = [f for f in folders if not f.startswith(".")]
        found += [
            Path(root, f).relative_to(folder)
            for f in files
            if not f.startswith(".") and Path(f).suffix.lower() in _FOLDER_SUFFIXES
        ]
    return sorted(found, key=lambda path: path.parts)


def _file_id(relative: Path) -> str:
    """NFC, because macOS stores file names decomposed (й as и + combining breve)."""
    return unicodedata.normalize("NFC", relative.with_suffix("").as_posix())


def _read_file(path: Path, name: str, doc_id: str, options: ReadOptions) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix == _JSONL:
        with path.open("rb") as stream:
            yield from jsonl_items(_chunks(stream), name, doc_id, options)
        return
    size = path.stat().st_size
    if size > options.max_bytes:
        raise InputError(f"{name} is {readable_size(size)}; the limit is {readable_size(options.max_bytes)} (use --max-size)")
    make = html_document if suffix in _HTML else _text_document
    yield make(path.read_bytes(), doc_id, name, options)


def _read_stdin(options: ReadOptions) -> Iterator[Item]:
    """JSONL if the first non-blank character is ``{``, else one text document."""
    chunks = _chunks(_stdin_bytes())
    head = _sniff(chunks)
    body = chain([head], chunks)
    if _first_char(head) == "{":
        yield from jsonl_items(body, _STDIN_NAME, "stdin", options)
    else:
        data = _join_limited(body, _STDIN_NAME, options.max_bytes)
        yield _text_document(data, "stdin", _STDIN_NAME, options)


def _stdin_bytes() -> BinaryIO:
    """The raw bytes of stdin, so BOMs and bad UTF-8 are seen, not pre-decoded."""
    buffer = getattr(sys.stdin, "buffer", None)
    return buffer if buffer is not None else io.BytesIO(sys.stdin.read().encode("utf-8"))


def _chunks(stream: BinaryIO) -> Iterator[bytes]:
    return iter(partial(stream.read, _CHUNK), b"")


def _sniff(chunks: Iterator[bytes]) -> bytes:
    """Read just far enough to see the first non-blank byte."""
    head = bytearray()
    for chunk in chunks:
        head += chunk
        if chunk.strip():
            break
    return bytes(head)


def _first_char(head: bytes) -> str:
    encoding, bom = detect_bom(head)
    return head[bom:].decode(encoding, "ignore").lstrip()[:1]


def _join_limited(chunks: Iterable[bytes], name: str, max_bytes: int) -> bytes:
    """Read a stream whole, but stop as soon as it passes the limit (stdin has no size)."""
    data = bytearray()
    for chunk in chunks:
        data += chunk
        if len(data) > max_bytes:
            raise InputError(f"{name} is larger than the {readable_size(max_bytes)} limit (use --max-size)")
    return bytes(data)


def _text_document(data: bytes, doc_id: str, name: str, options: ReadOptions) -> Document:
    text, notes = decoded_text(data, name, options.errors)
    return Document(id=doc_id, text=text, source=name, notes=notes)
