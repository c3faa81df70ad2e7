"""The ``kg`` command: parses arguments and calls the library.

Every failure the user can cause ends in one line ``kg: error: …`` and exit
status 2; nothing already built is touched.
"""
from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

from kg.io import InputError, OutputError
from kg.resources import query_files

DEFAULT_OUT = Path("output")


def _warn(message: str) -> None:
    print(f"kg: warning: {message}", file=sys.stderr)


@contextmanager
def _imported_for_good() -> Iterator[None]:
    """Importing spaCy and the builder makes some 160,000 objects that live as long as the
    process, and the collector, set off by their allocation, walked them again and again
    while they were made and at every full collection after (0.2 CPU s of a build's start,
    all of it before the workers are forked).  So it is paused while they are imported, and
    what the imports made is frozen out of its generations: it is never walked again.  The
    little cyclic garbage importing leaves (about 2,000 objects) is kept for good.  Nothing is
    frozen when the modules were imported already (a second build in one process)."""
    modules = len(sys.modules)
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if len(sys.modules) > modules:
            gc.freeze()
        if enabled:
            gc.enable()


def cmd_build(args: argparse.Namespace) -> int:
    with _imported_for_good():
        from kg.build import BuildOptions, build

    if args.workers < 1:
        raise InputError("--workers must be 1 or more")
    options = BuildOptions(out_dir=args.out, fmt=args.format, html=not args.no_html, use_ner=not args.no_ner,
                           workers=args.workers, dask=args.dask, prune=args.prune, errors=args.errors,
                           skip_bad=args.skip_bad, max_bytes=int(args.max_size * 1_000_000), quiet=args.quiet,
                           wait=args.wait)
    report = build(args.inputs, options, warn=_warn)
    skipped_bad = sum(1 for w in report.warnings if w.startswith("skipped: "))
    if skipped_bad:
        print(f"kg: skipped {skipped_bad} bad input(s)", file=sys.stderr)
    if not args.quiet:
        outputs = ", ".join(str(p) for p in report.outputs)
        done = (f"{report.extracted} extracted, {report.skipped} unchanged"
                + (f", {report.pruned} pruned" if report.pruned else ""))
        graph = f"{report.triples} triples" if report.triples else "outputs unchanged"
        print(f"kg: {report.documents} document(s) ({done}), {report.facts} new facts, {graph} "
              f"in {report.seconds:.1f} s -> {outputs}")
    return 0


def _read_graph(path: Path):
    from rdflib import Graph

    if not path.exists():
        raise InputError(f"{path}: no such file")
    graph = Graph()
    try:
        graph.parse(str(path))
    except Exception as exc:  # rdflib raises many types for bad syntax
        raise InputError(f"{path}: not a readable RDF file ({type(exc).__name__}: {str(exc).splitlines()[0][:200]})")
    return graph


def cmd_view(args: argparse.Namespace) -> int:
    from kg.render.html import write_html

    graph = _read_graph(args.graph)
    out = args.out or args.graph.with_suffix(".html")
    write_html(graph, out, lang=args.lang)
    print(f"kg: wrote {out}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from kg.validate import validate

    graph = _read_graph(args.graph)
    modes = ["none", "rdfs", "owlrl"] if args.reason == "all" else [args.reason]
    failed = 0
    for mode in modes:
        problems = validate(graph, inference=mode)
        with_what = "" if mode == "none" else f" under {'RDFS' if mode == 'rdfs' else 'OWL 2 RL'} inference"
        for line in problems:
            print(line if len(modes) == 1 else f"[{mode}] {line}")
        if problems:
            failed += 1
            print(f"kg: {len(problems)} violation(s) in {args.graph}{with_what}", file=sys.stderr)
        else:
            print(f"kg: {args.graph} conforms to the shapes{with_what}")
    return 1 if failed else 0


def cmd_ner(args: argparse.Namespace) -> int:
    from kg.ner.conll import read_conll, write_conll
    from kg.ner.hybrid import HybridTagger

    if not args.conll.exists():
        raise InputError(f"{args.conll}: no such file")
    tagger = HybridTagger(use_ner=not args.no_model, use_gazetteer=not args.no_gazetteer)
    try:
        sentences = list(read_conll(args.conll))
    except ValueError as exc:
        raise InputError(f"{args.conll}: {exc}")
    write_conll(tagger.tag_sentences(sentences), args.out)
    print(f"kg: tagged {len(sentences)} sentence(s) -> {args.out}")
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from kg.query import format_rows, parse_params, run_query

    params = parse_params(args.param or [])
    graph = None
    if args.store is None and args.endpoint is None:
        graph = args.graph or DEFAULT_OUT / "graph.ttl"
    names, rows = run_query(args.query, graph=graph, store=args.store, endpoint=args.endpoint,
                            params=params, reason=args.reason)
    sys.stdout.write(format_rows(names, rows, args.format))
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    from kg.query.store import DEFAULT_STORE, load

    if args.endpoint:
        sent = load(args.graph, endpoint=args.endpoint)
        print(f"kg: sent {sent} triples to {args.endpoint}")
    else:
        store = args.store or DEFAULT_STORE
        total = load(args.graph, store_dir=store)
        print(f"kg: {total} triples in the store {store}")
    return 0


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="kg", description="Knowledge graphs from Kazakh diplomatic news.")
    sub = ap.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="extract a graph from news text",
                       description="Build DIR/graph.ttl and DIR/graph.html from .txt, .jsonl, .html files, "
                                   "folders or - (stdin). With no input, builds the shipped sample article.")
    b.add_argument("inputs", nargs="*", help="files, folders or - ; default: the sample article")
    b.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: output)")
    b.add_argument("--format", choices=["turtle", "nt", "trig", "json-ld"], default="turtle",
                   help="graph format: turtle (default), nt, trig (a named graph per document) or json-ld")
    b.add_argument("--workers", type=int, default=1, help="extraction processes (default 1)")
    b.add_argument("--dask", metavar="SCHEDULER", help="run extraction on a Dask cluster (address of its scheduler)")
    b.add_argument("--prune", action="store_true", help="drop documents no longer in the input from the graph")
    b.add_argument("--no-html", action="store_true", help="do not write graph.html")
    b.add_argument("--no-ner", action="store_true", help="gazetteers and name rules only, no statistical NER")
    b.add_argument("--errors", choices=["strict", "replace"], default="strict",
                   help="invalid UTF-8: stop with an error (strict) or replace the bad bytes")
    b.add_argument("--skip-bad", action="store_true", help="skip bad files and JSONL lines, and say how many")
    b.add_argument("--max-size", type=float, default=20.0, help="largest input file in MB (default 20)")
    b.add_argument("--quiet", action="store_true", help="no progress or summary")
    b.add_argument("--wait", action="store_true",
                   help="if another build is writing the same --out folder, wait for it instead of stopping")
    b.set_defaults(func=cmd_build)

    v = sub.add_parser("view", help="regenerate the HTML page from a graph file, without extracting")
    v.add_argument("graph", type=Path, nargs="?", default=DEFAULT_OUT / "graph.ttl")
    v.add_argument("--out", type=Path, help="page to write (default: next to the graph, .html)")
    v.add_argument("--lang", default="kk", help="label language (default kk)")
    v.set_defaults(func=cmd_view)

    c = sub.add_parser("validate", help="check a graph against ontology/shapes.ttl (exit 1 on violations)")
    c.add_argument("graph", type=Path, nargs="?", default=DEFAULT_OUT / "graph.ttl")
    c.add_argument("--reason", nargs="?", const="owlrl", default="none", choices=["none", "rdfs", "owlrl", "all"],
                   help="validate the graph closed under inference: owlrl (OWL 2 RL with ontology/diplomacy.ttl, "
                        "the default when the flag has no value), rdfs, or all (none, rdfs and owlrl in turn)")
    c.set_defaults(func=cmd_validate)

    n = sub.add_parser("ner", help="tag pre-tokenised sentences in KazNERD's format")
    n.add_argument("--conll", type=Path, required=True, help="input: id line, then `token [TAG]` lines")
    n.add_argument("--out", type=Path, required=True, help="output with predicted IOB2 tags")
    n.add_argument("--no-model", action="store_true", help="gazetteers only (for comparison)")
    n.add_argument("--no-gazetteer", action="store_true", help="the statistical model only (for comparison)")
    n.set_defaults(func=cmd_ner)

    q = sub.add_parser("query", help="run a named SPARQL query (queries/*.rq), a .rq file or SPARQL text",
                       description="Run QUERY over a graph file, the embedded store or a SPARQL endpoint. "
                                   "QUERY is a name from queries/, a .rq file or SPARQL text. Named queries: "
                                   + ", ".join(query_files())
                                   + ". See docs/sparql.md.")
    q.add_argument("query", help="query name, .rq path or SPARQL text")
    src = q.add_mutually_exclusive_group()
    src.add_argument("--graph", type=Path, help="graph file to query (default: output/graph.ttl)")
    src.add_argument("--store", type=Path, help="embedded Oxigraph store folder (made by `kg load`)")
    src.add_argument("--endpoint", help="SPARQL 1.1 query URL (a bare http://host:port means Oxigraph's /query)")
    q.add_argument("--param", action="append", metavar="NAME=VALUE",
                   help="bind a query parameter; an IRI (http…, id:…) or a label; repeatable")
    q.add_argument("--format", choices=["table", "csv", "json"], default="table", help="output format (default table)")
    q.add_argument("--reason", action="store_true",
                   help="close the data under OWL 2 RL with ontology/diplomacy.ttl before querying")
    q.set_defaults(func=cmd_query)

    ld = sub.add_parser("load", help="load a graph into the embedded store or a SPARQL server",
                        description="Load GRAPH with one named graph per document (named after the document IRI); "
                                    "loading a document again replaces its graph. Prints the triple count.")
    ld.add_argument("graph", type=Path, nargs="?", default=DEFAULT_OUT / "graph.ttl")
    dst = ld.add_mutually_exclusive_group()
    dst.add_argument("--store", type=Path, help="embedded Oxigraph store folder (default: output/store)")
    dst.add_argument("--endpoint", help="Graph Store Protocol URL (a bare http://host:port means Oxigraph's /store)")
    ld.set_defaults(func=cmd_load)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except (InputError, OutputError) as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kg: interrupted; earlier outputs are unchanged", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
