"""T103 structure-column: "Cơ cấu (%)" cells that are not value ÷ total, or do not add up."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Severity
from lint.numbers.format import format_vi
from lint.relations.explain import explain_cells
from lint.relations.tables import group_checks, share_checks
from lint.rule import Context, Rule


class StructureColumn(Rule):
    """Flags a structure (share) cell that does not match its value ÷ the total, or shares of
    child rows that do not add up to their parent's share.

    What it checks
        A column headed "Cơ cấu (%)" for a period is paired with the figure column of the same
        period; the first row (the total) must print 100.  A column headed "Tỷ lệ (%)" or
        "Tỷ lệ theo <figure column> (%)" whose total row (first or last) prints 100 is a share
        column too, of the figure column it names (or the only one), when at least three of
        its rows and three in four of them print their figure's share of the total's.  Every other row's share must equal
        its figure ÷ the total's figure × 100, with both figures taken as the intervals they
        round from and one unit of the share's last digit of slack (statistical offices
        adjust shares so that they total exactly 100).  The shares of the child rows of a
        total or parent row must also add up to the parent's share.

    Why
        A share that does not match its figure was computed from an older version of the
        table, or the figure was changed afterwards.  When a share is reported, the sum of
        shares it breaks is not reported again.

    Example that fails
        | Chỉ tiêu | Năm 2024 | Cơ cấu (%) năm 2024 |
        |---|---:|---:|
        | TỔNG SỐ | 2.000 | 100,0 |
        | Nông nghiệp | 500 | 20,0 |
        | Dịch vụ | 1.500 | 75,0 |

    Example that passes
        | Chỉ tiêu | Năm 2024 | Cơ cấu (%) năm 2024 |
        |---|---:|---:|
        | TỔNG SỐ | 2.000 | 100,0 |
        | Nông nghiệp | 500 | 25,0 |
        | Dịch vụ | 1.500 | 75,0 |
    """

    code = "T103"
    name = "structure-column"
    severity = Severity.WARNING
    families = ("table-share", "table-rows")
    summary = Message.of("Structure share does not match the figures")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for model in context.relations.tables:
            flagged: set[int] = set()
            for relation, row, check in share_checks(model):
                if check.satisfied:
                    continue
                flagged.add(id(check.stated))
                computed = format_vi(check.computed.mid, check.stated.decimals)
                stated = check.stated.block.text
                numerator, denominator = check.numerator.block.text, check.denominator.block.text
                explanation = explain_cells(
                    check,
                    label=Message.of("computes to {computed}%", computed=computed),
                    stated_role=Message.of("share", context="t103_structure_column"),
                    roles=(
                        Message.of("figure"),
                        Message.of("total", context="t103_structure_column"),
                    ),
                    notes=[
                        Message.of(
                            "column “{title}” against “{title2}”",
                            title=relation.share.title,
                            title2=relation.value.title,
                        )
                    ],
                )
                yield explanation.report(
                    self,
                    Message.of(
                        "Share of “{text}” is {stated}% but {numerator} ÷ {denominator} = {computed}%",
                        text=row.label_cell.text,
                        stated=stated,
                        numerator=numerator,
                        denominator=denominator,
                        computed=computed,
                    ),
                )
            for group, failing in group_checks(model, "share"):
                for total in failing:
                    if any(id(cell) in flagged for cell in total.cells):
                        continue  # explained by the share reported above
                    computed = format_vi(total.computed.mid, total.total.decimals)
                    stated = total.total.block.text
                    explanation = explain_cells(
                        total,
                        label=Message.of("sum ≈ {computed}%", computed=computed),
                        stated_role=Message.of("total"),
                        roles=Message.of("part", context="t103_structure_column"),
                    )
                    yield explanation.report(
                        self,
                        Message.of(
                            "Shares of the rows of “{text}” add up to ≈ {computed}%, not {stated}%",
                            text=group.parent.label_cell.text,
                            computed=computed,
                            stated=stated,
                        ),
                    )
