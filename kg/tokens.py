"""Each word's reading and lookup keys, as ``kk_morphology`` found them.

They are kept on the ``Doc`` as two lists indexed by token and read with
``keys_of`` and ``reading_of``; ``token._.keys`` and ``token._.analysis`` read
the same lists.  Mention finding reads them half a million times on a
thousand short documents, and spaCy's ``token._`` costs about 2 µs a read (a
new ``Underscore`` object each time), ten times what these functions cost.

>>> from kg.lang.kk.pipeline import make_pipeline
>>> doc = make_pipeline(use_ner=False)("Тоқаев Бакуде сөйледі.")
>>> reading_of(doc[1]).lemma, "баку" in keys_of(doc[1]), doc[1]._.analysis.case
('Баку', True, 'Loc')
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import SPACY
from spacy.tokens import Doc, Token

@dataclass(frozen=True, slots=True)
class Analysis:
    """One reading of a word form, in any language.

    ``lemma`` is the bare stem (Президентінің → Президент); ``nominative`` keeps
    the plural and possessive that belong to a name (Ұйымындағы → Ұйымы).  ``case``
    is what the case means to the extractors, in Kazakh terms: Ins the partner, Dat
    where to, Loc where, Abl where from, Gen the possessor, Acc the object (a
    Russian word gets the case its preposition and its own case mean together).
    """

    surface: str
    lemma: str
    nominative: str
    case: str = "Nom"
    number: str = "Sing"
    possessive: str | None = None
    ki: bool = False
    derivation: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    score: float = 0.0

    @property
    def inflected(self) -> bool:
        return bool(self.suffixes)


_KEYS = "kg.word_keys"
_READINGS = "kg.readings"
_PHRASE_WORDS = "kg.phrase_words"
_TEXTS = "kg.texts"
_TEXT = "kg.text"
NO_KEYS: frozenset[str] = frozenset()


def set_readings(doc: Doc, keys: list[frozenset[str]], readings: list[Analysis | None],
                 phrase_words: list[str] | None = None) -> None:
    """``phrase_words``: what the leading words of a lexicon phrase are compared with, for a
    language that inflects every word of a phrase (Russian: the lemmas); else the words."""
    doc.user_data[_KEYS] = keys
    doc.user_data[_READINGS] = readings
    if phrase_words is not None:
        doc.user_data[_PHRASE_WORDS] = phrase_words


def phrase_words(doc: Doc) -> list[str]:
    """The words lexicon phrases are matched on (kg.lexicons.PhraseTable.matches)."""
    words = doc.user_data.get(_PHRASE_WORDS)
    return words if words is not None else texts_of(doc)


def texts_of(doc: Doc) -> list[str]:
    """Every token's text, listed once per document and kept: the mention finders and
    extractors ask for them sentence by sentence, and making a spaCy ``Token`` per word
    at each ask cost more than their matching."""
    texts = doc.user_data.get(_TEXTS)
    if texts is None:
        texts = doc.user_data[_TEXTS] = [t.text for t in doc]
    return texts


def text_of(doc: Doc) -> str:
    """The document's text, made once and kept: spaCy's ``doc.text`` makes a ``Token`` of
    every word anew; the texts and the trailing-space flags (a space or none) give the same."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        spaces = doc.to_array(SPACY).tolist() if len(doc) else []
        text = doc.user_data[_TEXT] = "".join(t + " " if sp else t for t, sp in zip(texts_of(doc), spaces))
    return text


def all_keys(doc: Doc) -> list[frozenset[str]]:
    """``keys_of`` of every token, as one list (no ``Token`` made)."""
    keys = doc.user_data.get(_KEYS)
    return keys if keys is not None else [NO_KEYS] * len(doc)


def keys_of(token: Token) -> frozenset[str]:
    """The forms the word may stand for: itself, its lemmas and nominatives (kg.gazetteer.token_keys)."""
    keys = token.doc.user_data.get(_KEYS)
    return keys[token.i] if keys is not None else NO_KEYS


def reading_of(token: Token) -> Analysis | None:
    """The analyser's best reading of the word; None for punctuation, figures and symbols."""
    readings = token.doc.user_data.get(_READINGS)
    return readings[token.i] if readings is not None else None


if not Token.has_extension("keys"):
    Token.set_extension("keys", getter=keys_of)
    Token.set_extension("analysis", getter=reading_of)
