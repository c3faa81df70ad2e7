"""Words that call someone or something *of* a place: қазақстандық, ресейлік, қырғыз,
атыраулық, алматылықтар.  KazNERD tags them NORP, not GPE; a model that has seen
the place's name in the word tags them GPE (Атыраулық Арыстанбек Кенже).

Two kinds: the country adjectives the gazetteer lists (қырғыз, ресейлік), and any
listed country's or city's name with the derivational ending -лық/-лік/-дық/-дік/
-тық/-тік (the suffix table's ``lyq``).  A possessive reading is an abstract noun
(бостандығы, "its freedom"), not a place's people.

>>> from kg.gazetteer import default_gazetteer
>>> [is_place_adjective(w, default_gazetteer()) for w in ["Атыраулық", "алматылықтар", "Қырғыз", "Алматы"]]
[True, True, True, False]
"""
from __future__ import annotations

from kg.gazetteer import Gazetteer, token_keys

PLACE_CLASSES = frozenset({"Country", "City"})


def is_place_adjective(word: str, gazetteer: Gazetteer) -> bool:
    analyser = gazetteer.analyser
    if not word[:1].isalpha() or gazetteer.lookup([word], token_keys(word, analyser)):
        return False  # the place's own name (Ресейдің)
    if gazetteer.adjective(word) is not None:
        return True
    reading = analyser.analyse(word)
    if reading.possessive:
        return False
    lemma = reading.lemma
    for suffix in analyser.by_slot.get("deriv", ()):
        if suffix.value == "lyq" and lemma.casefold().endswith(suffix.form) and len(lemma) > len(suffix.form) + 2:
            stem = lemma[: -len(suffix.form)]
            if any(e.cls in PLACE_CLASSES for e in gazetteer.lookup([stem], frozenset({stem.casefold()}))):
                return True
    return False
