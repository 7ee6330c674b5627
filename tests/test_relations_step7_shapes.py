"""Shapes read in issue 11's seventh step: a change restated with "tức", the change of a rate
("tạ/ha") against last period's value, a period of a named year compared with ("vụ Hè Thu năm
2023", "6 tháng năm 2023"), last year's values of several measures in one aside, a verb inside
the aside, a share of a whole named with "tổng" after "đạt", categories numbered in the labels
of a parenthesis, and the rest of a whole given as "A trên tổng số T"."""

from __future__ import annotations

import pytest

from tests.conftest import assert_silent_then_caught, run_rule

# (rule, consistent paragraph, figure to change, changed figure)
CAUGHT = [
    # "tức giảm X%": the rate restating the change
    (
        "P102",
        "Trong 6 tháng, phát hiện mới 52 ca mắc sốt xuất huyết, giảm 13 ca so với cùng kỳ năm "
        "2024 (65 ca), tức giảm 20,0%.",
        "20,0",
        "25,0",
    ),
    # the change of a rate, last period's value aside
    (
        "S101",
        "Năng suất ngô bình quân đạt 52,4 tạ/ha, tăng 2,3 tạ/ha so với cùng kỳ (50,1 tạ/ha).",
        "2,3 tạ",
        "2,8 tạ",
    ),
    (
        "S101",
        "Giá heo hơi bình quân 58.500 đồng/kg, giảm 4.200 đồng/kg so với tháng trước (62.700 "
        "đồng/kg).",
        "58.500",
        "53.500",
    ),
    # a season of a named year
    (
        "P105",
        "Sản lượng lúa vụ Đông Xuân đạt 48.312 tấn, tăng 3,25% so với vụ Đông Xuân năm 2024 "
        "(46.792 tấn).",
        "46.792",
        "43.792",
    ),
    # months of a named year
    (
        "P105",
        "Kim ngạch xuất khẩu đạt 286,4 triệu USD, tăng 12,6% so với 9 tháng năm 2024 (254,4 "
        "triệu USD).",
        "254,4",
        "234,4",
    ),
    # last year's values of two measures in one aside, each change against its own
    (
        "P101",
        "Trong năm xảy ra 38 vụ cháy, làm 5 người bị thương. So với năm 2024 (47 vụ, 9 người bị "
        "thương), số vụ cháy giảm 9 vụ (giảm 19,15%), số người bị thương giảm 4 người.",
        "19,15",
        "14,15",
    ),
    # a verb inside the aside
    (
        "P101",
        "Năm học 2024-2025 tuyển mới 1.264 học sinh. So với năm học trước (tuyển được 1.180 học "
        "sinh), số học sinh tuyển mới tăng 84 học sinh, tương ứng tăng 7,12%.",
        "7,12",
        "7,62",
    ),
    # "đạt X% tổng …": a share of a whole named with "tổng" in a paragraph before
    (
        "P101",
        "Tổng vốn đầu tư của dự án là 46.250 triệu đồng.\n\n"
        "Đến ngày 30/11/2025, chủ đầu tư đã giải ngân 38.740 triệu đồng, đạt 83,76% tổng vốn "
        "đầu tư.",
        "83,76",
        "88,76",
    ),
    # the whole named in a paragraph before a table, the share after it
    (
        "P101",
        "Tổng kinh phí thực hiện năm 2025 là 9.640 triệu đồng. Cơ cấu nguồn vốn như sau:\n\n"
        "| Nguồn vốn | Số tiền (triệu đồng) |\n|---|---:|\n| Ngân sách tỉnh | 5.200 |\n"
        "| Ngân sách huyện | 3.120 |\n| Ngân sách xã | 1.320 |\n| **Tổng số** | **9.640** |\n\n"
        "Đến ngày 30/11/2025, đã giải ngân 8.415 triệu đồng, đạt 87,29% tổng kinh phí.",
        "87,29",
        "81,29",
    ),
    # labels numbering categories inside a parenthesis
    (
        "S101",
        "Kinh phí hỗ trợ năm 2025 là 12.480 triệu đồng (xã khu vực 1: 3.120 triệu đồng; xã khu "
        "vực 2: 4.160 triệu đồng; xã khu vực 3: 5.200 triệu đồng).",
        "4.160",
        "4.760",
    ),
    (
        "S101",
        "Tổng kinh phí bồi thường là 8.640 triệu đồng (đợt 1: 5.180 triệu đồng; đợt 2: 3.460 "
        "triệu đồng).",
        "3.460",
        "3.960",
    ),
    # cases and defendants counted together ("X vụ/Y bị can"), each split in a parenthesis
    (
        "S101",
        "Thụ lý điều tra 86 vụ/124 bị can (năm trước chuyển sang 9 vụ/15 bị can; khởi tố mới "
        "77 vụ/109 bị can).",
        "77 vụ",
        "71 vụ",
    ),
    (
        "S101",
        "Thụ lý điều tra 86 vụ/124 bị can (năm trước chuyển sang 9 vụ/15 bị can; khởi tố mới "
        "77 vụ/109 bị can).",
        "109 bị",
        "169 bị",
    ),
    # pages counted ("trang")
    (
        "P101",
        "Đã số hóa được 48.620 trang tài liệu lưu trữ, đạt 81,03% kế hoạch (60.000 trang).",
        "48.620",
        "43.620",
    ),
    # a share naming no whole, of the total said in the sentence before
    (
        "P101",
        "Tổ chức 12 lớp tập huấn với tổng số 864 học viên, đạt 96,0% kế hoạch (900 học viên). "
        "Kết quả có 702 học viên đạt khá, giỏi, chiếm 81,25%; không có học viên không đạt.",
        "81,25",
        "87,25",
    ),
    # a growth whose indicator opens the sentence, its value said in the one before
    (
        "P105",
        "Thu phí tham quan năm 2025 đạt 2.846,5 triệu đồng. Số thu tăng 16,42% so với năm 2024 "
        "(2.445,0 triệu đồng).",
        "2.445,0",
        "2.845,0",
    ),
    # a revenue split between budget levels
    (
        "P104",
        "Tiền thuê đất: ngân sách cấp tỉnh hưởng 40%, ngân sách cấp huyện hưởng 60%; lệ phí "
        "môn bài: ngân sách cấp huyện hưởng 50% và ngân sách cấp xã hưởng 50%.",
        "hưởng 60%",
        "hưởng 70%",
    ),
    # the columns of a table splitting each row
    (
        "P104",
        "| STT | Khoản thu | Tỉnh (%) | Huyện (%) | Xã (%) |\n|---|---|---|---|---|\n"
        "| 1 | Thuế tài nguyên | 60 | 40 | - |\n| 2 | Lệ phí trước bạ | - | 30 | 70 |\n"
        "| 3 | Thuế thu nhập cá nhân | 30 | 50 | 20 |\n| 4 | Phí bảo vệ môi trường | 50 | 50 | - |\n",
        "20 |\n| 4",
        "40 |\n| 4",
    ),
    # "vượt G so với R (B)": V = B + G
    (
        "S101",
        "Tỷ lệ hộ tham gia bảo hiểm y tế đạt 93,42%, vượt 1,42 điểm phần trăm so với chỉ tiêu "
        "tỉnh giao (92,00%).",
        "1,42",
        "1,72",
    ),
    # clusters counted ("cụm"), a description with a comma before the share
    (
        "P101",
        "Tổng số cụm loa là 1.250 cụm. Qua rà soát có 85 cụm loa hư hỏng, hoạt động không ổn "
        "định (chiếm 6,80% tổng số cụm loa).",
        "6,80",
        "8,80",
    ),
    # names split by semicolons, a comma inside one, a number ending another
    (
        "S103",
        "Có 03 dự án chậm tiến độ gồm: Bồi thường, giải phóng mặt bằng Khu công nghiệp Tây Bắc "
        "mở rộng; Khu tái định cư Đồng Mới; Khu dân cư Bắc cầu Sông Cái 2. Nguyên nhân do "
        "thiếu vốn.",
        "Có 03",
        "Có 04",
    ),
    # what is counted described at length, an abbreviation with a hyphen among the words
    (
        "S103",
        "Có 04 đơn vị cấp huyện đã hoàn thành chuyển đổi 100% đài truyền thanh cấp xã sang ứng "
        "dụng CNTT-VT, gồm: thành phố Hòa Sơn, huyện Lạc Hưng, huyện Mai Lâm và huyện Cao Phong.",
        "Có 04",
        "Có 05",
    ),
    # metres written out, the rest of a whole said in the clause before
    (
        "S101",
        "Tổng số tài liệu tồn đọng cần chỉnh lý là 142,5 mét; trong năm đã chỉnh lý 98,0 mét, "
        "đạt 68,77%; còn lại 44,5 mét sẽ chỉnh lý trong năm sau.",
        "44,5",
        "47,5",
    ),
    # the rest named after its figure ("R … còn lại"), the whole in the sentence before
    (
        "S101",
        "Toàn tỉnh có 136 làng nghề. Đến nay có 112 làng nghề đã có hệ thống xử lý nước thải, "
        "chiếm 82,35%; 24 làng nghề còn lại chưa có hệ thống xử lý.",
        "24 làng",
        "21 làng",
    ),
    # a season of the year before
    (
        "P105",
        "Vụ Đông Xuân, toàn huyện gieo cấy 8.420 ha lúa, giảm 1,52% so với vụ Đông Xuân năm "
        "trước (8.550 ha).",
        "8.550",
        "8.950",
    ),
    # a clause of the growth alone, its value earlier in the sentence past other rates
    (
        "P105",
        "Đã đấu giá thành 418 lô, đạt 92,89% số lô đưa ra đấu giá; tăng 12,37% so với năm 2024 "
        "(372 lô).",
        "372",
        "322",
    ),
    # a saving after the price and the price reached, and its rate
    (
        "S101",
        "Tổng giá gói thầu là 86.450 triệu đồng, giá trúng thầu 83.912 triệu đồng, tiết kiệm "
        "2.538 triệu đồng, tỷ lệ tiết kiệm 2,94%.",
        "83.912",
        "83.312",
    ),
    (
        "P101",
        "Tổng giá gói thầu là 86.450 triệu đồng, giá trúng thầu 83.912 triệu đồng, tiết kiệm "
        "2.538 triệu đồng, tỷ lệ tiết kiệm 2,94%.",
        "2,94",
        "2,24",
    ),
    # a rate of the figure stated in the clause before
    (
        "P101",
        "Lượng rác thải sinh hoạt phát sinh khoảng 246,5 tấn/ngày; lượng được thu gom, xử lý "
        "218,4 tấn/ngày, đạt 88,60%.",
        "218,4",
        "213,4",
    ),
    # … or in the sentence before, cases and defendants counted together
    (
        "P101",
        "Thụ lý giải quyết 214 vụ/298 bị can. Đã truy tố 206 vụ/287 bị can, đạt 96,26%; không "
        "có vụ án nào quá hạn.",
        "96,26",
        "86,26",
    ),
    # a whole named otherwise than where it is stated: the total of the sentence before
    (
        "P101",
        "Theo quy hoạch, huyện có 12 cụm công nghiệp với tổng diện tích 486,5 ha. Đến nay đã "
        "thành lập 9 cụm với tổng diện tích 372,8 ha (chiếm 76,63% diện tích quy hoạch).",
        "486,5",
        "436,5",
    ),
    # proper names in a parenthesis after a few words describing what is counted
    (
        "S103",
        "Phấn đấu năm 2026 có thêm 03 xã đạt chuẩn phổ cập mức độ 3 (Tân Lập, Bình Quới và "
        "Phước Hưng).",
        "03 xã",
        "04 xã",
    ),
    (
        "S103",
        "Đã lắp đặt hệ thống quan trắc tự động tại 04 hồ chứa lớn (Phú Ninh, Khe Tân, Việt An và "
        "Hố Giang).",
        "04 hồ",
        "05 hồ",
    ),
    # names that end with their number
    (
        "S103",
        "Còn 03 tổ dân phố chưa đăng ký gồm: Tổ 4, Tổ 9 và Tổ 15.",
        "03 tổ",
        "05 tổ",
    ),
    # a kind and the rest, each with its share
    (
        "P101",
        "Theo địa bàn: thí sinh trong tỉnh 2.486 em (62,3%); còn lại 1.504 em đến từ các tỉnh "
        "khác (37,7%).",
        "1.504",
        "1.704",
    ),
    # a whole stated once, then classified under labels of its own
    (
        "S101",
        "- Đã cấp 864 giấy phép xây dựng, tăng 6,4% so với năm 2024 (812 giấy phép).\n\n"
        "a) Theo loại công trình:\n\n- Nhà ở riêng lẻ: 792 giấy phép;\n- Công trình dân dụng: "
        "48 giấy phép;\n- Công trình công nghiệp: 24 giấy phép.\n\nb) Theo hình thức cấp phép: "
        "cấp mới 706 giấy phép; sửa chữa, cải tạo 121 giấy phép; có thời hạn 37 giấy phép.\n",
        "48 giấy",
        "68 giấy",
    ),
    (
        "S101",
        "- Đã cấp 864 giấy phép xây dựng, tăng 6,4% so với năm 2024 (812 giấy phép).\n\n"
        "a) Theo loại công trình:\n\n- Nhà ở riêng lẻ: 792 giấy phép;\n- Công trình dân dụng: "
        "48 giấy phép;\n- Công trình công nghiệp: 24 giấy phép.\n\nb) Theo hình thức cấp phép: "
        "cấp mới 706 giấy phép; sửa chữa, cải tạo 121 giấy phép; có thời hạn 37 giấy phép.\n",
        "121 giấy",
        "151 giấy",
    ),
    # "A trên tổng số T, đạt X%; còn lại R": T = A + R
    (
        "S101",
        "Đã đo đạc, chỉnh lý 12.486,3 ha trên tổng số 14.210,8 ha đất nông nghiệp, đạt 87,87%; "
        "diện tích còn lại chưa đo đạc là 1.724,5 ha.",
        "1.724,5",
        "1.784,5",
    ),
    (
        "S101",
        "Đã cấp thẻ cho 2.845 người trên tổng số 3.120 người đủ điều kiện, đạt 91,19%; còn lại "
        "275 người chưa được cấp.",
        "275",
        "295",
    ),
]


@pytest.mark.parametrize(("code", "text", "figure", "changed"), CAUGHT)
def test_consistent_is_silent_and_one_change_is_caught_at_it(
    code: str, text: str, figure: str, changed: str
) -> None:
    assert_silent_then_caught(code, text, figure, changed)


def test_an_aside_item_naming_another_indicator_is_not_the_changes_base() -> None:
    # "(47 vụ, 9 người chết)" and "số người bị thương giảm": the item names another indicator
    text = (
        "So với năm 2024 (47 vụ, 9 người chết), số người bị thương giảm 4 người, tương ứng "
        "giảm 80,0%."
    )
    assert run_rule("P101", text) == []


def test_an_aside_with_two_figures_of_one_measure_is_not_read() -> None:
    text = (
        "So với năm 2024 (47 vụ, 12 vụ nghiêm trọng), số vụ cháy giảm 9 vụ, tương ứng giảm 50,0%."
    )
    assert run_rule("P101", text) == []


def test_a_year_in_a_label_still_stops_a_parenthesis() -> None:
    # "(năm 2024: …; năm 2025: …)": two periods, not two parts
    text = (
        "Kinh phí hỗ trợ là 12.480 triệu đồng (năm 2024: 5.120 triệu đồng; năm 2025: 6.360 "
        "triệu đồng)."
    )
    assert run_rule("S101", text) == []


def test_the_rest_after_a_share_of_another_whole_is_not_read() -> None:
    # the rest of the households, not of the area the pair gives
    text = (
        "Đã cấp 2.845 thẻ trên tổng số 3.120 người đủ điều kiện, đạt 91,19%; còn lại 210 hộ "
        "chưa đăng ký."
    )
    assert run_rule("S101", text) == []


def test_a_count_named_with_words_narrowing_it_is_not_the_whole() -> None:
    # "số công trình bền vững … là 328": some of the works, not "số công trình"
    text = (
        "Toàn tỉnh có 412 công trình cấp nước. Số công trình bền vững và tương đối bền vững là "
        "328 công trình.\n\n"
        "Mô hình cộng đồng quản lý 162 công trình (chiếm 39,3% số công trình)."
    )
    assert run_rule("P101", text) == []


def test_a_share_of_a_total_in_the_sentence_before_needs_the_figures_evidence() -> None:
    # 702 of 864 is 81,25%; a share of 40% fits no total said before: another whole
    text = (
        "Tổ chức 12 lớp tập huấn với tổng số 864 học viên. Kết quả có 702 học viên đạt khá, "
        "giỏi, chiếm 40,0%; không có học viên không đạt."
    )
    assert run_rule("P101", text) == []


def test_trang_thiet_bi_is_no_count_of_pages() -> None:
    from tests.conftest import quantities

    assert [q.unit for q in quantities("mua sắm 1.200 trang thiết bị và 300 trang sách")] == [
        None,
        "trang",
    ]


def test_percentages_that_are_not_a_budget_split_are_no_structure() -> None:
    # each group's own rate of salary, not shares of one whole
    text = "Cán bộ có 20 năm công tác hưởng 75%, cán bộ có 15 năm công tác hưởng 45% mức lương."
    assert run_rule("P104", text) == []
    # two revenues, each all to one level
    split = "Thuế A: ngân sách cấp tỉnh hưởng 100%; thuế B: ngân sách cấp huyện hưởng 100%."
    assert run_rule("P104", split) == []


def test_rate_columns_that_do_not_split_their_rows_are_no_structure() -> None:
    table = (
        "| Xã | Tỷ lệ hộ nghèo (%) | Tỷ lệ che phủ rừng (%) |\n|---|---|---|\n"
        "| A | 4,2 | 52,1 |\n| B | 3,8 | 61,0 |\n| C | 5,1 | 47,3 |\n| D | 2,9 | 70,2 |\n"
    )
    assert run_rule("P104", table) == []


def test_a_saving_with_no_two_amounts_before_it_is_not_read() -> None:
    # one amount before the saving: of what is not said
    text = "Giá trúng thầu 83.912 triệu đồng, tiết kiệm 2.538 triệu đồng so với dự toán."
    assert run_rule("S101", text) == []
    # two amounts that it is not the difference of, nor one slip away
    other = (
        "Năm 2025 chi thường xuyên 45.120 triệu đồng, chi đầu tư 12.300 triệu đồng, tiết kiệm "
        "1.250 triệu đồng."
    )
    assert run_rule("S101", other) == []


def test_a_whole_rate_is_not_read_against_the_clause_before() -> None:
    # "đạt 90%" is often of a plan left unsaid: too little evidence
    text = "Diện tích gieo trồng 1.250 ha; thu hoạch 1.100 ha, đạt 90%."
    assert run_rule("P101", text) == []
    # two figures before that the rate could be of: which is not said
    two = "Kế hoạch 1.250 ha, năm trước 1.180 ha; năm nay thu hoạch 1.125 ha, đạt 90,00%."
    assert run_rule("P101", two.replace("90,00", "95,34")) == []


def test_a_count_before_a_table_of_its_classes_is_no_count_of_rows() -> None:
    # "cho 215 đồng chí, gồm:" then a table whose "Số đồng chí" column holds figures
    text = (
        "Trao tặng Huy hiệu Đảng cho 215 đồng chí, gồm:\n\n"
        "| Loại Huy hiệu | Số đồng chí |\n|---|---:|\n| 30 năm tuổi Đảng | 120 |\n"
        "| 40 năm tuổi Đảng | 62 |\n| 50 năm tuổi Đảng | 33 |\n| **Tổng số** | **215** |\n"
    )
    assert run_rule("S103", text) == []


def test_numbered_paragraphs_under_a_markdown_heading_are_no_headings() -> None:
    text = (
        "### 3. Kinh phí\n\nĐã chi 12 triệu đồng.\n\n### 4. Kết quả\n\n1. Đã tinh giản 382 "
        "người.\n\n2. Biên chế được giao là 2.641 biên chế.\n\n3. Số người làm việc là 25.512 "
        "người.\n\n### 5. Tồn tại, hạn chế\n\n- Một số đơn vị còn lúng túng.\n"
    )
    assert run_rule("H101", text) == []
    # the headings' own sequence is still checked
    assert len(run_rule("H101", text.replace("### 5.", "### 6."))) == 1


def test_the_bounds_of_classes_are_no_total_nor_parts() -> None:
    text = (
        "Toàn tỉnh có 3.947 tàu cá có chiều dài từ 06 m trở lên, phân theo chiều dài:\n\n"
        "- Từ 06 m đến dưới 12 m: 2.318 chiếc;\n- Từ 12 m đến dưới 15 m: 624 chiếc;\n"
        "- Từ 15 m đến dưới 24 m: 812 chiếc;\n- Từ 24 m trở lên: 193 chiếc.\n"
    )
    assert run_rule("S101", text) == []


def test_kinds_in_a_parenthesis_after_a_description_are_no_list() -> None:
    text = (
        "Có 216 văn bản phát hành bằng bản giấy theo quy định (văn bản mật, văn bản gửi cá nhân "
        "không có địa chỉ điện tử)."
    )
    assert run_rule("S103", text) == []


def test_a_classification_adding_up_to_no_figure_before_it_is_not_read() -> None:
    # the items are some other whole's (the dossiers received is not said): nothing to check
    text = (
        "Trong năm tiếp nhận 1.318 hồ sơ.\n\nTheo lĩnh vực:\n\n- Đất đai: 412 hồ sơ;\n"
        "- Xây dựng: 286 hồ sơ;\n- Tư pháp: 95 hồ sơ.\n"
    )
    assert run_rule("S101", text) == []


def test_a_whole_classified_twice_in_consecutive_paragraphs_has_two_sets_of_shares() -> None:
    text = (
        "Năm 2025 tuyển sinh 12.400 người. Kết quả theo trình độ đào tạo:\n\n"
        "- Trình độ cao đẳng: 1.860 người, chiếm 15,0%;\n- Trình độ trung cấp: 3.100 người, "
        "chiếm 25,0%;\n- Trình độ sơ cấp: 7.440 người, chiếm 60,0%.\n\n"
        "Chia theo loại hình cơ sở: các cơ sở công lập tuyển sinh 9.300 người (75,0%), các cơ "
        "sở ngoài công lập 3.100 người (25,0%).\n"
    )
    assert run_rule("P104", text) == []
