"""The manifest keeps each part as the merge takes it (a record, not N-Triples); a
manifest of an older builder, whose parts are N-Triples, is extracted again."""
from __future__ import annotations

import sqlite3

from kg.build.manifest import Manifest, Part
from kg.records import PartRecord


def test_parts_come_back_as_records(tmp_path):
    record = PartRecord.from_triples([("<http://x/a>", "<http://x/p>", '"ә"@kk')])
    manifest = Manifest(tmp_path)
    manifest.put(Part("d1", "digest", record.dumps(), 0))
    manifest.checkpoint(force=True)
    assert list(manifest.parts()) == [("d1", record)]
    manifest.close()


def test_parts_written_as_ntriples_are_dropped_and_the_outputs_marked_stale(tmp_path):
    with sqlite3.connect(tmp_path / "manifest.sqlite") as db:
        db.execute("CREATE TABLE parts (id TEXT PRIMARY KEY, digest TEXT NOT NULL, ntriples TEXT NOT NULL)")
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute("INSERT INTO parts VALUES ('d1', 'old', '<http://x/a> <http://x/p> <http://x/b> .\n')")
        db.execute("INSERT INTO meta VALUES ('outputs', 'current')")
    manifest = Manifest(tmp_path)
    assert manifest.stale and not manifest.up_to_date("d1", "old") and list(manifest.parts()) == []
    manifest.close()
