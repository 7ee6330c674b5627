"""T104 ratio-column: a "% so với cùng kỳ"/"% so KH" cell that is not the ratio of its columns."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Severity
from lint.numbers.format import format_vi
from lint.relations.explain import explain_cells
from lint.relations.tables import ratio_checks
from lint.rule import Context, Rule


class RatioColumn(Rule):
    """Flags a ratio column cell that differs from the ratio of the two columns it names.

    What it checks
        A column such as "Tháng 6 năm 2024 so với (%) Tháng 5 năm 2024", "6 tháng năm 2024 so
        với cùng kỳ năm 2023 (%)" or "So dự toán (%)" states, row by row, one column ÷ another
        × 100.  When both columns are in the table (matched by period, season and measure, or
        as the only "thực hiện" and the only plan/same-period column), every row's ratio is
        checked with all three cells taken as the intervals they round from.  A column that
        names neither ("Tỷ lệ (%)", "So sánh (%)") is read as the table's only actual column ÷
        its only plan column, or the later ÷ the earlier of its only two value columns of
        consecutive years, and checked only when its rows bear that out (three rows hold, at
        most one in four fails).  Any other percentage column ("Tỷ lệ đúng hạn (%)", "Tỷ lệ
        TH/KH (%)") is read as A ÷ B × 100 when exactly one pair of value columns gives it on
        three rows or more (two of them with A ≠ B) with at most one row in four failing, and
        the header, when it names what it is a rate of, shares a word with A or B.  A growth
        column ("Tăng, giảm (%)", "Tốc độ tăng (%)") after two value columns of consecutive
        years states the later ÷ the earlier × 100 − 100, checked like a bare one.  Ratio
        columns whose base is not in the table are not checked, nor those whose formula the form prints in its column-number row ("4=3/2":
        T105 checks it).

    Why
        The ratio is usually typed from last year's worksheet; when the columns are revised and
        the ratio is not, the growth stated in the report is wrong.

    Example that fails
        | Chỉ tiêu | Dự toán năm | Thực hiện 6 tháng | So dự toán (%) |
        |---|---:|---:|---:|
        | Thu thuế | 12.500 | 7.200 | 75,6 |

    Example that passes
        | Chỉ tiêu | Dự toán năm | Thực hiện 6 tháng | So dự toán (%) |
        |---|---:|---:|---:|
        | Thu thuế | 12.500 | 7.200 | 57,6 |
    """

    code = "T104"
    name = "ratio-column"
    severity = Severity.WARNING
    families = ("table-ratio",)
    summary = Message.of("Ratio column does not match the figures it compares")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for model in context.relations.tables:
            printed = model.column_numbers.formulas if model.column_numbers else ()
            formula_columns = {formula.column for formula in printed}
            for relation, row, check in ratio_checks(model):
                if check.satisfied or relation.ratio.index in formula_columns:
                    continue  # consistent, or its printed formula is checked by T105
                computed = format_vi(check.computed.mid, check.stated.decimals)
                stated = check.stated.block.text
                numerator, denominator = check.numerator.block.text, check.denominator.block.text
                explanation = explain_cells(
                    check,
                    label=Message.of("computes to {computed}%", computed=computed),
                    stated_role=Message.of("ratio"),
                    roles=(Message.of("numerator"), Message.of("denominator")),
                    notes=[
                        Message.same(
                            f"“{relation.ratio.title}” = “{relation.numerator.title}” ÷ "
                            f"“{relation.denominator.title}” × 100"
                            + (f" − {relation.offset}" if relation.offset else "")
                        )
                    ],
                )
                values = {
                    "text": row.label_cell.text,
                    "stated": stated,
                    "numerator": numerator,
                    "denominator": denominator,
                    "computed": computed,
                }
                if relation.offset:  # a growth column
                    message = Message.of(
                        "Row “{text}”: {stated}% but {numerator} ÷ {denominator} × 100 − 100 = "
                        "{computed}%",
                        **values,
                    )
                else:
                    message = Message.of(
                        "Row “{text}”: {stated}% but {numerator} ÷ {denominator} × 100 = {computed}%",
                        **values,
                    )
                yield explanation.report(self, message)
