"""The readable part of an IRI, from a label in either language's Cyrillic."""
from __future__ import annotations

from kg.identity.slugs import slugify


def test_slugs_are_ascii_and_stable():
    assert slugify("Қасым-Жомарт Тоқаев") == "qasym-zhomart-toqaev"
    assert slugify("Ильхам Алиев") == "ilkham-aliev"


def test_a_label_with_nothing_to_spell_is_percent_encoded():
    assert slugify("???") == "%3F%3F%3F"
