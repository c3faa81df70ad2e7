"""kg.ner.greedy decodes the builder's NER network to the entities spaCy's own parser finds.

The texts were written for these tests.
"""
from __future__ import annotations

import numpy
import pytest

from kg.ner.greedy import segments
from kg.lang.kk.pipeline import BUILDER_MODEL_DIR, make_pipeline

TEXTS = [
    "Қазақстан Президенті Қасым-Жомарт Тоқаев Бакуде Әзербайжан Президенті Ильхам Әлиевпен кездесті.",
    "Астанада Сыртқы істер министрі Мұрат Нұртілеу Түркия елшісімен сөйлесті. Келіссөз екі сағатқа созылды.\n\n"
    "Кездесуге Еуропалық одақтың өкілі Жозеп Боррель де қатысты. Тараптар Орталық Азия мен Кавказдағы "
    "жағдайды талқылады.",
    "",
    "Шымкент",
    "2024 жылғы 5 наурызда  Алматы қаласында   Қазақстан Республикасының Ұлттық банкі жаңа теңге шығарды .",
    "Мәжіліс депутаты Айгүл Сапарова «Қазақстан темір жолы» ұлттық компаниясының есебін тыңдады!"
    " Ол Ақтөбе облысы мен Атырау облысындағы жобаларды атап өтті? Иә.",
    "Премьер-Министр Олжас Бектенов Үкімет отырысында 2025–2029 жылдарға арналған бағдарламаны таныстырды",
]


@pytest.fixture(scope="module")
def nlp():
    if not (BUILDER_MODEL_DIR / "config.cfg").exists():
        pytest.skip("the builder's NER model is not in the checkout")
    return make_pipeline()


def spacy_entities(nlp, texts):
    """The same pipeline with spaCy's own recognizer in place of kk_entities."""
    with nlp.select_pipes(disable=["kk_entities", "kk_morphology", "kk_mentions"]):
        nlp.enable_pipe("ner")
        try:
            return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]
        finally:
            nlp.disable_pipe("ner")


def greedy_entities(nlp, texts, batch_size):
    with nlp.select_pipes(disable=["kk_morphology", "kk_mentions"]):
        return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in nlp.pipe(texts, batch_size=batch_size)]


def test_builder_pipeline_decodes_with_kk_entities(nlp):
    assert "kk_entities" in nlp.pipe_names and "ner" not in nlp.pipe_names


@pytest.mark.parametrize("batch_size", [1, 3, 64])
def test_same_entities_as_spacys_parser(nlp, batch_size):
    expected = spacy_entities(nlp, TEXTS)
    assert any(expected), "the texts should hold entities"
    assert greedy_entities(nlp, TEXTS, batch_size) == expected


def test_entities_stop_at_sentence_starts(nlp):
    doc = nlp("Тоқаев келді. Әлиев келді.")
    for ent in doc.ents:
        assert not any(t.is_sent_start for t in ent[1:])


def test_every_token_gets_an_iob_tag(nlp):
    doc = nlp("Ильхам Әлиев Бакуде сөйледі.")
    assert all(t.ent_iob_ in ("B", "I", "O") for t in doc)


def test_segments_split_at_sentence_starts():
    assert segments(numpy.array([1, -1, -1, 1, -1, 1]), offset=4) == [(4, 3), (7, 2), (9, 1)]
    assert segments(numpy.array([0, 0]), offset=0) == [(0, 2)]
    assert segments(numpy.array([], dtype=int), offset=0) == []
