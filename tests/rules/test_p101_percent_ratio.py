from __future__ import annotations

from pathlib import Path

import pytest

from lint.engine import check_text
from lint.ruleset import rule_by_code
from tests.conftest import run_rule


def test_pair_then_percent() -> None:
    found = run_rule("P101", "Giải quyết được 250/300 hồ sơ, đạt 88,3%.")
    assert len(found) == 1
    assert found[0].notes[0].vi == "250 / 300 × 100 = 83,33% ≠ 88,3%"
    assert found[0].suggestion is not None and "83,3%" in found[0].suggestion.en
    assert run_rule("P101", "Giải quyết được 250/300 hồ sơ, đạt 83,3%.") == []


def test_truncated_percentage_is_accepted() -> None:
    assert run_rule("P101", "Khai báo y tế được 36.929/43.845 người, đạt 84,22%.") == []
    assert run_rule("P101", "Khai báo y tế được 36.929/43.845 người, đạt 84,23%.") == []
    assert len(run_rule("P101", "Khai báo y tế được 36.929/43.845 người, đạt 84,25%.")) == 1


def test_explicit_base_in_parentheses() -> None:
    text = "Trực tuyến 210 hồ sơ, chiếm tỷ lệ 58,99% (trong tổng số 356 hồ sơ đủ điều kiện)."
    assert run_rule("P101", text) == []
    found = run_rule("P101", text.replace("58,99", "59,99"))
    assert len(found) == 1


def test_named_base_stated_earlier() -> None:
    text = (
        "Doanh số cho vay 18.196 triệu đồng; doanh số thu nợ 12.789 triệu đồng, "
        "chiếm 70,28% doanh số cho vay."
    )
    assert run_rule("P101", text) == []
    assert len(run_rule("P101", text.replace("70,28", "72,28"))) == 1


def test_share_of_the_trong_do_total() -> None:
    text = (
        "Tổng dư nợ 200.171 triệu đồng, tăng 5.046 triệu đồng so với đầu năm. Trong đó: "
        "nợ quá hạn 343 triệu đồng, chiếm tỷ lệ 0,17%; nợ khoanh 80 triệu đồng, tỷ lệ 0,04%."
    )
    assert run_rule("P101", text) == []
    found = run_rule("P101", text.replace("0,17%", "0,71%"))
    assert len(found) == 1
    assert found[0].notes[0].vi == "343 / 200.171 × 100 = 0,171% ≠ 0,71%"


def test_percentage_without_a_readable_base_is_left_alone() -> None:
    assert run_rule("P101", "Gạo 1.112,25 tấn, tỷ lệ 66,1%; rau quả 571 tấn, tỷ lệ 66,3%.") == []
    assert run_rule("P101", "Sản lượng 120 tấn, chiếm 12% tổng sản lượng toàn huyện.") == []


def test_corpus_has_no_finding_beside_s101(corpus: Path) -> None:
    rules = [rule_by_code("S101"), rule_by_code("P101")]
    for name in sorted(p.name for p in corpus.iterdir() if p.suffix in (".md", ".txt")):
        if name == "README.md":
            continue
        text = (corpus / name).read_text(encoding="utf-8")
        found = check_text(text, rules, name)  # type: ignore[arg-type]
        assert [d for d in found if d.code == "P101"] == [], name


def test_shares_s101_reports_are_reported_by_p101_when_s101_is_not_selected(
    corpus: Path,
) -> None:
    # the two shares of 2.583 hồ sơ (34,1% and 65,9% need 2.683): S101's finding, seen alone
    # by P101 as two percentages that do not match
    text = (corpus / "kien-tuong-2020-h1.md").read_text(encoding="utf-8")
    found = run_rule("P101", text, "kien-tuong-2020-h1.md")
    assert [text[d.span.start : d.span.end] for d in found] == ["2.583", "2.583"]
    assert all(d.suggestion is not None and "2.683" in d.suggestion.en for d in found)


def test_shares_that_do_not_add_up_are_reported_once() -> None:
    text = (
        "Giải quyết được 2.583/2.974 hồ sơ, trong đó trực tuyến 210 hồ sơ. Giải quyết trước "
        "hạn 915 hồ sơ, chiếm tỷ lệ 34,1%; đúng hạn 1.768 hồ sơ, chiếm tỷ lệ 65,9%."
    )
    rules = [rule_by_code("S101"), rule_by_code("P101")]
    assert [d.code for d in check_text(text, rules)] == ["S101"]  # type: ignore[arg-type]
    assert [d.code for d in run_rule("P101", text)] == ["P101", "P101"]


def test_share_after_a_sentence_with_two_totals_is_not_read() -> None:
    text = "Tổng thu 100 tỷ đồng, tổng chi 80 tỷ đồng. Trong đó: thu thuế 60 tỷ đồng, chiếm 60%."
    assert run_rule("P101", text) == []
    assert (
        len(run_rule("P101", "Tổng thu 100 tỷ đồng. Trong đó: thu thuế 60 tỷ đồng, chiếm 66%."))
        == 1
    )


def test_share_of_a_pair_may_be_of_its_total() -> None:
    text = "Giải quyết 98/100 hồ sơ, đạt 98%; trong đó đúng hạn 90 hồ sơ, chiếm {p}%."
    assert run_rule("P101", text.format(p="91,8")) == []  # of the 98 settled
    assert run_rule("P101", text.format(p="90")) == []  # of the 100 received
    assert len(run_rule("P101", text.format(p="95"))) == 1


def test_flipped_conclusion_is_said() -> None:
    found = run_rule("P101", "Gieo sạ được 14.394/14.485 ha, đạt 100,1% kế hoạch.")
    assert len(found) == 1
    assert any("conclusion flips" in note.en for note in found[0].notes)
    assert run_rule("P101", "Gieo sạ được 14.494/14.485 ha, đạt 100,1% kế hoạch.") == []


def test_out_of_total_then_share() -> None:
    text = "Có 120 hộ trên tổng số 1.500 hộ tham gia bảo hiểm, chiếm {p}%."
    assert run_rule("P101", text.format(p="8")) == []
    found = run_rule("P101", text.format(p="12"))
    assert len(found) == 1 and found[0].notes[0].vi == "120 / 1.500 × 100 = 8,00% ≠ 12%"


def test_pair_then_comparison_with_last_year_is_not_a_ratio() -> None:
    assert run_rule("P101", "Đã tiêm 1.500/2.000 liều, bằng 110% so với cùng kỳ.") == []
    assert len(run_rule("P101", "Gieo sạ 1.500/2.000 ha, đạt 80% so với kế hoạch.")) == 1


def test_shares_adding_to_100_are_still_checked_one_by_one() -> None:
    text = (
        "Giải quyết được 2.683/2.974 hồ sơ, trong đó trực tuyến 210 hồ sơ. Giải quyết trước "
        "hạn 915 hồ sơ, chiếm tỷ lệ 34,2%; đúng hạn 1.768 hồ sơ, chiếm tỷ lệ 65,8%."
    )
    found = run_rule("P101", text)
    assert [text[d.span.start : d.span.end] for d in found] == ["34,2"]
    assert run_rule("P101", text.replace("34,2", "34,1").replace("65,8", "65,9")) == []


PLAN_SHAPES = [
    # the plan in parentheses after the comparison
    "Thu ngân sách xã ước đạt 1.512 triệu đồng, đạt {p}% dự toán huyện giao (dự toán năm "
    "2.100 triệu đồng).",
    "Giải ngân vốn đầu tư công đạt 1.512 triệu đồng, đạt {p}% so với kế hoạch (2.100 triệu đồng).",
    # the plan in the clause after the comparison
    "Thu ngân sách xã ước đạt 1.512 triệu đồng, đạt {p}% dự toán, dự toán năm 2.100 triệu đồng.",
    # the plan in the sentence before, or the paragraph before
    "Dự toán năm 2.100 triệu đồng. Thu ngân sách xã ước đạt 1.512 triệu đồng, đạt {p}% dự toán.",
    "Chỉ tiêu trồng rừng năm 2025 là 2.100 ha.\n\nĐến nay toàn huyện trồng rừng được 1.512 ha, "
    "đạt {p}% chỉ tiêu.",
    # the plan in the clause that opens the sentence
    "Kế hoạch giao 2.100 ha, đến nay đã trồng rừng được 1.512 ha, đạt {p}% kế hoạch.",
    "- Dự toán năm 2.100 triệu đồng, ước thực hiện 1.512 triệu đồng, đạt {p}% dự toán.",
]


@pytest.mark.parametrize("shape", PLAN_SHAPES)
def test_share_of_a_plan_stated_nearby(shape: str) -> None:
    assert run_rule("P101", shape.format(p="72")) == []
    found = run_rule("P101", shape.format(p="27"))
    assert len(found) == 1
    assert found[0].notes[0].vi == "1.512 / 2.100 × 100 = 72,00% ≠ 27%"


def test_exceeding_the_plan_by_a_percentage() -> None:
    text = "Thu ngân sách đạt 2.460 triệu đồng, vượt {p}% kế hoạch (kế hoạch 2.000 triệu đồng)."
    assert run_rule("P101", text.format(p="23")) == []
    found = run_rule("P101", text.format(p="32"))
    assert len(found) == 1
    assert found[0].notes[0].vi == "2.460 / 2.000 × 100 − 100 = 23,00% ≠ 32%"
    other = "Kế hoạch 2.000 triệu đồng. Thu ngân sách đạt 2.460 triệu đồng, vượt kế hoạch {p}%."
    assert run_rule("P101", other.format(p="23")) == []
    assert len(run_rule("P101", other.format(p="32"))) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the plan of another indicator
        "Dự toán chi năm 2.100 triệu đồng. Thu ngân sách ước đạt 1.512 triệu đồng, đạt 27% "
        "dự toán.",
        # the plan of the whole; the sentence is about one of its sources
        "Dự toán thu 2.100 triệu đồng. Thu ngân sách từ thuế ngoài quốc doanh đạt 500 triệu "
        "đồng, đạt 72% dự toán.",
        # a change, not the plan
        "Thu ngân sách đạt 3.245 triệu đồng, đạt 112% dự toán (vượt 300 triệu đồng).",
        # another plan noun
        "Kế hoạch năm 2.100 triệu đồng. Thu ngân sách ước đạt 1.512 triệu đồng, đạt 27% dự toán.",
        # two plans: which one?
        "Dự toán tỉnh giao 2.100 triệu đồng, dự toán huyện giao 2.500 triệu đồng. Thu ngân "
        "sách ước đạt 1.512 triệu đồng, đạt 27% dự toán.",
        # another unit
        "Thu ngân sách ước đạt 1.512 triệu đồng, đạt 27% dự toán (dự toán năm 35 công trình).",
        # the opening clause names another plan noun, or holds two figures, or a change
        "Kế hoạch giao 2.100 triệu đồng, thu ngân sách ước đạt 1.512 triệu đồng, đạt 27% dự toán.",
        "Dự toán năm 2.100 triệu đồng và 300 triệu đồng bổ sung, thu ước đạt 1.512 triệu đồng, "
        "đạt 27% dự toán.",
        "Dự toán tăng 2.100 triệu đồng, thu ngân sách ước đạt 1.512 triệu đồng, đạt 27% dự toán.",
        # another figure of the measure between the plan and the subject: which is done?
        "Kế hoạch giao 2.100 ha, năm trước trồng 1.300 ha, năm nay trồng 1.512 ha, đạt 27% kế "
        "hoạch.",
    ],
)
def test_unclear_plan_is_not_read(text: str) -> None:
    assert run_rule("P101", text) == []


def test_shares_forced_to_total_100() -> None:
    text = (
        "Toàn xã có 3.000 hộ, trong đó: hộ sản xuất nông nghiệp 1.000 hộ, chiếm 33,3%; hộ kinh "
        "doanh 1.000 hộ, chiếm 33,3%; hộ làm công 1.000 hộ, chiếm {p}%."
    )
    assert run_rule("P101", text.format(p="33,4")) == []
    assert run_rule("S101", text.format(p="33,4")) == []
    assert run_rule("P104", text.format(p="33,4")) == []
    # not forced (the shares do not total 100): one unit off is a mistake again
    assert len(run_rule("P101", text.format(p="33,5"))) == 1
    # forced, but two units off
    forced = text.replace("33,3%; hộ kinh", "33,2%; hộ kinh").format(p="33,5")
    assert len(run_rule("P101", forced)) == 1


LISTED_SHARES = (
    "# Dân cư\n\nToàn xã có 3.000 hộ. Trong đó:\n\n- Hộ sản xuất nông nghiệp 1.000 hộ, chiếm "
    "33,3%;\n- Hộ kinh doanh 1.000 hộ, chiếm 33,3%;\n- Hộ làm công 1.000 hộ, chiếm {p}%.\n"
)


def test_shares_in_list_items_under_trong_do() -> None:
    assert run_rule("P101", LISTED_SHARES.format(p="33,4")) == []
    assert run_rule("P104", LISTED_SHARES.format(p="33,4")) == []
    found = run_rule("P101", LISTED_SHARES.format(p="38,4"))
    assert len(found) == 1
    assert found[0].notes[0].vi == "1.000 / 3.000 × 100 = 33,33% ≠ 38,4%"


def test_pair_written_with_the_unit_on_both_sides() -> None:
    assert run_rule("P101", "Giải ngân 120 ha/150 ha, đạt 80%.") == []
    found = run_rule("P101", "Giải ngân 120 ha/150 ha, đạt 70%.")
    assert len(found) == 1
    assert found[0].notes[0].vi == "120 / 150 × 100 = 80,00% ≠ 70%"


def test_amount_pair_written_with_scale_and_currency_on_both_sides() -> None:
    text = "Thu ngân sách ước đạt 3.245 tỷ đồng/4.800 tỷ đồng, đạt {p}% dự toán năm."
    assert run_rule("P101", text.format(p="67,6")) == []
    found = run_rule("P101", text.format(p="62,5"))
    assert len(found) == 1
    assert found[0].notes[0].vi == "3.245 / 4.800 × 100 = 67,60% ≠ 62,5%"
    marked = text.format(p="62,5")
    assert marked[found[0].span.start : found[0].span.end] == "62,5"


def test_amount_pair_with_different_scale_words() -> None:
    text = "Đã giải ngân 950 triệu đồng/1,2 tỷ đồng, đạt {p}% kế hoạch vốn."
    assert run_rule("P101", text.format(p="79,2")) == []
    found = run_rule("P101", text.format(p="97,2"))
    assert len(found) == 1


def test_one_mistyped_share_does_not_unforce_the_others() -> None:
    text = (
        "Toàn xã có 3.000 hộ. Trong đó, hộ nghèo 1.000 hộ, chiếm 33,3%. Hộ cận nghèo 1.000 hộ, "
        "chiếm 38,3%. Hộ khá 1.000 hộ, chiếm 33,4%."
    )
    found = run_rule("P101", text)
    assert [text[d.span.start : d.span.end] for d in found] == ["38,3"]


def test_bare_shares_in_parentheses_after_the_parts_of_trong_do() -> None:
    text = "Tổng số lao động 2.340 người, trong đó nam 1.200 người (51,3%), nữ 1.140 người ({p}%)."
    assert run_rule("P101", text.format(p="48,7")) == []
    (found,) = run_rule("P101", text.format(p="58,7"))
    assert found.notes[0].en == "1.140 / 2.340 × 100 = 48,72% ≠ 58,7%"


@pytest.mark.parametrize(
    "text",
    [
        # percentages of something else (each part's plan): none is a share of the total
        "Thu ngân sách 3.000 triệu đồng, trong đó thu thuế 1.200 triệu đồng (85%), thu phí "
        "600 triệu đồng (92%).",
        # one part alone: its percentage may be of anything
        "Tổng số lao động 2.340 người, trong đó nam 1.200 người (58,3%).",
    ],
)
def test_bare_percentages_without_evidence_of_shares_are_not_read(text: str) -> None:
    assert run_rule("P101", text) == []


def test_bare_shares_after_words_naming_each_part() -> None:
    text = (
        "Toàn xã có 2.843 hộ, trong đó 1.856 hộ sử dụng nước sạch ({p}%), 2.540 hộ có nhà tiêu "
        "hợp vệ sinh (89,3%).\n"
    )
    assert run_rule("P101", text.format(p="65,3")) == []
    (found,) = run_rule("P101", text.format(p="75,3"))
    assert found.notes[0].en == "1.856 / 2.843 × 100 = 65,28% ≠ 75,3%"
    # overlapping parts (their shares total more than 100 %) are each checked, not summed
    assert run_rule("P104", text.format(p="65,3")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ hộ dân sử dụng nước sạch đạt {p}% (4.215/4.760 hộ).",
        "Tỷ lệ cán bộ, công chức đạt chuẩn là {p}% (131/148 người).",
        "Đến nay, toàn huyện có 07/13 xã đạt chuẩn nông thôn mới nâng cao (chiếm {p}%).",
        "Giải quyết 131/148 hồ sơ (đạt {p}%).",
    ],
)
def test_pair_and_percentage_in_parentheses(text: str) -> None:
    right = {"4.215": "88,6", "131/148 người": "88,5", "07/13": "53,8", "hồ sơ": "88,5"}
    p = next(value for key, value in right.items() if key in text)
    assert run_rule("P101", text.format(p=p)) == []
    wrong = p[0] + str((int(p[1]) + 3) % 10) + p[2:]
    found = run_rule("P101", text.format(p=wrong))
    assert len(found) == 1


def test_a_change_followed_by_a_pair_is_no_ratio() -> None:
    text = "Số hộ nghèo giảm 2,5% (120/98 hộ theo hai lần rà soát)."
    assert run_rule("P101", text) == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Toàn xã có 214 hộ cận nghèo, chiếm {p}% tổng số hộ dân cư (5.362 hộ).",
            "3,99",
            "3,69",
        ),
        (
            "Kinh phí bồi thường đã chi trả 186,3 tỷ đồng, đạt {p}% kinh phí được phê duyệt "
            "(205,0 tỷ đồng).",
            "90,9",
            "96,9",
        ),
        (
            "Cấp 1.284 giấy với diện tích 186,5 ha, đạt {p}% kế hoạch (1.200 giấy).",
            "107,0",
            "101,0",
        ),
    ],
)
def test_whole_named_after_the_percentage_with_its_value_in_parentheses(
    text: str, right: str, wrong: str
) -> None:
    assert run_rule("P101", text.format(p=right)) == []
    assert len(run_rule("P101", text.format(p=wrong))) == 1


def test_a_period_named_after_the_percentage_is_no_whole() -> None:
    # "bằng 96% so với cùng kỳ (B)" is an index, read by P105, not a share of B
    text = "Doanh thu đạt 480 tỷ đồng, bằng 96% so với cùng kỳ (500 tỷ đồng)."
    assert run_rule("P101", text) == []


def test_target_opening_the_sentence_is_the_plan() -> None:
    text = (
        "Chỉ tiêu trồng mới 2.400 ha rừng giai đoạn 2021-2025: đến nay đã thực hiện 1.860 ha, "
        "đạt {p}% kế hoạch."
    )
    assert run_rule("P101", text.format(p="77,5")) == []
    assert len(run_rule("P101", text.format(p="72,5"))) == 1
    # a budget estimate is not the target of a plan
    text = "Dự toán chi 2.400 triệu đồng: đến nay đã chi 1.860 triệu đồng, đạt 72,5% kế hoạch."
    assert run_rule("P101", text) == []


def test_exceeded_after_the_share_of_the_plan_and_the_plan() -> None:
    text = "Trồng rừng tập trung 428 ha, đạt 107,0% kế hoạch (kế hoạch 400 ha), vượt {p}% kế hoạch."
    assert run_rule("P101", text.format(p="7,0")) == []
    found = run_rule("P101", text.format(p="17,0"))
    assert len(found) == 1 and "7,00%" in found[0].notes[0].vi


def test_whole_in_parentheses_after_its_words() -> None:
    text = "Toàn xã còn 45 hộ nghèo, chiếm {p}% tổng số hộ (tổng số 2.472 hộ)."
    assert run_rule("P101", text.format(p="1,82")) == []
    assert len(run_rule("P101", text.format(p="1,52"))) == 1


def test_target_approved_in_the_clause_before() -> None:
    text = (
        "Chỉ tiêu chuyển mục đích sử dụng đất được duyệt năm 2024 là 312,50 ha; kết quả thực "
        "hiện 198,75 ha, đạt {p}% kế hoạch."
    )
    assert run_rule("P101", text.format(p="63,60")) == []
    assert len(run_rule("P101", text.format(p="68,60"))) == 1
    # a result naming another indicator is not of that target
    text = (
        "Chỉ tiêu chuyển mục đích sử dụng đất được duyệt là 312,50 ha; đất trồng lúa thực hiện "
        "198,75 ha, đạt 68,60% kế hoạch."
    )
    assert run_rule("P101", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Toàn tỉnh có 125 xã, trong đó {v} xã đạt chuẩn nông thôn mới, chiếm {p}%.",
        "Toàn tỉnh có 125 xã, trong đó có {v} xã đạt chuẩn nông thôn mới (chiếm {p}%).",
        "Tổng số 125 hồ sơ, trong đó {v} hồ sơ giải quyết trước hạn, chiếm tỷ lệ {p}%.",
    ],
)
def test_a_part_described_then_its_share_of_the_total(text: str) -> None:
    assert run_rule("P101", text.format(v="98", p="78,4")) == []
    (found,) = run_rule("P101", text.format(v="98", p="68,4"))
    assert "98 / 125" in found.message.en


@pytest.mark.parametrize(
    "text",
    [
        # the rest's share, not the part's
        "Toàn tỉnh có 125 xã, trong đó 98 xã đạt chuẩn, còn lại chiếm 68,4%.",
        # another rate named before the share
        "Tổng số 1.250 hộ, trong đó 320 hộ nghèo, tỷ lệ hộ nghèo chiếm 8,5%.",
        # a comparison between
        "Toàn tỉnh có 125 xã, trong đó 98 xã đạt chuẩn, so với cùng kỳ chiếm 68,4%.",
    ],
)
def test_a_share_after_words_that_name_another_figure_is_not_read(text: str) -> None:
    assert run_rule("P101", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024, tổng lượt khách du lịch ước đạt 2.845.600 lượt. Trong đó:\n\n"
        "- Khách quốc tế: {v} lượt, chiếm 6,55% tổng lượt khách;\n"
        "- Khách nội địa: 2.659.180 lượt.",
        "Tổng số trẻ sinh ra trong năm là 2.487 trẻ.\n\n"
        "Số trẻ là con thứ 3 trở lên là {v} trẻ, chiếm 14,8% tổng số trẻ sinh ra.",
    ],
)
def test_a_share_of_a_whole_named_and_stated_in_a_paragraph_before(text: str) -> None:
    value = "186.420" if "khách" in text else "368"
    wrong = "176.420" if "khách" in text else "398"
    assert run_rule("P101", text.format(v=value)) == []
    (found,) = run_rule("P101", text.format(v=wrong))
    assert wrong in found.message.en


@pytest.mark.parametrize(
    "text",
    [
        # the whole named is last year's in the paragraph before: not the base
        "Cùng kỳ năm trước, tổng lượt khách đạt 2.491.800 lượt.\n\n"
        "Khách quốc tế 176.420 lượt, chiếm 6,55% tổng lượt khách.",
        # a heading between: another section
        "Tổng lượt khách đạt 2.845.600 lượt.\n\n## 2. Lưu trú\n\n"
        "Khách quốc tế 176.420 lượt, chiếm 6,55% tổng lượt khách.",
        # two different figures of that name in the paragraph before
        "Tổng lượt khách quý I đạt 845.600 lượt, tổng lượt khách quý II đạt 912.300 lượt.\n\n"
        "Khách quốc tế 76.420 lượt, chiếm 6,55% tổng lượt khách.",
    ],
)
def test_a_whole_named_elsewhere_is_read_only_when_clear(text: str) -> None:
    assert run_rule("P101", text) == []


def test_a_pair_then_an_age_naming_who_is_counted() -> None:
    text = "Huy động 2.912/2.915 trẻ 5 tuổi ra lớp, đạt {p}%."
    assert run_rule("P101", text.format(p="99,90")) == []
    assert len(run_rule("P101", text.format(p="96,90"))) == 1


def test_a_plan_share_of_a_figure_after_cho() -> None:
    text = (
        "Năm 2023, toàn tỉnh giải quyết việc làm mới cho 18.650 lao động, đạt {p}% kế hoạch "
        "năm (kế hoạch 18.000 lao động)."
    )
    assert run_rule("P101", text.format(p="103,6")) == []
    assert len(run_rule("P101", text.format(p="108,6"))) == 1


def test_a_change_of_the_whole_named_is_not_the_whole() -> None:
    text = (
        "Tổng dư nợ đạt 6.815 tỷ đồng, tăng 668 tỷ đồng so với đầu năm. Nợ quá hạn 12,6 tỷ "
        "đồng, chiếm {p}% tổng dư nợ."
    )
    assert run_rule("P101", text.format(p="0,18")) == []
    (found,) = run_rule("P101", text.format(p="0,38"))
    assert "12,6 / 6.815" in found.message.en


def test_a_whole_compared_with_named_then_given_in_parentheses() -> None:
    text = "Huy động 1.856 trẻ nhà trẻ đến trường, đạt {p}% so với dân số độ tuổi (5.728 trẻ)."
    assert run_rule("P101", text.format(p="32,4")) == []
    assert len(run_rule("P101", text.format(p="38,4"))) == 1


def test_out_of_a_whole_of_people_counted_by_another_noun() -> None:
    text = "Tuyển sinh được {v} học sinh vào lớp 1 trong tổng số 2.851 trẻ 6 tuổi, đạt 99,82%."
    assert run_rule("P101", text.format(v="2.846")) == []
    assert len(run_rule("P101", text.format(v="2.546"))) == 1
    # households are not people: no reading
    assert run_rule("P101", "Hỗ trợ 2.546 hộ trong tổng số 2.851 người, đạt 99,82%.") == []


def test_the_whole_opening_the_sentence_the_share_closes() -> None:
    text = (
        "Cơ cấu giống: Trong tổng số 9.850 ha lúa, diện tích các giống chất lượng cao là "
        "6.420 ha, chiếm {p}%; lúa lai 1.150 ha."
    )
    assert run_rule("P101", text.format(p="65,2")) == []
    assert len(run_rule("P101", text.format(p="62,2"))) == 1
    # another figure of the measure between: which is the share of the whole?
    other = (
        "Trong tổng số 9.850 ha lúa, lúa lai 1.150 ha, giống chất lượng cao 6.420 ha, chiếm 62,2%."
    )
    assert run_rule("P101", other) == []


def test_a_whole_named_with_words_between_its_name() -> None:
    text = (
        "Tổng giá trị tài sản bị thiệt hại ước 6.450 triệu đồng; đã thu hồi {v} triệu đồng, "
        "chiếm 33,0% giá trị thiệt hại."
    )
    assert run_rule("P101", text.format(v="2.130")) == []
    assert len(run_rule("P101", text.format(v="2.730"))) == 1


def test_bang_a_share_of_a_whole_named_with_tong() -> None:
    text = (
        "Tổng chi ngân sách huyện: 565.000 triệu đồng.\n\n"
        "1. Chi thường xuyên: 432.880 triệu đồng.\n\n"
        "2. Dự phòng ngân sách: 9.850 triệu đồng, bằng {p}% tổng chi ngân sách huyện.\n"
    )
    assert run_rule("P101", text.format(p="1,7")) == []
    assert len(run_rule("P101", text.format(p="1,2"))) == 1
    # "bằng X% so với cùng kỳ" stays an index
    assert run_rule("P101", "Thu 9.850 triệu đồng, bằng 91,2% so với cùng kỳ.") == []


def test_pair_after_the_name_of_the_whole() -> None:
    # the name of the whole between the percentage and the pair it is computed from
    text = "Tỷ lệ trẻ em dưới 6 tuổi có thẻ bảo hiểm y tế đạt 97,8% số trẻ (8.415/8.604 trẻ)."
    assert run_rule("P101", text) == []
    found = run_rule("P101", text.replace("97,8", "92,8"))
    assert len(found) == 1 and "97,8%" in str(found[0].suggestion.en)
    # a change is no share of the pair after it
    assert run_rule("P101", "Doanh thu tăng 12,5% so với (1.250/1.000 tỷ đồng).") == []


def test_rate_of_a_change_over_the_value_said_aside() -> None:
    # the current value is in another sentence: the rate is the change over last year's
    text = (
        "Năm 2024 toàn tỉnh xảy ra 112 vụ tai nạn giao thông. So với cùng kỳ năm 2023 (128 vụ), "
        "số vụ tai nạn giảm 16 vụ, tương ứng giảm 12,5%."
    )
    assert run_rule("P101", text) == []
    found = run_rule("P101", text.replace("12,5%", "17,5%"))
    assert len(found) == 1 and found[0].notes[0].vi == "16 / 128 × 100 = 12,50% ≠ 17,5%"
    assert len(run_rule("P101", text.replace("(128", "(158"))) == 1
    # two figures said aside: which one is last year's is not clear
    two = text.replace("(128 vụ)", "(128 vụ, 30 người chết)").replace("16 vụ", "16 người")
    assert run_rule("P101", two.replace("12,5%", "17,5%")) == []


def test_bare_shares_of_a_listed_total() -> None:
    text = (
        "Về trình độ lý luận chính trị của 1.486 cán bộ, công chức cấp xã: cao cấp 212 người "
        "(14,3%), trung cấp 1.035 người (69,7%), sơ cấp 239 người (16,1%)."
    )
    assert run_rule("P101", text) == []
    found = run_rule("P101", text.replace("(69,7%)", "(64,7%)"))
    assert len(found) == 1 and "69,7%" in str(found[0].suggestion.en)
    # one bare percentage after a part may be its rate of a plan: not read as a share
    lone = "Tổng số 1.486 hồ sơ, gồm: trực tuyến 1.035 hồ sơ (95,0%), trực tiếp 451 hồ sơ."
    assert run_rule("P101", lone) == []


def test_share_of_a_whole_named_with_its_figure_in_parentheses() -> None:
    text = (
        "Bội chi ngân sách huyện: 24.600 triệu đồng, bằng 2,5% tổng thu ngân sách huyện được "
        "hưởng theo phân cấp (984.000 triệu đồng)."
    )
    assert run_rule("P101", text) == []
    assert len(run_rule("P101", text.replace("2,5%", "2,8%"))) == 1


def test_share_in_a_parenthesis_names_the_whole_before_its_parts() -> None:
    # "tổng vốn" names the whole, not the part whose name has "vốn" in it
    text = (
        "Cải tạo 9 chợ với tổng vốn 86,4 tỷ đồng; trong đó vốn ngân sách 31,2 tỷ đồng, vốn "
        "xã hội hóa 55,2 tỷ đồng (chiếm 63,9% tổng vốn)."
    )
    assert run_rule("P101", text) == []
    found = run_rule("P101", text.replace("63,9%", "68,9%"))
    assert len(found) == 1 and found[0].notes[0].vi == "55,2 / 86,4 × 100 = 63,89% ≠ 68,9%"


def test_rate_written_out_in_a_parenthesis() -> None:
    text = (
        "Tỷ lệ hộ sử dụng nước sạch đạt 86,2% (số hộ sử dụng nước sạch 12.480 hộ trên tổng số "
        "14.478 hộ)."
    )
    assert run_rule("P101", text) == []
    assert len(run_rule("P101", text.replace("86,2%", "81,2%"))) == 1
    # a change written with two values is no rate of them
    change = "Doanh thu tăng 12,5% (năm nay 1.125 tỷ đồng so với 1.000 tỷ đồng năm trước)."
    assert run_rule("P101", change.replace("12,5%", "17,5%")) == []


def test_ballots_are_counted() -> None:
    text = (
        "Số phiếu thu vào là 5.214 phiếu. Số phiếu hợp lệ là 5.167 phiếu, chiếm 99,10% số phiếu "
        "thu vào; số phiếu không hợp lệ là 47 phiếu."
    )
    assert run_rule("P101", text) == []
    assert len(run_rule("P101", text.replace("99,10%", "99,40%"))) == 1


def test_out_of_a_whole_after_a_longer_description() -> None:
    text = (
        "Đầu năm, toàn huyện có 2.846 hộ nghèo là người dân tộc thiểu số trên tổng số 11.684 hộ "
        "dân tộc thiểu số, chiếm 24,36%."
    )
    assert run_rule("P101", text) == []
    assert len(run_rule("P101", text.replace("11.684", "11.584"))) == 1


def test_a_whole_named_by_what_was_done_to_it() -> None:
    text = (
        "Trong năm tiếp nhận 74 vụ việc. Đã giải quyết 69/74 vụ việc, đạt 93,2%. Kết quả: khiếu "
        "nại đúng 09 vụ việc, đúng một phần 14 vụ việc, sai 46 vụ việc. Như vậy, số vụ việc "
        "khiếu nại đúng và đúng một phần là 23 vụ việc, chiếm {p}% số vụ việc đã giải quyết."
    )
    assert run_rule("P101", text.format(p="33,3")) == []
    (found,) = run_rule("P101", text.format(p="38,3"))
    assert "23 / 69" in found.notes[0].en
