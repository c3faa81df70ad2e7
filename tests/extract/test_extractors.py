"""Each relation family on sentences written for these tests (not from the sample article)."""
from __future__ import annotations

import pytest


def facts(extractor, text: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.predicate, f.object) for f in extractor.extract("t", text).facts
            if f.basis == "text"}


def test_partner_in_the_instrumental_met(extractor):
    found = facts(extractor, "Қасым-Жомарт Тоқаев Астанада Ресей Президенті Владимир Путинмен кездесті.")
    assert ("person/kassym-jomart-tokayev", "met", "person/vladimir-putin") in found \
        or ("person/vladimir-putin", "met", "person/kassym-jomart-tokayev") in found
    assert ("person/vladimir-putin", "leaderOf", "country/russia") in found


def test_two_people_joined_by_men_held_talks(extractor):
    found = facts(extractor, "Шавкат Мирзиёев пен Садыр Жапаров Ташкентте келіссөздер жүргізді.")
    assert {p for _s, p, _o in found} >= {"met"}


def test_guest_in_the_accusative_was_received(extractor):
    found = facts(extractor, "Мемлекет басшысы Қасым-Жомарт Тоқаев Ақордада Түркия Президенті Ердоғанды қабылдады.")
    assert any(p == "met" for _s, p, _o in found)


def test_phone_call_is_not_a_meeting(extractor):
    found = facts(extractor, "Қасым-Жомарт Тоқаев Ильхам Әлиевпен телефон арқылы сөйлесті.")
    assert not any(p == "met" for _s, p, _o in found)


def test_meeting_with_an_unnamed_delegation_gives_no_met(extractor):
    found = facts(extractor, "Президент Тоқаев Жапония делегациясымен кездесті.")
    assert not any(p == "met" for _s, p, _o in found)


def test_a_minister_is_not_a_leader(extractor):
    found = facts(extractor, "Қазақстанның Сыртқы істер министрі Мұрат Нұртілеу Пекинде болды.")
    assert not any(p == "leaderOf" for _s, p, _o in found)


def test_company_president_is_not_a_country_leader(extractor):
    found = facts(extractor, "Бұл «Шеврон» компаниясының президенті Майкл Вирттің пікірі.")
    assert not any(p == "leaderOf" for _s, p, _o in found)


def test_first_president_is_a_former_leader(extractor):
    found = facts(extractor, "Қазақстанның Тұңғыш Президенті Нұрсұлтан Назарбаев Мәскеуге барды.")
    assert ("person/nursultan-nazarbayev", "leaderOf", "country/kazakhstan") in found


def test_prime_minister_of_the_home_country(extractor):
    found = facts(extractor, "Премьер-министр Олжас Бектенов жиында сөз сөйледі.")
    assert ("person/olzhas-bektenov", "leaderOf", "country/kazakhstan") in found


def test_unnamed_title_stays_unresolved(extractor):
    result = extractor.extract("t", "Түркия Президенті Астанаға келді.")
    assert not [f for f in result.facts if f.predicate in ("leaderOf", "met")]


def test_title_resolves_to_the_person_named_elsewhere(extractor):
    text = ("Қырғызстан Президенті Садыр Жапаров Астанаға келді. "
            "Қырғыз басшысы Қасым-Жомарт Тоқаевпен кездесті.")
    found = facts(extractor, text)
    assert any(p == "met" and "person/sadyr-japarov" in (s, o) for s, p, o in found)


def test_twin_city_pairs_from_a_list(extractor):
    text = "Ақтау мен Баку, сондай-ақ Алматы мен Бішкек қалалары бауырлас қалалар болып табылады."
    twins = {frozenset((s, o)) for s, p, o in facts(extractor, text) if p == "twinnedWith"}
    assert twins == {frozenset(("city/aktau", "city/baku")), frozenset(("city/almaty", "city/bishkek"))}


def test_cooperation_and_compound_sectors(extractor):
    text = "Қазақстан мен Өзбекстан сауда-экономикалық және мәдени-гуманитарлық салаларда ынтымақтастықты нығайтады."
    found = facts(extractor, text)
    assert ("country/kazakhstan", "cooperatesWith", "country/uzbekistan") in found \
        or ("country/uzbekistan", "cooperatesWith", "country/kazakhstan") in found
    sectors = {o for s, p, o in found if p == "cooperatesOn" and s == "country/uzbekistan"}
    assert sectors == {"sector/Trade", "sector/Economy", "sector/Culture", "sector/Humanitarian"}


def test_countries_without_cooperation_words_do_not_cooperate(extractor):
    found = facts(extractor, "Қазақстан құрамасы Қытай құрамасын 2:1 есебімен жеңді.")
    assert not any(p == "cooperatesWith" for _s, p, _o in found)


def test_adjective_compound_names_both_countries(extractor):
    found = facts(extractor, "Қазақ-түрік қарым-қатынастары энергетика саласында дамып келеді.")
    assert {("country/kazakhstan", "cooperatesOn", "sector/Energy"),
            ("country/turkey", "cooperatesOn", "sector/Energy")} <= found


@pytest.mark.parametrize("text", ["", "   ", "123 456", "The President met the Prime Minister."])
def test_text_without_kazakh_gives_no_facts(extractor, text):
    assert extractor.extract("t", text).facts == []
