"""Russian behind the language interface (:class:`kg.lang.base.LanguageKit`)."""
from __future__ import annotations

from functools import cache

from kg.lang.base import LanguageKit, Tense
from kg.lang.ru.dates import document_date, find_dates
from kg.lang.ru.page import clean_page
from kg.lang.ru.pipeline import make_pipeline
from kg.lang.ru.tense import after_event, before_event, participle, plan_word, tense_of
from kg.identity.names import mend_lookalikes

CONJUNCTIONS = frozenset({"и"})


def prepare(text: str) -> tuple[str, bool, str | None]:
    """The page without its clutter (a Latin look-alike inside a Cyrillic word made Cyrillic), and its date line."""
    text = mend_lookalikes(text)
    return clean_page(text), False, document_date(text)


def _head_form(word: str) -> str:
    from kg.lang.ru.morphology import default_analyser

    from kg.lang.ru.morphology import fold

    return fold(default_analyser().lemma(word))


@cache
def lexicons():
    from kg.lang.ru import DATA
    from kg.lang.ru.morphology import default_analyser
    from kg.lexicons import load_lexicons

    return load_lexicons(DATA, default_analyser(), "ru", head_form=_head_form, conjunctions=CONJUNCTIONS)


def event_words():
    from kg.lexicons import event_words as table
    from kg.lang.ru import DATA
    from kg.lang.ru.morphology import default_analyser

    return table(default_analyser(), DATA, _head_form)


KIT = LanguageKit(
    code="ru",
    make_pipeline=make_pipeline,
    prepare=prepare,
    find_dates=find_dates,
    tense=Tense(tense_of, plan_word, before_event, after_event, participle),
    lexicons=lexicons,
    event_words=event_words,
    clause_ends=frozenset({".", ",", ";", ":", "!", "?", "»", "\"", "”", "—", "–", "и", "а также"}),
    verb_final=False,
    title_agrees=True,
    head_first=True,
)
