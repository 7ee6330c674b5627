"""lint's regular expressions compiled once and kept (lint/regex_code.py): the same patterns,
their code read back from the file instead of generated again."""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path

import pytest

from lint import regex_code

pytestmark = pytest.mark.skipif(
    not (3, 11) <= sys.version_info[:2] <= (3, 13), reason="another regular expression compiler"
)

PATTERNS = [
    (r"(?P<total>\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s*(?P<unit>tỷ|triệu)?\s*đồng", 0),
    (r"(?:trong đó|gồm|bao gồm)\s*:?\s*", re.IGNORECASE),
    (r"^\s*[-+•]\s+(.*)$", re.MULTILINE),
    (r"(?<![\d/.,])((?:19|20)\d\d)(?![\d/]|[.,]\d)", 0),
    ("\n(?=#{1,6} |Điều \\d)".encode(), 0),
]
TEXTS = [
    "Tổng thu 12.500,5 triệu đồng, trong đó: thuế 7.000 triệu đồng",
    "- Chi đầu tư 4.000\n+ Chi thường xuyên 12.300\nnăm 2024, 15/3/2023",
    "GỒM: a; Bao gồm b; 1.234 đồng",
    "Điều 1. Phạm vi\nĐiều 2. Thu ngân sách\n## Mục 3",
]


def _matches(pattern: re.Pattern[str] | re.Pattern[bytes]) -> list[object]:
    found: list[object] = []
    for text in TEXTS:
        subject: str | bytes = text.encode() if isinstance(pattern.pattern, bytes) else text
        found += [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(subject)]  # type: ignore[arg-type]
    return found


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_a_pattern_built_from_kept_code_behaves_as_compiled(source: str, flags: int) -> None:
    kept = regex_code._build(source, regex_code._generate(source, flags))
    fresh = re._compiler.compile(source, flags)  # type: ignore[attr-defined]
    assert (kept.pattern, kept.flags, kept.groups, kept.groupindex) == (
        fresh.pattern,
        fresh.flags,
        fresh.groups,
        fresh.groupindex,
    )
    assert _matches(kept) == _matches(fresh)


def test_installed_for_lint_only() -> None:
    assert regex_code.install() is True
    compile_now = re._compiler.compile  # type: ignore[attr-defined]
    assert compile_now.__module__ == "lint.regex_code"
    assert regex_code._own(sys._getframe(0)) is False  # a test module is not lint's
    module = type(sys)("lint.test_probe")
    module.__dict__["re"] = re
    exec("def frame():\n    import sys\n    return sys._getframe(0)\n", module.__dict__)
    assert regex_code._own(module.__dict__["frame"]()) is True


def test_the_code_is_kept_in_the_file_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "regex.marshal"
    store = regex_code._Store(path)
    key = (PATTERNS[0][0], 0)
    store.entries[key] = regex_code._generate(*key)
    store.learned = True
    store.save()
    again = regex_code._Store(path)
    assert again.entries == store.entries and not again.learned
    rebuilt = regex_code._build(key[0], again.entries[key])
    assert _matches(rebuilt) == _matches(re.compile(key[0]))
    path.write_bytes(b"damaged")
    assert regex_code._Store(path).entries == {}
    path.write_bytes(marshal.dumps({("x", 0): "not code", "key": (1, [], 0, {}, ())}))
    assert regex_code._Store(path).entries == {}
