"""What web addresses look like in running text: a page's links, e-mails and the
sites it credits (Egemen.kz, BAQ.KZ), which page cleaning blanks or keeps and
mention finding names.

>>> [m.group(0) for m in SITE.finditer("деп хабарлайды Egemen.kz, ал BAQ.KZ сайтында. Дереккөз: El.kz.")]
['Egemen.kz', 'BAQ.KZ', 'El.kz']
>>> bool(URL.search("https://akorda.kz/kk/news"))
True
"""
from __future__ import annotations

import re

URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+@[\w-]+(?:\.[\w-]+)+\b")
SITE = re.compile(r"(?<![\w@/.])[^\W\d_][\w-]*(?:\.[\w-]+)*\.(?:kz|KZ|ru|RU|com|tv|TV|org|net|info|uz|kg)\b(?![/\w]|\.\w)")
