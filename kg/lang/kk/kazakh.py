"""A spaCy language class for Kazakh (``kk``).

spaCy ships no Kazakh, and its shared letter classes miss қ ғ ұ ү ә ө і һ ң, so
the generic rules leave "Қарабақ." whole and split hyphens depending on which
letters touch them.  These rules are written over Unicode letters instead:
hyphenated names and compounds (Қасым-Жомарт, сауда-экономикалық) stay one
token, as in KazNERD; quotes, guillemets, brackets and dashes split off; a web address
is one word, with its case ending (BAQ.KZ-тің: :mod:`kg.lang.sites`).

>>> import spacy
>>> nlp = spacy.blank("kk")
>>> [t.text for t in nlp("«Қасым-Жомарт» Қарабақ.")]
['«', 'Қасым-Жомарт', '»', 'Қарабақ', '.']
"""
from __future__ import annotations

from spacy.language import BaseDefaults, Language
from spacy.util import registry

from kg.lang.sites import SITE_WORD

LETTER = r"[^\W\d_]"
_OPEN = r"[«\"“„‘'(\[{]"
_CLOSE = r"[»\"”’'\)\]}]"
_DASH = r"[–—−]"

# a slash opening or closing a word brackets it (/Владимир Добровольский/, a byline)
TOKENIZER_PREFIXES = [_OPEN, _DASH, r"-(?=\s|$)", r"…", r"\.\.\.", r"[§№#$€₸£]", rf"/(?={LETTER})"]
TOKENIZER_SUFFIXES = [
    _CLOSE,
    _DASH,
    rf"(?<={LETTER})/",
    r"…",
    r"\.\.\.",
    r"[,;:!?]",
    r"%",
    rf"(?<={LETTER})\.",
    rf"(?<=[\d{_CLOSE[1:-1]}])\.",
    r"(?<=\d)(?=[^\W\d])",
]
TOKENIZER_INFIXES = [
    _DASH,
    rf"(?<={LETTER})[,;:!?](?={LETTER})",
    rf"(?<={LETTER})[«»\"“”](?={LETTER})",
    rf"(?<={LETTER})\.(?=[^\W\d_]{{2,}})",
    r"\.\.\.",
    r"…",
]


class KazakhDefaults(BaseDefaults):
    prefixes = TOKENIZER_PREFIXES
    suffixes = TOKENIZER_SUFFIXES
    infixes = TOKENIZER_INFIXES
    url_match = SITE_WORD.match  # BAQ.KZ-тің is one word: its full stop ends no sentence
    tokenizer_exceptions: dict = {}
    writing_system = {"direction": "ltr", "has_case": True, "has_letters": True}


class Kazakh(Language):
    lang = "kk"
    Defaults = KazakhDefaults


registry.languages.register("kk", func=Kazakh)
