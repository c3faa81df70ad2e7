"""The sector phrases are read from ``ontology/sectors.ttl`` with pyoxigraph, for a faster
start; they must be the rows, in the order, that reading it with rdflib gave."""
from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import SKOS

from kg.lexicons import sector_rows
from kg.resources import ontology_file


def rdflib_rows(lang: str, path=None) -> list[dict[str, str]]:
    """How the rows were read before: rdflib's graph, its order."""
    graph = Graph()
    graph.parse(path or ontology_file("sectors.ttl"))
    rows = []
    for concept, code in graph.subject_objects(SKOS.notation):
        for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
            for label in graph.objects(concept, prop):
                if getattr(label, "language", None) == lang:
                    rows.append({"phrase": str(label).casefold(), "code": str(code)})
    return rows


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_rows_are_rdflibs_in_rdflibs_order(lang):
    rows = sector_rows(lang=lang)
    assert rows, f"no {lang} sector labels"
    assert rows == rdflib_rows(lang)


def test_a_file_with_a_repeated_label_and_a_code_of_two_concepts(tmp_path):
    path = tmp_path / "sectors.ttl"
    path.write_text("""@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<urn:b> skos:notation "X" ; skos:prefLabel "Бір"@kk ; skos:altLabel "екі"@kk, "екі"@kk, "two"@en .
<urn:a> skos:notation "Y" ; skos:hiddenLabel "үш"@kk .
<urn:c> skos:altLabel "төрт"@kk ; skos:notation "X" ; skos:prefLabel "бес"@kk .
""", encoding="utf-8")
    assert sector_rows(path) == rdflib_rows("kk", path) == [{"phrase": "бір", "code": "X"}, {"phrase": "екі", "code": "X"},
                                 {"phrase": "бес", "code": "X"}, {"phrase": "төрт", "code": "X"},
                                 {"phrase": "үш", "code": "Y"}]
