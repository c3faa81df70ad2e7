"""Names found by their shape after a title (sentences written for these tests)."""
from __future__ import annotations


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
