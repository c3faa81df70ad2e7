"""What every reader of the user's input makes: a :class:`Document`, or an
:class:`InputError` that says in one line what is wrong and where."""
from __future__ import annotations

from dataclasses import dataclass


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
class ReadOptions:
    """How strictly to decode (``"strict"`` or ``"replace"``) and the most bytes one file or line may hold."""

    errors: str
    max_bytes: int


Item = Document | InputError
"""What the readers produce: a document, or a problem to raise or skip."""
