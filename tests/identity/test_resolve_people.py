"""One node per person within a document (sentences written for these tests)."""
from __future__ import annotations


def people(extractor, text: str) -> dict[str, tuple[str, set[str]]]:
    return {e.label: (e.cls, set(e.aliases)) for e in extractor.extract("t", text).entities
            if e.cls in ("Person", "Leader")}


def test_a_family_name_with_a_word_of_address_is_the_listed_leader(extractor):
    """Regression: "Си мырза" in a text that never names him fully was a person "Си" of its own."""
    found = people(extractor, "Тоқаев Си мырзамен екіжақты ынтымақтастықты талқылады.")
    assert found.get("Си Цзиньпин", ("", set()))[0] == "Leader"


def test_a_first_name_alone_is_no_leader(extractor):
    """Regression guard: without a word of address a single word names nobody in particular."""
    assert "Си Цзиньпин" not in people(extractor, "Конференцияға Си есімді студент қатысты.")


def test_a_listed_arabic_name_spelled_another_way_is_the_listed_leader(extractor):
    """Regression: "Тамим бен Хамада әл-Тани" (бен, a vowel more, a hyphened article) was a person of
    its own beside the listed "Тамим бин Хамад Әл Тани"."""
    found = people(extractor, "Дохада Тамим бен Хамада әл-Тани қонақтарды қабылдады.")
    assert found.get("Тамим бин Хамад Әл Тани", ("", set()))[0] == "Leader"


def test_a_name_without_son_of_is_not_matched_loosely(extractor):
    """Regression guard: the loose match is for names of "son of" links only."""
    assert "Тамим бин Хамад Әл Тани" not in people(extractor, "Дохада Тамима Хамада Тани қонақтарды қабылдады.")


def test_a_surname_alone_spelled_one_letter_apart_is_the_person_named_fully():
    """The press drops or changes a vowel (Нұртілеу, Нұртлеу); a man's and a woman's surname stay apart."""
    from kg.identity.names import name_key
    from kg.identity.people import PeopleOfDocument

    def agree(a: str, b: str) -> bool:
        return PeopleOfDocument._words_agree(name_key(a).split(), name_key(b).split())

    assert agree("Нұртлеу", "Мұрат Нұртілеу")
    assert not agree("Әлиева", "Ерлан Әлиев")
    assert not agree("Ахмет", "Ерлан Ахметов")


def test_a_listed_leaders_first_name_spelled_a_letter_apart_is_him(extractor):
    """Шавхат Мирзиеев: the press of another country spells the first name its own way."""
    result = extractor.extract("t", "Бұған Президент Шавхат Мирзиеевтің сауда кедергілерін алып тастауы түрткі болды.")
    assert "person/shavkat-mirziyoyev" in {e.key for e in result.entities}


def test_a_first_name_a_letter_apart_with_another_surname_is_someone_else(extractor):
    result = extractor.extract("t", "Шавхат Мирзаев Ташкентте дәріс оқыды.")
    assert "person/shavkat-mirziyoyev" not in {e.key for e in result.entities}


def test_a_leaders_surname_after_another_first_name_is_another_person(extractor):
    """Regression: a photographer Азамат Әлиев was Ильхам Әлиев, Leader of Azerbaijan."""
    found = people(extractor, "Суретті түсірген Азамат Әлиев.")
    assert found.get("Азамат Әлиев", ("", set()))[0] == "Person"
    assert "Ильхам Әлиев" not in found


def test_a_leaders_surname_after_his_own_first_name_stays_the_leader(extractor):
    found = people(extractor, "Ильхам Әлиев Астанаға келді. Әлиев Тоқаевпен кездесті.")
    assert found.get("Ильхам Әлиев", ("", set()))[0] == "Leader"


def test_a_first_and_fathers_name_is_the_person_named_before_with_that_first_name(extractor):
    """Sentences written for this test: the second names the akim by first and father's name."""
    found = people(extractor, "Облыс әкімі Бауыржан Омаров қонақтарды қабылдады. Кездесуде Бауыржан Серікұлы "
                              "екі елдің байланыстары туралы айтты.")
    assert len(found) == 1 and "Бауыржан Серікұлы" in next(iter(found.values()))[1]


def test_two_fathers_names_are_two_people(extractor):
    found = people(extractor, "Жиынға Бауыржан Серікұлы мен Бауыржан Талғатұлы қатысты.")
    assert len(found) == 2
