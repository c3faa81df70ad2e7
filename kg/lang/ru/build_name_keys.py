"""Build ``kg/lang/ru/data/name_keys.tsv``: the lemma key and the function-word flag of
every word of the gazetteer's Russian names (:func:`kg.lang.ru.morphology.name_keys`).

Run ``python -m kg.lang.ru.build_name_keys`` after pymorphy3, its dictionary or
``kg/lang/ru/morphology.py`` change (the table is ignored until then, which only
costs time) or after names are added to the gazetteer (their words are read live
until then).
"""
from __future__ import annotations

from pathlib import Path

from kg.gazetteer import default_gazetteer
from kg.lang.ru.mentions import RussianNames, extra_names
from kg.lang.ru.morphology import live_function_word, live_lemma_key, name_keys_stamp

TABLE = Path(__file__).parent / "data" / "name_keys.tsv"


def name_words() -> list[str]:
    """The words (and single-word names) the gazetteer's Russian names are keyed by."""
    extra = extra_names()
    words: set[str] = set()
    for entry in default_gazetteer().entries:
        for name in RussianNames.names_of(entry, extra.get(entry.id, [])):
            words.update(name.split())
    return sorted(w for w in words if "\t" not in w and "\n" not in w)


def main() -> None:
    rows = [f"{w}\t{live_lemma_key(w)}\t{int(live_function_word(w))}\n" for w in name_words()]
    TABLE.write_text(f"# {name_keys_stamp()}\n" + "".join(rows), encoding="utf-8")
    print(f"wrote {len(rows)} words to {TABLE}")


if __name__ == "__main__":
    main()
