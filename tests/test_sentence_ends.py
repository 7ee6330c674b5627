"""marks.sentence_ends_before gives what a search of the text bounded at the position gives,
for the sentence-end patterns the breakdown readers use, without searching again."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.relations import breakdowns, inline_breakdowns
from lint.relations.marks import sentence_ends_before

PATTERNS = [breakdowns._SENTENCE_END, inline_breakdowns._SENTENCE_END]
PIECES = st.sampled_from(["Xã A", " ", "  ", ".", ";", "1.250", " Đạt", " đạt", "\n", "B", ","])


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30), st.integers(min_value=0, max_value=200))
def test_same_as_a_bounded_search(pieces: list[str], position: int) -> None:
    text = "".join(pieces)
    position = min(position, len(text))
    for pattern in PATTERNS:
        bounded = [m.end() for m in pattern.finditer(text, 0, position)]
        assert sentence_ends_before(pattern, text, position) == bounded


def test_a_full_stop_before_spaces_ends_a_sentence_only_up_to_there() -> None:
    text = "Tổng thu 100 tỷ. 15 hồ sơ"
    pattern = re.compile(breakdowns._SENTENCE_END.pattern)
    assert sentence_ends_before(pattern, text, text.index("15")) == [16]
    assert sentence_ends_before(pattern, text, len(text)) == []
