"""Page cleaning: clutter blanked in place, article text and offsets untouched."""
from __future__ import annotations

import pytest

from kg.lang.kk.page import clean_page, is_clutter_line


@pytest.mark.parametrize("line", [
    "Жазылу", "Бөлісу", "Басты сайтқа өту", "4.85", "• USD:", "415 рет", "көрсетілді",
    "Саясат • Бүгін, 09:50", "10:00, 15 Шілде 2009 | GMT +5", "Басты бет | Саясат | Қоғам",
    "Президент 26 Қараша, 2022", "(Photo by Jane Doe/Some Agency), more than fifty percent",
])
def test_clutter_lines(line):
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", [
    "Тоқаев Бакуде Әлиевпен кездесті.",
    "Ақтөбе және Орынбор облыстары ынтымақтастық туралы жол картасына қол қойды",
    "Айгүл Серікова",  # a byline is a name
    "Астана",
])
def test_content_lines_stay(line):
    assert not is_clutter_line(line)


def test_cleaning_keeps_length_and_line_breaks():
    text = "Жазылу\nСаясат • Бүгін, 09:50\nТоқаев Бакуге келді. Толығырақ: https://example.kz/a/1\nФото: Ақорда"
    cleaned = clean_page(text)
    assert len(cleaned) == len(text)
    assert [i for i, c in enumerate(cleaned) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    assert "Тоқаев Бакуге келді." in cleaned
    assert "https" not in cleaned and "Жазылу" not in cleaned and "09:50" not in cleaned
    assert "Ақорда" in cleaned and "Фото" not in cleaned


def test_names_on_a_date_line_stay():
    cleaned = clean_page("21.12.2023, 14:00 105 Айгүл Серікова")
    assert cleaned.strip() == "Айгүл Серікова"


def test_a_date_line_gives_no_city(extractor):
    """Regression: "18 Қазан 2019, 10:54" made the month Қазан a city."""
    result = extractor.extract("t", "Екі облыс меморандумға қол қойды\n\n18 Қазан 2019, 10:54 2642\n\nҚостанай облысы мен Челябі облысы келісті.")
    assert not any(e.key == "city/kazan" for e in result.entities)


def test_site_names_stay_in_latin(extractor):
    """Regression: BAQ.KZ was transliterated to БАҚ.KZ in a Cyrillic text."""
    result = extractor.extract("t", "Тоқаев Бакуге барды, деп хабарлайды BAQ.KZ.")
    assert "BAQ.KZ" in {e.label for e in result.entities if e.cls == "Organization"}


def test_a_russian_line_is_clutter_in_a_kazakh_page():
    assert is_clutter_line("Совместное заседание Совета министров иностранных дел и обороны в Минске")
    assert not is_clutter_line("Тоқаев пен Путин Мәскеуде кездесті, деп хабарлайды агенттік.")
