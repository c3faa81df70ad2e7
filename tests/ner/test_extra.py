"""More training sentences than KazNERD's: read, checked, and kept out of every evaluation."""
from __future__ import annotations

import random

import pytest

from kg.ner.extra import ExtraData, load_extra
from kg.ner.train import fold_splits, main, split_dev, with_extra

# Sentences written for this test, in KazNERD's layout.
EXTRA = (
    "NEWS00001 O\n"
    "Сыртқы B-POSITION\n"
    "істер I-POSITION\n"
    "министрі I-POSITION\n"
    "Мұрат B-PERSON\n"
    "Нұртілеу I-PERSON\n"
    "Анкарада B-GPE\n"
    "болды O\n"
    ". O\n"
    "\n"
    "NEWS00002 O\n"
    "Кеңес O\n"
    "өтті O\n"
    "\n"
    "NEWS00003 O\n"
    "Жиында I-EVENT\n"
    "баяндама O\n"
    "жасалды O\n"
    "\n"
    "NEWS00004 O\n"
    "Сыртқы B-POSITION\n"
    "істер I-POSITION\n"
    "министрі I-POSITION\n"
    "Мұрат B-PERSON\n"
    "Нұртілеу I-PERSON\n"
    "Анкарада B-GPE\n"
    "болды O\n"
    ". O\n"
    "\n"
    "NEWS00005 O\n"
    "Бүгін O\n"
    "жаңбыр B-WEATHER\n"
    "\n"
    "NEWS00006 O\n"
    "Ол O\n"
    "келді O\n"
)


@pytest.fixture
def extra_file(tmp_path):
    path = tmp_path / "news.iob2"
    path.write_text(EXTRA, encoding="utf-8")
    return path


def test_extra_sentences_keep_their_tags_and_drop_what_cannot_be_trusted(extra_file):
    extra = load_extra([extra_file], seen=[["Ол", "келді"]])
    assert [sid for sid, _toks, _tags in extra.sentences] == ["NEWS00001", "NEWS00002", "NEWS00003"]
    first = extra.sentences[0][2]
    assert first[:6] == ["B-POSITION", "I-POSITION", "I-POSITION", "B-PERSON", "I-PERSON", "B-GPE"]
    assert extra.sentences[2][2][0] == "B-EVENT"  # an I- without its B- reads as a B-, as in KazNERD
    assert extra.dropped == {"duplicate": 2, "unknown label": 1}
    summary = extra.summary()
    assert summary["sentences"] == 3 and summary["tokens"] == 13
    assert summary["entities"] == {"POSITION": 1, "PERSON": 1, "GPE": 1, "EVENT": 1}


def test_extra_sentences_are_trained_on_in_every_fold_and_never_scored():
    kaznerd = [(f"AID{i}", [f"w{i}"], ["O"]) for i in range(30)]
    extra = ExtraData([("NEWS1", ["n1"], ["O"]), ("NEWS2", ["n2"], ["O"])])
    seen_test = []
    for _i, train, dev, test in fold_splits(kaznerd, 3, [1, 2, 3], 0.1, extra, repeat=2):
        assert [s[0] for s in train].count("NEWS1") == 2
        assert not any(s[0].startswith("NEWS") for s in dev + test)
        assert len(train) + len(dev) + len(test) == 30 + 4
        seen_test += [s[0] for s in test]
    assert sorted(seen_test) == sorted(s[0] for s in kaznerd)  # the folds still cover KazNERD exactly once


def test_the_final_dev_split_is_the_one_without_extra_data():
    kaznerd = [(f"AID{i}", [f"w{i}"], ["O"]) for i in range(20)]
    random.Random(0).shuffle(kaznerd)
    train, dev = split_dev(kaznerd, 0.1)
    extra = ExtraData([("NEWS1", ["n1"], ["O"])])
    assert with_extra(train, extra, 3)[: len(train)] == train
    assert with_extra(train, extra, 3)[len(train):] == [extra.sentences[0]] * 3


def test_a_missing_extra_file_is_a_one_line_error(tmp_path, capsys):
    kaznerd = tmp_path / "kaznerd.iob2"
    kaznerd.write_text("AID1 O\nБіз O\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main(["--data", str(kaznerd), "--extra", str(tmp_path / "absent.iob2"), "--out", str(tmp_path / "m")])
    assert stop.value.code == 2
    assert "--extra" in capsys.readouterr().err.strip().splitlines()[-1]
    assert not (tmp_path / "m").exists()
