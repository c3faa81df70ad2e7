"""The input and output edges of diplomacy-kg.

:mod:`kg.io.documents` turns whatever the user points the tool at into clean
:class:`Document` objects, or one-line :class:`InputError` messages (bytes to text in
:mod:`kg.io.decoding`, pages in :mod:`kg.io.html`, JSON Lines in :mod:`kg.io.jsonl`);
:mod:`kg.io.atomic` writes outputs so that a failed run never leaves a
half-written file or destroys the previous one.
"""
from kg.io.atomic import OutputError, OutputSet, atomic_path, atomic_write_bytes, atomic_write_text
from kg.io.documents import STDIN, Document, InputError, count_documents, iter_documents

__all__ = [
    "STDIN",
    "Document",
    "InputError",
    "OutputError",
    "OutputSet",
    "atomic_path",
    "atomic_write_bytes",
    "atomic_write_text",
    "count_documents",
    "iter_documents",
]
