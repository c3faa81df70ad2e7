"""Tests for kg.io.documents: every row of the bad-input table, then the happy paths.

The table (``CASES``) states the exact message for each kind of bad input;
``test_docs_quote_every_message`` checks ``docs/bad-input.md`` quotes each
one word for word, so the docs cannot drift from the code.
"""
from __future__ import annotations

import doctest
import io
import json
import struct
import tempfile
import sys
import unicodedata
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import kg.io.atomic
import kg.io.documents
from kg.io import Document, InputError, iter_documents

DOCS = Path(__file__).resolve().parents[2] / "docs" / "bad-input.md"


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
        "invalid UTF-8 (a Latin-1 file)",
        files({"latin1.txt": "Bügün Astana".encode("latin-1")}),
        ["latin1.txt"],
        "latin1.txt is not valid UTF-8 (byte 0xFC at offset 1)",
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
        "news.jsonl:3: not valid JSON (Expecting ',' delimiter at column 30)",
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
        "news.jsonl:2: not valid UTF-8 (byte 0xE9 at offset 50)",
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


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work in a fresh folder and pass relative names, so messages match the docs exactly."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def read(inputs: list[str], **options: object) -> list[Document]:
    return list(iter_documents(inputs, **options))  # type: ignore[arg-type]


def jsonl(*records: object) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


# --- the bad-input table ---------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_bad_input_message(case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    case.prepare(monkeypatch)
    with pytest.raises(InputError) as raised:
        read(case.inputs, **case.options)
    assert str(raised.value) == case.message
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_docs_quote_every_message(case: Case) -> None:
    assert f"`kg: error: {case.message}`" in DOCS.read_text(encoding="utf-8")


def test_skip_bad_counts_skipped_lines() -> None:
    write("news.jsonl", jsonl({"text": "бір"}, {"text": 2}, {"text": "үш"}) + "{broken\n" + jsonl({"text": "бес"}))
    skipped: list[str] = []
    documents = read(["news.jsonl"], skip_bad=True, on_skip=skipped.append)
    assert [d.id for d in documents] == ["news-1", "news-3", "news-5"]
    assert [message.split(":")[1] for message in skipped] == ["2", "4"]


def test_skip_bad_skips_a_bad_file_among_several() -> None:
    write("corpus/a.txt", "Астана")
    write("corpus/b.txt", b"")
    write("other.png", png_bytes())
    write("c.txt", "Баку")
    skipped: list[str] = []
    documents = read(["corpus", "nope.md", "other.png", "c.txt"], skip_bad=True, on_skip=skipped.append)
    assert [d.id for d in documents] == ["a", "c"]
    assert skipped == [
        "corpus/b.txt is empty",
        "nope.md does not exist",
        "other.png is a binary file (PNG image), not text",
    ]


def test_skip_bad_keeps_the_first_of_duplicate_ids() -> None:
    write("news.jsonl", jsonl({"id": "a", "text": "бір"}, {"id": "a", "text": "екі"}))
    skipped: list[str] = []
    documents = read(["news.jsonl"], skip_bad=True, on_skip=skipped.append)
    assert [d.text for d in documents] == ["бір"]
    assert len(skipped) == 1


def test_skip_bad_without_callback() -> None:
    write("news.jsonl", jsonl({"text": "бір"}) + "[]\n")
    assert len(read(["news.jsonl"], skip_bad=True)) == 1


def test_error_names_the_file_inside_a_folder() -> None:
    write("corpus/sub/bad.txt", b"\xff")
    with pytest.raises(InputError, match=r"^corpus/sub/bad.txt is not valid UTF-8 \(byte 0xFF at offset 0\)$"):
        read(["corpus"])


def test_errors_after_good_documents_come_lazily() -> None:
    write("news.jsonl", jsonl({"text": "бір"}) + "{\n")
    documents = iter_documents(["news.jsonl"])
    assert next(documents).text == "бір"
    with pytest.raises(InputError, match=r"^news\.jsonl:2: "):
        next(documents)


@pytest.mark.parametrize("options", [{"errors": "ignore"}, {"max_bytes": 0}])
def test_programming_errors_are_not_input_errors(options: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        iter_documents(["x"], **options)  # type: ignore[arg-type]


def test_input_error_message_is_one_line() -> None:
    write("news.jsonl", jsonl({"id": "a\nb", "text": "x"}, {"id": "a\nb", "text": "y"}))
    with pytest.raises(InputError) as raised:
        read(["news.jsonl"])
    assert str(raised.value) == 'news.jsonl:2: duplicate id "a\\nb" (first used at news.jsonl:1)'


# --- encodings and normalisation -------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_boms_are_decoded_and_dropped(encoding: str) -> None:
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    write("news.txt", bom + "Қазақстан\r\nАстана".encode(encoding))
    assert read(["news.txt"])[0].text == "Қазақстан\nАстана"


def test_utf16_jsonl() -> None:
    write("news.jsonl", jsonl({"id": "k", "text": "Қазақ\r\nелі"}, {"text": "Баку"}).encode("utf-16"))
    documents = read(["news.jsonl"])
    assert [(d.id, d.text) for d in documents] == [("k", "Қазақ\nелі"), ("news-2", "Баку")]


def test_utf8_bom_jsonl_keeps_byte_offsets() -> None:
    write("news.jsonl", b"\xef\xbb\xbf" + b'{"text": "a"}\n{"text": "\xff"}\n')
    with pytest.raises(InputError, match=r"offset 27\)$"):
        read(["news.jsonl"])


def test_crlf_and_lone_cr_become_lf() -> None:
    write("news.md", "бір\r\nекі\rүш\n")
    assert read(["news.md"])[0].text == "бір\nекі\nүш\n"


def test_text_is_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Қазақстан Республикасы й ё")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    write("news.txt", decomposed)
    write("news2.jsonl", jsonl({"text": decomposed, "title": decomposed}))
    text_doc, jsonl_doc = read(["news.txt", "news2.jsonl"])
    assert text_doc.text == jsonl_doc.text == jsonl_doc.title == "Қазақстан Республикасы й ё"


def test_decomposed_file_names_give_nfc_ids() -> None:
    write(unicodedata.normalize("NFD", "corpus/йё.txt"), "Астана")
    assert read(["corpus"])[0].id == "йё"


def test_errors_replace_decodes_invalid_utf8() -> None:
    write("news.txt", b"caf\xe9 \xd0")
    write("news.jsonl", b'{"text": "caf\xe9", "title": "\\udc00"}\n')
    text_doc, jsonl_doc = read(["news.txt", "news.jsonl"], errors="replace")
    assert text_doc.text == "caf\ufffd \ufffd"
    assert (jsonl_doc.text, jsonl_doc.title) == ("caf\ufffd", "\ufffd")


def test_long_line_without_punctuation_is_read() -> None:
    text = " ".join(["астана"] * 80_000)
    assert len(text.encode()) > 1_000_000
    write("long.txt", text)
    write("long.jsonl", jsonl({"text": text}))
    assert [d.text for d in read(["long.txt", "long.jsonl"])] == [text, text]


# --- text files, folders, HTML ---------------------------------------------


def test_text_file_document() -> None:
    write("Сапар.2024.txt", "Астана")
    assert read(["Сапар.2024.txt"]) == [Document(id="Сапар.2024", text="Астана", source="Сапар.2024.txt")]


def test_any_other_extension_is_read_as_text() -> None:
    write("notes", "Астана")
    assert read(["notes"])[0].id == "notes"


def test_folder_is_recursive_sorted_and_skips_hidden_and_other_files() -> None:
    for name in ["z.txt", "b.TXT", "a.md", "sub/c.txt", "sub/deeper/d.txt", "a-b.txt", ".hidden.txt", ".git/e.txt"]:
        write(f"corpus/{name}", name)
    write("corpus/sub/news.jsonl", jsonl({"text": "бір"}, {"id": "own", "text": "екі"}))
    write("corpus/photo.png", png_bytes())
    write("corpus/page.html", "<p>Астана</p>")
    documents = read(["corpus/"])
    assert [d.id for d in documents] == ["a-b", "a", "b", "sub/c", "sub/deeper/d", "sub/news-1", "own", "z"]
    assert [d.source for d in documents][:4] == ["corpus/a-b.txt", "corpus/a.md", "corpus/b.TXT", "corpus/sub/c.txt"]
    assert documents[5].source == "corpus/sub/news.jsonl:1"


def test_html_extraction() -> None:
    write(
        "page.htm",
        """<!DOCTYPE html><html lang="kk"><head><title> Сапар
        туралы </title><style>p { color: red }</style></head>
        <body><script>document.write("<p>no</p>")</script>
        <h1>Мемлекеттік   сапар</h1><p>Тоқаев <b>Баку</b> қаласына барды.</p>
        <div>Бірінші жол<br>екінші &amp; үшінші&nbsp;жол</div><p>  </p></body></html>""",
    )
    (document,) = read(["page.htm"])
    assert document.text == "Мемлекеттік сапар\nТоқаев Баку қаласына барды.\nБірінші жол\nекінші & үшінші жол"
    assert (document.id, document.title, document.lang) == ("page", "Сапар туралы", "kk")


# --- JSONL -----------------------------------------------------------------


def test_jsonl_fields_and_default_ids() -> None:
    write(
        "news.jsonl",
        "\n"
        + jsonl(
            {"id": 12, "text": "бір", "title": " Сапар ", "date": "2024-03-01", "url": "https://x.kz/1", "lang": "kk"},
            {"text": "екі", "date": "2024-03-01T10:30:00+05:00", "title": 5, "url": None},
            {"text": "үш", "date": "1 наурыз 2024", "id": None},
        ),
    )
    documents = read(["news.jsonl"])
    assert documents[0] == Document(
        id="12", text="бір", source="news.jsonl:2", title="Сапар", date="2024-03-01", url="https://x.kz/1", lang="kk"
    )
    assert (documents[1].id, documents[1].date, documents[1].title, documents[1].url) == (
        "news-3",
        "2024-03-01",
        None,
        None,
    )
    assert (documents[2].id, documents[2].date) == ("news-4", None)


def test_jsonl_with_crlf_lines_and_no_final_newline() -> None:
    write("news.jsonl", '{"text": "бір"}\r\n{"text": "екі"}')
    assert [d.text for d in read(["news.jsonl"])] == ["бір", "екі"]


def test_jsonl_line_separator_inside_a_string_is_not_a_line_break() -> None:
    write("news.jsonl", '{"text": "бір\u2028екі\u0085үш"}\n')
    assert read(["news.jsonl"])[0].text == "бір\u2028екі\u0085үш"


def test_jsonl_of_100000_lines() -> None:
    write("big.jsonl", "".join(f'{{"text": "мәтін {n}"}}\n' for n in range(100_000)))
    count = 0
    for count, document in enumerate(iter_documents(["big.jsonl"]), 1):
        assert document.id == f"big-{count}"
    assert count == 100_000


def test_stdin_jsonl_is_read_lazily(monkeypatch: pytest.MonkeyPatch) -> None:
    data = ("\n \n" + jsonl(*({"text": f"мәтін {n}"} for n in range(50_000)))).encode()
    raw = io.BytesIO(data)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw, encoding="utf-8"))
    documents = iter_documents(["-"])
    first = next(documents)
    assert (first.id, first.source, first.text) == ("stdin-3", "<stdin>:3", "мәтін 0")
    assert raw.tell() < len(data) // 4
    assert sum(1 for _ in documents) == 49_999


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("\n  Астана {x}\r\n".encode()), encoding="utf-8"))
    assert read(["-"]) == [Document(id="stdin", text="\n  Астана {x}\n", source="<stdin>")]


def test_stdin_without_a_byte_buffer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"text": "Астана"}\n'))
    assert read(["-"])[0].text == "Астана"


def test_stdin_utf16_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = jsonl({"text": "Астана"}).encode("utf-16")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert read(["-"])[0].text == "Астана"


# --- doctests --------------------------------------------------------------


@pytest.mark.parametrize("module", [kg.io.documents, kg.io.atomic], ids=lambda m: m.__name__)
def test_doctests(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.failed == 0 and result.attempted > 0


@pytest.mark.parametrize(("encoding", "name"), [("cp1251", "windows-1251"), ("koi8_r", "KOI8-R")])
def test_a_russian_page_in_a_legacy_code_page_is_decoded_with_a_note(encoding: str, name: str) -> None:
    text = "Президент Казахстана встретился с Президентом России в Москве. Стороны обсудили торговлю."
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "archive.txt"
        path.write_bytes(text.encode(encoding))
        (document,) = iter_documents([str(path)])
    assert document.text == text
    assert document.notes == (f"{path} is not UTF-8; it was decoded as {name}",)
