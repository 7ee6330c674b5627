from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_rule

LIST = (
    "Tổng số công trình còn nợ 9 công trình.\n\nTrong đó:\n\n"
    "- Đã phê duyệt quyết toán: 04 công trình\n"
    "- Đang thi công: 05 công trình\n"
    "- Tổng dự toán {n} công trình: 35.126 triệu đồng.\n"
)


def test_restated_count_differs() -> None:
    text = LIST.format(n=10)
    found = run_rule("S103", text)
    assert len(found) == 1
    assert text[found[0].span.start : found[0].span.end] == "10"
    assert found[0].severity.value == "warning"
    assert found[0].notes[0].vi == "4 + 5 = 9 ✓ công trình"


def test_restated_count_agrees() -> None:
    assert run_rule("S103", LIST.format(n=9)) == []


def test_unconfirmed_count_is_not_used_as_reference() -> None:
    text = LIST.format(n=10).replace("05 công trình", "03 công trình")
    assert run_rule("S103", text) == []


def test_corpus_finds_the_ten_works(corpus: Path) -> None:
    text = (corpus / "kim-tan-2023-h1.txt").read_text(encoding="utf-8")
    found = run_rule("S103", text, "kim-tan-2023-h1.txt")
    assert [text[d.span.start : d.span.end] for d in found] == ["10"]
    kien_tuong = (corpus / "kien-tuong-2020-h1.md").read_text(encoding="utf-8")
    assert run_rule("S103", kien_tuong, "kien-tuong-2020-h1.md") == []


NAMED = [
    "Năm 2025 có {n} xã đạt chuẩn nông thôn mới nâng cao, gồm các xã: An Bình, Tân Phú, "
    "Hòa Lợi và Phú Mỹ.",
    "Có {n} xã đạt chuẩn nông thôn mới nâng cao năm 2025, gồm các xã: An Bình, Tân Phú, "
    "Hòa Lợi và Phú Mỹ.",
    "Đã hoàn thành {n} công trình (công trình Cầu Đình, công trình Chợ Mới, công trình "
    "Trạm y tế Long Hựu, công trình Trường Tiểu học An Thạnh).",
    # a remark about a name, or about the rest after the last one, is no name
    "Có {n} xã đạt chuẩn, gồm các xã: An Bình, Tân Phú (xã điểm của tỉnh), Hòa Lợi (huyện "
    "Châu Thành) và Phú Mỹ (các xã còn lại chưa đạt).",
    "Trong năm, huyện triển khai {n} dự án trọng điểm:\n\n- Dự án đường Long Hòa;\n"
    "- Dự án chợ Bình An;\n  + Hạng mục nhà lồng chợ;\n- Dự án kè sông Vàm Cỏ;\n"
    "- Dự án Trường Mầm non Tân Phú.\n\nCác dự án đều đúng tiến độ.",
]


@pytest.mark.parametrize("shape", NAMED)
def test_count_against_the_named_list(shape: str) -> None:
    assert run_rule("S103", shape.format(n="04")) == []
    text = shape.format(n="05")
    found = run_rule("S103", text)
    assert len(found) == 1
    assert text[found[0].span.start : found[0].span.end] == "05"
    assert found[0].notes[0].vi.startswith("4 ")


@pytest.mark.parametrize(
    "text",
    [
        # descriptions, not names
        "Có 5 xã đạt chuẩn, gồm các xã: có đường nhựa, có chợ.",
        # only some of them named
        "Có 5 xã đạt chuẩn, tiêu biểu là các xã: An Bình, Tân Phú.",
        # names of another unit
        "Có 5 xã đạt chuẩn, gồm các thôn: An Bình, Tân Phú.",
        # a parenthesis inside the list saying it goes on or listing more, an open list
        "Có 5 xã đạt chuẩn, gồm các xã: An Bình, Tân Phú (và các xã lân cận), Hòa Lợi.",
        "Có 5 xã đạt chuẩn, gồm các xã: An Bình, Tân Phú (gồm Tân Phú A, Tân Phú B), Hòa Lợi.",
        "Có 5 xã đạt chuẩn, gồm các xã: An Bình, Tân Phú, v.v.",
        # only some of the counted items are listed
        "Triển khai 05 dự án, trong đó:\n\n- Dự án đường Long Hòa;\n- Dự án chợ Bình An.",
        # names with figures
        "Thực hiện 03 tiêu chí gồm: Tiêu chí số 1, Tiêu chí số 2.",
    ],
)
def test_unreadable_lists_are_left_alone(text: str) -> None:
    assert run_rule("S103", text) == []


def test_proper_names_after_la_without_the_unit() -> None:
    text = "Còn 4 xã chưa đạt chuẩn là Hòa Bình, Tân Lập, Phú Cường và Đông Sơn."
    assert run_rule("S103", text) == []
    assert len(run_rule("S103", text.replace("Còn 4", "Còn 5"))) == 1
    # a clause after the last name joined by "và" is no name
    tail = text.replace("Đông Sơn.", "Đông Sơn, chủ yếu do chưa đạt tiêu chí về môi trường.")
    assert run_rule("S103", tail) == []
    assert len(run_rule("S103", tail.replace("Còn 4", "Còn 6"))) == 1
    # descriptions, not names: not read
    described = "Có 3 xã chưa đạt là xã vùng cao, Ban Quản lý dự án và Văn phòng Đăng ký đất đai."
    assert run_rule("S103", described.replace("Có 3", "Có 4")) == []
    lower = "Có 3 xã chưa đạt là miền núi, bãi ngang và đặc biệt khó khăn."
    assert run_rule("S103", lower.replace("Có 3", "Có 4")) == []


def test_names_after_a_colon_and_long_names_that_repeat_the_unit() -> None:
    text = (
        "Các trường được đầu tư gồm 3 trường: Mầm non Hoa Sen, Mầm non Bắc Thành và Tiểu học "
        "Quang Trung."
    )
    assert run_rule("S103", text) == []
    assert len(run_rule("S103", text.replace("gồm 3", "gồm 4"))) == 1
    long = (
        "Có 2 dự án hoàn thành gồm: Dự án Cấp nước sạch nông thôn vùng Bắc sông Mã; Dự án Nâng "
        "cấp hệ thống kênh tưới Bái Thượng."
    )
    assert run_rule("S103", long) == []
    assert len(run_rule("S103", long.replace("Có 2", "Có 3"))) == 1
    # a colon before descriptions in lower case: not a list of names
    described = "Có 3 trường chưa đạt: thiếu phòng học, thiếu giáo viên."
    assert run_rule("S103", described) == []


@pytest.mark.parametrize(
    "text",
    [
        # words describing what is counted right up to the colon
        "Quỹ đã hỗ trợ khẩn cấp cho {n} huyện bị thiệt hại nặng: Hương Khê, Hương Sơn, Vũ Quang "
        "và Đức Thọ.",
        # a figure among those words
        "Có {n} xã đạt số thu tiền sử dụng đất trên 50 tỷ đồng: Hưng Đông, Nam Giang, Hưng Thịnh "
        "và Kim Liên.",
        # the count's noun and others after commas
        "Phân bổ cho {n} huyện, thị xã, thành phố: Đồng Hới, Ba Đồn, Minh Hóa và Lệ Thủy.",
        # a long description
        "Toàn huyện còn {n} xã chưa để xảy ra tai nạn giao thông làm chết người trong năm: Thạch "
        "Ngọc, Thạch Sơn, Thạch Hà và Thạch Khê.",
    ],
)
def test_counts_described_before_their_names(text: str) -> None:
    assert run_rule("S103", text.format(n="04")) == []
    assert len(run_rule("S103", text.format(n="05"))) == 1


def test_names_after_another_count_are_not_the_first_counts() -> None:
    text = "Giao 921 biên chế, phân bổ cho 04 huyện: Đồng Hới, Ba Đồn, Minh Hóa và Lệ Thủy."
    assert run_rule("S103", text) == []


def test_a_bare_count_whose_names_repeat_its_noun() -> None:
    text = (
        "Có {n} KCN thu hút được dự án mới là: KCN Hòa Xá, KCN Bảo Minh, KCN Mỹ Trung và KCN "
        "Thành An."
    )
    assert run_rule("S103", text.format(n="4")) == []
    (found,) = run_rule("S103", text.format(n="5"))
    assert "KCN" in found.message.en
    # names that do not repeat the noun: read only after a colon
    other = "Có 5 KCN thu hút được dự án mới là Hòa Xá, Bảo Minh, Mỹ Trung và Thành An."
    assert run_rule("S103", other) == []
    assert len(run_rule("S103", other.replace("là Hòa", "là: Hòa"))) == 1
