"""Two people joined by a hyphen or a dash are two people, in Kazakh and in Russian text
(kg.lang.name_pairs); a hyphenated first name, place or country pair stays whole.  On
sentences written for these tests."""
from __future__ import annotations

import pytest


def people(extractor, text: str) -> set[str]:
    """The people found, by every name each is known by."""
    return {name for e in extractor.extract("t", text).entities if e.cls in ("Person", "Leader")
            for name in (e.label, *e.aliases)}


def met(extractor, text: str) -> set[frozenset[str]]:
    return {frozenset((f.subject, f.object)) for f in extractor.extract("t", text).facts if f.predicate == "met"}


@pytest.mark.parametrize("text, names", [
    ("Тоқаев-Путин келіссөздері Мәскеуде өтті.", {"Қасым-Жомарт Тоқаев", "Владимир Путин"}),
    ("Театр Ахмет Жұбанов-Латиф Хамидидің «Абай» операсын қойды.", {"Ахмет Жұбанов", "Латиф Хамиди"}),
    ("Переговоры Токаев–Мирзиёев прошли в Ташкенте.", {"Касым-Жомарт Токаев", "Шавкат Мирзиёев"}),
])
def test_two_people_joined_by_a_hyphen_are_two(extractor, text, names):
    found = people(extractor, text)
    assert names <= found, found
    assert not any("-" in n and "Жомарт" not in n for n in found), found


@pytest.mark.parametrize("text", [
    "Тоқаев-Путин келіссөздері Мәскеуде өтті.",
    "Переговоры Токаев–Путин прошли в Москве.",
])
def test_talks_named_by_the_pair_are_a_meeting(extractor, text):
    assert len(met(extractor, text)) == 1


@pytest.mark.parametrize("text, whole", [
    ("Қасым-Жомарт Тоқаев Нұр-Сұлтанда болды.", "Қасым-Жомарт Тоқаев"),
    ("Касым-Жомарт Токаев прибыл в Усть-Каменогорск.", "Касым-Жомарт Токаев"),
])
def test_a_hyphenated_first_name_stays_whole(extractor, text, whole):
    assert whole in people(extractor, text)
