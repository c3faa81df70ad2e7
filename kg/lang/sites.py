"""The web addresses a news page names as its sources (akorda.kz, BAQ.KZ), in any language.

Shared by the tokenizers, which keep an address one word (BAQ.KZ-тің, not BAQ | . | KZ-тің,
whose full stop before a capital would end a sentence), and by :mod:`kg.lang.media`, which
reads it as an organisation.

>>> bool(SITE_WORD.match("BAQ.KZ-тің")), bool(SITE_WORD.match("Tengrinews.kz")), bool(SITE_WORD.match("жылы.Бұл"))
(True, True, False)
"""
from __future__ import annotations

import re

# the top-level domains of the region's and the world's news sites, Latin and Cyrillic
TLDS = r"(?:kz|ru|uz|kg|az|tj|by|ua|com|tv|org|net|info|news|ру|рф|қаз)"
# an address as a whole word, with a Kazakh or Russian case ending after a hyphen (BAQ.KZ-тің)
SITE_WORD = re.compile(rf"^[^\W\d_][\w-]*(?:\.[\w-]+)*\.{TLDS}(?:-[^\W\d_]+)?$", re.IGNORECASE)
