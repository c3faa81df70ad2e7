"""locatedIn from the text, and what the genitive before a city does not say (sentences written here)."""
from __future__ import annotations


def located(extractor, text: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.object, f.basis) for f in extractor.extract("t", text).facts if f.predicate == "locatedIn"}


def test_country_in_the_genitive_before_its_city_is_stated(extractor):
    found = located(extractor, "Тоқаев Қытайдың Шанхай қаласында сөз сөйледі.")
    assert ("city/shanghai", "country/china", "text") in found


def test_a_foreign_consul_in_a_city_does_not_move_the_city(extractor):
    """Regression: "Ресейдің Өскемендегі бас консулы" put Öskemen in Russia."""
    found = located(extractor, "Облыс әкімі Ресейдің Өскемендегі бас консулы Иван Петровпен кездесті.")
    assert not any(city == "city/oskemen" and country == "country/russia" for city, country, _b in found)
    assert ("city/oskemen", "country/kazakhstan", "background") in found
