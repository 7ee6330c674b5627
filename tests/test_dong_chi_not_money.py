"""'đồng chí' (comrade) after a count is people, not the currency 'đồng'."""

from __future__ import annotations

from lint.numbers.quantity import QuantityKind
from tests.conftest import quantities


def test_dong_chi_is_not_money() -> None:
    found = quantities("Có 5 đồng chí được bầu; 13.932 đồng_chí đạt chuẩn; chi 50.000 đồng.")
    kinds = {q.text: (q.kind, q.unit) for q in found}
    assert all(
        kind is not QuantityKind.AMOUNT for text, (kind, _) in kinds.items() if "50" not in text
    )
    assert kinds["50.000 đồng"] == (QuantityKind.AMOUNT, "đồng")


def test_dong_still_ends_an_amount_before_other_words() -> None:
    found = quantities("Thu 1.200 đồng chiều nay và 300 đồng.")
    assert [q.unit for q in found] == ["đồng", "đồng"]


def test_dong_chi_counts_people() -> None:
    found = quantities("Kết nạp 125 đồng chí; 13.932 đồng_chí đạt chuẩn.")
    assert [(q.kind, q.unit) for q in found] == [(QuantityKind.COUNT, "đồng chí")] * 2
