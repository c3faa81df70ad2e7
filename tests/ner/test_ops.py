"""The network computes on numpy's BLAS, one thread, with the same answers as on BLIS."""
from __future__ import annotations

import sys

import numpy
import pytest
import spacy

import kg.lang.kk.kazakh  # noqa: F401
import kg.ner.features  # noqa: F401
from kg.ner.ops import network_ops, one_blas_thread
from kg.lang.kk.pipeline import BUILDER_MODEL_DIR, load_ner

TEXTS = [
    "Қасым-Жомарт Тоқаев Мәскеуге ресми сапармен барды.",
    "Кеше Қазақстан мен Қытай арасында жаңа келісімге қол қойылды.",
    "Асхат Серікбаев Алматы қаласында жаңа мектеп ашты.",
]


def test_builder_model_runs_on_numpy_not_blis():
    nlp = load_ner()
    assert nlp is not None
    encoder = nlp.get_pipe("tok2vec").model
    assert all(not node.ops.use_blis for node in encoder.walk())


def test_models_made_outside_the_block_keep_the_default_ops():
    with network_ops():
        pass
    from thinc.api import get_current_ops

    assert getattr(get_current_ops(), "use_blis", True)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="finds the BLAS library through /proc")
def test_blas_is_kept_to_one_thread():
    assert one_blas_thread()


def test_same_vectors_and_entities_as_with_blis():
    with network_ops():
        fast = spacy.load(BUILDER_MODEL_DIR)
    blis = spacy.load(BUILDER_MODEL_DIR)
    for text in TEXTS:
        a, b = fast(text), blis(text)
        assert numpy.allclose(a.tensor, b.tensor, atol=1e-4)
        assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]
