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


def test_list_after_a_colon_twins_each_with_the_one_city_before(extractor):
    found = twins(extractor, "Сегодня у Караганды пять городов-побратимов: Омск, Ташкент (Узбекистан), "
                             "Баку и Минск.")
    assert found == {frozenset(("city/karaganda", c)) for c in ("city/omsk", "city/tashkent", "city/baku",
                                                                 "city/minsk")}


def test_list_after_a_dash_twins_each_with_the_one_city_before(extractor):
    found = twins(extractor, "У Омска появились города-побратимы в Казахстане - Павлодар и Караганда.")
    assert found == {frozenset(("city/omsk", "city/pavlodar")), frozenset(("city/omsk", "city/karaganda"))}


def test_one_city_beside_two_of_another_country(extractor):
    found = twins(extractor, "Омск и казахстанские Павлодар и Караганда стали побратимами.")
    assert found == {frozenset(("city/omsk", "city/pavlodar")), frozenset(("city/omsk", "city/karaganda"))}


def test_the_city_where_the_memorandum_was_signed_is_no_twin(extractor):
    found = twins(extractor, "Меморандум о побратимских отношениях между Омском и Павлодаром подписан в Новосибирске.")
    assert found == {frozenset(("city/omsk", "city/pavlodar"))}


def test_list_after_the_owner_that_follows_the_twinning_word(extractor):
    found = twins(extractor, "Городами-побратимами Караганды являются: Омск (Россия), Баку (Азербайджан) и Минск.")
    assert found == {frozenset(("city/karaganda", c)) for c in ("city/omsk", "city/baku", "city/minsk")}


def test_a_place_in_brackets_locates_a_listed_twin_and_is_none(extractor):
    found = twins(extractor, "Шымкенттің бауырлас қалалары: Бурса (Түркия), Қазан (Татарстан, Ресей) және Ташкент.")
    assert found == {frozenset(("city/shymkent", c)) for c in ("city/bursa", "city/kazan", "city/tashkent")}
