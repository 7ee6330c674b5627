"""Shapes read in issue 11's tenth step: the whole a share names, given in a parenthesis after
its name when that name holds an age ("dân số từ 18 tuổi trở lên (…)"), when the parenthesis
says the name again ("(dân số trung bình năm 2025 là …)") or goes on to split the whole
("(…, gồm …)"); a breakdown marker inside a parenthesis that opens with its total; last
period's value and the change from it said aside ("152,3 triệu đồng (cùng kỳ 141,0 triệu
đồng, tăng 11,3 triệu đồng)"); a school year as the period compared with.  And the false
alarms of the held-out sets set-ac and set-ad: a stock and its flows in a parenthesis read as
a sum, "một phần 07 vụ" read as part number 7, a list numbered from 1 inside a lettered item
read as the outline's numbers out of order, words after a list restating the amount of the
paragraph that opens it."""

from __future__ import annotations

import pytest

from tests.conftest import assert_silent_then_caught, findings

CAUGHT = [
    # an age in the whole's name
    (
        "P101",
        "Số người đã có tài khoản định danh mức 2 là 62.415 người, chiếm 71,3% dân số từ 14 "
        "tuổi trở lên (87.540 người).",
        "62.415",
        "67.415",
    ),
    # the whole's name said again in the parenthesis, with its year
    (
        "P101",
        "Toàn xã có 3.214 người cao tuổi, chiếm 12,8% dân số (dân số trung bình năm 2025 là "
        "25.109 người).",
        "12,8%",
        "17,8%",
    ),
    (
        "P101",
        "Diện tích lúa chất lượng cao đạt 1.842 ha, chiếm 61,4% diện tích gieo cấy (diện tích "
        "gieo cấy cả năm đạt 3.000 ha).",
        "3.000 ha",
        "3.800 ha",
    ),
    # the parenthesis goes on to split the whole
    (
        "P101",
        "Dự phòng ngân sách huyện là 4.150 triệu đồng, bằng 1,66% tổng chi ngân sách huyện "
        "(250.000 triệu đồng, gồm chi thường xuyên 205.850 triệu đồng, chi đầu tư 40.000 triệu "
        "đồng và dự phòng 4.150 triệu đồng).",
        "1,66%",
        "1,86%",
    ),
    # last period's value and the change, said aside
    (
        "S101",
        "Thu tiền thuê đất đạt 318,6 triệu đồng (cùng kỳ đạt 295,4 triệu đồng, tăng 23,2 triệu "
        "đồng).",
        "23,2",
        "28,2",
    ),
    (
        "S101",
        "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi còn 17,35% (năm 2024 là 18,10%, "
        "giảm 0,75 điểm phần trăm).",
        "18,10%",
        "18,70%",
    ),
    (
        "P105",
        "Số lượt khách lưu trú đạt 64.800 lượt (năm trước đạt 54.000 lượt), tăng 20,0%.",
        "20,0%",
        "26,0%",
    ),
    (
        "P105",
        "Doanh thu dịch vụ đạt 48,6 tỷ đồng (cùng kỳ năm 2024 là 40,5 tỷ đồng, tăng 20,0%).",
        "40,5",
        "46,5",
    ),
    # a school year as the period compared with; "vụ việc" and "vụ" counted alike
    (
        "S101",
        "Toàn huyện có 2.806 học sinh bán trú, tăng 174 học sinh so với năm học 2023 - 2024 "
        "(2.632 học sinh).",
        "2.632",
        "2.682",
    ),
    (
        "S101",
        "Các tổ hòa giải tiếp nhận 57 vụ việc, tăng 9 vụ so với năm 2024 (48 vụ việc).",
        "48 vụ việc",
        "43 vụ việc",
    ),
    # a stock and its flows in a parenthesis: a balance, not a sum
    (
        "S104",
        "Đến ngày 31/12/2025, toàn huyện có 1.284 hộ kinh doanh (đầu kỳ 1.236 hộ, đăng ký mới "
        "97 hộ, ngừng kinh doanh 49 hộ).",
        "97 hộ",
        "92 hộ",
    ),
    # "một phần" is "partly", not a part's number
    (
        "S101",
        "Đã giải quyết 41 vụ việc, gồm: khiếu nại đúng 05 vụ việc, đúng một phần 09 vụ việc, "
        "khiếu nại sai 27 vụ việc.",
        "09 vụ việc",
        "06 vụ việc",
    ),
    # people counted under one noun, their list under another
    (
        "S101",
        "Trường có 58 cán bộ, giáo viên, nhân viên, gồm: cán bộ quản lý 03 người, giáo viên 47 "
        "người, nhân viên 08 người.",
        "47 người",
        "44 người",
    ),
    # "cháu" counts the children of a kindergarten
    (
        "S101",
        "Toàn xã có 1.236 học sinh, gồm: mầm non 412 cháu; tiểu học 498 học sinh; trung học cơ "
        "sở 326 học sinh.",
        "412 cháu",
        "442 cháu",
    ),
    # names of works and bodies: a kind, then the own name, maybe a stage after it
    (
        "S103",
        "Năm 2025 có 03 dự án hoàn thành đưa vào sử dụng gồm: Khu đô thị sinh thái Hồ Sen "
        "giai đoạn 2, Cụm công nghiệp Tân Mỹ mở rộng, Nhà máy xử lý nước thải Bắc Sơn.",
        "03 dự án",
        "04 dự án",
    ),
    (
        "S103",
        "Có 04 đơn vị tự bảo đảm chi thường xuyên gồm: Trung tâm Dịch vụ nông nghiệp, Trung tâm "
        "Văn hóa - Thể thao, Bệnh viện Y học cổ truyền, Trung tâm Phát triển quỹ đất.",
        "04 đơn vị",
        "05 đơn vị",
    ),
    # an average over a noun the grammar does not know ("tổ"), of a noun it does not know
    (
        "U104",
        "Toàn xã có 24 tổ công nghệ số cộng đồng với 168 thành viên, bình quân 7,0 thành viên/tổ.",
        "7,0",
        "7,6",
    ),
    (
        "U104",
        "Toàn huyện có 236 tổ hòa giải với 1.652 hòa giải viên, bình quân 7,00 hòa giải viên/tổ.",
        "1.652",
        "1.252",
    ),
    # a whole named without "tổng" after "đạt", its figure said after that name before
    (
        "P101",
        "Tổng diện tích gieo cấy vụ Đông Xuân là 3.640,0 ha; diện tích sử dụng giống xác nhận là "
        "2.912,0 ha, đạt 80,0% diện tích gieo cấy.",
        "80,0%",
        "86,0%",
    ),
    # the whole said again in its parenthesis without a verb
    (
        "P101",
        "Số người tham gia BHYT là 58.240 người, chiếm 91,0% dân số (dân số trung bình 64.000 "
        "người).",
        "64.000",
        "69.000",
    ),
    # "trên tổng số", then a rate named before its figure
    (
        "P101",
        "Toàn xã còn 96 hộ nghèo trên tổng số 3.200 hộ, tỷ lệ hộ nghèo còn 3,00%.",
        "3,00%",
        "3,60%",
    ),
    # turns of what the share counts ("lượt cơ sở" and "cơ sở")
    (
        "P101",
        "Đoàn đã kiểm tra 160 lượt cơ sở, phát hiện 24 cơ sở vi phạm, chiếm 15,0% số cơ sở được "
        "kiểm tra.",
        "24 cơ sở",
        "29 cơ sở",
    ),
    # the whole opening the sentence with a word between "tổng số" and its figure
    (
        "S101",
        "Trong tổng số chi 2.450,0 triệu đồng của Quỹ, chi hỗ trợ nhà ở là 1.620,0 triệu đồng, "
        "còn lại 830,0 triệu đồng chi hỗ trợ sinh kế.",
        "830,0",
        "880,0",
    ),
    # a pair the grammar gives no unit, and the rest counted by the noun after it
    (
        "S101",
        "Có 318/450 hồ đã có quy trình vận hành (đạt 70,7%); còn lại 132 hồ chưa có quy trình.",
        "132 hồ",
        "137 hồ",
    ),
    # a growth, then last period's value in the parenthesis after it
    (
        "P105",
        "Giá trị giao dịch qua ngân hàng đạt 96.800 tỷ đồng, tăng 21,0% (năm 2024: 80.000 tỷ "
        "đồng).",
        "21,0%",
        "27,0%",
    ),
    # a change printed without its unit
    (
        "S101",
        "Năng suất lúa bình quân đạt 63,2 tạ/ha, tăng 1,4 so với vụ trước (61,8 tạ/ha).",
        "1,4",
        "1,9",
    ),
    # a count, a support level (exact), then the total after "số tiền" or a colon
    (
        "U103",
        "Hỗ trợ 84 hộ có nhà bị tốc mái, mức 20 triệu đồng/hộ: 1.680 triệu đồng.",
        "1.680",
        "1.640",
    ),
    (
        "U103",
        "Xây mới 36 nhà Đại đoàn kết, mức hỗ trợ 60 triệu đồng/nhà, số tiền 2.160 triệu đồng.",
        "36 nhà",
        "38 nhà",
    ),
    # the product written out in parentheses after the total
    (
        "U103",
        "Mua vắc xin phòng dại: 284,0 triệu đồng (20.000 liều × 14.200 đồng/liều).",
        "14.200",
        "14.800",
    ),
    # a change's rate with its sign in the aside ("(+20,0%)")
    (
        "S101",
        "Lực lượng đã cứu nạn 84 vụ, tăng 14 vụ (+20,0%) so với cùng kỳ (70 vụ).",
        "70 vụ",
        "76 vụ",
    ),
    # what was examined opens the sentence; the share of those that passed
    (
        "P101",
        "Qua kiểm tra 640 mẫu thực phẩm, có 608 mẫu đạt yêu cầu, tỷ lệ 95,0%.",
        "608 mẫu",
        "628 mẫu",
    ),
    # what was saved, a few words of how after "tiết kiệm"
    (
        "S101",
        "Giá gói thầu 12.500 triệu đồng, giá trúng thầu 12.180 triệu đồng, tiết kiệm qua đấu "
        "thầu 320 triệu đồng.",
        "320",
        "370",
    ),
    # a rate whose base is the clause before, then the list splitting the value
    (
        "P101",
        "Kinh phí năm 2025 được giao 2.400 triệu đồng; đã thực hiện 2.256 triệu đồng, đạt 94,0%, "
        "gồm: chi mô hình 1.500 triệu đồng, chi tập huấn 756 triệu đồng.",
        "94,0%",
        "97,0%",
    ),
    # a Markdown footnote's mark after the rate
    (
        "P101",
        "Tổng kinh phí là 1.250 triệu đồng, đến nay đã giải ngân 1.125 triệu đồng, đạt 90,0%[^1]."
        "\n\n[^1]: Số liệu đến ngày 30/11/2025.",
        "90,0%",
        "96,0%",
    ),
    # a sub-total's part stating its share of the whole above: checked against that whole
    (
        "P101",
        "### 2. Kinh phí\n\nTổng kinh phí là 148.620 triệu đồng, theo nguồn:\n\n- Ngân sách trung ương: 62.500 "
        "triệu đồng, chiếm 42,1%;\n- Ngân sách địa phương: 70.320 triệu đồng, trong đó:\n  + "
        "Ngân sách tỉnh: 41.380 triệu đồng, chiếm 27,8%;\n  + Ngân sách huyện, xã: 28.940 triệu "
        "đồng, chiếm 19,5%;\n- Nguồn xã hội hóa: 15.800 triệu đồng, chiếm 10,6%.",
        "27,8%",
        "24,8%",
    ),
    # a figure, then ", theo nguồn:" and the list of its classes (on the figures' evidence)
    (
        "S101",
        "Năm 2025, huyện tu bổ 12 nghĩa trang liệt sĩ.\n\nTổng kinh phí thực hiện là 9.600 triệu "
        "đồng, theo nguồn:\n\n- Ngân sách tỉnh: 5.400 triệu đồng;\n- Ngân sách huyện: 3.100 "
        "triệu đồng;\n- Xã hội hóa: 1.100 triệu đồng.",
        "3.100",
        "3.700",
    ),
    # the split inside that parenthesis is of its own figure, not of the one before
    (
        "S101",
        "Dự phòng ngân sách huyện là 4.150 triệu đồng, bằng 1,66% tổng chi ngân sách huyện "
        "(250.000 triệu đồng, gồm chi thường xuyên 205.850 triệu đồng, chi đầu tư 40.000 triệu "
        "đồng và dự phòng 4.150 triệu đồng).",
        "205.850",
        "203.850",
    ),
]


@pytest.mark.parametrize(("code", "text", "figure", "changed"), CAUGHT)
def test_consistent_is_silent_and_one_change_is_caught_at_it(
    code: str, text: str, figure: str, changed: str
) -> None:
    assert_silent_then_caught(code, text, figure, changed)


SILENT = [
    # the figure in the parenthesis is last year's, not the whole
    "Có 480 hộ nghèo, chiếm 4,0% tổng số hộ toàn huyện (năm 2024 là 1.500 hộ nghèo).",
    # the parenthesis names another whole than the share's
    "Có 480 hộ nghèo, chiếm 4,0% số hộ của xã (số hộ cận nghèo là 1.500 hộ).",
    # a share whose parenthesis splits the part itself
    "Khách quốc tế đạt 9.000 lượt, chiếm 12,0% tổng lượt khách (gồm 5.000 lượt khách Hàn "
    "Quốc và 4.000 lượt khách Thái Lan).",
    # a marker in a parenthesis with no figure before it splits the figure before the
    # parenthesis
    "Tiếp nhận 42 đơn (trong đó đã giải quyết 41 đơn, 01 đơn đang giải quyết).",
    # a change between two rates in "%": points or relative, not read
    "Tỷ lệ hộ nghèo còn 3,20% (năm 2024 là 4,10%, giảm 0,9%).",
    # the parenthesis gives a target, not an earlier period
    "Thu ngân sách đạt 318,6 triệu đồng (dự toán 300,0 triệu đồng, tăng 23,2 triệu đồng).",
    # the change is compared with another period than the one said aside
    "Doanh thu đạt 48,6 tỷ đồng (năm trước đạt 40,5 tỷ đồng), tăng 5,0% so với kế hoạch.",
    # a stock at the start and the flows in and out are no sum of the stock at the end
    "Đến ngày 31/12/2025, toàn huyện có 1.284 hộ kinh doanh (đầu kỳ 1.236 hộ, đăng ký mới 97 "
    "hộ, ngừng kinh doanh 49 hộ).",
    # "một phần" before a figure; a remainder after ";" is no part of what was done
    "Đã giải quyết 41/44 vụ việc, gồm: khiếu nại đúng 05 vụ việc, đúng một phần 09 vụ việc, "
    "khiếu nại sai 27 vụ việc; còn 03 vụ việc đang xác minh.",
    # a list numbered from 1 inside each lettered item of "2."
    "**1. Kết quả chung**\n\nĐã bầu đủ 10 đại biểu.\n\n**2. Danh sách người trúng cử**\n\n"
    "a) Đơn vị bầu cử số 1:\n\n1. Ông Lê Văn An;\n2. Bà Trần Thị Bình.\n\n"
    "b) Đơn vị bầu cử số 2:\n\n1. Ông Phạm Văn Cường;\n2. Bà Ngô Thị Dung.\n\n"
    "**3. Đánh giá chung**\n\nCuộc bầu cử diễn ra đúng luật.",
    # people under several nouns: the list goes on past the parts read, not checked
    "Có 1.268 người, gồm 112 cán bộ quản lý, 1.004 giáo viên và 152 nhân viên.",
    # a classification after a semicolon is of the sentence's whole, not of the figure before
    "Trong số người hưởng: nam 5.120 người, nữ 4.310 người (chiếm 45,7%); phân theo độ tuổi: "
    "dưới 30 tuổi 2.118 người, từ 30 đến 45 tuổi 4.902 người, trên 45 tuổi 2.410 người.",
    # the names are of the figure before the count ("03 khu"), not of the count ("45 lô")
    "Còn 03 khu với 45 lô chưa đấu giá gồm: Khu dân cư Gò Mít, Khu dân cư Bàu Sen và Khu tái "
    "định cư Đồng Me.",
    # an average per one of another figure than the one before it
    "Toàn xã có 24 tổ công nghệ số với 168 thành viên, bình quân 3,5 buổi/tổ mỗi tháng.",
    # "đạt X% <name>" with no figure after that name in the paragraph: not read
    "Diện tích sử dụng giống xác nhận là 2.912,0 ha, đạt 80,0% diện tích gieo cấy; năm trước "
    "là 3.100,0 ha.",
    # a bare number after "tăng" counting something else ("bậc")
    "Chỉ số PCI xếp thứ 12/63, tăng 2 bậc so với năm 2024 (thứ 14/63).",
    # what was examined, then a share of another whole
    "Qua kiểm tra 640 mẫu thực phẩm, có 32 mẫu vi phạm, chiếm 12,0% số mẫu vi phạm của tỉnh.",
    # the figure aside after a whole's name is the share's own amount, not its whole
    "Tổng giá trị tài sản là 96,8 tỷ đồng; tổng số nợ phải trả 214,5 tỷ đồng, số tiền thu hồi "
    "được đạt 45,13% giá trị tài sản (43,69 tỷ đồng).",
    # figures each larger than the one before the parenthesis are what it is worked out from
    "Nộp trả ngân sách số kinh phí tiết kiệm 13.865.000 đồng (ngân sách đã cấp 450.000.000 "
    "đồng, quyết toán 436.135.000 đồng).",
    # the done part, another and the rest are all parts of the whole the clause before states
    "Sau sáp nhập có 71 nhà văn hóa dôi dư; đến nay đã chuyển đổi công năng 38 nhà, bán đấu "
    "giá 12 nhà, còn 21 nhà đang lập phương án xử lý.",
    # shares of the whole, stated by the parts of a sub-total
    "### 2. Kinh phí\n\nTổng kinh phí là 148.620 triệu đồng, theo nguồn:\n\n- Ngân sách trung ương: 62.500 triệu "
    "đồng, chiếm 42,1%;\n- Ngân sách địa phương: 70.320 triệu đồng, trong đó:\n  + Ngân sách "
    "tỉnh: 41.380 triệu đồng, chiếm 27,8%;\n  + Ngân sách huyện, xã: 28.940 triệu đồng, chiếm "
    "19,5%;\n- Nguồn xã hội hóa: 15.800 triệu đồng, chiếm 10,6%.",
    # ", theo quy định:" lists no classes of the figure
    "Tổng kinh phí là 9.600 triệu đồng, theo quy định:\n\n- Chi cho người: 5.400 triệu "
    "đồng;\n- Chi khác: 1.100 triệu đồng.",
    # a large count, then items naming groups of what it counts, not each of them
    "Trong tổng số 1.236 học viên có:\n\n- Người dân tộc thiểu số: 412 người;\n- Lao động nữ: "
    "538 người;\n- Người khuyết tật: 09 người.",
    # a rate of what was done after the shares of the sources: no share of them
    "### 3. Vốn đầu tư\n\nTổng mức đầu tư là 1.000 tỷ đồng, gồm:\n\n- Vốn trung ương: 700 tỷ "
    "đồng, chiếm 70,0%;\n- Vốn tỉnh: 300 tỷ đồng, chiếm 30,0%.\n\nLũy kế giải ngân là 895 tỷ "
    "đồng, bằng 89,5% tổng mức đầu tư.",
    # each item splits the total again: the items are no parts of it
    "Đã làm thủ tục cho 4.120 lượt người, trong đó:\n\n- Xuất cảnh 2.050 lượt, nhập cảnh "
    "2.070 lượt;\n- Người Việt Nam 3.180 lượt, người nước ngoài 940 lượt.",
    # words on a line of their own after a list restate the amount that opens the list
    "Tổng kinh phí của phương án là 3.560.000.000 đồng, gồm:\n\n"
    "- Bồi thường về đất: 2.100.000.000 đồng;\n"
    "- Hỗ trợ di chuyển: 1.460.000.000 đồng.\n\n"
    "*Bằng chữ: Ba tỷ, năm trăm sáu mươi triệu đồng.*",
]


@pytest.mark.parametrize("text", SILENT)
def test_nothing_is_raised(text: str) -> None:
    assert findings(text) == []


def test_numbers_out_of_order_beside_a_nested_list_are_still_reported() -> None:
    text = (
        "**1. Kết quả chung**\n\nĐã bầu đủ 10 đại biểu.\n\n**2. Danh sách**\n\n"
        "a) Đơn vị số 1:\n\n1. Ông An;\n2. Bà Bình.\n\n**4. Đánh giá chung**\n\nTốt."
    )
    assert [f.split()[0] for f in findings(text)] == ["H101"]


def test_words_after_a_list_that_say_no_amount_of_it_are_reported() -> None:
    text = (
        "Tổng kinh phí của phương án là 3.560.000.000 đồng, gồm:\n\n"
        "- Bồi thường về đất: 2.100.000.000 đồng;\n"
        "- Hỗ trợ di chuyển: 1.460.000.000 đồng.\n\n"
        "*Bằng chữ: Ba tỷ, năm trăm sáu mươi lăm triệu đồng.*"
    )
    assert [f.split()[0] for f in findings(text)] == ["C103"]


def test_a_split_in_a_parenthesis_after_the_figure_before_is_still_checked() -> None:
    text = "Tiếp nhận 42 đơn (trong đó đã giải quyết 41 đơn, 03 đơn đang giải quyết)."
    assert [f.split()[0] for f in findings(text)] == ["S102"]
