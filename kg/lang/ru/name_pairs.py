"""What makes half of a hyphenated or dashed Russian word a person's name
(kg.lang.name_pairs): pymorphy3 reads it as a surname, or it ends as few first names do
(-ов, -ович), or a known leader bears it.

>>> import spacy
>>> from kg.lang.ru.pipeline import RazdelTokenizer
>>> nlp = spacy.blank("ru")
>>> nlp.tokenizer = RazdelTokenizer(nlp.vocab)
>>> _ = nlp.add_pipe("ru_name_pairs")
>>> [t.text for t in nlp("Переговоры Токаев–Мирзиёев прошли в Ташкенте, в Усть-Каменогорске")][:4]
['Переговоры', 'Токаев', '–', 'Мирзиёев']
>>> [t.text for t in nlp("Переговоры Токаев–Мирзиёев прошли в Ташкенте, в Усть-Каменогорске")][-1]
'Усть-Каменогорске'
"""
from __future__ import annotations

from spacy.language import Language

from kg.lang.name_pairs import NamePairSplitter, leader_surnames


def is_surname(word: str) -> bool:
    from kg.lang.ru.morphology import parses
    from kg.ner.hybrid import strong_surname_endings

    readings = parses(word)
    stems = {word.casefold()} | {p.normal_form for p in readings if "Surn" in p.tag}
    return bool(stems & leader_surnames()) or any("Surn" in p.tag for p in readings[:1]) \
        or word.casefold().endswith(strong_surname_endings())


def is_given_name(word: str) -> bool:
    from kg.lang.ru.morphology import parses

    return any("Name" in p.tag for p in parses(word)[:1])


@Language.factory("ru_name_pairs")
def make_name_pair_splitter(nlp: Language, name: str) -> NamePairSplitter:
    return NamePairSplitter(is_surname, is_given_name)
