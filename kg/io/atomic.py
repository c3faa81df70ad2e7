"""Crash-safe output files: never half-written, and earlier outputs survive a failure.

A build that dies half way (a bug, Ctrl-C, a full disk) must not leave a
truncated ``graph.ttl`` that later looks like a finished one, nor destroy
the previous good output.  So every output is written to a temporary file
in the same directory (a rename is only atomic within one file system),
flushed to disk with ``fsync``, and moved over the target with
:func:`os.replace` only once it is complete.
"""
from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

PathLike = str | os.PathLike[str]


class OutputError(Exception):
    """An output that cannot be written (a file where the folder should be, no
    permission, a full disk), said in one line; the CLI prints it and exits non-zero.
    Like every failure here, it leaves the earlier outputs as they were."""


def atomic_write_bytes(path: PathLike, data: bytes) -> None:
    """Replace ``path`` with ``data``: a reader sees the old file or the new one, never a mix.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.nt"
    >>> atomic_write_bytes(path, b"<a> <b> <c> .\\n")
    >>> path.read_bytes()
    b'<a> <b> <c> .\\n'
    """
    with atomic_path(path) as temp:
        temp.write_bytes(data)


def atomic_write_text(path: PathLike, text: str) -> None:
    """Replace ``path`` with ``text`` as UTF-8, exactly as given (no newline translation).

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "report.md"
    >>> atomic_write_text(path, "Қазақстан\\n")
    >>> path.read_text(encoding="utf-8")
    'Қазақстан\\n'
    """
    atomic_write_bytes(path, text.encode("utf-8"))


@contextmanager
def atomic_path(path: PathLike) -> Iterator[Path]:
    """Yield a temporary path for a writer that wants a path (e.g. rdflib's ``destination=``).

    It is moved over ``path`` when the block ends normally and deleted if
    the block raises, leaving any old ``path`` untouched.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.ttl"
    >>> with atomic_path(path) as temp:
    ...     _ = temp.write_text("@prefix dkg: <https://w3id.org/diplomacy-kg/ontology#> .\\n")
    >>> path.read_text().startswith("@prefix")
    True
    """
    with OutputSet() as outputs:
        yield outputs.stage(path)


class OutputSet:
    """Stage several output files and publish them together, or not at all.

    Each :meth:`stage` returns a temporary path to write to.  When the
    ``with`` block ends without an exception every staged file is fsynced and
    then renamed over its target; if the block raises, the temporary files
    are deleted and every existing output stays exactly as it was.  (The
    renames themselves are not one transaction: if the operating system
    fails a rename after all files were safely written, the outputs renamed
    before it stay new.)

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> with OutputSet() as outputs:
    ...     _ = outputs.stage(folder / "graph.ttl").write_text("new graph")
    ...     _ = outputs.stage(folder / "index.html").write_text("new page")
    >>> sorted(p.name for p in folder.iterdir())
    ['graph.ttl', 'index.html']
    """

    def __init__(self) -> None:
        self._staged: dict[Path, Path] = {}

    def __enter__(self) -> OutputSet:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                self._commit()
        finally:
            self._discard()

    def stage(self, path: PathLike) -> Path:
        """Reserve a new temporary file next to ``path`` and return its path.

        >>> import pathlib, tempfile
        >>> target = pathlib.Path(tempfile.mkdtemp()) / "graph.ttl"
        >>> with OutputSet() as outputs:
        ...     outputs.stage(target).parent == target.parent
        True
        """
        target = Path(path)
        if target in self._staged:
            raise ValueError(f"{target} is already staged")
        self._staged[target] = _new_temp(target)
        return self._staged[target]

    def _commit(self) -> None:
        for temp in self._staged.values():
            _fsync(temp)
        for target, temp in list(self._staged.items()):
            os.replace(temp, target)
            del self._staged[target]
            _fsync_folder(target.parent)

    def _discard(self) -> None:
        for temp in self._staged.values():
            temp.unlink(missing_ok=True)
        self._staged.clear()


def _new_temp(target: Path) -> Path:
    """Create a hidden, uniquely named empty file in the target's folder.

    ``O_EXCL`` makes two concurrent builds never share a temp file; mode
    0o666 lets the umask give the output the permissions a plain write would.
    """
    while True:
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return temp


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; Windows cannot open a folder, and needs no such step."""
    if os.name == "posix":
        _fsync(folder)


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
