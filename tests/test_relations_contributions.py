"""Contributions to growth in percentage points (lint/relations/contributions.py), through S101
and S102."""

from __future__ import annotations

import pytest

from tests.conftest import run_rule

GROWTH = (
    "Tổng sản phẩm trên địa bàn (GRDP) năm 2025 ước tăng {t}% so với năm trước, trong đó: khu "
    "vực nông, lâm nghiệp và thủy sản tăng 2,86%, đóng góp 0,37 điểm phần trăm vào mức tăng "
    "chung; khu vực công nghiệp và xây dựng tăng 9,40%, đóng góp {b} điểm phần trăm; khu vực "
    "dịch vụ tăng 6,75%, đóng góp 2,61 điểm phần trăm{taxes}."
)
TAXES = "; thuế sản phẩm trừ trợ cấp sản phẩm tăng 5,02%, đóng góp 0,44 điểm phần trăm"


def test_contributions_with_the_product_taxes_make_up_the_growth() -> None:
    assert run_rule("S101", GROWTH.format(t="7,21", b="3,79", taxes=TAXES)) == []
    found = run_rule("S101", GROWTH.format(t="7,21", b="3,99", taxes=TAXES))
    assert len(found) == 1
    assert found[0].notes[0].vi == "0,37 + 3,99 + 2,61 + 0,44 = 7,41 ≠ 7,21 %"
    assert found[0].suggestion is not None
    assert "khu vực công nghiệp và xây dựng: 3,99 → 3,79" in found[0].suggestion.vi


def test_contributions_of_the_sectors_alone_are_part_of_the_growth() -> None:
    # without the product taxes the sectors make up less than the growth: no error
    assert run_rule("S101", GROWTH.format(t="7,21", b="3,79", taxes="")) == []
    assert run_rule("S102", GROWTH.format(t="7,21", b="3,79", taxes="")) == []
    found = run_rule("S102", GROWTH.format(t="7,21", b="4,79", taxes=""))
    assert len(found) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a negative contribution is not read
        GROWTH.format(t="7,21", b="3,79", taxes=TAXES).replace(
            "tăng 2,86%, đóng góp 0,37", "giảm 1,10%, làm giảm 0,14"
        ),
        # no "trong đó" between the growth and its parts
        "GRDP tăng 7,21%. Khu vực dịch vụ tăng 6,75%, đóng góp 2,61 điểm phần trăm; khu vực "
        "công nghiệp tăng 9,40%, đóng góp 3,79 điểm phần trăm.",
    ],
)
def test_unclear_contributions_are_not_read(text: str) -> None:
    assert run_rule("S101", text) == [] and run_rule("S102", text) == []


def test_a_footnote_naming_the_growth_first() -> None:
    text = (
        "GRDP năm 2025 ước tăng 7,21% so với năm trước<sup>1</sup>.\n\n---\n\n<sup>1</sup> Trong "
        "mức tăng chung 7,21%: khu vực nông, lâm nghiệp và thủy sản tăng 2,86%, đóng góp 0,37 điểm "
        "phần trăm; khu vực công nghiệp và xây dựng tăng 9,40%, đóng góp {b} điểm phần trăm; khu "
        "vực dịch vụ tăng 6,75%, đóng góp 2,61 điểm phần trăm; thuế sản phẩm trừ trợ cấp sản phẩm "
        "tăng 5,02%, đóng góp 0,44 điểm phần trăm.\n"
    )
    assert run_rule("S101", text.format(b="3,79")) == []
    (found,) = run_rule("S101", text.format(b="3,49"))
    assert found.notes[0].vi == "0,37 + 3,49 + 2,61 + 0,44 = 6,91 ≠ 7,21 %"
