"""Russian words of the frame and the triggers (kg/lang/ru/data/lexicons), on sentences written here."""
from __future__ import annotations

from kg.extract import Context
from kg.lang import language


def analysed(extractor, text: str) -> Context:
    kit = language("ru")
    doc = extractor.pipeline("ru")(text)
    return Context(doc, extractor.resolver(kit)(doc), extractor.gazetteer, kit.lexicons(), language=kit)


def kinds(extractor, text: str) -> set[str]:
    return {kind for sentence in analysed(extractor, text).sentences for kind in sentence.trigger_kinds}


def test_a_side_in_the_singular_is_no_word_for_both_sides(extractor):
    assert "parties" in kinds(extractor, "Стороны обсудили торговлю.")
    assert "parties" in kinds(extractor, "Главы государств обсудили торговлю.")
    assert "parties" not in kinds(extractor, "Слово было предоставлено узбекской стороне.")
    assert "parties" not in kinds(extractor, "Глава государства прибыл в Ташкент.")
    assert "parties" not in kinds(extractor, "Президент нашей страны прибыл в Ташкент.")


def test_relations_state_cooperation_and_an_attitude_does_not(extractor):
    assert "partnership" in kinds(extractor, "Министры обсудили состояние двусторонних отношений.")
    assert "cooperation" not in kinds(extractor, "Министр рассказал об особом отношении к музыке.")
    assert "cooperation" not in kinds(extractor, "Форум перенесен в связи с погодой.")


def test_discussed_relations_are_cooperation_of_the_two_countries(extractor):
    result = extractor.extract("t", "Министры иностранных дел Казахстана и Грузии обсудили развитие отношений "
                                    "в транспортной сфере.", "2024-03-12")
    found = {(f.subject, f.predicate, f.object) for f in result.facts}
    assert ("country/kazakhstan", "cooperatesWith", "country/georgia") in found \
        or ("country/georgia", "cooperatesWith", "country/kazakhstan") in found
