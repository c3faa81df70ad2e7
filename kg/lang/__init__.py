"""Languages: a package per language (``kk``, ``ru``), each with its pipeline, page
clutter, dates, tense and lexicons as data, behind one interface
(:class:`kg.lang.base.LanguageKit`); :func:`language` gives a code's kit and
:mod:`kg.lang.detect` says which language a text is in.

>>> language("kk").code, language("ru").verb_final
('kk', False)
"""
from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.lang.base import LanguageKit

LANGUAGES = ("kk", "ru")


@cache
def language(code: str) -> LanguageKit:
    """The kit of a language this builder reads; KeyError for any other."""
    if code not in LANGUAGES:
        raise KeyError(code)
    return importlib.import_module(f"kg.lang.{code}.language").KIT
