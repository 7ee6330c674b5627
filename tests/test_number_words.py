"""Vietnamese number words: the grammar reads them, :func:`number_words` writes them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.numbers.words import number_words, parse_words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("không", 0),
        ("mười lăm", 15),
        ("hai mươi mốt", 21),
        ("hai mươi lăm", 25),
        ("hai mươi nhăm", 25),
        ("ba mươi tư", 34),
        ("ba mươi bốn", 34),
        ("một trăm linh năm", 105),
        ("một trăm lẻ tư", 104),
        ("một nghìn không trăm linh năm", 1005),
        ("Mười lăm triệu năm trăm nghìn đồng", 15_500_000),
        ("Ba nghìn bảy trăm chín mươi tỷ đồng", 3_790_000_000_000),
        ("mười bảy triệu triệu đồng", 17_000_000_000_000),
        ("HAI NGÀN TỈ ĐỒNG", 2_000_000_000_000),
        ("bẩy trăm nghìn đồng chẵn./.", 700_000),
    ],
)
def test_reads_number_words(text: str, value: int) -> None:
    phrase = parse_words(text)
    assert phrase is not None
    assert phrase.value == value
    assert phrase.end == len(text)


@pytest.mark.parametrize(
    ("text", "value", "words_end"),
    [
        ("hai mươi năm qua", 20, 8),  # "năm" after "mươi" is a year
        ("mười năm", 10, 4),
        ("năm 2024", 5, 3),
        ("ba trăm hai", 300, 7),  # colloquial, not a figure the grammar accepts
    ],
)
def test_stops_where_the_number_stops(text: str, value: int, words_end: int) -> None:
    phrase = parse_words(text)
    assert phrase is not None
    assert (phrase.value, phrase.words_end) == (value, words_end)


@pytest.mark.parametrize("text", ["một mươi", "không mươi", "tư", "lăm", "mươi", "triệu đồng"])
def test_rejects_what_is_not_a_number(text: str) -> None:
    assert parse_words(text) is None


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (0, "không"),
        (10, "mười"),
        (21, "hai mươi mốt"),
        (110, "một trăm mười"),
        (1_005, "một nghìn không trăm linh năm"),
        (1_020, "một nghìn không trăm hai mươi"),
        (15_500_000, "mười lăm triệu năm trăm nghìn"),
        (3_790_000_000_000, "ba nghìn bảy trăm chín mươi tỷ"),
        (10**15, "một triệu tỷ"),
    ],
)
def test_writes_number_words(value: int, words: str) -> None:
    assert number_words(value) == words


_VARIANTS = (
    (r"\bnghìn\b", "ngàn"),
    (r"\blinh\b", "lẻ"),
    (r"\bmươi tư\b", "mươi bốn"),
    (r"\blăm\b", "nhăm"),
    (r"\btỷ\b", "tỉ"),
)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_canonical_words_read_back(value: int) -> None:
    words = number_words(value)
    phrase = parse_words(words)
    assert phrase is not None and phrase.value == value and phrase.end == len(words)


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=0, max_value=10**15),
    st.lists(st.booleans(), min_size=len(_VARIANTS), max_size=len(_VARIANTS)),
    st.sampled_from(["", " đồng", " đồng chẵn", " đồng./.", " đồng chẵn./."]),
)
def test_variant_spellings_read_back(value: int, which: list[bool], ending: str) -> None:
    words = number_words(value)
    for (pattern, replacement), use in zip(_VARIANTS, which, strict=True):
        if use:
            words = re.sub(pattern, replacement, words)
    text = words[:1].upper() + words[1:] + ending
    phrase = parse_words(text + ") tiếp")
    assert phrase is not None
    assert (phrase.value, phrase.end, phrase.currency) == (value, len(text), bool(ending))
