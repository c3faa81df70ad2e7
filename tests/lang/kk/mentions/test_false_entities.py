"""What only looks like a name is no entity (sentences written for these tests)."""
from __future__ import annotations


def entities(extractor, text: str) -> dict[str, str]:
    return {e.label: e.cls for e in extractor.extract("t", text).entities}


def people(extractor, text: str) -> set[str]:
    return {label for label, cls in entities(extractor, text).items() if cls in ("Person", "Leader")}


def test_an_honorific_is_no_part_of_the_name(extractor):
    """Regression: "Мырза Си" (the honorific first, capitalised) was a person of its own."""
    text = ("Қытай Төрағасы Си Цзиньпин Астанаға келді. Си мырза Тоқаевпен кездесті. "
            "Мырза Си экономика туралы айтты.")
    assert people(extractor, text) == {"Си Цзиньпин", "Қасым-Жомарт Тоқаев"}


def test_a_pronoun_opening_a_sentence_is_no_part_of_the_name(extractor):
    assert "Джон Смит" in people(extractor, "Ол Джон Смит мырзамен сөйлесті.")


def test_a_province_named_in_any_case_has_its_nominative_label(extractor):
    found = entities(extractor, "Делегация Шаньси провинциясында болып, Гуандун және Хунань провинцияларын аралады.")
    assert {k: v for k, v in found.items() if v == "Region"} == {
        "Шаньси провинциясы": "Region", "Гуандун провинциясы": "Region", "Хунань провинциясы": "Region"}


def test_an_initial_that_is_also_a_word_stays_with_the_name(extractor):
    """Regression: the initial А (also the conjunction а) was trimmed, and the name lost."""
    assert "А.Лукашенко" in {a for e in extractor.extract("t", "Тоқаев А.Лукашенкомен кездесті.").entities
                             for a in (e.label, *e.aliases)}


def test_a_latin_letter_inside_a_cyrillic_name_gives_a_clean_label(extractor):
    text = "Облыс әкімі Xалел Досымов инвесторлармен кездесті."
    assert text.split()[2][0] == "X" and text.split()[2][0].isascii()  # the Latin X
    assert people(extractor, text) == {"Халел Досымов"}


def test_a_bare_word_before_a_possessed_noun_names_a_thing(extractor):
    text = "Биыл Қадір түні жұма күніне келеді. Облыс әкімі Ермеков басшылығымен кеңес өтті."
    assert people(extractor, text) == {"Ермеков"}


def test_a_name_cut_by_the_end_of_the_excerpt_is_the_person_named_before(extractor):
    text = "Қасым-Жомарт Тоқаев Бішкекке келді. Келіссөздерден кейін Қырғызстан Президенті Садыр Жапаров пен Қасым-Жомарт Тоқ"
    found = entities(extractor, text)
    assert {k for k, v in found.items() if v in ("Person", "Leader")} == {"Қасым-Жомарт Тоқаев", "Садыр Жапаров"}
    text = "Сапар барысында делегация Ақ-Мешіт"  # a hyphenated word cut by the excerpt
    assert people(extractor, text) == set() and "Ақ-Мешіт" not in entities(extractor, text)


def test_a_whole_name_closing_the_text_is_kept(extractor):
    assert "Айгерім Сапарова" in people(extractor, "Тоқаев Бакуге келді.\nФото авторы Айгерім Сапарова")


def test_a_word_alone_on_its_line_is_a_page_label(extractor):
    from kg.lang.kk.name_filter import NameFilter

    text = "Редакция\n\nҚасым-Жомарт Тоқаев Бакуге келді.\nЖарияланды:\n"
    doc = extractor.nlp(text)
    alone = {t.text for t in doc if t.is_alpha and NameFilter.alone_on_its_line(doc, t.i)}
    assert alone == {"Редакция", "Жарияланды"}
    assert set(entities(extractor, text)) <= {"Қасым-Жомарт Тоқаев", "Баку", "Әзербайжан", "Қазақстан"}


def test_a_bare_word_before_a_possessed_noun_is_no_town(extractor):
    text = "Конференцияда Ислам әлемінің ғалымдары баяндама жасады."
    assert "Ислам" not in entities(extractor, text)


def test_one_person_spelled_two_ways_in_a_document_is_one_node(extractor):
    text = ("Облыс әкімі Болат Жиенбеков инвесторлармен кездесті. "
            "Кездесуде Болат Жеенбеков өңірдің мүмкіндіктерін таныстырды.")
    assert len(people(extractor, text)) == 1


def test_words_of_address_alone_are_no_person(extractor):
    """Regression: Ұлы Мәртебелі (His Majesty) was a person of its own."""
    text = "Тоқаев Ұлы Мәртебелі Сұлтан Хайсам бин Тарикпен кездесті."
    assert people(extractor, text) == {"Қасым-Жомарт Тоқаев", "Хайсам бин Тарик"}


def test_two_surnames_side_by_side_are_two_people(extractor):
    """Regression: "Петрова Сидоровскийдің" (one person's surname, then another's) was one person."""
    found = {e.label for e in extractor.extract("t", "Брифингте Петрова Сидоровскийдің сөзін сынады.").entities
             if e.cls in ("Person", "Leader")}
    assert "Петрова Сидоровский" not in found and {"Петрова", "Сидоровский"} <= found


def test_a_first_name_ending_like_a_surname_stays_in_the_name(extractor):
    found = {e.label for e in extractor.extract("t", "Облыс әкімі Камалтин Мұхамеджанов қонақтарды қарсы алды.").entities}
    assert "Камалтин Мұхамеджанов" in found


def test_a_name_holds_no_adjective_of_the_language(extractor):
    """Regression: "Мемлекеттік Ту" (the state flag) was a person."""
    text = "Шара Мемлекеттік Туды көтерумен ашылды."
    assert not [e for e in extractor.extract("t", text).entities if e.cls in ("Person", "Leader")]


def test_a_word_before_adjectives_and_a_possessed_noun_names_the_thing(extractor):
    """Regression: "Транскаспий" in "Транскаспий халықаралық көлік бағыты" (a corridor) was a person."""
    assert not people(extractor, "Тараптар Транскаспий халықаралық көлік бағытын дамытуды талқылады.")


def test_a_name_before_a_postposition_stays_a_person(extractor):
    assert "Дина" in people(extractor, "Ол Құрманғазы, Дина сынды тұлғалардың есімін атады.")


def test_a_common_word_alone_is_no_town(extractor):
    """Батыс, Шығыс (the West, the East) read by the model as towns, with no cue word after them."""
    found = entities(extractor, "Форум Батыс пен Шығыс арасындағы байланыстарды нығайтады.")
    assert not {label for label, cls in found.items() if cls in ("City", "Region", "Country")}


def test_a_listed_town_alone_stays_a_town(extractor):
    assert entities(extractor, "Делегация Ақтауға барды.").get("Ақтау") == "City"


def test_a_name_ending_in_a_places_or_a_bodys_word_is_no_person(extractor):
    """Regression (eighth session): "Алтай Республикасы" and "Тұрақты Кеңесі" were people."""
    for text in ("Биыл Қазақстан мен Алтай Республикасының арасында жүк тасымалы өсті.",
                 "Білім министрлерінің Тұрақты Кеңесінің он бірінші мәжілісі өтті."):
        people = {e.label for e in extractor.extract("t", text).entities if e.cls in ("Person", "Leader")}
        assert not any(word in p for p in people for word in ("Республика", "Кеңес")), people
