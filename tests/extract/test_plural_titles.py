"""A plural leader's title before a list of names ("екі мемлекет басшылары A мен B").

Regression from the real-news development set (a leaderOf missed); sentences written here.
"""
from __future__ import annotations


def leaders(extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract("t", text).facts if f.predicate == "leaderOf"}


def test_plural_title_gives_each_listed_leader_his_named_country(extractor):
    text = ("Астанада екі мемлекет басшылары Қасым-Жомарт Тоқаев пен Владимир Путиннің қатысуымен "
            "Қазақстан мен Ресейдің іскерлік форумы өтті.")
    assert leaders(extractor, text) >= {("person/kassym-jomart-tokayev", "country/kazakhstan"),
                                        ("person/vladimir-putin", "country/russia")}


def test_plural_title_says_nothing_of_a_country_the_text_never_names(extractor):
    text = "Екі ел басшылары Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев келіссөздер жүргізді."
    assert ("person/shavkat-mirziyoyev", "country/uzbekistan") not in leaders(extractor, text)


def test_plural_title_with_its_countries_after_it_gives_each_name_its_country(extractor):
    """Russian puts the countries after the plural title: "Президенты A и B X и Y"."""
    text = "Президенты Казахстана и Узбекистана Касым-Жомарт Токаев и Шавкат Мирзиёев провели переговоры."
    assert leaders(extractor, text) >= {("person/kassym-jomart-tokayev", "country/kazakhstan"),
                                        ("person/shavkat-mirziyoyev", "country/uzbekistan")}


def test_plural_title_with_names_set_apart_by_dashes(extractor):
    text = "Премьер-министры Казахстана и Кыргызстана – Олжас Бектенов и Адылбек Касымалиев – провели переговоры."
    assert leaders(extractor, text) >= {("person/olzhas-bektenov", "country/kazakhstan"),
                                        ("person/adylbek-kasymaliev", "country/kyrgyzstan")}


def test_plural_title_with_fewer_names_than_countries_shares_nothing(extractor):
    text = "Президенты Казахстана и Узбекистана провели переговоры, сообщил Шавкат Мирзиёев."
    assert ("person/shavkat-mirziyoyev", "country/kazakhstan") not in leaders(extractor, text)
