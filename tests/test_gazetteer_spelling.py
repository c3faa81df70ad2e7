"""Country names as the news spells them, and states of the past."""
from __future__ import annotations

import pytest

from kg.gazetteer import default_gazetteer


@pytest.mark.parametrize("spelled,country", [
    ("пәкстан", "pakistan"), ("түркіменстан", "turkmenistan"), ("беларусия", "belarus"),
])
def test_spelling_variants_find_the_country(spelled, country):
    entry, _form = default_gazetteer().country_by_spelling({spelled})
    assert entry.id == country


@pytest.mark.parametrize("word", ["түркі", "армян", "азия"])
def test_short_words_are_no_spelling_of_a_country(word):
    assert default_gazetteer().country_by_spelling({word}) is None


def test_variant_keeps_its_own_spelling_as_a_name(extractor):
    doc = extractor.nlp("Пәкстан Премьер-министрі Астанаға келді.")
    assert [(m._.nominative, m._.refs) for m in doc.spans["mentions"] if m._.kind == "Country"] == [("Пәкстан", ("pakistan",))]


def test_soviet_union_is_a_state_of_the_past(extractor):
    result = extractor.extract("t", "Кеңес Одағы ыдырағаннан кейін Қазақстан тәуелсіздік алды.")
    assert "country/soviet-union" in {e.key for e in result.entities}


def test_official_name_with_a_variant_spelling_is_one_country_mention(extractor):
    """Regression: "Пәкстан Ислам Республикасының Премьер-министрі" gave the title no country."""
    found = {(f.subject, f.object) for f in extractor.extract(
        "t", "Пәкстан Ислам Республикасының Премьер-министрі Сайед Ахмад Надими Астанаға ресми сапармен келді.").facts
        if f.predicate == "leaderOf"}
    assert any(country == "country/pakistan" for _person, country in found)
