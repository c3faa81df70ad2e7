"""Language knowledge shipped as data: suffixes, lexicons, gazetteers."""
from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent


def data_path(*parts: str) -> Path:
    return DATA_DIR.joinpath(*parts)


def read_tsv(*parts: str) -> list[dict[str, str]]:
    """Rows of a tab-separated data file with a header; ``#`` lines are comments."""
    return read_table(data_path(*parts))


def read_table(path: Path) -> list[dict[str, str]]:
    """:func:`read_tsv` for a file anywhere (the scripts that write the data files read them too)."""
    lines = [ln.rstrip("\n") for ln in path.read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for ln in lines[1:]:
        cells = ln.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return rows


@cache
def read_word_list(*parts: str) -> frozenset[str]:
    """A one-word-or-phrase-a-line list, lower-cased; ``#`` lines are comments."""
    text = data_path(*parts).read_text(encoding="utf-8")
    return frozenset(
        ln.strip().casefold() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")
    )
