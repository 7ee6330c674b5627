"""Heading and enumeration labels at the start of a block ("Phần I", "II.", "1.1.", "a)", "(5)").

Labels are structure, not quantities: the number scanner starts after them and the numbering
rules read them.
"""

from __future__ import annotations

import re

# Vietnamese alphabet order for "a) b) c) d) đ) e) g) …" (no f, j, w, z; ND 30/2020, Phụ lục I).
LETTER_ORDER = "abcdđeghiklmnopqrstuvxy"

LABEL = re.compile(
    r"""^(?:
        (?P<part>(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+(?:thứ\s+\w+|[IVXLC]+|\d+)\.?)
      | (?P<roman>[IVXLC]+[.-])
      | (?P<upper>[A-Z][.-])(?=\s)
      | (?P<arabic>\d{1,2}(?:\.\d{1,2}){0,3}\.?)(?=\s)
      | (?P<letter>[a-zđ][).])(?=\s)
      | (?P<paren>\(\d{1,2}\))
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
