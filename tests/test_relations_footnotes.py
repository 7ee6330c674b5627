"""Footnote references, definitions and superscripts that are figures."""

from __future__ import annotations

from lint.numbers.scan import extract
from lint.read import read_document
from lint.relations.footnotes import Footnotes, find_footnotes


def footnotes(text: str) -> Footnotes:
    document = read_document("report.md", text.encode("utf-8"))
    return find_footnotes(document, extract(document))


def test_marks_definitions_and_problems() -> None:
    found = footnotes(
        "Thu 150 tỷ đồng<sup>1</sup>, chi 90 tỷ đồng<sup>3</sup>, vay<sup>1</sup>.\n\n"
        "<sup>1</sup> Thu thuế.\n\n<sup>2</sup> Chi.\n\n<sup>2</sup> Chi lại.\n"
    )
    assert [m.number for m in found.marks] == [1, 3, 1]
    assert [m.number for m in found.missing] == [3]
    assert [b.footnote for b in found.unreferenced] == [2]
    assert list(found.duplicates) == [2]
    assert [(p.mark.number, p.expected, p.first is not None) for p in found.order] == [
        (3, 2, False),
        (1, 4, True),
    ]


def test_superscript_that_is_a_count() -> None:
    found = footnotes(
        "Đã giải quyết 88/98 hồ sơ<sup>1</sup>, đang thụ lý<sup>10</sup> hồ sơ.\n\n"
        "<sup>1</sup> Cấp mới.\n"
    )
    (content,) = found.content
    assert content.mark.number == 10 and content.noun == "hồ sơ"
    assert content.breaks_sequence and content.pair is not None
    assert [m.number for m in found.marks] == [1]
    assert found.order == [] and found.missing == []


def test_in_sequence_superscript_before_a_verb_is_a_mark() -> None:
    found = footnotes("Các công trình<sup>1</sup> phục vụ Tết.\n\n<sup>1</sup> Trồng cây.\n")
    assert found.content == [] and [m.number for m in found.marks] == [1]


def test_numbering_restarting_per_page_is_not_reuse() -> None:
    found = footnotes(
        "Thu 150 tỷ đồng<sup>1</sup>, chi 90 tỷ đồng<sup>2</sup>.\n\n"
        "<sup>1</sup> Thu thuế.\n\n<sup>2</sup> Chi.\n\n---\n\n"
        "Vay 10 tỷ đồng<sup>1</sup>.\n\n<sup>1</sup> Vay ưu đãi.\n"
    )
    assert found.restarts
    assert found.order == [] and found.duplicates == {} and found.missing == []
