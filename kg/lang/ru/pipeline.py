"""The Russian spaCy pipeline: razdel's tokens and sentences, slovnet's names, pymorphy3's
readings with the case each word's preposition gives it, and mention finding; the same
``Doc`` annotations as the Kazakh pipeline (readings and lookup keys in kg.tokens,
``doc.spans["mentions"]``), so the stages after it run on either.

>>> nlp = make_pipeline(use_ner=False)
>>> doc = nlp("Токаев встретился с Алиевым в Баку.")
>>> [(t.text, t.lemma_, str(t.morph)) for t in doc][3]
('Алиевым', 'Алиев', 'Case=Ins')
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

import numpy
import spacy
from razdel import sentenize, tokenize
from spacy.attrs import LEMMA, MORPH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from kg.lang.ru.morphology import WORD_CACHE, fold, read_words
from kg.tokens import set_readings, texts_of

NER_LABELS = {"PER": "PERSON", "LOC": "GPE", "ORG": "ORGANIZATION"}


class RazdelTokenizer:
    """razdel's tokens (Касым-Жомарт, торгово-экономическое and 12.03.2024 stay whole, as
    slovnet saw them in training); the whitespace between them is kept, so that character
    offsets are the text's."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        end = 0
        for token in tokenize(text):
            self._gap(text[end:token.start], words, spaces)
            words.append(token.text)
            spaces.append(False)
            end = token.stop
        self._gap(text[end:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    @staticmethod
    def _gap(gap: str, words: list[str], spaces: list[bool]) -> None:
        if not gap:
            return
        if gap[0] == " " and words:
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)


class Sentences:
    """razdel's sentences (it knows "г." and initials do not end one); a line break ends one
    too, as headlines, captions and bylines stand on lines of their own."""

    def __call__(self, doc: Doc) -> Doc:
        """The starts are set as one array: spaCy's ``is_sent_start`` setter scans the whole
        document (``has_annotation``) at every token, so setting it token by token cost
        time that grew with the square of the page's length."""
        if not len(doc):
            return doc
        starts = {s.start for s in sentenize(doc.text)}
        flags = numpy.empty(len(doc), dtype="int64")
        after_break = True
        for i, token in enumerate(doc):
            if token.is_space:
                flags[i] = 1 if i == 0 else -1
                after_break = after_break or "\n" in token.text
                continue
            flags[i] = 1 if i == 0 or after_break or token.idx in starts else -1
            after_break = False
        doc.from_array([SENT_START], flags.astype("uint64"))
        return doc


class Names:
    """slovnet's PER, LOC and ORG spans as ``doc.ents`` (PERSON, GPE, ORGANIZATION)."""

    def __init__(self) -> None:
        from kg.lang.ru.ner import load_ner

        self.tagger = load_ner()

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._tag(batch)
                batch = []
        yield from self._tag(batch)

    def _tag(self, docs: list[Doc]) -> Iterator[Doc]:
        """The tagger reads our tokens (razdel's, as its own reader would make them), so the
        text is not tokenized twice and tags map to tokens, not characters."""
        if not docs:
            return
        infer = self.tagger.infer
        words = [[t.i for t in doc if not t.is_space] for doc in docs]
        inputs = infer.encoder([[doc[i].text for i in ids] for doc, ids in zip(docs, words)])
        for doc, ids, tags in zip(docs, words, infer.decoder(infer.process(inputs))):
            doc.ents = filter_spans(list(bio_spans(doc, ids, tags)))
            yield doc


def bio_spans(doc: Doc, ids: list[int], tags: list[str]) -> Iterator[Span]:
    """Spans of B-/I- tags over the tokens ``ids`` (an I- after another type opens a span)."""
    start, label = None, None
    for k, tag in enumerate([*tags, "O"]):
        kind = tag[2:] if tag[:2] in ("B-", "I-") else None
        if start is not None and (kind != label or tag.startswith("B-")):
            yield Span(doc, ids[start], ids[k - 1] + 1, label=NER_LABELS.get(label, label))
            start, label = None, None
        if kind is not None and start is None:
            start, label = k, kind


class WordReadings:
    """Lemma, case (as its preposition makes it, kg.lang.ru.morphology) and number of every word.

    Lemmas and morphology go onto the ``Doc`` as two arrays, not word by word: each
    ``token.lemma_`` or ``token.morph`` set makes a spaCy ``Token`` and a string look-up."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.morphs: dict[str, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        words = texts_of(doc)
        readings = read_words(words)
        keys, heads = [], []
        if len(doc):
            values = doc.to_array([LEMMA, MORPH])
            add = self.vocab.strings.add
        for i, (word, reading) in enumerate(zip(words, readings)):
            if reading is None:
                low = word.casefold()
                keys.append(frozenset({low}))
                heads.append(low)
                continue
            values[i, 0] = add(reading.lemma)
            values[i, 1] = self._morph("Case=" + reading.case + ("|Number=Plur" if reading.number == "Plur" else ""))
            keys.append(word_keys(word, reading))
            heads.append(fold(reading.lemma))
        if len(doc):
            doc.from_array([LEMMA, MORPH], values)
        set_readings(doc, keys, readings, heads)
        return doc

    def _morph(self, morph: str) -> int:
        key = self.morphs.get(morph)
        if key is None:
            key = self.morphs[morph] = self.vocab.morphology.add(morph)
        return key


@lru_cache(maxsize=WORD_CACHE)
def word_keys(text: str, reading) -> frozenset[str]:
    """The forms a word may stand for: itself, its lemma in context, its nominative and the
    lemmas of its other readings.  Kept by word and reading: news repeats its words, and
    the sets cost more to build than to look up."""
    from kg.lang.ru.morphology import parses

    keys = {text.casefold(), reading.lemma.casefold(), reading.nominative.casefold(),
            *(p.normal_form for p in parses(text)[:3])}
    return frozenset(keys | {fold(k) for k in keys})


@Language.factory("ru_sentences")
def make_sentences(nlp: Language, name: str) -> Sentences:
    return Sentences()


@Language.factory("ru_entities")
def make_names(nlp: Language, name: str) -> Names:
    return Names()


@Language.factory("ru_morphology")
def make_word_readings(nlp: Language, name: str) -> WordReadings:
    return WordReadings(nlp.vocab)


def make_pipeline(use_ner: bool = True) -> Language:
    import kg.lang.ru.mentions  # noqa: F401  (registers "ru_mentions")
    import kg.lang.ru.name_pairs  # noqa: F401  (registers "ru_name_pairs")

    nlp = spacy.blank("ru")
    nlp.tokenizer = RazdelTokenizer(nlp.vocab)
    nlp.max_length = 30_000_000  # inputs are capped by --max-size (20 MB by default), not here
    nlp.add_pipe("ru_name_pairs")
    nlp.add_pipe("ru_sentences")
    if use_ner:
        nlp.add_pipe("ru_entities")
    nlp.add_pipe("ru_morphology")
    nlp.add_pipe("ru_mentions")
    return nlp
