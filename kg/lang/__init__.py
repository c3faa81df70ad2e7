"""The Kazakh language layer: tokenizer, transliteration and morphology."""
