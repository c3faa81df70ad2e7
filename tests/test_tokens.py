"""The per-document lists of kg.tokens stand for what spaCy would make token by token."""
from __future__ import annotations

import spacy

from kg.tokens import text_of, texts_of


def test_text_of_is_the_docs_text_with_spaces_newlines_and_punctuation():
    nlp = spacy.blank("xx")
    for sample in ["Сәуле  кеше келді.\nЕкінші жол «Ақ жол» - бітті  ", " басында бос орын", ""]:
        doc = nlp(sample)
        assert text_of(doc) == doc.text == sample
        assert texts_of(doc) == [t.text for t in doc]
