"""The outline: the tree of parts of legal documents and reports in every input format, numbering
judged among siblings, and breakdowns checked along the tree."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.cli import main
from lint.diagnostics import Diagnostic
from lint.document import Document
from lint.engine import check_text
from lint.numbers.format import format_vi
from lint.outline import OutlineNode
from lint.read import read_document
from lint.read.labels import find_label, item_label
from lint.ruleset import all_rules
from tests.docx_builder import DocxBuilder

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

LEGAL = """**NGHỊ QUYẾT**

**Chương I. QUY ĐỊNH CHUNG**

**Điều 1. Phạm vi điều chỉnh**

1. Nghị quyết này quy định mức chi hỗ trợ.

2. Đối tượng áp dụng gồm:

a) Cơ quan nhà nước;

b) Đơn vị sự nghiệp công lập:

- Đơn vị tự bảo đảm chi thường xuyên;

- Đơn vị do ngân sách bảo đảm chi thường xuyên.

c) Tổ chức, cá nhân có liên quan.

**Điều 2. Nguyên tắc hỗ trợ**

1. Hỗ trợ đúng đối tượng.

Việc hỗ trợ được thực hiện công khai.

2. Không hỗ trợ trùng lặp.

**Chương II. MỨC HỖ TRỢ**

**Điều 3. Mức chi**

1. Mức chi tối đa 5 triệu đồng một người.

2. Mức chi cho tập thể 20 triệu đồng.
"""


def shape(node: OutlineNode) -> list[object]:
    """The tree as nested (label, [children]) lists, for comparisons."""
    return [
        (child.label_text.strip(), shape(child)) if child.children else child.label_text.strip()
        for child in node.children
    ]


def document(text: str, path: str = "nq.md") -> Document:
    return read_document(path, text.encode("utf-8"))


def rules(*codes: str) -> list:  # type: ignore[type-arg]
    return [rule for rule in all_rules() if rule.code in codes]


def findings(text: str, path: str = "nq.md", codes: tuple[str, ...] = ()) -> list[Diagnostic]:
    chosen = rules(*codes) if codes else list(all_rules())
    return check_text(text, chosen, path)


LEGAL_SHAPE = [
    (
        "NGHỊ QUYẾT",
        [
            (
                "Chương I.",
                [
                    (
                        "Điều 1.",
                        [
                            "1.",
                            ("2.", ["a)", ("b)", ["-", "-"]), "c)"]),
                        ],
                    ),
                    ("Điều 2.", ["1.", "2."]),
                ],
            ),
            ("Chương II.", [("Điều 3.", ["1.", "2."])]),
        ],
    )
]


# -- labels ------------------------------------------------------------------------------------


def test_tokenised_labels_read_as_ordinary_ones() -> None:
    assert find_label("1 . Tình_hình") == ("1 .", 3)
    assert find_label("a ) Phấn_đấu") == ("a )", 3)
    assert find_label("( 2 ) xác_định") == ("( 2 )", 5)
    assert find_label("Điều 12. Hiệu lực") == ("Điều 12.", 8)
    assert find_label("Điều này quy định") is None
    first = item_label("Thứ hai , đẩy_mạnh công_tác")
    assert first is not None and (first.kind, first.value) == ("thứ", 2)
    second = item_label("Hai là, tăng cường kiểm tra")
    assert second is not None and (second.kind, second.value) == ("là", 2)
    assert item_label("1.5 triệu đồng được hỗ trợ") is None


# -- the tree in every format ------------------------------------------------------------------


def _md_paragraphs_to_text(text: str) -> str:
    return text.replace("**", "")


def test_legal_document_in_markdown() -> None:
    outline = document(LEGAL).outline
    root_text = shape(outline.root)
    # the Markdown has no heading marks: "NGHỊ QUYẾT" is a paragraph before the parts
    assert root_text == LEGAL_SHAPE[0][1]  # type: ignore[index]
    # an unlabelled paragraph continues the item before it
    (article_2,) = [n for n in outline.nodes() if n.label_text == "Điều 2."]
    first = article_2.children[0]
    assert [b.text for b in first.blocks][1] == "Việc hỗ trợ được thực hiện công khai."
    assert outline.parent_of(first.blocks[1]) is first
    assert outline.parent_of(first.blocks[0]) is article_2


def test_legal_document_in_plain_text() -> None:
    outline = document(_md_paragraphs_to_text(LEGAL), "nq.txt").outline
    assert shape(outline.root) == LEGAL_SHAPE[0][1]  # type: ignore[index]


def test_legal_document_in_word() -> None:
    builder = DocxBuilder()
    for line in LEGAL.replace("**", "").strip().split("\n\n"):
        if line.startswith(("Chương", "Điều")):
            builder.heading(line, 1 if line.startswith("Chương") else 2)
        else:
            builder.paragraph(line)
    path = "nq.docx"
    data = _docx_bytes(builder)
    outline = read_document(path, data).outline
    assert shape(outline.root) == LEGAL_SHAPE[0][1]  # type: ignore[index]


def _docx_bytes(builder: DocxBuilder) -> bytes:
    return builder.to_bytes()


def test_word_list_levels_and_heading_styles() -> None:
    builder = DocxBuilder()
    numbered = builder.new_list(("decimal", "%1."), ("lowerLetter", "%2)"))
    bullets = builder.new_list(("bullet", "-"), ("bullet", "+"))
    builder.heading("Tình hình kinh tế", 1)
    builder.item(numbered, "Nông nghiệp")
    builder.item(numbered, "Trồng trọt", level=1)
    builder.item(bullets, "Lúa", level=0)
    builder.item(bullets, "Lúa Đông xuân", level=1)
    builder.item(numbered, "Chăn nuôi", level=1)
    builder.item(numbered, "Công nghiệp")
    builder.heading("Văn hóa - xã hội", 1)
    builder.heading("Giáo dục", 2)
    builder.paragraph("Năm học kết thúc an toàn.")
    outline = read_document("bc.docx", _docx_bytes(builder)).outline
    assert shape(outline.root) == [
        ("", [("1.", [("a)", [("-", ["+"])]), "b)"]), "2."]),
        ("", [""]),
    ]
    (education,) = [n for n in outline.nodes() if n.text == "Giáo dục"]
    assert education.parent is not None and education.parent.text == "Văn hóa - xã hội"


REPORT = """# BÁO CÁO

## Phần I

### TÌNH HÌNH KINH TẾ - XÃ HỘI

#### I. LĨNH VỰC KINH TẾ

##### 1. Nông nghiệp

Giá trị sản xuất đạt 1.200 tỷ đồng.

- Trồng trọt đạt 700 tỷ đồng.

- Chăn nuôi đạt 500 tỷ đồng.

##### 2. Công nghiệp

1.1. Công nghiệp chế biến.

1.2. Công nghiệp khai khoáng.

a) Khai thác cát;

b) Khai thác đá:

+ Đá xây dựng;

+ Đá ốp lát.

(1) Lưu ý thứ nhất;

(2) Lưu ý thứ hai.

## Phần II

Thứ nhất, tăng cường quản lý.

Thứ hai, đẩy mạnh cải cách.
"""


def test_report_shapes_in_markdown() -> None:
    outline = document(REPORT, "bc.md").outline
    assert shape(outline.root) == [
        (
            "",
            [
                (
                    "Phần I",
                    [
                        (
                            "I.",
                            [
                                ("1.", ["-", "-"]),
                                (
                                    "2.",
                                    [
                                        "1.1.",
                                        ("1.2.", ["a)", ("b)", ["+", ("+", ["(1)", "(2)"])])]),
                                    ],
                                ),
                            ],
                        )
                    ],
                ),
                ("Phần II", ["Thứ nhất", "Thứ hai"]),
            ],
        )
    ]
    (phan_1,) = [n for n in outline.nodes() if n.label_text == "Phần I"]
    assert phan_1.text == "TÌNH HÌNH KINH TẾ - XÃ HỘI"  # the title of a label on its own


def test_report_paren_items_nest_inside() -> None:
    outline = document(REPORT, "bc.md").outline
    (stone,) = [n for n in outline.nodes() if n.label_text == "b)"]
    # "(1)" "(2)" after the "+" items: a new kind, nested inside the last item
    plus = stone.children[-1]
    assert [c.label_text for c in plus.children] == ["(1)", "(2)"]


TOKENISED = """Chỉ_thị về kế_hoạch 5 năm
A .
Những nội_dung chủ_yếu của kế_hoạch
I .
Về đánh_giá tình_hình thực_hiện kế_hoạch
1 .
Tình_hình triển_khai thực_hiện Nghị_quyết .
2 .
Đánh_giá những kết_quả thành_tựu :
a ) Tốc_độ tăng_trưởng ;
b ) Chuyển_dịch cơ_cấu kinh_tế .
Ii. về nội_dung kế_hoạch 5 năm
1 .
Mục_tiêu của kế_hoạch .
B .
Yêu_cầu trong xây_dựng kế_hoạch
"""


def test_tokenised_text() -> None:
    outline = document(TOKENISED, "ct.txt").outline
    assert shape(outline.root) == [
        ("A .", [("I .", ["1 .", ("2 .", ["a )", "b )"])]), ("Ii.", ["1 ."])]),
        "B .",
    ]
    (first,) = [n for n in outline.nodes() if n.label_text == "A ."]
    assert first.text == "Những nội dung chủ yếu của kế hoạch"  # underscores read as spaces
    assert findings(TOKENISED, "ct.txt", ("H101",)) == []


@pytest.fixture
def font() -> None:
    if not FONT.exists():
        pytest.skip("DejaVu fonts are not installed (apt-get install fonts-dejavu-core)")


def _pdf(lines: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    for line in lines:
        pdf.write(6, line + "\n")
    return bytes(pdf.output())


def test_legal_document_in_pdf(font: None) -> None:
    lines = [p for p in LEGAL.replace("**", "").strip().split("\n\n")]
    outline = read_document("nq.pdf", _pdf(lines)).outline
    assert shape(outline.root) == LEGAL_SHAPE[0][1]  # type: ignore[index]


def test_report_in_pdf(font: None) -> None:
    lines = [
        "I. LĨNH VỰC KINH TẾ",
        "1. Nông nghiệp",
        "Giá trị sản xuất đạt 1.200 tỷ đồng, gồm:",
        "- Trồng trọt đạt 700 tỷ đồng;",
        "- Chăn nuôi đạt 500 tỷ đồng.",
        "2. Công nghiệp",
        "a) Chế biến;",
        "b) Khai khoáng.",
        "II. VĂN HÓA - XÃ HỘI",
        "1. Giáo dục",
    ]
    outline = read_document("bc.pdf", _pdf(lines)).outline
    assert shape(outline.root) == [
        ("I.", [("1.", ["-", "-"]), ("2.", ["a)", "b)"])]),
        ("II.", ["1."]),
    ]


# -- the command -------------------------------------------------------------------------------


def test_outline_command(tmp_path: Path) -> None:
    path = tmp_path / "nq.md"
    path.write_text(LEGAL, encoding="utf-8")
    runner = CliRunner()
    tree = runner.invoke(main, ["outline", str(path)])
    assert tree.exit_code == 0, tree.output
    assert "Điều 3." in tree.output and "5 triệu đồng" in tree.output
    result = runner.invoke(main, ["outline", "--format", "json", str(path)])
    assert result.exit_code == 0
    payload = json.loads(result.output)
    assert payload["version"] == 1 and payload["errors"] == []
    root = payload["files"][0]["outline"]
    assert root["kind"] == "root"
    chapter = root["children"][0]
    assert (chapter["kind"], chapter["label"], chapter["value"]) == ("chương", "Chương I.", 1)
    article = chapter["children"][0]
    assert (article["kind"], article["line"], article["text"]) == (
        "điều",
        5,
        "Phạm vi điều chỉnh",
    )
    article_3 = root["children"][1]["children"][0]
    figures = [f["text"] for child in article_3["children"] for f in child["figures"]]
    assert figures == ["5 triệu đồng", "20 triệu đồng"]


def test_outline_command_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes("Tổng thu 100 tỷ đồng".encode() + b"\xff\xfe more")
    result = CliRunner().invoke(main, ["outline", str(path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


# -- numbering among siblings ------------------------------------------------------------------


def test_khoan_restart_under_each_article_is_correct() -> None:
    assert findings(LEGAL, codes=("H101",)) == []


def test_articles_never_restart() -> None:
    restarted = LEGAL.replace("Điều 3. Mức chi", "Điều 1. Mức chi")
    (found,) = findings(restarted, codes=("H101",))
    assert found.figures[0] == "Điều 1."
    gap = LEGAL.replace("Điều 3. Mức chi", "Điều 4. Mức chi")
    (found,) = findings(gap, codes=("H101",))
    assert "Điều 4." in found.message.en


def test_gap_among_siblings_is_still_found() -> None:
    text = LEGAL.replace("c) Tổ chức", "d) Tổ chức")
    (found,) = findings(text, codes=("H101",))
    assert found.figures == ("d)", "b)")


def test_appendix_numbers_are_not_an_enumeration() -> None:
    text = (
        "Điều 1. Phê duyệt danh mục dự án tại phụ lục 01, 03, 04 kèm theo.\n\n"
        "Điều 2. Giao Sở Tài chính thực hiện (phụ lục 01, phụ lục 03).\n\n"
        "Ban hành kèm theo 03 phụ lục, gồm: phụ lục 01, 03, 04.\n\n"
        "- Phụ lục 01: Danh mục dự án;\n\n- Phụ lục 03: Kế hoạch vốn;\n\n- Phụ lục 04: Tiến độ.\n"
    )
    assert findings(text) == []
    assert findings(text, "nq.txt") == []


# -- breakdowns along the tree -----------------------------------------------------------------

BUDGET = """**Điều 1. Dự toán ngân sách năm 2025**

1. Tổng thu ngân sách nhà nước trên địa bàn 12.500 triệu đồng, gồm:

- Thu nội địa 9.000 triệu đồng, gồm:

+ Thu từ doanh nghiệp nhà nước 4.000 triệu đồng;

+ Thu từ khu vực ngoài quốc doanh 5.000 triệu đồng.

- Thu từ hoạt động xuất nhập khẩu 3.500 triệu đồng, gồm:

+ Thuế xuất khẩu 1.500 triệu đồng;

+ Thuế nhập khẩu 2.000 triệu đồng.

2. Tổng chi ngân sách địa phương 8.000 triệu đồng.

**Điều 2. Tổ chức thực hiện**

1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện.

2. Giao Thường trực Hội đồng nhân dân tỉnh giám sát.
"""


def test_nested_budget_list_is_not_flattened() -> None:
    assert findings(BUDGET) == []


@pytest.mark.parametrize(
    ("old", "new", "total"),
    [
        ("4.000 triệu", "4.600 triệu", "9.000"),
        ("Thu nội địa 9.000", "Thu nội địa 9.600", None),
        ("12.500", "12.900", "12.900"),
        ("Thuế nhập khẩu 2.000", "Thuế nhập khẩu 2.300", "3.500"),
    ],
)
def test_a_changed_figure_is_caught_at_that_level(old: str, new: str, total: str | None) -> None:
    changed = BUDGET.replace(old, new)
    found = findings(changed, codes=("S101",))
    assert found
    figure = new.split()[-2] if new.split()[-1] == "triệu" else new.split()[-1]
    for diagnostic in found:
        pointed = changed[diagnostic.span.start : diagnostic.span.end]
        related = {changed[r.span.start : r.span.end] for r in diagnostic.related}
        # at the changed figure, or at the total when the wrong figure cannot be told (the
        # changed one among the parts shown)
        assert pointed == figure or (pointed == total and figure in related)


KIEN_TUONG_SHAPE = """#### 1. Thương mại - dịch vụ

Giá trị sản xuất ước đạt 1.098 tỷ 800 triệu đồng, đạt 47,1% kế hoạch.

- Ngành thương mại ước đạt 226 tỷ 600 triệu đồng.

- Ngành dịch vụ ước đạt 872 tỷ 200 triệu đồng.

- Thị trường hàng hóa ổn định, không có biến động lớn.
"""


def test_unmarked_breakdown_checked_on_strong_evidence() -> None:
    assert findings(KIEN_TUONG_SHAPE, "bc.md") == []
    changed = KIEN_TUONG_SHAPE.replace("872 tỷ 200", "872 tỷ 900")
    (found,) = findings(changed, "bc.md", ("S101",))
    pointed = changed[found.span.start : found.span.end]
    related = {changed[r.span.start : r.span.end] for r in found.related}
    assert pointed == "872" or (pointed == "1.098" and "872" in related)
    # parts short of the total: maybe a partial list, nothing said
    short = KIEN_TUONG_SHAPE.replace("872 tỷ 200", "872 tỷ 100")
    assert findings(short, "bc.md", ("S101", "S102")) == []


def test_unmarked_partial_list_is_silent() -> None:
    text = """2. Chăn nuôi

Tổng đàn gia súc hiện có 12.000 con.

- Đàn heo 8.000 con.

- Đàn bò 3.000 con.

- Đàn trâu 500 con.
"""
    assert findings(text, "bc.md", ("S101", "S102")) == []


def test_unmarked_children_with_unrelated_figures_are_silent() -> None:
    text = """1. Giáo dục

Toàn huyện có 1.250 học sinh tốt nghiệp.

- Trường A có 300 học sinh khá giỏi.

- Trường B có 450 học sinh tham gia ngoại khóa.
"""
    assert findings(text, "bc.md", ("S101", "S102")) == []


def test_tokenised_cue_words() -> None:
    text = """1 .
Tổng vốn đầu_tư 900 triệu đồng , bao_gồm :
- Vốn ngân_sách tỉnh 500 triệu đồng ;
- Vốn ngân_sách huyện 300 triệu đồng .
2 .
Kết_quả khác .
"""
    (found,) = findings(text, "bc.txt", ("S101",))
    assert "900" in text[found.span.start : found.span.end] or found.notes


# -- properties: nested lists and legal documents of our own -----------------------------------


def _split(total: int, count: int, data: st.DataObject) -> list[int]:
    cuts = sorted(
        data.draw(
            st.lists(st.integers(1, total - 1), min_size=count - 1, max_size=count - 1, unique=True)
        )
    )
    bounds = [0, *cuts, total]
    return [b - a for a, b in itertools.pairwise(bounds)]


def _budget(data: st.DataObject) -> tuple[str, list[str]]:
    """A resolution article whose khoản 1 breaks a total down in "-" items, some of them in
    "+" items; returns the text and the printed figures (in order)."""
    total = data.draw(st.integers(200, 90_000)) * 10
    count = data.draw(st.integers(2, 4))
    parts = _split(total, count, data) if total > count else [total]
    lines = [
        "**Điều 1. Dự toán ngân sách**",
        f"1. Tổng chi ngân sách địa phương {format_vi(total, 0, group=True)} triệu đồng, gồm:",
    ]
    printed = [format_vi(total, 0, group=True)]
    for index, part in enumerate(parts):
        nested = part >= 20 and data.draw(st.booleans())
        colon = ", gồm:" if nested else ";"
        lines.append(f"- Lĩnh vực {index + 1} {format_vi(part, 0, group=True)} triệu đồng{colon}")
        printed.append(format_vi(part, 0, group=True))
        if nested:
            for inner_index, inner in enumerate(_split(part, 2, data)):
                lines.append(
                    f"+ Nhiệm vụ {inner_index + 1} {format_vi(inner, 0, group=True)} triệu đồng;"
                )
                printed.append(format_vi(inner, 0, group=True))
    lines.append("2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện.")
    lines.append("**Điều 2. Hiệu lực thi hành**")
    lines.append("1. Nghị quyết có hiệu lực từ ngày ký.")
    return "\n\n".join(lines) + "\n", printed


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_consistent_budget_lists_raise_nothing(data: st.DataObject) -> None:
    text, _ = _budget(data)
    assert findings(text) == []


@settings(max_examples=25, deadline=None)
@given(data=st.data(), pick=st.integers(min_value=0))
def test_one_changed_figure_is_caught_at_that_figure(data: st.DataObject, pick: int) -> None:
    text, printed = _budget(data)
    chosen = pick % len(printed)
    old = printed[chosen]
    new = "9" + old  # a digit typed in front: far beyond rounding
    # the chosen figure's place: the chosen-th "N triệu đồng" of the text
    position = -1
    for _ in range(chosen + 1):
        position = text.index(" triệu đồng", position + 1)
    start = text.rindex(" ", 0, position) + 1
    assert text[start:position] == old
    changed = text[:start] + new + text[position:]
    found = findings(changed, codes=("S101",))
    assert found, "the changed figure went unnoticed"
    spans = {changed[d.span.start : d.span.end] for d in found}
    spans |= {changed[r.span.start : r.span.end] for d in found for r in d.related}
    assert any(span.startswith(new) for span in spans)


def _legal(data: st.DataObject) -> tuple[str, list[str]]:
    chapters = data.draw(st.lists(st.integers(1, 3), min_size=1, max_size=3))
    lines = ["**NGHỊ QUYẾT**"]
    article = 0
    labels = []
    for chapter_index, articles in enumerate(chapters):
        lines.append(f"**Chương {'I' * (chapter_index + 1)}. NỘI DUNG {chapter_index + 1}**")
        for _ in range(articles):
            article += 1
            lines.append(f"**Điều {article}. Quy định thứ {article}**")
            labels.append(f"Điều {article}.")
            for khoan in range(1, data.draw(st.integers(1, 3)) + 1):
                lines.append(f"{khoan}. Nội dung khoản {khoan}.")
                for diem in "abc"[: data.draw(st.integers(0, 3))]:
                    lines.append(f"{diem}) Nội dung điểm {diem};")
    return "\n\n".join(lines) + "\n", labels


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_consistent_legal_numbering_raises_nothing(data: st.DataObject) -> None:
    text, _ = _legal(data)
    assert findings(text, codes=("H101",)) == []


@settings(max_examples=25, deadline=None)
@given(data=st.data(), pick=st.integers(min_value=0))
def test_a_skipped_article_is_caught_at_the_next(data: st.DataObject, pick: int) -> None:
    text, labels = _legal(data)
    if len(labels) < 2:
        return
    chosen = 1 + pick % (len(labels) - 1)
    # renumber every article from the chosen one on: one number is skipped
    for number in range(len(labels), chosen, -1):
        text = text.replace(f"**Điều {number}.", f"**Điều {number + 1}.")
    (found,) = findings(text, codes=("H101",))
    assert found.figures[0] == f"Điều {chosen + 2}."


PLAN = """#### 1. Thương mại - dịch vụ

Giá trị sản xuất ước đạt 1.200 tỷ đồng, đạt 60% kế hoạch, tăng 10% so với cùng kỳ.

- Ngành thương mại ước đạt 700 tỷ đồng, đạt 58% kế hoạch, tăng 9% so với cùng kỳ.

- Ngành dịch vụ ước đạt 500 tỷ đồng, đạt 62% kế hoạch, tăng 11% so với cùng kỳ.
"""


def test_rates_of_plan_and_growth_along_the_tree() -> None:
    assert findings(PLAN, "bc.md") == []
    plan = PLAN.replace("đạt 62% kế hoạch", "đạt 92% kế hoạch")
    (found,) = findings(plan, "bc.md", ("P103",))
    assert plan[found.span.start : found.span.end] in ("60", "92")
    growth = PLAN.replace("tăng 11%", "tăng 41%")
    (found,) = findings(growth, "bc.md", ("P103",))
    assert growth[found.span.start : found.span.end] in ("10", "41")
