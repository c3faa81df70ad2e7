"""Dates in Kazakh text (kg/lang/kk/dates.py): every form the issue names, resolved against
the document's date, with the precision each gives; and date lines on a page."""
from __future__ import annotations

from datetime import date

import pytest

from kg.lang.kk.dates import document_date, find_dates, month_of

REF = date(2024, 3, 14)  # a Thursday

FORMS = [
    # text, (date, precision, end date)
    ("2024 жылғы 12 наурызда", ("2024-03-12", "day", None)),
    ("2023 жылдың 5 желтоқсанында", ("2023-12-05", "day", None)),
    ("12 наурызда", ("2024-03-12", "day", None)),
    ("12-13 қарашада", ("2024-11-12", "day", "2024-11-13")),
    ("2025 жылғы 30-31 қаңтарда", ("2025-01-30", "day", "2025-01-31")),
    ("наурыздың 5-інде", ("2024-03-05", "day", None)),
    ("сәуірдің 1-і", ("2024-04-01", "day", None)),
    ("1 мамыр күні", ("2024-05-01", "day", None)),
    ("12.03.2024", ("2024-03-12", "day", None)),
    ("2024-03-12", ("2024-03-12", "day", None)),
    ("бүгін", ("2024-03-14", "day", None)),
    ("кеше", ("2024-03-13", "day", None)),
    ("ертең", ("2024-03-15", "day", None)),
    ("ертеңгі", ("2024-03-15", "day", None)),
    ("бүрсігүні", ("2024-03-16", "day", None)),
    ("осы аптада", ("2024-03-11", "week", None)),
    ("өткен аптада", ("2024-03-04", "week", None)),
    ("келесі аптада", ("2024-03-18", "week", None)),
    ("өткен айда", ("2024-02-01", "month", None)),
    ("қыркүйекте", ("2024-09-01", "month", None)),
    ("Қазан айында", ("2024-10-01", "month", None)),
    ("2025 жылғы мамырда", ("2025-05-01", "month", None)),
    ("2023 жылы", ("2023-01-01", "year", None)),
    ("биыл", ("2024-01-01", "year", None)),
]


@pytest.mark.parametrize("text,expected", FORMS, ids=[f[0] for f in FORMS])
def test_date_forms(text: str, expected: tuple) -> None:
    found = find_dates(f"Тоқаев {text} Мирзиёевпен кездесті.", REF)
    assert [(d.date, d.precision, d.end_date) for d in found] == [expected]


@pytest.mark.parametrize("text", [
    "Наурыз мейрамы құтты болсын!",          # the spring feast, not March
    "Тоқаев Қазанда болды.",                  # Kazan, the city
    "2030 жылға дейін тауар айналымын арттыру",  # a target, not an event's date
    "Мамандар 45 мың тонна астық жинады.",
])
def test_not_dates(text: str) -> None:
    assert find_dates(text, REF) == []


def test_a_day_that_does_not_exist_leaves_the_month() -> None:
    assert [(d.date, d.precision) for d in find_dates("32 наурызда", REF)] == [("2024-03-01", "month")]


def test_without_the_documents_date_only_absolute_dates() -> None:
    assert [d.date for d in find_dates("Кеше, 12 наурызда, 2024 жылғы 5 мамырда", None)] == ["2024-05-05"]


def test_offsets_cover_the_date_words() -> None:
    text = "Мемлекет басшысы 2024 жылғы 12 наурызда Ақордада болды."
    [d] = find_dates(text, REF)
    assert text[d.start : d.end] == "2024 жылғы 12 наурызда"


def test_month_case_forms_come_from_the_analyser() -> None:
    assert [month_of(w) for w in ("қаңтардың", "ақпанда", "шілдедегі", "тамызына", "маусымнан")] == [1, 2, 7, 8, 6]


@pytest.mark.parametrize("page,expected", [
    ("Ақорда\n12.03.2024 14:35\nМемлекет басшысы ...", "2024-03-12"),
    ("2024 жылғы 5 сәуір\nТоқаев ...", "2024-04-05"),
    ("Жарияланды: 12 наурыз 2024, 10:15\nТоқаев ...", "2024-03-12"),
    ("Тоқаев 2024 жылғы 12 наурызда Мирзиёевпен кездесті, тараптар сауданы талқылады.", None),
    ("Жаңалықтар\nКеше Тоқаев ...", None),
])
def test_document_date_from_a_date_line(page: str, expected: str | None) -> None:
    assert document_date(page) == expected
