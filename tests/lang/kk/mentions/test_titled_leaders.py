"""A leader named by his title and one word of his name (sentences written for these tests)."""
from __future__ import annotations


def people(extractor, text: str) -> set[str]:
    return {e.label for e in extractor.extract("t", text).entities if e.cls in ("Person", "Leader")}


def test_a_title_and_one_word_of_a_listed_leaders_name_is_that_leader(extractor):
    """The press shortens a foreign leader's name after his title: Қытай Төрағасы Сиге, Сауд
    Арабиясының королі Салманды; the country before the title says whose leader."""
    assert "Си Цзиньпин" in people(extractor, "Тоқаев Қытай Төрағасы Сиге алғыс айтты.")
    found = people(extractor, "Тоқаев Сауд Арабиясының мұрагер ханзадасы мен королі Салманды Қазақстанға шақырды.")
    assert "Салман бин Әбдулазиз Әл Сауд" in found


def test_a_word_after_a_title_naming_no_listed_leader_of_that_country_is_left_alone(extractor):
    assert "Си Цзиньпин" not in people(extractor, "Тоқаев Ресей Президенті Сиге алғыс айтты.")
