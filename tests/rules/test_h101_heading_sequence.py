from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_rule


def spans(text: str, code: str, path: str = "report.md") -> list[str]:
    return [text[d.span.start : d.span.end] for d in run_rule(code, text, path)]


def test_gap_in_arabic_headings_is_flagged() -> None:
    text = "## I. KINH TẾ\n\n### 1. Nông nghiệp\n\n### 2. Tài chính\n\n### 4. Xây dựng\n"
    assert spans(text, "H101") == ["4."]


def test_numbering_restarts_under_a_new_parent() -> None:
    text = (
        "# Phần I\n\n## I. KINH TẾ\n\n### 1. Nông nghiệp\n\na) Trồng trọt\n\nb) Chăn nuôi\n\n"
        "### 2. Tài chính\n\na) Thu\n\n## II. XÃ HỘI\n\n### 1. Giáo dục\n\n# Phần II\n\n"
        "## I. ĐÁNH GIÁ\n"
    )
    assert spans(text, "H101") == []


def test_duplicate_and_backwards_labels() -> None:
    text = "## I. KINH TẾ\n\n### 1. A\n\n### 2. B\n\n### 2. C\n\n### 1. D\n"
    found = run_rule("H101", text)
    assert len(found) == 2
    assert found[0].message.en.startswith("Heading “2.” repeats")
    assert "“1.” follows “2.”" in found[1].message.en


def test_letters_follow_the_vietnamese_alphabet() -> None:
    def items(letters: str) -> str:
        return "### 1. A\n\n" + "".join(f"{letter}) Nội dung.\n\n" for letter in letters)

    assert spans(items("abcdđeg"), "H101") == []
    assert spans(items("abd"), "H101") == ["d)"]
    # "d) e)" without đ is common and accepted
    assert spans(items("abcde"), "H101") == []


def test_dotted_levels_in_pdf_text() -> None:
    text = (
        "I. KẾT QUẢ\n1. Về kinh tế.\n1.1. Thương mại\n1.3. Nông nghiệp\n2. Về xã hội\n2.1. Y tế\n"
    )
    assert spans(text, "H101", "report.txt") == ["1.3."]


def test_table_captions_are_not_a_heading_sequence() -> None:
    text = "### 1. Biểu một\n\n| | A |\n|---|---:|\n| x | 1 |\n\n### 16. Biểu khác\n\n| | A |\n|---|---:|\n| x | 1 |\n"
    assert spans(text, "H101") == []


@pytest.mark.parametrize(
    "name",
    [
        "kien-tuong-2020-h1.md",
        "kim-tan-2023-h1.txt",
        "gso-bieu-so-lieu-6-thang-2024.md",
        "gso-bieu-so-lieu-nam-2024.md",
        "gso-bieu-nong-nghiep-6-thang-2024.md",
    ],
)
def test_corpus_has_no_finding(corpus: Path, name: str) -> None:
    text = (corpus / name).read_text(encoding="utf-8")
    assert run_rule("H101", text, name) == []


def test_a_section_heading_above_its_table_stays_in_the_sequence() -> None:
    # "## 2." is also read as the caption of the table under it; without it 1. → 3. is a gap
    text = (
        "## 1. Kế hoạch vốn\n\nNội dung.\n\n## 2. Kết quả giải ngân\n\n"
        "| TT | Chủ đầu tư | Kế hoạch |\n|---|---|---|\n| 1 | Ban A | 645,2 |\n"
        "| 2 | Sở B | 312,4 |\n|  | **Tổng cộng** | **957,6** |\n\n## {n}. Nguyên nhân\n"
    )
    assert run_rule("H101", text.format(n="3"), "bao-cao.md") == []
    assert len(run_rule("H101", text.format(n="4"), "bao-cao.md")) == 1


@pytest.mark.parametrize("section", ["1", "4"])
def test_numbered_list_under_a_numbered_heading(section: str) -> None:
    text = (
        "### {s}. Giải pháp tổ chức thực hiện\n\n1. Công bố công khai kế hoạch;\n"
        "2. Tăng cường kiểm tra, giám sát;\n{n}. Xử lý nghiêm các vi phạm.\n"
    )
    assert run_rule("H101", text.format(s=section, n="3"), "ke-hoach.md") == []
    # the list's own numbering is still checked
    assert len(run_rule("H101", text.format(s=section, n="4"), "ke-hoach.md")) == 1
