from __future__ import annotations

from lint.numbers.scan import extract
from lint.read import read_document
from lint.relations.breakdowns import Breakdown, find_breakdowns


def breakdowns(text: str) -> list[Breakdown]:
    document = read_document("report.md", text.encode("utf-8"))
    return find_breakdowns(document, extract(document))


def shape(breakdown: Breakdown) -> tuple[str, tuple[str, ...], bool, str]:
    return (
        breakdown.total.literal,
        tuple(part.literal for part in breakdown.parts),
        breakdown.exhaustive,
        breakdown.marker,
    )


def test_parenthesised_list_with_labels() -> None:
    found = breakdowns("Hỗ trợ 19 căn (xây mới 02 căn, sửa chữa 17 căn).")
    assert [shape(b) for b in found] == [("19", ("02", "17"), True, "parenthesis")]
    assert found[0].labels == ("xây mới", "sửa chữa")
    found = breakdowns("Số tiền 96 triệu đồng (TW: 54 triệu đồng; tỉnh: 42 triệu đồng).")
    assert found[0].labels == ("TW", "tỉnh")


def test_parenthesis_with_other_units_or_comparisons_is_not_a_breakdown() -> None:
    assert breakdowns("Hỗ trợ 19 căn (xây mới 02 căn, 350 triệu đồng).") == []
    assert breakdowns("Đàn bò 1.240 con (cùng kỳ 1.100 con, kế hoạch 1.300 con).") == []
    assert breakdowns("Hỗ trợ 19 căn (02 căn).") == []


def test_inline_markers() -> None:
    found = breakdowns("Tổng đàn 1.240 con, trong đó: bò 1.050 con; trâu 170 con.")
    assert [shape(b) for b in found] == [("1.240", ("1.050", "170"), False, "trong đó")]
    assert found[0].complete is False
    found = breakdowns("Tổng đàn 1.220 con, chia ra: bò 1.050 con; trâu 170 con.")
    assert [shape(b) for b in found] == [("1.220", ("1.050", "170"), True, "chia ra")]


def test_marker_opening_a_sentence_takes_the_total_of_the_previous_one() -> None:
    text = (
        "Dư nợ 200.171 triệu đồng với 5.069 khách hàng, tăng 5.046 triệu đồng so với đầu năm. "
        "Trong đó: nợ quá hạn 343 triệu đồng, giảm 46 triệu đồng; nợ khoanh 80 triệu đồng."
    )
    assert [shape(b) for b in breakdowns(text)] == [("200.171", ("343", "80"), False, "trong đó")]


def test_complete_subset() -> None:
    text = "Tổng thu 552,054 tỷ đồng. Trong đó: A 47,421 tỷ đồng; B 179,833 tỷ đồng; C 324,799 tỷ đồng."
    (found,) = breakdowns(text)
    assert found.complete and not found.exhaustive


def test_footnote_and_list_shapes() -> None:
    text = (
        "Giá trị sản xuất 250 tỷ đồng<sup>1</sup>, đạt 50% kế hoạch.\n\n"
        "<sup>1</sup> Trong đó: Khu vực I 150 tỷ đồng; Khu vực II 100 tỷ đồng.\n"
    )
    assert [shape(b) for b in breakdowns(text)] == [("250", ("150", "100"), False, "trong đó")]
    text = (
        "Còn nợ 9 công trình.\n\nTrong đó:\n\n- Đã quyết toán: 04 công trình\n"
        "+ Đang thi công: 05 công trình\n- Tổng dự toán 10 công trình: 35 tỷ đồng.\n"
    )
    (found,) = breakdowns(text)
    assert shape(found) == ("9", ("04", "05"), False, "trong đó")
    assert found.restated is not None and found.restated.literal == "10"


def test_marker_after_a_sentence_with_two_totals_is_not_read() -> None:
    text = (
        "Tổng thu 100 tỷ đồng, tổng chi 80 tỷ đồng. Trong đó: thu thuế 60 tỷ đồng; phí 30 tỷ đồng."
    )
    assert breakdowns(text) == []


def test_comma_and_va_lists_without_semicolons() -> None:
    text = "Có 12 công trình, gồm: 5 công trình hoàn thành, 4 công trình đang thi công và 2 công trình chuẩn bị đầu tư."
    (found,) = breakdowns(text)
    assert shape(found) == ("12", ("5", "4", "2"), True, "gồm")
    assert found.labels == ("hoàn thành", "đang thi công", "chuẩn bị đầu tư")
    text = "Diện tích nuôi 120,5 ha, trong đó: tôm 60,2 ha, cá tra 35,3 ha, các loại khác 25 ha."
    # "các loại khác": the last part is the others, so the list is all of the total
    assert shape(breakdowns(text)[0]) == ("120,5", ("60,2", "35,3", "25"), True, "trong đó")


def test_cu_the_with_colon_is_a_subset() -> None:
    text = "Xử lý 10 vụ vi phạm, cụ thể: lấn chiếm 3 vụ; xây dựng trái phép 5 vụ."
    assert [shape(b) for b in breakdowns(text)] == [("10", ("3", "5"), False, "cụ thể")]
    assert breakdowns("Giá trị 2.506 tỷ đồng. Cụ thể như sau: nông nghiệp 844 tỷ đồng.") == []


def test_listed_parts_choose_the_total_of_their_measure() -> None:
    text = (
        "- Tổng dự toán 10 công trình: 35.126 triệu đồng.\n\nTrong đó:\n\n"
        "+ Nguồn ngân sách huyện: 2.700 triệu đồng\n+ Nguồn ngân sách xã: 32.426 triệu đồng\n"
    )
    (found,) = breakdowns(text)
    assert shape(found) == ("35.126", ("2.700", "32.426"), False, "trong đó")
    assert found.complete


# -- a total alone in a parenthesis, parts leaving the unit to one of them -------------------


def test_a_parenthesised_total_before_trong_do_with_an_elided_unit() -> None:
    text = (
        "Nhiều đảng viên đã qua đào tạo lý luận chính trị (2.450 đồng chí), trong đó trình độ "
        "sơ cấp là 2.120; trung cấp và cao cấp là 330 đồng chí."
    )
    assert [shape(b) for b in breakdowns(text)] == [("2.450", ("2.120", "330"), False, "trong đó")]


def test_the_total_may_stand_outside_the_parenthesis() -> None:
    text = (
        "Toàn tỉnh có 5.400 hội viên, trong đó nông dân là 4.100; cựu chiến binh là 1.300 hội viên."
    )
    assert [shape(b) for b in breakdowns(text)] == [
        ("5.400", ("4.100", "1.300"), False, "trong đó")
    ]


def test_an_elided_list_is_read_only_on_strong_evidence() -> None:
    # the parts fall short of the total by more than a typing slip: some parts are left out
    text = (
        "Số đảng viên được khen thưởng (640 đồng chí), trong đó cấp tỉnh là 120; cấp huyện là "
        "85 đồng chí."
    )
    assert breakdowns(text) == []
    # one digit of a part changed: read, so that S102 can say the parts exceed the total
    text = (
        "Số đảng viên được khen thưởng (640 đồng chí), trong đó cấp tỉnh là 220; cấp huyện là "
        "520 đồng chí."
    )
    assert [shape(b) for b in breakdowns(text)] == [("640", ("220", "520"), False, "trong đó")]


def test_an_elided_list_needs_a_part_that_states_the_unit() -> None:
    text = "Tổng số 2.450 đồng chí (trong đó năm trước là 2.120; năm nay là 330)."
    assert all(b.marker != "trong đó" for b in breakdowns(text))
    # a bare decimal is not a count of people
    text = "Có 2.450 đồng chí, trong đó hệ số của sơ cấp là 2,1; cao cấp là 330 đồng chí."
    assert breakdowns(text) == []


def test_a_parenthesis_holding_more_than_the_figure_is_not_a_total() -> None:
    text = (
        "Số đảng viên mới (tăng 12 đồng chí), trong đó nữ là 30; đoàn viên thanh niên là "
        "42 đồng chí."
    )
    assert breakdowns(text) == []


def test_va_between_names_of_one_part_does_not_split_it() -> None:
    text = "Tổng đàn 1.240 con, trong đó bò 1.050 con, trâu và dê 190 con."
    assert [shape(b) for b in breakdowns(text)] == [("1.240", ("1.050", "190"), False, "trong đó")]
    # "và" after a figure still separates two parts
    text = "Tổng đàn 1.240 con, gồm bò 1.050 con và trâu 190 con."
    assert [shape(b) for b in breakdowns(text)] == [("1.240", ("1.050", "190"), True, "gồm")]
    # a name without a figure before a comma still ends the list: its figure is not stated
    text = "Tổng vốn 500 triệu đồng, gồm vốn ngân sách 300 triệu đồng, vốn vay, vốn khác 150 triệu đồng."
    assert breakdowns(text) == []
