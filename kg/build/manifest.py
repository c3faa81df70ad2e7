"""What has been extracted into an output folder: ``OUT/manifest.sqlite``.

For each document id, a digest of the document and of the extractor, and the
document's part (its triples, as the merge takes them: a :class:`kg.records.PartRecord`
in JSON).  A build commits finished parts
in batches as it goes, one transaction every few seconds of work, so a build
that is killed (SIGKILL, OOM, a lost node) keeps what it finished and the
rerun extracts only the rest.

The graph files are written only at the end, atomically.  Between a commit of
new parts and the publishing of outputs that contain them, the manifest says
its outputs are *stale*; a rerun then writes the outputs even if it has nothing
left to extract, so a crash can never leave a manifest and a graph that
disagree without the next build noticing.

A manifest that SQLite finds damaged (cut short by a full disk, half copied,
overwritten) is moved aside, kept under a name the warning gives, and the build
starts from an empty one: it extracts every document again, and the outputs
already published stay as they were until the new ones are renamed into place.
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from kg.io.atomic import OutputError
from kg.records import PartRecord

MANIFEST_NAME = "manifest.sqlite"
# A batch of parts is committed once this much time has passed since the last
# commit: rare enough that commits cost nothing, often enough that a crash
# loses only seconds of work.
CHECKPOINT_SECONDS = 3.0
# SQLite's primary result codes for a file that is damaged or not a database at all
DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
# the files SQLite keeps beside a database (a rollback journal, a write-ahead log)
COMPANIONS = ("-journal", "-wal", "-shm")


@dataclass(frozen=True)
class Part:
    """One document's contribution: its triples and what the user should hear about it."""

    id: str
    digest: str
    record: str  # the document's kg.records.PartRecord, dumped
    facts: int
    notes: tuple[str, ...] = ()
    words: int = 0  # of the document's text, for the progress line


class Manifest:
    """The parts of one output folder.  Open it only while holding the folder's
    :class:`kg.build.lock.BuildLock`: it assumes no other writer."""

    def __init__(self, out_dir: Path, checkpoint_seconds: float = CHECKPOINT_SECONDS,
                 on_damaged: Callable[[str], None] = lambda message: None) -> None:
        self.path = out_dir / MANIFEST_NAME
        self.checkpoint_seconds = checkpoint_seconds
        try:
            row = self._open()
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorcode", 0) & 0xFF not in DAMAGED:
                with self.errors():
                    raise
            self.db.close()
            try:
                aside = set_aside(self.path)
            except OSError as moving:
                raise OutputError(f"cannot use the manifest {self.path} ({exc}) nor move it aside "
                                  f"({moving.strerror})") from None
            on_damaged(f"the manifest {self.path} is damaged ({exc}); moved it to {aside.name} "
                       "and extracting every document again")
            with self.errors():
                row = self._open()
        self.stale = row is not None and row[0] == "stale"
        self.pending = 0
        self.commits = 0
        self._last_commit = time.monotonic()

    def _open(self) -> tuple[str] | None:
        """Connect, check the file, and read the digests; the 'outputs' row of the meta table."""
        self.db = sqlite3.connect(self.path, isolation_level="DEFERRED")
        # quick_check reads every page, so a file cut short fails here and not in the merge
        problems = self.db.execute("PRAGMA quick_check").fetchall()
        if problems != [("ok",)]:
            error = sqlite3.DatabaseError(f"database disk image is malformed: {problems[0][0]}")
            error.sqlite_errorcode = sqlite3.SQLITE_CORRUPT
            raise error
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        columns = [row[1] for row in self.db.execute("PRAGMA table_info(parts)")]
        if columns and "record" not in columns:
            # the parts of an extractor that handed N-Triples, out of date anyway: extracted again
            self.db.execute("DROP TABLE parts")
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('outputs', 'stale')")
        self.db.execute("CREATE TABLE IF NOT EXISTS parts (id TEXT PRIMARY KEY, digest TEXT NOT NULL, "
                        "record TEXT NOT NULL)")
        self.db.commit()
        # read once: the input side may run in a pool's feeder thread, which must not touch the connection
        self.digests = dict(self.db.execute("SELECT id, digest FROM parts"))
        return self.db.execute("SELECT value FROM meta WHERE key = 'outputs'").fetchone()

    def errors(self) -> _SqliteErrors:
        return _SqliteErrors(self.path)

    def up_to_date(self, doc_id: str, digest: str) -> bool:
        return self.digests.get(doc_id) == digest

    def put(self, part: Part) -> None:
        with self.errors():
            self.db.execute("INSERT OR REPLACE INTO parts VALUES (?, ?, ?)",
                            (part.id, part.digest, part.record))
        self.pending += 1

    def checkpoint(self, force: bool = False) -> bool:
        """Commit the parts put since the last commit, if the batch is old enough
        (or ``force``); True if it committed."""
        if not self.pending or not (force or time.monotonic() - self._last_commit >= self.checkpoint_seconds):
            return False
        with self.errors():
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('outputs', 'stale')")
            self.db.commit()
        self.stale = True
        self.pending = 0
        self.commits += 1
        self._last_commit = time.monotonic()
        return True

    def prune(self, keep: set[str]) -> int:
        """Drop the parts of documents not in ``keep``, committed at once."""
        with self.errors():
            ids = [r[0] for r in self.db.execute("SELECT id FROM parts")]
            gone = [i for i in ids if i not in keep]
            self.db.executemany("DELETE FROM parts WHERE id = ?", [(i,) for i in gone])
        self.pending += len(gone)
        self.checkpoint(force=True)
        return len(gone)

    def parts(self) -> Iterator[tuple[str, PartRecord]]:
        """(document id, record) of every committed part, by id."""
        with self.errors():
            yield from _parts(self.db)

    def published(self) -> None:
        """The outputs now hold every committed part."""
        with self.errors():
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('outputs', 'current')")
            self.db.commit()
        self.stale = False

    def close(self) -> None:
        try:
            self.db.rollback()
            self.db.close()
        except sqlite3.Error:
            pass  # closing after a failure: the one-line error about that failure is what matters


def read_parts(path: Path) -> Iterator[tuple[str, PartRecord]]:
    """:meth:`Manifest.parts` of the manifest at ``path``, read by another process through a
    read-only connection of its own (a connection must not cross a fork)."""
    with _SqliteErrors(path), closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
        yield from _parts(db)


def _parts(db: sqlite3.Connection) -> Iterator[tuple[str, PartRecord]]:
    for doc_id, record in db.execute("SELECT id, record FROM parts ORDER BY id"):
        yield doc_id, PartRecord.loads(record)


def set_aside(path: Path) -> Path:
    """Rename a damaged database, with its journal, to the first free ``NAME.damaged[-N]``."""
    n = 1
    while (aside := path.with_name(path.name + (".damaged" if n == 1 else f".damaged-{n}"))).exists():
        n += 1
    path.rename(aside)
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(aside.with_name(aside.name + suffix))
    return aside


class _SqliteErrors:
    """Turns SQLite's exceptions (a full disk, a file that cannot be locked) into
    one-line :class:`OutputError` messages naming the manifest."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc, traceback) -> None:
        if exc_type is not None and issubclass(exc_type, sqlite3.Error):
            raise OutputError(f"cannot use the manifest {self.path} ({exc})") from None
