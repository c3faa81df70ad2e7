"""The Kazakh tokenizer: names and compounds stay whole, punctuation splits off."""
from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.lang.kk.kazakh  # noqa: F401

NLP = spacy.blank("kk")


@pytest.mark.parametrize("text, tokens", [
    ("Қасым-Жомарт Тоқаев", ["Қасым-Жомарт", "Тоқаев"]),
    ("сауда-экономикалық, қазақ-әзербайжан", ["сауда-экономикалық", ",", "қазақ-әзербайжан"]),
    ("«Қара сөздер»", ["«", "Қара", "сөздер", "»"]),
    ("Қарабақ.", ["Қарабақ", "."]),
    ("– деді Ильхам Әлиев.", ["–", "деді", "Ильхам", "Әлиев", "."]),
    ("Ұлы Жібек жолы (Қытай) — бағыт", ["Ұлы", "Жібек", "жолы", "(", "Қытай", ")", "—", "бағыт"]),
    ("2020 жылдан бері 5,5% өсті!", ["2020", "жылдан", "бері", "5,5", "%", "өсті", "!"]),
])
def test_tokens(text, tokens):
    assert [t.text for t in NLP(text)] == tokens


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_tokenizer_keeps_every_character(text):
    doc = NLP(text)
    assert doc.text == text


def test_a_web_address_is_one_word_with_its_case_ending():
    """Regression: BAQ.KZ-тің was BAQ | . | KZ-тің, and the full stop before a capital ended a sentence."""
    nlp = spacy.blank("kk")
    assert [t.text for t in nlp("Министр BAQ.KZ-тің арнасына сұхбат берді.")] == \
        ["Министр", "BAQ.KZ-тің", "арнасына", "сұхбат", "берді", "."]
    assert [t.text for t in nlp("Ол келді.Бұл жаңалық.")][:4] == ["Ол", "келді", ".", "Бұл"]


def test_a_medium_named_by_its_address_in_the_genitive(extractor):
    result = extractor.extract("t", "Бұл туралы министр BAQ.KZ-тің тілшісіне айтты.")
    assert {e.label for e in result.entities if e.cls == "Organization"} == {"BAQ.KZ"}
