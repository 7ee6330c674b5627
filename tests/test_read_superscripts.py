"""Footnote marks typed as superscripts: Unicode digits glued to figures, hand-typed notes."""

from __future__ import annotations

from lint.document import BlockKind
from lint.engine import check_document
from lint.read import read_document
from lint.ruleset import all_rules
from tests.conftest import quantities
from tests.docx_builder import DocxBuilder, Sup

TEXT = (
    "Tổng thu ngân sách đạt 350.195 tỷ đồng¹, tăng 5,2%; chi 87.293,9² tỷ đồng.\n\n"
    "Diện tích nhà ở 1.250 m², bể chứa 40 m³, đất 12 km².\n\n"
    "¹ Số liệu ước tính.\n\n"
    "² Chưa gồm chi chuyển nguồn.\n"
)


def test_superscript_digits_glued_to_figures_are_footnote_marks() -> None:
    found = {q.text: (q.kind.value, q.unit) for q in quantities(TEXT)}
    assert found["350.195 tỷ đồng"] == ("amount", "đồng")
    assert found["87.293,9 tỷ đồng"] == ("amount", "đồng")
    document = read_document("r.md", TEXT.encode())
    refs = document.blocks[0].footnote_refs
    assert [(ref.number, TEXT[ref.span.start : ref.span.end]) for ref in refs] == [
        (1, "¹"),
        (2, "²"),
    ]


def test_exponents_after_length_units_stay() -> None:
    found = {q.text: q.unit for q in quantities(TEXT)}
    assert found == found | {"1.250 m²": "m²", "40 m³": "m³", "12 km²": "km²"}
    assert read_document("r.md", TEXT.encode()).blocks[1].footnote_refs == []


def test_paragraph_opened_by_a_superscript_number_is_its_footnote() -> None:
    document = read_document("r.md", TEXT.encode())
    notes = [(b.kind, b.footnote, b.text) for b in document.blocks[2:]]
    assert notes == [
        (BlockKind.FOOTNOTE, 1, "Số liệu ước tính."),
        (BlockKind.FOOTNOTE, 2, "Chưa gồm chi chuyển nguồn."),
    ]
    assert check_document(document, list(all_rules())) == []
    for path in ("r.txt",):  # plain text too
        assert check_document(read_document(path, TEXT.encode()), list(all_rules())) == []


def test_word_footnotes_typed_by_hand_are_read_as_footnotes() -> None:
    builder = DocxBuilder()
    builder.paragraph(
        "Tổng thu ngân sách 350 tỷ đồng", Sup("1"), ", chi 120 tỷ đồng", Sup("2"), "."
    )
    builder.paragraph("Diện tích nhà ở 1.250 m", Sup("2"), ".")
    builder.paragraph(Sup("1"), " Số liệu ước tính.")
    builder.paragraph(Sup("2"), "Chưa gồm chi chuyển nguồn.")
    document = read_document("du-thao.docx", builder.to_bytes())
    blocks = [(b.kind, b.footnote, b.text) for b in document.blocks]
    assert blocks[1:] == [
        (BlockKind.PARAGRAPH, None, "Diện tích nhà ở 1.250 m²."),
        (BlockKind.FOOTNOTE, 1, "Số liệu ước tính."),
        (BlockKind.FOOTNOTE, 2, "Chưa gồm chi chuyển nguồn."),
    ]
    assert [ref.number for ref in document.blocks[0].footnote_refs] == [1, 2]
    assert check_document(document, list(all_rules())) == []  # no F101/F103 on every note


def test_superscripts_that_are_not_marks() -> None:
    # a superscript inside a word, or standing apart from the text before it, is not a mark
    document = read_document("r.md", "Công thức x²y có chỉ số ¹² riêng.\n".encode())
    assert document.blocks[0].footnote_refs == []
    assert document.blocks[0].text == "Công thức x²y có chỉ số ¹² riêng."
