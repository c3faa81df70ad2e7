"""Model + gazetteer beats either alone on KazNERD sentences the model did not train on."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg.ner.heldout import spans
from kg.ner.hybrid import HybridTagger

KAZNERD = Path(__file__).resolve().parents[3] / "shared" / "data" / "kaznerd" / "kaznerd_valid.iob2"


def f1(tagger: HybridTagger, sentences, label: str) -> float:
    tp = fp = fn = 0
    for _sid, tokens, gold in sentences:
        pred = {s for s in spans(tagger.tags(tokens)) if s[2] == label}
        want = {s for s in spans(gold) if s[2] == label}
        tp, fp, fn = tp + len(pred & want), fp + len(pred - want), fn + len(want - pred)
    return 2 * tp / (2 * tp + fp + fn)


@pytest.fixture(scope="module")
def held_out():
    if not KAZNERD.exists():
        pytest.skip("KazNERD is not beside the repo")
    from kg.ner.train import load_kaznerd, split_dev

    sentences = load_kaznerd(KAZNERD)
    random.Random(0).shuffle(sentences)  # the split kg.ner.train used: the first 10% never trained on
    return split_dev(sentences, 0.1)[1][:400]


def test_hybrid_beats_the_model_and_the_gazetteer_on_places(held_out):
    both = f1(HybridTagger(), held_out, "GPE")
    model = f1(HybridTagger(use_gazetteer=False), held_out, "GPE")
    lists = f1(HybridTagger(use_ner=False), held_out, "GPE")
    print(f"GPE F1: model {model:.3f}, gazetteer {lists:.3f}, both {both:.3f}")
    assert both > model and both > lists


def test_hybrid_keeps_every_token_and_emits_valid_iob2():
    tokens = ["Қасым-Жомарт", "Тоқаев", "Ташкентте", "Шавкат", "Мирзиёевпен", "кездесті", "."]
    tags = HybridTagger().tags(tokens)
    assert len(tags) == len(tokens)
    for previous, tag in zip(["O", *tags], tags):
        assert tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and previous[2:] == tag[2:])
    assert tags[2] == "B-GPE"


# -- arbitration, on sentences written for these tests: the model's entities are set by hand
# (a model without NER analyses the words; `arbitrate` then sees what "the model" said).

@pytest.fixture(scope="module")
def lists_only():
    return HybridTagger(use_ner=False)


def arbitrated(tagger: HybridTagger, text: str, model: list[tuple[int, int, str]]) -> list[str]:
    from spacy.tokens import Span

    doc = tagger.analyse(text.split())
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in model]
    return tagger.arbitrate(doc)


def test_a_place_that_owns_a_title_is_a_position(lists_only):
    tags = arbitrated(lists_only, "Жапония Премьер-министрі бүгін Астанаға келді .", [(0, 1, "GPE")])
    assert tags[:4] == ["B-POSITION", "I-POSITION", "O", "B-GPE"]


def test_a_title_after_the_title_words_of_its_own_name(lists_only):
    tags = arbitrated(lists_only, "Түркия Республикасы Сыртқы істер министрі Анкарада мәлімдеме жасады .", [])
    assert tags[:6] == ["B-POSITION"] + ["I-POSITION"] * 4 + ["B-GPE"]


def test_a_place_in_the_locative_owns_no_title(lists_only):
    assert arbitrated(lists_only, "Бішкекте Президент жиналғандарға сөз сөйледі .", [])[:2] == ["B-GPE", "O"]


def test_a_plural_title_is_the_places_people(lists_only):
    assert arbitrated(lists_only, "Қазақстан депутаттары Парижге барды .", [])[:3] == ["B-GPE", "O", "B-GPE"]


def test_the_models_longer_position_keeps_its_place(lists_only):
    tags = arbitrated(lists_only, "Қытай басшысы бүгін Мәскеуге келді .", [(0, 2, "POSITION")])
    assert tags[:4] == ["B-POSITION", "I-POSITION", "O", "B-GPE"]


def test_a_person_shaped_name_fills_a_gap_the_model_left(lists_only):
    tags = arbitrated(lists_only, "Ертең Гүлназ Серікбаеваның баяндамасы тыңдалды .", [])
    assert tags[:3] == ["O", "B-PERSON", "I-PERSON"]


def test_a_person_shaped_name_does_not_override_the_model(lists_only):
    tags = arbitrated(lists_only, "Ертең Гүлназ Серікбаеваның баяндамасы тыңдалды .", [(1, 4, "ART")])
    assert tags[:4] == ["O", "B-ART", "I-ART", "I-ART"]


def test_a_names_anniversary_is_an_event(lists_only):
    text = "Ертең Мұхтар Әуезовтің жүз жиырма бес жылдығына арналған кеш өтеді ."
    tags = arbitrated(lists_only, text, [(1, 3, "PERSON"), (3, 6, "DATE")])
    assert tags[:8] == ["O", "B-EVENT"] + ["I-EVENT"] * 5 + ["O"]


def test_a_name_before_a_count_of_years_that_is_no_anniversary_stays(lists_only):
    tags = arbitrated(lists_only, "Мұхтар Әуезов жүз жыл бұрын туған .", [(0, 2, "PERSON")])
    assert tags[:3] == ["B-PERSON", "I-PERSON", "O"]


def test_a_title_needs_the_possessive_to_be_owned(lists_only):
    tags = arbitrated(lists_only, "Қызылорда облысының ауылында Президент сөйледі .", [(0, 2, "GPE"), (3, 4, "POSITION")])
    assert tags[:4] == ["B-GPE", "I-GPE", "O", "B-POSITION"]


def test_an_ambassador_of_a_country_in_a_city_is_one_position(lists_only):
    tags = arbitrated(lists_only, "Германияның Астанадағы елшісі сөйледі .", [(0, 1, "GPE"), (1, 2, "GPE")])
    assert tags[:4] == ["B-POSITION", "I-POSITION", "I-POSITION", "O"]


def test_a_word_of_a_places_people_is_a_norp(lists_only):
    assert arbitrated(lists_only, "Қырғыз сарапшылары жиналысқа келді .", [(0, 1, "GPE")])[:2] == ["B-NORP", "O"]
    tags = arbitrated(lists_only, "Атыраулық Серік Ахметов жарысқа қатысты .", [(0, 3, "GPE")])
    assert tags[:4] == ["B-NORP", "B-PERSON", "I-PERSON", "O"]


def test_a_country_name_opening_a_persons_name_is_a_first_name(lists_only):
    tags = arbitrated(lists_only, "Дания Сейітова жиналысқа қатысты .", [(0, 2, "PERSON")])
    assert tags[:3] == ["B-PERSON", "I-PERSON", "O"]


def test_an_unlisted_place_ending_like_a_surname_is_a_person(lists_only):
    assert arbitrated(lists_only, "Ертең Сейітовтің баяндамасы тыңдалады .", [(1, 2, "GPE")])[:3] == ["O", "B-PERSON", "O"]


def test_an_inflected_place_ends_the_models_span(lists_only):
    tags = arbitrated(lists_only, "Ресейдің Белгород облысында жаңбыр жауды .", [(0, 2, "GPE")])
    assert tags[:4] == ["B-GPE", "B-GPE", "I-GPE", "O"]  # an oblast is tagged with its cue word


def test_a_place_inside_an_organisations_name(lists_only):
    tags = arbitrated(lists_only, "Ақтөбе мемлекеттік университетінде студенттер оқиды .", [(0, 1, "GPE")])
    assert tags[:4] == ["B-ORGANISATION", "I-ORGANISATION", "I-ORGANISATION", "O"]


@pytest.mark.parametrize("text,model,want", [
    # a facility's or a law's name holds the place that opens it
    ("Ұшақ Алматы әуежайынан ұшты .", [(1, 2, "GPE")], ["O", "B-FACILITY", "I-FACILITY", "O"]),
    ("Іс Қазақстан Республикасының Қылмыстық кодексі бойынша қозғалды .", [(1, 3, "GPE")],
     ["O", "B-LAW", "I-LAW", "I-LAW", "I-LAW", "O"]),
    # a place in the locative is where the facility is; a plural head names no one facility
    ("Шымкенттегі Орталық стадионда ойын өтті .", [(0, 1, "GPE")], ["B-GPE", "O", "O", "O"]),
    ("Ол Сан-Франциско көшелерін аралады .", [(1, 2, "GPE")], ["O", "B-GPE", "O", "O"]),
])
def test_a_place_that_opens_a_facility_or_a_law(lists_only, text, model, want):
    assert arbitrated(lists_only, text, model)[:len(want)] == want


def test_a_districts_name_is_a_place_without_its_cue_word(lists_only):
    assert arbitrated(lists_only, "Іле ауданында жаңа мектеп ашылды .", [])[:3] == ["B-GPE", "O", "O"]


def test_an_oblasts_name_is_a_place_with_its_cue_word(lists_only):
    assert arbitrated(lists_only, "Жамбыл облысында егін жиналды .", [])[:3] == ["B-GPE", "I-GPE", "O"]


def test_a_settlement_named_before_its_cue_word(lists_only):
    assert arbitrated(lists_only, "Мектеп Бесқарағай ауылында ашылды .", [])[:3] == ["O", "B-GPE", "O"]
    # a surname, then "in a village": the cue word has no possessive, so it names nothing
    assert "B-GPE" not in arbitrated(lists_only, "Ержан Сапарбаев ауылда тұрады .", [])


def test_two_places_the_model_read_as_one_name(lists_only):
    tags = arbitrated(lists_only, "Ол Тараздан Қарағандыға барды .", [(1, 3, "ORGANISATION")])
    assert tags[:4] == ["O", "B-GPE", "B-GPE", "O"]


def test_a_common_word_the_model_read_as_a_place(lists_only):
    tags = arbitrated(lists_only, "Құрамында темір көп .", [(0, 1, "GPE")])
    assert tags[0] == "O"


def test_a_first_name_the_model_read_as_a_place_is_a_person(lists_only):
    tags = arbitrated(lists_only, "Ауыр жүк Раушанның иығына түсті .", [(2, 3, "GPE")])
    assert tags[:4] == ["O", "O", "B-PERSON", "O"]
    # a first name that names a listed place, or stands before a place's cue word, stays a place
    assert arbitrated(lists_only, "Біз Мәскеуге барамыз .", [(1, 2, "GPE")])[1] == "B-GPE"
    assert arbitrated(lists_only, "Біз Айгүл ауылына барамыз .", [(1, 2, "GPE")])[1] == "B-GPE"


def test_a_person_the_model_found_before_a_villages_word_is_the_village(lists_only):
    tags = arbitrated(lists_only, "Мектеп Дәулет аулында ашылды .", [(1, 2, "PERSON")])
    assert tags[:3] == ["O", "B-GPE", "O"]
    assert arbitrated(lists_only, "Дәулет ауылға келді .", [(0, 1, "PERSON")])[0] == "B-PERSON"
