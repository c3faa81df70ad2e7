"""The NER model's greedy decoding, done for every sentence of a batch at once.

spaCy's compiled transition parser makes, at every token, a validity check for
every one of the model's 102 moves, and each check takes and drops the GIL
(``perf``: a third of a build's NER time in ``take_gil``/``drop_gil`` and the
mutex under them).  The arithmetic itself is small: three precomputed rows
summed, a maxout, one 64×102 product.

``EntityDecoder`` runs that same network and makes the same choices with numpy:
the model's moves never let an entity cross a sentence start (Begin and In are
invalid before one), so each sentence can be decoded on its own, and all the
sentences of a batch advance one token per step together.  Its entities are
spaCy's, token for token (``tests/ner/test_greedy.py`` compares them on
sentences written for the test; the KazNERD validation split, 8,800 documents,
and the real-news set gave no difference either); only an exact tie of two
float scores could be broken differently.

>>> import numpy
>>> segments(numpy.array([1, 0, 0, 1, 0]), offset=10)
[(10, 3), (13, 2)]
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

BEGIN, IN, LAST, UNIT, OUT = range(5)
Entity = tuple[int, int, str]  # token start, token end, label


def segments(sent_starts: numpy.ndarray, offset: int = 0) -> list[tuple[int, int]]:
    """(start, length) of each sentence of a document whose tokens begin at ``offset``;
    a sentence starts at the first token and wherever SENT_START is 1."""
    starts = [0, *(int(i) for i in numpy.flatnonzero(sent_starts == 1) if i > 0)]
    ends = [*starts[1:], len(sent_starts)]
    return [(offset + s, e - s) for s, e in zip(starts, ends) if e > s]


class EntityDecoder:
    """Entities from a trained spaCy ``EntityRecognizer``'s network (width, labels
    and weights as trained), decoded as spaCy's greedy parser decodes them."""

    def __init__(self, recognizer) -> None:
        names = [recognizer.moves.get_class_name(i) for i in range(recognizer.moves.n_moves)]
        self.kind = numpy.array(["BILUO".index(n[0]) for n in names])
        move_labels = [n[2:] for n in names]
        self.labels = ["", *sorted({label for label in move_labels if label})]
        self.label = numpy.array([self.labels.index(label) for label in move_labels])
        model = recognizer.model
        self.encoder, self.lower, upper = model.layers
        self.upper_w, self.upper_b = upper.get_param("W"), upper.get_param("b")
        self.lower_b = self.lower.get_param("b")
        self.unseen = numpy.zeros(len(names), dtype=bool)
        self.unseen[list(model.attrs.get("unseen_classes", ()))] = True
        labelled = self.label != 0
        self.begin = (self.kind == BEGIN) & labelled
        self.inside = self.kind == IN
        self.last = self.kind == LAST
        self.unit = (self.kind == UNIT) & labelled
        self.out = self.kind == OUT

    def entities(self, docs: list[Doc]) -> list[list[Entity]]:
        """Each document's entities, in the order the decoder closes them."""
        found: list[list[Entity]] = [[] for _ in docs]
        docs_with_tokens = [(i, d) for i, d in enumerate(docs) if len(d)]
        if not docs_with_tokens:
            return found
        rows = self.lower.predict(self.encoder.predict([d for _i, d in docs_with_tokens]))  # (tokens+1, F, O, P)
        spans, owner, offsets, spaces = [], [], [], []
        offset = 0
        for i, doc in docs_with_tokens:
            for span in segments(doc.to_array(SENT_START).astype(numpy.int64), offset):
                spans.append(span)
                owner.append(i)
                offsets.append(offset)
            spaces.append(doc.to_array(IS_SPACE).astype(bool))
            offset += len(doc)
        order = sorted(range(len(spans)), key=lambda k: -spans[k][1])
        start = numpy.array([spans[k][0] for k in order])
        length = numpy.array([spans[k][1] for k in order])
        for k, begin, end, label in self._decode(rows, start, length, numpy.concatenate(spaces)):
            seg = order[k]
            found[owner[seg]].append((begin - offsets[seg], end - offsets[seg], self.labels[label]))
        return found

    def _decode(self, rows: numpy.ndarray, start: numpy.ndarray, length: numpy.ndarray,
                space: numpy.ndarray) -> Iterator[tuple[int, int, int, int]]:
        """(segment, first token, end token, label id) of every entity; segments longest first."""
        open_label = numpy.zeros(len(start), dtype=numpy.int64)
        entity_start = numpy.full(len(start), -1)
        for step in range(int(length[0]) if len(length) else 0):
            n = int(numpy.count_nonzero(length > step))
            token = start[:n] + step
            label, first = open_label[:n], entity_start[:n]
            is_open = label != 0
            # the state's three features: the next token, the entity's first token, the token before
            hidden = (rows[token + 1, 0] + rows[numpy.where(is_open, first, -1) + 1, 1]
                      + rows[numpy.where(is_open, token - 1, -1) + 1, 2] + self.lower_b).max(axis=-1)
            scores = hidden @ self.upper_w.T + self.upper_b
            if self.unseen.any():
                scores[:, self.unseen] = scores.min()
            move = numpy.where(self._valid(is_open, label, step == length[:n] - 1, space[token]),
                               scores, -numpy.inf).argmax(axis=1)
            kind, move_label = self.kind[move], self.label[move]
            for k in numpy.flatnonzero((kind == UNIT) | (kind == LAST)):
                begin = token[k] if kind[k] == UNIT else first[k]
                yield int(k), int(begin), int(token[k]) + 1, int(move_label[k])
            closing = (kind == UNIT) | (kind == LAST)
            open_label[:n] = numpy.where(kind == BEGIN, move_label, numpy.where(closing, 0, label))
            entity_start[:n] = numpy.where(kind == BEGIN, token, first)

    def _valid(self, is_open: numpy.ndarray, label: numpy.ndarray, at_end: numpy.ndarray,
               space: numpy.ndarray) -> numpy.ndarray:
        """spaCy's BiluoPushDown validity (no preset entities): (states, moves)."""
        closed = ~is_open
        same_label = self.label[None, :] == label[:, None]
        return ((self.begin[None] & (closed & ~at_end & ~space)[:, None])
                | (self.inside[None] & same_label & (is_open & ~at_end)[:, None])
                | (self.last[None] & same_label & is_open[:, None])
                | (self.unit[None] & (closed & ~space)[:, None])
                | (self.out[None] & closed[:, None]))


class EntityRecognizerComponent:
    """Sets ``doc.ents`` from the decoder, as the recognizer it decodes would."""

    def __init__(self, recognizer) -> None:
        self.decoder = EntityDecoder(recognizer)

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            for doc, entities in zip(batch, self.decoder.entities(batch)):
                doc.set_ents([Span(doc, s, e, label=label) for s, e, label in entities], default="outside")
                yield doc


@Language.factory("kk_entities", default_config={"recognizer": "ner"})
def make_entity_recognizer(nlp: Language, name: str, recognizer: str) -> EntityRecognizerComponent:
    """Decodes the pipeline's (disabled) spaCy recognizer named ``recognizer``."""
    return EntityRecognizerComponent(nlp.get_pipe(recognizer))
