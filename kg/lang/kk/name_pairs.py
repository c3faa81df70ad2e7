"""What makes half of a hyphenated Kazakh word a person's name (kg.lang.name_pairs): a
surname ending few first names share (-ов, -ұлы), on the word or its lemma, since the
second half carries the pair's case (Путин-Трамптың), or a known leader's surname.

>>> import spacy
>>> nlp = spacy.blank("kk")
>>> _ = nlp.add_pipe("kk_name_pairs")
>>> [t.text for t in nlp("Путин-Трамп кездесуі Қасым-Жомарт Тоқаевтың сапарынан кейін өтті.")][:3]
['Путин', '-', 'Трамп']
>>> [t.text for t in nlp("Ахмет Жұбанов-Латиф Хамидидің операсы")]
['Ахмет', 'Жұбанов', '-', 'Латиф', 'Хамидидің', 'операсы']
>>> [t.text for t in nlp("Қасым-Жомарт Тоқаев Нұр-Сұлтанда, Қазақстан-Қытай кеңесінде")][:3]
['Қасым-Жомарт', 'Тоқаев', 'Нұр-Сұлтанда']
"""
from __future__ import annotations

from spacy.language import Language

from kg.lang.name_pairs import NamePairSplitter, leader_surnames


def is_surname(word: str) -> bool:
    from kg.lang.kk.morphology import default_analyser
    from kg.ner.hybrid import strong_surname_endings

    stems = {word.casefold(), default_analyser().lemma(word).casefold()}
    return bool(stems & leader_surnames()) or any(s.endswith(strong_surname_endings()) for s in stems)


def is_given_name(word: str) -> bool:
    from kg.lang.kk.name_evidence import given_names

    return word.casefold() in given_names()


@Language.factory("kk_name_pairs")
def make_name_pair_splitter(nlp: Language, name: str) -> NamePairSplitter:
    return NamePairSplitter(is_surname, is_given_name)
