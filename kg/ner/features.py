"""Subword features for Kazakh NER, registered with spaCy's registry.

spaCy's SUFFIX attribute is the last three characters, which in an
agglutinative language is mostly the case ending, and NORM differs for every
inflected form of a name (Тоқаев, Тоқаевтың, Тоқаевқа ...).  This module adds
two word-level features computed in Python and hashed like spaCy's own:

* ``SUF5`` - the last five characters, lower-cased;
* ``STEM`` - the lower-cased word with plural, possessive, case and
  attributive (-ғы/-гі) endings peeled off greedily until none is left, so
  inflected forms of a name share one embedding row (the "stem" can be
  over-stripped, but consistently);
* ``PRE4`` - the first four characters, lower-cased.

The stemmer is a small, self-contained list of endings on purpose: a saved
model's features must not change when other parts of the project change.

``kg.KazakhMultiHashEmbed.v1`` is ``spacy.MultiHashEmbed.v2`` with these
extra attribute names allowed next to NORM, PREFIX, SUFFIX, SHAPE, LOWER.

>>> stem("Тоқаевтың"), stem("Астанада"), stem("Назарбаевпен")
('тоқаев', 'астана', 'назарбаев')
>>> stem("Алматы") == stem("Алматыда") == stem("Алматының")
True
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, List

import numpy
from spacy.attrs import IDS as SPACY_ATTR_IDS
from spacy.attrs import ORTH
from spacy.strings import hash_string
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array

MIN_STEM = 3

# Endings (attributive, case, possessive, plural), peeled from the right,
# longest first, repeatedly.  Over-stripping (Қазақстан -> қазақс) is harmless
# as long as every form of the word is stripped the same way.
_KI = ("ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі")
_CASE = (
    # ablative, genitive, locative, instrumental, dative, accusative
    "ынан", "інен", "нан", "нен", "дан", "ден", "тан", "тен",
    "ның", "нің", "дың", "дің", "тың", "тің",
    "нда", "нде", "да", "де", "та", "те",
    "мен", "бен", "пен",
    "ына", "іне", "ға", "ге", "қа", "ке",
    "ны", "ні", "ды", "ді", "ты", "ті",
)
_POSS = ("лары", "лері", "дары", "дері", "тары", "тері", "сы", "сі", "ы", "і")
_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
_ENDINGS = tuple(sorted(set(_KI + _CASE + _POSS + _PLURAL), key=len, reverse=True))


# the endings by their last letter, longest first as in _ENDINGS: a word is tested
# against the few that can end it, not against all of them
_ENDINGS_BY_LAST = {letter: tuple(e for e in _ENDINGS if e.endswith(letter)) for letter in {e[-1] for e in _ENDINGS}}


def _strip(word: str, endings_by_last: dict[str, tuple[str, ...]]) -> str:
    for e in endings_by_last.get(word[-1:], ()):
        if word.endswith(e) and len(word) - len(e) >= MIN_STEM:
            return word[: -len(e)]
    return word


@lru_cache(maxsize=10_000)  # by word form, bounded so that an archive's rare words do not pile up
def stem(word: str) -> str:
    """Lower-case ``word`` and peel off Kazakh inflectional endings (greedy)."""
    w = word.lower()
    if not w.replace("-", "").isalpha():
        return w
    # Peel to a fixed point so a base form and its inflections agree
    # (Алматы / Алматыда / Алматының all end up the same).
    while True:
        shorter = _strip(w, _ENDINGS_BY_LAST)
        if shorter == w:
            return w
        w = shorter


CUSTOM_FEATURES: dict[str, Callable[[str], str]] = {
    "SUF4": lambda w: w.lower()[-4:],
    "SUF5": lambda w: w.lower()[-5:],
    "PRE4": lambda w: w.lower()[:4],
    "STEM": stem,
}


def _hashes(names: tuple[str, ...]) -> Callable[[str], tuple[int, ...]]:
    fns = [CUSTOM_FEATURES[n] for n in names]

    @lru_cache(maxsize=10_000)
    def compute(text: str) -> tuple[int, ...]:
        return tuple(hash_string(f"{n}={fn(text)}") for n, fn in zip(names, fns))

    return compute


def KazakhFeatureExtractor(columns: List[str]) -> Model:
    """Like spaCy's FeatureExtractor, but also accepts the names in CUSTOM_FEATURES."""
    for c in columns:
        if c not in CUSTOM_FEATURES and c.upper() not in SPACY_ATTR_IDS:
            raise ValueError(f"unknown feature {c!r}")
    std = [(i, c.upper()) for i, c in enumerate(columns) if c not in CUSTOM_FEATURES]
    custom = [(i, c) for i, c in enumerate(columns) if c in CUSTOM_FEATURES]
    return Model(
        "kk_extract_features",
        _extract_forward,
        attrs={
            "columns": list(columns),
            "std_idx": [i for i, _ in std],
            "std_attrs": [SPACY_ATTR_IDS[c] for _, c in std],
            "custom_idx": [i for i, _ in custom],
            "custom_fn": _hashes(tuple(c for _, c in custom)),
        },
    )


def _extract_forward(model: Model, docs, is_train: bool):
    n_cols = len(model.attrs["columns"])
    std_idx, std_attrs = model.attrs["std_idx"], model.attrs["std_attrs"]
    custom_idx, custom_fn = model.attrs["custom_idx"], model.attrs["custom_fn"]
    features = []
    for doc in docs:
        arr = numpy.zeros((len(doc), n_cols), dtype="uint64")
        if std_idx and len(doc):
            arr[:, std_idx] = doc.to_array(std_attrs).reshape((len(doc), len(std_idx)))
        if custom_idx and len(doc):
            # by the words' hashes: no spaCy Token is made, and the text is looked up only for a new word
            strings = doc.vocab.strings
            arr[:, custom_idx] = numpy.asarray([custom_fn(strings[orth]) for orth in doc.to_array(ORTH).tolist()],
                                               dtype="uint64")
        features.append(model.ops.asarray2i(arr, dtype="uint64"))
    return features, lambda d_features: []


@registry.architectures("kg.KazakhMultiHashEmbed.v1")
def KazakhMultiHashEmbed(width: int, attrs: List[str], rows: List[int]) -> Model:
    """Hash-embed each attribute (spaCy or custom), concatenate, mix with a Maxout layer."""
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    embeddings = [
        HashEmbed(width, rows[i], column=i, seed=8 + i, dropout=0.0) for i in range(len(attrs))
    ]
    return chain(
        KazakhFeatureExtractor(list(attrs)),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        with_array(Maxout(width, width * len(embeddings), nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )
