"""Heading and enumeration labels at the start of a block ("Phần I", "Điều 3.", "II.", "1.1.",
"a)", "(5)").

Labels are structure, not quantities: the number scanner starts after them and the numbering
rules read them.  Tokenised text (word-segmented corpora, some PDF extractions) spaces the
punctuation off: "1 .", "a )", "( 5 )", "A ." are the same labels as "1.", "a)", "(5)", "A.".

:func:`item_label` reads the label of an outline item: the same labels, classified (its
``kind``, the position it claims), plus the ordinal words of Vietnamese lists ("Thứ nhất,",
"Một là,") that are not labels for the number scanner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lint import lexicon

# Vietnamese alphabet order for "a) b) c) d) đ) e) g) …" (no f, j, w, z; ND 30/2020, Phụ lục I).
LETTER_ORDER = "abcdđeghiklmnopqrstuvxy"

LABEL = re.compile(
    r"""^(?:
        (?P<part>(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+(?:thứ\s+\w+|[IVXLC]+|\d+)(?:\s?\.)?)
      | (?P<article>(?:Điều|ĐIỀU)\s+\d{1,3}[a-zđ]?\s?[.:])(?=\s|$)
      | (?P<roman>[IVXLC]+(?:[.-]|\s\.(?=\s|$)))
      | (?P<upper>[A-Z](?:[.-]|\s\.))(?=\s|$)
      | (?P<arabic>\d{1,2}(?:\.\d{1,2}){0,3}(?:\.|\s\.)?)(?=\s|$)
      | (?P<letter>[a-zđ]\s?[).])(?=\s|$)
      | (?P<paren>\(\s?\d{1,2}\s?\))
    )""",
    re.VERBOSE,
)

_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}(?!\.\d)")


def find_label(text: str) -> tuple[str, int] | None:
    """Return ``(label, end)`` when ``text`` starts with a heading/enumeration label."""
    match = LABEL.match(text)
    if not match:
        return None
    label = match.group(0)
    if match.group("arabic"):
        # "2020 ..." or "15 hộ" are not labels: labels are short and end with a dot,
        # or are dotted like "1.1"
        if "." not in label:
            return None
        # "35.126 ha" is a number, not a label
        if _THOUSANDS.match(label):
            return None
    return label, match.end()


def compact(label: str) -> str:
    """A label without the spaces tokenised text puts in it: "1 ." → "1.", "( 5 )" → "(5)"."""
    return re.sub(r"(?<=[\w(])\s+(?=[.):])|(?<=\()\s+", "", label)


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
ORDINAL_WORDS = {
    "nhất": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
_CARDINAL_WORDS = {"một": 1, **{w: v for w, v in ORDINAL_WORDS.items() if w != "nhất"}}
_ORDINAL = re.compile(
    r"^(?:(?P<thu>Thứ\s+(?P<ordinal>\w+))|(?P<la>(?P<cardinal>\w+)\s+là))\s?[,:]",
    re.IGNORECASE,
)
_TITLED_ROMAN = re.compile(r"^([IVXLC][ivxlc]{1,3})\s?\.(?=\s)")


@dataclass(frozen=True)
class ItemLabel:
    """The label of an outline item: its text, kind and the 1-based position it claims."""

    text: str  # as printed ("1 .", "Điều 3.", "Thứ hai")
    end: int  # where the item's text starts after it
    kind: str  # "phần" "chương" "mục" "điều" "roman" "upper" "arabic1".."arabic4"
    #           "letter)" "letter." "paren" "thứ" "là"
    value: int | None  # None when the label claims no position we can read
    prefix: tuple[int, ...] = ()  # "1.2." → (1,)


def roman_value(text: str) -> int | None:
    if not text or any(char not in _ROMAN for char in text):
        return None
    total = 0
    for index, char in enumerate(text):
        value = _ROMAN[char]
        following = _ROMAN[text[index + 1]] if index + 1 < len(text) else 0
        total += -value if value < following else value
    return total


def item_label(text: str, label: str | None = None, label_end: int = 0) -> ItemLabel | None:
    """Classify the label ``find_label`` found (``label``), or an ordinal word, at the start of
    ``text``."""
    if not label:
        found = find_label(text)
        if found is not None:
            label, label_end = found
    if label:
        classified = classify_label(compact(label), text[label_end:].lstrip())
        if classified is not None:
            kind, value, prefix = classified
            return ItemLabel(label, label_end, kind, value, prefix)
        return None
    titled = _TITLED_ROMAN.match(text)
    if titled:  # "Ii." of a tokeniser that title-cased "II."
        value = roman_value(titled.group(1).upper())
        return ItemLabel(titled.group(0), titled.end(), "roman", value) if value else None
    ordinal = _ORDINAL.match(text)
    if ordinal is None:
        return None
    if ordinal.group("thu"):
        value = ORDINAL_WORDS.get(ordinal.group("ordinal").lower())
        kind = "thứ"
    else:
        value = _CARDINAL_WORDS.get(ordinal.group("cardinal").lower())
        kind = "là"
    if value is None:
        return None
    end = ordinal.end()
    return ItemLabel(text[: end - 1].rstrip(), end, kind, value)


def classify_label(label: str, rest: str) -> tuple[str, int | None, tuple[int, ...]] | None:
    """The kind, value and numbering prefix of a compacted ``label`` ("1.2." → ("arabic2", 2,
    (1,))); ``rest``, the text after it, tells a label from a figure starting a paragraph."""
    words = re.match(
        rf"({lexicon.DOCUMENT_PARTS_RE})\s+(thứ\s+(\w+)|[IVXLC]+|\d+)", label, re.IGNORECASE
    )
    if words:
        kind = words.group(1).lower()
        if words.group(3):
            return kind, ORDINAL_WORDS.get(words.group(3).lower()), ()
        token = words.group(2)
        return kind, int(token) if token.isdigit() else roman_value(token), ()
    roman = re.fullmatch(r"([IVXLC]+)[.-]", label)
    if roman:
        return "roman", roman_value(roman.group(1)), ()
    upper = re.fullmatch(r"([A-Z])[.-]", label)
    if upper:
        return "upper", ord(upper.group(1)) - ord("A") + 1, ()
    arabic = re.fullmatch(r"(\d{1,2}(?:\.\d{1,2}){0,3})\.?", label)
    if arabic:
        if re.match(r"\d{3}(?![\d%])", rest) or re.match(r"\d(?!\d*\s*%)", rest):
            # "28. 640 triệu đồng": a wrapped figure, not a label; but "1. 100% hồ sơ …" is
            # item 1 (no thousands group is a percentage)
            return None
        if not label.endswith(".") and rest[:1].islower():
            return None  # "1.5 triệu đồng …": a figure starting the paragraph
        numbers = tuple(int(n) for n in arabic.group(1).split("."))
        return f"arabic{len(numbers)}", numbers[-1], numbers[:-1]
    letter = re.fullmatch(r"([a-zđ])([).])", label)
    if letter:
        char = letter.group(1)
        value = LETTER_ORDER.index(char) + 1 if char in LETTER_ORDER else None
        return f"letter{letter.group(2)}", value, ()
    paren = re.fullmatch(r"\((\d{1,2})\)", label)
    if paren:
        return "paren", int(paren.group(1)), ()
    return None
