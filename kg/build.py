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
import sys
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.io import Document, OutputSet, atomic_write_text, iter_documents
from kg.rdf import PREFIXES, DocumentInfo, doc_node, document_graph

SAMPLE = Path(__file__).parent / "data" / "samples" / "kz-az-supreme-council.kk.txt"
FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".jsonld": "json-ld"}
PACKAGE = Path(__file__).resolve().parent
ONTOLOGY = PACKAGE.parent / "ontology"


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


def extract_part(doc: Document, use_ner: bool = True) -> Part:
    result = _extractor(use_ner).extract(doc.id, doc.text)
    notes = []
    if not result.kazakh:
        notes.append(f"{doc.source}: no Kazakh text found in document {doc.id!r}; it adds no facts")
    elif result.transliterated:
        notes.append(f"{doc.source}: Latin-script Kazakh in {doc.id!r} was transliterated to Cyrillic")
    info = DocumentInfo(doc.id, doc.source, doc.title, doc.date, doc.url)
    graph = document_graph(info, result.entities, result.facts, result.events)
    ntriples = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    return Part(doc.id, document_digest(doc), ntriples, len(result.facts), tuple(notes))


def extract_batch(docs: list[Document], use_ner: bool = True) -> list[Part]:
    return [extract_part(d, use_ner) for d in docs]


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) == size:
            yield batch
            batch = []
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
            for parts in pool.imap(_extract_batch_star, ((b, options.use_ner) for b in _batches(docs, 16))):
                yield from parts
    else:
        for doc in docs:
            yield extract_part(doc, options.use_ner)


def _extract_batch_star(args: tuple[list[Document], bool]) -> list[Part]:
    return extract_batch(*args)


def _run_on_dask(docs: Iterable[Document], options: BuildOptions) -> Iterator[Part]:
    try:
        from distributed import Client
    except ImportError as exc:
        raise RuntimeError("--dask needs the 'distributed' package: pip install 'diplomacy-kg[dask]'") from exc
    with Client(options.dask) as client:
        window: list = []
        for batch in _batches(docs, 32):
            window.append(client.submit(extract_batch, batch, options.use_ner, pure=False))
            if len(window) >= 8:
                yield from window.pop(0).result()
        for future in window:
            yield from future.result()


# -- the manifest of parts -------------------------------------------------------

@dataclass
class Manifest:
    """document id → digest of what was extracted; parts live in ``parts/<digest>.nt``."""

    path: Path
    entries: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, out_dir: Path) -> "Manifest":
        path = out_dir / "manifest.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(path, {str(k): str(v) for k, v in data.get("documents", {}).items()})
        except (OSError, ValueError, AttributeError):
            return cls(path)

    def part_path(self, digest: str) -> Path:
        return self.path.parent / "parts" / f"{digest}.nt"

    def up_to_date(self, doc_id: str, digest: str) -> bool:
        return self.entries.get(doc_id) == digest and self.part_path(digest).exists()

    def to_json(self) -> str:
        return json.dumps({"extractor": extractor_version(), "documents": self.entries},
                          ensure_ascii=False, indent=1, sort_keys=True)


# -- writing -----------------------------------------------------------------------

def merged_quads(manifest: Manifest) -> Iterator:
    """Every document's triples, each in the named graph of its document."""
    import pyoxigraph as ox

    for doc_id in sorted(manifest.entries):
        graph = ox.NamedNode(str(doc_node(doc_id)))
        data = manifest.part_path(manifest.entries[doc_id]).read_bytes()
        for triple in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
            yield ox.Quad(triple.subject, triple.predicate, triple.object, graph)


def write_graph(manifest: Manifest, target: Path, fmt: str) -> int:
    """Serialise through pyoxigraph: rdflib's Turtle writer is slow at scale."""
    import pyoxigraph as ox

    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    prefixes |= {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
                 "xsd": "http://www.w3.org/2001/XMLSchema#"}
    if fmt == "trig":
        dataset = ox.Dataset(merged_quads(manifest))
        ox.serialize(dataset, str(target), ox.RdfFormat.TRIG, prefixes=prefixes)
        return len({(q.subject, q.predicate, q.object) for q in dataset})
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in merged_quads(manifest)}
    ordered = sorted(triples, key=str)
    form = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD}[fmt]
    if form == ox.RdfFormat.N_TRIPLES:
        ox.serialize(ordered, str(target), form)
    else:
        ox.serialize(ordered, str(target), form, prefixes=prefixes)
    return len(triples)


def write_outputs(manifest: Manifest, options: BuildOptions) -> tuple[list[Path], int]:
    out_dir = options.out_dir
    suffix = {v: k for k, v in FORMATS.items()}[options.fmt]
    graph_path = out_dir / f"graph{suffix}"
    written = [graph_path]
    with OutputSet() as outputs:
        staged = outputs.stage(graph_path)
        triples = write_graph(manifest, staged, options.fmt)
        if options.html:
            from rdflib import Graph

            from kg.render.html import render_html

            graph = Graph()
            for doc_id in sorted(manifest.entries):
                graph.parse(data=manifest.part_path(manifest.entries[doc_id]).read_text(encoding="utf-8"),
                            format="nt")
            for prefix, ns in PREFIXES.items():
                graph.bind(prefix, ns)
            written.append(out_dir / "graph.html")
            outputs.stage(written[-1]).write_text(render_html(graph), encoding="utf-8")
        outputs.stage(manifest.path).write_text(manifest.to_json(), encoding="utf-8")
    return written, triples


def remove_unused_parts(manifest: Manifest) -> None:
    keep = {manifest.part_path(d).name for d in manifest.entries.values()}
    for path in (manifest.path.parent / "parts").glob("*.nt"):
        if path.name not in keep:
            path.unlink(missing_ok=True)


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
    (options.out_dir / "parts").mkdir(exist_ok=True)
    manifest = Manifest.load(options.out_dir)
    previous = dict(manifest.entries)
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

    progress = Progress(not options.quiet)
    for part in run_extraction(pending(), options):
        atomic_write_text(manifest.part_path(part.digest), part.ntriples)
        manifest.entries[part.id] = part.digest
        report.extracted += 1
        report.facts += part.facts
        for message in part.notes:
            note(message)
        progress.update(report.extracted)
    progress.close()
    if options.prune:
        for doc_id in set(manifest.entries) - seen:
            del manifest.entries[doc_id]
            report.pruned += 1
    suffix = {v: k for k, v in FORMATS.items()}[options.fmt]
    unchanged = manifest.entries == previous and (options.out_dir / f"graph{suffix}").exists() \
        and (not options.html or (options.out_dir / "graph.html").exists())
    if unchanged:
        report.outputs = [options.out_dir / f"graph{suffix}"]
    else:
        report.outputs, report.triples = write_outputs(manifest, options)
        remove_unused_parts(manifest)
    report.seconds = time.monotonic() - started
    return report
