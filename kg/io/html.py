"""An HTML page's visible text, as paragraphs, with its ``<title>`` and ``lang``."""
from __future__ import annotations

from html.parser import HTMLParser

from kg.io.base import Document, InputError, ReadOptions
from kg.io.decoding import clean_text, decoded_text


def html_document(data: bytes, doc_id: str, name: str, options: ReadOptions) -> Document:
    page = _PageText()
    decoded, notes = decoded_text(data, name, options.errors)
    try:
        page.feed(decoded)
        page.close()
    except AssertionError as error:  # html.parser's way of rejecting e.g. "<![0"
        raise InputError(f"{name} is not parseable HTML ({error})") from None
    text = clean_text(page.text())
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
        return clean_text(" ".join("".join(self._title).split())) or None
