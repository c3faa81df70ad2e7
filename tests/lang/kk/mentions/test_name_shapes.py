"""Names found by their shape after a title (sentences written for these tests)."""
from __future__ import annotations

import pytest


def people(extractor, text: str) -> set[str]:
    return {e.label for e in extractor.extract("t", text).entities if e.cls in ("Person", "Leader")}


def test_four_word_name_after_a_title_is_one_person(extractor):
    """Regression: a four-word name with no surname ending (Сайед Юсуф Реза Гилани) was dropped."""
    text = "Пәкстан Ислам Республикасының Премьер-министрі Сайед Ахмад Реза Надими Астанаға келді."
    assert "Сайед Ахмад Реза Надими" in people(extractor, text)


def test_a_place_after_a_name_after_a_title_stays_out_of_it(extractor):
    text = "Премьер-министр Олжас Бектенов Үкімет Үйінде кеңес өткізді."
    assert "Олжас Бектенов" in people(extractor, text)


def test_ben_after_z_in_a_chain_of_son_of_is_one_name(extractor):
    """Regression: Әбдел Азиз | бен | Сауд бен Наиф split, бен after з read as the Kazakh "and"."""
    text = "Нұрсұлтан Назарбаев Сауд Арабиясының ішкі істер министрі Әбдел Азиз бен Сауд бен Наифпен кездесті."
    assert "Әбдел Азиз бен Сауд бен Наиф" in people(extractor, text)


def test_ben_after_z_between_two_places_is_still_and(extractor):
    kinds = {(e.label, e.cls) for e in extractor.extract("t", "Қазақстан делегациясы Париж бен Берлинге барды.").entities}
    assert {("Париж", "City"), ("Берлин", "City")} <= kinds


def test_a_first_name_makes_the_foreign_surname_after_it_a_name(extractor):
    """Regression: a foreign surname with no Kazakh or Russian ending (Росси) after a first
    name the gazetteer of first names holds was no person at all."""
    assert "Марко Росси" in people(extractor, "Министр итальяндық әріптесі Марко Россимен кездесу өткізді.")


def test_a_two_letter_initial_opens_the_next_name(extractor):
    """Regression: "Е.Қарин Дж.Браунды" was one person "Е.Қарин Дж" and Браун was lost."""
    assert {"Е.Қарин", "Дж.Браун"} <= people(extractor, "Е.Қарин Дж.Браунды қабылдады.")


def test_a_two_letter_initial_keeps_its_sentence_open(extractor):
    assert "Дж.Браун" in people(extractor, "Сонымен қатар Дж.Браун Алматыға келді.")


def test_a_byline_between_slashes_is_a_name(extractor):
    """Regression: the slashes stuck to the words (/Марат, Сейітов/), so no word looked like a name."""
    text = "АСТАНА. ҚазАқпарат /Марат Сейітов/ - Облыс әкімі Болат Ахметов кездесу өткізді."
    assert {"Марат Сейітов", "Болат Ахметов"} <= people(extractor, text)


def test_two_spellings_of_a_name_in_one_text_are_one_person_whichever_comes_first(extractor):
    """Regression: the Kazakh spelling before the listed one (Сауранбай Жиенбеков, then
    Сооронбай Жээнбеков) made two people."""
    text = ("Бүгін Сауранбай Жиенбеков Астанаға келді. "
            "Бұдан бөлек Сооронбай Жээнбеков үкімет басшысымен кездеседі.")
    entities = [e for e in extractor.extract("t", text).entities if e.cls in ("Person", "Leader")]
    assert len(entities) == 1 and "Сауранбай Жиенбеков" in entities[0].aliases


def test_a_place_after_a_first_name_and_surname_stays_out_of_the_name(extractor):
    """Regression: "Василий Петров Бородулиха" (a district's name after the person's) was one person."""
    text = "Жаңа әкімдер тағайындалды: Василий Петров Бородулиха, ал Марат Қасенов Шемонаиха ауданына."
    assert "Василий Петров" in people(extractor, text)


def test_an_epithet_after_a_name_is_part_of_it(extractor):
    """Regression: Қабанбай батыр and Абылай хан were lost or cut to a bare first name; a khan is a ruler."""
    found = {e.label: e.cls for e in extractor.extract("t", "Жиынға Абылай ханның ұрпақтары мен Қабанбай батырдың "
                                                        "туыстары келді.").entities}
    assert found.get("Абылай хан") == "Leader" and found.get("Қабанбай батыр") == "Person"


def test_a_name_with_an_epithet_before_a_possessed_noun_names_a_place(extractor):
    text = "Делегация Абылай хан даңғылындағы ғимаратқа барды."
    assert "Абылай хан" not in {e.label for e in extractor.extract("t", text).entities if e.cls in ("Person", "Leader")}


def test_an_epithet_before_a_noun_of_another_owner_stays_a_person(extractor):
    text = "Келесі күні Әйтеке би бабамыздың кесенесіне барады."
    assert "Әйтеке би" in {e.label for e in extractor.extract("t", text).entities if e.cls in ("Person", "Leader")}


def test_a_memorial_says_whose_name_stands_before_it(extractor):
    """Regression: "Абай ескерткішіне" read as a thing named Абай, like a lake before көлі."""
    text = "Делегация Алматыдағы Абай ескерткішіне гүл шоқтарын қойды."
    assert "Абай" in {e.label for e in extractor.extract("t", text).entities if e.cls in ("Person", "Leader")}


def test_a_first_name_that_is_a_common_word_stays_before_a_surname(extractor):
    """Regression: Қуаныш (joy) was stripped as a discourse word from "Қуаныш Сәрсенбаевтың"."""
    text = "Кеште әнші Қуаныш Сәрсенбаевтың орындауында концерт берілді."
    assert "Қуаныш Сәрсенбаев" in people(extractor, text)


def test_a_title_word_after_son_of_is_a_fathers_name(extractor):
    """Regression: Сұлтан after бен was read as a title and cut the name in two."""
    text = "Қонақтарды ханзада Фейсал бен Сұлтан бен Әбдірахман қарсы алды."
    assert "Фейсал бен Сұлтан бен Әбдірахман" in people(extractor, text)


def test_a_fathers_name_makes_a_byline_a_person(extractor):
    """Regression: a byline of a first name and a father's name (-овна) was read as an organisation."""
    text = "Келесі отырыс Бішкекте өтеді.\n\nГүлнар Серікбековна\n\nСоңғы жаңалықтар"
    found = {e.label: e.cls for e in extractor.extract("t", text).entities}
    assert found.get("Гүлнар Серікбековна") == "Person"


def test_a_kazakh_first_name_spelled_the_kazakh_way_opens_a_name(extractor):
    # the list of first names has Мурат; Мұрат is its Kazakh spelling, and the surname has no ending
    text = "Форум аясында Мұрат Сәдуақас Түркия министрімен кездесті."
    assert "Мұрат Сәдуақас" in people(extractor, text)


def test_a_regnal_number_is_part_of_a_monarchs_name(extractor):
    text = "Қазақстан Президенті Қасым-Жомарт Тоқаев Иордания Королі II Абдалламен кездесті."
    facts = {(f.subject, f.predicate, f.object) for f in extractor.extract("t", text).facts}
    assert ("person/abdullah-ii", "leaderOf", "country/jordan") in facts


def test_a_bare_kings_title_is_not_kazakhstans(extractor):
    # Kazakhstan is a republic: a bare "Король" is some monarch, not its leader
    text = "Қазақстан мен Испания ынтымақтастығы Король І Хуан Карлостың тұсында басталды."
    facts = {(f.subject, f.predicate, f.object) for f in extractor.extract("t", text).facts}
    assert not any(p == "leaderOf" and o == "country/kazakhstan" for _s, p, o in facts)
    assert "І Хуан Карлос" in people(extractor, text)


def test_a_numbered_event_is_no_monarch(extractor):
    text = "Министр Түркі кеңесінің VIII Саммиті қарсаңында өткен отырысқа қатысты."
    assert not any("Саммит" in label for label in people(extractor, text))


def test_binti_joins_a_malay_name(extractor):
    text = "Қазақстан елшісі Асқар Жолдасов Куала-Лумпур мэрі Нурул Изза бинти Анвармен кездесті."
    assert "Нурул Изза бинти Анвар" in people(extractor, text)


def test_a_chinese_name_after_a_title_holds_a_syllable_that_names_a_place(extractor):
    # Гао is a town of Mali and Сиан a city of China, but after a title they open a name
    text = "Кездесуге бас консулдың орынбасары Лю Сиан Пиң және вице-консулы Гао Мин қатысты."
    found = people(extractor, text)
    assert {"Лю Сиан Пиң", "Гао Мин"} <= found


def test_a_place_after_a_surname_stays_a_place(extractor):
    text = "Қазақстанның Малайзиядағы елшісі Асқар Жолдасов Куала-Лумпур мэрімен кездесті."
    kinds = {(e.label, e.cls) for e in extractor.extract("t", text).entities}
    assert ("Асқар Жолдасов", "Person") in kinds and any(label.startswith("Куала") for label, cls in kinds if cls == "City")


def test_a_one_syllable_surname_after_a_title_stays(extractor):
    # Ма is a particle elsewhere; capitalised after a title it is a Chinese surname
    assert "Ма Цзюнь" in people(extractor, "Өлкелік комитеттің хатшысы Ма Цзюнь Алматыға келді.")


def test_a_first_name_that_is_a_common_word_opens_a_name_in_mid_sentence(extractor):
    # Еркін (free) and Мақсат (aim) are first names too; capitalised mid-sentence before a name word
    found = people(extractor, "Театрдың еңбек сіңірген қайраткері Еркін Тоқтарбек сөз сөйледі.")
    assert "Еркін Тоқтарбек" in found


def test_a_common_word_capitalised_at_a_sentence_start_opens_no_name(extractor):
    assert people(extractor, "Бұл жерде еркін сауда аймағы құрылады. Еркін Сауда Аймағы туралы келісім жасалды.") == set()


@pytest.mark.parametrize("text,name", [
    ("Жапонияның елшісі Джун Ямада қазақ-жапон қатынасы туралы айтты.", "Джун Ямада"),  # not Яма-да
    ("Түркия Сыртқы істер министрі Хакан Фидан Астанаға келді.", "Хакан Фидан"),       # not Фи-дан
])
def test_a_name_ending_like_a_locative_or_ablative_is_the_name(extractor, text, name):
    result = extractor.extract("t", text)
    assert name in {e.label for e in result.entities if e.cls == "Person"}


def test_a_city_in_the_locative_stays_a_city(extractor):
    result = extractor.extract("t", "Президент Ошта болды. Делегация Ригада жұмыс істеді.")
    assert {"Ош", "Рига"} <= {e.label for e in result.entities if e.cls == "City"}


@pytest.mark.parametrize("text,person,city", [
    # a city's name after a first name, read with it as one name, is a surname
    ("Министр Джон Болтонмен кездесті.", "person/dzhon-bolton", "city/bolton"),
    # a city after a first name that is only the place (the model reads no name), or in the
    # locative (where someone is), stays the city
    ("Али Мәскеуге барды.", None, "city/moscow"),
    ("Президент Джон Бирмингемде сөйледі.", None, "city/birmingham"),
])
def test_a_city_name_after_a_first_name(extractor, text, person, city):
    keys = {e.key for e in extractor.extract("t", text).entities}
    if person:
        assert person in keys and city not in keys
    else:
        assert city in keys


@pytest.mark.parametrize("text, name", [
    ("Алматы облысының әкімі Амандық Баталов АҚШ консулын қабылдады.", "Амандық Баталов"),
    ("Кеште Жақсылық Үшкемпіров туралы фильм көрсетілді.", "Жақсылық Үшкемпіров"),
])
def test_a_first_name_that_is_also_a_noun_in_lyq_opens_a_name_before_a_surname(extractor, text, name):
    """Regression: амандық, жақсылық are nouns the language writes in lower case, so the name
    was dropped as holding an adjective; a surname ending after them says it is a name."""
    assert name in people(extractor, text)
