"""Twin cities in "A мен B және C" (sentences written for these tests)."""
from __future__ import annotations


def twins(extractor, text: str) -> set[frozenset[str]]:
    return {frozenset((f.subject, f.object)) for f in extractor.extract("t", text).facts
            if f.predicate == "twinnedWith"}


def test_one_city_with_two_cities_of_another_country(extractor):
    found = twins(extractor, "Шымкент мен Ташкент және Самарқанд қалаларының арасында бауырластық қатынас орнады.")
    assert found == {frozenset(("city/shymkent", "city/tashkent")), frozenset(("city/shymkent", "city/samarkand"))}


def test_a_third_city_of_the_first_ones_country_is_not_added(extractor):
    found = twins(extractor, "Шымкент мен Ташкент және Алматы қалаларының арасында бауырластық қатынас орнады.")
    assert frozenset(("city/shymkent", "city/almaty")) not in found
