"""Units as printed after a figure, and the base unit each value is expressed in.

Money is in đồng, percentages in %, mass in tấn, area in ha (m² kept apart: it is how
building permits count), length in m, yields in tạ/ha.  Count nouns (con, hộ, hồ sơ …) are
their own unit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from lint.numbers.fraction import Fraction

SCALES: dict[str, Fraction] = {
    "nghìn": Fraction(10**3),
    "ngàn": Fraction(10**3),
    "vạn": Fraction(10**4),
    "triệu": Fraction(10**6),
    "tỷ": Fraction(10**9),
    "tỉ": Fraction(10**9),
    "nghìn tỷ": Fraction(10**12),
    "nghìn tỉ": Fraction(10**12),
    "ngàn tỷ": Fraction(10**12),
}

CURRENCIES: dict[str, str] = {
    "đồng": "đồng",
    "đ": "đồng",
    "VNĐ": "đồng",
    "VND": "đồng",
    "vnđ": "đồng",
    "₫": "đồng",
    "USD": "USD",
}

# printed unit -> (base unit, factor to the base unit)
MEASURES: dict[str, tuple[str, Fraction]] = {
    "ha": ("ha", Fraction(1)),
    "hécta": ("ha", Fraction(1)),
    "km²": ("km²", Fraction(1)),
    "km2": ("km²", Fraction(1)),
    "m²": ("m²", Fraction(1)),
    "m2": ("m²", Fraction(1)),
    "m³": ("m³", Fraction(1)),
    "m3": ("m³", Fraction(1)),
    "km": ("m", Fraction(1000)),
    "m": ("m", Fraction(1)),
    "mét": ("m", Fraction(1)),
    "mét vuông": ("m²", Fraction(1)),
    "mét khối": ("m³", Fraction(1)),
    "cm": ("m", Fraction(1, 100)),
    "tấn": ("tấn", Fraction(1)),
    "tạ": ("tấn", Fraction(1, 10)),
    "yến": ("tấn", Fraction(1, 100)),
    "kg": ("tấn", Fraction(1, 1000)),
    "lít": ("lít", Fraction(1)),
    "sào": ("sào", Fraction(1)),
    "kWh": ("kWh", Fraction(1)),
    "kW": ("kW", Fraction(1)),
    "MW": ("kW", Fraction(1000)),
    "CV": ("CV", Fraction(1)),  # horsepower (mã lực) of boats and engines
}

# Yields are conventionally compared in tạ/ha.
_RATE_BASES: dict[str, tuple[str, Fraction]] = {
    "tấn/ha": ("tạ/ha", Fraction(10)),
    "kg/ha": ("tạ/ha", Fraction(1, 100)),
}

# Count nouns written two ways in one report: "215 thủ tục hành chính (TTHC), gồm 48 TTHC …"
COUNT_ALIASES: dict[str, str] = {
    "thủ tục hành chính": "TTHC",
    "thủ tục": "TTHC",
    "GCN": "giấy chứng nhận",
    "HTX": "hợp tác xã",
    # "khám bệnh cho 186.452 lượt người, tăng 7,3% so với năm 2023 (173.768 lượt)"
    "lượt người": "lượt",
    # "tiếp nhận 48 vụ việc, tăng 6 vụ so với năm 2023 (42 vụ việc)"
    "vụ việc": "vụ",
}

# Count nouns whose integers are exact (a count of dossiers is not rounded).
NON_COUNT_WORDS = {"lần"}


@dataclass(frozen=True)
class Unit:
    """A resolved unit: the base unit name, the factor to it, and what it measures."""

    base: str
    factor: Fraction
    kind: str  # "amount" | "measure" | "rate" | "count"
    printed: str


def resolve(base_word: str, scale_word: str | None, per: Sequence[str]) -> Unit:
    """Resolve ``scale_word base_word /per…`` (e.g. "triệu", "đồng", ["ha"])."""
    return _resolve(base_word, scale_word, tuple(per))


@lru_cache(maxsize=4096)
def _resolve(base_word: str, scale_word: str | None, per: tuple[str, ...]) -> Unit:
    scale = SCALES.get(scale_word, Fraction(1)) if scale_word else Fraction(1)
    printed = " ".join(w for w in (scale_word, base_word) if w) + "".join("/" + p for p in per)
    if base_word in CURRENCIES:
        base, factor, kind = CURRENCIES[base_word], scale, "amount"
    elif base_word in MEASURES:
        base, factor = MEASURES[base_word]
        factor *= scale
        kind = "measure"
    else:
        base, factor, kind = COUNT_ALIASES.get(base_word, base_word), scale, "count"
    if per:
        name = f"{base}/{'/'.join(COUNT_ALIASES.get(p, p) for p in per)}"  # "/HTX": per hợp tác xã
        kind = "rate"
        if name in _RATE_BASES:
            base, extra = _RATE_BASES[name]
            factor *= extra
        elif base == "tấn" and per == ("ha",) and factor == Fraction(1, 10):
            base, factor = "tạ/ha", Fraction(1)
        else:
            base = name
    return Unit(base, factor, kind, printed)


# Count nouns after which a number written in words is a count ("ba xã", "hai công trình",
# "mười hai học sinh"): nouns of places, units and things reports count, never a word that
# also starts an idiom or a unit of measure ("hai bên", "ba cùng", "hai con số", "một số").
WORD_COUNT_NOUNS = (
    "xã",
    "phường",
    "thị trấn",
    "huyện",
    "thôn",
    "ấp",
    "khu phố",
    "hộ",
    "người",
    "công trình",
    "dự án",
    "học sinh",
    "giáo viên",
    "trường hợp",
    "cơ sở",
    "doanh nghiệp",
    "đối tượng",
    "hồ sơ",
    "vụ việc",
    "cuộc",
    "tiêu chí",
    "chỉ tiêu",
    "chương trình",
    "lĩnh vực",
    "nội dung",
    "mô hình",
    "tập thể",
    "cá nhân",
    "đại biểu",
    "hội viên",
    "đoàn viên",
    "địa phương",
    "bệnh nhân",
)
