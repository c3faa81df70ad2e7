"""Russian words get the case their preposition and their own case mean together, in the
extractors' terms (Ins the partner, Dat where to, Loc where, Abl where from)."""
from kg.lang.ru.morphology import read_words
from kg.lang.ru.names import nominative


def cases(sentence: str) -> dict[str, str]:
    words = sentence.split()
    return {w: r.case for w, r in zip(words, read_words(words)) if r is not None}


def test_a_preposition_and_a_case_mean_a_role():
    found = cases("Токаев встретился с Путиным в Астане , прилетел в Москву из Баку и вернулся к Алиеву")
    assert found["Токаев"] == "Nom"
    assert found["Путиным"] == "Ins"
    assert found["Астане"] == "Loc"
    assert found["Москву"] == "Dat"
    assert found["Алиеву"] == "Dat"


def test_a_genitive_after_a_noun_keeps_its_own_case():
    found = cases("встреча с Президентом России Путиным")
    assert found["России"] == "Gen" and found["Президентом"] == "Ins"


def test_the_object_of_a_visit_verb_is_a_destination():
    assert cases("Токаев посетит Турцию")["Турцию"] == "Dat"


def test_names_in_the_nominative_as_phrases():
    assert nominative(["Алматинской", "области"], "Region") == "Алматинская область"
    assert nominative(["Министерства", "иностранных", "дел"], "Organization") == "Министерство иностранных дел"
    assert nominative(["Шавкатом", "Мирзиёевым"], "Person") == "Шавкат Мирзиёев"


def test_a_lemma_is_the_first_readings_without_making_the_readings():
    from kg.lang.ru.morphology import default_analyser

    analyser = default_analyser()
    for word in ["Казахстана", "Алиевым", "торгово-экономического", "Ташкенте", "встретился", "РК", "2024", "Ё"]:
        assert analyser.lemma(word) == analyser.analyse(word).lemma


def test_the_pipeline_writes_lemmas_and_cases_on_the_tokens():
    from kg.lang.ru.pipeline import make_pipeline

    doc = make_pipeline(use_ner=False)("Токаев встретился с Алиевыми в Баку , 12 марта.")
    found = {t.text: (t.lemma_, str(t.morph)) for t in doc}
    assert found["Алиевыми"] == ("Алиев", "Case=Ins|Number=Plur")
    assert found["Токаев"][1] == "Case=Nom" and found[","] == ("", "")
