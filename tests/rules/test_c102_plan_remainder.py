from __future__ import annotations

import random
from fractions import Fraction
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.numbers.format import format_vi, round_half_up
from tests.conftest import run_rule

RESULTS = "I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM\n\n"
TASKS = "\n\nII. NHIỆM VỤ CÒN LẠI 6 THÁNG CUỐI NĂM\n\n"


def report(results: str, tasks: str) -> str:
    return f"# {RESULTS}{results}\n\n# {TASKS.strip()}\n\n{tasks}\n"


def test_remainder_that_does_not_give_the_stated_share_is_flagged() -> None:
    found = run_rule("C102", report("Đàn trâu 183 con, đạt 93%.", "(5) Đàn trâu tăng 17 con."))
    assert len(found) == 1
    assert "91,5" in found[0].message.vi
    assert "200" in found[0].message.vi
    assert len(found[0].related) == 2


def test_consistent_remainders_are_silent() -> None:
    results = (
        "Đàn bò 203 con, đạt 81,2% kế hoạch; đàn ong 1.351 đàn, đạt 90% kế hoạch. "
        "Đến nay đã tích tụ được 2,5 ha, đạt 62,5% so với kế hoạch."
    )
    tasks = "(1) Đàn bò 47 con; Đàn ong 149 đàn.\n\n(2) Tích tụ tập trung đất đai 1,5 ha."
    assert run_rule("C102", report(results, tasks)) == []


def test_truncated_share_is_accepted() -> None:
    # 36.929 / 43.845 = 84,226…%: printed truncated as 84,22 (rounding would give 84,23)
    results = "Số người khai báo y tế đạt 36.929 người, đạt 84,22% kế hoạch."
    assert run_rule("C102", report(results, "(3) Số người khai báo y tế tăng 6.916 người.")) == []
    assert (
        len(run_rule("C102", report(results, "(3) Số người khai báo y tế tăng 6.616 người."))) == 1
    )


def test_longer_task_words_must_appear_in_the_results_paragraph() -> None:
    results = (
        "Đẩy mạnh tích tụ tập trung đất đai để sản xuất quy mô lớn, đến nay đã tích tụ được "
        "2,5 ha, đạt 50% so với kế hoạch."
    )
    found = run_rule("C102", report(results, "(2) Tích tụ tập trung đất đai 1,5 ha."))
    assert len(found) == 1  # 2,5 / 4 = 62,5%, not 50%
    # "sản lượng" … "sản lượng thịt hơi": the results never speak of meat, no relation
    results = "Gieo trồng 383 ha; sản lượng ước đạt 2.056 tấn, đạt 70% kế hoạch."
    assert run_rule("C102", report(results, "(3) Sản lượng thịt hơi 300 tấn.")) == []


def test_change_on_last_year_in_the_tasks_is_not_a_remainder() -> None:
    text = report("Đàn trâu 183 con, đạt 93%.", "(5) Đàn trâu tăng 17 con so với cùng kỳ.")
    assert run_rule("C102", text) == []


def test_amounts_in_different_scales_are_added_exactly() -> None:
    results = "Tổng thu NSNN ước đến ngày 10/6/2023 là 6.291 triệu đồng, đạt 23,7% kế hoạch."
    assert run_rule("C102", report(results, "(8) Thu ngân sách nhà nước đạt 20,22 tỷ đồng.")) == []
    found = run_rule("C102", report(results, "(8) Thu ngân sách nhà nước đạt 30,22 tỷ đồng."))
    assert len(found) == 1


def test_share_compared_with_last_year_is_not_a_plan_share() -> None:
    results = "Đàn trâu 183 con, đạt 93% so với cùng kỳ."
    assert run_rule("C102", report(results, "(5) Đàn trâu tăng 17 con.")) == []


def test_same_words_outside_the_tasks_section_are_not_a_remainder() -> None:
    text = "Đàn trâu 183 con, đạt 93%. Đàn trâu tăng 17 con so với cuối năm trước."
    assert run_rule("C102", text) == []


def test_tasks_that_may_be_whole_year_targets_are_not_remainders() -> None:
    results = "# I. KẾT QUẢ\n\nĐàn trâu 183 con, đạt 93% kế hoạch.\n\n"
    # a tasks section that does not say "còn lại": "Đàn trâu 200 con" may be the year's plan
    text = results + "# II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM\n\nĐàn trâu 205 con.\n"
    assert run_rule("C102", text) == []
    # an increase is a remainder even there
    text = results + "# II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM\n\nĐàn trâu tăng 17 con.\n"
    assert len(run_rule("C102", text)) == 1
    # a whole-year target is not, even under "còn lại"
    text = results + "# II. NHIỆM VỤ CÒN LẠI\n\nPhấn đấu cả năm đàn trâu đạt 205 con.\n"
    assert run_rule("C102", text) == []


def test_task_figure_that_fits_as_the_plan_itself_is_silent() -> None:
    # 183 / 197 = 92,9%: the "remaining" 197 reads as the year's plan; no finding
    assert run_rule("C102", report("Đàn trâu 183 con, đạt 93%.", "(5) Đàn trâu 197 con.")) == []


def test_ambiguous_key_match_is_skipped() -> None:
    # two remaining tasks for the same herd: no unique match, no finding
    tasks = "(1) Đàn trâu tăng 17 con.\n\n(4) Đàn trâu tăng 20 con."
    assert run_rule("C102", report("Đàn trâu 183 con, đạt 93% kế hoạch.", tasks)) == []
    assert len(run_rule("C102", report("Đàn trâu 183 con, đạt 93% kế hoạch.", tasks[:25]))) == 1


def test_corpus_finds_only_the_buffalo(corpus: Path) -> None:
    text = (corpus / "kim-tan-2023-h1.txt").read_text(encoding="utf-8")
    found = run_rule("C102", text, "kim-tan-2023-h1.txt")
    assert [text[d.span.start : d.span.end] for d in found] == ["93"]
    for name in ("kien-tuong-2020-h1.md", *sorted(p.name for p in corpus.glob("gso-*.md"))):
        other = (corpus / name).read_text(encoding="utf-8")
        assert run_rule("C102", other, name) == [], name


def herd_report(done: str, percent: str, rest: str) -> str:
    return report(f"Đàn bò {done} con, đạt {percent}% kế hoạch.", f"(2) Đàn bò tăng {rest} con.")


@settings(max_examples=80, deadline=None)
@given(
    plan=st.integers(min_value=20, max_value=20000),
    share=st.fractions(min_value=Fraction(1, 10), max_value=Fraction(99, 100)),
    places=st.integers(min_value=0, max_value=2),
    truncate=st.booleans(),
)
def test_consistent_generated_statements_are_silent(
    plan: int, share: Fraction, places: int, truncate: bool
) -> None:
    done = max(1, min(plan - 1, int(plan * share)))
    exact = Fraction(done * 100, plan)
    factor = 10**places
    printed = Fraction(int(exact * factor), factor) if truncate else round_half_up(exact, places)
    text = herd_report(format_vi(done), format_vi(printed, places), format_vi(plan - done))
    assert run_rule("C102", text) == [], text


@settings(max_examples=80, deadline=None)
@given(
    plan=st.integers(min_value=20, max_value=5000),
    share=st.fractions(min_value=Fraction(1, 5), max_value=Fraction(99, 100)),
    which=st.integers(min_value=0, max_value=2),
    position=st.integers(min_value=0, max_value=4),
    digit=st.integers(min_value=0, max_value=9),
)
def test_one_digit_changed_is_caught_exactly_when_the_arithmetic_breaks(
    plan: int, share: Fraction, which: int, position: int, digit: int
) -> None:
    done = max(1, min(plan - 1, int(plan * share)))
    percent = round_half_up(Fraction(done * 100, plan), 1)
    printed = [str(done), format_vi(percent, 1), str(plan - done)]
    target = printed[which]
    digits = [i for i, c in enumerate(target) if c.isdigit()]
    index = digits[min(position, len(digits) - 1)]
    changed = target[:index] + str(digit) + target[index + 1 :]
    if changed == target or (index == digits[0] and digit == 0):
        return
    printed[which] = changed
    a, r = int(printed[0]), int(printed[2])
    p = Fraction(int(printed[1].replace(",", "")), 10)
    low, high = p - Fraction(1, 20), p + Fraction(1, 10)  # rounded or truncated
    as_remainder = low <= Fraction(a * 100, a + r) <= high if a + r else True
    as_plan = low <= Fraction(a * 100, r) <= high if r else True
    found = run_rule("C102", herd_report(*printed))
    assert len(found) == (0 if as_remainder or as_plan else 1), printed


def test_localisation_rate_for_single_digit_slips() -> None:
    """Measured: most single-digit slips are caught and the slip is named in over half."""
    rnd = random.Random(11)
    caught = named = total = 0
    for _ in range(100):
        plan = rnd.randint(20, 5000)
        done = rnd.randint(plan // 5, plan - 1)
        printed = [str(done), format_vi(round_half_up(Fraction(done * 100, plan), 1), 1)]
        printed.append(str(plan - done))
        which = rnd.randrange(3)
        target = printed[which]
        digits = [i for i, c in enumerate(target) if c.isdigit()]
        index = rnd.choice(digits)
        new = rnd.choice([d for d in "0123456789" if d != target[index]])
        if index == digits[0] and new == "0":
            continue
        original = printed[which]
        printed[which] = target[:index] + new + target[index + 1 :]
        total += 1
        found = run_rule("C102", herd_report(*printed))
        if found:
            caught += 1
            suggestion = found[0].suggestion
            named += suggestion is not None and f"là {original}" in suggestion.vi
    assert caught >= 0.7 * total
    assert named >= 0.45 * caught


def test_says_when_the_error_flips_the_conclusion() -> None:
    (found,) = run_rule(
        "C102", report("Đàn bò 203 con, đạt 101% kế hoạch.", "(5) Đàn bò tăng 47 con.")
    )
    assert any("flips the conclusion" in note.en for note in found.notes)
    (found,) = run_rule("C102", report("Đàn trâu 183 con, đạt 93%.", "(5) Đàn trâu tăng 17 con."))
    assert not any("flips" in note.en for note in found.notes)


def test_an_increase_planned_for_the_next_quarter_is_not_the_remainder() -> None:
    text = "# I. KẾT QUẢ QUÝ I\n\nĐàn trâu 183 con, đạt 93% kế hoạch.\n\n# II. NHIỆM VỤ QUÝ II\n\nĐàn trâu tăng 17 con.\n"
    assert run_rule("C102", text) == []
