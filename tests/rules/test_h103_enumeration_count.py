from __future__ import annotations

from pathlib import Path

from tests.conftest import run_rule


def test_stated_count_differs_from_items() -> None:
    text = "Tập trung thực hiện 3 nhiệm vụ trọng tâm gồm: (1) Thu ngân sách; (2) Giải ngân vốn."
    found = run_rule("H103", text)
    assert len(found) == 1
    assert "2 items" in found[0].message.en and "3" in found[0].message.en


def test_matching_count_passes() -> None:
    text = "Tập trung thực hiện 2 nhiệm vụ trọng tâm gồm: (1) Thu ngân sách; (2) Giải ngân vốn."
    assert run_rule("H103", text) == []


def test_done_and_remaining_of_a_pair() -> None:
    text = (
        "- Thị trấn đạt 5/9 tiêu chí đô thị văn minh.\n"
        "- Các tiêu chí đã đạt gồm: (1) An ninh; (2) Thông tin; (3) Việc làm; (4) Y tế.\n"
        "- Các tiêu chí chưa đạt gồm: (1) Quy hoạch; (2) Giao thông; (3) Môi trường; "
        "(4) Văn hóa.\n"
    )
    found = run_rule("H103", text)
    assert len(found) == 1  # 4 items where 5 are done; 9 − 5 = 4 remaining is consistent
    assert "5/9" in text[found[0].related[0].span.start : found[0].related[0].span.end]


def test_count_far_from_the_enumeration_is_not_used() -> None:
    text = (
        "Nhiều chỉ tiêu vượt (có 7 chỉ tiêu đạt và vượt kế hoạch), nổi bật là: (1) An ninh; "
        "(2) Kinh tế."
    )
    assert run_rule("H103", text) == []


def test_corpus_counts_are_consistent(corpus: Path) -> None:
    text = (corpus / "kim-tan-2023-h1.txt").read_text(encoding="utf-8")
    # "đạt 5/9 tiêu chí": five criteria met, and "(1) (2) (3) (5)" are four not met (9 − 5)
    assert run_rule("H103", text, "kim-tan-2023-h1.txt") == []
