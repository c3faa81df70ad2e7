"""Which title a named person holds in the text (kg.identity.titles); sentences written for these tests."""
from __future__ import annotations

import pytest


def roles(extractor, text: str) -> dict[str, set[tuple[str, str | None]]]:
    return {e.label: {(r.role, r.country) for r in e.roles} for e in extractor.extract("t", text).entities
            if e.cls in ("Person", "Leader")}


@pytest.mark.parametrize("text, name, role", [
    ("Аким Алматинской области Амандык Баталов принял консула.", "Амандык Баталов", "akim"),
    ("В Кызылорде аким области Крымбек Кушербаев принял делегацию.", "Крымбек Кушербаев", "akim"),
    ("Посол Франции в Казахстане Сильви Перго встретилась с министром.", "Сильви Перго", "ambassador"),
])
def test_a_russian_title_holds_the_name_after_its_place_or_body(extractor, text, name, role):
    """The Russian title's complement, and the place of its post, stand between it and the name."""
    assert role in {r for r, _country in roles(extractor, text)[name]}


def test_an_ambassadors_country_is_the_one_he_represents_not_his_post(extractor):
    found = roles(extractor, "Посол Франции в Казахстане Сильви Перго встретилась с министром.")
    assert found["Сильви Перго"] == {("ambassador", "france")}
