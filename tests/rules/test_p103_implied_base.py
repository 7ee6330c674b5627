from __future__ import annotations

from pathlib import Path

from tests.conftest import run_rule

GROWTH = (
    "Tổng giá trị 300 tỷ đồng, tăng {g}% so với cùng kỳ. Trong đó: nông nghiệp 100 tỷ đồng, "
    "tăng 10% so với cùng kỳ; dịch vụ 200 tỷ đồng, tăng 8% so với cùng kỳ."
)
PLAN = (
    "Tổng giá trị 300 tỷ đồng, đạt {p}% kế hoạch. Trong đó: nông nghiệp 100 tỷ đồng, "
    "đạt 50% kế hoạch; dịch vụ 200 tỷ đồng, đạt 40% kế hoạch."
)


def test_total_growth_outside_what_parts_allow() -> None:
    text = GROWTH.format(g="2")
    found = run_rule("P103", text)
    assert len(found) == 1
    assert text[found[0].span.start : found[0].span.end] == "2"
    assert run_rule("P103", GROWTH.format(g="8,7")) == []


def test_total_plan_share_outside_what_parts_allow() -> None:
    # plans 200 + 500 = 700: the total is at 42,9 % of plan
    assert run_rule("P103", PLAN.format(p="42,9")) == []
    found = run_rule("P103", PLAN.format(p="52,9"))
    assert len(found) == 1
    assert "42,1% … 44,1%" in found[0].message.vi


def test_conclusion_flip_is_said() -> None:
    text = (
        "Tổng giá trị 300 tỷ đồng, tăng 5% so với cùng kỳ. Trong đó: nông nghiệp 100 tỷ đồng, "
        "giảm 10% so với cùng kỳ; dịch vụ 200 tỷ đồng, giảm 8% so với cùng kỳ."
    )
    found = run_rule("P103", text)
    assert len(found) == 1
    assert any("fall, not a rise" in note.en for note in found[0].notes)


def test_parts_not_adding_up_are_not_used() -> None:
    text = GROWTH.format(g="2").replace("200 tỷ đồng, tăng 8%", "150 tỷ đồng, tăng 8%")
    assert run_rule("P103", text) == []


def test_corpus_finds_the_income_growth(corpus: Path) -> None:
    text = (corpus / "kim-tan-2023-h1.txt").read_text(encoding="utf-8")
    found = run_rule("P103", text, "kim-tan-2023-h1.txt")
    assert [text[d.span.start : d.span.end] for d in found] == ["2,3"]
    kien_tuong = (corpus / "kien-tuong-2020-h1.md").read_text(encoding="utf-8")
    assert run_rule("P103", kien_tuong, "kien-tuong-2020-h1.md") == []


def test_the_parts_growth_against_the_period_of_the_total() -> None:
    text = (
        "Sản lượng thủy sản 9 tháng ước đạt 45.680 tấn, tăng 4,2% so với cùng kỳ năm trước, "
        "trong đó sản lượng khai thác 28.450 tấn, tăng 2,8%; sản lượng nuôi trồng 17.230 tấn, "
        "tăng {g}%.\n"
    )
    assert run_rule("P103", text.format(g="6,6")) == []
    (found,) = run_rule("P103", text.format(g="8,6"))
    assert "4,9%" in found.message.en
    # a part's "tăng x%" without a total's growth before "trong đó" states no comparison
    alone = text.replace(", tăng 4,2% so với cùng kỳ năm trước", "")
    assert run_rule("P103", alone.format(g="8,6")) == []
