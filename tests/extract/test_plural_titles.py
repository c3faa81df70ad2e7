"""A plural leader's title before a list of names ("екі мемлекет басшылары A мен B").

Regression from the real-news development set (a leaderOf missed); sentences written here.
"""
from __future__ import annotations


def leaders(extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract("t", text).facts if f.predicate == "leaderOf"}


def test_plural_title_gives_each_listed_leader_his_named_country(extractor):
    text = ("Астанада екі мемлекет басшылары Қасым-Жомарт Тоқаев пен Владимир Путиннің қатысуымен "
            "Қазақстан мен Ресейдің іскерлік форумы өтті.")
    assert leaders(extractor, text) >= {("person/kassym-jomart-tokayev", "country/kazakhstan"),
                                        ("person/vladimir-putin", "country/russia")}


def test_plural_title_says_nothing_of_a_country_the_text_never_names(extractor):
    text = "Екі ел басшылары Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев келіссөздер жүргізді."
    assert ("person/shavkat-mirziyoyev", "country/uzbekistan") not in leaders(extractor, text)
