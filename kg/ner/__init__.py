"""Statistical named-entity recognition for Kazakh (spaCy, trained on KazNERD).

``load_model`` imports what a saved pipeline needs before loading it: the
``kk`` language (:mod:`kg.lang.kk.kazakh`) and the custom embedding architecture
(:mod:`kg.ner.features`).
"""
from __future__ import annotations

from pathlib import Path

DEFAULT_MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "ner_kk"


def load_model(path: str | Path = DEFAULT_MODEL_PATH):
    """Load the Kazakh NER pipeline (by default the shipped ``kg/models/ner_kk``)."""
    import spacy

    import kg.lang.kk.kazakh  # noqa: F401  (registers language "kk")
    import kg.ner.features  # noqa: F401  (registers kg.KazakhMultiHashEmbed.v1)
    from kg.ner.ops import network_ops

    with network_ops():  # numpy's BLAS, one thread: see kg.ner.ops
        return spacy.load(path)
