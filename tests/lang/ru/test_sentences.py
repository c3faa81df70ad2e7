"""Russian sentences: razdel's, and a line break ends one too (headlines stand alone).
The starts are set on the whole Doc at once; these say where they fall."""
from __future__ import annotations

import pytest

from kg.lang.ru.pipeline import make_pipeline


@pytest.fixture(scope="module")
def nlp():
    return make_pipeline(use_ner=False)


def test_a_headline_line_and_abbreviations(nlp):
    doc = nlp("Визит в Баку\nПрезидент прибыл в г. Баку 12 марта 2024 г. вечером. Д.А. Медведев встретил его.")
    assert [s.text for s in doc.sents] == ["Визит в Баку\n",
                                           "Президент прибыл в г. Баку 12 марта 2024 г. вечером.",
                                           "Д.А. Медведев встретил его."]


def test_spaces_start_no_sentence_but_a_leading_one_does(nlp):
    doc = nlp("  Стороны обсудили сотрудничество.\n\nМинистры подписали соглашение.")
    starts = [t.i for t in doc if t.is_sent_start]
    assert doc[0].is_space and starts[0] == 0
    assert all(not doc[i].is_space for i in starts[1:])
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == ["Стороны обсудили сотрудничество.",
                                                                      "Министры подписали соглашение."]


def test_a_long_page_is_split_as_a_short_one(nlp):
    page = "Стороны обсудили сотрудничество. Министры подписали соглашение.\n" * 200
    doc = nlp(page)
    assert len(list(doc.sents)) == 400
