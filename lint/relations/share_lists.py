"""Shares of one whole listed across sentences or list items, without ``trong đó``.

Reports often state a whole and then its parts one per sentence, clause or ``-`` item, each
with its share::

    Toàn xã có 3.000 hộ, cụ thể:
    - Hộ nghèo: 1.000 hộ, chiếm 33,3%;
    - Hộ cận nghèo: 500 hộ, chiếm 16,7%.

    Toàn huyện có 420 cán bộ. Nữ 189 người, chiếm 45%. Dân tộc thiểu số 84 người, là 20%.

A *part* is a clause (sentence, ``;``-clause or list item) holding exactly one figure of a
measure and, right after it, ``chiếm`` / ``là`` / ``bằng`` / ``tỷ lệ`` and one percentage
of at most 100 (or the percentage in parentheses: ``90 người (chiếm 36%)``, ``(64%)``),
with nothing after the percentage but ``tổng số …`` words.  Two or more parts
of the same measure in a row, in one block or in consecutive blocks (list items of one
label), are shares of one whole when the clause right before them holds exactly one figure of
that measure, no percentage and no change word, and every part is at most that figure.  Each
part becomes a ``ratio`` claim (``base_source="listed"``), checked by P101 as part ÷ whole ×
100; shares printed to total 100 (or whose parts add up to the whole) get the slack of forced
rounding (:func:`lint.relations.percent_bases.forced_shares`).  Anything less clear is not
read.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lint import lexicon
from lint.document import Block, BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.relations.breakdowns import sum_interval
from lint.relations.percent_claims import PercentClaim
from lint.relations.share_groups import ShareGroup

_MEASURES = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE)
_CLAUSE_BREAK = re.compile(r"\.(?=\s+[A-ZĐÀ-Ỹ\-–•+])|;")
_PART_LEAD = re.compile(
    r"\s*,?\s*(?:chiếm(?:\s+tỷ\s+lệ|\s+tỉ\s+lệ)?|tỷ\s+lệ|tỉ\s+lệ|là|bằng)(?:\s+là)?\s*:?\s*"
    r"|\s*\(\s*(?:chiếm(?:\s+tỷ\s+lệ|\s+tỉ\s+lệ)?\s*|tỷ\s+lệ\s*|tỉ\s+lệ\s*)?",
    re.IGNORECASE,
)
_PART_AFTER = re.compile(r"\s*(?:(?:so với\s+|trong\s+|trên\s+)?tổng\s+số[^\d%;()]*)?\)?[\s.;,]*")
_LABEL = re.compile(r"[^\d%()]*")
_CHANGE_WORDS = re.compile(
    rf"\b(?:{lexicon.CHANGE_WORDS_RE}|bình quân|mỗi|{lexicon.REMAINDER_WORDS_RE}|trong đó)\b",
    re.IGNORECASE,
)

# A clause states a whole when it introduces what follows or names all of something.
_WHOLE_WORDS = re.compile(
    r"\b(?:tổng|toàn|tất cả|cả|gồm|bao gồm|cụ thể|như sau|chia ra|phân theo|có)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class _Clause:
    block: Block
    start: int
    end: int
    quantities: tuple[Quantity, ...]


def find_listed_shares(
    document: Document, by_block: dict[int, list[Quantity]], claimed: set[int]
) -> Iterator[PercentClaim]:
    """Shares of the whole stated in the clause before a run of parts (see the module)."""
    clauses = list(_clauses(document, by_block))
    for index, run in _runs(clauses, claimed):
        if len(run) >= 2 and index > 0 and _joined(clauses[index - 1], clauses[index]):
            whole = _whole(clauses[index - 1], run[0][1][0])
            fits = whole is not None and all(value.value <= whole.value for _, (value, _) in run)
            if fits and all(_names_the_whole(c, p, clauses[index - 1]) for c, (_, p) in run):
                for _clause, (value, percent) in run:
                    yield PercentClaim("ratio", percent, value, whole, base_source="listed")


_Run = list[tuple["_Clause", tuple[Quantity, Quantity]]]


def _runs(clauses: list[_Clause], claimed: set[int]) -> Iterator[tuple[int, _Run]]:
    """Runs of neighbouring parts of one measure (each a clause ``[label] V, chiếm X%``), with
    the index of the clause each starts at."""
    index = 0
    while index < len(clauses):
        part = _part(clauses[index], claimed)
        if part is None:
            index += 1
            continue
        run = [(clauses[index], part)]
        following = index + 1
        while following < len(clauses):
            nxt = _part(clauses[following], claimed)
            if nxt is None or not _joined(clauses[following - 1], clauses[following]):
                break
            if not _same_measure(part[0], nxt[0]):
                break
            run.append((clauses[following], nxt))
            following += 1
        yield index, run
        index = following


def _clauses(document: Document, by_block: dict[int, list[Quantity]]) -> Iterator[_Clause]:
    for block in document.blocks:
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            yield _Clause(block, 0, 0, ())  # a heading, table cell or footnote ends a run
            continue
        quantities = by_block.get(block.index, [])
        starts = [q.start for q in quantities]  # in order: a clause's figures by bisection
        text = block.text
        start = 0
        found = False
        depth, counted = 0, 0  # parenthesis depth at ``counted``, carried along the block
        for match in [*_CLAUSE_BREAK.finditer(text), None]:
            end = match.start() if match else len(text)
            depth += text.count("(", counted, end) - text.count(")", counted, end)
            counted = end
            if match is not None and depth != 0:
                continue
            if text[start:end].strip(" .,:;\t\n"):
                first = bisect.bisect_left(starts, start)
                last = bisect.bisect_left(starts, end, first)
                inside = tuple(q for q in quantities[first:last] if q.end <= end)
                yield _Clause(block, start, end, inside)
                found = True
            start = match.end() if match else len(text)
        if not found:
            yield _Clause(block, 0, 0, ())


def _joined(before: _Clause, after: _Clause) -> bool:
    """Whether two clauses are neighbours in one run: the same block, or consecutive blocks of
    prose (list items of one label)."""
    if before.block.index == after.block.index:
        return before.end > before.start
    if after.block.index != before.block.index + 1 or before.end <= before.start:
        return False
    if before.block.kind is BlockKind.LIST_ITEM and after.block.kind is BlockKind.LIST_ITEM:
        return before.block.label == after.block.label
    return True


def _part(clause: _Clause, claimed: set[int]) -> tuple[Quantity, Quantity] | None:
    """The figure and its share when the clause is ``[label] V, chiếm X%``."""
    if len(clause.quantities) != 2:
        return None
    value, percent = clause.quantities
    if percent.kind is not QuantityKind.PERCENT or value.kind not in _MEASURES:
        return None
    if id(percent) in claimed or percent.sign < 0 or not 0 < percent.value <= 100:
        return None
    if value.sign < 0 or value.value <= 0:
        return None
    text = clause.block.text
    label_start = clause.block.label_end if clause.start == 0 else clause.start
    label = text[max(label_start, clause.start) : value.start]
    if not _LABEL.fullmatch(label) or _CHANGE_WORDS.search(label):
        return None
    if not _PART_LEAD.fullmatch(text[value.end : percent.start]):
        return None
    after = _PART_AFTER.fullmatch(text[percent.end : clause.end])
    if after is None or ("(" in text[value.end : percent.start]) != (")" in after.group(0)):
        return None  # "1.000 hộ (chiếm 33,3%)": the parenthesis closes right after
    return value, percent


def _names_the_whole(clause: _Clause, percent: Quantity, whole: _Clause) -> bool:
    """``chiếm 4% tổng số hộ``: the words after ``tổng số`` are words of the whole's clause
    (``tổng số hộ toàn tỉnh`` after ``Toàn huyện có 15.000 hộ`` is another whole)."""
    after = clause.block.text[percent.end : clause.end].lower()
    named = re.search(r"tổng\s+số\s+([^\d%;()]*)", after)
    if named is None:
        return True
    known = set(whole.block.text[whole.start : whole.end].lower().split())
    return all(word in known for word in re.findall(r"[^\W\d_]+", named.group(1)))


def _whole(clause: _Clause, like: Quantity) -> Quantity | None:
    """The one figure of ``like``'s measure in the clause before the parts."""
    if any(q.kind in (QuantityKind.PERCENT, QuantityKind.PERMILLE) for q in clause.quantities):
        return None
    text = clause.block.text[clause.start : clause.end]
    if _CHANGE_WORDS.search(text) or "(" in text or ")" in text:
        return None  # ("…; tổng số đảng viên tại thời điểm đánh giá là 6.768 đồng chí)": the
        # end of an aside, its figure not the whole the parts are of)
    if not (text.rstrip().endswith(":") or _WHOLE_WORDS.search(text)):
        return None  # "Nam 231 người. Nữ 189 người, chiếm 45%": a sibling, not the whole
    found = [q for q in clause.quantities if _same_measure(like, q)]
    if len(found) != 1 or found[0].sign < 0 or found[0].value <= 0:
        return None
    return found[0]


def _same_measure(a: Quantity, b: Quantity) -> bool:
    return a.kind is b.kind and a.unit == b.unit


# parts whose whole no clause states: at least this many, all but one of them giving their
# share of the parts' own sum
UNSTATED_WHOLE_MIN_PARTS = 3


def find_unstated_wholes(
    document: Document, by_block: dict[int, list[Quantity]], claimed: set[int]
) -> Iterator[ShareGroup]:
    """Parts with their shares whose whole no clause states ("Mức Tốt: 2.984 em, chiếm 28,0%;
    Mức Khá: 4.215 em, chiếm 39,6%; …" after a heading): when each part's share is its figure
    ÷ the parts' sum, for all parts but at most one (three parts or more, two agreeing at
    least), the parts are the whole and their shares must total 100 (P104)."""
    for _index, run in _runs(list(_clauses(document, by_block)), claimed):
        if len(run) < UNSTATED_WHOLE_MIN_PARTS:
            continue
        whole = sum_interval(tuple(value for _, (value, _) in run))
        agreeing = sum(
            1
            for value, percent in (pair for _, pair in run)
            if (value.interval / whole).scale(100).intersects(percent.interval)
        )
        if agreeing < max(2, len(run) - 1):
            continue
        percents = tuple(percent for _, (_, percent) in run)
        labels = tuple(
            clause.block.text[max(clause.start, clause.block.label_end) : value.start].strip(" :-")
            for clause, (value, _) in run
        )
        yield ShareGroup(percents, labels, True, "parts")
