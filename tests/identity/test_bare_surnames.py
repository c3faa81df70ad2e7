"""A bare surname joins a person of another document only by the same surname; a surname
spelled one letter apart needs an initial that agrees (kg.identity.persons)."""
from __future__ import annotations

from kg.identity.persons import CorpusIdentity

PERSON = "https://w3id.org/diplomacy-kg/id/person/"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"


def part(slug: str, label: str) -> str:
    return f'<{PERSON}{slug}> {LABEL} "{label}"@kk .'


def test_a_bare_surname_one_letter_apart_is_someone_else():
    rewrite = CorpusIdentity.from_parts([part("eshgin-tagiev", "Эшгин Тагиев"), part("takiev", "Такиев")])
    assert PERSON + "takiev" not in rewrite.canonical


def test_a_bare_surname_joins_the_one_full_name_of_that_surname():
    rewrite = CorpusIdentity.from_parts([part("eshgin-tagiev", "Эшгин Тагиев"), part("tagiev", "Тагиев")])
    assert rewrite.canonical[PERSON + "tagiev"] == PERSON + "eshgin-tagiev"


def test_an_initial_joins_a_surname_one_letter_apart():
    rewrite = CorpusIdentity.from_parts([part("ermek-zhiyenbekov", "Ермек Жиенбеков"), part("e-zheenbekov", "Е.Жеенбеков")])
    assert rewrite.canonical[PERSON + "e-zheenbekov"] == PERSON + "ermek-zhiyenbekov"
