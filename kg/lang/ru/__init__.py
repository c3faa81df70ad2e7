"""Russian: tokens and sentences (razdel), names (slovnet's NER with navec embeddings,
shipped in the natasha wheel), morphology (pymorphy3), dates, tense, page clutter and
mention finding, with the data they read in ``data/`` (prepositions, months, lexicons
of titles, triggers and cues).  Nothing downloads at run time."""
from pathlib import Path

from kg.data import DataFolder

DATA = DataFolder(Path(__file__).parent / "data")
