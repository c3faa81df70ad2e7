"""A name inside a leader's full name (Нұрсұлтан Әбішұлы in Нұрсұлтан Әбішұлы Назарбаев)
is that leader; the resolver finds the candidates through an index by word, which must
give what a scan of every leader gives."""
from __future__ import annotations

import spacy
from spacy.tokens import Span

import kg.lang.kk.mentions  # noqa: F401  (registers the mentions' span attributes)
from kg.extraction import DocumentExtractor
from kg.identity.resolve import _words
from kg.lang import language


def scan(resolver, nominative: str):
    words = _words(nominative)
    found = {e.id: e for e, names in resolver._leader_names if any(set(words) <= n for n in names)}
    return next(iter(found.values())) if len(found) == 1 else None


def test_the_index_finds_what_a_scan_finds():
    extractor = DocumentExtractor(use_ner=False)
    resolver = extractor.resolver(language("kk"))
    doc = spacy.blank("xx")("Нұрсұлтан Әбішұлы")
    names = ["Нұрсұлтан Әбішұлы", "Қасым-Жомарт Кемелұлы", "Владимир Путин", "Ильхам Алиев", "Ермек Көшенов",
             "Шавкат Мирзиёев", "Әли Вәлиев"]
    answers = []
    for name in names:
        span = Span(doc, 0, 2)
        span._.nominative = name
        found = resolver._known_by_full_name(span)
        assert found is scan(resolver, name)
        answers.append(found.id if found else None)
    assert answers[0] is not None and answers[-1] is None
