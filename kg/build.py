"""Build a graph from input documents and write it, with its HTML page.

Each document becomes a part (its triples, as N-Triples) in ``OUT/parts``,
named by a hash of the document and of the extractor itself, and listed in
``OUT/manifest.json``.  A second build extracts only what changed; the graph
is then merged from the parts.  Outputs are staged and renamed together, so a
failure half way leaves the previous ``OUT/`` exactly as it was.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from kg.identity import CorpusIdentity
from kg.io import Document, OutputSet, iter_documents
from kg.rdf import PREFIXES, DocumentInfo, doc_node, document_graph
from kg.resources import ontology_dir

if TYPE_CHECKING:
    from kg.extraction import DocumentResult

SAMPLE = Path(__file__).parent / "data" / "samples" / "kz-az-supreme-council.kk.txt"
FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".jsonld": "json-ld"}
SUFFIX = {fmt: suffix for suffix, fmt in FORMATS.items()}
PACKAGE = Path(__file__).resolve().parent
ONTOLOGY = ontology_dir()  # ontology/ in a checkout, kg/ontology in an installed wheel


@dataclass
class BuildOptions:
    out_dir: Path = Path("output")
    fmt: str = "turtle"
    html: bool = True
    use_ner: bool = True
    workers: int = 1
    dask: str | None = None
    prune: bool = False
    errors: str = "strict"
    skip_bad: bool = False
    max_bytes: int = 20_000_000
    quiet: bool = False


@dataclass
class BuildReport:
    documents: int = 0
    extracted: int = 0
    skipped: int = 0
    pruned: int = 0
    facts: int = 0
    triples: int = 0
    warnings: list[str] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    seconds: float = 0.0


@dataclass(frozen=True)
class Part:
    """One document's contribution: its triples and what the user should hear about it."""

    id: str
    digest: str
    ntriples: str
    facts: int
    notes: tuple[str, ...] = ()


# -- extraction (runs in this process, in worker processes or on Dask workers) --

@cache
def extractor_version() -> str:
    """Changes whenever the code or the language data change, so that parts built
    by an older extractor are rebuilt."""
    h = hashlib.sha256()
    for path in sorted([*PACKAGE.rglob("*.py"), *PACKAGE.joinpath("data").rglob("*.tsv"),
                        *ONTOLOGY.glob("sectors.ttl")]):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def document_digest(doc: Document) -> str:
    payload = json.dumps([doc.id, doc.text, doc.title, doc.date, doc.url, extractor_version()], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:24]


_EXTRACTORS: dict[bool, object] = {}


def _extractor(use_ner: bool):
    if use_ner not in _EXTRACTORS:
        from kg.extraction import DocumentExtractor

        _EXTRACTORS[use_ner] = DocumentExtractor(use_ner=use_ner)
    return _EXTRACTORS[use_ner]


def _part(doc: Document, result: DocumentResult) -> Part:
    notes = []
    if not result.kazakh:
        notes.append(f"{doc.source}: no Kazakh text found in document {doc.id!r}; it adds no facts")
    elif result.transliterated:
        notes.append(f"{doc.source}: Latin-script Kazakh in {doc.id!r} was transliterated to Cyrillic")
    info = DocumentInfo(doc.id, doc.source, doc.title, doc.date, doc.url)
    graph = document_graph(info, result.entities, result.facts, result.events, bind=False)
    ntriples = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    return Part(doc.id, document_digest(doc), ntriples, len(result.facts), tuple(notes))


def extract_batch(docs: list[Document], use_ner: bool = True) -> list[Part]:
    results = _extractor(use_ner).extract_many([(d.id, d.text, d.date) for d in docs])
    return [_part(d, r) for d, r in zip(docs, results)]


# Documents per call of the network: large enough for fast matrix products, small
# enough that progress stays smooth and a batch of long articles does not raise the
# peak memory (the network's activations grow with the characters in a batch).
BATCH_DOCS = 32
BATCH_CHARS = 8_000


def _batches(docs: Iterable[Document]) -> Iterator[list[Document]]:
    batch: list[Document] = []
    chars = 0
    for doc in docs:
        if batch and (len(batch) == BATCH_DOCS or chars + len(doc.text) > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(doc)
        chars += len(doc.text)
    if batch:
        yield batch


def run_extraction(docs: Iterable[Document], options: BuildOptions) -> Iterator[Part]:
    """Parts in input order, whatever runs them: this process, a pool, or a Dask cluster."""
    if options.dask:
        yield from _run_on_dask(docs, options)
    elif options.workers > 1:
        import multiprocessing

        ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        with ctx.Pool(options.workers) as pool:
            for parts in pool.imap(_extract_batch_star, ((b, options.use_ner) for b in _batches(docs))):
                yield from parts
    else:
        for batch in _batches(docs):
            yield from extract_batch(batch, options.use_ner)


def _extract_batch_star(args: tuple[list[Document], bool]) -> list[Part]:
    return extract_batch(*args)


def _run_on_dask(docs: Iterable[Document], options: BuildOptions) -> Iterator[Part]:
    try:
        from distributed import Client
    except ImportError as exc:
        raise RuntimeError("--dask needs the 'distributed' package: pip install 'diplomacy-kg[dask]'") from exc
    with Client(options.dask) as client:
        window: list = []
        for batch in _batches(docs):
            window.append(client.submit(extract_batch, batch, options.use_ner, pure=False))
            if len(window) >= 8:
                yield from window.pop(0).result()
        for future in window:
            yield from future.result()


# -- the manifest of parts -------------------------------------------------------

class Manifest:
    """document id → digest of what was extracted, and the part itself (N-Triples),
    in ``OUT/manifest.sqlite``.  Changes stay in one transaction until the outputs
    are written, so a failed build changes nothing."""

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / "manifest.sqlite"
        self.db = sqlite3.connect(self.path, isolation_level="DEFERRED")
        self.db.execute("CREATE TABLE IF NOT EXISTS parts (id TEXT PRIMARY KEY, digest TEXT NOT NULL, "
                        "ntriples TEXT NOT NULL)")
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        self.db.commit()
        self.changed = False
        # read once: the input side may run in a pool's feeder thread, which must not touch the connection
        self.digests = dict(self.db.execute("SELECT id, digest FROM parts"))

    def up_to_date(self, doc_id: str, digest: str) -> bool:
        return self.digests.get(doc_id) == digest

    def put(self, part: Part) -> None:
        self.db.execute("INSERT OR REPLACE INTO parts VALUES (?, ?, ?)", (part.id, part.digest, part.ntriples))
        self.changed = True

    def prune(self, keep: set[str]) -> int:
        ids = [r[0] for r in self.db.execute("SELECT id FROM parts")]
        gone = [i for i in ids if i not in keep]
        self.db.executemany("DELETE FROM parts WHERE id = ?", [(i,) for i in gone])
        self.changed = self.changed or bool(gone)
        return len(gone)

    def parts(self) -> Iterator[tuple[str, str]]:
        yield from self.db.execute("SELECT id, ntriples FROM parts ORDER BY id")

    def commit(self) -> None:
        self.db.commit()

    def close(self) -> None:
        self.db.rollback()
        self.db.close()


# -- writing -----------------------------------------------------------------------

class MergedLines:
    """The distinct N-Triples (or, with ``named``, N-Quads) lines of every part,
    deduplicated on disk by SQLite, so memory stays flat as the corpus grows."""

    def __init__(self, manifest: Manifest, folder: Path, named: bool, identity: CorpusIdentity) -> None:
        self.db = sqlite3.connect(folder / "merge.sqlite")
        self.db.execute("CREATE TABLE lines (line TEXT PRIMARY KEY, triple TEXT NOT NULL) WITHOUT ROWID")
        for doc_id, ntriples in manifest.parts():
            graph = f" <{doc_node(doc_id)}> ." if named else " ."
            ntriples = identity.rewrite(ntriples)
            triples = (line[: line.rindex(" .")] for line in ntriples.splitlines() if line.strip())
            self.db.executemany("INSERT OR IGNORE INTO lines VALUES (?, ?)", ((t + graph, t) for t in triples))

    def chunks(self, lines: int = 10_000) -> Iterator[str]:
        """The lines in order, so a subject's triples stand together and the Turtle is
        tidy; joined in chunks, because starting a parser per line is slow."""
        rows = self.db.execute("SELECT line FROM lines ORDER BY line")
        while batch := rows.fetchmany(lines):
            yield "\n".join(row[0] for row in batch) + "\n"

    def triple_count(self) -> int:
        return self.db.execute("SELECT COUNT(DISTINCT triple) FROM lines").fetchone()[0]

    def close(self) -> None:
        self.db.close()


def write_graph(manifest: Manifest, target: Path, fmt: str, identity: CorpusIdentity) -> int:
    """Serialise the merged parts through pyoxigraph's streaming writers
    (rdflib's Turtle writer is slow at scale)."""
    import pyoxigraph as ox

    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    prefixes |= {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
                 "xsd": "http://www.w3.org/2001/XMLSchema#"}
    named = fmt == "trig"
    form = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD,
            "trig": ox.RdfFormat.TRIG}[fmt]
    line_format = ox.RdfFormat.N_QUADS if named else ox.RdfFormat.N_TRIPLES
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".merge-") as tmp:
        with closing(MergedLines(manifest, Path(tmp), named, identity)) as merged:
            terms = (t for chunk in merged.chunks() for t in ox.parse(chunk.encode("utf-8"), format=line_format))
            extra = {} if form == ox.RdfFormat.N_TRIPLES else {"prefixes": prefixes}
            ox.serialize(terms, str(target), form, **extra)
            return merged.triple_count()


def write_outputs(manifest: Manifest, options: BuildOptions) -> tuple[list[Path], int]:
    out_dir = options.out_dir
    graph_path = out_dir / f"graph{SUFFIX[options.fmt]}"
    written = [graph_path]
    identity = CorpusIdentity.from_parts(ntriples for _doc_id, ntriples in manifest.parts())
    with OutputSet() as outputs:
        triples = write_graph(manifest, outputs.stage(graph_path), options.fmt, identity)
        if options.html:
            from rdflib import Graph

            from kg.render.html import render_html

            graph = Graph()
            for _doc_id, ntriples in manifest.parts():
                graph.parse(data=identity.rewrite(ntriples), format="nt")
            for prefix, ns in PREFIXES.items():
                graph.bind(prefix, ns)
            written.append(out_dir / "graph.html")
            outputs.stage(written[-1]).write_text(render_html(graph), encoding="utf-8")
    return written, triples


# -- the build -------------------------------------------------------------------

class Progress:
    """Documents done, rate and, when the total is known, ETA; on stderr only when someone watches."""

    def __init__(self, enabled: bool, total: int | None = None) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.total = total
        self.start = time.monotonic()

    def update(self, done: int) -> None:
        if not self.enabled:
            return
        rate = done / max(time.monotonic() - self.start, 1e-9)
        eta = f", ETA {(self.total - done) / rate:.0f} s" if self.total and rate else ""
        total = f"/{self.total}" if self.total else ""
        sys.stderr.write(f"\rkg: {done}{total} documents, {rate:.1f} docs/s{eta}   ")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def build(inputs: list[str], options: BuildOptions | None = None,
          warn: Callable[[str], None] = lambda m: None) -> BuildReport:
    """Extract every input document (only those that changed) and write the outputs."""
    options = options or BuildOptions()
    started = time.monotonic()
    report = BuildReport()

    def note(message: str) -> None:
        report.warnings.append(message)
        warn(message)

    options.out_dir.mkdir(parents=True, exist_ok=True)
    manifest = Manifest(options.out_dir)
    seen: set[str] = set()

    def pending() -> Iterator[Document]:
        for doc in iter_documents(inputs or [str(SAMPLE)], errors=options.errors, skip_bad=options.skip_bad,
                                  max_bytes=options.max_bytes, on_skip=lambda m: note(f"skipped: {m}")):
            seen.add(doc.id)
            report.documents += 1
            if manifest.up_to_date(doc.id, document_digest(doc)):
                report.skipped += 1
                continue
            yield doc

    try:
        progress = Progress(not options.quiet)
        for part in run_extraction(pending(), options):
            manifest.put(part)
            report.extracted += 1
            report.facts += part.facts
            for message in part.notes:
                note(message)
            progress.update(report.extracted)
        progress.close()
        if options.prune:
            report.pruned = manifest.prune(seen)
        suffix = SUFFIX[options.fmt]
        outputs_exist = (options.out_dir / f"graph{suffix}").exists() and \
            (not options.html or (options.out_dir / "graph.html").exists())
        if manifest.changed or not outputs_exist:
            report.outputs, report.triples = write_outputs(manifest, options)
        else:
            report.outputs = [options.out_dir / f"graph{suffix}"]
        manifest.commit()
    finally:
        manifest.close()
    report.seconds = time.monotonic() - started
    return report
