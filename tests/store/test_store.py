"""`kg load` into the embedded Oxigraph store: named graphs, replacement,
atomicity, and queries over the store."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from rdflib import RDF, Graph, URIRef

from kg.query import read_graph, run_query
from kg.rdf import DKG, ID
from kg.query.store import UNATTRIBUTED, load, open_store, partition

ROOT = Path(__file__).resolve().parents[2]
NASTY = 'x" } ; DROP ALL ; # {<> \\u0022 \\ \' }} SELECT'


def quads(store_dir: Path) -> int:
    store = open_store(store_dir, read_only=True)
    return len(store)


def test_load_twice_gives_the_same_count(kg, sample_graph, tmp_path):
    store = tmp_path / "store"
    built = len(read_graph(sample_graph))
    status, out, err = kg("load", sample_graph, "--store", store)
    assert status == 0, err
    first = int(out.split()[1])
    status, out, err = kg("load", sample_graph, "--store", store)
    second = int(out.split()[1])
    # The count is of quads: (triple, graph) pairs over the default graph and all
    # named graphs.  The sample is one document, and every triple of the built
    # graph belongs to it (its node, statements, events, facts and the
    # descriptions of the entities it mentions), so each lands exactly once, in
    # the named graph <doc IRI>; nothing is left for the unattributed graph and
    # the default graph stays empty.  Quads = the built graph's triples.
    assert first == second == built == quads(store)
    s = open_store(store, read_only=True)
    graphs = [g.value for g in s.named_graphs()]
    docs = [str(d) for d in read_graph(sample_graph).subjects(RDF.type, DKG.Document)]
    assert graphs == docs
    import pyoxigraph as ox
    assert len(list(s.quads_for_pattern(None, None, None, ox.DefaultGraph()))) == 0


def test_queries_over_the_store_match_the_file(kg_json, sample_graph, tmp_path):
    store = tmp_path / "store"
    load(sample_graph, store_dir=store)
    for name in ("who-met-whom", "twin-cities", "leaders-and-countries", "cooperation-matrix",
                 "facts-per-extractor", "meetings-by-date"):
        assert kg_json(name, "--store", store) == kg_json(name, "--graph", sample_graph), name
    rows = kg_json("who-met-whom", "--store", store, "--param", "person=Ильхам Әлиев")
    assert len(rows) == 1
    assert len(kg_json("SELECT ?x ?y WHERE { ?x dkg:met ?y }", "--store", store, "--reason")) == 2


def test_parameter_is_a_value_and_store_unchanged(kg, kg_json, sample_graph, tmp_path):
    store = tmp_path / "store"
    n = load(sample_graph, store_dir=store)
    for name, param in (("who-met-whom", "person"), ("documents-mentioning", "entity"), ("co-mentioned", "entity")):
        assert kg_json(name, "--store", store, "--param", f"{param}={NASTY}") == []
    text = "SELECT ?x WHERE { BIND(?v AS ?x) }"
    for value in (NASTY, "a\\u0041", "back\\slash\\", "line\nbreak"):
        _names, rows = run_query(text, store=store, params={"v": value})
        assert [str(t) for t in rows[0]] == [value]
    assert quads(store) == n


def _doc_copy(graph: Graph, suffix: str) -> Graph:
    """The sample as if it were another document: every doc/stmt/event/report IRI renamed."""
    out = Graph()
    ren = lambda t: URIRef(str(t) + suffix) if isinstance(t, URIRef) and any(  # noqa: E731
        f"/diplomacy-kg/{k}/" in str(t) for k in ("doc", "stmt", "event", "report")) else t
    for s, p, o in graph:
        out.add((ren(s), p, ren(o)))
    return out


def test_document_graphs_are_replaced_not_merged(sample_graph, tmp_path):
    g = read_graph(sample_graph)
    two = g + _doc_copy(g, "-2")
    docs, rest = partition(two)
    assert len(docs) == 2 and not rest
    store = tmp_path / "store"
    both = load(two, store_dir=store)
    # entity descriptions and asserted facts are repeated in each document's graph
    assert both == sum(len(t) for t in docs.values()) == 2 * len(g)
    assert load(two, store_dir=store) == both
    # the second document again, with one fact (and its statement) fewer
    second = _doc_copy(g, "-2")
    st = next(s for s in second.subjects(RDF.predicate, DKG.twinnedWith))
    fact = (second.value(st, RDF.subject), DKG.twinnedWith, second.value(st, RDF.object))
    removed = {t for t in second.triples((st, None, None))} | {fact}
    for t in removed:
        second.remove(t)
    assert load(second, store_dir=store) == both - len(removed)
    _, rows = run_query("twin-cities", store=store)
    assert len(rows) == 3  # the first document still has all three


def test_unattributed_triples_get_their_own_graph(sample_graph, tmp_path):
    g = read_graph(sample_graph)
    g.add((ID["person/heydar-aliyev"], DKG.met, ID["person/akhmet-baytursynuly"]))  # no statement
    store = tmp_path / "store"
    assert load(g, store_dir=store) == len(g)
    assert load(g, store_dir=store) == len(g)
    s = open_store(store, read_only=True)
    assert UNATTRIBUTED.toPython() in {x.value for x in s.named_graphs()}
    del s
    _, rows = run_query("facts-without-evidence", store=store)
    assert len(rows) == 1


def test_load_errors(kg, tmp_path, sample_graph):
    status, _out, err = kg("load", tmp_path / "missing.ttl", "--store", tmp_path / "s")
    assert status == 2 and "no such file" in err and not (tmp_path / "s").exists()
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <<<", encoding="utf-8")
    status, _out, err = kg("load", bad, "--store", tmp_path / "s")
    assert status == 2 and "not a readable RDF file" in err
    afile = tmp_path / "afile"
    afile.write_text("x")
    status, _out, err = kg("load", sample_graph, "--store", afile)
    assert status == 2 and "not a store folder" in err


# --------------------------------------------------------------------------- atomicity

def write_big_graph(path: Path, documents: int = 200, facts: int = 40) -> int:
    """N-Triples in the shape `kg build` writes: ``documents`` documents of
    ``facts`` reified facts each.  Returns the number of triples."""
    b, rdf = "https://w3id.org/diplomacy-kg/", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    lines = []
    for d in range(documents):
        doc = f"<{b}doc/big-{d}>"
        lines += [f"{doc} <{rdf}type> <{b}ontology#Document> .",
                  f'{doc} <http://purl.org/dc/terms/identifier> "big-{d}" .']
        for f in range(facts):
            s, o, st = f"<{b}id/person/p{d}-{f}>", f"<{b}id/person/q{d}-{f}>", f"<{b}stmt/big{d}x{f}>"
            lines += [
                f"{s} <{rdf}type> <{b}ontology#Person> .",
                f'{s} <http://www.w3.org/2000/01/rdf-schema#label> "Тұлға {d} {f}"@kk .',
                f"{doc} <{b}ontology#mentions> {s} .",
                f"{s} <{b}ontology#met> {o} .",
                f"{st} <{rdf}type> <{rdf}Statement> .",
                f"{st} <{rdf}subject> {s} .",
                f"{st} <{rdf}predicate> <{b}ontology#met> .",
                f"{st} <{rdf}object> {o} .",
                f"{st} <http://www.w3.org/ns/prov#wasDerivedFrom> {doc} .",
                f'{st} <{b}ontology#evidence> "Сөйлем {d}-{f}: екі тұлға кездесті."@kk .',
                f'{st} <{b}ontology#extractor> "meetings" .',
            ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


# Runs `kg load` in a child process and says BEGIN just before the store update
# (the one transaction) starts and END when it returned.
CHILD = """
import sys
import kg.query.store as ks
from kg.cli import main
real = ks._apply
def apply(store, text):
    print("BEGIN", flush=True)
    real(store, text)
    print("END", flush=True)
ks._apply = apply
sys.exit(main(["load", sys.argv[1], "--store", sys.argv[2]]))
"""


def test_killed_load_leaves_the_store_as_before(sample_graph, tmp_path):
    store = tmp_path / "store"
    before = load(sample_graph, store_dir=store)
    big = tmp_path / "big.nt"
    write_big_graph(big)
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(big), str(store)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert child.stdout.readline().strip() == "BEGIN"
        time.sleep(0.3)  # well inside the update, which takes seconds for this graph
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    rest = child.stdout.read()
    assert "END" not in rest, "the load finished before the kill; make the graph bigger"
    assert child.returncode == -signal.SIGKILL
    # the store opens, with the count and the graphs it had before the load
    assert quads(store) == before
    s = open_store(store, read_only=True)
    assert len(list(s.named_graphs())) == 1
    del s
    # and the store takes loads again
    assert load(sample_graph, store_dir=store) == before
