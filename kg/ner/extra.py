"""Training sentences beyond KazNERD: IOB2 files tagged in KazNERD's scheme.

KazNERD's sentences are TV news read aloud; the builder reads news pages,
whose names, titles and syntax differ.  Sentences of such pages tagged by
hand in KazNERD's scheme go into training only, never into the KazNERD
dev split or a fold's held-out part, so that scores stay comparable with
models trained on KazNERD alone.

The tags are never edited here (an ``I-`` tag without its ``B-`` is read as a
``B-``, as for KazNERD).  A sentence is dropped whole when it cannot be
trusted: a label outside KazNERD's, or a token sequence already seen (in
KazNERD or an earlier file).

>>> import io
>>> text = "N1 O\\nТоқаев B-PERSON\\nБакуге B-GPE\\nбарды O\\n\\nN2 O\\nБіз B-FOO\\n"
>>> extra = load_extra([io.StringIO(text)])
>>> extra.sentences
[('N1', ['Тоқаев', 'Бакуге', 'барды'], ['B-PERSON', 'B-GPE', 'O'])]
>>> dict(extra.dropped)
{'unknown label': 1}
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from kg.ner.conll import KAZNERD_LABELS, PathOrFile, Sentence, read_conll, repair_iob


@dataclass
class ExtraData:
    """The sentences kept for training, and how many were dropped for which reason."""

    sentences: list[Sentence] = field(default_factory=list)
    dropped: Counter = field(default_factory=Counter)

    def summary(self) -> dict:
        labels = Counter(tag[2:] for _sid, _toks, tags in self.sentences for tag in tags if tag.startswith("B-"))
        return {
            "sentences": len(self.sentences),
            "tokens": sum(len(toks) for _sid, toks, _tags in self.sentences),
            "entities": dict(labels.most_common()),
            "dropped": dict(self.dropped),
        }


def load_extra(sources: Iterable[PathOrFile], seen: Iterable[Sequence[str]] = ()) -> ExtraData:
    """The tagged sentences of ``sources`` fit for training.

    ``seen`` holds token sequences already in the data (KazNERD's); a sentence
    repeating one is dropped, as is a later copy within the files.
    """
    known = {tuple(toks) for toks in seen}
    labels = set(KAZNERD_LABELS)
    out = ExtraData()
    for source in sources:
        for sid, toks, tags in read_conll(source):
            if tags is None or not toks:
                out.dropped["untagged"] += 1
                continue
            if any(tag != "O" and tag[2:] not in labels for tag in tags):
                out.dropped["unknown label"] += 1
                continue
            if tuple(toks) in known:
                out.dropped["duplicate"] += 1
                continue
            tags = repair_iob(tags)
            known.add(tuple(toks))
            out.sentences.append((sid, toks, tags))
    return out
