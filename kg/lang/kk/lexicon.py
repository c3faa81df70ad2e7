"""Words the project knows for certain: names from the gazetteers and the
trigger, title and sector lexicons.  The analyser trusts a stem found here
over one the corpus merely attests."""
from __future__ import annotations

from functools import cache

from kg.data import DATA_DIR, read_tsv
from kg.lang.kk import DATA as KK_DATA


@cache
def known_words() -> frozenset[str]:
    words: set[str] = set()
    gazetteer = DATA_DIR / "gazetteer"
    for path in sorted(gazetteer.glob("*.tsv")) if gazetteer.exists() else ():
        for row in read_tsv("gazetteer", path.name):
            for column in ("kk", "kk_aliases", "adjectives"):
                for name in row.get(column, "").split("|"):
                    words.update(w.strip("«»\"") for w in name.split())
    lexicons = KK_DATA.path("lexicons")
    for path in sorted(lexicons.glob("*.tsv")) if lexicons.exists() else ():
        for row in KK_DATA.read_tsv("lexicons", path.name):
            words.update(next(iter(row.values())).split())
    return frozenset(w.casefold() for w in words if w)
