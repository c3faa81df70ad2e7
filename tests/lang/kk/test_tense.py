"""Tense of verb forms (kg/lang/kk/tense.py): past (reported), future and intention
(planned), negation; and the words that mark a plan."""
from __future__ import annotations

import pytest

from kg.lang.kk.tense import before_event, plan_word, tense_of


@pytest.mark.parametrize("word,tense", [
    ("кездесті", "reported"), ("барды", "reported"), ("келді", "reported"), ("өтті", "reported"),
    ("қабылдады", "reported"), ("талқылады", "reported"), ("сөйлесті", "reported"), ("қойды", "reported"),
    ("қойылды", "reported"), ("тапсырды", "reported"), ("кездескен", "reported"), ("сөйледі", "reported"),
    ("сұрады", "reported"), ("жасады", "reported"), ("бастады", "reported"),
    ("кездеседі", "planned"), ("барады", "planned"), ("келеді", "planned"), ("өтеді", "planned"),
    ("қабылдайды", "planned"), ("сөйлеседі", "planned"), ("қояды", "planned"), ("қойылады", "planned"),
    ("өткізіледі", "planned"), ("болады", "planned"),
    ("кездеспек", "planned"), ("бармақ", "planned"), ("кездесетін", "planned"), ("өтетінін", "planned"),
    ("кездеспеді", "negated"), ("бармады", "negated"), ("келмейді", "negated"),
    ("кездесу", None), ("сапар", None), ("маңызды", None), ("Астана", None),
])
def test_tense_of(word: str, tense: str | None) -> None:
    assert tense_of(word) == tense


def test_plan_words() -> None:
    assert plan_word("жоспарлануда") and plan_word("күтілуде") and not plan_word("кездесті")
    assert before_event("алдағы") == "planned" and before_event("өткен") == "reported"
    assert before_event("екіжақты") is None
