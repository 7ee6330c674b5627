"""Every S1xx/P1xx finding on the shared corpus, each checked by hand against the text."""

from __future__ import annotations

from pathlib import Path

from lint.engine import check_text
from lint.ruleset import rule_by_code

CODES = ("S101", "S102", "S103", "P101", "P102", "P103", "P104")

EXPECTED = {
    # 5.046 / (200.171 − 5.046) = 2,59 %, not 2,78 %
    ("kien-tuong-2020-h1.md", "P102", "2,78", "error"),
    # 146.446.000 + 5.445.000 + 149.000.000 = 300.891.000 ≠ 181.691.000
    ("kien-tuong-2020-h1.md", "S101", "181.691.000", "error"),
    # 915 + 1.768 = 2.683 ≠ 2.583 and the shares 34,1 % / 65,9 % fit 2.683: 2.583 is a typo
    ("kien-tuong-2020-h1.md", "S101", "2.583", "error"),
    # the three sectors grew 15,4 %, 1,6 % and 9 %: the total cannot have grown 2,3 %
    ("kim-tan-2023-h1.txt", "P103", "2,3", "error"),
    # 4 + 3 + 2 = 9 công trình owed, restated as "Tổng dự toán … 10 công trình"
    ("kim-tan-2023-h1.txt", "S103", "10", "warning"),
}


def test_corpus_findings_are_exactly_the_real_mistakes(corpus: Path) -> None:
    rules = [rule_by_code(code) for code in CODES]
    found = set()
    for path in sorted(corpus.iterdir()):
        if path.suffix not in (".md", ".txt") or path.name == "README.md":
            continue
        text = path.read_text(encoding="utf-8")
        for d in check_text(text, [r for r in rules if r is not None], path.name):
            found.add((path.name, d.code, text[d.span.start : d.span.end], d.severity.value))
    assert found == EXPECTED
