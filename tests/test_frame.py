"""The document's frame (kg/frame.py): its parties, and the statements that take them.
Sentences written for these tests."""
from __future__ import annotations

import pytest

VISIT = ("Мемлекет басшысы Қасым-Жомарт Тоқаев Ақордада Грузия Премьер-министрі Ираклий Кобахидзені қабылдады. "
         "Кездесуде Грузия Премьер-министрі Қазақстанға алғаш рет келгенін айтты. ")


def frame_of(extractor, text: str):
    from kg.extract import Context
    from kg.frame import frame_of as build
    from kg.lang import language

    kazakh = language("kk")
    doc = extractor.pipeline("kk")(text)
    ctx = Context(doc, extractor.resolver(kazakh)(doc), extractor.gazetteer, kazakh.lexicons(), language=kazakh)
    return build(ctx)


def cooperation(extractor, text: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.predicate, f.object) for f in extractor.extract("t", text).facts
            if f.predicate in ("cooperatesWith", "cooperatesOn")}


def test_a_reception_frames_the_guest_and_the_host(extractor):
    frame = frame_of(extractor, VISIT)
    assert frame.bilateral
    assert set(frame.parties) == {"country/kazakhstan", "country/georgia"}
    assert set(frame.principals) == {"person/kassym-jomart-tokayev", "person/irakli-kobakhidze"}


def test_a_meeting_of_three_countries_has_no_two_parties(extractor):
    frame = frame_of(extractor, "Астанада Қазақстан, Қырғызстан және Өзбекстан президенттерінің кездесуі өтті. "
                                "Тараптар көлік саласындағы ынтымақтастықты талқылады.")
    assert not frame.bilateral


def test_a_passive_statement_takes_the_frames_parties(extractor):
    found = cooperation(extractor, VISIT + "Сондай-ақ көлік-логистика саласындағы ықпалдастыққа баса мән берілді.")
    assert ("country/georgia", "cooperatesOn", "sector/Logistics") in found
    assert ("country/kazakhstan", "cooperatesOn", "sector/Transport") in found


def test_our_relations_in_a_leaders_quote_are_the_two_countries(extractor):
    found = cooperation(extractor, VISIT + "«Біздің мәдени-гуманитарлық байланыстарымыз нығайып келеді», – деді Президент.")
    assert ("country/georgia", "cooperatesOn", "sector/Culture") in found


@pytest.mark.parametrize("text", [
    "Павлодар облысының әкімі Асайын Байханов Қазақстанға келген Германия елшісі Моника Иннесті қабылдады. "
    "Сондай-ақ сауда-экономикалық салалардағы ықпалдастыққа баса мән берілді.",
    # Russian names the akim's region after the title, before his name
    "Аким Павлодарской области Асайын Байханов принял прибывшего в Казахстан посла Германии Монику Иннес. "
    "Особое внимание было уделено торгово-экономическому взаимодействию.",
    "В Павлодаре аким области Асайын Байханов принял прибывшего в Казахстан посла Германии Монику Иннес. "
    "Особое внимание было уделено торгово-экономическому взаимодействию.",
])
def test_no_side_is_guessed_when_an_akim_receives_the_guest(extractor, text):
    assert not any(o == "sector/Trade" for _s, _p, o in cooperation(extractor, text))


def test_the_head_of_a_body_named_after_the_title_leads_no_country(extractor):
    facts = extractor.extract("t", "Касым-Жомарт Токаев провел переговоры с президентом Европейского совета "
                                   "Шарлем Мишелем.").facts
    assert not any(f.predicate == "leaderOf" and "mishel" in f.subject for f in facts)


def test_three_countries_in_one_statement_give_no_pair(extractor):
    found = cooperation(extractor, "Келісімнің орындалуын Түркия, Мысыр және Катар бірлесіп қадағалайды.")
    assert not any(p == "cooperatesWith" for _s, p, _o in found)


def test_a_named_pair_among_three_countries_keeps_its_fact(extractor):
    found = cooperation(extractor, "Елші Қазақстан мен Ресей арасындағы ынтымақтастық пен Ауғанстандағы жағдай туралы айтты.")
    assert ("country/kazakhstan", "cooperatesWith", "country/russia") in found \
        or ("country/russia", "cooperatesWith", "country/kazakhstan") in found


def met(extractor, text: str) -> set[frozenset[str]]:
    return {frozenset((f.subject, f.object)) for f in extractor.extract("t", text).facts if f.predicate == "met"}


PUTIN_VISIT = ("Ресей Президенті Владимир Путин Қазақстанға мемлекеттік сапармен келді. "
               "Қазақстан Президенті Қасым-Жомарт Тоқаев Ресей Президентінің сапарының маңызы зор екенін айтты. ")
TOKAYEV_PUTIN = frozenset({"person/kassym-jomart-tokayev", "person/vladimir-putin"})


def test_the_presidents_met_is_a_meeting_of_the_two_principals(extractor):
    assert TOKAYEV_PUTIN in met(extractor, PUTIN_VISIT + "Кейін президенттер Ақордада шағын құрамда кездесті.")


def test_talks_the_host_speaks_of_are_a_meeting_with_the_guest(extractor):
    text = PUTIN_VISIT + "«Бүгінгі келіссөздеріміздің маңызы зор», – деді Қасым-Жомарт Тоқаев."
    assert TOKAYEV_PUTIN in met(extractor, text)


def test_no_meeting_of_the_principals_after_a_call(extractor):
    text = ("Қазақстан Президенті Қасым-Жомарт Тоқаев Ресей Президенті Владимир Путинмен телефон арқылы сөйлесті. "
            "Президенттер екіжақты ынтымақтастықты талқылады.")
    assert TOKAYEV_PUTIN not in met(extractor, text)


def test_talks_held_after_the_guest_is_welcomed_are_a_meeting(extractor):
    text = ("Қасым-Жомарт Тоқаев Астана әуежайында Ресей Президенті Владимир Путинді салтанатты түрде қарсы алды. "
            "Содан кейін Ақордада келіссөздер жүргізілді.")
    assert TOKAYEV_PUTIN in met(extractor, text)


def test_a_summit_that_is_the_setting_of_a_bilateral_meeting_leaves_its_two_sides(extractor):
    text = ("Қазақстан Президенті Қасым-Жомарт Тоқаев ШЫҰ саммиті аясында Қытай Төрағасы Си Цзиньпинмен "
            "кездесті. Сондай-ақ көлік-логистика саласындағы ықпалдастыққа баса мән берілді.")
    assert not frame_of(extractor, text).multilateral
    found = cooperation(extractor, text)
    assert ("country/china", "cooperatesOn", "sector/Transport") in found
    assert ("country/kazakhstan", "cooperatesOn", "sector/Logistics") in found


def test_a_summit_of_many_lends_no_pair(extractor):
    text = ("Душанбеде ТМД мемлекет басшыларының саммиті өтті. Оған Қазақстан, Ресей, Беларусь және "
            "Тәжікстан басшылары қатысты. Сондай-ақ көлік-логистика саласындағы ықпалдастыққа баса мән берілді.")
    assert frame_of(extractor, text).multilateral
    assert cooperation(extractor, text) == set()
