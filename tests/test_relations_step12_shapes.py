"""Shapes read in issue 11's twelfth step: counts by a noun covering several kinds ("đơn vị",
"trường hợp", "lượt", "phương tiện") split into counts by the kinds' own nouns, in a
parenthesis or after "gồm"; labels holding a comma in a parenthesis ("mô tô, xe máy 574
chiếc"); "quân đội" before a figure is no team number; a change said aside right after its
value ("312 đội hình (tăng 27 đội hình so với năm 2023 là 285 đội hình)"); count nouns of
more words than the grammar's ("thiết bị", "điểm bán") before "so với"; lists of people with
an item counted by another noun of people ("Bà mẹ Việt Nam anh hùng: 02 mẹ"); "dứt điểm
118 vụ việc" is a count; a count printed with a leading zero may be mistyped in its first
digit ("07" as "67"); a whole's clause described at length before "; đã … A, còn lại R"; counts of kinds ("04 thứ
tiếng") and named lists with remarks in parentheses or bodies joined by "và"; an average in
m² of a total in ha; list items under a title saying what they classify ("Phân loại theo …"); the figure
after "với" as the subject of the rates after it when the one before has its own; a change's
rate in a parenthesis before "so với … (B)" is the change over B; "so với cùng kỳ giảm N
(cùng kỳ B)", the comparison before the change.

And the false alarms of the held-out sets: a "trong đó" list by commas with the rest after a
";" was read as its first part and the rest, and a table's mean length of stay ("Ngày điều
trị TB") was summed (set-au, set-av); a yield "cả năm" after a crop's split by seasons was
taken as the last season's, and a column of teachers per class was summed (set-aw); the last
two parts of a ";" list joined by "và" before a figure were read as one, a parenthesis saying
what is left out and what the larger whole is was read as parts, and the shares of a list were
taken of the figure ending that parenthesis (set-az); a table's yield was taken of last
season's area beside this one's, and a share in a parenthesis after a part of the whole
(set-ba); a part's share of the sum of two parts said alike was taken of the other part, and a
"Trong đó" note by commas was read past its ";" (set-bb); a figure in an aside of an item's
label was read as the item's part, and a note's two kinds joined by "và" before a ";" clause of
what was done with them were read as the first kind and that clause (set-bf)."""

from __future__ import annotations

import pytest

from tests.conftest import assert_silent_then_caught, findings, quantities, run_rule

CAUGHT = [
    # a generic count, a few words of what it counts, then bare kinds in a parenthesis: the
    # words say they are all of it, small as the figures are
    (
        "S101",
        "Thị xã có 12 đơn vị hành chính cấp xã (07 phường và 05 xã), dân số trung bình 96.420 "
        "người.",
        "07 phường",
        "04 phường",
    ),
    (
        "S101",
        "Năm 2025, toàn huyện có 318 lượt được khen thưởng (46 tập thể, 272 cá nhân).",
        "318 lượt",
        "348 lượt",
    ),
    # labels said before their figures, one of them holding a comma
    (
        "S101",
        "Đội Cảnh sát giao thông tạm giữ 486 phương tiện (ô tô 52 chiếc, mô tô, xe gắn máy 434 "
        "chiếc) để xử lý.",
        "434 chiếc",
        "464 chiếc",
    ),
    # "gồm" after a generic count, the parts counted by one other noun
    (
        "S101",
        "Phòng Lao động đã thẩm định 58 trường hợp, gồm: 21 hồ sơ trợ cấp thờ cúng liệt sĩ, 30 "
        "hồ sơ điều chỉnh trợ cấp và 07 hồ sơ di chuyển.",
        "30 hồ sơ",
        "36 hồ sơ",
    ),
    # a list of people, one item counted by another noun of people ("02 mẹ"): the share of
    # its first item is of the total the list is all of
    (
        "P101",
        "Toàn xã có 412 đối tượng người có công đang hưởng trợ cấp hằng tháng, gồm:\n"
        "- Thương binh: 128 người (chiếm 31,1%);\n"
        "- Bệnh binh: 41 người;\n"
        "- Bà mẹ Việt Nam anh hùng còn sống: 03 mẹ;\n"
        "- Thân nhân liệt sĩ: 240 người.",
        "31,1%",
        "34,1%",
    ),
    # a "trong đó" list by commas, then the rest after a ";": all of the total
    (
        "S101",
        "Khách quốc tế đạt 42.310 lượt, trong đó khách Hàn Quốc 12.480 lượt, Nhật Bản 8.120 "
        "lượt, Đài Loan 6.950 lượt; còn lại 14.760 lượt đến từ các thị trường khác.",
        "8.120 lượt",
        "8.720 lượt",
    ),
    (
        "S101",
        "Tổng lượt khách đạt 42.310 lượt<sup>1</sup>, tăng so với năm trước.\n\n"
        "<sup>1</sup> Trong đó khách Hàn Quốc 12.480 lượt, Nhật Bản 8.120 lượt, Đài Loan 6.950 "
        "lượt; còn lại 14.760 lượt.",
        "6.950 lượt",
        "6.350 lượt",
    ),
    # a change said aside right after its value, last year's value after "là"
    (
        "S101",
        "Toàn huyện có 214 tổ hòa giải ở cơ sở (tăng 16 tổ so với năm 2024 là 198 tổ), với "
        "1.285 hòa giải viên.",
        "16 tổ",
        "18 tổ",
    ),
    # "thiết bị", a count noun of two words; a count noun going on past the grammar's word
    # ("điểm bán")
    (
        "S101",
        "Toàn tỉnh có 412 thiết bị X-quang đang hoạt động, tăng 26 thiết bị (6,74%) so với năm "
        "2024 (386 thiết bị).",
        "386 thiết bị",
        "336 thiết bị",
    ),
    (
        "S101",
        "Mạng lưới bình ổn giá có 146 điểm bán, tăng 18 điểm bán so với năm trước (128 điểm bán).",
        "128 điểm",
        "148 điểm",
    ),
    # "dứt điểm" (completely) before a figure is no "điểm" of a legal text; a count printed
    # with a leading zero mistyped ("07" as "67") is one slip
    (
        "C102",
        "Trong năm, đã giải quyết dứt điểm 118 vụ việc, đạt 94,4% tổng số vụ việc phải giải "
        "quyết; còn lại 07 vụ việc đang xác minh.",
        "07 vụ việc",
        "67 vụ việc",
    ),
    # the whole's clause described at length before the ";" and the done part
    (
        "S101",
        "Toàn huyện có 46 người nghiện ma túy có hồ sơ quản lý, phần lớn sống cùng gia đình ở "
        "các xã vùng cao giáp ranh với tỉnh bạn; đã đưa 31 người đi cai nghiện tập trung, còn "
        "lại 15 người cai nghiện tại cộng đồng.",
        "15 người",
        "19 người",
    ),
    # counts against named lists: a count of kinds ("04 thứ tiếng"); names of bodies, the
    # last two joined by "và"; remarks in parentheses after names
    (
        "S103",
        "Đài phát sóng bằng 03 thứ tiếng gồm: Ê Đê, M'nông và Gia Rai, mỗi ngày 2 giờ.",
        "03 thứ",
        "04 thứ",
    ),
    (
        "S103",
        "Đã bàn giao mặt bằng 03 khu đất gồm: Khu dân cư Đồng Cát, Khu dân cư Bàu Sen và Khu "
        "dân cư Gò Mít.",
        "03 khu",
        "04 khu",
    ),
    (
        "S103",
        "Bệnh dại xuất hiện tại 03 xã gồm: Hòa Sơn (huyện Lương Sơn), Tân Vinh và Cao Dương "
        "(huyện Kim Bôi).",
        "03 xã",
        "02 xã",
    ),
    (
        "S103",
        "Còn 03 đơn vị chưa cập nhật dữ liệu gồm: Sở Văn hóa, Thể thao và Du lịch, Sở Tư pháp "
        "và UBND huyện Mường Tè.",
        "03 đơn vị",
        "04 đơn vị",
    ),
    # a ";" list whose last two parts are joined by "và" before a figure
    (
        "S101",
        "Xử phạt 31 cơ sở (gồm 07 cơ sở sản xuất; 12 cơ sở kinh doanh; 09 cơ sở dịch vụ ăn uống "
        "và 03 cơ sở thức ăn đường phố).",
        "09 cơ sở",
        "06 cơ sở",
    ),
    # an average in another unit of the total's measure: an area in ha, its average in m²
    (
        "U104",
        "Cấp giấy chứng nhận cho 1.215 thửa đất, diện tích 48,60 ha, bình quân 400,0 m²/thửa.",
        "400,0",
        "480,0",
    ),
    # the items under a title saying what they classify are the parts of the figure of the
    # paragraph before it that they add up to: their shares are of it
    (
        "P101",
        "Năm 2025, toàn tỉnh xảy ra 52 vụ tai nạn giao thông.\n\n"
        "### 2. Phân loại theo tuyến đường\n\n"
        "- Quốc lộ: 23 vụ, chiếm 44,2%;\n- Tỉnh lộ: 17 vụ;\n- Đường giao thông nông thôn: 12 vụ.",
        "44,2%",
        "47,2%",
    ),
    # a figure after "với" is the subject of the rates after it when the figure before it
    # already has its own ("42 lớp, đạt 105% kế hoạch (40 lớp), với 1.236 học viên, …")
    (
        "P105",
        "Năm 2025 đã mở 36 lớp, đạt 120% kế hoạch (30 lớp), với 1.080 học viên, đạt 108% kế "
        "hoạch (1.000 học viên) và tăng 12,5% so với năm 2024 (960 học viên).",
        "960 học viên",
        "980 học viên",
    ),
    # a share said in the parenthesis after a part of a "trong đó" list is of that part
    (
        "P101",
        "Vụ Mùa gieo cấy 5.240 ha, trong đó lúa 4.900 ha (lúa chất lượng cao 3.430 ha, chiếm "
        "70,0%), cây màu 340 ha.",
        "70,0%",
        "76,0%",
    ),
    # a change and its rate said aside, last year's value after the comparison: the rate is
    # the change over it
    (
        "P101",
        "Số vụ cháy giảm 09 vụ (giảm 14,75%) so với cùng kỳ (61 vụ).",
        "14,75%",
        "17,75%",
    ),
    # the comparison said before the change's verb, last year's value aside after it
    (
        "S101",
        "Trong quý xảy ra 52 vụ tai nạn, so với cùng kỳ giảm 11 vụ (cùng kỳ 63 vụ).",
        "63 vụ",
        "69 vụ",
    ),
    # "quân đội 350 lượt": the army's count, not team number 350
    (
        "S101",
        "Huy động 1.120 lượt người tham gia khắc phục hậu quả, gồm: quân đội 350 lượt, công an "
        "240 lượt, dân quân 530 lượt.",
        "240 lượt",
        "290 lượt",
    ),
]


@pytest.mark.parametrize(("code", "text", "figure", "changed"), CAUGHT)
def test_consistent_is_silent_and_one_change_is_caught_at_it(
    code: str, text: str, figure: str, changed: str
) -> None:
    assert_silent_then_caught(code, text, figure, changed)


SILENT = [
    # parts said with what sets them apart from the rest of the whole ("vi phạm", "bị đình
    # chỉ") may be some of it: a small total gives no evidence either way
    "Đoàn đã kiểm tra 45 đơn vị (12 doanh nghiệp vi phạm, 03 hộ kinh doanh bị đình chỉ).",
    # a count of the whole's own noun inside is no kind of it
    "Tiếp nhận 36 trường hợp (30 trường hợp đúng hạn, 02 hồ sơ bổ sung).",
    # a team's number
    "Đội 3 có 15 người, Đội 4 có 12 người.",
    # a yield said of the whole year after the whole's split by seasons: of the whole
    "Cây lúa: 620,4 ha, trong đó vụ chiêm 318,2 ha, vụ mùa 302,2 ha; năng suất bình quân cả "
    "năm 57,3 tạ/ha, sản lượng 3.554,9 tấn.",
    # a ratio per class does not add up down a table
    "| Cấp học | Giáo viên | Lớp | Giáo viên/lớp |\n|---|---:|---:|---:|\n"
    "| Tiểu học | 638 | 398 | 1,60 |\n| THCS | 492 | 196 | 2,51 |\n"
    "| **Cộng** | **1.130** | **594** | **1,90** |",
    # a parenthesis saying what is left out and what the whole before that is: no parts;
    # the shares after it are not of the figure closing the parenthesis
    "Tổng số đảng viên được đánh giá là 4.210 đồng chí (không tính 132 đồng chí được miễn "
    "đánh giá; tổng số đảng viên là 4.342 đồng chí). Kết quả:\n"
    "- Hoàn thành xuất sắc nhiệm vụ: 590 đồng chí (14,0%);\n"
    "- Hoàn thành tốt nhiệm vụ: 3.402 đồng chí (80,8%);\n"
    "- Hoàn thành nhiệm vụ: 200 đồng chí (4,8%);\n"
    "- Không hoàn thành nhiệm vụ: 18 đồng chí (0,4%).",
    # items under such a title adding up to no figure before it are of something else
    "Năm 2025, toàn tỉnh xảy ra 52 vụ tai nạn giao thông.\n\n"
    "### 2. Phân loại theo tuyến đường\n\n"
    "- Quốc lộ: 13 vụ, chiếm 25,0%;\n- Tỉnh lộ: 17 vụ;\n- Đường giao thông nông thôn: 12 vụ.",
    # a table's yield is of this season's area, not of last season's beside it
    "| Cây trồng | Thực hiện (ha) | Cùng vụ 2024 (ha) | Năng suất (tạ/ha) | Sản lượng (tấn) |\n"
    "|---|---:|---:|---:|---:|\n| Ngô | 1.136,5 | 1.185,0 | 52,6 | 5.978,0 |\n"
    "| Lạc | 468,2 | 441,7 | 25,4 | 1.189,2 |",
    # two parts said alike, the second with its share: of their sum, not of the first
    "- Theo loại tiền: huy động bằng VND 65.918 tỷ đồng; huy động bằng ngoại tệ quy đổi 2.534 "
    "tỷ đồng, chiếm 3,7%.",
    # a "Trong đó" note by commas ends at its ";": what follows is another kind
    "Tổng đàn gia súc có 35.168 con<sup>1</sup>, dịch bệnh được kiểm soát.\n\n"
    "<sup>1</sup> Trong đó: đàn trâu 2.146 con, đàn bò 8.372 con, đàn lợn 24.650 con; đàn gia "
    "cầm khoảng 386 nghìn con.",
    # a figure in an aside of an item's label is not the item's part
    "Tổng kinh phí phụ cấp năm 2025 là 2.904.000 nghìn đồng, gồm:\n"
    "- 6 tháng đầu năm (mức lương cơ sở 2,34 triệu đồng): 1.404.000 nghìn đồng;\n"
    "- 6 tháng cuối năm (mức lương cơ sở 2,50 triệu đồng): 1.500.000 nghìn đồng.",
    # a note's two kinds joined by "và", then a clause of what was done with them
    "Phát hiện và xử lý 41 công trình vi phạm<sup>1</sup>.\n\n"
    "<sup>1</sup> Gồm 25 công trình sai phép và 16 công trình không phép; đã xử lý dứt điểm "
    "38 công trình, còn 03 công trình đang hoàn thiện hồ sơ.",
    # mean lengths of time and abbreviated averages do not add up down a table
    "| Khoa | Lượt nội trú | Ngày điều trị TB | Thời gian chờ trung bình (giờ) |\n"
    "|---|---:|---:|---:|\n| Tổng cộng | 4.200 | 6,10 | 1,8 |\n"
    "| Khoa Nội | 2.600 | 6,62 | 2,1 |\n| Khoa Nhi | 1.600 | 5,26 | 1,3 |",
]


@pytest.mark.parametrize("text", SILENT)
def test_nothing_is_raised(text: str) -> None:
    assert findings(text) == []


def test_army_before_a_count_is_no_team_number() -> None:
    found = {q.text for q in quantities("Quân đội 350 lượt, Đội 3 có 15 người.")}
    assert "350 lượt" in found
    assert "3" not in found


STILL_CAUGHT = [
    # a table's mean population ("Dân số TB") adds up over places, unlike other averages
    (
        "T101",
        "| Đơn vị | Dân số TB (người) |\n|---|---:|\n| Tổng số | 25.400 |\n"
        "| Xã A | 12.300 |\n| Xã B | 13.100 |",
        "13.100",
        "13.700",
    ),
    # a yield after a part named by its crop is of that part, not of the split whole
    (
        "U101",
        "Toàn huyện gieo trồng 1.860 ha, trong đó lúa 1.240 ha, năng suất bình quân 60,0 "
        "tạ/ha, sản lượng 7.440 tấn.",
        "7.440",
        "7.340",
    ),
]


@pytest.mark.parametrize(("code", "text", "figure", "changed"), STILL_CAUGHT)
def test_consistent_is_silent_and_a_change_is_still_caught(
    code: str, text: str, figure: str, changed: str
) -> None:
    assert run_rule(code, text) == []
    assert [d.code for d in run_rule(code, text.replace(figure, changed))] == [code]
