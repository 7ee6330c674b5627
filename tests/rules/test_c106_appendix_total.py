"""C106 appendix-total: an amount and the total of the appendix table detailing it."""

from __future__ import annotations

from tests.conftest import run_rule

_APPENDIX = (
    "\n\nPHỤ LỤC {name}\n\nDANH MỤC DỰ ÁN VÀ KẾ HOẠCH VỐN NĂM 2025\n\nĐVT: triệu đồng\n\n"
    "| STT | Dự án | Kế hoạch vốn |\n|---|---|---:|\n"
    "|  | TỔNG SỐ | {total} |\n"
    "| 1 | Trạm y tế xã An Hòa | 2.500 |\n"
    "| 2 | Trạm y tế xã Bình Minh | 2.000 |\n"
)


def _decision(amount: str, reference: str = "chi tiết tại Phụ lục 02", **table: str) -> str:
    fields = {"name": "02", "total": "4.500"} | table
    return (
        f"Điều 1. Phân bổ vốn cho Đề án y tế cơ sở: {amount} ({reference} kèm theo Quyết định "
        "này)." + _APPENDIX.format(**fields)
    )


def test_an_amount_the_appendix_total_disagrees_with_is_reported_at_the_amount() -> None:
    text = _decision("5.500 triệu đồng")
    found = run_rule("C106", text)
    assert len(found) == 1
    assert text[found[0].span.start : found[0].span.end] == "5.500 triệu đồng"
    assert "4.500" in found[0].message.en and "Phụ lục 02" in found[0].message.en
    related = found[0].related
    assert len(related) == 1 and text[related[0].span.start : related[0].span.end] == "4.500"
    assert "the appendix's rows add up to its total" in [n.en for n in found[0].notes]


def test_agreeing_amounts_are_silent_in_any_unit() -> None:
    assert run_rule("C106", _decision("4.500 triệu đồng")) == []
    assert run_rule("C106", _decision("4,5 tỷ đồng")) == []


def test_the_unit_is_converted() -> None:
    found = run_rule("C106", _decision("4,6 tỷ đồng"))
    assert len(found) == 1 and "4.500" in found[0].message.en


def test_an_amount_no_typo_explains_may_be_a_part_and_is_left_alone() -> None:
    # 1.200 of a 4.500 appendix: a part of it, another column, anything but a slip
    assert run_rule("C106", _decision("1.200 triệu đồng")) == []


def test_roman_names_leading_zeros_and_a_total_row_at_the_bottom() -> None:
    text = (
        "Kinh phí thực hiện là 900 triệu đồng (theo Phụ lục số II).\n\nPhụ lục II\n\n"
        "Đơn vị tính: triệu đồng\n\n| TT | Nội dung | Kinh phí |\n|---|---|---:|\n"
        "| 1 | Tập huấn | 300 |\n| 2 | Tuyên truyền | 500 |\n| | Tổng cộng | 800 |\n"
    )
    found = run_rule("C106", text)
    assert len(found) == 1 and "800" in found[0].message.en
    assert run_rule("C106", text.replace("900 triệu", "800 triệu")) == []
    assert len(run_rule("C106", _decision("5.500 triệu đồng", "chi tiết tại Phụ lục 2"))) == 1


def test_an_appendix_whose_rows_do_not_add_up_is_left_to_t101() -> None:
    # 5.500 is one digit from the appendix's 5.000, but 5.000 is not the sum of its rows
    text = _decision("5.500 triệu đồng", total="5.000")
    assert run_rule("C106", text) == []
    assert len(run_rule("T101", text)) == 1


def test_no_appendix_no_unit_or_another_appendix_is_silent() -> None:
    assert run_rule("C106", "Kinh phí 5.000 triệu đồng (chi tiết tại Phụ lục 02).") == []
    no_unit = _decision("5.500 triệu đồng").replace("ĐVT: triệu đồng\n\n", "")
    assert run_rule("C106", no_unit) == []
    assert run_rule("C106", _decision("5.500 triệu đồng", "chi tiết tại Phụ lục 03")) == []


def test_a_figure_between_the_amount_and_the_reference_breaks_the_link() -> None:
    text = _decision("5.500 triệu đồng", "cho 2 dự án, chi tiết tại Phụ lục 02")
    assert run_rule("C106", text) == []


def test_a_total_in_one_of_several_columns_needs_a_total_title() -> None:
    table = (
        "\n\nPhụ lục 01\n\nĐVT: triệu đồng\n\n| TT | Nội dung | Tổng số | Vốn NSTW | Vốn NSĐP |\n"
        "|---|---|---:|---:|---:|\n| | Tổng cộng | 1.000 | 600 | 400 |\n"
        "| 1 | Dự án A | 700 | 400 | 300 |\n| 2 | Dự án B | 300 | 200 | 100 |\n"
    )
    found = run_rule("C106", "Tổng vốn 1.100 triệu đồng (chi tiết tại Phụ lục 01)." + table)
    assert len(found) == 1 and "1.000" in found[0].message.en
    untitled = table.replace("| Tổng số |", "| Năm 2025 |")
    assert run_rule("C106", "Tổng vốn 1.100 triệu đồng (chi tiết tại Phụ lục 01)." + untitled) == []
