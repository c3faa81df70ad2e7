"""Media a page names are organisations, in Kazakh and in Russian text alike (kg.lang.media);
on sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.lang.ru.page import clean_page


def organizations(extractor, text: str) -> set[str]:
    return {e.label for e in extractor.extract("t", text).entities if e.cls == "Organization"}


@pytest.mark.parametrize("text, label", [
    ("Переговоры прошли в Москве, сообщает портал Steppenews.kz.", "Steppenews.kz"),
    ("Как передает агентство ТАСС, министры обсудили транзит.", "ТАСС"),
    ("Подробности опубликовало издание «Steppe Herald».", "Steppe Herald"),
    ("Журналист рассказал о встрече в Telegram-канале.", "Telegram"),
    ("Министр прибыл в Ташкент.\nФото: orda.kz", "orda.kz"),
    ("Бұл туралы «Steppe Herald» басылымы жазды.", "Steppe Herald"),
    ("Министрлер кездесті, деп хабарлайды ТАСС агенттігі.", "ТАСС"),
    ("Президенттің сөзі Telegram-дағы арнада жарияланды.", "Telegram"),
    ("Келіссөз Мәскеуде өтті, деп жазады «Лента.ру».", "Лента.ру"),
    ("Караганда. 5 марта. СтепьИнфо – Министры обсудили транзит грузов.", "СтепьИнфо"),  # a dateline
    ("Новости дня\nSteppeWire (KZ) - Президент провел совещание.", "SteppeWire"),
])
def test_a_medium_is_an_organisation(extractor, text, label):
    found = organizations(extractor, text)
    assert label in found, found


def test_a_credit_line_keeps_the_name_it_credits():
    page = "Министры встретились в Астане.\nФото: orda.kz\nИсточник: Steppe Herald\nЧитайте также: другое"
    assert clean_page(page) == "Министры встретились в Астане.\norda.kz\nSteppe Herald"


def test_a_headline_with_a_dash_is_no_dateline(extractor):
    found = organizations(extractor, "Казахстан готовится к визиту министра — Иванов")
    assert not found, found


@pytest.mark.parametrize("text, label", [
    ("Бұл туралы министр CNN-ге берген сұхбатында айтты.", "CNN"),
    ("Стороны обсудили сотрудничество в сфере IT-технологий и связи.", None),
    ("Тараптар IT-компаниялар арасындағы ынтымақтастықты талқылады.", None),
    ("Фермеры перешли на GMP-стандарты производства.", None),
])
def test_initials_joined_to_a_word_qualify_it_and_to_a_case_ending_name_a_medium(extractor, text, label):
    found = organizations(extractor, text) - {"Еуропалық Одақ"}
    assert found == ({label} if label else set()), found
