"""T105 column-formula: a row whose figures break the formula of the column-number row."""

from __future__ import annotations

from collections.abc import Iterator

from lint.diagnostics import Diagnostic, Message, Severity
from lint.relations.explain import explain_cells
from lint.relations.table_forms import column_formula_checks
from lint.relations.tables import culprit, pinned_cells
from lint.rule import Context, Rule


class ColumnFormula(Rule):
    """Flags a row whose figures do not satisfy a formula of the printed column-number row.

    What it checks
        Budget forms print under the column titles a row numbering the columns, with the
        formulas of computed columns: "A | B | 1 | 2 | 3=1+2 | 4=3/2" or "(1) | (2) | (3) |
        (4)=(3)-(2)".  That row is not data; on every data row the computed column must equal
        the formula over the other columns.  Every cell counts as the interval of values that
        round to it, and a percentage ("4=3/2" under "So sánh (%)", or "×100") as rounded or
        truncated.  A broken sum or difference is an error; a broken quotient or product, where
        rounding of the stated figure is more often the cause, a warning.  Rows without all
        the figures, rows of rates (for quotients) and of non-additive figures (for sums) are
        not checked.  When one cell breaks both the formula and its column's sum, the finding
        points at that cell.  A cost table without a column-number row states its formula in
        its headers: "Thành tiền" (or "Kinh phí", "Số tiền") = "Số lượng" × "Đơn giá" (or
        "Mức chi", "Định mức"), with the currency scale of each header ("(đồng)", "(nghìn
        đồng)"); whole figures there are exact, and the formula is checked only when at least
        two rows hold and at most one in four fails.  A fund's or a debt's table does the same
        with "Số dư cuối kỳ" = "Số dư đầu kỳ" + "Thu" − "Chi" (or "Dư nợ đầu năm", "Tăng",
        "Giảm", "Dư nợ cuối năm").

    Why
        The computed column is typed or copied separately from the columns it comes from; a
        figure revised in one column and not in the other leaves the form contradicting itself.

    Example that fails
        | STT | Nội dung | Vốn trong nước | Vốn nước ngoài | Tổng số |
        |---|---|---:|---:|---:|
        | A | B | 1 | 2 | 3=1+2 |
        | 1 | Dự án đường huyện | 1.200 | 800 | 2.100 |
        | 2 | Dự án trường học | 500 | 300 | 800 |

    Example that passes
        | STT | Nội dung | Vốn trong nước | Vốn nước ngoài | Tổng số |
        |---|---|---:|---:|---:|
        | A | B | 1 | 2 | 3=1+2 |
        | 1 | Dự án đường huyện | 1.200 | 800 | 2.000 |
        | 2 | Dự án trường học | 500 | 300 | 800 |
    """

    code = "T105"
    name = "column-formula"
    severity = Severity.ERROR
    families = ("table-formula",)
    summary = Message.of("Row figures break the formula of the column-number row")

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for model in context.relations.tables:
            for check in column_formula_checks(model):
                if check.satisfied:
                    continue
                row = check.row
                assert row is not None  # column formulas are checked on rows
                stated, computed = check.stated.block.text, check.computed_text
                operands = ", ".join(cell.block.text for cell in check.operands)
                role = Message.of("cell of the formula")
                suggest: str | None = "primary"
                if check.family == "table-formula":
                    source = Message.of(
                        "the column-number row states “{formula}”; cells: {operands}",
                        formula=check.formula,
                        operands=operands,
                    )
                else:  # read from the headers: "Thành tiền = Số lượng × Đơn giá"
                    source = Message.of(
                        "the headers say “{formula}”; cells: {operands}",
                        formula=check.formula,
                        operands=operands,
                    )
                notes = [source]
                if check.family == "table-product" and check.stated.key in pinned_cells(model):
                    suggest = None  # the cost agrees with its column's total
                    notes.append(
                        Message.of(
                            "the cost agrees with its column's total: the quantity or the price "
                            "is likely off"
                        )
                    )
                explanation = explain_cells(
                    check,
                    label=Message.of("the formula gives {computed}", computed=computed),
                    stated_role=role,
                    roles=role,
                    blamed=culprit(model, check, "all"),
                    blamed_label=Message.of("this cell is off: it also breaks its column's total"),
                    notes=notes,
                    suggest=suggest,
                )
                yield explanation.report(
                    self,
                    Message.of(
                        "Row “{text}”: column {formula} says {stated} but the formula gives {computed}",
                        text=row.label_cell.text,
                        formula=check.formula,
                        stated=stated,
                        computed=computed,
                    ),
                    severity=Severity.WARNING if check.ratio else Severity.ERROR,
                )
