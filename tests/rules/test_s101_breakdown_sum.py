from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_rule

WRONG = (
    "Trợ cấp một lần 96 triệu đồng (Trung ương: 54 triệu đồng; tỉnh: 12 triệu đồng; "
    "xã: 40 triệu đồng)."
)


def test_parenthesised_breakdown_that_does_not_add_up() -> None:
    found = run_rule("S101", WRONG)
    assert len(found) == 1
    finding = found[0]
    assert finding.notes[0].vi == "54 + 12 + 40 = 106 ≠ 96 triệu đồng"
    assert len(finding.related) == 3
    assert finding.suggestion is not None
    assert "54 → 44" in finding.suggestion.en and "40 → 30" in finding.suggestion.en
    assert "cannot tell" in finding.suggestion.en


def test_parenthesised_breakdown_that_adds_up_passes() -> None:
    assert run_rule("S101", WRONG.replace("54 triệu", "44 triệu")) == []
    assert run_rule("S101", "Hỗ trợ 19 căn nhà (xây mới 02 căn, sửa chữa 17 căn).") == []


def test_rounded_parts_within_rounding_pass() -> None:
    text = "Tổng thu 552,054 tỷ đồng, gồm: nông nghiệp 47,421 tỷ đồng; công nghiệp 179,833 tỷ đồng; dịch vụ 324,799 tỷ đồng."
    assert run_rule("S101", text) == []


def test_gom_list_is_exhaustive() -> None:
    text = "Tổng đàn gia súc 1.240 con, gồm: đàn bò 1.050 con; đàn trâu 170 con."
    found = run_rule("S101", text)
    assert len(found) == 1
    assert found[0].notes[0].vi == "1.050 + 170 = 1.220 ≠ 1.240 con"


def test_comparisons_in_parentheses_are_not_parts() -> None:
    text = "Tổng đàn 1.240 con (năm 2019: 1.100 con; năm 2018: 1.000 con)."
    assert run_rule("S101", text) == []
    text = "Tổng đàn 1.240 con (tăng 100 con, tăng 8,8%)."
    assert run_rule("S101", text) == []


def test_shares_adding_to_100_localise_the_total() -> None:
    text = (
        "Giải quyết được 2.583/2.974 hồ sơ, trong đó trực tuyến 210 hồ sơ. Giải quyết trước "
        "hạn 915 hồ sơ, chiếm tỷ lệ 34,1%; đúng hạn 1.768 hồ sơ, chiếm tỷ lệ 65,9%."
    )
    found = run_rule("S101", text)
    assert len(found) == 1
    finding = found[0]
    assert text[finding.span.start : finding.span.end] == "2.583"
    assert finding.suggestion is not None and "2.583 → 2.683" in finding.suggestion.en
    assert "915 / 2.583 × 100 = 35,42% ≠ 34,1%" in [n.en for n in finding.notes]
    assert run_rule("S101", text.replace("2.583/", "2.683/")) == []


def test_corpus_findings(corpus: Path) -> None:
    text = (corpus / "kien-tuong-2020-h1.md").read_text(encoding="utf-8")
    found = run_rule("S101", text, "kien-tuong-2020-h1.md")
    assert [text[d.span.start : d.span.end] for d in found] == ["181.691.000", "2.583"]
    assert (
        found[0].notes[0].vi
        == "146.446.000 + 5.445.000 + 149.000.000 = 300.891.000 ≠ 181.691.000 đồng"
    )
    assert found[0].suggestion is not None and "thị xã: 149.000.000 → 29.800.000" in found[
        0
    ].suggestion.en.replace("should be", "→")
    kim_tan = (corpus / "kim-tan-2023-h1.txt").read_text(encoding="utf-8")
    assert run_rule("S101", kim_tan, "kim-tan-2023-h1.txt") == []
    for name in (
        "gso-bieu-nong-nghiep-6-thang-2024.md",
        "gso-bieu-so-lieu-6-thang-2024.md",
        "gso-bieu-so-lieu-nam-2024.md",
    ):
        table = (corpus / name).read_text(encoding="utf-8")
        assert run_rule("S101", table, name) == []


def test_con_lai_makes_a_trong_do_list_exhaustive() -> None:
    text = "Tổng đàn 414 con, trong đó chết 21 con, bán 6 con, còn lại {n} con."
    assert run_rule("S101", text.format(n="387")) == []
    found = run_rule("S101", text.format(n="397"))
    assert len(found) == 1
    assert found[0].notes[0].vi == "21 + 6 + 397 = 424 ≠ 414 con"
    assert run_rule("S101", "Tổng đàn 414 con, trong đó chết 21 con, bán 6 con.") == []


PROJECTS = (
    "Năm 2025, tổng số công trình được bố trí vốn là 215 công trình, gồm 84 công trình "
    "chuyển tiếp và {new} công trình khởi công mới; trong đó có {done} công trình đã hoàn "
    "thành, bàn giao đưa vào sử dụng."
)


def test_gom_list_joined_by_va_before_a_semicolon() -> None:
    assert run_rule("S101", PROJECTS.format(new="131", done="52")) == []
    found = run_rule("S101", PROJECTS.format(new="181", done="52"))
    assert len(found) == 1
    assert found[0].notes[0].vi == "84 + 181 = 265 ≠ 215 công trình"


def test_trong_do_after_a_gom_list_is_of_no_certain_total() -> None:
    # the 160 finished works are of the 215, not of the 131 new ones: no total is read
    text = PROJECTS.format(new="131", done="160")
    assert run_rule("S101", text) == [] and run_rule("S102", text) == []


CASES = (
    "Trong kỳ, đã giải quyết 4.215 hồ sơ, gồm: giải quyết trước hạn 2.906 hồ sơ, đúng hạn "
    "{on_time} hồ sơ, quá hạn 13 hồ sơ; đang giải quyết 97 hồ sơ (trong hạn 90 hồ sơ, quá hạn "
    "07 hồ sơ)."
)


def test_gom_list_of_done_cases_ends_before_the_cases_not_done() -> None:
    assert run_rule("S101", CASES.format(on_time="1.296")) == []
    found = run_rule("S101", CASES.format(on_time="1.796"))
    assert len(found) == 1
    assert found[0].notes[0].vi == "2.906 + 1.796 + 13 = 4.715 ≠ 4.215 hồ sơ"


def test_semicolon_parts_with_more_figures_each_keep_the_semicolon_reading() -> None:
    text = "Hỗ trợ 500 hộ, gồm: xã An Bình 300 hộ, 120 hộ nghèo; xã Tân Phú 200 hộ, 80 hộ nghèo."
    assert run_rule("S101", text) == []
    found = run_rule("S101", text.replace("200 hộ,", "260 hộ,"))
    assert len(found) == 1 and found[0].notes[0].vi == "300 + 260 = 560 ≠ 500 hộ"


def test_papers_counted_and_an_abbreviation_of_the_total_noun() -> None:
    text = (
        "Công bố {t} thủ tục hành chính (TTHC), gồm: 26 TTHC mới ban hành, 71 TTHC sửa đổi, "
        "bổ sung và 9 TTHC bị bãi bỏ."
    )
    assert run_rule("S101", text.format(t="106")) == []
    assert len(run_rule("S101", text.format(t="136"))) == 1


def test_trong_do_list_ending_with_the_others_is_all_of_the_total() -> None:
    text = "Cấp {t} giấy phép xây dựng, trong đó nhà ở riêng lẻ 512 giấy phép, công trình khác 41 giấy phép."
    assert run_rule("S101", text.format(t="553")) == []
    found = run_rule("S101", text.format(t="583"))
    assert len(found) == 1 and found[0].severity.value == "error"


NAMED_AGAIN = (
    "Tổng giá trị sản xuất ước đạt 2.318,4 tỷ đồng, tăng 7,6% so với năm 2024 (2.154,6 tỷ "
    "đồng). Cơ cấu giá trị sản xuất gồm: nông nghiệp 402,1 tỷ đồng; công nghiệp - xây dựng "
    "{b} tỷ đồng; dịch vụ 1.003,8 tỷ đồng."
)


def test_total_named_again_at_the_head_of_the_next_sentence() -> None:
    assert run_rule("S101", NAMED_AGAIN.format(b="912,5")) == []
    found = run_rule("S101", NAMED_AGAIN.format(b="942,5"))
    assert len(found) == 1
    assert found[0].notes[0].vi == "402,1 + 942,5 + 1.003,8 = 2.348,4 ≠ 2.318,4 tỷ đồng"


def test_another_indicator_at_the_head_of_the_next_sentence_is_not_its_total() -> None:
    text = (
        "Tổng thu ngân sách đạt 100 tỷ đồng. Chi ngân sách gồm: chi thường xuyên 60 tỷ đồng, "
        "chi đầu tư 30 tỷ đồng."
    )
    assert run_rule("S101", text) == []


def test_footnote_mark_after_the_words_naming_what_the_total_counts() -> None:
    text = (
        "Dịp Tết, tặng {t} suất quà Tết<sup>1</sup> cho các đối tượng chính sách.\n\n---\n\n"
        "<sup>1</sup> Gồm: 64 suất cho hộ nghèo, 51 suất cho hộ cận nghèo và 22 suất cho trẻ "
        "em mồ côi.\n"
    )
    assert run_rule("S101", text.format(t="137")) == []
    found = run_rule("S101", text.format(t="167"))
    assert len(found) == 1 and found[0].notes[0].vi == "64 + 51 + 22 = 137 ≠ 167 suất"


GIFTS = """\
Dịp Tết, đã tặng 9.140 suất quà với tổng trị giá {t} triệu đồng, gồm:

- Quà của tỉnh: 2.460 suất x 500.000 đồng = 1.230,0 triệu đồng;
- Quà của huyện: 3.880 suất, kinh phí 1.164,0 triệu đồng (300.000 đồng/suất);
- Quà của các nhà hảo tâm: 2.800 suất, trị giá 840,0 triệu đồng.
"""


def test_list_items_giving_a_count_and_an_amount_each() -> None:
    assert run_rule("S101", GIFTS.format(t="3.234,0")) == []
    found = run_rule("S101", GIFTS.format(t="3.284,0"))
    assert len(found) == 1
    assert found[0].notes[0].vi == "1.230,0 + 1.164,0 + 840,0 = 3.234,0 ≠ 3.284,0 triệu đồng"
    found = run_rule("S101", GIFTS.format(t="3.234,0").replace("3.880 suất", "3.680 suất"))
    assert len(found) == 1 and "9.140" in found[0].message.vi


CROPS = """\
- Cây lúa: diện tích 6.310,0 ha, năng suất bình quân 60,0 tạ/ha, sản lượng {t} tấn, trong đó:
  + Vụ Đông Xuân: diện tích 3.200,0 ha, năng suất 63,0 tạ/ha, sản lượng 20.160,0 tấn;
  + Vụ Hè Thu: diện tích 3.110,0 ha, năng suất 56,9 tạ/ha, sản lượng 17.695,9 tấn.
"""


def test_areas_adding_up_make_the_productions_all_of_theirs() -> None:
    assert run_rule("S101", CROPS.format(t="37.855,9")) == []
    found = run_rule("S101", CROPS.format(t="37.555,9"))
    assert len(found) == 1
    assert found[0].notes[0].vi == "20.160,0 + 17.695,9 = 37.855,9 ≠ 37.555,9 tấn"


def test_a_name_with_a_comma_of_its_own_is_not_read_as_two_parts() -> None:
    text = "Tổng đàn gia cầm 45.600 con, gồm gà 38.200 con, vịt 6.150 con và ngan, ngỗng 1.250 con."
    assert run_rule("S101", text) == []


def test_a_footnote_after_a_figure_in_parentheses_is_not_its_breakdown() -> None:
    text = (
        "Tổng thu ngân sách xã là 4.256 triệu đồng, đạt 56,7% dự toán (dự toán năm 7.506 triệu "
        "đồng)<sup>3</sup>.\n\n---\n\n<sup>3</sup> Gồm: thu thuế, phí 1.245 triệu đồng; thu khác "
        "386 triệu đồng; thu bổ sung 2.625 triệu đồng.\n"
    )
    assert run_rule("S101", text) == []


FOOTNOTE_ENDING_A_SENTENCE = (
    "Tổng vốn đầu tư toàn xã hội ước đạt 48.615 tỷ đồng, tăng 9,8% so với năm trước (44.276 tỷ "
    "đồng)<sup>2</sup>.\n\n---\n\n<sup>2</sup> {marker}vốn khu vực nhà nước 11.204 tỷ đồng; "
    "vốn khu vực ngoài nhà nước {b} tỷ đồng; vốn đầu tư trực tiếp nước ngoài 9.137 tỷ đồng.\n"
)


@pytest.mark.parametrize("marker", ["Gồm: ", ""])
def test_a_footnote_ending_a_sentence_splits_the_figure_its_parts_make_up(marker: str) -> None:
    text = FOOTNOTE_ENDING_A_SENTENCE.replace("{marker}", marker)
    assert run_rule("S101", text.format(b="28.274")) == []
    (found,) = run_rule("S101", text.format(b="28.874"))
    assert "48.615" in found.message.vi
    # the parts far from every figure of the sentence: which one do they split? Not read
    assert run_rule("S101", text.format(b="24.516")) == []
    # "Trong đó" names some of a figure
    some = FOOTNOTE_ENDING_A_SENTENCE.replace("{marker}", "Trong đó ")
    assert run_rule("S101", some.format(b="28.874")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Toàn tỉnh có {t} chợ, gồm 20 chợ hạng II và 120 chợ hạng III; ngoài ra có 3 siêu thị.",
        "Tổng số giường bệnh là {t} giường, gồm tuyến tỉnh 80 giường và tuyến huyện 60 giường.",
        "Giao {t} công dân nhập ngũ, gồm 130 công dân thực hiện nghĩa vụ quân sự và 10 công dân "
        "thực hiện nghĩa vụ tham gia Công an nhân dân.",
    ],
)
def test_more_things_reports_count(text: str) -> None:
    assert run_rule("S101", text.format(t="140")) == []
    assert len(run_rule("S101", text.format(t="190"))) == 1


def test_the_last_part_of_a_semicolon_list_named_after_va() -> None:
    text = (
        "Tổng kế hoạch vốn năm 2025 là 2.145,6 tỷ đồng, gồm: vốn ngân sách trung ương 1.210,0 "
        "tỷ đồng; vốn ngân sách tỉnh {b} tỷ đồng và vốn ngân sách huyện đối ứng 180,0 tỷ đồng."
    )
    assert run_rule("S101", text.format(b="755,6")) == []
    (found,) = run_rule("S101", text.format(b="735,6"))
    assert "1.210,0 + 735,6 + 180,0" in found.notes[0].vi


def test_two_figures_of_one_part_joined_by_va_stay_one_part() -> None:
    # "200 hộ và 800 khẩu": two measures of one commune, the list counts households
    text = "Tổng số 500 hộ, gồm: xã An Bình 300 hộ; xã Tân Phú 200 hộ và 800 khẩu."
    assert run_rule("S101", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kinh phí hỗ trợ nhà ở {t} triệu đồng, gồm: nhà sập đổ 12 nhà × 40 triệu đồng = 480 "
        "triệu đồng; nhà hư hỏng nặng 85 nhà × 20 triệu đồng = 1.700 triệu đồng.",
        "Kinh phí hỗ trợ nhà ở {t} triệu đồng, gồm:\n\n"
        "- Nhà sập đổ: 12 nhà × 40 triệu đồng = 480 triệu đồng;\n"
        "- Nhà hư hỏng nặng: 85 nhà × 20 triệu đồng = 1.700 triệu đồng.",
        # under a lettered item of the outline
        "Kinh phí hỗ trợ như sau:\n\na) Hỗ trợ nhà ở: {t} triệu đồng, gồm:\n\n"
        "- Nhà sập đổ: 12 nhà × 40 triệu đồng = 480 triệu đồng;\n"
        "- Nhà hư hỏng nặng: 85 nhà × 20 triệu đồng = 1.700 triệu đồng.\n\n"
        "b) Hỗ trợ sản xuất: 350 triệu đồng.",
    ],
)
def test_parts_that_write_their_computation_out_stand_for_the_result(text: str) -> None:
    assert run_rule("S101", text.format(t="2.180")) == []
    (found,) = run_rule("S101", text.format(t="2.780"))
    assert "480 + 1.700 = 2.180" in found.notes[0].vi


def test_a_total_so_far_split_by_some_of_its_periods() -> None:
    # the third quarter's 17 is in the sentence before: the parts are two of three quarters
    text = (
        "Trong quý III, huyện ban hành 17 văn bản. Lũy kế 9 tháng đã ban hành 46 văn bản (quý "
        "I: 15 văn bản; quý II: {b} văn bản)."
    )
    assert run_rule("S101", text.format(b="14")) == []
    assert run_rule("S101", text.format(b="12")) == []
    # every quarter named: all the parts
    text = "Lũy kế 9 tháng đã ban hành 46 văn bản (quý I: 15 văn bản; quý II: 14 văn bản; quý III: {b} văn bản)."
    assert run_rule("S101", text.format(b="17")) == []
    assert len(run_rule("S101", text.format(b="12"))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn vận động viên huyện đạt {t} huy chương ({a} HCV, {b} HCB, 16 HCĐ).",
        "Chi trả chế độ cho {t} lượt người (ốm đau {a}, thai sản {b}, dưỡng sức 16).",
    ],
)
def test_bare_counts_named_by_their_labels_in_parentheses(text: str) -> None:
    assert run_rule("S101", text.format(t="142", a="52", b="74")) == []
    assert len(run_rule("S101", text.format(t="142", a="52", b="79"))) == 1
    # far from adding up: no evidence the bare numbers are the parts
    assert run_rule("S101", text.format(t="142", a="120", b="140")) == []


def test_a_list_announced_as_follows_adding_up_or_one_slip_away() -> None:
    text = (
        "Số kết dư ngân sách năm 2024 là 835.420.000 đồng, bố trí như sau: chi đầu tư xây dựng "
        "cơ bản 500.000.000 đồng; chi thường xuyên {b} đồng."
    )
    assert run_rule("S101", text.format(b="335.420.000")) == []
    (found,) = run_rule("S101", text.format(b="365.420.000"))
    assert "500.000.000 + 365.420.000" in found.notes[0].vi
    # far from adding up: "như sau" does not say the list is all of the figure
    assert run_rule("S101", text.format(b="80.000.000")) == []


CLASSES = """\
Giá trị sản xuất công nghiệp ước đạt 3.456,8 tỷ đồng, tăng 10,2% so với cùng kỳ. Phân theo \
khu vực kinh tế:

- Khu vực doanh nghiệp nhà nước: 412,5 tỷ đồng, chiếm 11,9%;
- Khu vực ngoài nhà nước: {b} tỷ đồng, chiếm 66,1%;
- Khu vực có vốn đầu tư nước ngoài: 758,2 tỷ đồng, chiếm {p}%.
"""


def test_items_classifying_the_figure_before_phan_theo() -> None:
    assert run_rule("S101", CLASSES.format(b="2.286,1", p="21,9")) == []
    assert run_rule("P101", CLASSES.format(b="2.286,1", p="21,9")) == []
    (found,) = run_rule("S101", CLASSES.format(b="2.236,1", p="21,9"))
    assert "3.456,8" in found.message.en
    (share,) = run_rule("P101", CLASSES.format(b="2.286,1", p="24,9"))
    assert "758,2 / 3.456,8" in share.message.en


def test_an_inline_list_classifying_the_figure_of_the_sentence_before() -> None:
    text = (
        "Phát hiện 89 vụ phạm pháp hình sự. Cơ cấu theo loại tội phạm: trộm cắp tài sản {a} vụ; "
        "cố ý gây thương tích 13 vụ; đánh bạc 11 vụ; các loại tội phạm khác 24 vụ."
    )
    assert run_rule("S101", text.format(a="41")) == []
    (found,) = run_rule("S101", text.format(a="71"))
    assert "71 + 13 + 11 + 24" in found.notes[0].vi


def test_counts_of_the_kinds_of_what_the_total_counts() -> None:
    text = (
        "Toàn huyện có 2.346 cơ sở sản xuất, gồm 86 doanh nghiệp và {b} hộ cá thể; thu hút "
        "14.580 lao động."
    )
    assert run_rule("S101", text.format(b="2.260")) == []
    assert len(run_rule("S101", text.format(b="2.160"))) == 1
    # far from adding up: the counts are not said to be the kinds of the total
    assert run_rule("S101", text.format(b="1.160")) == []


def test_bare_parts_in_parentheses_any_of_them_may_be_the_slip() -> None:
    text = (
        "Chỉ tiêu giao quân là 215 công dân (nghĩa vụ quân sự {a}, nghĩa vụ tham gia Công an "
        "nhân dân 25)."
    )
    assert run_rule("S101", text.format(a="190")) == []
    # the part short of the total by a slip of its own
    assert len(run_rule("S101", text.format(a="160"))) == 1


def test_a_part_counted_by_another_noun_with_parts_after_it_leaves_the_list_unread() -> None:
    text = (
        "Số đối tượng bảo trợ xã hội là 4.318 người, gồm: người cao tuổi 2.146 người; người "
        "khuyết tật 1.862 người; trẻ em mồ côi 74 em và người đơn thân nghèo 236 người."
    )
    assert run_rule("S101", text) == []


def test_a_footnote_splitting_an_amount_without_a_marker() -> None:
    text = (
        "Huyện hỗ trợ giống lúa cho 2.150 ha, tổng kinh phí 1.741,5 triệu đồng<sup>1</sup>.\n\n"
        "<sup>1</sup> Ngân sách tỉnh 1.045 triệu đồng, ngân sách huyện {b} triệu đồng.\n"
    )
    assert run_rule("S101", text.format(b="696,5")) == []
    assert len(run_rule("S101", text.format(b="646,5"))) == 1
    # a note saying more than a split (another figure of the unit): not read
    other = text.replace("ngân sách huyện {b}", "ngân sách huyện {b} triệu đồng, đã chi 900")
    assert run_rule("S101", other.format(b="646,5")) == []


def test_a_part_named_with_a_comma_of_its_own_on_strong_evidence() -> None:
    text = "Tổng đàn gia cầm 45.600 con, gồm gà {a} con, vịt 6.150 con và ngan, ngỗng 1.250 con."
    assert run_rule("S101", text.format(a="38.200")) == []
    (found,) = run_rule("S101", text.format(a="38.800"))
    assert any("ngan, ngỗng" in r.label.vi for r in found.related)
    # the name with a comma repeats the others' head word before its comma only
    text = "Diện tích nuôi trồng là 4.126 ha, gồm: nuôi nước ngọt 2.870 ha và nuôi mặn, lợ {b} ha."
    assert run_rule("S101", text.format(b="1.256")) == []
    (found,) = run_rule("S101", text.format(b="1.856"))
    assert any("nuôi mặn, lợ" in r.label.vi for r in found.related)


def test_a_parenthesis_after_the_totals_rate() -> None:
    text = (
        "Tiếp nhận 1.245 hồ sơ; đã giải quyết 1.186 hồ sơ, đạt 95,3% (đúng hạn {a} hồ sơ, trễ "
        "hạn 34 hồ sơ)."
    )
    assert run_rule("S101", text.format(a="1.152")) == []
    assert len(run_rule("S101", text.format(a="1.182"))) == 1


def test_trong_do_parts_whose_shares_total_100_are_all_of_it() -> None:
    text = (
        "Toàn huyện có 1.142 phòng học, trong đó {a} phòng kiên cố (90,0%), 114 phòng bán kiên "
        "cố (10,0%)."
    )
    assert run_rule("S101", text.format(a="1.028")) == []
    assert [d.severity.value for d in run_rule("S101", text.format(a="1.068"))] == ["error"]
    # shares short of 100: some of the total, as "trong đó" says
    some = (
        "Toàn huyện có 1.142 phòng học, trong đó 968 phòng kiên cố (84,8%), 114 phòng mới (10,0%)."
    )
    assert run_rule("S101", some) == []


def test_change_after_a_described_value_with_the_earlier_value_in_parentheses() -> None:
    # "V <what it counts>, giảm N so với thời điểm … (B)": V = B − N, read on the figures'
    # evidence since the description stands between the value and its change
    text = (
        "Toàn tỉnh hiện có 1.236 cơ sở kinh doanh dịch vụ lưu trú đang hoạt động, tăng 148 cơ sở "
        "so với thời điểm 31/12/2023 (1.088 cơ sở)."
    )
    assert run_rule("S101", text) == []
    assert len(run_rule("S101", text.replace("tăng 148", "tăng 178"))) == 1
    assert len(run_rule("S101", text.replace("(1.088", "(1.038"))) == 1
    # figures that do not belong together are not read
    assert run_rule("S101", text.replace("tăng 148", "tăng 57")) == []


def test_parenthesis_after_a_total_named_with_a_comma_and_labels_with_va() -> None:
    text = (
        "Bổ nhiệm, bổ nhiệm lại 126 lượt cán bộ lãnh đạo, quản lý (cấp sở và tương đương "
        "27 lượt, cấp phòng và tương đương 99 lượt)."
    )
    assert run_rule("S101", text) == []
    assert len(run_rule("S101", text.replace("99 lượt", "69 lượt"))) == 1
    assert len(run_rule("S101", text.replace("126 lượt", "156 lượt"))) == 1


def test_list_after_a_colon_that_follows_the_total() -> None:
    text = (
        "Về trình độ lý luận chính trị của 1.486 cán bộ, công chức cấp xã: cao cấp 212 người "
        "(14,3%), trung cấp 1.035 người (69,7%), sơ cấp 239 người (16,1%)."
    )
    assert run_rule("S101", text) == []
    assert len(run_rule("S101", text.replace("1.035 người", "1.085 người"))) == 1
    assert len(run_rule("S101", text.replace("của 1.486", "của 1.436"))) == 1
    # a colon says nothing of the whole: parts that are not all of it are not read
    some = (
        "Kết quả kiểm tra 1.486 hồ sơ: thiếu thành phần 212 hồ sơ, quá hạn 135 hồ sơ, "
        "chưa ký số 87 hồ sơ."
    )
    assert run_rule("S101", some) == []


def test_parts_and_the_rest_of_a_whole_opening_the_sentence() -> None:
    text = (
        "Trong tổng số 312 hợp tác xã, có 198 hợp tác xã hoạt động hiệu quả, chiếm 63,5%; "
        "76 hợp tác xã hoạt động trung bình; còn lại 38 hợp tác xã ngừng hoạt động."
    )
    assert run_rule("S101", text) == []
    assert len(run_rule("S101", text.replace("76 hợp", "96 hợp"))) == 1
    assert len(run_rule("S101", text.replace("312 hợp", "342 hợp"))) == 1
    # with a split of one part in the sentence, which figures are the parts is not clear
    split = text.replace("hiệu quả, chiếm 63,5%", "hiệu quả, trong đó 40 hợp tác xã xếp loại tốt")
    found = run_rule("S101", split.replace("76 hợp", "96 hợp"))
    assert not any("312" in d.message.en for d in found)


def test_trong_do_parts_the_totals_name_lists() -> None:
    # the total's name joins the parts' names: the "trong đó" list is all of it
    text = (
        "Tổng số học sinh tiểu học và trung học cơ sở là 12.480 em, trong đó học sinh tiểu học "
        "7.215 em, học sinh trung học cơ sở 5.265 em."
    )
    assert run_rule("S101", text) == []
    assert len(run_rule("S101", text.replace("5.265", "5.765"))) == 1
    assert len(run_rule("S101", text.replace("5.265", "4.265"))) == 1
    # a name that does not list them: some of the total, not all
    some = text.replace("tiểu học và trung học cơ sở", "toàn huyện")
    assert run_rule("S101", some.replace("5.265", "4.265")) == []
    # "vốn điều chỉnh tăng" names a part: no change
    capital = (
        "Tổng vốn đăng ký cấp mới và điều chỉnh tăng đạt 2.486,4 tỷ đồng; trong đó vốn đăng ký "
        "cấp mới 1.612,9 tỷ đồng, vốn điều chỉnh tăng 873,5 tỷ đồng."
    )
    assert run_rule("S101", capital) == []
    assert len(run_rule("S101", capital.replace("873,5", "673,5"))) == 1


def test_rest_described_after_a_whole_opening_a_labelled_sentence() -> None:
    text = (
        "b) Cơ cấu giống: Trong tổng số 4.260 ha lúa, giống chất lượng cao 2.815 ha, chiếm "
        "66,1%; lúa lai 530 ha; còn lại là các giống thuần khác với 915 ha."
    )
    assert run_rule("S101", text) == []
    assert len(run_rule("S101", text.replace("530 ha", "580 ha"))) == 1


def test_classified_list_opening_a_sentence_after_a_whole_and_its_parts() -> None:
    # the sentence before holds the whole and a first split of it: the list is of the figure
    # it makes up
    text = (
        "Năm 2024, toàn tỉnh có 386 hợp tác xã, gồm 142 hợp tác xã thành lập trước năm 2020 và "
        "244 hợp tác xã thành lập mới. Phân theo lĩnh vực: nông nghiệp 215 hợp tác xã, thương "
        "mại, dịch vụ 98 hợp tác xã, công nghiệp 73 hợp tác xã."
    )
    assert run_rule("S101", text) == []
    found = run_rule("S101", text.replace("nông nghiệp 215", "nông nghiệp 245"))
    assert len(found) == 1 and "386" in found[0].message.en
    assert len(run_rule("S101", text.replace("công nghiệp 73", "công nghiệp 23"))) == 1


def test_list_after_a_label_opening_the_next_sentence() -> None:
    text = (
        "Tổng số cán bộ, công chức cấp xã là 628 người (cán bộ 331 người, công chức 297 người). "
        "Về trình độ chuyên môn: đại học trở lên 512 người; cao đẳng, trung cấp 116 người."
    )
    assert run_rule("S101", text) == []
    found = run_rule("S101", text.replace("512 người", "542 người"))
    assert len(found) == 1 and "628" in found[0].message.en
    # parts that make up no figure of the sentence before: not read
    assert run_rule("S101", text.replace("512 người", "312 người").replace("116", "96")) == []


def test_parenthesis_right_after_a_total_counted_by_a_shorter_noun() -> None:
    text = (
        "Chi chế độ ốm đau, thai sản: 7.412 triệu đồng cho 1.736 lượt người (ốm đau 1.508 lượt, "
        "thai sản 228 lượt)."
    )
    assert run_rule("S101", text) == []
    assert len(run_rule("S101", text.replace("1.508 lượt", "1.608 lượt"))) == 1
    # "lượt người" and "lượt" are one measure: the parenthesis is the total's parts
    assert len(run_rule("S101", text.replace("1.508 lượt", "512 lượt"))) == 1
    # counted by another noun ("người"), parts that do not make up the total are not read,
    # parts one slip away are
    other = text.replace("1.736 lượt người", "1.736 người")
    assert run_rule("S101", other) == []
    assert run_rule("S101", other.replace("1.508 lượt", "512 lượt")) == []
    assert len(run_rule("S101", other.replace("1.508 lượt", "1.608 lượt"))) == 1


def test_change_of_people_counted_by_another_noun() -> None:
    text = (
        "Năm 2024 đã chuyển đổi vị trí công tác đối với 317 công chức, viên chức, tăng 45 người "
        "so với năm 2023 (272 công chức, viên chức)."
    )
    assert run_rule("S101", text) == []
    assert len(run_rule("S101", text.replace("317 công chức", "337 công chức"))) == 1


def test_increment_against_last_years_value_when_this_year_is_a_year_end_date() -> None:
    text = (
        "Năm 2023, dân số toàn xã là 12.846 người. Đến ngày 31/12/2024, quy mô dân số toàn xã "
        "là 13.012 người, tăng 166 người so với năm 2023."
    )
    assert run_rule("S101", text) == []
    assert len(run_rule("S101", text.replace("tăng 166", "tăng 196"))) == 1
    # another year's end: not the year after
    other = text.replace("31/12/2024", "31/12/2025")
    assert run_rule("S101", other.replace("tăng 166", "tăng 196")) == []


def test_a_part_named_by_a_duration() -> None:
    text = (
        "Số người tốt nghiệp là 28.460 người (cao đẳng 2.915 người, trung cấp 4.312 người, sơ cấp "
        "và dưới 3 tháng {p} người)."
    )
    assert run_rule("S101", text.format(p="21.233")) == []
    assert len(run_rule("S101", text.format(p="21.833"))) == 1
    # values of periods are still not parts
    periods = "Thu đạt 1.250 triệu đồng (6 tháng đầu năm 800 triệu đồng, quý III 350 triệu đồng)."
    assert run_rule("S101", periods) == []


@pytest.mark.parametrize("tail", ["Kết quả theo trình độ đào tạo:", "Chi tiết theo trình độ:"])
def test_list_items_after_a_classifying_tail(tail: str) -> None:
    text = (
        f"Năm 2024 toàn tỉnh tuyển sinh được 24.610 người. {tail}\n\n"
        "- Trình độ cao đẳng: 3.120 người;\n"
        "- Trình độ trung cấp: {b} người;\n"
        "- Trình độ sơ cấp: 16.275 người.\n"
    )
    assert run_rule("S101", text.replace("{b}", "5.215")) == []
    assert len(run_rule("S101", text.replace("{b}", "5.815"))) == 1


PARAGRAPH_OPENING_LIST = (
    "Tổng mức bán lẻ hàng hóa tháng 10 ước đạt 4.318,6 tỷ đồng, tăng 1,6% so với tháng trước. "
    "Tháng 9 đạt 4.250,6 tỷ đồng.\n\n"
    "Phân theo ngành hoạt động: bán lẻ hàng hóa 3.302,4 tỷ đồng; dịch vụ lưu trú, ăn uống "
    "{b} tỷ đồng; du lịch lữ hành 28,7 tỷ đồng; dịch vụ khác 481,1 tỷ đồng.\n"
)


def test_a_paragraph_opening_with_its_classification_splits_the_figure_before() -> None:
    assert run_rule("S101", PARAGRAPH_OPENING_LIST.format(b="506,4")) == []
    (found,) = run_rule("S101", PARAGRAPH_OPENING_LIST.format(b="586,4"))
    assert "4.318,6" in found.message.en
    # parts far from every figure of the paragraph before: not read
    assert run_rule("S101", PARAGRAPH_OPENING_LIST.format(b="150,0")) == []
