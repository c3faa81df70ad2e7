"""Both scripts: Kazakh in the 2021 Latin alphabet gives the same graph as Cyrillic."""
from __future__ import annotations

from kg.lang.kk.translit import is_kazakh_latin, to_cyrillic

CYRILLIC = "Қазақстан Президенті Қасым-Жомарт Тоқаев Астанада Ердоғанмен кездесті."
LATIN = "Qazaqstan Prezidenti Qasym-Jomart Toqaev Astanada Erdoğanmen kezdesti."


def test_latin_text_is_recognised_and_cyrillic_is_not():
    assert is_kazakh_latin(LATIN)
    assert not is_kazakh_latin(CYRILLIC)
    assert not is_kazakh_latin("The President of Kazakhstan met the President of Uzbekistan.")


def test_transliteration_gives_kazakh_cyrillic():
    assert to_cyrillic(LATIN) == CYRILLIC


def test_english_words_in_kazakh_text_are_left_alone():
    assert to_cyrillic("Мен COP29 саммитіне барамын") == "Мен COP29 саммитіне барамын"


def test_same_facts_in_either_script(extractor):
    def facts(text):
        result = extractor.extract("d", text)
        return sorted((f.subject, f.predicate, f.object) for f in result.facts)

    assert facts(LATIN) == facts(CYRILLIC)
    assert ("person/kassym-jomart-tokayev", "leaderOf", "country/kazakhstan") in facts(LATIN)
    assert any(f[1] == "met" for f in facts(LATIN))


def test_frozen_verb_ending_stays_in_a_name(extractor):
    """Regression: Тілеуберді became Тілеубер (-ді read as the accusative)."""
    doc = extractor.nlp("ҚР СІМ өкілі Мұхтар Тілеуберді мәлімдеме жасады.")
    assert "Мұхтар Тілеуберді" in {m._.nominative for m in doc.spans["mentions"]}


def test_a_latin_name_in_a_cyrillic_text_stays_as_written():
    text = "Кеше «Qazaq Radio» арнасы сұхбат таратты, деп хабарлайды Ult Aqparat."
    assert to_cyrillic(text) == text


def test_a_kazakh_latin_paragraph_in_a_cyrillic_text_is_made_cyrillic():
    cyrillic = "Екі ел басшылары сауда, энергетика және көлік салаларындағы ынтымақтастықты талқылап, бірқатар құжатқа қол қойды.\n"
    text = cyrillic + LATIN + "\n"
    assert not is_kazakh_latin(text)
    assert to_cyrillic(text) == cyrillic + CYRILLIC + "\n"


def test_a_latin_name_in_a_cyrillic_text_is_an_organisation(extractor):
    result = extractor.extract("t", "Сапар аяқталды, деп хабарлайды «Qazaqstan» телеарнасы.")
    assert {(e.label, e.cls) for e in result.entities} >= {("Qazaqstan", "Organization")}
    assert "Қазақстан" not in {e.label for e in result.entities}
