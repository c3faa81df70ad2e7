"""Data shipped with the package, read the same way wherever it lives: the
gazetteers and samples here, and each language's own files in its package
(``kg/lang/kk/data``), so that a language is one folder of code and data."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent


@dataclass(frozen=True)
class DataFolder:
    """A folder of tab-separated tables and word lists."""

    root: Path

    def path(self, *parts: str) -> Path:
        return self.root.joinpath(*parts)

    def read_tsv(self, *parts: str) -> list[dict[str, str]]:
        """Rows of a tab-separated data file with a header; ``#`` lines are comments."""
        return read_table(self.path(*parts))

    def read_word_list(self, *parts: str) -> frozenset[str]:
        """A one-word-or-phrase-a-line list, lower-cased; ``#`` lines are comments."""
        return _word_list(self.path(*parts))


SHARED = DataFolder(DATA_DIR)
data_path = SHARED.path
read_tsv = SHARED.read_tsv


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
def _word_list(path: Path) -> frozenset[str]:
    text = path.read_text(encoding="utf-8")
    return frozenset(
        ln.strip().casefold() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")
    )
