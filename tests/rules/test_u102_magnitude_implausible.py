from __future__ import annotations

from pathlib import Path

from tests.conftest import run_rule

PEERS = "Mô hình xã A cao hơn 1,25 triệu đồng/ha, xã B cao hơn 2,59 triệu đồng/ha."


def test_separator_slip_a_thousand_times_too_large_is_flagged() -> None:
    found = run_rule("U102", f"Lợi nhuận bình quân 18.430 triệu đồng/ha. {PEERS}")
    assert len(found) == 1
    assert found[0].suggestion is not None and "18,430" in found[0].suggestion.vi
    assert len(found[0].related) == 2


def test_scale_word_slip_is_named() -> None:
    found = run_rule("U102", f"Lợi nhuận bình quân 15 tỷ đồng/ha. {PEERS}")
    assert len(found) == 1
    assert "15 triệu" in found[0].suggestion.vi  # type: ignore[union-attr]


def test_a_thousand_times_too_small_is_flagged() -> None:
    text = "Giá trị 121,580 nghìn đồng/ha; xã A 118.000 nghìn đồng/ha; xã B 125.500 nghìn đồng/ha."
    found = run_rule("U102", text)
    assert len(found) == 1
    assert "121.580" in found[0].suggestion.vi  # type: ignore[union-attr]


def test_scale_word_slip_needs_a_peer_printed_with_that_word() -> None:
    # bird's nest really costs 30 triệu/kg; the peers are printed without "nghìn"
    text = "Giá lúa 7.000 đồng/kg, giá heo hơi 60.000 đồng/kg, yến sào 30 triệu đồng/kg."
    assert run_rule("U102", text) == []


def test_plausible_rates_are_silent() -> None:
    assert run_rule("U102", f"Lợi nhuận bình quân 18,43 triệu đồng/ha. {PEERS}") == []


def test_no_slip_explains_the_gap_so_silent() -> None:
    # 193× the largest other: not "about a thousand times", values of another nature
    assert run_rule("U102", f"Giá trị 500 triệu đồng/ha. {PEERS}") == []
    assert run_rule("U102", "Giá trị 121,58 triệu đồng/ha; tăng 1,2 và 1,1 triệu đồng/ha.") == []


def test_needs_two_peers_of_the_same_unit() -> None:
    text = "Lợi nhuận 18.430 triệu đồng/ha; xã A cao hơn 1,25 triệu đồng/ha; 2,5 triệu đồng/người."
    assert run_rule("U102", text) == []


def test_corpus_finds_only_the_profit_per_hectare(corpus: Path) -> None:
    text = (corpus / "kien-tuong-2020-h1.md").read_text(encoding="utf-8")
    found = run_rule("U102", text, "kien-tuong-2020-h1.md")
    assert [text[d.span.start : d.span.end] for d in found] == ["18.430"]
    for name in ("kim-tan-2023-h1.txt", *sorted(p.name for p in corpus.glob("gso-*.md"))):
        other = (corpus / name).read_text(encoding="utf-8")
        assert run_rule("U102", other, name) == [], name
