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

import codecs
import io
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from html.parser import HTMLParser
from itertools import chain
from pathlib import Path
from typing import AnyStr, BinaryIO

STDIN = "-"
"""The input name that means "read standard input"."""

_STDIN_NAME = "<stdin>"
_CHUNK = 1 << 16
_JSONL = ".jsonl"
_HTML = frozenset({".html", ".htm"})
_FOLDER_SUFFIXES = frozenset({".txt", ".md", _JSONL})
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive, e.g. .docx or .xlsx"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Document:
    """One input article, decoded and normalised, ready for the pipeline.

    ``source`` is where it came from (a path, or ``<stdin>``, plus ``:LINE``
    for JSONL) so that every later message and every provenance triple can
    point the user back to the exact place in their input.

    >>> Document(id="a", text="Сәлем", source="a.txt").title is None
    True
    """

    id: str
    text: str
    source: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    lang: str | None = None
    notes: tuple[str, ...] = ()  # what the reader did that the user should know (a legacy encoding decoded)


class InputError(Exception):
    """A problem with the user's input, said in one line; the CLI prints it and exits non-zero.

    Line breaks in the message (from an odd file name or id) are escaped so
    the message always stays one line.

    >>> str(InputError("a.jsonl:3: not valid JSON\\nreally"))
    'a.jsonl:3: not valid JSON\\\\nreally'
    """

    def __init__(self, message: str) -> None:
        super().__init__(message.replace("\r", "\\r").replace("\n", "\\n"))


@dataclass(frozen=True)
class _Options:
    errors: str
    max_bytes: int


_Item = Document | InputError
"""What the readers produce: a document, or a problem to raise or skip."""


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
    options = _Options(errors, max_bytes)
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
    items: Iterable[_Item], skip_bad: bool, on_skip: Callable[[str], None] | None
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


def _unique(document: Document, first_source: dict[str, str]) -> _Item:
    """Ids become graph IRIs, so a repeated id would silently merge two articles."""
    first = first_source.get(document.id)
    if first is not None:
        return InputError(f"{document.source}: duplicate id {_quote(document.id)} (first used at {first})")
    first_source[document.id] = document.source
    return document


def _nothing_read(skipped: int) -> str:
    if skipped:
        return f"no documents left after skipping {skipped} bad input(s)"
    return "no documents to read"


def _guarded(name: str, items: Iterator[_Item]) -> Iterator[_Item]:
    """Turn a file-level failure into one item, so a caller can skip just that file."""
    try:
        yield from items
    except InputError as error:
        yield error
    except OSError as error:
        yield InputError(f"{name} cannot be read ({error.strerror or error})")


def _read_input(name: str, options: _Options) -> Iterator[_Item]:
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


def _read_folder(folder: Path, name: str, options: _Options) -> Iterator[_Item]:
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


def _read_file(path: Path, name: str, doc_id: str, options: _Options) -> Iterator[_Item]:
    suffix = path.suffix.lower()
    if suffix == _JSONL:
        with path.open("rb") as stream:
            yield from _jsonl_items(_chunks(stream), name, doc_id, options)
        return
    size = path.stat().st_size
    if size > options.max_bytes:
        raise InputError(f"{name} is {_size(size)}; the limit is {_size(options.max_bytes)} (use --max-size)")
    make = _html_document if suffix in _HTML else _text_document
    yield make(path.read_bytes(), doc_id, name, options)


def _read_stdin(options: _Options) -> Iterator[_Item]:
    """JSONL if the first non-blank character is ``{``, else one text document."""
    chunks = _chunks(_stdin_bytes())
    head = _sniff(chunks)
    body = chain([head], chunks)
    if _first_char(head) == "{":
        yield from _jsonl_items(body, _STDIN_NAME, "stdin", options)
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
    encoding, bom = _detect_bom(head)
    return head[bom:].decode(encoding, "ignore").lstrip()[:1]


def _join_limited(chunks: Iterable[bytes], name: str, max_bytes: int) -> bytes:
    """Read a stream whole, but stop as soon as it passes the limit (stdin has no size)."""
    data = bytearray()
    for chunk in chunks:
        data += chunk
        if len(data) > max_bytes:
            raise InputError(f"{name} is larger than the {_size(max_bytes)} limit (use --max-size)")
    return bytes(data)


def _text_document(data: bytes, doc_id: str, name: str, options: _Options) -> Document:
    text, notes = _decoded_text(data, name, options.errors)
    return Document(id=doc_id, text=text, source=name, notes=notes)


def _html_document(data: bytes, doc_id: str, name: str, options: _Options) -> Document:
    page = _PageText()
    decoded, notes = _decoded_text(data, name, options.errors)
    try:
        page.feed(decoded)
        page.close()
    except AssertionError as error:  # html.parser's way of rejecting e.g. "<![0"
        raise InputError(f"{name} is not parseable HTML ({error})") from None
    text = _clean(page.text())
    if not text:
        raise InputError(f"{name} has no text outside its HTML markup")
    return Document(id=doc_id, text=text, source=name, title=page.title(), lang=page.lang, notes=notes)


class _PageText(HTMLParser):
    """Collect a page's visible text as paragraphs, plus its ``<title>`` and ``lang``.

    Block elements end a paragraph and whitespace inside one is collapsed, so
    sentence splitting downstream sees the page's own paragraph structure.
    """

    _SKIP = frozenset({"script", "style"})
    _BLOCKS = frozenset(
        {
            "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
            "figcaption", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang: str | None = None
        self._paragraphs: list[str] = []
        self._current: list[str] = []
        self._title: list[str] = []
        self._skipping = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "html":
            self.lang = (dict(attrs).get("lang") or "").strip() or None
        if tag in self._BLOCKS:
            self._end_paragraph()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag == "title":
            self._in_title = False
        if tag in self._BLOCKS:
            self._end_paragraph()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            (self._title if self._in_title else self._current).append(data)

    def _end_paragraph(self) -> None:
        paragraph = " ".join("".join(self._current).split())
        if paragraph:
            self._paragraphs.append(paragraph)
        self._current = []

    def text(self) -> str:
        self._end_paragraph()
        return "\n".join(self._paragraphs)

    def title(self) -> str | None:
        return _clean(" ".join("".join(self._title).split())) or None


def _decoded_text(data: bytes, name: str, errors: str) -> tuple[str, tuple[str, ...]]:
    if not data:
        raise InputError(f"{name} is empty")
    decoded, notes = _decode(data, name, errors)
    text = _clean(decoded)
    if not text.strip():
        raise InputError(f"{name} contains only whitespace")
    return text, notes


# The legacy Cyrillic code pages of Russian and Kazakh archives, for a file that is not UTF-8.
LEGACY_CYRILLIC = ("cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5")
LEGACY_MIN_LETTERS = 16


def _decode(data: bytes, name: str, errors: str) -> tuple[str, tuple[str, ...]]:
    """Decode UTF-8 or (with a BOM) UTF-16, dropping the BOM; a file that is not UTF-8 but
    reads as Cyrillic text in a legacy code page (windows-1251, KOI8-R) is decoded from it,
    with a note."""
    _reject_binary(data, name)
    encoding, bom = _detect_bom(data)
    notes: tuple[str, ...] = ()
    try:
        text = data[bom:].decode(encoding, "strict" if not bom else errors)
    except UnicodeDecodeError as error:
        legacy = _legacy_cyrillic(data) if not bom and not _damaged_utf8(data) else None
        if legacy is not None:
            text, found = legacy
            notes = (f"{name} is not UTF-8; it was decoded as {found}",)
        elif errors != "strict":
            text = data[bom:].decode(encoding, errors)
        else:
            raise InputError(f"{name} is not valid {_label(encoding)} {_bad_byte(error, bom)}") from None
    if "\x00" in text:
        raise _binary(name, "contains NUL bytes")
    return text, notes


def _damaged_utf8(data: bytes) -> bool:
    """UTF-8 with a few bad bytes (a cut character), not text in another encoding."""
    text = data.decode("utf-8", "replace")
    return text.count("\ufffd") <= max(2, 0.01 * len(text)) and any(ord(c) > 127 and c != "\ufffd" for c in text)


def _legacy_cyrillic(data: bytes) -> tuple[str, str] | None:
    """The text and the code page, when ``data`` is Cyrillic text in one (charset-normalizer
    chooses among them by how the letters fall); else None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_CYRILLIC)).best()
    if best is None or best.encoding not in LEGACY_CYRILLIC:
        return None
    text = str(best)
    letters = [c for c in text if c.isalpha()]
    if len(letters) < LEGACY_MIN_LETTERS or sum("\u0400" <= c <= "\u04ff" for c in letters) < 0.8 * len(letters):
        return None  # a few stray bytes are no text in any code page
    return text, {"cp1251": "windows-1251", "koi8_r": "KOI8-R"}.get(best.encoding, best.encoding)


def _reject_binary(data: bytes, name: str) -> None:
    """Catch images, PDFs and archives before they surface as a baffling decode error."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise _binary(name, kind)
    if _detect_bom(data)[0] == "utf-8" and b"\x00" in data:
        raise _binary(name, "contains NUL bytes")


def _binary(name: str, kind: str) -> InputError:
    return InputError(f"{name} is a binary file ({kind}), not text")


def _detect_bom(data: bytes) -> tuple[str, int]:
    """The codec to use and the length of the BOM to drop; UTF-8 without a BOM."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return "utf-8", 0


def _label(encoding: str) -> str:
    return "UTF-8" if encoding == "utf-8" else "UTF-16"


def _bad_byte(error: UnicodeDecodeError, offset: int) -> str:
    """Where decoding failed, as a byte offset the user can find with a hex editor."""
    return f"(byte 0x{error.object[error.start]:02X} at offset {offset + error.start})"


def _clean(text: str) -> str:
    """LF line ends and NFC, so the same word always has the same code points."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def _size(n: int) -> str:
    for unit, scale in (("MB", 1_000_000), ("kB", 1_000)):
        if n >= scale:
            return f"{round(n / scale, 1):g} {unit}"
    return f"{n} bytes"


def _quote(text: str) -> str:
    """A JSON-quoted, shortened copy of user text, safe to put in a one-line message."""
    return json.dumps(text if len(text) <= 60 else text[:59] + "…", ensure_ascii=False)


# --- JSONL -----------------------------------------------------------------


def _jsonl_items(chunks: Iterator[bytes], name: str, prefix: str, options: _Options) -> Iterator[_Item]:
    """One item per non-blank line; ids default to ``<prefix>-<line number>``."""
    number = 0
    blank = True
    for number, line in _lines(chunks, name, options):
        if isinstance(line, str) and not line.strip():
            continue
        blank = False
        where = f"{name}:{number}"
        yield line if isinstance(line, InputError) else _parse_line(line, where, f"{prefix}-{number}", options)
    if blank:
        raise InputError(f"{name} is empty" if number == 0 else f"{name} contains only whitespace")


def _lines(chunks: Iterator[bytes], name: str, options: _Options) -> Iterator[tuple[int, str | InputError]]:
    """Numbered decoded lines; a line that is too long or badly encoded becomes an error."""
    head = next(chunks, b"")
    _reject_binary(head, name)
    encoding, bom = _detect_bom(head)
    body = chain([head[bom:]], chunks)
    if encoding == "utf-8":
        return _utf8_lines(body, bom, name, options)
    return _utf16_lines(_decode_utf16(body, encoding, name, options.errors), name, options)


def _utf8_lines(
    body: Iterable[bytes], bom: int, name: str, options: _Options
) -> Iterator[tuple[int, str | InputError]]:
    """Split before decoding: byte 0x0A is never part of a multi-byte UTF-8 character."""
    for number, (start, length, raw) in enumerate(_split_lines(body, b"\n", options.max_bytes), 1):
        where = f"{name}:{number}"
        if raw is None:
            yield number, _too_long(where, length, options.max_bytes)
        else:
            yield number, _decode_line(raw, start + bom, where, options.errors)


def _utf16_lines(text: Iterable[str], name: str, options: _Options) -> Iterator[tuple[int, str | InputError]]:
    """Split after decoding, since a UTF-16 newline is two bytes (the limit counts characters)."""
    for number, (_, length, line) in enumerate(_split_lines(text, "\n", options.max_bytes), 1):
        yield number, (_too_long(f"{name}:{number}", length, options.max_bytes) if line is None else line)


def _decode_utf16(body: Iterable[bytes], encoding: str, name: str, errors: str) -> Iterator[str]:
    try:
        yield from codecs.iterdecode(body, encoding, errors)
    except UnicodeDecodeError as error:
        raise InputError(f"{name} is not valid UTF-16 ({error.reason})") from None


def _too_long(where: str, length: int, limit: int) -> InputError:
    return InputError(f"{where}: line is {_size(length)}; the limit is {_size(limit)} (use --max-size)")


def _split_lines(pieces: Iterable[AnyStr], newline: AnyStr, limit: int) -> Iterator[tuple[int, int, AnyStr | None]]:
    """Yield ``(offset, length, line)`` for each ``newline``-ended line of a chunked stream.

    Only ``\\n`` ends a line (JSON allows a raw U+2028 inside a string).  A
    line longer than ``limit`` is dropped while it streams past and yielded
    as ``None``, so one huge line cannot exhaust memory.
    """
    empty = newline[:0]
    kept: list[AnyStr] = []
    size = start = 0
    for piece in pieces:
        parts = piece.split(newline)
        for part in parts[:-1]:
            kept.append(part)
            size += len(part)
            yield start, size, (empty.join(kept) if size <= limit else None)
            start += size + 1
            kept, size = [], 0
        size += len(parts[-1])
        if size <= limit:
            kept.append(parts[-1])
        else:
            kept.clear()
    if size:
        yield start, size, (empty.join(kept) if size <= limit else None)


def _decode_line(raw: bytes, offset: int, where: str, errors: str) -> str | InputError:
    try:
        return raw.decode("utf-8", errors)
    except UnicodeDecodeError as error:
        return InputError(f"{where}: not valid UTF-8 {_bad_byte(error, offset)}")


def _parse_line(line: str, where: str, default_id: str, options: _Options) -> _Item:
    try:
        return _jsonl_document(line, where, default_id, options.errors)
    except InputError as error:
        return error


def _jsonl_document(line: str, where: str, default_id: str, errors: str) -> Document:
    record = _json_object(line, where)
    text = _record_text(record, where, errors)
    return Document(
        id=_record_id(record.get("id"), where, default_id, errors),
        text=text,
        source=where,
        title=_optional(record, "title", where, errors),
        date=_iso_date(record.get("date")),
        url=_optional(record, "url", where, errors),
        lang=_optional(record, "lang", where, errors),
    )


def _json_object(line: str, where: str) -> dict[str, object]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: not valid JSON ({error.msg} at column {error.colno})") from None
    except (ValueError, RecursionError) as error:  # a 5000-digit number, [[[[...]]]]
        raise InputError(f"{where}: not valid JSON ({error})") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object, got {_kind(record)}")
    return record


def _record_text(record: dict[str, object], where: str, errors: str) -> str:
    if "text" not in record:
        raise InputError(f'{where}: missing "text"')
    value = record["text"]
    if not isinstance(value, str):
        raise InputError(f'{where}: "text" must be a string, got {_kind(value)}')
    text = _clean(_unicode(value, "text", where, errors))
    if not text.strip():
        raise InputError(f'{where}: "text" is blank')
    return text


def _record_id(value: object, where: str, default_id: str, errors: str) -> str:
    """A string id as given; an integer id as its digits; no id (or null) the default."""
    if value is None:
        return default_id
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise InputError(f'{where}: "id" must be a string or an integer, got {_kind(value)}')
    if not value.strip():
        raise InputError(f'{where}: "id" is blank')
    return _unicode(value, "id", where, errors)


def _optional(record: dict[str, object], field: str, where: str, errors: str) -> str | None:
    """Metadata is a nicety: a missing, blank or non-string value is just left out."""
    value = record.get(field)
    if not isinstance(value, str) or not value.strip():
        return None
    return _clean(_unicode(value.strip(), field, where, errors))


def _unicode(value: str, field: str, where: str, errors: str) -> str:
    """JSON can escape lone surrogates (``"\\ud800"``) that no UTF-8 writer accepts later."""
    if not _SURROGATE.search(value):
        return value
    if errors == "replace":
        return _SURROGATE.sub("\ufffd", value)
    raise InputError(f'{where}: "{field}" contains a lone surrogate escape, which is not valid Unicode')


def _iso_date(value: object) -> str | None:
    """The date part of an ISO 8601 date or datetime; anything else is left out."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.strip()).date().isoformat()
    except ValueError:
        return None


def _kind(value: object) -> str:
    """The JSON name of a value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    for kind, name in ((int, "a number"), (float, "a number"), (str, "a string"), (list, "a list")):
        if isinstance(value, kind):
            return name
    return "an object"
