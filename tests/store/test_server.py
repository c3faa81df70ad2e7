"""`kg load --endpoint` and `kg query --endpoint` against a real SPARQL 1.1
server: Oxigraph's (`oxigraph serve`, from the PyPI package ``oxigraph``)."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from rdflib import RDF

from kg.query import read_graph
from kg.rdf import DKG

NASTY = 'x" } ; DROP ALL ; # {<> \\u0022 \\ \' }} SELECT'
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _binary() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    binary = _binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    location = tmp_path_factory.mktemp("oxigraph-server")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = (location.parent / "oxigraph.log").open("w")
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 20
        while True:
            if proc.poll() is not None:
                pytest.fail(f"oxigraph serve exited with {proc.returncode}")
            try:
                with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1):
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail("oxigraph serve did not answer within 20 s")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def quads_on_server(kg, url: str) -> int:
    status, out, err = kg("query", COUNT, "--endpoint", url, "--format", "json")
    assert status == 0, err
    return json.loads(out)[0]["n"]


def test_load_twice_through_the_graph_store_protocol(kg, kg_json, server, sample_graph):
    built = len(read_graph(sample_graph))
    counts = []
    for _ in range(2):
        status, out, err = kg("load", sample_graph, "--endpoint", server)
        assert status == 0, err
        assert out.startswith(f"kg: sent {built} triples")
        counts.append(quads_on_server(kg, server))
    # one document: every triple in its named graph once (see test_store.py)
    assert counts == [built, built]
    graphs = kg_json("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "--endpoint", server)
    docs = sorted(str(d) for d in read_graph(sample_graph).subjects(RDF.type, DKG.Document))
    assert [g["g"] for g in graphs] == docs


def test_queries_through_the_endpoint(kg, kg_json, server, sample_graph):
    kg("load", sample_graph, "--endpoint", f"{server}/store")
    n = quads_on_server(kg, f"{server}/query")
    for name in ("who-met-whom", "twin-cities", "leaders-and-countries", "documents-mentioning"):
        assert kg_json(name, "--endpoint", server) == kg_json(name, "--graph", sample_graph), name
    rows = kg_json("who-met-whom", "--endpoint", server)
    # Oxigraph's /query and /store URLs are both understood
    assert kg_json("who-met-whom", "--endpoint", f"{server}/store") == rows
    assert {"Қасым-Жомарт Тоқаев", "Ильхам Әлиев"} <= {r["labelA"] for r in rows} | {r["labelB"] for r in rows}
    assert len(kg_json("twin-cities", "--endpoint", server, "--reason")) == 3
    # parameters are values on a server too, and the server's data is untouched
    for name, param in (("who-met-whom", "person"), ("documents-mentioning", "entity")):
        assert kg_json(name, "--endpoint", server, "--param", f"{param}={NASTY}") == []
    assert quads_on_server(kg, server) == n
    status, _out, err = kg("query", "SELECT ?x WHERE { ?x ?y }", "--endpoint", server)
    assert status == 2 and "SPARQL syntax error" in err
