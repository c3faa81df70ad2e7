"""Words of a place's people (words written for the test)."""
from __future__ import annotations

import pytest

from kg.gazetteer import default_gazetteer
from kg.lang.kk.place_adjectives import is_place_adjective


@pytest.mark.parametrize("word, expected", [
    ("шымкенттік", True),       # a listed city + -тік
    ("Ақтаулықтар", True),      # plural: the people of Ақтау
    ("қазақстандық", True),     # a listed country adjective
    ("Шымкентте", False),       # the place itself
    ("бостандығы", False),      # a possessive: an abstract noun, not a place's people
    ("Қайраттың", False),
])
def test_is_place_adjective(word, expected):
    assert is_place_adjective(word, default_gazetteer()) is expected
