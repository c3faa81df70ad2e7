"""Languages: a package per language (``kk``), each with its pipeline, page clutter, dates, tense and lexicons as data."""
