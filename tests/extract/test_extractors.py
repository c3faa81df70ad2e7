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


# -- regressions found by the press-style set (tests/data/press_relations.md) ----------------

def met_pair(found: set[tuple[str, str, str]]) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, p, o in found if p == "met"}


def people(extractor, text: str) -> dict[str, str]:
    return {e.key: e.label for e in extractor.extract("t", text).entities if e.cls in ("Person", "Leader")}


def test_title_between_two_coordinated_names_keeps_the_meeting(extractor):
    found = facts(extractor, "Астанада Қасым-Жомарт Тоқаев пен Моңғолия Президенті Ухнаагийн Хурэлсүхтің "
                             "келіссөздері өтті.")
    assert any("person/kassym-jomart-tokayev" in pair for pair in met_pair(found))


def test_title_in_the_genitive_does_not_name_the_next_word(extractor):
    found = facts(extractor, "Әзербайжан Президенті Қазақстан Президентінің Орта дәліз бағытын бірлесіп "
                             "дамыту жөніндегі ұсынысын қолдады.")
    leaders = {s for s, p, _o in found if p == "leaderOf"}
    assert not any("orta" in s for s in leaders)


def test_honorific_between_title_and_name(extractor):
    found = facts(extractor, "Бахрейн Корольдігінің Королі шейх Хамад бин Иса Әл Халифа Астанаға келді.")
    assert any(p == "leaderOf" and o == "country/bahrain" for _s, p, o in found)


def test_bin_joins_an_arabic_name_into_one_person(extractor):
    named = people(extractor, "Тоқаев Сауд Арабиясының Сыртқы істер министрі Фейсал бин Фархан Әл Саудпен кездесті.")
    assert "Фейсал бин Фархан Әл Сауд" in named.values()


def test_ben_after_z_is_the_kazakh_and(extractor):
    named = people(extractor, "Ардақ Әбілқаз бен Нұрлан Сейітов Ақтауда кездесті.")
    assert len(named) == 2


def test_unlisted_city_before_qalasy_is_a_city(extractor):
    found = facts(extractor, "Испанияның Сарагоса қаласында Қазақстан мәдениетінің күндері өтті.")
    assert any(p == "locatedIn" and o == "country/spain" for _s, p, o in found)


def test_plural_city_cue_makes_both_names_cities(extractor):
    found = facts(extractor, "Ақтау мен Бандар-Аббас қалалары бауырлас қала атанды.")
    assert any(p == "twinnedWith" for _s, p, _o in found)


def test_brotherly_countries_are_not_twin_cities(extractor):
    found = facts(extractor, "Қазақстан мен Өзбекстан – бауырлас елдер, ал Шымкент пен Ташкенттің арасы "
                             "небәрі 120 шақырым.")
    assert not any(p == "twinnedWith" for _s, p, _o in found)


def test_two_presidents_refer_to_the_sentence_before(extractor):
    found = facts(extractor, "Түркіменстанда Тоқаев пен Сердар Бердімұхамедов Каспий форумына қатысты. "
                             "Форум алдында екі президент шағын құрамда келіссөз жүргізді.")
    assert any("person/kassym-jomart-tokayev" in pair for pair in met_pair(found))


def test_parties_after_a_phone_call_did_not_meet(extractor):
    found = facts(extractor, "Тоқаев Путинмен телефон арқылы сөйлесті. Тараптар екіжақты қарым-қатынасты талқылады.")
    assert not met_pair(found)


def test_received_guest_is_the_visitor_of_the_sentence_before(extractor):
    found = facts(extractor, "Армения Премьер-министрі Никол Пашинян Астанаға келді. "
                             "Қасым-Жомарт Тоқаев қонақты Ақордада қабылдады.")
    assert any("person/kassym-jomart-tokayev" in pair and len(pair) == 2 for pair in met_pair(found))


def test_parties_carry_the_countries_of_the_sentence_before(extractor):
    found = facts(extractor, "Вашингтонда Қазақстан мен АҚШ арасындағы стратегиялық диалог өтті. "
                             "Тараптар ауыл шаруашылығы саласындағы ынтымақтастықты талқылады.")
    assert ("country/united-states", "cooperatesOn", "sector/Agriculture") in found


def test_destination_country_is_not_a_party(extractor):
    found = facts(extractor, "Қазақстан мен Өзбекстан астықты Ауғанстанға жеткізу жөніндегі ынтымақтастықты "
                             "күшейтеді.")
    parties = {x for s, p, o in found if p == "cooperatesWith" for x in (s, o)}
    assert parties == {"country/kazakhstan", "country/uzbekistan"}


def test_chairman_of_a_country_leads_it_but_of_a_senate_does_not(extractor):
    found = facts(extractor, "ҚХР Төрағасы Си Цзиньпин мен Сенат Төрағасы Мәулен Әшімбаев кездесті.")
    leaders = {(s, o) for s, p, o in found if p == "leaderOf"}
    assert ("person/xi-jinping", "country/china") in leaders
    assert len(leaders) == 1


def test_cooperation_words_kooperatsiya_and_dialog(extractor):
    found = facts(extractor, "Беларусь пен Қазақстан өнеркәсіптік кооперацияны дамытып келеді.")
    assert any(p == "cooperatesWith" for _s, p, _o in found)


def test_leaders_of_three_countries_speaking_at_a_summit_did_not_all_meet(extractor):
    found = facts(extractor, "Астанада ШЫҰ саммиті өтті. Қасым-Жомарт Тоқаев ұйымның рөлі артып келе жатқанын "
                             "айтты. Ресей Президенті Владимир Путин қауіпсіздік мәселелеріне тоқталды. "
                             "Қытай Төрағасы Си Цзиньпин жаһандық бастамаларды атап өтті.")
    assert not met_pair(found)


def test_names_with_initials_meet(extractor):
    """Regression: the full stop of an initial ended the sentence (Қ.Тоқаев | В.Путинмен)."""
    found = facts(extractor, "Қ.Тоқаев В.Путинмен Мәскеуде кездесті.")
    assert frozenset(("person/kassym-jomart-tokayev", "person/vladimir-putin")) in met_pair(found)


def test_unlisted_officials_of_two_cities_meet_across_their_titles(extractor):
    found = facts(extractor, "Ақтау қаласының әкімі Е.Жаңбыршин мен Баку қаласының басшысы Э.Фаталиев кездесті.")
    assert frozenset(("person/e-zhangbyrshin", "person/e-fataliev")) in met_pair(found)


def test_two_cities_of_the_sentence_before_are_twinned(extractor):
    found = facts(extractor, "Ақтау мен Баку әкімдері кездесті. 2024 ж. екі қала бауырлас қала атанды.")
    assert any(p == "twinnedWith" for _s, p, _o in found)


def test_meeting_noun_with_the_host_in_the_genitive(extractor):
    found = facts(extractor, "Тоқаевтың Мирзиёевпен кездесуі Самарқандта өтті.")
    assert frozenset(("person/kassym-jomart-tokayev", "person/shavkat-mirziyoyev")) in met_pair(found)


def test_aide_of_a_leader_meeting_someone_is_not_the_leader_meeting(extractor):
    found = facts(extractor, "Әлиевтің көмекшісі Хикмет Гаджиев Путинмен кездесті.")
    assert not any("person/ilham-aliyev" in pair for pair in met_pair(found))


def test_country_in_the_genitive_before_a_sector_word_is_still_the_country(extractor):
    """Regression: "Қазақстанның ауыл шаруашылығы" was read like "Ақтөбе облысы", a place name before a cue."""
    found = facts(extractor, "Венгрия мен Қазақстанның ауыл шаруашылығы саласындағы әріптестігі нығайды.")
    assert ("country/kazakhstan", "cooperatesOn", "sector/Agriculture") in found


def test_country_adjective_in_a_sea_name_is_no_party(extractor):
    found = facts(extractor, "Әмірліктер – Қазақстанның Парсы шығанағындағы ең ірі инвестициялық серіктесі.")
    assert not any("country/iran" in (s, o) for s, _p, o in found)


def test_comma_list_of_cities_is_no_twin_pair(extractor):
    found = facts(extractor, "Алматы Ташкент, Бішкек және Ыстамбұл сияқты қалалармен бауырлас қала саналады.")
    assert ("city/bishkek", "twinnedWith", "city/istanbul") not in found


def test_leaders_of_the_sentence_before_give_the_two_countries(extractor):
    found = facts(extractor, "Қазақстан Президенті Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевпен "
                             "келіссөз жүргізді. Екі ел басшылары көлік-логистикалық салалардағы "
                             "ынтымақтастықты талқылады.")
    assert ("country/uzbekistan", "cooperatesOn", "sector/Logistics") in found


def test_the_leader_of_a_received_delegation_met_the_host(extractor):
    found = facts(extractor, "Қорғаныс министрі Руслан Жақсылықов Түркия Қорғаныс министрінің орынбасары "
                             "Билал Дурдалының басшылығымен келген делегацияны қабылдады.")
    assert any(p == "met" for _s, p, _o in found)


def test_a_reception_without_its_host_named_is_the_previous_hosts(extractor):
    """Regression: "... Б-ні де қабылдады" named no host and gave no meeting."""
    found = facts(extractor, "Мемлекет басшысы Қасым-Жомарт Тоқаев Астрахан облысының губернаторы Игорь Бабушкинді "
                             "қабылдады. Сондай-ақ Эни С.П.А. компаниясының директоры Клаудио Дескальциді де қабылдады.")
    met = {frozenset((s, o)) for s, p, o in found if p == "met"}
    assert frozenset(("person/kassym-jomart-tokayev", "person/klaudio-deskaltsi")) in met


def test_a_guest_at_the_hosts_reception_met_the_host(extractor):
    found = facts(extractor, "Жапония елшісі Итиро Кавабата Қызылордаға келді. "
                             "Мұнан соң облыс әкімі Қырымбек Көшербаевтың қабылдауында болды.")
    assert any(p == "met" for _s, p, _o in found)


def test_two_people_who_signed_together_met(extractor):
    found = facts(extractor, "Ерік Сұлтанов пен Шығыс Қазақстан облысының әкімі Даниял Ахметов меморандумға қол қойды.")
    assert any(p == "met" for _s, p, _o in found)


def test_signing_a_law_alone_is_no_meeting(extractor):
    found = facts(extractor, "Мемлекет басшысы Қасым-Жомарт Тоқаев білім туралы заңға қол қойды.")
    assert not any(p == "met" for _s, p, _o in found)
