"""Table relations as statements: checked by the arithmetic, blamed by the shared-figure
localiser, explained by the explanation layer."""

from __future__ import annotations

from lint.arithmetic import Equation
from lint.diagnostics import Message
from lint.numbers.scan import extract
from lint.read import read_document
from lint.relations.explain import explain_cells, sum_text
from lint.relations.tables import (
    TableModel,
    culprit,
    cumulative_checks,
    group_checks,
    read_tables,
)

# one typed cell (Huyện A, quý II: 680 for 580) breaks its column's total and its row's
# cumulative sum
TABLE = """\
| Chỉ tiêu | Quý I năm 2024 | Quý II năm 2024 | Cộng dồn 6 tháng năm 2024 |
|---|---:|---:|---:|
| Tổng số | 1.000 | 1.200 | 2.200 |
| Huyện A | 400 | 680 | 980 |
| Huyện B | 600 | 620 | 1.220 |
"""


def model_of(text: str) -> TableModel:
    document = read_document("bieu.md", text.encode("utf-8"))
    (model,) = read_tables(document, extract(document))
    return model


def test_sums_are_equations_over_cell_keys() -> None:
    model = model_of(TABLE)
    failing = [check for _, checks in group_checks(model) for check in checks]
    assert [check.family for check in failing] == ["table-rows"]
    (check,) = failing
    assert isinstance(check.constraint, Equation)
    assert set(check.constraint.figure_keys()) == {cell.key for cell in check.cells}
    assert not check.satisfied
    assert [cell.block.text for cell in check.cells] == ["1.200", "680", "620"]
    assert sum_text(check) == "1.300"
    rows = [(row.label, c.satisfied) for _, row, c in cumulative_checks(model)]
    assert rows == [("tổng số", True), ("huyện a", False), ("huyện b", True)]


def test_the_cell_two_failing_sums_go_through_is_blamed_and_corrected() -> None:
    model = model_of(TABLE)
    (check,) = [check for _, checks in group_checks(model) for check in checks]
    blamed = culprit(model, check)
    assert blamed is not None and blamed.block.text == "680"
    assert check.correction(blamed) == "580"
    assert check.correction(check.total) == "1.300"
    explanation = explain_cells(
        check,
        label=Message("tổng", "sum"),
        stated_role=Message("dòng tổng", "total row"),
        roles=Message("thành phần", "part"),
        blamed=blamed,
        blamed_label=Message("ô này sai", "this cell is off"),
        suggest="blamed",
    )
    assert explanation.primary == blamed.span
    assert explanation.label == Message("ô này sai", "this cell is off")
    assert [r.label.en for r in explanation.related] == ["total row", "part"]
    assert explanation.suggestion == Message("có lẽ là 580", "probably 580")
    assert explanation.figures == ("1.200", "680", "620")


def test_no_cell_is_blamed_when_one_sum_fails_alone() -> None:
    alone = "\n".join(line.rsplit("|", 2)[0] + "|" for line in TABLE.splitlines()) + "\n"
    assert "Cộng dồn" not in alone
    model = model_of(alone)
    (check,) = [check for _, checks in group_checks(model) for check in checks]
    assert culprit(model, check) is None
    assert culprit(model, check, "all") is None
    fixed = model_of(TABLE.replace("| 400 | 680 | 980 |", "| 400 | 580 | 980 |"))
    assert all(not checks for _, checks in group_checks(fixed))
    assert all(c.satisfied for _, _, c in cumulative_checks(fixed))


PROSE = (
    "Tổng vốn đầu tư 181.691.000 đồng (TW: 146.446.000 đồng; tỉnh: 5.445.000 đồng; "
    "thị xã: 149.000.000 đồng).\n\n"
    "Tổng số lao động 1.240 người, trong đó nữ 700 người, qua đào tạo 800 người.\n\n"
    "Thu ngân sách đạt 915 tỷ đồng, bằng 34,1% dự toán (2.583 tỷ đồng).\n"
)


def test_every_statement_family_is_owned_by_a_rule() -> None:
    from lint.relations import Relations
    from lint.relations.table_forms import failing_relations
    from lint.relations.tables import partition_checks, ratio_checks, share_checks
    from lint.ruleset import all_rules

    owned = {family for rule in all_rules() for family in rule.families}
    document = read_document("bao-cao.md", PROSE.encode("utf-8"))
    made = {s.family for s in Relations(document, extract(document)).consistency.statements}
    made.discard("subset-part")  # read by S102 to tell a part over the total, reported as "subset"
    assert {"sum", "subset", "ratio"} <= made
    model = model_of(TABLE)
    for _, checks in group_checks(model):
        made.update(check.family for check in checks)
    for found in (cumulative_checks, partition_checks, share_checks, ratio_checks):
        made.update(check.family for _, _, check in found(model))
    made.update(check.family for check in failing_relations(model))
    assert {"table-rows", "table-cumulative"} <= made
    assert made <= owned


# one paragraph of each shape whose statement families joined the prose model
THREE_FIGURE_PROSE = """\
# I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM

Lúa đông xuân gieo cấy 150 ha, năng suất bình quân 78 tạ/ha, sản lượng 1.700 tấn.

Huyện tặng 2.180 suất quà, mỗi suất trị giá 500.000 đồng, tổng trị giá 1.190 triệu đồng.

Cơ cấu kinh tế: nông nghiệp 30,5%; công nghiệp 25%; dịch vụ 40,5%.

Đàn trâu 183 con, đạt 93% kế hoạch.

# II. NHIỆM VỤ 6 THÁNG CUỐI NĂM

- Đàn trâu tăng 17 con.
"""


def test_products_remainders_and_shares_are_statements_of_the_prose_model() -> None:
    from lint.relations import Relations
    from lint.ruleset import all_rules

    document = read_document("bao-cao.md", THREE_FIGURE_PROSE.encode("utf-8"))
    consistency = Relations(document, extract(document)).consistency
    violated = {s.family for s in consistency.violated("area-yield", "unit-price")}
    violated |= {s.family for s in consistency.violated("plan-remainder", "shares-whole")}
    assert violated == {"area-yield", "unit-price", "plan-remainder", "shares-whole"}
    owners = {family: rule.code for rule in all_rules() for family in rule.families}
    assert [owners[f] for f in sorted(violated)] == ["U101", "C102", "P104", "U103"]


def test_a_statement_holding_under_its_other_reading_is_no_evidence() -> None:
    # "Đàn trâu 203 con, đạt 81,2%" and a task of 250 con: 203 / 250 = 81,2 %, the task
    # figure is the whole-year plan, so achieved + task is not checked and not localised
    from lint.relations import Relations

    text = THREE_FIGURE_PROSE.replace("Đàn trâu 183 con, đạt 93%", "Đàn trâu 203 con, đạt 81,2%")
    text = text.replace("tăng 17 con", "tăng 250 con")
    document = read_document("bao-cao.md", text.encode("utf-8"))
    consistency = Relations(document, extract(document)).consistency
    remainder = next(s for s in consistency.statements if s.family == "plan-remainder")
    assert remainder.holds(consistency.env)
    assert not remainder.constraint.holds(consistency.env)
    assert list(consistency.violated("plan-remainder")) == []
