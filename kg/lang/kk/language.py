"""Kazakh behind the language interface (:class:`kg.lang.base.LanguageKit`)."""
from __future__ import annotations

from kg.lang.base import LanguageKit, Tense
from kg.lang.kk.dates import document_date, find_dates
from kg.lang.kk.page import clean_page
from kg.lang.kk.pipeline import make_pipeline
from kg.lang.kk.tense import after_event, before_event, participle, plan_word, tense_of
from kg.lang.kk.translit import is_kazakh_latin, to_cyrillic
from kg.identity.names import mend_lookalikes


def prepare(text: str) -> tuple[str, bool, str | None]:
    """Latin-script Kazakh in Cyrillic (a few Latin words with Kazakh letters are converted
    silently; a Latin text is noted), without the page's clutter, and the page's date line."""
    # a Latin look-alike typed inside a Cyrillic word (Xабар) is made Cyrillic, same length
    cyrillic = mend_lookalikes(to_cyrillic(text))
    return clean_page(cyrillic), is_kazakh_latin(text), document_date(cyrillic)


def _lexicons():
    from kg.lexicons import default_lexicons

    return default_lexicons()


def _event_words():
    from kg.lexicons import event_words
    from kg.lang.kk.morphology import default_analyser

    return event_words(default_analyser())


KIT = LanguageKit(
    code="kk",
    make_pipeline=make_pipeline,
    prepare=prepare,
    find_dates=find_dates,
    tense=Tense(tense_of, plan_word, before_event, after_event, participle),
    lexicons=_lexicons,
    event_words=_event_words,
    clause_ends=frozenset({".", ",", ";", ":", "!", "?", "»", "\"", "”", "—", "–", "деп", "және", "әрі",
                           "сондай-ақ"}),
)
