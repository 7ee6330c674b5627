"""A very large file is read and checked in windows (lint/read/windows.py, engine)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lint.engine import FileResult, check_file, check_in_windows
from lint.errors import InputError
from lint.read import windows
from lint.read.windows import byte_windows, cut_point
from lint.report import json as json_report
from lint.ruleset import all_rules

RULES = list(all_rules())
LOCAL = {rule.code for rule in RULES if not rule.whole_document}


def dotted(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def part(number: int, total: int, first: int, second: int) -> str:
    """One top-level part of a report: a heading and a breakdown sentence."""
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][number]
    return (
        f"## {roman}. KẾT QUẢ LĨNH VỰC {number + 1}\n\n"
        f"Tổng vốn đầu tư của lĩnh vực đạt {dotted(total)} triệu đồng, gồm: vốn ngân sách "
        f"{dotted(first)} triệu đồng, vốn doanh nghiệp {dotted(second)} triệu đồng.\n\n"
        "Các đơn vị tiếp tục triển khai nhiệm vụ theo kế hoạch năm.\n\n"
    )


def report(parts: list[tuple[int, int, int]]) -> str:
    return "# BÁO CÁO\n\n" + "".join(part(i, *p) for i, p in enumerate(parts))


def findings(result: FileResult, codes: set[str] | None = None) -> list[tuple[object, ...]]:
    assert result.document is not None
    source = result.document.source
    out = []
    for diagnostic in result.diagnostics:
        if codes is not None and diagnostic.code not in codes:
            continue
        where = source.locate(diagnostic.span)
        out.append(
            (
                diagnostic.code,
                where.line,
                where.column,
                where.end_line,
                where.end_column,
                source.excerpt(diagnostic.span),
                diagnostic.message.en,
                diagnostic.fingerprint_in(source),
                tuple(source.excerpt(item.span) for item in diagnostic.related),
            )
        )
    return out


# -- where a window ends ---------------------------------------------------------------------


def test_a_window_ends_before_the_last_part_heading_of_its_second_half() -> None:
    data = ("a" * 30 + "\n\n## I. Một\n" + "b" * 30 + "\n\nII. Hai\n" + "c" * 40).encode()
    cut = cut_point(data, 80)
    assert data[cut:].startswith(b"II. Hai")


def test_without_a_heading_a_window_ends_after_a_blank_line_then_a_line() -> None:
    data = ("x" * 50 + "\n\n" + "y" * 20 + "\n" + "z" * 40).encode()
    assert data[cut_point(data, 90) :].startswith(b"y")
    data = ("x" * 50 + "\n" + "z" * 60).encode()
    assert data[cut_point(data, 90) :].startswith(b"z")


def test_a_line_longer_than_a_window_is_cut_between_characters() -> None:
    data = ("ố" * 100).encode()  # three bytes a character
    cut = cut_point(data, 50)
    assert 0 < cut <= 50
    data[:cut].decode("utf-8")
    data[cut:].decode("utf-8")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(alphabet="ab ố\n#I.Đ", min_size=0, max_size=600),
    limit=st.integers(min_value=8, max_value=120),
)
def test_windows_are_the_whole_file_in_order(tmp_path: Path, text: str, limit: int) -> None:
    path = tmp_path / "big.md"
    path.write_bytes(text.encode())
    parts = list(byte_windows(str(path), limit))
    assert b"".join(parts) == text.encode()
    assert all(0 < len(piece) <= limit for piece in parts)
    for piece in parts:
        piece.decode("utf-8")  # each window decodes on its own


# -- checking in windows ---------------------------------------------------------------------


def write(tmp_path: Path, text: str, name: str = "big.md") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_findings_in_every_window_point_at_the_right_place(tmp_path: Path) -> None:
    parts = [(300, 100, 200)] * 12
    parts[1] = (300, 100, 250)  # wrong
    parts[10] = (700, 100, 500)  # wrong
    path = write(tmp_path, report(parts))
    windowed = check_in_windows(path, RULES, limit=700)
    whole = check_file(path, RULES)
    assert len(windowed.notes) == 1 and "windows" in windowed.notes[0].en
    got = findings(windowed)
    assert [item[0] for item in got] == ["S101", "S101"]
    assert got == findings(whole, {"S101"})


def test_rules_that_need_the_whole_document_do_not_run_and_are_named(tmp_path: Path) -> None:
    # a footnote mark whose note is in another window would be "missing" in its window
    text = report([(300, 100, 200)] * 8)
    text = text.replace("theo kế hoạch năm.", "theo kế hoạch năm<sup>1</sup>.", 1)
    path = write(tmp_path, text + "<sup>1</sup> Số liệu sơ bộ.\n")
    windowed = check_in_windows(path, RULES, limit=500)
    assert windowed.diagnostics == []
    note = windowed.notes[0].en
    assert "F101" in note and "H101" in note and "S101" not in note


def test_disable_file_in_the_last_window_silences_the_first(tmp_path: Path) -> None:
    parts = [(300, 100, 200)] * 8
    parts[0] = (300, 100, 250)
    path = write(tmp_path, report(parts))
    assert [d.code for d in check_in_windows(path, RULES, limit=500).diagnostics] == ["S101"]
    path = write(tmp_path, report(parts) + "<!-- solieu: disable-file[S101] -->\n")
    assert check_in_windows(path, RULES, limit=500).diagnostics == []
    assert check_file(path, RULES).diagnostics == []


def test_reports_read_only_the_kept_lines(tmp_path: Path) -> None:
    parts = [(300, 100, 200)] * 8
    parts[5] = (300, 100, 250)
    path = write(tmp_path, report(parts))
    result = check_in_windows(path, RULES, limit=500)
    data = json.loads(json_report.check_report([result], "en"))
    (finding,) = data["diagnostics"]
    assert finding["text"] == "300"
    assert "windows" in data["notes"][0]
    whole = json.loads(json_report.check_report([check_file(path, RULES)], "en"))
    (same,) = whole["diagnostics"]
    for key in ("line", "column", "end_line", "end_column", "text", "fingerprint", "message"):
        assert finding[key] == same[key]


def test_only_large_text_files_are_windowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parts = [(300, 100, 200)] * 8
    parts[0] = (300, 100, 250)
    path = write(tmp_path, report(parts))
    assert not check_file(path, RULES, in_windows=True).notes  # small: read whole
    monkeypatch.setattr(windows, "WINDOWED_FROM", 1000)
    monkeypatch.setattr(windows, "WINDOW_BYTES", 500)
    result = check_file(path, RULES, in_windows=True)
    assert result.notes and [d.code for d in result.diagnostics] == ["S101"]
    assert not check_file(path, RULES).notes  # only when asked (solieu check asks)


def test_a_windowed_file_that_is_not_utf8_is_refused_with_the_usual_message(
    tmp_path: Path,
) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(("Tổng số 300 người.\n\n" * 50).encode("utf-8") + b"bad \x81\n")
    whole = check_file(str(path), RULES)
    assert whole.error is not None and "line 101" in whole.error.en
    with pytest.raises(InputError) as raised:
        check_in_windows(str(path), RULES, limit=200)
    assert raised.value.located.en == whole.error.en


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    parts=st.lists(
        st.tuples(st.integers(1, 9_000), st.integers(1, 9_000)), min_size=3, max_size=10
    ),
    wrong=st.integers(min_value=0, max_value=9),
    limit=st.integers(min_value=250, max_value=1500),
)
def test_windowed_findings_are_those_of_the_whole_file(
    tmp_path: Path, parts: list[tuple[int, int]], wrong: int, limit: int
) -> None:
    """Relations inside parts: checked in windows, the local rules find what they find on the
    whole file, at the same lines and columns (consistent: nothing; one part wrong: it)."""
    figures = [(a + b, a, b) for a, b in parts]
    if wrong < len(figures):
        total, a, b = figures[wrong]
        figures[wrong] = (total + 1000, a, b)
    path = write(tmp_path, report(figures))
    windowed = findings(check_in_windows(path, RULES, limit=limit))
    assert windowed == findings(check_file(path, RULES), LOCAL)
    assert len(windowed) == (1 if wrong < len(figures) else 0)
