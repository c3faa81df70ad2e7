"""The spaCy pipeline: Kazakh tokenizer, sentences, statistical NER, morphology
and mention finding, as registered components over one ``Doc``.

>>> nlp = make_pipeline(use_ner=False)
>>> doc = nlp("Тоқаев Бакуде Әлиевпен кездесті.")
>>> [(t.text, t.lemma_, str(t.morph)) for t in doc][1]
('Бакуде', 'Баку', 'Case=Loc')
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis
from spacy.vocab import Vocab

import kg.lang.kk.kazakh  # noqa: F401  (registers the "kk" language)
import kg.lang.kk.name_pairs  # noqa: F401  (registers "kk_name_pairs")
import kg.lang.kk.sentences  # noqa: F401  (registers "kk_sentences")
import kg.ner.greedy  # noqa: F401  (registers "kk_entities")
from kg.lang.kk.morphology import WORD_CACHE, Analysis, default_analyser
from kg.tokens import set_readings

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "ner_kk"
# The builder's model has a narrower network (tok2vec width 64, four times fewer
# multiplications a token) trained longer, as accurate on PERSON and GPE; `kg ner`
# keeps MODEL_DIR, whose scores docs and tests quote (kg/models/ner_kk_builder/README.md).
BUILDER_MODEL_DIR = MODEL_DIR.with_name("ner_kk_builder")

class WordReadings:
    """Lemma, case, number and possessive of every word, from the suffix analyser; the
    readings and lookup keys themselves go to kg.tokens.  A handful of morphology strings
    recur, so each is parsed into spaCy's MorphAnalysis once (``token.set_morph`` of a
    string parses it every time: most of this component's time)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.morphs: dict[str, MorphAnalysis] = {}

    def __call__(self, doc: Doc) -> Doc:
        all_keys, readings = [], []
        for token in doc:
            reading, keys, morph = _word_reading(token.text, token.is_alpha or "-" in token.text)
            all_keys.append(keys)
            readings.append(reading)
            if reading is None:
                continue
            token.lemma_ = reading.lemma
            token.morph = self.morphs.get(morph) or self.morphs.setdefault(morph, MorphAnalysis(self.vocab, morph))
        set_readings(doc, all_keys, readings)
        return doc


@Language.factory("kk_morphology")
def make_word_readings(nlp: Language, name: str) -> WordReadings:
    return WordReadings(nlp.vocab)


@lru_cache(maxsize=WORD_CACHE)
def _word_reading(text: str, is_word: bool) -> tuple[Analysis | None, frozenset[str], str]:
    """What ``kk_morphology`` gives a word form: its best reading, its lookup keys
    and its morphology string.  Cached by form, because news repeats its words
    and the analyser's answer depends on the form alone."""
    if not is_word:
        return None, frozenset({text.casefold()}), ""
    from kg.gazetteer import token_keys

    analyser = default_analyser()
    reading = analyser.analyse(text)
    feats = {"Case": reading.case, "Number": reading.number}
    if reading.possessive:
        feats["Person[psor]"] = reading.possessive
    morph = "|".join(f"{k}={v}" for k, v in feats.items() if not (k == "Number" and v == "Sing"))
    return reading, token_keys(text, analyser), morph


def load_ner(path: Path = BUILDER_MODEL_DIR) -> Language | None:
    """A trained NER pipeline shipped in the package (by default the builder's), or None if it is absent."""
    if not (path / "config.cfg").exists():
        return None
    try:
        import kg.ner.features  # noqa: F401  (custom lexical features, if any)
    except ImportError:
        pass
    from kg.ner.ops import network_ops

    with network_ops():
        return spacy.load(path)


def make_pipeline(use_ner: bool = True, ner_path: Path = BUILDER_MODEL_DIR) -> Language:
    import kg.lang.kk.mentions  # noqa: F401  (registers "kk_mentions")

    ner = load_ner(ner_path) if use_ner else None
    # the network's vocabulary (its 25,000 strings) is the pipeline's own: into a vocabulary of
    # its own, spaCy copied every string once per component taken from it (0.07 CPU s a start)
    nlp = spacy.blank("kk", vocab=True if ner is None else ner.vocab)
    nlp.max_length = 30_000_000  # inputs are capped by --max-size (20 MB by default), not here
    nlp.add_pipe("kk_name_pairs")
    nlp.add_pipe("kk_sentences")
    if ner is not None:
        for name in ner.pipe_names:
            nlp.add_pipe(name, source=ner)
        # spaCy's "ner" stays for its network and moves; kk_entities decodes them, faster (kg/ner/greedy.py)
        nlp.add_pipe("kk_entities", config={"recognizer": "ner"})
        nlp.disable_pipe("ner")
    nlp.add_pipe("kk_morphology")
    nlp.add_pipe("kk_mentions")
    return nlp
