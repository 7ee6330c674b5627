"""Where some characters stand in a block's text, found once and counted by bisection.

Readers that ask, for many figures of one block, "how many parentheses open before here?" or
"where is the last comma before here?" would otherwise rescan the text from its start for every
figure: quadratic in a long paragraph.
"""

from __future__ import annotations

import bisect
import re


class Marks:
    """The positions of the characters ``chars`` in ``text``, in order."""

    def __init__(self, text: str, chars: str) -> None:
        pattern = re.compile(f"[{re.escape(chars)}]")
        self.positions = [match.start() for match in pattern.finditer(text)]

    def count(self, end: int) -> int:
        """How many stand before ``end``."""
        return bisect.bisect_left(self.positions, end)

    def last_before(self, end: int) -> int | None:
        """The position of the last one before ``end``."""
        at = self.count(end)
        return self.positions[at - 1] if at else None


class Parentheses:
    """The parenthesis depth of a text at any position (opened minus closed before it)."""

    def __init__(self, text: str) -> None:
        self.opened = Marks(text, "(")
        self.closed = Marks(text, ")")

    def depth(self, position: int) -> int:
        """``max(0, text.count("(", 0, position) - text.count(")", 0, position))``."""
        return max(0, self.opened.count(position) - self.closed.count(position))

    def balanced(self, position: int) -> bool:
        """As many opened as closed before ``position``."""
        return self.opened.count(position) == self.closed.count(position)


def closes_before(text: str, start: int, end: int) -> bool:
    """Whether a parenthesis open at ``start`` closes before ``end``: what stands at ``start``
    is an aside ("đạt 100,4% kế hoạch (12.800 ha), bằng …")."""
    return closing_before(text, start, end) is not None


def closing_before(text: str, start: int, end: int) -> int | None:
    """Where a parenthesis open at ``start`` closes, if it does before ``end``."""
    depth = 0
    for index in range(start, end):
        char = text[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return index
    return None
