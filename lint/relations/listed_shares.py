"""Parts listed in one sentence with their shares, the whole left to their sum.

Reports classify a whole they stated elsewhere (or not at all) in one sentence, each part with
its share, or split people into two kinds and give the share of one::

    Phân theo vị trí công việc: chuyên gia 8.952 người (41,37%), lao động kỹ thuật 6.474
    người (29,92%), nhà quản lý 3.518 người (16,26%) và giám đốc điều hành 2.694 người
    (12,45%).
    Về giới tính: nữ 117 người, chiếm 84,78%; nam 21 người.

Read here: a run of parts of one measure, each after its label and a separator (",", ";",
"và"), each followed by its share in parentheses or after ", chiếm"; no share with a base of
its own.  Three parts or more, each with its share; or two parts of complementary kinds (:data:`lexicon.
COMPLEMENTARY_PAIRS`: "nam"/"nữ", "đúng hạn"/"quá hạn" …, or a kind and "còn lại"), one share
at least.  Each share is
then its part ÷ the parts' sum × 100 (with a unit of slack when the shares were forced to total
100), read only when the figures agree or one typo-shaped slip of one figure explains them all
(P101).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lint import lexicon
from lint.arithmetic import Add, Equation, Sum, Var, localise, percent_of
from lint.document import BlockKind, Document
from lint.numbers.fraction import Fraction
from lint.numbers.quantity import Quantity, QuantityKind
from lint.relations.evidence import slip_explains
from lint.relations.figures import figure_of, key_of
from lint.relations.percent_claims import same_measure

_MEASURES = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE)
# a part's share right after it: " (41,37%", ", chiếm 84,78%", " (chiếm 5,2%"
_SHARE_AFTER = re.compile(
    rf"\s*(?:\(\s*(?:(?:{lexicon.SHARE_VERBS_RE})\s+)?|,\s*(?:{lexicon.SHARE_VERBS_RE})"
    rf"(?:\s+(?:{lexicon.RATE_NOUNS_RE}))?\s*)",
    re.IGNORECASE,
)
_CLOSE = re.compile(r"\s*\)")
# between a part (or its share) and the next part: a separator, then its label's words
_NEXT = re.compile(
    r"\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)(?P<label>(?:[^\W\d]+(?![^\W\d])\s*){1,8}):?\s*"
)
MIN_PARTS = 3  # parts, each with its share, read as all of a whole no one states


@dataclass(frozen=True)
class ListedShares:
    """``parts`` of a whole that is their sum; ``shares[i]`` the share said of ``parts[i]``."""

    parts: tuple[Quantity, ...]
    shares: tuple[Quantity | None, ...]
    labels: tuple[str, ...]
    slack: Fraction = Fraction(0)  # forced to total 100: a unit of the last digit each

    def constraints(self) -> list[tuple[Quantity, Quantity, Equation]]:
        """For each part with a share: (part, share, share = part ÷ Σ parts × 100)."""
        from lint.relations.percent_bases import Tolerance

        whole = Sum(tuple(Var(key_of(part)) for part in self.parts))
        found = []
        for part, share in zip(self.parts, self.shares, strict=True):
            if share is None:
                continue
            stated = Var(key_of(share))
            said = Add(stated, Tolerance(self.slack)) if self.slack else stated
            found.append((part, share, Equation(percent_of(Var(key_of(part)), whole), said)))
        return found

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        return (*self.parts, *(share for share in self.shares if share is not None))


def find_listed_shares(
    document: Document, by_block: dict[int, list[Quantity]], claimed: set[int]
) -> list[ListedShares]:
    found: list[ListedShares] = []
    for block in document.blocks:
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or "%" not in block.text:
            continue
        quantities = by_block.get(block.index, [])
        for run in _runs(block.text, quantities):
            listed = _read(run, claimed)
            if listed is not None and _evidenced(listed):
                found.append(listed)
    return found


def _runs(
    text: str, quantities: list[Quantity]
) -> list[list[tuple[Quantity, Quantity | None, str]]]:
    """Parts (a figure, its share or None, its label) each right after the one before."""
    runs: list[list[tuple[Quantity, Quantity | None, str]]] = []
    index, end = 0, -1
    while index < len(quantities):
        part = quantities[index]
        share = quantities[index + 1] if index + 1 < len(quantities) else None
        if part.kind not in _MEASURES or part.value <= 0:
            index, end = index + 1, -1
            continue
        stop = part.end
        if share is not None and share.kind is QuantityKind.PERCENT:
            opened = _SHARE_AFTER.fullmatch(text, part.end, share.start)
            if opened is None:
                share = None
            elif "(" in opened.group(0):
                closed = _CLOSE.match(text, share.end)
                share, stop = (share, closed.end()) if closed else (None, stop)
            else:
                stop = share.end
        else:
            share = None
        joined = _NEXT.fullmatch(text, end, part.start) if end >= 0 else None
        label = joined.group("label").strip() if joined else _label_before(text, part)
        item = (part, share, label)
        if joined is not None and runs and same_measure(runs[-1][0][0], part):
            runs[-1].append(item)
        else:
            runs.append([item])
        index += 2 if share is not None else 1
        end = stop
    return [run for run in runs if len(run) >= 2]


def _label_before(text: str, part: Quantity) -> str:
    words = re.findall(r"[^\W\d]+", text[max(0, part.start - 30) : part.start])
    return " ".join(words[-2:])


def _read(
    run: list[tuple[Quantity, Quantity | None, str]], claimed: set[int]
) -> ListedShares | None:
    parts = tuple(part for part, _, _ in run)
    shares = tuple(share for _, share, _ in run)
    labels = tuple(label for _, _, label in run)
    present = [share for share in shares if share is not None]
    if not present or any(id(share) in claimed for share in present):
        return None
    if len(run) >= MIN_PARTS and len(present) == len(run):
        # shares of a larger whole fail every one of these: the evidence (all hold, or one
        # slip explains) tells a list of all of it from a list of some
        unit = max(Fraction(1, 10 ** share.numbers[0].decimals) for share in present)
        total = sum((share.value for share in present), Fraction(0))
        return ListedShares(parts, shares, labels, unit if total == 100 else Fraction(0))
    if len(run) == 2 and _complementary(labels):
        return ListedShares(parts, shares, labels)
    return None


def _complementary(labels: tuple[str, ...]) -> bool:
    """Two kinds that are all of a whole: a pair of :data:`lexicon.COMPLEMENTARY_PAIRS`, or
    a kind and the rest ("trong tỉnh 2.190 em (66,0%); còn lại 1.128 em")."""
    if re.match(rf"(?:{lexicon.REMAINDER_WORDS_RE})\b", labels[1], re.IGNORECASE):
        return True
    first, second = (label.lower().split() for label in labels)
    for a, b in lexicon.COMPLEMENTARY_PAIRS:
        for x, y in ((a, b), (b, a)):
            if first[-len(x.split()) :] == x.split() and second[-len(y.split()) :] == y.split():
                return True
    return False


def _evidenced(listed: ListedShares) -> bool:
    """The shares hold, or one typo-shaped slip of one figure explains all that fail."""
    figures = {key_of(q): figure_of(q) for q in listed.quantities}
    if len(figures) != len(listed.quantities):
        return False
    found = localise([constraint for _, _, constraint in listed.constraints()], figures)
    return not found.violated or slip_explains(found)
