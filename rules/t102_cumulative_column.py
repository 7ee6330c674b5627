"""T102 cumulative-column: a "Cộng dồn"/"Lũy kế" cell that is not the sum of its period cells."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Severity
from lint.relations.explain import explain_cells, sum_text
from lint.relations.tables import culprit, cumulative_checks
from lint.rule import Context, Rule


class CumulativeColumn(Rule):
    """Flags a cumulative column cell that differs from the sum of the period columns it covers.

    What it checks
        A column headed "Cộng dồn …" or "Lũy kế …" over some months ("Cộng dồn 6 tháng năm
        2024") must equal, row by row, the sum of the period columns of the same year that
        cover exactly those months without overlap ("quý I" + "quý II", or "tháng 1" …
        "tháng 6").  A table with only "tháng 5" and "tháng 6" beside "6 tháng" states no such
        sum and is not checked; neither are rows of rates, yields or averages.  Cells count as
        the interval of values that round to them.

    Why
        The cumulative figure is what the report quotes; when it does not equal its periods,
        one of the periods was revised without the cumulative, or a figure was mistyped.

    Example that fails
        | Chỉ tiêu | Quý I năm 2024 | Quý II năm 2024 | Cộng dồn 6 tháng năm 2024 |
        |---|---:|---:|---:|
        | Thu ngân sách | 1.250 | 1.380 | 2.700 |

    Example that passes
        | Chỉ tiêu | Quý I năm 2024 | Quý II năm 2024 | Cộng dồn 6 tháng năm 2024 |
        |---|---:|---:|---:|
        | Thu ngân sách | 1.250 | 1.380 | 2.630 |
    """

    code = "T102"
    name = "cumulative-column"
    severity = Severity.WARNING
    families = ("table-cumulative",)
    summary = Message.of("Cumulative figure differs from the sum of its periods")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for model in context.relations.tables:
            for relation, row, check in cumulative_checks(model):
                if check.satisfied:
                    continue
                computed, stated = sum_text(check), check.total.block.text
                columns = " + ".join(f"“{c.title}”" for c in relation.parts)
                explanation = explain_cells(
                    check,
                    label=Message.of("periods add up to ≈ {computed}", computed=computed),
                    stated_role=Message.of("cumulative"),
                    roles=Message.of("period"),
                    blamed=culprit(model, check),
                    blamed_label=Message.of("this cell also breaks a column sum"),
                    notes=[Message.same(f"“{relation.target.title}” = {columns}")],
                    suggest="blamed",
                )
                yield explanation.report(
                    self,
                    Message.of(
                        "Row “{text}”: cumulative {stated} but the periods add up to ≈ {computed}",
                        text=row.label_cell.text,
                        stated=stated,
                        computed=computed,
                    ),
                )
