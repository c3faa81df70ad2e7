"""Kazakh: tokenizer, transliteration, morphology, dates, tense, page clutter and
mention finding, with the data they read in ``data/`` (word lists, suffixes,
lexicons of titles, triggers and cues)."""
from pathlib import Path

from kg.data import DataFolder

DATA = DataFolder(Path(__file__).parent / "data")
