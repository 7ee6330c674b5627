"""Property tests of the number grammar and the readers (issue 2).

- any Decimal printed the Vietnamese way (thousands dot, decimal comma, scale words, compound
  "X tỷ Y triệu đồng", percentages, pairs, units) reads back to the same value and precision;
- for every quantity the original file's text at its span is the quantity's text, also through
  NFD input, CRLF line ends, Markdown emphasis and PDF-style hard wraps;
- reading never raises anything but a clear ``InputError``, whatever the bytes.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from fractions import Fraction

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from lint.document import Document
from lint.errors import InputError
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import extract
from lint.read import read_document

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# unit as printed -> (kind, factor to the base unit, counts are exact)
UNITS: dict[str, tuple[QuantityKind, Fraction, bool]] = {
    "ha": (QuantityKind.MEASURE, Fraction(1), False),
    "tấn": (QuantityKind.MEASURE, Fraction(1), False),
    "kg": (QuantityKind.MEASURE, Fraction(1, 1000), False),
    "m²": (QuantityKind.MEASURE, Fraction(1), False),
    "km": (QuantityKind.MEASURE, Fraction(1000), False),
    "tạ/ha": (QuantityKind.RATE, Fraction(1), False),
    "con": (QuantityKind.COUNT, Fraction(1), True),
    "hộ": (QuantityKind.COUNT, Fraction(1), True),
    "hồ sơ": (QuantityKind.COUNT, Fraction(1), True),
    "lượt người": (QuantityKind.COUNT, Fraction(1), True),
    "đồng": (QuantityKind.AMOUNT, Fraction(1), False),
    "triệu đồng": (QuantityKind.AMOUNT, Fraction(10**6), False),
    "tỷ đồng": (QuantityKind.AMOUNT, Fraction(10**9), False),
    "nghìn đồng": (QuantityKind.AMOUNT, Fraction(10**3), False),
    "ngàn đồng": (QuantityKind.AMOUNT, Fraction(10**3), False),
    "%": (QuantityKind.PERCENT, Fraction(1), False),
}

decimals = st.decimals(
    min_value=Decimal("0.001"), max_value=Decimal("999999999999"), places=3, allow_nan=False
).map(lambda d: d.normalize() if d == d.to_integral_value() else d)


@st.composite
def printed_decimals(draw: st.DrawFn) -> tuple[Decimal, int]:
    """A positive decimal and the number of decimals it is printed with (0 to 3)."""
    places = draw(st.integers(0, 3))
    integer = draw(st.integers(0, 10**12))
    fraction = draw(st.integers(0, 10**places - 1)) if places else 0
    return Decimal(integer) + Decimal(fraction).scaleb(-places), places


def vietnamese(value: Decimal, places: int) -> str:
    """``1234567.5`` → ``1.234.567,5``: thousands dot, decimal comma."""
    integer = int(value)
    grouped = f"{integer:,}".replace(",", ".")
    if not places:
        return grouped
    fraction = str(value.quantize(Decimal(1).scaleb(-places))).split(".")[1]
    return f"{grouped},{fraction}"


def the_quantity(text: str, path: str = "report.md") -> Quantity:
    quantities = extract(read_document(path, text.encode("utf-8"))).quantities
    assert len(quantities) == 1, (text, [q.text for q in quantities])
    return quantities[0]


@SETTINGS
@given(printed_decimals(), st.sampled_from(sorted(UNITS)))
def test_vietnamese_decimal_reads_back_exactly(number: tuple[Decimal, int], unit: str) -> None:
    value, places = number
    printed = vietnamese(value, places)
    glue = "" if unit == "%" else " "
    quantity = the_quantity(f"Kết quả thực hiện đạt {printed}{glue}{unit} trong kỳ.")
    kind, factor, exact = UNITS[unit]
    expected = Fraction(value) * factor
    assert quantity.text == f"{printed}{glue}{unit}"
    assert quantity.kind is kind
    assert quantity.value == expected
    if exact and places == 0:
        assert quantity.exact
    else:
        half = Fraction(1, 2 * 10**places) * factor
        assert (quantity.interval.low, quantity.interval.high) == (expected - half, expected + half)


@SETTINGS
@given(st.integers(1, 99_999), st.integers(1, 999), st.sampled_from(["tỷ", "tỉ"]))
def test_compound_amount_reads_back(billions: int, millions: int, word: str) -> None:
    printed = f"{vietnamese(Decimal(billions), 0)} {word} {millions} triệu đồng"
    quantity = the_quantity(f"Tổng vốn huy động {printed}, tăng so với cùng kỳ.")
    expected = Fraction(billions * 10**9 + millions * 10**6)
    assert quantity.text == printed
    assert quantity.kind is QuantityKind.AMOUNT and quantity.unit == "đồng"
    assert quantity.value == expected
    assert quantity.interval.low == expected - 500_000
    assert quantity.interval.high == expected + 500_000


@SETTINGS
@given(printed_decimals(), printed_decimals(), st.sampled_from(["ha", "tấn", "hồ sơ", "tỷ đồng"]))
def test_pair_reads_back(done: tuple[Decimal, int], total: tuple[Decimal, int], unit: str) -> None:
    printed = f"{vietnamese(*done)}/{vietnamese(*total)} {unit}"
    pair = the_quantity(f"Đã thực hiện {printed} theo kế hoạch.")
    kind, factor, _ = UNITS[unit]
    assert pair.kind is QuantityKind.PAIR
    assert pair.text == printed
    first, second = pair.parts
    assert first.value == Fraction(done[0]) * factor
    assert second.value == Fraction(total[0]) * factor
    assert first.kind is second.kind is kind


# ---------------------------------------------------------------------------------------
# Spans: the original text at every quantity's span is the quantity's text.

FILLER = [
    "Tổng diện tích gieo trồng",
    "trong đó lúa",
    "thu ngân sách",
    "đạt",
    "so với cùng kỳ",
    "tăng",
    "kế hoạch năm",
    "ước thực hiện",
    "người",
    "Nghị quyết",
]
FIGURES = st.one_of(
    st.builds(
        lambda n, u: f"{vietnamese(*n)} {u}", printed_decimals(), st.sampled_from(sorted(UNITS))
    ),
    st.builds(lambda n: f"{vietnamese(*n)}%", printed_decimals()),
    st.builds(lambda a, b: f"{a} tỷ {b} triệu đồng", st.integers(1, 9999), st.integers(1, 999)),
    st.builds(lambda a, b: f"{a}/{b} hồ sơ", st.integers(1, 999), st.integers(1, 999)),
)


report_parts = st.lists(st.tuples(st.sampled_from(FILLER), FIGURES), min_size=1, max_size=6)


def sentence_of(parts: list[tuple[str, str]], mark: str = "") -> str:
    """The sentence, the first figure wrapped in the Markdown emphasis ``mark``."""
    words = [
        f"{filler} {mark}{figure}{mark}" if i == 0 else f"{filler} {figure}"
        for i, (filler, figure) in enumerate(parts)
    ]
    return " ".join(words) + "."


report_sentences = report_parts.map(sentence_of)


def comparable(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))


def assert_spans_match(document: Document, original: str, strict: bool) -> list[Quantity]:
    quantities = extract(document).quantities
    for quantity in quantities:
        at_span = original[quantity.span.start : quantity.span.end]
        if strict:
            assert at_span == quantity.text
        else:
            assert comparable(at_span) == quantity.text, (at_span, quantity.text)
    return quantities


@SETTINGS
@given(
    st.lists(report_sentences, min_size=1, max_size=4), st.sampled_from(["report.md", "report.txt"])
)
def test_span_text_is_quantity_text(sentences: list[str], path: str) -> None:
    original = "\n\n".join(sentences) + "\n"
    document = read_document(path, original.encode("utf-8"))
    quantities = assert_spans_match(document, original, strict=True)
    assert quantities


@SETTINGS
@given(
    st.lists(report_sentences, min_size=1, max_size=3), st.sampled_from(["report.md", "report.txt"])
)
def test_span_survives_nfd_and_crlf(sentences: list[str], path: str) -> None:
    original = unicodedata.normalize("NFD", "\r\n\r\n".join(sentences) + "\r\n")
    document = read_document(path, original.encode("utf-8"))
    reference = extract(read_document(path, unicodedata.normalize("NFC", original).encode()))
    quantities = assert_spans_match(document, original, strict=False)
    assert [q.text for q in quantities] == [q.text for q in reference.quantities]
    for quantity in quantities:  # CR and combining marks never end up inside a column count
        location = document.source.locate(quantity.span)
        line = document.source.line_text(location.line)
        assert comparable(line[location.column - 1 :]).startswith(quantity.text.split(" ")[0])


@SETTINGS
@given(report_parts, st.sampled_from(["**", "*", "_"]))
def test_span_inside_markdown_emphasis_and_footnote(
    parts: list[tuple[str, str]], mark: str
) -> None:
    sentence, emphasised = sentence_of(parts), sentence_of(parts, mark)
    original = f"{emphasised.rstrip('.')}<sup>1</sup>.\n\n<sup>1</sup> Số liệu ước tính.\n"
    document = read_document("report.md", original.encode("utf-8"))
    quantities = assert_spans_match(document, original, strict=False)
    plain = extract(read_document("report.md", (sentence + "\n").encode())).quantities
    assert [q.value for q in quantities] == [q.value for q in plain]


@SETTINGS
@given(report_sentences, st.integers(8, 30))
def test_span_across_pdf_hard_wraps(sentence: str, width: int) -> None:
    """Wrap the sentence at spaces every ``width`` characters, with blank lines between (PDF)."""
    words, lines, line = sentence.split(" "), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    original = "\n\n".join(lines) + "\n"
    assume(len(lines) > 1)
    document = read_document("report.txt", original.encode("utf-8"))
    quantities = assert_spans_match(document, original, strict=False)
    single = extract(read_document("report.txt", (sentence + "\n").encode())).quantities
    assert [(q.text, q.value) for q in quantities] == [(q.text, q.value) for q in single]


# ---------------------------------------------------------------------------------------
# Robustness: a result or a clear InputError, never anything else.


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400), st.sampled_from(["report.md", "report.txt", "<stdin>"]))
def test_reader_never_raises_on_bytes(data: bytes, path: str) -> None:
    try:
        document = read_document(path, data)
    except InputError as error:
        assert error.path == path and error.message
        return
    extract(document)


PIECES = [
    *"0123456789.,/-%‰ +()|#*_<>\n\r\t\u0301\u00a0ưĐ",
    "<sup>",
    "</sup>",
    "---",
    "tỷ",
    "triệu",
    "đồng",
    "ha",
    "hồ sơ",
    "ngày",
    "Phần I",
    "a)",
    "m<sup>2</sup>",
    "\n\n",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.sampled_from(["report.md", "report.txt"]),
)
@example("0\n.0", "report.md")  # a number's tokens separated by a space the grammar ignores
def test_reader_and_scanner_never_raise_on_report_like_text(text: str, path: str) -> None:
    try:
        document = read_document(path, text.encode("utf-8"))
    except InputError:
        return
    for quantity in extract(document).quantities:
        assert 0 <= quantity.span.start <= quantity.span.end <= len(text)
