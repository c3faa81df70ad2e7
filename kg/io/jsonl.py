"""JSON Lines input, read line by line so that a file is never held whole: each line
is a document or a one-line error naming the line, and a line too long for the limit
is dropped while it streams past."""
from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from itertools import chain
from typing import AnyStr

from kg.io.base import Document, InputError, Item, ReadOptions
from kg.io.decoding import bad_byte, clean_text, detect_bom, reject_binary, readable_size

_SURROGATE = re.compile("[\ud800-\udfff]")


def jsonl_items(chunks: Iterator[bytes], name: str, prefix: str, options: ReadOptions) -> Iterator[Item]:
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


def _lines(chunks: Iterator[bytes], name: str, options: ReadOptions) -> Iterator[tuple[int, str | InputError]]:
    """Numbered decoded lines; a line that is too long or badly encoded becomes an error."""
    head = next(chunks, b"")
    reject_binary(head, name)
    encoding, bom = detect_bom(head)
    body = chain([head[bom:]], chunks)
    if encoding == "utf-8":
        return _utf8_lines(body, bom, name, options)
    return _utf16_lines(_decode_utf16(body, encoding, name, options.errors), name, options)


def _utf8_lines(
    body: Iterable[bytes], bom: int, name: str, options: ReadOptions
) -> Iterator[tuple[int, str | InputError]]:
    """Split before decoding: byte 0x0A is never part of a multi-byte UTF-8 character."""
    for number, (start, length, raw) in enumerate(_split_lines(body, b"\n", options.max_bytes), 1):
        where = f"{name}:{number}"
        if raw is None:
            yield number, _too_long(where, length, options.max_bytes)
        else:
            yield number, _decode_line(raw, start + bom, where, options.errors)


def _utf16_lines(text: Iterable[str], name: str, options: ReadOptions) -> Iterator[tuple[int, str | InputError]]:
    """Split after decoding, since a UTF-16 newline is two bytes (the limit counts characters)."""
    for number, (_, length, line) in enumerate(_split_lines(text, "\n", options.max_bytes), 1):
        yield number, (_too_long(f"{name}:{number}", length, options.max_bytes) if line is None else line)


def _decode_utf16(body: Iterable[bytes], encoding: str, name: str, errors: str) -> Iterator[str]:
    try:
        yield from codecs.iterdecode(body, encoding, errors)
    except UnicodeDecodeError as error:
        raise InputError(f"{name} is not valid UTF-16 ({error.reason})") from None


def _too_long(where: str, length: int, limit: int) -> InputError:
    return InputError(f"{where}: line is {readable_size(length)}; the limit is {readable_size(limit)} (use --max-size)")


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
        return InputError(f"{where}: not valid UTF-8 {bad_byte(error, offset)}")


def _parse_line(line: str, where: str, default_id: str, options: ReadOptions) -> Item:
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
    text = clean_text(_unicode(value, "text", where, errors))
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
    return clean_text(_unicode(value.strip(), field, where, errors))


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
