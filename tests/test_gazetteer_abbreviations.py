"""An international organisation named by its Russian or Latin abbreviation is the
gazetteer's one organisation in either language's text, so a Kazakh and a Russian report
share its node.  The sentences are written for this test."""
from __future__ import annotations

import pytest

from kg.gazetteer import default_gazetteer


def organisation_keys(extractor, text: str) -> set[str]:
    result = extractor.extract("t", text)
    return {e.key for e in result.entities if e.cls == "Organization"}


@pytest.mark.parametrize("text, key", [
    ("Президент ЕАЭС аясындағы жобаларды атап өтті.", "eaeu"),                # a Russian abbreviation in Kazakh
    ("Министр ШОС саммитіне қатысты.", "sco"),
    ("Делегация ОДКБ штаб-пәтеріне барды.", "csto"),
    ("Елші G20 кездесуінде сөйледі.", "g20"),
    ("Министр принял участие в заседании ЕАЭС в Минске.", "eaeu"),          # and in Russian
    ("Казахстан председательствует в ШОС в этом году.", "sco"),
])
def test_an_abbreviation_names_the_gazetteer_organisation(extractor, text, key):
    assert any(found.endswith(key) for found in organisation_keys(extractor, text))


def test_every_abbreviation_belongs_to_one_organisation():
    owners: dict[str, set[str]] = {}
    for entry in default_gazetteer().entries:
        for short in entry.abbreviations:
            owners.setdefault(short.casefold(), set()).add(entry.id)
    assert owners and all(len(ids) == 1 for ids in owners.values())
