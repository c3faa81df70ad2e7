"""Write ``kg/lang/kk/data/known_stems.txt``: the stems the Kazakh analyser trusts
(:func:`kg.lang.kk.morphology.decide_stems`), decided ahead so that a process does not read
every known word at its start.

Run ``python -m kg.lang.kk.build_stems`` (or ``make stems``) after a gazetteer, a Kazakh
lexicon, the suffixes, the letter classes, the corpus lexicon or the analyser's code change.
Until then the table's stamp no longer matches and the stems are decided live: the same
graphs, a slower start (``tests/lang/kk/test_known_stems.py`` fails to say so).
"""
from __future__ import annotations

from kg.lang.kk import DATA as KK_DATA
from kg.lang.kk.morphology import STEMS_TABLE, decide_stems, load_phonology, load_suffixes, stems_stamp


def table_text() -> str:
    """The table as it should be now: the stamp, then the stems sorted, one a line."""
    stems = sorted(decide_stems(load_suffixes(), load_phonology()))
    return f"# {stems_stamp()}\n" + "".join(f"{stem}\n" for stem in stems)


def main() -> None:
    path = KK_DATA.path(STEMS_TABLE)
    text = table_text()
    path.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10)) - 1} stems to {path}")


if __name__ == "__main__":
    main()
