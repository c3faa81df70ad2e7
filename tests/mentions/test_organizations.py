"""Organisations by head noun, their owners, news sources and brand-shaped names."""
from __future__ import annotations

import pytest


def organizations(extractor, text):
    result = extractor.extract("t", text)
    return {e.label for e in result.entities if e.cls == "Organization"}, result


@pytest.mark.parametrize("text,label", [
    ("ҚР Сыртқы істер министрлігінде брифинг өтті.", "ҚР Сыртқы істер министрлігі"),
    ("Су ресурстары жөніндегі мемлекеттік агенттік хабарлама таратты.", "Су ресурстары жөніндегі мемлекеттік агенттік"),
    ("Тоқаев ҰҚШҰ Ұжымдық қауіпсіздік кеңесінің отырысына қатысты.", "ҰҚШҰ Ұжымдық қауіпсіздік кеңесі"),
    ("Қазақстандағы Түркия Елшілігінің өкілдері келді.", "Түркия Елшілігі"),
    ("Бұл туралы деп хабарлайды «Ұлт ақпарат».", "Ұлт ақпарат"),
    ("Жаңалықты деп хабарлайды Egemen.kz.", "Egemen.kz"),
    ("ҚазАқпарат тілшісі Астанадан хабарлайды.", "ҚазАқпарат"),
])
def test_organisation_names(extractor, text, label):
    found, _ = organizations(extractor, text)
    assert label in found


@pytest.mark.parametrize("text", [
    "Екі елдің сыртқы істер министрліктері келісімге келді.",  # a description, not a name
    "Осылайша Әлихан Смайылов Үкімет басшысы атанды.",          # Үкімет басшысы is a title
    "Ол осы ұйым туралы айтты.",
])
def test_no_organisation(extractor, text):
    found, _ = organizations(extractor, text)
    assert found == set()


def test_governments_sign_for_their_countries(extractor):
    result = extractor.extract("t", "Қазақстан Үкіметі мен Пәкістан Үкіметі сауда саласындағы ынтымақтастық туралы келісімге қол қойды.")
    found = {(f.subject, f.predicate, f.object) for f in result.facts}
    assert ("country/kazakhstan", "cooperatesWith", "country/pakistan") in found \
        or ("country/pakistan", "cooperatesWith", "country/kazakhstan") in found
    assert ("country/pakistan", "cooperatesOn", "sector/Trade") in found
