"""The analyser's known stems are decided ahead into ``data/known_stems.txt`` (deciding them
read every known word at each start); the table must hold what deciding them live gives."""
from __future__ import annotations

from kg.lang.kk import DATA as KK_DATA
from kg.lang.kk import morphology
from kg.lang.kk.build_stems import table_text
from kg.lang.kk.morphology import STEMS_TABLE, decide_stems, load_phonology, load_suffixes, shipped_stems


def test_the_table_is_up_to_date():
    """If this fails, run ``python -m kg.lang.kk.build_stems`` (``make stems``): a source of
    the stems changed since the table was made, so every process decides them again."""
    assert KK_DATA.path(STEMS_TABLE).read_text(encoding="utf-8") == table_text()


def test_the_analyser_uses_the_stems_decided_live():
    assert shipped_stems() == decide_stems(load_suffixes(), load_phonology())


def test_a_table_made_from_other_sources_is_not_used(monkeypatch):
    monkeypatch.setattr(morphology, "stems_stamp", lambda: "0" * 16)
    assert shipped_stems() is None


def test_the_stamp_follows_every_source(tmp_path, monkeypatch):
    """A changed gazetteer, lexicon or piece of the analyser's code gives another stamp."""
    sources = morphology.stem_sources()
    assert {p.name for p in sources} >= {"morphology.py", "lexicon.py", "suffixes.tsv", "lexicon.tsv",
                                         "leaders.tsv", "countries.tsv"}
    before = morphology.stems_stamp()
    copy = tmp_path / sources[-1].name
    copy.write_bytes(sources[-1].read_bytes() + b"\n")
    monkeypatch.setattr(morphology, "stem_sources", lambda: [*sources[:-1], copy])
    assert morphology.stems_stamp() != before
