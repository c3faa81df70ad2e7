"""Tests for the KazNERD IOB2 reader/writer and the spaCy conversions."""
from __future__ import annotations

import io

import pytest
import spacy

import kg.lang.kk.kazakh  # noqa: F401
from kg.ner.conll import doc_to_tags, read_conll, repair_iob, tag_conll, to_doc, write_conll

SAMPLE = (
    "AID1 O\n"
    "Қасым-Жомарт B-PERSON\n"
    "Тоқаев I-PERSON\n"
    "Ташкентке B-GPE\n"
    "барды O\n"
    ". O\n"
    "\n"
    "AID2 O  \r\n"          # trailing spaces + CRLF
    "Сенат B-ORGANISATION\r\n"
    "отырысы O \r\n"
    "\r\n"
    "\n"                    # extra blank lines are tolerated
    "TXT3\n"                # a sentence without tags
    "Бүгін\n"
    "жаңбыр\n"
    "жауды\n"
)


def test_reader_sample():
    sents = list(read_conll(io.StringIO(SAMPLE)))
    assert sents == [
        ("AID1", ["Қасым-Жомарт", "Тоқаев", "Ташкентке", "барды", "."],
         ["B-PERSON", "I-PERSON", "B-GPE", "O", "O"]),
        ("AID2", ["Сенат", "отырысы"], ["B-ORGANISATION", "O"]),
        ("TXT3", ["Бүгін", "жаңбыр", "жауды"], None),
    ]


def test_reader_from_path_with_crlf(tmp_path):
    p = tmp_path / "s.iob2"
    p.write_bytes(SAMPLE.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"))
    assert [s[0] for s in read_conll(p)] == ["AID1", "AID2", "TXT3"]
    assert list(read_conll(p))[1][1] == ["Сенат", "отырысы"]


@pytest.mark.parametrize(
    "text, lineno",
    [
        ("AID1 O\nБіз O\nбарамыз O extra\n", 3),       # three columns
        ("AID1 O\nБіз O\n\nAID2 O\nАстана GPE\n", 5),   # tag not IOB2
        ("AID1 O\nБіз O\nАстана B-gpe\n", 3),           # lower-case label
        ("AID1 O\nБіз O\nАстана\n", 3),                 # mixes tagged and untagged
    ],
)
def test_reader_malformed_names_line(text, lineno):
    with pytest.raises(ValueError, match=rf"^line {lineno}:"):
        list(read_conll(io.StringIO(text)))


def test_round_trip(tmp_path):
    sents = list(read_conll(io.StringIO(SAMPLE)))
    out = tmp_path / "out.iob2"
    write_conll(sents, out)
    assert list(read_conll(out)) == sents
    text = out.read_text(encoding="utf-8")
    assert text.startswith("AID1 O\nҚасым-Жомарт B-PERSON\n")
    assert "\n\nAID2 O\n" in text and text.endswith("жауды\n\n")


def test_doc_conversions():
    nlp = spacy.blank("kk")
    toks = ["Қасым-Жомарт", "Тоқаев", "Ташкентке", "барды", "."]
    tags = ["B-PERSON", "I-PERSON", "B-GPE", "O", "O"]
    doc = to_doc(nlp, toks, tags)
    assert [t.text for t in doc] == toks
    assert [(e.text, e.label_) for e in doc.ents] == [("Қасым-Жомарт Тоқаев", "PERSON"), ("Ташкентке", "GPE")]
    assert doc_to_tags(doc) == tags
    assert doc_to_tags(doc, labels={"GPE"}) == ["O", "O", "B-GPE", "O", "O"]
    assert repair_iob(["I-GPE", "O", "I-PERSON"]) == ["B-GPE", "O", "B-PERSON"]


def test_tag_conll_blank_pipeline_keeps_tokens():
    out = io.StringIO()
    assert tag_conll(spacy.blank("kk"), io.StringIO(SAMPLE), out) == 3
    got = list(read_conll(io.StringIO(out.getvalue())))
    assert [s[1] for s in got] == [s[1] for s in read_conll(io.StringIO(SAMPLE))]
    assert all(t == "O" for s in got for t in s[2])
