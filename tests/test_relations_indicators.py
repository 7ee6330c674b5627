from __future__ import annotations

from pathlib import Path

from lint.numbers.scan import extract
from lint.read import read_document
from lint.relations.indicators import (
    find_mentions,
    find_plan_remainders,
    find_same_indicators,
    fold,
    indicator_key,
    tasks_section_blocks,
)


def document(text: str, path: str = "report.md"):  # type: ignore[no-untyped-def]
    doc = read_document(path, text.encode("utf-8"))
    return doc, extract(doc)


def test_fold_unifies_tone_placement_and_case() -> None:
    assert fold("Hoà BÌNH, thuỷ lợi, Uỷ ban") == fold("hòa bình, thủy lợi, ủy ban")
    assert fold("hoàn thành") == "hoàn thành"  # a final consonant: no change


def test_indicator_key_drops_filler_and_expands_abbreviations() -> None:
    assert indicator_key("Tổng thu NSNN ước đến ngày 10/6/2023 là") == (
        "thu",
        "ngân",
        "sách",
        "nhà",
        "nước",
    )
    assert indicator_key("Đàn trâu tăng") == ("đàn", "trâu")
    assert indicator_key("tỷ lệ dân số sử dụng nước sạch theo quy định của Bộ y tế") == (
        "tỷ",
        "lệ",
        "dân",
        "số",
        "sử",
        "dụng",
        "nước",
        "sạch",
    )
    assert indicator_key("tỉ lệ") == indicator_key("Tỷ lệ")


def test_tasks_section_runs_to_the_next_heading_of_its_level() -> None:
    doc, _ = document(
        "# Báo cáo tình hình 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm\n\n"
        "# I. KẾT QUẢ\n\nA.\n\n# II. NHIỆM VỤ 6 THÁNG CUỐI NĂM\n\nB.\n\n## 1. Kinh tế\n\nC.\n\n"
        "# III. KIẾN NGHỊ\n\nD.\n"
    )
    inside = {doc.blocks[i].text for i in tasks_section_blocks(doc)}
    assert {"B.", "C."} <= inside
    assert not {"A.", "D."} & inside


def test_plan_sentences_are_marked_planned() -> None:
    doc, extraction = document(
        "Tỷ lệ hộ nghèo 3,1%; phấn đấu đến cuối năm tỷ lệ hộ nghèo còn 2,5%."
    )
    planned = {m.quantity.text: m.planned for m in find_mentions(doc, extraction)}
    assert planned == {"3,1%": False, "2,5%": True}


def test_corpus_plan_remainders(corpus: Path) -> None:
    path = corpus / "kim-tan-2023-h1.txt"
    doc = read_document(str(path), path.read_bytes())
    found = find_plan_remainders(doc, extract(doc))
    pairs = [
        (r.achieved.quantity.literal, r.share.literal, r.remainder.quantity.literal) for r in found
    ]
    assert pairs == [
        ("2,5", "62,5", "1,5"),
        ("183", "93", "17"),
        ("203", "81,2", "47"),
        ("1.351", "90", "149"),
        ("6.291", "23,7", "20,22"),
    ]
    same = find_same_indicators(doc, extract(doc))
    assert [(s.first.quantity.literal, s.second.quantity.literal) for s in same] == [("49", "38,4")]


def test_a_heading_that_starts_with_tasks_opens_the_tasks_section() -> None:
    doc, _ = document(
        "# I. KẾT QUẢ QUÝ I\n\n## 3. Thực hiện nhiệm vụ quốc phòng\n\nA.\n\n"
        "# II. NHIỆM VỤ QUÝ II\n\nB.\n"
    )
    inside = {doc.blocks[i].text for i in tasks_section_blocks(doc)}
    assert "B." in inside
    assert "A." not in inside
