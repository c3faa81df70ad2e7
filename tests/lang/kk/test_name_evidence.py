"""A capital letter is weak evidence; how the language writes a word decides."""
from __future__ import annotations

import pytest

from kg.lang.kk.name_evidence import WordUse, is_common_use, is_common_word, is_never_name, name_evidence


def test_evidence_file_ships_with_the_package():
    assert len(name_evidence()) > 5000


@pytest.mark.parametrize("word", ["саммит", "келіссөз", "сондай-ақ", "биыл", "меморандум"])
def test_common_words(word):
    assert is_common_word({word})


@pytest.mark.parametrize("word", ["тоқаев", "астана", "қазақстан"])
def test_names_are_not_common(word):
    assert not is_common_word({word})


def test_a_first_name_that_is_also_a_word_is_not_stripped_as_discourse():
    # болат (steel) is common, but it also stands inside names, so it never counts as a discourse word
    assert not is_never_name({"болат"})
    assert is_never_name({"сондай-ақ"})


def test_little_evidence_is_no_evidence():
    assert not is_common_use(WordUse(in_names=0, lower=1, capitalised=0))


def mentions(extractor, text):
    doc = extractor.nlp(text)
    return [(m.text, m._.kind) for m in doc.spans["mentions"]]


def test_headline_word_is_no_entity(extractor):
    """Regression: sentence-initial Саммит, Әлбетте became a City and a Person."""
    found = mentions(extractor, "Саммит Астанада өтті. Әлбетте, келіссөздер жалғасады.")
    assert ("Саммит", "City") not in found and not any(t.startswith("Әлбет") for t, _k in found)
    assert ("Астанада", "City") in found


def test_discourse_word_is_not_part_of_a_name(extractor):
    """Regression: "Сондай-ақ Тоқаев" and "Осылайша Нұрлан Нығматулин" swallowed the first word."""
    found = mentions(extractor, "Осылайша Нұрлан Нығматулин Мәжіліс Төрағасы болды.")
    assert ("Нұрлан Нығматулин", "Person") in found


def test_titles_and_ranks_are_no_part_of_a_name(extractor):
    """Regression: "Генерал-полковник Руслан Жақсылықов", "Сондай-ақ Төрайымы Дариға Назарбаева" as names."""
    result = extractor.extract("t", "Генерал-полковник Руслан Жақсылықов Алматыда болды. "
                                    "Сондай-ақ Төрайымы Дариға Назарбаева келді.")
    people = {e.label: {r.role for r in e.roles} for e in result.entities if e.cls in ("Person", "Leader")}
    assert people == {"Руслан Жақсылықов": {"rank"}, "Дариға Назарбаева": {"chairman"}}


def test_a_surname_keeps_its_own_letters():
    """Жақыповтың is Жақыпов in the genitive, never Жақып or Жақыптың."""
    from kg.lang.kk.morphology import default_analyser

    assert default_analyser().analyse("Жақыповтың").lemma == "Жақыпов"


def test_surname_only_endings_count_as_a_pass_per_ending_would():
    """The endings are counted in one pass over the first names; the answer is the one a
    count per ending (``sum(n.endswith(e) ...)``) gives."""
    from kg.lang.kk.name_evidence import given_names, surname_only_endings
    from kg.lexicons import default_lexicons

    names = given_names()
    shipped = tuple(sorted(default_lexicons().name_parts.get("surname_ending", ())))
    for endings in (shipped, ("", "а", "на", "ов", "ева", "аааааааааааааааааааааааа")):
        naive = tuple(e for e in endings if sum(n.endswith(e) for n in names) * 200 < len(names))
        assert surname_only_endings.__wrapped__(endings) == naive
