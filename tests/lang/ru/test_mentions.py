"""People's names in Russian reports are labelled in the nominative, on sentences written
for these tests."""
from functools import cache

import pytest

from kg.lang.ru.names import nominative


@cache
def nlp():
    from kg.lang.ru.pipeline import make_pipeline

    return make_pipeline()


def people(text: str) -> list[str]:
    doc = nlp()(text)
    return [m._.nominative for m in doc.spans["mentions"] if m._.kind == "Person"]


@pytest.mark.parametrize("words, expected", [
    (["Бауржана", "Абдишева"], "Бауржан Абдишев"),      # a man's genitive, not a woman's nominative
    (["Мейрама", "Смагулова"], "Мейрам Смагулов"),
    (["Жениш", "Разаков"], "Жениш Разаков"),            # a nominative is possible: as written
    (["Анна", "Петрова"], "Анна Петрова"),
    (["Петра", "Врублевского"], "Петр Врублевский"),    # no ё the text does not write
    (["Ли", "Мен", "Бака"], "Ли Мен Бак"),               # one person: no plural reading (Мен: мены)
])
def test_a_persons_words_agree_in_case_and_gender(words, expected):
    assert nominative(words, "Person") == expected


def test_a_bare_surname_takes_the_form_of_the_full_name():
    found = people("Суд рассмотрел дело бывших акимов Бауржана Абдишева и Мейрама Смагулова. "
                   "Для Абдишева прокурор попросил пять лет.")
    assert "Абдишев" in found and "Абдишева" not in found


def test_a_name_whose_surname_the_document_writes_as_a_subject_is_inflected_whole():
    # Сапара reads as a woman's nominative noun; the document writes Исаков as a subject,
    # so Исакова is his genitive, and Сапара with it
    assert nominative(["Сапара", "Исакова"], "Person", {"исаков": "Исаков"}) == "Сапар Исаков"
    assert nominative(["Сапара", "Исакова"], "Person") == "Сапара Исакова"


def test_the_documents_other_forms_of_a_surname_tell_its_gender():
    from kg.lang.ru.mentions import nominative_of, surname_genders

    genders = surname_genders(["Исаковым", "Исакова"])
    assert genders == {"исаков": "masc"}
    assert not nominative_of("Исакова", genders) and nominative_of("Исаков", genders, attested=True)
    assert surname_genders(["Исаков", "Исаковой"]) == {}  # a man and a woman of one name: neither


def test_a_woman_and_a_man_of_one_surname_keep_their_forms():
    assert {"Анна Исакова", "Петр Исаков"} <= set(people("Анна Исакова и её муж Петр Исаков пришли на приём."))


def test_a_full_stop_before_a_name_is_no_initial():
    found = people("Министр Анна Петрова прибыла в Астану. Петрова отметила рост товарооборота.")
    assert found == ["Анна Петрова", "Петрова"]


def test_an_abbreviation_in_brackets_is_another_name_of_the_organisation():
    doc = nlp()("Делегации приняли участие в заседании Евразийской экономической комиссии (ЕЭК) в Москве.")
    found = [(m._.nominative, m._.alt_names) for m in doc.spans["mentions"] if m._.kind == "Organization"]
    assert found == [("Евразийская экономическая комиссия", ("ЕЭК",))]


@pytest.mark.parametrize("words, expected", [
    (["Большого", "Кремлевского", "дворца"], "Большой Кремлевский дворец"),      # a stressed ending
    (["Акмолинского", "областного", "суда"], "Акмолинский областной суд"),
    (["Высшего", "Евразийского", "экономического", "совета"], "Высший Евразийский экономический совет"),
])
def test_adjectives_of_a_name_keep_their_stem_and_ending(words, expected):
    assert nominative(words, "Organization") == expected


@pytest.mark.parametrize("text, case", [
    ("после встречи министра сельского хозяйства РК Ербола Карашукеева", "Gen"),  # past the title's field
    ("встретился с Председателем Постоянного комитета Всекитайского собрания КНР Ли Чжаньшу", "Ins"),
])
def test_a_name_in_apposition_takes_its_titles_case(text, case):
    """Regression: Карашукеева read as a woman's nominative and Ли Чжаньшу, which does not decline,
    as an accusative, because the title stood past its genitive field or two bodies' names."""
    doc = nlp()(text)
    assert [m._.case for m in doc.spans["mentions"] if m._.kind == "Person"] == [case]


def test_a_name_after_a_title_and_a_body_ending_in_its_country_is_a_mans():
    """Regression: "Вячеслава Володина" stayed a woman's nominative: the title was not found back
    past Госдумы России, whose country ends where the body's name does."""
    assert people("Президент принял спикера Госдумы России Вячеслава Володина.") == ["Вячеслав Володин"]


@pytest.mark.parametrize("text, expected", [
    ("Состоялся брифинг заместителя министра Адиля Турсунова для послов.", ["Адиль Турсунов"]),
    ("Министр принял помощника посла Рамиля Каримова.", ["Рамиль Каримов"]),
])
def test_a_mans_first_name_the_dictionary_holds_as_a_womans_takes_the_mans_case(text, expected):
    """Adilya is a woman's name, and also Adil's genitive: the surname's case and gender decide."""
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Министр встретился с министром иностранных дел Кореи Пак Чжином.", ["Пак Чжин"]),
    ("Министр встретился с министром обороны Турции Яшаром Гюлером.", ["Яшар Гюлер"]),
    ("Министр встретился с министром иностранных дел Японии Такэси Иваей.", ["Такэси Ивая"]),
])
def test_an_unknown_name_after_a_title_in_the_instrumental_loses_its_ending(text, expected):
    assert people(text) == expected


def test_a_name_of_an_adjective_and_a_noun_takes_the_nouns_case():
    """Regression: "Кыргызской Республики" after "Президентом" read as an instrumental from its
    adjective, so the title lost its country and Садыр Жапаров his leaderOf."""
    doc = nlp()("Токаев встретился с Президентом Кыргызской Республики Садыром Жапаровым.")
    assert [m._.case for m in doc.spans["mentions"] if m.text == "Кыргызской Республики"] == ["Gen"]
