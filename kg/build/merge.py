"""From the parts in the manifest to the published graph and page.

The merge reads every document's part (a :class:`kg.records.PartRecord`, the
form the workers hand over, so nothing is parsed here), deduplicates the triples on disk, and
writes the graph through pyoxigraph's streaming writers (rdflib's Turtle
writer is slow at scale), then the HTML page, and publishes them together.
The page's triples are gathered in the same pass over the parts, into a
:class:`kg.render.index.TripleIndex` (parsing them again into an rdflib graph
was most of an archive's merge time; it now makes each distinct term once),
which keeps only the triples of the predicates the page reads.
A build with workers makes the page in a forked process instead, beside the
graph (:func:`write_side_by_side`).

Corpus-level passes, which need all documents' triples at once (such as
deciding that two documents' people are one person), plug in at
:func:`corpus_parts`: whatever it yields is what both the graph and the page
are made of.
"""
from __future__ import annotations

import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from kg.identity.event_parts import event_identity_rewrite
from kg.identity.persons import CorpusIdentity
from kg.io import OutputSet
from kg.io.atomic import OutputError
from kg.build.manifest import Manifest, read_parts
from kg.rdf import PREFIXES, doc_node
from kg.records import PartRecord

if TYPE_CHECKING:
    from kg.render.index import TripleIndex

# Where a process can be forked, a build with workers makes the page in one, beside the graph
FORK = sys.platform.startswith("linux")

# A corpus-level pass reads every document's (id, record) once and returns how to
# rewrite each part's record; the parts are then read again, rewritten.
Rewrite = Callable[[PartRecord], PartRecord]
CorpusPass = Callable[[Iterable[tuple[str, PartRecord]]], Rewrite]


def person_identity(parts: Iterable[tuple[str, PartRecord]]) -> Rewrite:
    """One IRI per person across documents (:mod:`kg.identity.persons`)."""
    return CorpusIdentity.from_records(record for _doc_id, record in parts).rewrite_record


def event_identity(parts: Iterable[tuple[str, PartRecord]]) -> Rewrite:
    """One IRI per real event across reports (:mod:`kg.identity.event_parts`)."""
    return event_identity_rewrite(record for _doc_id, record in parts).rewrite_record


# In order: each pass reads the parts as the passes before it rewrote them (event
# identity needs the participants that person identity made canonical).
CORPUS_PASSES: list[CorpusPass] = [person_identity, event_identity]


def corpus_rewrites(manifest: Manifest, passes: Iterable[CorpusPass] | None = None) -> list[Rewrite]:
    rewrites: list[Rewrite] = []
    for corpus_pass in CORPUS_PASSES if passes is None else passes:
        with closing(_rewritten(manifest.parts(), list(rewrites))) as rewritten:
            rewrites.append(corpus_pass(rewritten))
    return rewrites


def corpus_parts(manifest: Manifest, rewrites: list[Rewrite]) -> Iterator[tuple[str, PartRecord]]:
    """Every document's (id, record), after the corpus-level passes."""
    return _rewritten(manifest.parts(), rewrites)


def _rewritten(parts: Iterable[tuple[str, PartRecord]], rewrites: list[Rewrite]) -> Iterator[tuple[str, PartRecord]]:
    for doc_id, record in parts:
        for rewrite in rewrites:
            record = rewrite(record)
        yield doc_id, record


class MergedLines:
    """The distinct N-Triples (or, with ``named``, N-Quads) lines of every part,
    deduplicated on disk by SQLite, so memory stays flat as the corpus grows."""

    def __init__(self, parts: Iterable[tuple[str, PartRecord]], folder: Path, named: bool) -> None:
        self.db = sqlite3.connect(folder / "merge.sqlite")
        self.named = named
        if named:  # a triple may stand in several documents' graphs: counted once
            self.db.execute("CREATE TABLE lines (line TEXT PRIMARY KEY, triple TEXT NOT NULL) WITHOUT ROWID")
            for doc_id, record in parts:
                graph = f" <{doc_node(doc_id)}> ."
                self.db.executemany("INSERT OR IGNORE INTO lines VALUES (?, ?)",
                                    ((t + graph, t) for t in record.lines()))
            return
        self.db.execute("CREATE TABLE lines (line TEXT PRIMARY KEY) WITHOUT ROWID")
        for _doc_id, record in parts:
            self.db.executemany("INSERT OR IGNORE INTO lines VALUES (?)", ((t + " .",) for t in record.lines()))

    def chunks(self, lines: int = 10_000) -> Iterator[str]:
        """The lines in order, so a subject's triples stand together and the Turtle is
        tidy; joined in chunks, because starting a parser per line is slow."""
        rows = self.db.execute("SELECT line FROM lines ORDER BY line")
        while batch := rows.fetchmany(lines):
            yield "\n".join(row[0] for row in batch) + "\n"

    def triple_count(self) -> int:
        count = "COUNT(DISTINCT triple)" if self.named else "COUNT(*)"
        return self.db.execute(f"SELECT {count} FROM lines").fetchone()[0]

    def close(self) -> None:
        self.db.close()


def write_graph(parts: Iterable[tuple[str, PartRecord]], target: Path, fmt: str, page: TripleIndex | None = None) -> int:
    """Serialise the merged parts to ``target``; the number of distinct triples.
    With ``page``, every part's triples also go there, in the same pass."""
    import pyoxigraph as ox

    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    prefixes |= {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
                 "xsd": "http://www.w3.org/2001/XMLSchema#"}
    named = fmt == "trig"
    form = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD,
            "trig": ox.RdfFormat.TRIG}[fmt]
    line_format = ox.RdfFormat.N_QUADS if named else ox.RdfFormat.N_TRIPLES
    if page is not None:
        parts = _also_into(parts, page)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".merge-") as tmp:
        with closing(MergedLines(parts, Path(tmp), named)) as merged:
            terms = (t for chunk in merged.chunks() for t in ox.parse(chunk.encode("utf-8"), format=line_format))
            extra = {} if form == ox.RdfFormat.N_TRIPLES else {"prefixes": prefixes}
            ox.serialize(terms, str(target), form, **extra)
            return merged.triple_count()


def _also_into(parts: Iterable[tuple[str, PartRecord]], page: TripleIndex) -> Iterator[tuple[str, PartRecord]]:
    for doc_id, record in parts:
        page.add_terms(record)
        yield doc_id, record


def page_index() -> TripleIndex:
    """An empty index for the page, with the prefixes an rdflib graph of the build would have,
    that keeps only the triples of the predicates the page reads (on the benchmark corpus
    the others are 15 % of the triples, and the index holds 6.9 MB instead of 8.1)."""
    from rdflib import Graph

    from kg.render.data import READ_PREDICATES
    from kg.render.index import TripleIndex

    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    return TripleIndex(graph.namespaces(), READ_PREDICATES)


def write_html(page: TripleIndex, target: Path) -> None:
    from kg.render.html import render_html

    target.write_text(render_html(page), encoding="utf-8")


def write_side_by_side(manifest: Manifest, graph_target: Path, fmt: str, page_target: Path) -> int:
    """The page made by a forked process while this one writes the graph; the number of
    distinct triples.  The forked process first imports what the page is made with
    (networkx, for its layout: 0.07 CPU s) while this one runs the corpus passes, then
    reads the parts, rewritten, itself.  On the benchmark corpus the page is 0.3 CPU s and
    the graph 0.15 s: a build with workers waits for the longer of them, not for both."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        imported = pool.submit(_import_the_page)
        rewrites = corpus_rewrites(manifest)
        page = pool.submit(_write_page_of, manifest.path, rewrites, page_target)
        with closing(corpus_parts(manifest, rewrites)) as parts:  # closed while the manifest is still open
            triples = write_graph(parts, graph_target, fmt)
        imported.result()
        page.result()
        return triples


def _import_the_page() -> None:
    """The page's modules, imported in the forked process while this one runs the corpus
    passes (networkx, for the layout, is most of it)."""
    import kg.render.html  # noqa: F401


def _write_page_of(manifest_path: Path, rewrites: list[Rewrite], target: Path) -> None:
    """The page of the manifest's parts as rewritten, made in a process of its own."""
    page = page_index()
    with closing(_rewritten(read_parts(manifest_path), rewrites)) as parts:
        for _doc_id, record in parts:
            page.add_terms(record)
    write_html(page, target)


def write_outputs(manifest: Manifest, out_dir: Path, graph_name: str, fmt: str,
                  html: bool, processes: int = 1) -> tuple[list[Path], int]:
    """Write the graph (and page) from the manifest and publish them together;
    the published paths and the triple count.  With ``processes`` above 1 (a build with
    workers), on Linux, the page is made by a forked process while this one writes the
    graph.  Any failure to write leaves the earlier outputs as they were and ends in one
    :class:`OutputError` line."""
    written = [out_dir / graph_name] + ([out_dir / "graph.html"] if html else [])
    try:
        with OutputSet() as outputs:
            if html and processes > 1 and FORK:
                triples = write_side_by_side(manifest, outputs.stage(written[0]), fmt, outputs.stage(written[1]))
            else:
                rewrites = corpus_rewrites(manifest)
                page = page_index() if html else None
                with closing(corpus_parts(manifest, rewrites)) as parts:  # closed while the manifest is still open
                    triples = write_graph(parts, outputs.stage(written[0]), fmt, page)
                if page is not None:
                    write_html(page, outputs.stage(written[1]))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise OutputError(f"cannot write the outputs in {out_dir} ({reason}); the earlier outputs are unchanged") \
            from None
    except sqlite3.OperationalError as exc:  # the merge's scratch database, on a full disk
        raise OutputError(f"cannot write the outputs in {out_dir} ({exc}); the earlier outputs are unchanged") \
            from None
    return written, triples
