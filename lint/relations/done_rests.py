"""What was done, its rate, and what remains, stated in one sentence without the whole.

Reports of cases, dossiers, pupils and recoveries give the part done, its share of the whole
and the rest, leaving the whole to the reader::

    Đã giải quyết dứt điểm 43 đơn, đạt 93,48%; còn 03 đơn đang xác minh.
    16.791 học sinh hoàn thành chương trình lớp học, đạt 99,52%; còn 81 học sinh chưa hoàn
    thành.
    Đã thu hồi 7.012,8 triệu đồng, đạt 76,1%; số tiền còn phải thu hồi là 2.202,5 triệu đồng.

Read here: a percentage after "đạt" (or "đạt tỷ lệ") right after a figure (a few words of what
was done may come between), that no other
reading has a base for, then in the next clause of its sentence "còn" / "còn lại" / "số …
còn phải …" and a figure of the done figure's unit (the rest).  The whole is done + rest, and
done ÷ whole × 100 the stated rate (C102, as for a plan's remaining task), read only when the
figures agree or one typo-shaped slip of one of them explains them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lint.arithmetic import Add, Equation, Var, percent_of
from lint.document import BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.relations.evidence import holds_or_one_typo
from lint.relations.figures import key_of
from lint.relations.percent_claims import PercentClaim

_MEASURES = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE)
# between the done figure and its rate: a few words of what was done, then ", đạt"
_RATE_LEAD = re.compile(r"(?:\s+[^\W\d]+){0,8}\s*,\s*đạt(?:\s+tỷ lệ)?\s*$", re.IGNORECASE)
# the rest in the next clause, after the words of the rate's base if any: "; còn 03 đơn", "; còn
# lại 81 học sinh", "số tiền kiến nghị thu hồi; số tiền còn phải thu hồi là 2.202,5 triệu đồng"
_REST = re.compile(
    r"(?:\s+[^\W\d]+){0,8}\s*[;,]\s*(?:(?:số\s+)?(?:[^\W\d]+\s+){0,2})?còn(?:\s+lại)?"
    r"(?:\s+phải(?:\s+[^\W\d]+){1,3})?\s*(?:là\s*)?:?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DoneAndRest:
    """``achieved`` + ``remainder`` is the whole ``share`` states ``achieved`` is of."""

    achieved: Quantity
    share: Quantity
    remainder: Quantity
    name: str  # the words before the done figure, naming what was done

    def constraint(self) -> Equation:
        """Done ÷ (done + the rest) × 100 = the stated rate."""
        achieved = Var(key_of(self.achieved))
        whole = Add(achieved, Var(key_of(self.remainder)))
        return Equation(percent_of(achieved, whole), Var(key_of(self.share)))


def find_done_rests(
    document: Document, by_block: dict[int, list[Quantity]], claims: list[PercentClaim]
) -> list[DoneAndRest]:
    based = {id(claim.percent) for claim in claims if claim.base is not None}
    found: list[DoneAndRest] = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL or "còn" not in block.text:
            continue
        text = block.text
        quantities = by_block.get(block.index, [])
        for index in range(1, len(quantities) - 1):
            done, share, rest = quantities[index - 1 : index + 2]
            if share.kind is not QuantityKind.PERCENT or id(share) in based:
                continue
            if not 0 < share.value < 100 or done.kind not in _MEASURES:
                continue
            if rest.kind is not done.kind or rest.unit != done.unit or rest.sign <= 0:
                continue
            if not _RATE_LEAD.fullmatch(text, done.end, share.start):
                continue
            if not _REST.fullmatch(text, share.end, rest.start):
                continue
            start = max(text.rfind(". ", 0, done.start) + 1, 0)
            read = DoneAndRest(done, share, rest, text[start : done.start].strip())
            if holds_or_one_typo(read.constraint(), (done, share, rest)):
                found.append(read)
    return found
