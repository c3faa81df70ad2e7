"""Build a graph from input documents and write it, with its HTML page.

Outputs are staged and renamed together, so a failure half way leaves the
previous ``output/`` exactly as it was.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Graph

from kg.extraction import DocumentExtractor, DocumentResult
from kg.io import Document, OutputSet, iter_documents
from kg.rdf import DocumentInfo, document_graph, new_graph

SAMPLE = Path(__file__).parent / "data" / "samples" / "kz-az-supreme-council.kk.txt"
FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".jsonld": "json-ld"}


@dataclass
class BuildReport:
    documents: int = 0
    facts: int = 0
    triples: int = 0
    warnings: list[str] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    seconds: float = 0.0


def result_graph(doc: Document, result: DocumentResult) -> Graph:
    info = DocumentInfo(doc.id, doc.source, doc.title, doc.date, doc.url)
    return document_graph(info, result.entities, result.facts, result.events)


class Progress:
    """Documents done, rate and ETA on stderr, only when someone is watching."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.start = time.monotonic()

    def update(self, done: int) -> None:
        if not self.enabled:
            return
        rate = done / max(time.monotonic() - self.start, 1e-9)
        sys.stderr.write(f"\rkg: {done} documents, {rate:.1f} docs/s")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def extract_all(documents: Iterable[Document], extractor: DocumentExtractor,
                warn: Callable[[str], None], progress: Progress) -> tuple[Graph, int, int]:
    graph = new_graph()
    count = facts = 0
    for doc in documents:
        result = extractor.extract(doc.id, doc.text)
        if not result.kazakh:
            warn(f"{doc.source}: no Kazakh text found in document {doc.id!r}; it adds no facts")
        elif result.transliterated:
            warn(f"{doc.source}: Latin-script Kazakh in {doc.id!r} was transliterated to Cyrillic")
        graph += result_graph(doc, result)
        count += 1
        facts += len(result.facts)
        progress.update(count)
    progress.close()
    return graph, count, facts


def write_outputs(graph: Graph, out_dir: Path, fmt: str = "turtle", html: bool = True) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    suffix = {v: k for k, v in FORMATS.items()}[fmt]
    written = [out_dir / f"graph{suffix}"]
    if html:
        written.append(out_dir / "graph.html")
    with OutputSet() as outputs:
        graph.serialize(destination=str(outputs.stage(written[0])), format=fmt, encoding="utf-8")
        if html:
            from kg.render.html import render_html

            outputs.stage(written[1]).write_text(render_html(graph), encoding="utf-8")
    return written


def build(inputs: list[str], out_dir: Path, *, use_ner: bool = True, fmt: str = "turtle", html: bool = True,
          errors: str = "strict", skip_bad: bool = False, max_bytes: int = 20_000_000, quiet: bool = False,
          warn: Callable[[str], None] = lambda m: None) -> BuildReport:
    started = time.monotonic()
    report = BuildReport()
    documents = iter_documents(inputs or [str(SAMPLE)], errors=errors, skip_bad=skip_bad, max_bytes=max_bytes,
                               on_skip=lambda m: (report.warnings.append(m), warn(f"skipped: {m}")))
    extractor = DocumentExtractor(use_ner=use_ner)

    def record(message: str) -> None:
        report.warnings.append(message)
        warn(message)

    graph, report.documents, report.facts = extract_all(documents, extractor, record, Progress(not quiet))
    report.outputs = write_outputs(graph, out_dir, fmt, html)
    report.triples = len(graph)
    report.seconds = time.monotonic() - started
    return report
