"""KazNERD-style tags from the model and the gazetteers together.

The model knows names it has seen and the contexts names stand in; the
gazetteers know every country and capital in every inflected form, and the
leaders.  A gazetteer place overrides what the model said about the same
tokens (it tags Әзербайжан a PERSON, having never seen it), unless the model
put the place inside a longer name (Қазақстан халқы Ассамблеясы); a known
leader fills in where the model saw nothing.

>>> from kg.ner.hybrid import HybridTagger
>>> tagger = HybridTagger()
>>> tagger.tags(["Тоқаев", "Әзербайжанға", "барды", "."])
['B-PERSON', 'B-GPE', 'O', 'O']
"""
from __future__ import annotations

from typing import Iterable, Iterator, Sequence

from spacy.tokens import Doc, Span

from kg.ner.conll import Sentence, doc_to_tags, repair_iob, to_doc

PLACE_KINDS = {"Country": "GPE", "City": "GPE"}
LONGER_NAMES = {"ORGANISATION", "FACILITY", "EVENT", "ART", "LAW", "PRODUCT", "LOCATION", "MISCELLANEOUS"}


class HybridTagger:
    def __init__(self, use_ner: bool = True, use_gazetteer: bool = True) -> None:
        from kg.lang.kk.pipeline import MODEL_DIR, make_pipeline

        self.nlp = make_pipeline(use_ner=use_ner, ner_path=MODEL_DIR)  # all of KazNERD's labels
        self.use_gazetteer = use_gazetteer

    def analyse(self, tokens: Sequence[str]) -> Doc:
        doc = to_doc(self.nlp, list(tokens))
        for _name, component in self.nlp.pipeline:
            doc = component(doc)
        return doc

    def tags(self, tokens: Sequence[str]) -> list[str]:
        doc = self.analyse(tokens)
        if not self.use_gazetteer:
            return doc_to_tags(doc)
        ents = list(doc.ents)
        mentions = sorted(doc.spans.get("mentions", []), key=lambda m: self.gazetteer_label(m) != "GPE")
        for mention in mentions:  # places first, then the leaders
            label = self.gazetteer_label(mention)
            if label is None:
                continue
            overlapping = [e for e in ents if e.start < mention.end and mention.start < e.end]
            if any(e.label_ in LONGER_NAMES and len(e) > len(mention) for e in overlapping):
                continue  # inside a longer name the model found (Қазақстан халқы Ассамблеясы)
            if label == "PERSON" and overlapping:
                continue  # the model found something there; a leader's name only fills gaps
            kept = [e for e in ents if e not in overlapping]
            for e in (e for e in overlapping if e.label_ == "PERSON"):  # "Тоқаев Әзербайжанға": keep Тоқаев
                kept += [Span(doc, a, b, label=e.label_) for a, b in ((e.start, mention.start), (mention.end, e.end))
                         if a < b]
            ents = kept + [Span(doc, mention.start, mention.end, label=label)]
        doc.ents = sorted(ents, key=lambda e: e.start)
        return repair_iob(doc_to_tags(doc))

    @staticmethod
    def gazetteer_label(mention: Span) -> str | None:
        if mention._.source != "gazetteer":
            return None
        if mention._.kind in PLACE_KINDS:
            return PLACE_KINDS[mention._.kind]
        return "PERSON" if mention._.kind == "Person" else None

    def tag_sentences(self, sentences: Iterable[Sentence]) -> Iterator[Sentence]:
        for sent_id, tokens, _tags in sentences:
            yield sent_id, list(tokens), self.tags(tokens)
