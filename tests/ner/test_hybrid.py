"""Model + gazetteer beats either alone on KazNERD sentences the model did not train on."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg.ner.hybrid import HybridTagger

KAZNERD = Path(__file__).resolve().parents[3] / "shared" / "data" / "kaznerd" / "kaznerd_valid.iob2"


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, label = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O" or tag.startswith("B-") or tag[2:] != label:
            if start is not None:
                out.add((start, i, label))
                start = None
            if tag != "O":
                start, label = i, tag[2:]
    return out


def f1(tagger: HybridTagger, sentences, label: str) -> float:
    tp = fp = fn = 0
    for _sid, tokens, gold in sentences:
        pred = {s for s in spans(tagger.tags(tokens)) if s[2] == label}
        want = {s for s in spans(gold) if s[2] == label}
        tp, fp, fn = tp + len(pred & want), fp + len(pred - want), fn + len(want - pred)
    return 2 * tp / (2 * tp + fp + fn)


@pytest.fixture(scope="module")
def held_out():
    if not KAZNERD.exists():
        pytest.skip("KazNERD is not beside the repo")
    from kg.ner.train import load_kaznerd, split_dev

    sentences = load_kaznerd(KAZNERD)
    random.Random(0).shuffle(sentences)  # the split kg.ner.train used: the first 10% never trained on
    return split_dev(sentences, 0.1)[1][:400]


def test_hybrid_beats_the_model_and_the_gazetteer_on_places(held_out):
    both = f1(HybridTagger(), held_out, "GPE")
    model = f1(HybridTagger(use_gazetteer=False), held_out, "GPE")
    lists = f1(HybridTagger(use_ner=False), held_out, "GPE")
    print(f"GPE F1: model {model:.3f}, gazetteer {lists:.3f}, both {both:.3f}")
    assert both > model and both > lists


def test_hybrid_keeps_every_token_and_emits_valid_iob2():
    tokens = ["Қасым-Жомарт", "Тоқаев", "Ташкентте", "Шавкат", "Мирзиёевпен", "кездесті", "."]
    tags = HybridTagger().tags(tokens)
    assert len(tags) == len(tokens)
    for previous, tag in zip(["O", *tags], tags):
        assert tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and previous[2:] == tag[2:])
    assert tags[2] == "B-GPE"
