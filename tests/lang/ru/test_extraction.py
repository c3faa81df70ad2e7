"""The relations of Russian reports, on sentences written for these tests."""
import pytest


def facts(extractor, text: str, predicate: str) -> set[tuple[str, str]]:
    result = extractor.extract("t", text, "2024-03-12")
    assert result.lang == "ru"
    return {(f.subject, f.object) for f in result.facts if f.predicate == predicate}


def events(extractor, text: str) -> list[tuple[str, str]]:
    return [(e.kind, e.status) for e in extractor.extract("t", text, "2024-03-12").events]


TOKAYEV, PUTIN = "person/kassym-jomart-tokayev", "person/vladimir-putin"


@pytest.mark.parametrize("text", [
    "Касым-Жомарт Токаев встретился с Президентом России Владимиром Путиным в Москве.",
    "Касым-Жомарт Токаев и Владимир Путин провели переговоры в Акорде.",
    "Касым-Жомарт Токаев принял Президента России Владимира Путина.",
    "В ходе встречи Касым-Жомарта Токаева с Владимиром Путиным стороны обсудили торговлю.",
])
def test_met(extractor, text):
    assert facts(extractor, text, "met") == {(TOKAYEV, PUTIN)}


@pytest.mark.parametrize("text", [
    "Касым-Жомарт Токаев провел телефонный разговор с Владимиром Путиным.",
    "Касым-Жомарт Токаев и Владимир Путин провели переговоры в режиме видеоконференции.",
])
def test_calls_are_no_meeting(extractor, text):
    assert facts(extractor, text, "met") == set()
    assert ("PhoneCall", "reported") in events(extractor, text)


def test_a_future_meeting_is_planned_and_no_met(extractor):
    text = "Касым-Жомарт Токаев встретится с Владимиром Путиным в Москве."
    assert facts(extractor, text, "met") == set()
    assert ("Meeting", "planned") in events(extractor, text)


def test_leader_titles(extractor):
    text = ("Президент России Владимир Путин прибыл в Астану. Глава государства Касым-Жомарт Токаев "
            "встретил гостя в Акорде. Казахстан и Россия подписали соглашение.")
    assert facts(extractor, text, "leaderOf") == {(PUTIN, "country/russia"), (TOKAYEV, "country/kazakhstan")}


def test_compound_sectors_name_each_sector(extractor):
    text = ("Казахстан и Узбекистан договорились развивать торгово-экономическое и транспортно-логистическое "
            "сотрудничество.")
    sectors = {o for s, o in facts(extractor, text, "cooperatesOn") if s == "country/kazakhstan"}
    assert sectors == {"sector/Trade", "sector/Economy", "sector/Transport", "sector/Logistics"}


def test_only_discussed_fields_are_no_cooperation(extractor):
    assert facts(extractor, "Министры Казахстана и Узбекистана обсудили вопросы транспорта.", "cooperatesOn") == set()


MIRZIYOYEV = "person/shavkat-mirziyoyev"


def test_two_who_discussed_together_met_unless_by_phone(extractor):
    """As the Kazakh талқылады: "A и B обсудили" tells a meeting; "по телефону" makes it a call."""
    assert facts(extractor, "Касым-Жомарт Токаев и Шавкат Мирзиёев обсудили вопросы торговли.", "met") \
        == {(TOKAYEV, MIRZIYOYEV)}
    assert facts(extractor, "Касым-Жомарт Токаев и Шавкат Мирзиёев по телефону обсудили вопросы торговли.",
                 "met") == set()


def test_consultations_are_a_meeting_unless_by_video(extractor):
    text = "Касым-Жомарт Токаев провел консультации с Шавкатом Мирзиёевым"
    assert facts(extractor, text + ".", "met") == {(TOKAYEV, MIRZIYOYEV)}
    assert facts(extractor, text + " в режиме видеоконференции.", "met") == set()
