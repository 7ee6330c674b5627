"""Shapes read in issue 11's sixth step: a change and its rate with last year's value said after
the rate, totals closing their list ("tổng cộng"), shares inside a parenthesised breakdown,
remainders after a total described by more words, people counted as "đồng chí" or "quân nhân",
and outbreaks counted in "ổ dịch"."""

from __future__ import annotations

import pytest

from lint.numbers.scan import extract
from lint.read import read_document
from lint.relations.breakdowns import find_breakdowns
from tests.conftest import assert_silent_then_caught, quantities, run_rule

# a total classified twice: in a paragraph, then in items
_CLASSIFIED_TWICE = (
    "#### 1. Doanh nghiệp thành lập mới\n\n"
    "Trong 6 tháng đầu năm, toàn tỉnh có 1.286 doanh nghiệp thành lập mới, tăng 9,4% so với "
    "cùng kỳ. Tổng vốn đăng ký là 14.825,6 tỷ đồng.\n\n"
    "Theo loại hình doanh nghiệp: công ty trách nhiệm hữu hạn 1.012 doanh nghiệp (chiếm 78,7%), "
    "công ty cổ phần 187 doanh nghiệp, doanh nghiệp tư nhân 79 doanh nghiệp và công ty hợp danh "
    "08 doanh nghiệp.\n\n"
    "Theo lĩnh vực hoạt động:\n"
    "- Thương mại, dịch vụ: 742 doanh nghiệp, chiếm 57,7%;\n"
    "- Công nghiệp, xây dựng: 468 doanh nghiệp, chiếm 36,4%;\n"
    "- Nông nghiệp, lâm nghiệp và thủy sản: 76 doanh nghiệp, chiếm 5,9%.\n"
)
# a growth, last period's value aside, then the change restated
_RESTATED_GROWTH = (
    "Toàn tỉnh có 61.482 thành viên, tăng 2,69% so với cuối năm 2023 (59.870 thành viên), "
    "tương ứng tăng 1.612 thành viên."
)

# (rule, consistent paragraph, figure to change, changed figure)
CAUGHT = [
    # a change and its rate, last year's value after the rate: change ÷ last year = rate
    (
        "P101",
        "Dân số trung bình năm 2025 tăng 2.150 người, tương ứng tăng 1,65% so với năm 2024 "
        "(130.300 người).",
        "130.300",
        "150.300",
    ),
    (
        "P101",
        "Số hồ sơ tiếp nhận mới tăng 8.210 hồ sơ, tương đương tăng 9,42% so với cùng kỳ năm "
        "2024 (87.190 hồ sơ).",
        "8.210",
        "8.810",
    ),
    # the same with the current value stated too: last year's value is still checked
    (
        "P101",
        "Số hồ sơ tiếp nhận mới là 95.400 hồ sơ, tăng 8.210 hồ sơ, tương đương tăng 9,42% so "
        "với cùng kỳ năm 2024 (87.190 hồ sơ).",
        "87.190",
        "81.190",
    ),
    # a list closed by its total
    (
        "S101",
        "Kinh phí hỗ trợ: huyện Tân Phú 1.250 triệu đồng, huyện Định Quán 980 triệu đồng, "
        "huyện Xuân Lộc 1.415 triệu đồng; tổng cộng 3.645 triệu đồng.",
        "1.415",
        "1.445",
    ),
    (
        "S101",
        "Phân theo ngành: khai khoáng 92,5 tỷ đồng; chế biến, chế tạo 18.412,7 tỷ đồng (chiếm "
        "95,10%); sản xuất và phân phối điện 781,3 tỷ đồng; cấp nước, xử lý rác thải 75,2 tỷ "
        "đồng. Tổng cộng 19.361,7 tỷ đồng.",
        "781,3",
        "731,3",
    ),
    # a part's share inside the parenthesis that breaks its total down
    (
        "S101",
        "Đã xử lý 176 vụ (xử phạt vi phạm hành chính 161 vụ, chiếm 91,5%; khởi tố hình sự 15 "
        "vụ); đang tiếp tục xác minh 12 vụ.",
        "15 vụ",
        "13 vụ",
    ),
    (
        "P101",
        "Tiếp nhận 240 hồ sơ (trực tuyến 180 hồ sơ, chiếm 75%; trực tiếp 60 hồ sơ).",
        "75%",
        "65%",
    ),
    # the rest of a total described by more words than its unit
    (
        "S101",
        "Kiểm tra phát hiện 240 cơ sở vi phạm, đã xử lý 228 cơ sở, đạt 95,00%; còn lại 12 cơ "
        "sở đang hoàn thiện hồ sơ.",
        "12 cơ",
        "18 cơ",
    ),
    # outbreaks are counted in "ổ dịch"
    (
        "S101",
        "Phát hiện 75 ổ dịch, đã xử lý triệt để 72 ổ dịch; còn lại 03 ổ dịch đang giám sát.",
        "03",
        "05",
    ),
    # "trong số này" announces parts, as "trong đó" does
    (
        "S102",
        "18 xã đạt chuẩn nông thôn mới nâng cao; trong số này có 13 xã đạt chuẩn nâng cao và "
        "05 xã đạt chuẩn kiểu mẫu.",
        "13 xã",
        "15 xã",
    ),
    # growth against the start of the month, the stock said earlier in the sentence
    (
        "P105",
        "Tồn kho đầu tháng 31,5 nghìn tấn, cuối tháng 34,1 nghìn tấn (tăng 8,25% so với đầu "
        "tháng).",
        "34,1",
        "36,1",
    ),
    # a gap in percentage points, the rate said aside after its count
    (
        "S101",
        "Được công nhận tốt nghiệp 3.412 học sinh (98,70%), cao hơn năm học trước 0,45 điểm "
        "phần trăm (năm học 2023-2024 đạt 98,25%).",
        "0,45",
        "0,65",
    ),
    # what was used of a plan, its rate alone in parentheses
    (
        "P101",
        "Dự phòng ngân sách: dự toán 31.250 triệu đồng; đã sử dụng 5.820 triệu đồng (18,62%) "
        "để khắc phục hậu quả thiên tai.",
        "18,62",
        "13,62",
    ),
    # people counted as "đồng chí", their share of the population given in "người"
    (
        "P101",
        "Lực lượng dân quân có 2.815 đồng chí, bằng 1,48% dân số toàn huyện (190.210 người).",
        "1,48",
        "1,78",
    ),
    # one gift each for the people counted
    (
        "U103",
        "Tặng quà 245 tân binh, mỗi suất 1,5 triệu đồng, tổng số tiền 367,5 triệu đồng.",
        "245",
        "285",
    ),
    # a rise over a plan given aside
    (
        "P105",
        "Tổng vốn đầu tư công năm 2026 là 312.480 triệu đồng, tăng 8,94% so với kế hoạch năm "
        "2025 (286.840 triệu đồng).",
        "286.840",
        "288.840",
    ),
    # a change of an indicator named without "số"
    (
        "S101",
        "Năm 2026, huyện được giao chỉ tiêu 285 công dân. So với năm 2025 (270 công dân), chỉ "
        "tiêu tăng 15 công dân.",
        "270",
        "240",
    ),
    # items each giving one amount and its share of a whole stated sections before
    (
        "P101",
        "Điều 1. Tổng vốn kế hoạch năm 2026 là 214.600 triệu đồng.\n\n"
        "Điều 2. Phương án phân bổ\n\n"
        "1. Thanh toán nợ đọng xây dựng cơ bản: 6.438 triệu đồng (3,00%).\n"
        "2. Bố trí cho 12 dự án chuyển tiếp: 105.154 triệu đồng (49,00%).\n"
        "3. Bố trí cho 15 dự án khởi công mới: 90.132 triệu đồng (42,00%).\n"
        "4. Vốn chuẩn bị đầu tư: 12.876 triệu đồng (6,00%).\n",
        "105.154",
        "108.154",
    ),
    # an item classifying a figure of an item before it
    (
        "S101",
        "- Số ca mắc: 1.240 ca, giảm 85 ca so với cùng kỳ.\n"
        "- Số ca nhập viện là 702 ca.\n"
        "- Phân bố ca mắc theo địa bàn: thành phố A 315 ca, huyện B 268 ca, huyện C 410 ca, "
        "các huyện còn lại 247 ca.\n",
        "268",
        "298",
    ),
    # an average whose count is in the sentence before, on the figures' evidence
    (
        "U104",
        "Trong 6 tháng, thành lập mới 1.286 doanh nghiệp. Tổng vốn đăng ký của các doanh "
        "nghiệp thành lập mới là 14.825,6 tỷ đồng, giảm 6,8% so với cùng kỳ (15.907,3 tỷ "
        "đồng); vốn đăng ký bình quân đạt 11,53 tỷ đồng/doanh nghiệp.",
        "11,53",
        "11,83",
    ),
    # several amounts and one count in the sentence: the one pairing one slip away
    (
        "U104",
        "Doanh số cho vay trong năm 2.654 tỷ đồng, doanh số thu nợ 1.986 tỷ đồng; tổng dư nợ "
        "đạt 6.815 tỷ đồng, tăng 668 tỷ đồng so với đầu năm (đầu năm 6.147 tỷ đồng), với "
        "142.360 khách hàng còn dư nợ; dư nợ bình quân 47,9 triệu đồng/khách hàng.",
        "47,9",
        "41,9",
    ),
    # a part's share after its breakdown, the part named by its words
    (
        "P101",
        "Tổng kinh phí năm 2025 là 3.120 triệu đồng, gồm ngân sách tỉnh hỗ trợ 1.350 triệu "
        "đồng, ngân sách huyện 1.480 triệu đồng và nguồn xã hội hóa 290 triệu đồng. Ngân sách "
        "huyện chiếm 47,4% tổng kinh phí.",
        "47,4",
        "41,4",
    ),
    (
        "P101",
        "Tổng số vụ vi phạm là 1.054 vụ.\n\n2. Phân theo hành vi vi phạm: buôn lậu 131 vụ; "
        "hàng giả 228 vụ; hàng hóa không rõ nguồn gốc 412 vụ; vi phạm khác 283 vụ. Số vụ vi "
        "phạm về hàng giả chiếm 21,6% tổng số vụ vi phạm.",
        "228",
        "258",
    ),
    # a change against a named month, last month's value in parentheses
    (
        "S101",
        "Trong tháng có 186 doanh nghiệp thành lập mới, tăng 24 doanh nghiệp so với tháng "
        "9/2024 (162 doanh nghiệp).",
        "162",
        "182",
    ),
    # the indicator named again before its change, the value said far before
    (
        "S101",
        "Trong tháng có 186 doanh nghiệp thành lập mới với tổng vốn đăng ký 1.642 tỷ đồng, vốn "
        "đăng ký bình quân 8,8 tỷ đồng/doanh nghiệp; số doanh nghiệp thành lập mới tăng 24 "
        "doanh nghiệp so với quý III (162 doanh nghiệp).",
        "24 doanh nghiệp so",
        "21 doanh nghiệp so",
    ),
    # counts against the names listed: a clause after the last name, a bare count whose
    # names repeat its noun in capitals, names of places after their kind, the noun's other
    # name in parentheses
    (
        "S103",
        "Tuy nhiên còn 03 xã gồm Tân Hiệp, Phước Lợi và Long Thạnh để xảy ra trễ hạn.",
        "03 xã",
        "05 xã",
    ),
    (
        "S103",
        "Toàn tỉnh có 04 bến xe khách gồm: Bến xe Trung tâm, Bến xe phía Bắc, Bến xe phía Nam "
        "và Bến xe Cẩm Giang.",
        "04 bến",
        "84 bến",
    ),
    (
        "S103",
        "Có 03 đơn vị đã hoàn thành 100% kế hoạch là thị trấn Phú Hòa, xã Ea Ly và xã Phú Lộc.",
        "03 đơn vị",
        "04 đơn vị",
    ),
    (
        "S103",
        "Cuộc vận động được triển khai tại 04 khu dân cư (thôn) gồm: Phú Mỹ, Lại Thế, Vinh Vệ "
        "và Nam Phổ.",
        "04 khu",
        "06 khu",
    ),
    # changes against last season and last school year
    (
        "S101",
        "Trong mùa khô, trên địa bàn huyện xảy ra 07 vụ cháy rừng, giảm 05 vụ so với mùa khô "
        "năm trước (12 vụ).",
        "12 vụ",
        "13 vụ",
    ),
    (
        "P101",
        "Số học sinh tham gia tăng 1.133 em, tương ứng tăng 4,14% so với năm học trước (27.356 "
        "em).",
        "4,14",
        "8,14",
    ),
    # a rate of what was done, the done figure split in a parenthesis after the rate
    (
        "P101",
        "Toàn huyện đã khởi công 1.286 căn (đạt 100%); đã hoàn thành, bàn giao 1.104 căn, đạt "
        "85,85% (xây mới 718 căn, sửa chữa 386 căn); còn 182 căn đang thi công.",
        "85,85",
        "85,95",
    ),
    # a growth, last period's value aside, then the change restated
    (
        "P102",
        _RESTATED_GROWTH,
        "1.612",
        "3.612",
    ),
    (
        "P105",
        _RESTATED_GROWTH,
        "59.870",
        "59.370",
    ),
    (
        "P102",
        "Tổng chi ngân sách 6 tháng thực hiện 586.427 triệu đồng, tăng 10,24% so với cùng kỳ "
        "năm 2024, tương ứng tăng 54.465 triệu đồng.",
        "54.465",
        "54.965",
    ),
    # a change against the start of the year, the start said before a ";", the value's share
    # aside
    (
        "S101",
        "Công tác giảm nghèo: đầu năm toàn xã có 84 hộ nghèo (chiếm 2,79% tổng số hộ); đến nay "
        "giảm còn 71 hộ (chiếm 2,36%), giảm 13 hộ so với đầu năm.",
        "13 hộ",
        "83 hộ",
    ),
    # a share of a whole counted in another noun that the share names
    (
        "P101",
        "Trung tâm đã tiếp nhận 15.120 hồ sơ đề nghị hưởng trợ cấp thất nghiệp. Kết quả:\n"
        "- Số người có quyết định hưởng trợ cấp: 14.610 người, bằng 96,63% số hồ sơ tiếp "
        "nhận;\n- Không đủ điều kiện hưởng: 510 hồ sơ.\n",
        "96,63",
        "93,63",
    ),
    # … of the figure the share fits among several named alike
    (
        "P101",
        "a) Đăng ký khai sinh: 3.482 trường hợp, gồm:\n"
        "- Đăng ký khai sinh đúng hạn: 3.215 trường hợp;\n"
        "- Đăng ký khai sinh quá hạn: 267 trường hợp.\n\n"
        "Đã liên thông thủ tục cho 2.904 hồ sơ, bằng 83,40% số trường hợp đăng ký khai sinh.\n",
        "2.904",
        "2.804",
    ),
    # "trong đó" parts whose names make all of the whole
    (
        "S101",
        "Tổ chức 28 lớp đào tạo nghề cho 812 học viên; trong đó nghề nông nghiệp 534 học viên, "
        "nghề phi nông nghiệp 278 học viên.",
        "278",
        "273",
    ),
    (
        "S101",
        "Số người có quyết định hưởng là 14.352 người, trong đó nam 5.918 người, nữ 8.434 người.",
        "5.918",
        "5.818",
    ),
    # the rest named in a sentence of its own
    (
        "S101",
        "Tổng số trẻ sinh ra trong kỳ là 905 trẻ; số trẻ được tiêm vắc xin trong vòng 24 giờ "
        "đầu sau sinh là 836 trẻ, đạt tỷ lệ 92,4%. Số trẻ còn lại chưa được tiêm trong 24 giờ "
        "đầu là 69 trẻ, chủ yếu do sinh non.",
        "69 trẻ",
        "59 trẻ",
    ),
    # a share of a whole named by what was done to it, "đã" left out, or counting the same
    # people in another noun
    (
        "P101",
        "Có thêm 03 xã được công nhận đạt chuẩn, nâng tổng số xã đạt chuẩn lên 19/21 xã, đạt "
        "90,48%. Số xã đạt chuẩn nâng cao là 07 xã, chiếm 36,84% số xã đã đạt chuẩn.",
        "36,84",
        "38,84",
    ),
    (
        "P101",
        "Xét công nhận tốt nghiệp THCS cho 2.618/2.631 học sinh, đạt 99,5%. Trong kỳ thi tuyển "
        "sinh, có 1.836 em trúng tuyển, chiếm 70,1% số học sinh tốt nghiệp.",
        "1.836",
        "1.636",
    ),
    # grades naming who is counted are words, not figures
    (
        "P101",
        "Xét công nhận tốt nghiệp cho 2.618/2.631 học sinh lớp 9, đạt 99,5%. Có 1.836 em trúng "
        "tuyển vào lớp 10, chiếm 70,1% số học sinh tốt nghiệp.",
        "99,5",
        "96,5",
    ),
    (
        "P101",
        "Xét công nhận tốt nghiệp cho 2.618/2.631 học sinh lớp 9, đạt 99,5%. Có 1.836 em trúng "
        "tuyển vào lớp 10, chiếm 70,1% số học sinh tốt nghiệp.",
        "70,1",
        "76,1",
    ),
    # a rate of the plan, the plan said as what was assigned a sentence before
    (
        "P101",
        "Vốn ngân sách trung ương năm 2025 được giao 48.620 triệu đồng, gồm vốn đầu tư phát "
        "triển 36.500 triệu đồng và vốn sự nghiệp 12.120 triệu đồng. Đến nay đã giải ngân "
        "44.364 triệu đồng, đạt 91,2% kế hoạch vốn.",
        "44.364",
        "41.364",
    ),
    # a growth against last period's value said aside, the current value stated before
    (
        "P105",
        "Tính đến ngày 30/9/2025, tổng giá trị giải ngân đạt 742,5 tỷ đồng, bằng 59,1% kế "
        "hoạch vốn giao; so với cùng kỳ năm 2024 (628,4 tỷ đồng), giá trị giải ngân tăng 18,2%.",
        "628,4",
        "658,4",
    ),
    (
        "P105",
        "Tổng số lợn phải tiêu hủy là 286 con. So với cùng kỳ năm 2024 (761 con), số lợn phải "
        "tiêu hủy giảm 62,4%.",
        "62,4",
        "68,4",
    ),
    (
        "P105",
        "Giá trị giải ngân đạt 742,5 tỷ đồng. So với cùng kỳ năm 2024, giá trị giải ngân tăng "
        "21,2% (cùng kỳ năm 2024 giải ngân 612,5 tỷ đồng).",
        "612,5",
        "642,5",
    ),
    (
        "P105",
        "Số hồ sơ tiếp nhận trực tuyến là 2.195 hồ sơ, chiếm 67,2% tổng số hồ sơ; so với quý II "
        "(1.968 hồ sơ) tăng 11,5%.",
        "1.968",
        "1.868",
    ),
    # a total classified twice: in a paragraph, then in items; the figure classified said in
    # the first sentence of the paragraph before
    (
        "S101",
        _CLASSIFIED_TWICE,
        "187",
        "157",
    ),
    (
        "S101",
        _CLASSIFIED_TWICE,
        "468",
        "498",
    ),
    # unit prices: a long description between the count and "mỗi", a house priced per "căn"
    (
        "U103",
        "Thăm hỏi, tặng 186 suất quà cho gia đình quân nhân đang tại ngũ có hoàn cảnh khó khăn, "
        "mỗi suất 500.000 đồng, tổng số 93,0 triệu đồng.",
        "93,0",
        "98,0",
    ),
    (
        "U103",
        "Hỗ trợ xây dựng 03 nhà Đại đoàn kết, mức hỗ trợ 50.000.000 đồng/căn, thành tiền "
        "150.000.000 đồng.",
        "03 nhà",
        "08 nhà",
    ),
    # a bare count and its noun, proper names after a colon
    (
        "S103",
        "Phí tham quan di tích áp dụng tại 4 khu di tích: Đền Thái Vi, Chùa Bích Động, Động "
        "Thiên Hà và Hang Múa.",
        "4 khu",
        "5 khu",
    ),
    # what was done, its rate and what remains, the whole left to the reader
    (
        "C102",
        "Giáo dục tiểu học: 16.791 học sinh hoàn thành chương trình lớp học, đạt 99,52%; còn 81 "
        "học sinh chưa hoàn thành.",
        "81 học",
        "71 học",
    ),
    (
        "C102",
        "Đã thu hồi về ngân sách 7.012,8 triệu đồng, đạt 76,1%; số tiền còn phải thu hồi là "
        "2.202,5 triệu đồng.",
        "7.012,8",
        "7.812,8",
    ),
    (
        "C102",
        "Đã giải quyết dứt điểm 143 đơn, đạt 97,28%; còn 04 đơn đang xác minh.",
        "97,28",
        "91,28",
    ),
    # a rate followed by its count in parentheses, the whole in the paragraph before
    (
        "P101",
        "Toàn thị trấn có 4.862 hộ với 18.426 nhân khẩu. Tỷ lệ người dân tham gia bảo hiểm y tế "
        "đạt 94,2% (17.357 người).",
        "94,2",
        "91,2",
    ),
    # people counted by their role, then as "đồng chí"
    (
        "P101",
        "Quản lý 6.420 quân nhân dự bị; đã sắp xếp vào các đơn vị 5.910 đồng chí, đạt 92,06%.",
        "5.910",
        "5.970",
    ),
]


@pytest.mark.parametrize(("code", "text", "figure", "changed"), CAUGHT)
def test_consistent_is_silent_and_one_change_is_caught_at_it(
    code: str, text: str, figure: str, changed: str
) -> None:
    assert_silent_then_caught(code, text, figure, changed)


def sums(text: str) -> list[tuple[str, list[str], str]]:
    document = read_document("report.md", text.encode("utf-8"))
    return [
        (b.total.literal, [p.literal for p in b.parts], b.marker)
        for b in find_breakdowns(document, extract(document))
    ]


def test_the_closing_total_names_its_parts() -> None:
    document = read_document(
        "report.md",
        "Vốn bố trí: xã An Hòa 320 triệu đồng, xã Bình Minh 415 triệu đồng; tổng cộng 735 "
        "triệu đồng.".encode(),
    )
    (found,) = find_breakdowns(document, extract(document))
    assert found.labels == ("xã An Hòa", "xã Bình Minh")


@pytest.mark.parametrize(
    "text",
    [
        # figures that are not parts (a plan and what was done) before the total
        "Xã An Hòa: dự toán 320 triệu đồng, thực hiện 415 triệu đồng; tổng cộng 912 triệu đồng.",
        # parts of parts
        "Kinh phí: xã A 300 triệu đồng, trong đó vốn tỉnh 120 triệu đồng; xã B 200 triệu đồng; "
        "tổng cộng 500 triệu đồng.",
        # a figure with no words naming it
        "Kinh phí: 300 triệu đồng, 200 triệu đồng; tổng cộng 500 triệu đồng.",
    ],
)
def test_other_lists_are_not_closed_by_their_total(text: str) -> None:
    assert [s for s in sums(text) if s[2] == "tổng cộng"] == []


def test_a_change_before_its_rate_is_no_part_of_a_parenthesis() -> None:
    # "(tăng 5 vụ, bằng 105%)" is no breakdown: only a share ("chiếm") may follow a part
    assert sums("Xảy ra 105 vụ (tăng 5 vụ, bằng 105%; giảm 0 vụ).") == []


def test_a_bare_share_of_a_list_part_is_no_rate_of_the_part_before() -> None:
    # "12 người (7,0%)" is a share of the 172, not 12 of the 131 before it (one slip away)
    text = (
        "Xếp loại 172 công chức: hoàn thành tốt nhiệm vụ 131 người (76,2%); hoàn thành nhiệm "
        "vụ 12 người (7,0%)."
    )
    assert run_rule("P101", text) == []


def test_items_announced_by_a_colon_are_left_to_the_list_reading() -> None:
    # shares forced to total 100 under "Trong đó:": read with their slack as parts, not again
    text = (
        "- Đã cấp 9.846 giấy phép. Trong đó:\n"
        "  + Cấp mới: 6.215 giấy phép, chiếm 63,12%;\n"
        "  + Cấp lại: 1.108 giấy phép, chiếm 11,25%;\n"
        "  + Gia hạn: 2.523 giấy phép, chiếm 25,63%.\n"
    )
    assert run_rule("P101", text) == []


def test_items_giving_shares_in_other_words_are_no_run() -> None:
    # "(đạt 99,49%)" after a done count is no share of the list the items before make
    text = (
        "Tổng số hồ sơ tiếp nhận là 84.134 hồ sơ, tăng so với cùng kỳ.\n\n"
        "Về kênh tiếp nhận, hồ sơ đến từ nhiều nguồn\n\n"
        "- Trực tuyến: 52.761 hồ sơ, chiếm 62,71%;\n"
        "- Trực tiếp: 27.915 hồ sơ, chiếm 33,18%;\n"
        "- Bưu chính: 3.458 hồ sơ, chiếm 4,11%;\n"
        "- Đã giải quyết 83.907 hồ sơ; trong đó đúng hạn 83.482 hồ sơ (đạt 99,49%), quá hạn 425 "
        "hồ sơ (chiếm 0,51%).\n"
    )
    assert run_rule("P101", text) == []


def test_an_item_classifying_no_figure_before_it_is_not_read() -> None:
    # the parts add up to no figure of the items before (nor one slip away)
    text = (
        "- Số ca mắc: 1.240 ca.\n"
        "- Phân bố ca nhập viện theo địa bàn: thành phố A 215 ca, huyện B 168 ca, huyện C 97 "
        "ca.\n"
    )
    assert [s for s in sums(text) if s[2] == "phân theo"] == []


def test_a_share_naming_two_parts_is_not_read() -> None:
    # "tốt và khá": two parts named, whose sum is not a part
    document = read_document(
        "report.md",
        "Phân loại 1.106 HTX gồm: loại tốt 312 HTX; loại khá 485 HTX; loại trung bình 241 HTX; "
        "loại yếu 68 HTX. Số HTX loại tốt và loại khá chiếm 72,1%.".encode(),
    )
    from lint.relations.named_part_shares import find_named_part_shares

    extraction = extract(document)
    assert (
        find_named_part_shares(document, extraction, find_breakdowns(document, extraction), [])
        == []
    )


def test_a_score_is_no_part_of_a_whole_counted_in_people() -> None:
    # "đạt từ 50 điểm trở lên, chiếm …% số thí sinh": the share is the 341 candidates'
    text = (
        "Có 365 thí sinh dự thi vòng 2.\n\n"
        "- Có 341 thí sinh đạt từ 50 điểm trở lên, chiếm 93,42% số thí sinh dự thi vòng 2.\n"
    )
    assert run_rule("P101", text) == []


def test_trong_do_parts_of_two_kinds_that_are_not_all_of_it_stay_a_subset() -> None:
    found = sums("Tiếp nhận 735 đơn, trong đó đơn khiếu nại 214 đơn, đơn tố cáo 87 đơn.")
    assert found == [("735", ["214", "87"], "trong đó")]
    document = read_document(
        "report.md",
        "Tiếp nhận 735 đơn, trong đó đơn khiếu nại 214 đơn, đơn tố cáo 87 đơn.".encode(),
    )
    assert not find_breakdowns(document, extract(document))[0].exhaustive


def test_a_growth_naming_another_indicator_is_not_read() -> None:
    # the words name the revenue, the figure before is the spending: nothing is read
    text = (
        "Chi ngân sách đạt 742,5 tỷ đồng. So với cùng kỳ năm 2024, thu ngân sách tăng 21,2% "
        "(cùng kỳ năm 2024 thu 512,5 tỷ đồng)."
    )
    assert run_rule("P105", text) == []


def test_a_year_after_nam_is_a_year_whatever_follows() -> None:
    found = quantities("Cùng kỳ năm 2024 giải ngân 612,5 tỷ đồng.")
    assert [q.literal for q in found] == ["612,5"]


def test_shares_of_a_total_classified_twice_are_two_sets() -> None:
    text = (
        "Toàn tỉnh có 1.286 doanh nghiệp thành lập mới.\n\n"
        "Theo loại hình: công ty trách nhiệm hữu hạn 1.012 doanh nghiệp (chiếm 78,7%), công ty "
        "cổ phần 274 doanh nghiệp.\n\n"
        "Theo lĩnh vực hoạt động:\n"
        "- Thương mại, dịch vụ: 742 doanh nghiệp, chiếm 57,7%;\n"
        "- Công nghiệp, xây dựng: 544 doanh nghiệp, chiếm 42,3%.\n"
    )
    assert run_rule("P104", text) == []


def test_cong_ty_co_phan_counts_companies() -> None:
    assert [q.literal for q in quantities("Công ty cổ phần 187 doanh nghiệp.")] == ["187"]


def test_a_bare_count_of_lower_case_names_is_not_read() -> None:
    assert run_rule("S103", "Có 5 khâu: chuẩn bị, thực hiện, kiểm tra và tổng kết.") == []


def test_a_rate_of_another_whole_before_the_rest_is_not_read() -> None:
    # 90,00% is of another whole (not of 143 + 4): no slip explains it, nothing is read
    text = "Đã giải quyết dứt điểm 143 đơn, đạt 90,00%; còn 04 đơn đang xác minh."
    assert run_rule("C102", text) == []


def test_a_rate_and_its_count_with_no_whole_they_fit_is_not_read() -> None:
    text = (
        "Toàn thị trấn có 4.862 hộ với 18.426 nhân khẩu. Tỷ lệ lao động qua đào tạo đạt 61,0% "
        "(6.120 người)."
    )
    assert run_rule("P101", text) == []


def test_new_count_nouns() -> None:
    found = quantities("Phát hiện 75 ổ dịch; 6.420 quân nhân dự bị; 312 tân binh.")
    assert [(q.literal, q.unit) for q in found] == [
        ("75", "ổ dịch"),
        ("6.420", "quân nhân"),
        ("312", "tân binh"),
    ]


def test_a_part_in_parentheses_is_not_what_a_gap_compares() -> None:
    found = sums(
        "Doanh thu 120 tỷ đồng (trong đó xuất khẩu 40 tỷ đồng), cao hơn năm trước 15 tỷ đồng "
        "(năm trước 105 tỷ đồng)."
    )
    assert ("120", ["105", "15"], "cao hơn") in found
    assert not [s for s in found if s[2] == "cao hơn" and "40" in (s[0], *s[1])]


def test_a_row_naming_which_time_adds_up_with_the_others() -> None:
    # "lần đầu" (the first time) names the row; only "(lần)" or "… lần" is a multiple
    table = (
        "| Loại hồ sơ | Tiếp nhận |\n|---|---:|\n| Cấp lần đầu | 486 |\n| Biến động | 3.952 |\n"
        "| Tách thửa | 139 |\n| Tổng cộng | 4.577 |\n"
    )
    assert run_rule("T101", table) == []
    assert run_rule("T101", table.replace("| 486 |", "| 436 |"))


def test_an_item_opening_with_a_percentage_is_numbered() -> None:
    text = (
        "### III. CÔNG TÁC\n\n1. 100% hồ sơ đã giải quyết được cập nhật.\n"
        "2. Tổng số thu là 42.865 triệu đồng.\n"
    )
    assert run_rule("H101", text) == []
    # (a thousands group after a number and a full stop is still a wrapped figure:
    # tests/test_relations_numbering.py)


def test_a_classification_after_a_list_is_of_the_sentences_whole() -> None:
    # the age groups split the 14.352 people, not the 8.434 women listed before them
    text = (
        "Số người có quyết định hưởng là 14.352 người. Trong số người có quyết định hưởng: nam "
        "5.918 người, nữ 8.434 người (chiếm 58,77%); phân theo độ tuổi: dưới 25 tuổi 1.236 "
        "người, từ 25 đến 40 tuổi 8.915 người (chiếm 62,12%), trên 40 tuổi 4.201 người."
    )
    assert run_rule("S101", text) == []
    assert run_rule("P101", text) == []


def test_a_share_of_a_total_named_elsewhere_is_of_the_total_not_a_part() -> None:
    text = (
        "Tổng dư nợ cho vay đạt 5.236,48 tỷ đồng, trong đó:\n"
        "+ Dư nợ ngắn hạn: 3.402,17 tỷ đồng (chiếm 64,97%);\n"
        "+ Dư nợ trung và dài hạn: 1.834,31 tỷ đồng.\n\n"
        "Nợ xấu toàn hệ thống là 48,72 tỷ đồng, chiếm 0,93% tổng dư nợ.\n"
    )
    assert run_rule("P101", text) == []
    assert run_rule("P101", text.replace("0,93%", "0,73%"))
