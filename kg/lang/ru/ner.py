"""slovnet's Russian NER (PER, LOC, ORG) over navec embeddings, from the model files the
natasha wheel ships: found on disk without importing natasha, loaded once per process,
and never downloaded."""
from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

NAVEC = Path("emb", "navec_news_v1_1B_250K_300d_100q.tar")
NER_MODEL = Path("model", "slovnet_ner_news_v1.tar")


def natasha_data() -> Path:
    """natasha's data folder (``find_spec`` locates the package without running it)."""
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the Russian pipeline needs the natasha package (pip install natasha)")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


@cache
def load_ner():
    """The tagger, with its embeddings, ready for ``tagger(text).spans`` or ``tagger.map(texts)``."""
    from navec import Navec
    from slovnet import NER

    data = natasha_data()
    tagger = NER.load(str(data / NER_MODEL))
    tagger.navec(Navec.load(str(data / NAVEC)))
    return tagger
