"""The gazetteer's Russian names are keyed by their words' lemmas, read ahead into
``data/name_keys.tsv`` (reading them at every start took seconds); the table must say
what pymorphy3 says."""
from __future__ import annotations

import pytest

from kg.lang.ru import DATA
from kg.lang.ru.build_name_keys import name_words
from kg.lang.ru.morphology import (function_word, lemma_key, live_function_word, live_lemma_key, name_keys,
                                   name_keys_stamp)


def test_the_table_is_in_use_and_agrees_with_pymorphy3():
    """If this fails after a change of kg/lang/ru/morphology.py, run
    ``python -m kg.lang.ru.build_name_keys`` (until then the words are read live).  A newer
    pymorphy3 from PyPI only makes the builder read the words live (the same graph, slower
    start), so it skips rather than fails."""
    made_with = DATA.path("name_keys.tsv").read_text(encoding="utf-8").split("\n", 1)[0]
    installed = name_keys_stamp()
    if made_with.rsplit(",", 1)[0] != "# " + installed.rsplit(",", 1)[0]:
        pytest.skip(f"name_keys.tsv was made with {made_with[2:]}; installed: {installed}")
    table = name_keys()
    assert table, "data/name_keys.tsv was made with another pymorphy3 or morphology.py"
    sample = sorted(table)[::40]
    assert all(table[w] == (live_lemma_key(w), live_function_word(w)) for w in sample)


def test_words_not_in_the_table_are_read_live():
    assert "казахстанского" not in name_keys()
    assert lemma_key("Казахстана") == "казахстан" and function_word("При") and not function_word("Астана")


def test_the_table_covers_the_gazetteer_words():
    covered = set(name_keys())
    assert sum(w in covered for w in name_words()) >= 0.95 * len(name_words())
