"""dkg:Region: oblasts, districts and provinces by their cue word; parts of the world listed."""
from __future__ import annotations


def regions(extractor, text):
    result = extractor.extract("t", text)
    return {e.label for e in result.entities if e.cls == "Region"}, result


def test_oblast_is_a_region_never_a_city(extractor):
    found, result = regions(extractor, "Шығыс Қазақстан облысының әкімі Ресей консулымен кездесті.")
    assert found == {"Шығыс Қазақстан облысы"}
    assert not any(e.cls == "City" for e in result.entities)


def test_plural_cue_names_each_region(extractor):
    found, _ = regions(extractor, "Ақтөбе және Орынбор облыстары жол картасына қол қойды.")
    assert found == {"Ақтөбе облысы", "Орынбор облысы"}


def test_a_countrys_regions_name_no_region(extractor):
    found, _ = regions(extractor, "Қазақстанның облыстары мен Қытайдың провинциялары ынтымақтасады.")
    assert found == set()


def test_owner_before_a_region_is_not_part_of_its_name(extractor):
    found, result = regions(extractor, "Ресейдің Астрахан облысы мен Корея Батыс Қазақстан облысымен байланыс.")
    assert "Астрахан облысы" in found and "Батыс Қазақстан облысы" in found


def test_parts_of_the_world(extractor):
    found, _ = regions(extractor, "Орталық Азия мен Оңтүстік Кавказ аймағы елдері жиналды.")
    assert found == {"Орталық Азия", "Оңтүстік Кавказ"}


def test_region_in_rdf_is_typed_region(extractor):
    from rdflib import RDF

    from kg.rdf import DKG, DocumentInfo, document_graph

    result = extractor.extract("t", "Түркістан облысының әкімі келді.")
    graph = document_graph(DocumentInfo("t", "t"), result.entities, result.facts, result.events)
    regions_ = set(graph.subjects(RDF.type, DKG.Region))
    assert len(regions_) == 1 and not set(graph.subjects(RDF.type, DKG.City)) & regions_


def test_comma_list_before_a_plural_cue(extractor):
    found, _ = regions(extractor, "Арал, Қазалы және Сырдария аудандары су алды.")
    assert found == {"Арал ауданы", "Қазалы ауданы", "Сырдария ауданы"}


def test_listed_city_name_with_a_surname_ending_before_the_cue_is_a_region(extractor):
    """Regression: Псков, Ростов end like surnames, and "Псков облысы" became a City."""
    found, result = regions(extractor, "Делегация Ресейдің Псков облысы мен Ростов облысының өкілдерімен кездесті.")
    assert found == {"Псков облысы", "Ростов облысы"}
    assert not any(e.cls == "City" for e in result.entities)


def test_a_person_before_a_lowercase_region_word_is_no_region(extractor):
    found, result = regions(extractor, "Президент Қасым-Жомарт Тоқаев облыс басшылығына мектеп салуды тапсырды.")
    assert found == set()
    assert ("person/kassym-jomart-tokayev", "leaderOf", "country/kazakhstan") in {
        (f.subject, f.predicate, f.object) for f in result.facts}


def test_a_listed_region_before_a_cue_keeps_its_common_first_word(extractor):
    """Regression: Орталық Азия аймағы was read as Азия (Орталық is a common word)."""
    found = {e.label: e.cls for e in extractor.extract("t", "Министрлер Орталық Азия аймағындағы су мәселесін талқылады.").entities}
    assert found.get("Орталық Азия") == "Region" and "Азия" not in found


def test_a_name_before_a_possessive_cue_may_look_like_a_surname(extractor):
    found, _ = regions(extractor, "Делегация Таоян провинциясынан келді.")
    assert found == {"Таоян провинциясы"}


def test_historical_units_are_regions(extractor):
    found, _ = regions(extractor, "Ол Сарыарқа уезінің Тасқора болысында туған.")
    assert found == {"Сарыарқа уезі", "Тасқора болысы"}


def test_a_province_is_also_named_alone_an_oblast_is_not(extractor):
    result = extractor.extract("t", "Хэбэй провинциясы мен Ақтөбе облысы келісімге келді.")
    aliases = {e.label: set(e.aliases) for e in result.entities if e.cls == "Region"}
    assert "Хэбэй" in aliases["Хэбэй провинциясы"] and "Ақтөбе" not in aliases["Ақтөбе облысы"]


def test_a_case_the_analyser_reads_in_a_name_before_a_plural_cue_is_the_names_own(extractor):
    """Сарма is no dative of Сарм, Бұлақты no accusative of Бұлақ: only the cue takes the case."""
    found, _ = regions(extractor, "Жиын Ақсу, Сарма және Бұлақты аудандарында өтті.")
    assert found == {"Ақсу ауданы", "Сарма ауданы", "Бұлақты ауданы"}


def test_a_title_opening_the_sentence_is_no_part_of_a_regions_name(extractor):
    """Regression: "Елші Қазақ ауданынан" gave the region "Елші Қазақ ауданы"."""
    found, _ = regions(extractor, "Елші Қазақ ауданынан оралды.")
    assert found == {"Қазақ ауданы"}


def test_a_persons_name_before_a_listed_places_region_is_no_part_of_it(extractor):
    """Regression (eighth session): a guest's name before the oblast he visits was read into its name."""
    found, result = regions(extractor, "Жапония елшісі Хироси Танака Ақтөбе облысына барып, әкіммен кездесті.")
    assert found == {"Ақтөбе облысы"}
    assert "Хироси Танака" in {e.label for e in result.entities if e.cls in ("Person", "Leader")}
