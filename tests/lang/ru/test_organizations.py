"""Russian organisations by class noun and genitive chain, the tagger's spans that are no
names, buildings and holidays, quoted names; on sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.lang.ru.names import name_words


def entities(extractor, text: str) -> dict[str, str]:
    result = extractor.extract("t", text)
    return {e.label: e.cls for e in result.entities}


@pytest.mark.parametrize("text, label", [
    ("Заседание Совета глав государств СНГ прошло в Душанбе.", "Совет глав государств СНГ"),
    ("Проект документа согласовали в Администрации Президента Казахстана.", "Администрация Президента Казахстана"),
    ("Дело передала в суд прокуратура Костанайской области.", "прокуратура Костанайской области"),
    ("Прием прошел в Посольстве Республики Корея в Казахстане.", "Посольство Республики Корея в Казахстане"),
    ("Сотрудники Отдела образования акимата Сарыагашского района провели проверку.",
     "Отдел образования акимата Сарыагашского района"),
    ("Резолюцию приняли в Совбезе ООН единогласно.", "Совбез ООН"),
    ("Позицию изложил Государственный Совет Китайской Народной Республики.",
     "Государственный Совет Китайской Народной Республики"),
])
def test_a_class_noun_and_its_genitives_name_a_body(extractor, text, label):
    found = entities(extractor, text)
    assert found.get(label) == "Organization", found


def test_the_places_of_the_chain_stay_mentions(extractor):
    found = entities(extractor, "Прием прошел в Посольстве Республики Корея в Казахстане.")
    assert list(found.values()).count("Country") == 2, found  # Korea and Kazakhstan


@pytest.mark.parametrize("text, wrong", [
    ("Средства выделили из резервного фонда Правительства.", "фонд Правительства"),  # a common noun's genitive
    ("Министерства двух стран подписали меморандум.", "Министерства двух стран"),   # several bodies
    ("Правительство страны одобрило проект.", "Правительство страны"),               # страны says which state
])
def test_no_body_without_a_name(extractor, text, wrong):
    assert wrong not in entities(extractor, text)


def test_buildings_and_holidays_are_no_entities(extractor):
    found = entities(extractor, "Переговоры прошли в резиденции «Бельвю», затем гости осмотрели Дворец Мира. "
                                "Президенты поздравили друг друга с праздником Навруз.")
    assert not {"Бельвю", "Дворец Мира", "Навруз"} & set(found), found


def test_a_quoted_name_is_never_a_place(extractor):
    found = entities(extractor, "Артисты театра «Алматы Балет» выступили в Астане.")
    assert found.get("Алматы Балет") == "Organization" and "Алматы" not in found and found.get("Астана") == "City"


def test_a_common_noun_opening_a_sentence_is_no_person(extractor):
    found = entities(extractor, "Причиной стала ошибка диспетчера. Об этом сообщили СМИ.")
    assert "Причина" not in found and "СМИ" not in found


def test_a_towns_name_inside_a_persons_name_is_the_persons(extractor):
    found = entities(extractor, "Делегацию возглавил посол Рамиль Гасан.")
    assert found.get("Рамиль Гасан") == "Person" and "Гасан" not in found


def test_an_abbreviation_with_a_capital_inside_does_not_decline():
    assert name_words(["ТюркПА"]) == ["ТюркПА"]
    assert name_words(["Министерства", "культуры"]) == ["Министерство", "культуры"]


def test_places_joined_in_a_quoted_format_are_no_places():
    from kg.lang import language

    doc = language("ru").make_pipeline()("Саммит «Северная Европа + Монголия» пройдет в Улан-Баторе.")
    assert [(m._.nominative, m._.kind) for m in doc.spans["mentions"]] == [("Улан-Батор", "City")]


def test_a_compound_of_common_words_opening_a_sentence_is_no_organisation():
    from kg.lang.ru.name_filter import common_word

    assert common_word("Городами-побратимами") and common_word("Северо-Запад")
    assert not common_word("Усть-Каменогорск") and not common_word("Рахмон-Бек")
