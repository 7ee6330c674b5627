"""Where some characters stand in a block's text, found once and counted by bisection.

Readers that ask, for many figures of one block, "how many parentheses open before here?" or
"where is the last comma before here?" would otherwise rescan the text from its start for every
figure: quadratic in a long paragraph.
"""

from __future__ import annotations

import bisect
import functools
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


PARENTHESIS = re.compile(r"[()]")


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


def depth_at(text: str, start: int, position: int) -> int:
    """The parenthesis depth at ``position`` of a walk from ``start`` (a "(" counts from
    where it stands, a ")" after it, never below 0), extended from where an earlier question
    about the same walk left it: many figures of one long sentence cost one pass, not one
    each."""
    walk = _walk(text, start)
    index = start + len(walk)
    while index <= position:
        if walk:
            previous = walk[-1]
            depth = max(0, previous - 1) if text[index - 1] == ")" else previous
        else:
            depth = 0
        walk.append(depth + 1 if text[index] == "(" else depth)
        index += 1
    return walk[position - start]


@functools.lru_cache(maxsize=32)
def _walk(text: str, start: int) -> list[int]:
    """The depths found so far of the walk from ``start`` over ``text`` (filled by
    :func:`depth_at`)."""
    return []


def inside_parentheses(text: str, position: int) -> bool:
    """The last parenthesis opened before ``position`` is not closed before it (a figure said
    aside: last year's value, a detail)."""
    opening = text.rfind("(", 0, position)
    return opening >= 0 and text.find(")", opening, position) < 0


def closes_before(text: str, start: int, end: int) -> bool:
    """Whether a parenthesis open at ``start`` closes before ``end``: what stands at ``start``
    is an aside ("đạt 100,4% kế hoạch (12.800 ha), bằng …")."""
    return closing_before(text, start, end) is not None


def closing_before(text: str, start: int, end: int) -> int | None:
    """Where a parenthesis open at ``start`` closes, if it does before ``end``."""
    depth = 0
    for match in PARENTHESIS.finditer(text, start, end):
        if match.group() == "(":
            depth += 1
        else:
            depth -= 1
            if depth < 0:
                return match.start()
    return None


def sentence_ends_before(pattern: re.Pattern[str], text: str, position: int) -> list[int]:
    """``[m.end() for m in pattern.finditer(text, 0, position)]`` for a sentence end of the
    shape ``\\.(?=\\s+[A-ZĐÀ-Ỹ]|\\s*$)`` (and ``;``), without searching the text again for each
    position: the ends are found once per text and cut at ``position``.  A search bounded at
    ``position`` also ends a sentence at the last full stop before it when nothing but spaces
    follows it up to ``position`` (its ``$``), which the whole text may not."""
    found = ends_before(pattern, text, position)
    before = position
    while before > 0 and text[before - 1].isspace():
        before -= 1
    if before > 0 and text[before - 1] == "." and (not found or found[-1] < before):
        found.append(before)
    return found


def ends_before(pattern: re.Pattern[str], text: str, position: int) -> list[int]:
    """The ends of ``pattern``'s matches in ``text`` up to ``position``, found once per text
    (``[m.end() for m in pattern.finditer(text, 0, position)]`` when no match's lookahead
    reaches past ``position``, as at the start of a figure)."""
    ends = _ends(pattern, text)
    return list(ends[: bisect.bisect_right(ends, position)])


@functools.lru_cache(maxsize=16)
def _ends(pattern: re.Pattern[str], text: str) -> tuple[int, ...]:
    return tuple(match.end() for match in pattern.finditer(text))
