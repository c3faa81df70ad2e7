"""Language, dates, tense and page clutter of Russian text."""
from datetime import date

from kg.lang.detect import detect
from kg.lang.ru.dates import document_date, find_dates
from kg.lang.ru.page import clean_page
from kg.lang.ru.tense import before_event, plan_word, tense_of


def test_the_language_comes_from_the_text():
    assert detect("Президент Казахстана Касым-Жомарт Токаев встретился с Путиным в Акорде.") == "ru"
    assert detect("Мемлекет басшысы Ақордада Өзбекстан Президентімен кездесті.") == "kk"
    assert detect("The President of Kazakhstan met the President of Uzbekistan.") is None
    # a Russian page that names a Kazakh word or two is still Russian
    assert detect("Токаев встретился с Путиным. Встреча прошла в Ақорде, сообщает пресс-служба.") == "ru"


def test_dates_full_partial_ranges_and_relative():
    ref = date(2024, 3, 15)
    assert [(d.date, d.precision) for d in find_dates("12 марта 2024 года", ref)] == [("2024-03-12", "day")]
    assert find_dates("Вчера лидеры встретились", ref)[0].date == "2024-03-14"
    found = find_dates("Форум пройдёт 20-21 мая", ref)[0]
    assert (found.date, found.end_date) == ("2024-05-20", "2024-05-21")
    assert find_dates("в апреле 2025 года", ref)[0].precision == "month"
    assert document_date("Акорда\n15.03.2024 10:20\nТокаев принял посла.") == "2024-03-15"


def test_tense_from_the_verb_and_plan_words():
    assert tense_of("встретился") == "reported" and tense_of("провели") == "reported"
    assert tense_of("встретится") == "planned" and tense_of("посетит") == "planned"
    assert tense_of("переговоры") is None
    assert plan_word("планируется") and before_event("предстоящего") == "planned"


def test_page_clutter_lines_are_dropped_and_credits_keep_their_name():
    page = "Токаев встретился с Путиным.\nФото: Акорда\nЧитайте также: другое\nПоделиться\nСтороны обсудили торговлю."
    assert clean_page(page) == "Токаев встретился с Путиным.\nАкорда\nСтороны обсудили торговлю."


def test_a_weekday_is_the_latest_such_day_on_or_before_the_page_date():
    ref = date(2024, 3, 14)  # a Thursday
    assert find_dates("Во вторник министры встретились в Баку.", ref)[0].date == "2024-03-12"
    assert find_dates("В четверг делегация прибыла в Астану.", ref)[0].date == "2024-03-14"
    assert find_dates("В пятницу президенты провели переговоры.", ref)[0].date == "2024-03-08"
    assert find_dates("В пятницу президенты провели переговоры.", None) == []


def test_a_dateline_that_opens_the_first_line_is_the_page_date():
    assert document_date("date 2024-03-14 Министр иностранных дел прибыл в Ташкент.") == "2024-03-14"
    assert document_date("14.03.2024 Астана. Глава государства принял посла.") == "2024-03-14"
    # a date inside the first sentence is the event's, not a dateline
    assert document_date("Министр иностранных дел 14 марта 2024 года прибыл в Ташкент.") is None


def test_a_weekday_dates_the_meeting_against_the_page_date(extractor):
    result = extractor.extract("t", "date 2024-03-14 Во вторник Касым-Жомарт Токаев встретился с Владимиром Путиным.")
    assert [e.date for e in result.events if e.kind == "Meeting"] == ["2024-03-12"]
