"""S102 subset-exceeds-total: the parts listed after "trong đó" add up to more than the total."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

from lint.diagnostics import Diagnostic, Message, Severity
from lint.numbers.quantity import Quantity
from lint.relations.breakdowns import Breakdown, adds_up
from lint.relations.explain import explain_statement, part_labels, printed, sum_note
from lint.relations.figures import FigureKey, key_of
from lint.rule import Context, Rule


class SubsetExceedsTotal(Rule):
    """Flags "trong đó" parts that together exceed the total they are part of.

    What it checks
        A total followed by ``trong đó`` (in the same sentence, in a footnote attached to the
        total, or as ``Trong đó:`` above a list of ``-``/``+`` items) names some of its parts;
        they need not add up to the total, but none can exceed it (an error).  Parts that
        together exceed the total are reported at ``info`` level only, since ``trong đó``
        parts may overlap (``nữ``, ``qua đào tạo``), and not at all when some of them add up
        to the total: the total split two ways, one after the other (``xuất cảnh …, nhập cảnh
        …; người Việt Nam …, người nước ngoài …``), or a total of parts chosen from a list
        that goes past them (``Hai nhóm hàng … cộng lại đạt 917,6 triệu USD. Cụ thể: …``, the
        first and third parts of five).  Only parts of the same kind and unit as
        the total are read (``tăng``/``giảm`` changes are not parts).  The judgement is on
        intervals: a part exceeds the total only when even its smallest value does.

    Why
        A part larger than its whole is certainly a typo, in the part or in the total, and
        often a thousandfold slip of a unit or separator.

    Example that fails
        Tổng đàn gia súc 1.240 con, trong đó: đàn bò 1.250 con; đàn trâu 170 con.

    Example that passes
        Tổng đàn gia súc 1.240 con, trong đó: đàn bò 1.050 con; đàn trâu 170 con.
    """

    code = "S102"
    name = "subset-exceeds-total"
    severity = Severity.ERROR
    families = ("subset",)
    summary = Message.of("The parts listed after “trong đó” exceed the total")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        consistency = context.relations.consistency
        env = consistency.env
        for statement in consistency.violated(*self.families):
            breakdown = statement.breakdown
            assert breakdown is not None
            over = [
                other
                for other in consistency.statements
                if other.family == "subset-part"
                and other.breakdown is breakdown
                and not other.holds(env)
            ]
            certain = len(breakdown.parts) == 1 or bool(over)
            if not certain and _each_share_holds(context, breakdown):
                continue  # every part's own share of the total holds: they overlap, no slip
            if not certain and _some_parts_make_it(breakdown):
                continue  # "xuất cảnh 205.914, nhập cảnh 206.472; Việt Nam 318.640, nước
                # ngoài 93.746" of 412.386: the total split twice; "Hai nhóm hàng … cộng lại
                # đạt 917,6 triệu USD. Cụ thể: dệt may 612,4 …; giày dép 438,7 …; điện tử
                # 305,2 …": the total of two parts, the list going on to others
            labels = part_labels(statement)
            total = printed(breakdown.total)
            notes = [sum_note(breakdown.total, breakdown.parts)]
            if certain:
                message = Message.of(
                    "A part listed after “trong đó” exceeds the total {total}", total=total
                )
            else:
                message = Message.of(
                    "The parts listed after “trong đó” add up to more than the total {total}",
                    total=total,
                )
                notes.append(
                    Message.of(
                        "wrong only if the parts do not overlap (“nữ” and “qua đào tạo” may)"
                    )
                )
            explanation = explain_statement(
                statement,
                consistency,
                context.number_span,
                fallback=breakdown.total,
                label=Message.of("total"),
                role=_roles(labels),
                notes=notes,
                labels=labels,
                focus=over[0] if over else statement,
            )
            yield explanation.report(
                self,
                message,
                severity=Severity.ERROR if certain else Severity.INFO,
            )


_MOST_PARTS_TRIED = 10  # 2^10 groups of parts at most


def _some_parts_make_it(breakdown: Breakdown) -> bool:
    """Some of the parts add up to the total: the first few and the rest too (the total split
    two ways, one after the other), or two or more not at the list's head (a total of parts
    chosen from a list that goes past them).  The first few alone adding up, the rest not, is
    no excuse: a second split of the total with a slip in it.  A list too long to try every
    group is tried for the first only."""
    parts = breakdown.parts
    total = breakdown.total
    if any(
        adds_up(total, parts[:cut]) and adds_up(total, parts[cut:])
        for cut in range(2, len(parts) - 1)
    ):
        return True
    if len(parts) > _MOST_PARTS_TRIED:
        return False
    return any(
        adds_up(total, list(group))
        for size in range(2, len(parts))
        for group in itertools.combinations(parts, size)
        if list(group) != list(parts[:size])
    )


def _each_share_holds(context: Context, breakdown: Breakdown) -> bool:
    """Every part states its share of the total and every share holds ("trẻ dưới 5 tuổi 1.841
    ca, chiếm 89,5%; … nhập viện 364 ca (17,7%)" of 2.057): parts of overlapping kinds, each
    confirmed by its share, so their excess over the total is no slip."""
    consistency = context.relations.consistency
    env = consistency.env
    total = key_of(breakdown.total)
    confirmed = set()
    for statement in consistency.statements:
        for claim in statement.claims:
            if claim.kind != "ratio" or claim.base is None or key_of(claim.base) != total:
                continue
            if statement.holds(env):
                confirmed.add(key_of(claim.value))
    return all(key_of(part) in confirmed for part in breakdown.parts)


def _roles(labels: dict[FigureKey, str]) -> Callable[[Quantity], Message]:
    """Each figure by its label (the total's is "tổng"), else as "phần"."""

    def role(quantity: Quantity) -> Message:
        label = key_of(quantity)
        text = labels.get(label)
        return Message.of("part") if text is None else Message.same(text)

    return role
