"""Regions no cue word names, and states without an ISO code: a republic of the Soviet
Union or of the Russian Federation is a Region, a nation of the United Kingdom a Country,
under one IRI in Kazakh and Russian text.  The sentences are written for this test."""
from __future__ import annotations

import pytest


def typed(extractor, text: str) -> dict[str, tuple[str, str]]:
    return {e.label: (e.cls, e.key) for e in extractor.extract("t", text).entities}


@pytest.mark.parametrize("text, label, cls, key", [
    ("Әнші Өзбек КСР Халық әртісі атанған.", "Өзбек КСР", "Region", "uzbek-ssr"),
    ("Делегация Башқұртстанға жұмыс сапарымен барды.", "Башқұртстан", "Region", "bashkortostan"),
    ("Құрама Уэльс құрамасымен ойнады.", "Уэльс", "Country", "wales"),
    ("Певица получила звание народной артистки Узбекской ССР.", "Узбекская ССР", "Region", "uzbek-ssr"),
    ("Делегация посетила Башкортостан с рабочим визитом.", "Башкортостан", "Region", "bashkortostan"),
])
def test_a_region_or_state_without_a_cue(extractor, text, label, cls, key):
    found = {lab: v for lab, v in typed(extractor, text).items() if v[1].endswith(key)}
    assert found and all(v[0] == cls for v in found.values())


def test_a_nation_of_the_kingdom_is_not_the_island(extractor):
    found = typed(extractor, "Қазақстан Солтүстік Ирландия құрамасын жеңді.")
    assert "Солтүстік Ирландия" in found and "Ирландия" not in found
