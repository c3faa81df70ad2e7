"""Build a graph from input documents and write it, with its HTML page: the
orchestration of one build.

A build takes the output folder's lock (:mod:`kg.build.lock`), extracts the documents
the manifest does not already hold (:mod:`kg.build.manifest`; finished documents are
committed in batches, so a killed build resumes where it stopped), in this
process, in worker processes or on a Dask cluster, and then merges every part
into the graph and page and publishes them atomically (:mod:`kg.build.merge`).
"""
from __future__ import annotations

import gc
import hashlib
import json
import shutil
import sys
import time
from collections import deque
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import cache
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Protocol

from kg.io import Document, count_documents, iter_documents
from kg.io.atomic import OutputError
from kg.build.lock import BuildLock
from kg.build.manifest import CHECKPOINT_SECONDS, Manifest, Part
from kg.build.merge import write_outputs
from kg.build.progress import Progress
from kg.rdf import DocumentInfo, document_record
from kg.resources import ontology_dir

if TYPE_CHECKING:
    from kg.extraction import DocumentExtractor, DocumentResult

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "kz-az-supreme-council.kk.txt"
FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".jsonld": "json-ld"}
SUFFIX = {fmt: suffix for suffix, fmt in FORMATS.items()}
PACKAGE = Path(__file__).resolve().parents[1]
ONTOLOGY = ontology_dir()  # ontology/ in a checkout, kg/ontology in an installed wheel

__all__ = ["BuildOptions", "BuildReport", "Part", "build", "extract_batch", "run_extraction"]


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
    wait: bool = False  # another build holds the folder: wait for it (True) or stop at once
    checkpoint_seconds: float = CHECKPOINT_SECONDS


@dataclass
class BuildReport:
    documents: int = 0
    extracted: int = 0
    skipped: int = 0
    checkpoints: int = 0
    pruned: int = 0
    facts: int = 0
    triples: int = 0
    warnings: list[str] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    seconds: float = 0.0


# -- extraction (runs in this process, in worker processes or on Dask workers) --

@cache
def extractor_version() -> str:
    """Changes whenever the code, the language data or the NER model change, so
    that parts built by an older extractor are rebuilt."""
    h = hashlib.sha256()
    model = [p for p in PACKAGE.joinpath("models", "ner_kk_builder").rglob("*") if p.is_file()]
    for path in sorted([*PACKAGE.rglob("*.py"), *PACKAGE.rglob("*.tsv"),
                        *ONTOLOGY.glob("sectors.ttl"), *model]):
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
    notes = [f"{doc.source}: {note}" if not note.startswith(doc.source) else note for note in doc.notes]
    if result.lang is None and result.declared:
        notes.append(f"{doc.source}: document {doc.id!r} is in {result.declared!r}, not Kazakh or Russian; "
                     "it adds no facts")
    elif result.lang is None:
        notes.append(f"{doc.source}: no Kazakh or Russian text found in document {doc.id!r}; it adds no facts")
    elif result.sections:
        langs = " and ".join(sorted({s.lang for s in result.sections}))
        notes.append(f"{doc.source}: document {doc.id!r} has paragraphs in {langs}; each was read in its own language")
    if result.transliterated:
        notes.append(f"{doc.source}: Latin-script Kazakh in {doc.id!r} was transliterated to Cyrillic")
    # a page without a ``date`` field is dated by its date line, as its events are counted from it
    info = DocumentInfo(doc.id, doc.source, doc.title, doc.date or result.date, doc.url, result.lang or result.declared or "und")
    record = document_record(info, result.entities, result.facts, result.events, result.sections).dumps()
    return Part(doc.id, document_digest(doc), record, len(result.facts), tuple(notes), len(doc.text.split()))


def extract_batch(docs: list[Document], use_ner: bool = True) -> list[Part]:
    extractor = _extractor(use_ner)
    _WORDS.rotate(extractor)
    results = extractor.extract_many([(d.id, d.text, d.date, d.lang) for d in docs])
    return [_part(d, r) for d, r in zip(docs, results)]


class _NewWords:
    """spaCy keeps every new word form a document brings (its string and its lexeme) for the
    life of the process, so a build's memory grew with its corpus.  The batches run inside a
    memory zone of every pipeline, closed and opened anew every ``every`` batches: the word
    forms of the documents done are freed (the models' and the warm-up's stay).  Every batch
    is written out (:func:`_part`) before its zone closes, so no Doc outlives its zone.  A zone
    every 4 batches costs about 3 % of a build (benchmarks/README.md, "Seventh session"); every
    16 batches the peak memory of the benchmark's 4x corpus was 3 MB higher."""

    def __init__(self, every: int = 4) -> None:
        self.every = every
        self.zone: ExitStack | None = None
        self.batches = 0

    def rotate(self, extractor: DocumentExtractor) -> None:
        if self.zone is not None and self.batches < self.every:
            self.batches += 1
            return
        if self.zone is not None:
            self.zone.close()
        self.zone = ExitStack()
        for nlp in extractor.pipelines.values():
            self.zone.enter_context(nlp.memory_zone())
        self.batches = 1


_WORDS = _NewWords()


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
        yield from _run_in_pool(docs, options)
    else:
        for batch in _batches(docs):
            yield from extract_batch(batch, options.use_ner)


def _run_in_pool(docs: Iterable[Document], options: BuildOptions) -> Iterator[Part]:
    """Parts from a pool of worker processes.  Not multiprocessing's ``Pool``: its thread
    that keeps the workers alive also wakes whenever a result is waiting to be read, and
    spun until the thread that reads results had read it (7,000 turns, 0.04-0.14 CPU s of
    the parent on the benchmark corpus, taken from the workers' cores)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    fork = sys.platform.startswith("linux")
    batches = _batches(docs)
    if fork:
        # the models are loaded here, once, before the workers are forked: each worker
        # shares them with this process instead of spending about a CPU second loading its own
        first = next(batches, None)
        if first is None:
            return
        _extractor(options.use_ner).warm_up([(d.id, d.text, d.date, d.lang) for d in first])
        batches = chain([first], batches)
    ctx = multiprocessing.get_context("fork" if fork else "spawn")
    pool = ProcessPoolExecutor(options.workers, mp_context=ctx, initializer=_die_with_parent)
    try:
        yield from _in_order(lambda batch: pool.submit(extract_batch, batch, options.use_ner), batches,
                             ahead=2 * options.workers + 2)
    finally:
        pool.shutdown(cancel_futures=True)  # a build stopped early does not extract what it will not take


class _Submitted(Protocol):
    """A batch's parts to come: a pool's future, or a Dask cluster's."""

    def result(self) -> list[Part]: ...


def _in_order(submit: Callable[[list[Document]], _Submitted], batches: Iterable[list[Document]],
              ahead: int) -> Iterator[Part]:
    """The parts of the batches in input order, with at most ``ahead`` batches submitted and not
    yet taken: enough to keep every worker busy, few enough that the input is read as the
    build goes (its memory does not grow with the corpus)."""
    window: deque[_Submitted] = deque()
    for batch in batches:
        window.append(submit(batch))
        if len(window) >= ahead:
            yield from window.popleft().result()
    while window:
        yield from window.popleft().result()


def _die_with_parent() -> None:
    """A pool worker whose build was killed would otherwise live on, orphaned,
    waiting for work that never comes; on Linux the kernel kills it instead."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


def _run_on_dask(docs: Iterable[Document], options: BuildOptions) -> Iterator[Part]:
    try:
        from distributed import Client
    except ImportError as exc:
        raise RuntimeError("--dask needs the 'distributed' package: pip install 'diplomacy-kg[dask]'") from exc
    with Client(options.dask) as client:
        yield from _in_order(lambda batch: client.submit(extract_batch, batch, options.use_ner, pure=False),
                             _batches(docs), ahead=8)


# -- the build -------------------------------------------------------------------

def prepare_out_dir(out_dir: Path) -> None:
    """Create the output folder, or say in one line why it cannot be."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir} is a file, not a folder; give --out a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output folder {out_dir} ({exc.strerror})") from None


def remove_leftovers(out_dir: Path) -> None:
    """Temporary files of a build that was killed before it could delete them;
    only the holder of the folder's lock may call this."""
    for path in out_dir.glob(".merge-*"):
        shutil.rmtree(path, ignore_errors=True)
    for path in out_dir.glob(".graph.*.tmp"):
        path.unlink(missing_ok=True)


def build(inputs: list[str], options: BuildOptions | None = None,
          warn: Callable[[str], None] = lambda m: None,
          on_checkpoint: Callable[[int], None] = lambda extracted: None) -> BuildReport:
    """Extract every input document the manifest does not hold yet and write the outputs.

    ``on_checkpoint`` hears the number of documents extracted so far each time a
    batch of them is committed to the manifest.
    """
    options = options or BuildOptions()
    started = time.monotonic()
    prepare_out_dir(options.out_dir)
    with BuildLock(options.out_dir, wait=options.wait, on_wait=warn):
        remove_leftovers(options.out_dir)
        damaged: list[str] = []
        manifest = Manifest(options.out_dir, options.checkpoint_seconds, on_damaged=damaged.append)
        for message in damaged:
            warn(message)
        try:
            report = _build_locked(inputs, options, manifest, warn, on_checkpoint)
            report.warnings[:0] = damaged
        finally:
            manifest.close()
    report.seconds = time.monotonic() - started
    return report


def _build_locked(inputs: list[str], options: BuildOptions, manifest: Manifest,
                  warn: Callable[[str], None], on_checkpoint: Callable[[int], None]) -> BuildReport:
    report = BuildReport()

    def note(message: str) -> None:
        report.warnings.append(message)
        warn(message)

    seen: set[str] = set()
    sources = inputs or [str(SAMPLE)]

    def pending() -> Iterator[Document]:
        for doc in iter_documents(sources, errors=options.errors, skip_bad=options.skip_bad,
                                  max_bytes=options.max_bytes, on_skip=lambda m: note(f"skipped: {m}")):
            seen.add(doc.id)
            report.documents += 1
            if manifest.up_to_date(doc.id, document_digest(doc)):
                report.skipped += 1
                continue
            yield doc

    progress = Progress(None if options.quiet else count_documents(sources), enabled=not options.quiet)
    words = 0
    try:
        for part in run_extraction(pending(), options):
            manifest.put(part)
            report.extracted += 1
            report.facts += part.facts
            words += part.words
            for message in part.notes:
                note(message)
            progress.update(report.extracted + report.skipped, words)
            if manifest.checkpoint():
                on_checkpoint(report.extracted)
    finally:
        progress.close()
    if manifest.checkpoint(force=True):
        on_checkpoint(report.extracted)
    report.checkpoints = manifest.commits
    if options.prune:
        report.pruned = manifest.prune(seen)
    graph_name = f"graph{SUFFIX[options.fmt]}"
    outputs_exist = (options.out_dir / graph_name).exists() and \
        (not options.html or (options.out_dir / "graph.html").exists())
    if manifest.stale or not outputs_exist:
        # What extraction leaves alive (models, word caches) lives on through the merge: out of
        # the collector's generations, the merge's full collections no longer walk it
        # (0.15 of the merge's 0.75 CPU s on the benchmark corpus with one worker).  Put back
        # after it, so that a process that builds again can still free that garbage.
        gc.freeze()
        try:
            report.outputs, report.triples = write_outputs(manifest, options.out_dir, graph_name, options.fmt,
                                                           options.html, options.workers)
        finally:
            gc.unfreeze()
        manifest.published()
    else:
        report.outputs = [options.out_dir / graph_name]
    return report
