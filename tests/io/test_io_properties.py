"""Property tests: the JSONL reader, fed anything, yields faithful documents or InputError.

A user's JSONL can hold any Unicode, any JSON value in any field, and lines
that are not JSON at all.  Whatever hypothesis generates, the reader must
never fail with anything but a one-line InputError, and every document it
does yield must carry exactly the text of its line (after CRLF and NFC
normalisation).
"""
from __future__ import annotations

import io
import json
import sys
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.io import Document, InputError, iter_documents

SETTINGS = settings(derandomize=True, max_examples=200, deadline=None)

ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=30)
SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | ANY_TEXT
JSON_VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3), max_leaves=5)
RECORDS = st.fixed_dictionaries(
    {"text": ANY_TEXT | JSON_VALUES},
    optional={
        "id": st.none() | st.integers() | ANY_TEXT | JSON_VALUES,
        "title": JSON_VALUES,
        "date": st.dates().map(str) | st.datetimes().map(lambda d: d.isoformat()) | JSON_VALUES,
        "url": JSON_VALUES,
        "lang": JSON_VALUES,
    },
)
GARBAGE = st.text(st.characters(codec="utf-8", exclude_characters="\n"), max_size=30)
LINES = st.lists(
    st.tuples(RECORDS, st.booleans()).map(lambda pair: json.dumps(pair[0], ensure_ascii=pair[1])) | GARBAGE,
    max_size=8,
)


def expected_text(line: str) -> str | None:
    """What the reader should yield for a line's text, or None if the line is bad."""
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):
        return None
    text = record.get("text") if isinstance(record, dict) else None
    if not isinstance(text, str) or any("\ud800" <= c <= "\udfff" for c in text):
        return None
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text if text.strip() else None


def read_file(data: bytes, **options: object) -> Iterator[Document]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "news.jsonl")
        path.write_bytes(data)
        yield from iter_documents([str(path)], **options)  # type: ignore[arg-type]


def encode(lines: list[str]) -> bytes:
    """Write lines as UTF-8; lone surrogates become (invalid) bytes, as a broken writer would."""
    return "\n".join(lines).encode("utf-8", "surrogatepass")


def check_faithful(lines: list[str], documents: Iterator[Document]) -> list[Document]:
    seen = []
    for document in documents:
        number = int(document.source.rsplit(":", 1)[1])
        assert document.text == expected_text(lines[number - 1])
        seen.append(document)
    return seen


@SETTINGS
@given(LINES)
def test_jsonl_yields_faithful_documents_or_input_error(lines: list[str]) -> None:
    try:
        check_faithful(lines, read_file(encode(lines)))
    except InputError as error:
        assert "\n" not in str(error)


@SETTINGS
@given(LINES)
def test_skip_bad_accounts_for_every_line(lines: list[str]) -> None:
    skipped: list[str] = []
    try:
        documents = check_faithful(lines, read_file(encode(lines), skip_bad=True, on_skip=skipped.append))
    except InputError as error:
        message = str(error)
        assert message.startswith("no documents") or message.endswith(("is empty", "contains only whitespace"))
        return
    assert len({d.id for d in documents}) == len(documents)
    assert len(documents) + len(skipped) == sum(1 for line in lines if line.strip())


VALID_TEXT = st.text(st.characters(codec="utf-8"), max_size=30).filter(str.strip)
VALID_IDS = st.integers() | VALID_TEXT


@SETTINGS
@given(st.lists(st.tuples(VALID_TEXT, VALID_IDS), min_size=1, max_size=5, unique_by=lambda pair: str(pair[1])))
def test_valid_records_always_round_trip(pairs: list[tuple[str, int | str]]) -> None:
    lines = [json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) for text, doc_id in pairs]
    documents = check_faithful(lines, read_file(encode(lines)))
    assert [d.id for d in documents] == [str(doc_id) for _, doc_id in pairs]


@SETTINGS
@given(st.binary(max_size=200), st.sampled_from(["news.jsonl", "news.txt", "news.html", "-"]))
def test_any_bytes_give_documents_or_input_error(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, name)
        path.write_bytes(data)
        stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
        with mock.patch.object(sys, "stdin", stdin):
            try:
                for document in iter_documents([name if name == "-" else str(path)], errors="replace"):
                    assert document.text.strip()
            except InputError as error:
                assert "\n" not in str(error)
