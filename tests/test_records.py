"""A part as the merge takes it: terms written once, triples as indexes into them.
The merge makes the graph's lines, the corpus passes and the page from it, so it must
say exactly what the part's N-Triples say, in the same order."""
from __future__ import annotations

from rdflib import RDFS, XSD, Literal

from kg.identity.entities import Entity
from kg.model import Evidence, Fact
from kg.rdf import ID, DocumentInfo, document_ntriples, document_record, ntriples_line
from kg.records import PartRecord, split_line


def test_a_record_says_what_the_ntriples_say_in_their_order():
    entities = [Entity("person/ali-valiev", "Person", "Әли Вәлиев", aliases={"Вәлиев", 'Әли "Ә" Вәлиев'}),
                Entity("country/kazakhstan", "Country", "Қазақстан")]
    facts = [Fact("person/ali-valiev", "citizenOf", "country/kazakhstan",
                  Evidence("Әли Вәлиев — Қазақстан азаматы.\nЕкінші жол", 3, 40), "citizenship")]
    info = DocumentInfo("d/1", "news.jsonl", "Тақырып", "2024-03-12", None, "kk")
    record = document_record(info, entities, facts, [])
    text = document_ntriples(info, entities, facts, [])
    assert record.ntriples() == text
    assert len(record.terms) < 3 * len(record)  # the document's and the statement's IRIs written once


def test_a_record_survives_the_manifest():
    record = PartRecord.from_triples([("<http://x/a>", "<http://x/p>", '"ә \\"б\\""@kk'),
                                      ("<http://x/a>", "<http://x/q>", "<http://x/a>")])
    assert PartRecord.loads(record.dumps()) == record
    assert list(record) == [("<http://x/a>", "<http://x/p>", '"ә \\"б\\""@kk'),
                            ("<http://x/a>", "<http://x/q>", "<http://x/a>")]


def test_a_line_splits_at_its_first_two_spaces():
    line = ntriples_line((ID["person/a"], RDFS.label, Literal("Әли Вәлиев .", lang="kk")))
    assert split_line(line) == ("<https://w3id.org/diplomacy-kg/id/person/a>",
                                "<http://www.w3.org/2000/01/rdf-schema#label>", '"Әли Вәлиев ."@kk')
    dated = ntriples_line((ID["x"], RDFS.comment, Literal("2024-03-12", datatype=XSD.date)))
    assert split_line(dated)[2] == '"2024-03-12"^^<http://www.w3.org/2001/XMLSchema#date>'


def test_renaming_terms_keeps_the_triples():
    record = PartRecord.from_ntriples("<http://x/a> <http://x/p> <http://x/b> .\n<http://x/b> <http://x/p> <http://x/a> .\n")
    renamed = record.map_terms(["<http://x/c>" if t == "<http://x/a>" else t for t in record.terms])
    assert renamed.lines() == ["<http://x/c> <http://x/p> <http://x/b>", "<http://x/b> <http://x/p> <http://x/c>"]
