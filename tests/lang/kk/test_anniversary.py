"""Anniversary phrases (sentences written for the test)."""
from __future__ import annotations

import pytest

from kg.lang.kk.anniversary import anniversary_end


@pytest.mark.parametrize("text, start, end", [
    ("Ұлы Жеңістің жетпіс бес жылдығын тойлады", 2, 5),
    ("университеттің 90 жылдығына орай", 1, 3),
    ("театрдың елу жылдық мерейтойы", 1, None),      # жылдық here is an adjective, not "its anniversary"
    ("кітаптың жүз беті", 1, None),
    ("ақынның мерейтойы", 1, None),                  # no number of years
])
def test_anniversary_end(text, start, end):
    assert anniversary_end(text.split(), start) == end
