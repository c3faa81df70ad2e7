"""What of the tagger's names the guide can use, and the nominative of foreign names, on
sentences written for these tests."""
from functools import cache

import pytest

from kg.lang.ru.names import nominative, person_words


@cache
def nlp():
    from kg.lang.ru.pipeline import make_pipeline

    return make_pipeline()


def mentions(text: str, kind: str) -> list[str]:
    doc = nlp()(text)
    return [m._.nominative for m in doc.spans["mentions"] if m._.kind == kind]


@pytest.mark.parametrize("words, expected", [
    (["Р.Сингх"], "Р.Сингх"),                      # no noun reading: as written, not Синге
    (["Нарендрой", "Моди"], "Нарендра Моди"),      # -и does not decline
    (["Михалом", "Лабенда"], "Михал Лабенда"),     # the known first name declines, the guess stays
    (["Жандосу", "Нурмаганбетову"], "Жандос Нурмаганбетов"),  # -у after a consonant is a dative
    (["А.Петрова"], "А.Петрова"),
])
def test_foreign_names_the_dictionary_does_not_know_stay_as_far_as_it_cannot_tell(words, expected):
    assert nominative(words, "Person") == expected


def test_initials_written_onto_a_surname_let_it_take_the_documents_form():
    assert nominative(["И.Сафронова"], "Person", {"сафронов": "Сафронов"}) == "И.Сафронов"


def test_a_title_in_the_genitive_decides_a_names_case():
    assert person_words(["Хакана", "Фидана"], {}, frozenset({"gent", "accs"})) == ["Хакан", "Фидан"]
    assert "Хакан Фидан" in mentions("Президент принял министра иностранных дел Турции Хакана Фидана.", "Person")


def test_a_forum_or_exhibition_is_no_organisation():
    found = mentions("Делегация посетила Астанинский международный форум и выставку «ЭКСПО-2030».",
                     "Organization")
    assert found == []


def test_a_summit_leaves_the_body_it_names():
    assert "ШОС" in mentions("На саммите ШОС лидеры обсудили торговлю.", "Organization")


def test_seas_streets_and_directions_are_no_towns():
    text = ("Стороны обсудили судоходство через Персидский залив и ситуацию на Западе. "
            "Встреча прошла на улице Абая.")
    assert mentions(text, "City") == []


def test_an_unlisted_town_needs_a_cue_word():
    found = mentions("Делегация побывала в поселке Жанакурылыс и в Ыргызбае.", "City")
    assert "Жанакурылыс" in found and "Ыргызбай" not in found and "Ыргызбае" not in found


def test_an_abbreviation_the_tagger_reads_as_a_place_is_a_body():
    doc = nlp()("Поставки в ЕАЭС выросли.")
    assert [m._.kind for m in doc.spans["mentions"] if m.text == "ЕАЭС"] == ["Organization"]


def test_a_lone_first_name_is_no_person_but_a_surname_of_a_full_name_is():
    text = "Министр Анна Петрова прибыла в Астану. Петрова отметила рост. Как отметил Айбек, связи крепнут."
    found = mentions(text, "Person")
    assert "Анна Петрова" in found and "Петрова" in found and "Айбек" not in found


def test_a_leaders_surname_after_another_first_name_is_someone_else():
    doc = nlp()("Министр принял Роланда Буша, главу компании.")
    people = [m for m in doc.spans["mentions"] if m._.kind == "Person"]
    assert [(m._.nominative, m._.refs) for m in people] == [("Роланд Буш", ())]


def test_a_first_name_and_patronymic_take_the_surname_before_them():
    found = mentions("Указом Главы государства Султангазиев Марат Елеусизович назначен послом.", "Person")
    assert found == ["Султангазиев Марат Елеусизович"]


def test_a_leaders_full_name_does_not_take_the_country_before_it():
    doc = nlp()("Президент Армении Армен Саркисян посетил Астану.")
    people = [m.text for m in doc.spans["mentions"] if m._.kind == "Person"]
    countries = [m._.nominative for m in doc.spans["mentions"] if m._.kind == "Country"]
    assert people == ["Армен Саркисян"] and "Армения" in countries


def test_hyphenated_initials_keep_the_leader():
    doc = nlp()("Глава государства К.-Ж. Токаев принял посла.")
    people = [(m.text, m._.refs) for m in doc.spans["mentions"] if m._.kind == "Person"]
    assert people == [("К.-Ж. Токаев", ("kassym-jomart-tokayev",))]
