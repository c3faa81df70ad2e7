"""The named queries of queries/ through `kg query`, on the sample graph."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest
from rdflib import RDF, Graph, URIRef

from kg.query import QUERIES, available, resolve, run_query
from kg.rdf import DKG, ID

TOKAYEV, ALIYEV = "Қасым-Жомарт Тоқаев", "Ильхам Әлиев"
DOC_ID = "kz-az-supreme-council"
NASTY = 'x" } ; DROP ALL ; # {<> \\u0022 \\ \' }} SELECT'


def by(rows: list[dict], *keys: str) -> set[tuple]:
    return {tuple(r[k] for k in keys) for r in rows}


# --------------------------------------------------------------------------- the query files

def test_at_least_ten_named_queries_with_headers():
    names = available()
    assert len(names) >= 10
    for required in ("who-met-whom", "leaders-and-countries", "twin-cities", "sectors-by-country-pair",
                     "cooperation-matrix", "documents-mentioning", "meetings-by-date", "co-mentioned",
                     "facts-per-extractor", "facts-without-evidence"):
        assert required in names
    for name in names:
        text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
        assert text.startswith("#"), name
        nq = resolve(name)
        assert nq.summary, f"{name}: no description comment"
        for param in nq.params:
            assert re.search(rf"\?{param}\b", text.split("SELECT", 1)[1]), f"{name}: ?{param} unused"
            assert nq.params[param], f"{name}: ?{param} has no description"
    assert resolve("documents-mentioning").params.keys() == {"entity"}
    assert resolve("co-mentioned").params.keys() == {"entity"}


@pytest.mark.parametrize("name", available())
def test_every_query_runs_in_every_format(name, kg, sample_graph):
    status, table, err = kg("query", name, "--graph", sample_graph)
    assert status == 0, err
    lines = table.splitlines()
    assert re.fullmatch(r"\(\d+ rows?\)", lines[-1])
    header, rule = lines[0], lines[1]
    # aligned: every column of the rule starts where its header starts
    starts = [m.start() for m in re.finditer(r"-+", rule)]
    assert starts == [m.start() for m in re.finditer(r"\S+", header)]
    status, out, err = kg("query", name, "--graph", sample_graph, "--format", "csv")
    assert status == 0, err
    records = list(csv.reader(io.StringIO(out)))
    status, out, err = kg("query", name, "--graph", sample_graph, "--format", "json")
    assert status == 0, err
    rows = json.loads(out)
    assert len(records) == len(rows) + 1 == len(lines) - 2


# --------------------------------------------------------------------------- answers on the sample

def test_who_met_whom(kg_json, sample_graph):
    rows = kg_json("who-met-whom", "--graph", sample_graph)
    assert {r["labelA"] for r in rows} | {r["labelB"] for r in rows} >= {TOKAYEV, ALIYEV}
    pair = [r for r in rows if {r["labelA"], r["labelB"]} == {TOKAYEV, ALIYEV}]
    assert pair and all(r["docId"].startswith(DOC_ID) and r["evidence"] for r in pair)
    assert all(r["document"].startswith("https://w3id.org/diplomacy-kg/doc/") for r in pair)
    # each pair once, in IRI order
    assert all(r["personA"] < r["personB"] for r in rows)


def test_who_met_whom_param_by_label_and_iri(kg_json, sample_graph):
    by_label = kg_json("who-met-whom", "--graph", sample_graph, "--param", f"person={TOKAYEV}")
    by_iri = kg_json("who-met-whom", "--graph", sample_graph, "--param", "person=id:person/kassym-jomart-tokayev")
    by_full = kg_json("who-met-whom", "--graph", sample_graph,
                      "--param", f"person={ID['person/kassym-jomart-tokayev']}")
    assert by_label == by_iri == by_full and by_label
    assert kg_json("who-met-whom", "--graph", sample_graph, "--param", "person=Ахмет Байтұрсынұлы") == []


def test_leaders_and_countries(kg_json, sample_graph):
    rows = kg_json("leaders-and-countries", "--graph", sample_graph)
    assert by(rows, "leaderLabel", "stateLabel") == {(TOKAYEV, "Қазақстан"), (ALIYEV, "Әзербайжан")}
    assert all(r["documents"] == 1 for r in rows)
    only = kg_json("leaders-and-countries", "--graph", sample_graph, "--param", "country=Әзербайжан")
    assert by(only, "leaderLabel") == {(ALIYEV,)}


def test_twin_cities(kg_json, sample_graph):
    rows = kg_json("twin-cities", "--graph", sample_graph)
    assert len(rows) == 3
    pairs = {frozenset((r["labelA"], r["labelB"])) for r in rows}
    assert pairs == {frozenset(p) for p in (("Түркістан", "Шуша"), ("Орал", "Мингечевир"), ("Шымкент", "Гянджа"))}
    assert all({r["countryA"], r["countryB"]} == {"Қазақстан", "Әзербайжан"} for r in rows)
    assert len(kg_json("twin-cities", "--graph", sample_graph, "--param", "city=Орал")) == 1


def test_sectors_and_cooperation_matrix(kg_json, sample_graph):
    sectors = kg_json("sectors-by-country-pair", "--graph", sample_graph)
    assert sectors and {r["sectorName"] for r in sectors} >= {"Trade", "OilAndGas"}
    assert by(sectors, "labelA", "labelB") == {("Әзербайжан", "Қазақстан")}
    matrix = kg_json("cooperation-matrix", "--graph", sample_graph)
    assert len(matrix) == 1
    row = matrix[0]
    assert {row["labelA"], row["labelB"]} == {"Қазақстан", "Әзербайжан"}
    assert row["documents"] == 1 and row["sectors"] == len(sectors) and row["meetings"] == 1


def test_documents_mentioning(kg_json, sample_graph):
    for value in (ALIYEV, "ильхам алиев", "Ilham Aliyev", "id:person/ilham-aliyev"):
        rows = kg_json("documents-mentioning", "--graph", sample_graph, "--param", f"entity={value}")
        assert len(rows) == 1, value
        assert rows[0]["docId"].startswith(DOC_ID) and rows[0]["label"] == ALIYEV
    assert kg_json("documents-mentioning", "--graph", sample_graph, "--param", "entity=Париж") == []
    everything = kg_json("documents-mentioning", "--graph", sample_graph)
    assert len(everything) >= 10


def test_meetings_by_date_puts_undated_last(kg_json, sample_graph, tmp_path):
    rows = kg_json("meetings-by-date", "--graph", sample_graph)
    assert {(r["labelA"], r["labelB"]) for r in rows} >= {(ALIYEV, TOKAYEV)}
    assert rows[0]["date"] is None  # the sample has no date
    # give the document a date and add an undated copy: dated first
    g = Graph().parse(sample_graph)
    doc = next(g.subjects(RDF.type, DKG.Document))
    from rdflib import Literal
    from rdflib.namespace import DCTERMS, PROV, XSD
    g.add((doc, DCTERMS.date, Literal("2024-07-03", datatype=XSD.date)))
    other = URIRef(str(doc) + "-undated")
    g.add((other, RDF.type, DKG.Document))
    meeting = URIRef("https://w3id.org/diplomacy-kg/event/undated")
    for t in ((meeting, RDF.type, DKG.Meeting), (meeting, PROV.wasDerivedFrom, other),
              (meeting, DKG.participant, ID["person/ilham-aliyev"]),
              (meeting, DKG.participant, ID["person/heydar-aliyev"])):
        g.add(t)
    path = tmp_path / "dated.ttl"
    g.serialize(path, format="turtle")
    rows = kg_json("meetings-by-date", "--graph", path)
    assert [r["date"] for r in rows] == ["2024-07-03", None]
    assert len(kg_json("meetings-by-date", "--graph", path, "--param", "from=2024-01-01")) == 1
    assert kg_json("meetings-by-date", "--graph", path, "--param", "to=2023-12-31") == []


def test_co_mentioned(kg_json, sample_graph):
    rows = kg_json("co-mentioned", "--graph", sample_graph, "--param", "entity=id:person/ilham-aliyev")
    assert TOKAYEV in {r["otherLabel"] for r in rows}
    assert {r["label"] for r in rows} == {ALIYEV}
    assert ALIYEV not in {r["otherLabel"] for r in rows}


def test_facts_per_extractor(kg_json, sample_graph):
    rows = kg_json("facts-per-extractor", "--graph", sample_graph)
    counts = {(r["name"], r["predicate"].rsplit("#", 1)[1]): r["facts"] for r in rows}
    assert counts[("meetings", "met")] >= 1
    assert counts[("twinning", "twinnedWith")] == 3
    assert counts[("leadership", "leaderOf")] == 2
    only = kg_json("facts-per-extractor", "--graph", sample_graph, "--param", "extractor=twinning")
    assert {r["name"] for r in only} == {"twinning"}


def test_facts_without_evidence(kg_json, sample_graph, tmp_path):
    assert kg_json("facts-without-evidence", "--graph", sample_graph) == []
    g = Graph().parse(sample_graph)
    g.add((ID["person/heydar-aliyev"], DKG.met, ID["person/akhmet-baytursynuly"]))  # no statement
    path = tmp_path / "unsupported.ttl"
    g.serialize(path, format="turtle")
    rows = kg_json("facts-without-evidence", "--graph", path)
    assert len(rows) == 1 and rows[0]["predicate"].endswith("#met")
    # the same single row once the graph is closed (both directions of met)
    assert kg_json("facts-without-evidence", "--graph", path, "--reason") == rows


def test_entities_by_type_and_facts_about(kg_json, sample_graph):
    leaders = kg_json("entities-by-type", "--graph", sample_graph, "--param", "type=Leader")
    assert {r["label"] for r in leaders} >= {TOKAYEV, ALIYEV}
    assert kg_json("entities-by-type", "--graph", sample_graph, "--param", "type=dkg:Leader") == leaders
    facts = kg_json("facts-about", "--graph", sample_graph, "--param", "entity=Орал")
    assert {r["predicate"].rsplit("#", 1)[1] for r in facts} == {"twinnedWith", "locatedIn"}
    assert all(r["evidence"] and r["extractor"] for r in facts)


# --------------------------------------------------------------------------- parameters are values

def test_parameter_with_quotes_and_braces_is_a_value(kg, kg_json, sample_graph):
    before = sample_graph.read_bytes()
    for name, param in (("who-met-whom", "person"), ("documents-mentioning", "entity"),
                        ("co-mentioned", "entity"), ("facts-per-extractor", "extractor"),
                        ("meetings-by-date", "from")):
        assert kg_json(name, "--graph", sample_graph, "--param", f"{param}={NASTY}") == []
        assert kg_json(name, "--graph", sample_graph, "--param", f"{param}=http://x> }} ; DROP ALL ; {{<") == []
    assert sample_graph.read_bytes() == before


def test_parameter_values_keep_backslashes_and_escapes():
    text = "SELECT ?x WHERE { BIND(?v AS ?x) }"
    for value in ("a\\u0041", "tab\there", 'q"uote', "back\\slash\\", "line\nbreak", "{}<>#"):
        _names, rows = run_query(text, graph=Graph(), params={"v": value})
        assert [str(t) for t in rows[0]] == [value], value


# --------------------------------------------------------------------------- errors

@pytest.mark.parametrize("args, message", [
    (["query", "no-such-query"], "unknown query 'no-such-query'; available: agreements-by-sector, co-mentioned"),
    (["query", "who-met-whom", "--graph", "/nonexistent/graph.ttl"], "no such file"),
    (["query", "who-met-whom", "--param", "person"], "malformed --param 'person'"),
    (["query", "who-met-whom", "--param", "=x"], "malformed --param"),
    (["query", "who-met-whom", "--param", "nobody=x"], "has no parameter 'nobody' (its parameters: person)"),
    (["query", "SELECT ?x WHERE { ?x ?y }"], "SPARQL syntax error"),
    (["query", "missing.rq"], "missing.rq: no such query file"),
    (["query", "who-met-whom", "--store", "/nonexistent/store"], "no such store"),
])
def test_clear_one_line_errors(args, message, kg, sample_graph):
    if "--graph" not in args and "--store" not in args:
        args = args + ["--graph", str(sample_graph)]
    status, out, err = kg(*args)
    assert status == 2
    assert err.startswith("kg: error: ") and err.count("\n") == 1
    assert message in err


def test_syntax_error_in_a_query_file(kg, sample_graph, tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("# broken\nSELECT ?x WHERE { ?x }\n", encoding="utf-8")
    status, _out, err = kg("query", bad, "--graph", sample_graph)
    assert status == 2 and "query 'bad': SPARQL syntax error" in err


def test_adhoc_text_and_rq_file(kg_json, sample_graph, tmp_path):
    rows = kg_json("SELECT ?a ?b WHERE { ?a dkg:met ?b }", "--graph", sample_graph)
    assert len(rows) == 1
    path = tmp_path / "mine.rq"
    path.write_text("# mine\n# param: ?who — a person\nSELECT ?b WHERE { ?who dkg:met ?b }\n", encoding="utf-8")
    rows = kg_json(path, "--graph", sample_graph, "--param", "who=id:person/ilham-aliyev")
    assert [r["b"] for r in rows] == [str(ID["person/kassym-jomart-tokayev"])]


def test_default_graph_is_output_graph_ttl(kg, sample_graph, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    status, _out, err = kg("query", "twin-cities")
    assert status == 2 and "output/graph.ttl: no such file" in err
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "graph.ttl").write_bytes(sample_graph.read_bytes())
    status, out, _err = kg("query", "twin-cities")
    assert status == 0 and out.rstrip().endswith("(3 rows)")
