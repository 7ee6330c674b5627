"""Heading labels, their families and sequences; enumerations and their stated counts."""

from __future__ import annotations

from lint.numbers.scan import extract
from lint.read import read_document
from lint.read.labels import roman_value
from lint.relations.numbering import Numbering, find_numbering


def numbering(text: str, path: str = "report.md") -> Numbering:
    document = read_document(path, text.encode("utf-8"))
    return find_numbering(document, extract(document))


def test_roman_values() -> None:
    assert [roman_value(t) for t in ("I", "IV", "IX", "XIV", "Q")] == [1, 4, 9, 14, None]


def test_label_families_and_ranks() -> None:
    found = numbering(
        "# Phần II\n\n## III. KINH TẾ\n\n### 2.1. Nông nghiệp\n\nb) Chăn nuôi.\n\n# Phần thứ ba\n"
    )
    assert [(label.family, label.rank, label.value, label.prefix) for label in found.labels] == [
        ("part:phần", 0, 2, ()),
        ("roman", 1, 3, ()),
        ("arabic", 4, 1, (2,)),
        ("letter", 9, 2, ()),
        ("part:phần", 0, 3, ()),
    ]


def test_wrapped_figure_is_not_a_label() -> None:
    found = numbering(
        "1. Về kinh tế.\n2. Vốn đầu tư 14.3\n28. 640 triệu đồng.\n3. Xã hội.\n", "r.txt"
    )
    assert [label.text for label in found.labels] == ["1.", "2.", "3."]
    assert found.problems == []
    figure = numbering("1. Về kinh tế.\n\n1.5 triệu đồng được hỗ trợ.\n\n2. Về xã hội.\n")
    assert [label.text for label in figure.labels] == ["1.", "2."]


def test_enumerations_across_blocks() -> None:
    found = numbering("Gồm: (1) A;\n(2) B; (3) C (5) D.\n\nSau đó: (1) X; (2) Y.\n", "r.txt")
    assert [e.numbers for e in found.enumerations] == [[1, 2, 3, 5], [1, 2]]
    (problem,) = found.enumeration_problems
    assert problem.kind == "gap" and problem.missing == (4,)


def test_stated_count() -> None:
    found = numbering("Thực hiện 3 nhiệm vụ gồm: (1) A; (2) B; (3) C.")
    (stated,) = found.stated_counts
    assert stated.expected == 3 and stated.how == "count"
