"""Bytes to clean text: UTF-8 or UTF-16 by its BOM, a legacy Cyrillic code page by how
its letters fall, and images, archives or NUL bytes refused before they surface as a
baffling decode error.  Every problem is an :class:`InputError` that names the file
and, for bad bytes, the offset to look at with a hex editor.

>>> decoded_text("Астана\\r\\nБаку".encode("utf-8-sig"), "a.txt", "strict")
('Астана\\nБаку', ())
"""
from __future__ import annotations

import codecs
import json
import unicodedata

from kg.io.base import InputError

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


def decoded_text(data: bytes, name: str, errors: str) -> tuple[str, tuple[str, ...]]:
    if not data:
        raise InputError(f"{name} is empty")
    decoded, notes = _decode(data, name, errors)
    text = clean_text(decoded)
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
    reject_binary(data, name)
    encoding, bom = detect_bom(data)
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
            raise InputError(f"{name} is not valid {_label(encoding)} {bad_byte(error, bom)}") from None
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


def reject_binary(data: bytes, name: str) -> None:
    """Catch images, PDFs and archives before they surface as a baffling decode error."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise _binary(name, kind)
    if detect_bom(data)[0] == "utf-8" and b"\x00" in data:
        raise _binary(name, "contains NUL bytes")


def _binary(name: str, kind: str) -> InputError:
    return InputError(f"{name} is a binary file ({kind}), not text")


def detect_bom(data: bytes) -> tuple[str, int]:
    """The codec to use and the length of the BOM to drop; UTF-8 without a BOM."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return "utf-8", 0


def _label(encoding: str) -> str:
    return "UTF-8" if encoding == "utf-8" else "UTF-16"


def bad_byte(error: UnicodeDecodeError, offset: int) -> str:
    """Where decoding failed, as a byte offset the user can find with a hex editor."""
    return f"(byte 0x{error.object[error.start]:02X} at offset {offset + error.start})"


def clean_text(text: str) -> str:
    """LF line ends and NFC, so the same word always has the same code points."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def readable_size(n: int) -> str:
    for unit, scale in (("MB", 1_000_000), ("kB", 1_000)):
        if n >= scale:
            return f"{round(n / scale, 1):g} {unit}"
    return f"{n} bytes"


def quoted(text: str) -> str:
    """A JSON-quoted, shortened copy of user text, safe to put in a one-line message."""
    return json.dumps(text if len(text) <= 60 else text[:59] + "…", ensure_ascii=False)
