from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_rule


def test_inline_trong_do_parts_exceeding_total_together_is_only_info() -> None:
    text = "Tổng đàn gia súc 1.240 con, trong đó: đàn bò 1.150 con; đàn trâu 170 con."
    found = run_rule("S102", text)
    assert len(found) == 1
    assert found[0].severity.value == "info"
    assert found[0].notes[0].vi == "1.150 + 170 = 1.320 ≠ 1.240 con"
    assert len(found[0].related) == 2


def test_a_part_larger_than_the_total_is_an_error() -> None:
    text = "Tổng đàn gia súc 1.240 con, trong đó: đàn bò 1.250 con; đàn trâu 170 con."
    found = run_rule("S102", text)
    assert len(found) == 1 and found[0].severity.value == "error"
    assert text[found[0].span.start : found[0].span.end] in ("1.240", "1.250")


def test_overlapping_parts_are_not_an_error() -> None:
    text = (
        "Lao động có việc làm 5.000 người, trong đó: lao động nữ 2.400 người; "
        "lao động qua đào tạo 3.500 người."
    )
    assert [d.severity.value for d in run_rule("S102", text)] == ["info"]


def test_subset_parts_may_add_to_less() -> None:
    text = "Tổng đàn gia súc 1.240 con, trong đó: đàn bò 1.050 con; đàn trâu 170 con."
    assert run_rule("S102", text) == []
    assert run_rule("S101", text) == []


def test_changes_are_not_parts() -> None:
    text = "Tổng đàn 1.240 con, trong đó tăng 1.300 con so với cùng kỳ do tái đàn."
    assert run_rule("S102", text) == []


def test_footnote_attached_to_total() -> None:
    text = (
        "Tổng giá trị sản xuất đạt 250 tỷ đồng<sup>1</sup>, đạt 50% kế hoạch.\n\n"
        "<sup>1</sup> Trong đó: Khu vực I đạt 180 tỷ đồng; Khu vực II đạt 90 tỷ đồng.\n"
    )
    found = run_rule("S102", text)
    assert len(found) == 1
    assert found[0].notes[0].vi == "180 + 90 = 270 ≠ 250 tỷ đồng"
    assert [d.severity.value for d in run_rule("S102", text.replace("180 tỷ", "280 tỷ"))] == [
        "error"
    ]
    assert run_rule("S102", text.replace("180 tỷ", "150 tỷ")) == []


def test_list_after_trong_do_paragraph() -> None:
    text = (
        "Tổng vốn đầu tư 35.126 triệu đồng.\n\nTrong đó:\n\n"
        "+ Nguồn ngân sách huyện: 2.700 triệu đồng\n"
        "+ Nguồn ngân sách xã: 34.426 triệu đồng\n"
    )
    found = run_rule("S102", text)
    assert len(found) == 1
    assert run_rule("S102", text.replace("34.426", "32.426")) == []


def test_corpus_has_no_finding(corpus: Path) -> None:
    for name in sorted(p.name for p in corpus.iterdir() if p.suffix in (".md", ".txt")):
        if name == "README.md":
            continue
        text = (corpus / name).read_text(encoding="utf-8")
        assert run_rule("S102", text, name) == [], name


def test_people_counted_as_officials_are_parts_of_their_total() -> None:
    wrong = run_rule("S102", "Toàn huyện có 300 cán bộ, trong đó nữ 350 cán bộ.\n")
    assert [d.code for d in wrong] == ["S102"]
    assert run_rule("S102", "Toàn huyện có 300 cán bộ, trong đó nữ 150 cán bộ.\n") == []


def test_a_parenthesised_total_whose_parts_leave_out_the_unit() -> None:
    consistent = (
        "Đảng viên đã qua đào tạo lý luận chính trị (2.450 đồng chí), trong đó trình độ sơ cấp "
        "là 2.120; trung cấp và cao cấp là 330 đồng chí.\n"
    )
    assert run_rule("S102", consistent) == []
    (found,) = run_rule("S102", consistent.replace("2.120", "2.220"))
    assert "2.220 + 330 = 2.550" in " ".join(note.en for note in found.notes)
    # a total one slip too small for its parts
    (found,) = run_rule("S102", consistent.replace("2.450", "2.350"))
    assert "total 2.350" in found.message.en


def test_a_comma_list_after_trong_do_ends_at_the_semicolon() -> None:
    text = (
        "Tổng số cán bộ quản lý, giáo viên, nhân viên là 2.415 người, trong đó nữ 1.830 người, "
        "người dân tộc thiểu số 312 người; trình độ đạt chuẩn trở lên 2.398 người, chiếm 99,3%."
    )
    assert run_rule("S102", text) == []
    found = run_rule("S102", text.replace("1.830", "2.130"))
    assert len(found) == 1 and found[0].notes[0].vi == "2.130 + 312 = 2.442 ≠ 2.415 người"
    assert [d.severity.value for d in run_rule("S102", text.replace("1.830", "3.830"))] == ["error"]


def test_a_trong_do_list_ends_when_its_first_parts_make_up_the_total() -> None:
    text = (
        "Dân số trung bình năm 2023 ước tính 1.256.430 người, trong đó dân số thành thị "
        "345.210 người, chiếm 27,5%; dân số nông thôn 911.220 người, chiếm 72,5%; nam "
        "624.560 người, nữ 631.870 người."
    )
    assert run_rule("S102", text) == []
    assert run_rule("S101", text) == []
    found = run_rule("S102", text.replace("911.220", "991.220"))
    assert len(found) == 1 and found[0].severity.value == "info"


def test_what_is_not_done_yet_is_no_part_of_what_is_done() -> None:
    text = (
        "Tiếp nhận 12.456 hồ sơ thủ tục hành chính; đã giải quyết 12.210 hồ sơ, trong đó đúng "
        "hạn 12.185 hồ sơ, đạt 99,8%; đang giải quyết trong hạn 246 hồ sơ."
    )
    assert run_rule("S102", text) == []
    found = run_rule("S102", text.replace("12.185", "12.285"))
    assert len(found) == 1 and found[0].severity.value == "error"
    listed = "Đã thu 500 triệu đồng, trong đó: thuế 300 triệu đồng; phí 280 triệu đồng."
    assert len(run_rule("S102", listed)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Thụ lý 312 vụ/568 bị can, trong đó khởi tố mới 245 vụ/436 bị can; đã giải quyết 268 "
        "vụ/482 bị can, đạt 85,9% số vụ.",
        "Tổng số việc phải thi hành là 4.562 việc, trong đó có điều kiện thi hành 3.845 việc; "
        "đã thi hành xong 2.945 việc, đạt 76,6% số việc có điều kiện thi hành.",
    ],
)
def test_a_clause_of_what_was_done_ends_a_list_of_kinds(text: str) -> None:
    assert run_rule("S102", text) == []


def test_a_list_of_states_is_still_read() -> None:
    text = "Tiếp nhận 120 hồ sơ, trong đó đã giải quyết 100 hồ sơ; đang giải quyết 30 hồ sơ."
    assert len(run_rule("S102", text)) == 1


def test_a_trong_do_in_parentheses_ends_with_them() -> None:
    text = (
        "Tổng số thí sinh đăng ký là 2.108 thí sinh, có 11 thí sinh vắng thi (trong đó 09 thí "
        "sinh được tuyển thẳng); số thí sinh dự thi là 2.097 thí sinh."
    )
    assert run_rule("S102", text) == []


def test_bare_parts_of_a_comma_list_before_a_semicolon() -> None:
    text = (
        "Tặng Bằng khen cho 1.254 tập thể, cá nhân, trong đó tập thể 412, cá nhân {b}; số cá "
        "nhân là công nhân 356 người."
    )
    assert run_rule("S102", text.format(b="842")) == []
    assert run_rule("S101", text.format(b="842")) == []
    # "tập thể" and "cá nhân" are all of the whole: the parts must add up to it (S101), so
    # an excess is reported as a wrong sum rather than as parts exceeding their total
    assert len(run_rule("S101", text.format(b="872"))) == 1
    assert len(run_rule("S101", text.format(b="812"))) == 1


def test_overlapping_parts_each_confirmed_by_its_share_are_not_reported() -> None:
    text = (
        "Số ca mắc 1.846 ca. Trong đó:\n"
        "+ Trẻ dưới 5 tuổi: 1.652 ca, chiếm 89,5%;\n"
        "+ Số ca phải nhập viện 327 ca (17,7%), còn lại điều trị ngoại trú.\n"
    )
    assert run_rule("S102", text) == []
    # without the shares the parts may be a slip
    bare = text.replace(", chiếm 89,5%", "").replace(" (17,7%)", "")
    assert len(run_rule("S102", bare)) == 1


def test_an_items_plan_is_not_its_part() -> None:
    text = (
        "### II. Chi ngân sách\n\nTổng chi 6 tháng thực hiện 586.427 triệu đồng, trong đó:\n\n"
        "1. Chi đầu tư phát triển: 132.618 triệu đồng;\n\n"
        "2. Chi thường xuyên: 449.459 triệu đồng;\n\n"
        "3. Dự phòng ngân sách: dự toán 25.690 triệu đồng; đã sử dụng 4.350 triệu đồng.\n"
    )
    assert run_rule("S102", text) == []


def test_a_total_split_two_ways_is_not_reported() -> None:
    # exit and entry, then Vietnamese and foreign: each pair is all of the total
    text = (
        "Đã làm thủ tục cho 412.386 lượt người xuất, nhập cảnh, trong đó:\n\n"
        "- Xuất cảnh: 205.914 lượt;\n- Nhập cảnh: 206.472 lượt;\n"
        "- Người Việt Nam: 318.640 lượt;\n- Người nước ngoài: {foreign} lượt.\n"
    )
    assert run_rule("S102", text.format(foreign="93.746")) == []
    # a second split that is not all of it is reported, at info level
    (found,) = run_rule("S102", text.format(foreign="99.746"))
    assert found.severity.value == "info"
