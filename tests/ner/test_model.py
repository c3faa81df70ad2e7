"""Smoke tests for the shipped Kazakh NER model in kg/models/ner_kk.

The sentences below were written for these tests (not taken from KazNERD or
from the project's samples).
"""
from __future__ import annotations

import io

import pytest

import kg.lang.kk.kazakh  # noqa: F401  (registers "kk" before loading)
from kg.ner import DEFAULT_MODEL_PATH, load_model
from kg.ner.conll import TAG_RE, read_conll, tag_conll

# (tokens, [(entity text, label) that must be found])
SENTENCES = [
    ("Қасым-Жомарт Тоқаев Мәскеуге ресми сапармен барды .".split(),
     [("Қасым-Жомарт Тоқаев", "PERSON"), ("Мәскеуге", "GPE")]),
    ("Нұрсұлтан Назарбаев Астанада шетелдік инвесторлармен кездесті .".split(),
     [("Нұрсұлтан Назарбаев", "PERSON"), ("Астанада", "GPE")]),
    ("Кеше Қазақстан мен Қытай арасында жаңа келісімге қол қойылды .".split(),
     [("Қазақстан", "GPE"), ("Қытай", "GPE")]),
    ("Асхат Серікбаев Алматы қаласында жаңа мектеп ашты .".split(),
     [("Асхат Серікбаев", "PERSON"), ("Алматы", "GPE")]),
]


@pytest.fixture(scope="module")
def nlp():
    assert (DEFAULT_MODEL_PATH / "meta.json").exists(), "model missing: run python -m kg.ner.train"
    return load_model(DEFAULT_MODEL_PATH)


def test_model_loads(nlp):
    assert nlp.lang == "kk"
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert {"PERSON", "GPE", "LOCATION", "ORGANISATION"} <= set(nlp.get_pipe("ner").labels)


@pytest.mark.parametrize("tokens, expected", SENTENCES)
def test_finds_person_and_gpe(nlp, tokens, expected):
    from kg.ner.conll import to_doc

    doc = nlp(to_doc(nlp, tokens))
    found = {(e.text, e.label_) for e in doc.ents}
    for ent in expected:
        assert ent in found, f"{ent} not in {found}"


def test_tag_conll_keeps_tokens_and_emits_iob2(nlp):
    text = "".join(
        f"T{i} O\n" + "".join(f"{t}\n" for t in toks) + "\n" for i, (toks, _) in enumerate(SENTENCES)
    )
    out = io.StringIO()
    assert tag_conll(nlp, io.StringIO(text), out) == len(SENTENCES)
    tagged = list(read_conll(io.StringIO(out.getvalue())))
    assert [s[1] for s in tagged] == [toks for toks, _ in SENTENCES]
    for _sid, toks, tags in tagged:
        assert tags is not None and len(tags) == len(toks)
        prev = "O"
        for tag in tags:
            assert TAG_RE.match(tag)
            if tag.startswith("I-"):
                assert prev[2:] == tag[2:], tags
            prev = tag
    first = tagged[0][2]
    assert first[:3] == ["B-PERSON", "I-PERSON", "B-GPE"]
