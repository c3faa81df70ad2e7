"""The readable ASCII part of an entity's IRI, spelled from its label in either
language's Cyrillic (Kazakh letters and Russian ones alike), so that the resolver
names entities without knowing which language read them.

>>> slugify("Қасым-Жомарт Тоқаев"), slugify("Касым-Жомарт Токаев")
('qasym-zhomart-toqaev', 'kasym-zhomart-tokaev')
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

CYRILLIC_ASCII = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
    "ң": "ng", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
    "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}


def slugify(label: str) -> str:
    """A readable ASCII slug; a label with no letters to spell falls back to percent-encoding."""
    text = unicodedata.normalize("NFC", label).casefold()
    spelled = "".join(CYRILLIC_ASCII.get(ch, ch) for ch in text)
    spelled = unicodedata.normalize("NFKD", spelled).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", spelled).strip("-")
    return slug or quote(label.strip() or "unnamed", safe="")
