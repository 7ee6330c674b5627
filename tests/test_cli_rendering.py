"""How the command line shows things to people: extract tables, rule pages, help texts."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from lint.cli import main
from tests.cli_support import write

FIGURES = (
    "Tổng thu ngân sách 2.506 tỷ 437 triệu đồng, tăng 12,53% (1.234.567.890 đồng); "
    "số dư 1.234.567.890,123 đồng.\n"
)


def test_extract_table_never_breaks_a_figure(tmp_path: Path) -> None:
    path = write(tmp_path, "r.md", FIGURES)
    result = CliRunner().invoke(main, ["extract", str(path)], env={"COLUMNS": "60"})
    assert result.exit_code == 0, result.output
    for figure in ("2.506 tỷ 437 triệu đồng", "1.234.567.890,123 đồng", "2506437000000"):
        assert figure in result.output
    # the interval may wrap between its bounds, never inside one
    assert "1234567890.1225;" in result.output and "1234567890.1235]" in result.output


def test_suggested_percentage_reads_naturally(tmp_path: Path) -> None:
    path = write(tmp_path, "r.md", "Giải quyết được 250/300 hồ sơ, đạt 88,3%.\n")
    english = CliRunner().invoke(main, ["check", "--no-cache", "--lang", "en", str(path)])
    assert "help: 88,3% should probably be 83,3%" in english.output
    vietnamese = CliRunner().invoke(main, ["check", "--no-cache", "--lang", "vi", str(path)])
    assert "gợi ý: có lẽ 88,3% cần là 83,3%" in vietnamese.output


def test_click_texts_follow_the_language() -> None:
    vietnamese = CliRunner().invoke(main, ["check", "--lang", "vi", "--help"]).output
    for text in ("Cách dùng:", "Tùy chọn:", "[mặc định: text]", "Hiện hướng dẫn này rồi thoát."):
        assert text in vietnamese
    for text in ("Usage:", "Options:", "[default:", "Show this message and exit."):
        assert text not in vietnamese
    top = CliRunner().invoke(main, ["--help"], env={"LANG": "vi_VN.UTF-8", "SOLIEU_LANG": ""})
    assert "Lệnh:" in top.output and "Hiện phiên bản rồi thoát." in top.output
    error = CliRunner().invoke(main, ["check", "--lang", "vi", "--format", "xx"])
    assert error.exit_code == 2
    assert "Lỗi: Giá trị không hợp lệ cho '--format'" in error.output
    english = CliRunner().invoke(main, ["check", "--lang", "en", "--help"]).output
    assert "Usage:" in english and "[default: text]" in english
    assert "Show this message and exit." in english


def test_click_catalog_has_only_texts_click_still_has() -> None:
    # a Click upgrade that rewords a text leaves its translation unused: keep the catalog true
    import gettext
    import importlib.util
    from pathlib import Path as _Path

    from lint.i18n import LOCALE_DIR

    spec = importlib.util.find_spec("click")
    assert spec is not None and spec.origin is not None
    source = "".join(p.read_text("utf-8") for p in _Path(spec.origin).parent.glob("*.py"))
    with (LOCALE_DIR / "vi" / "LC_MESSAGES" / "click.mo").open("rb") as stream:
        catalog = gettext.GNUTranslations(stream)._catalog  # type: ignore[attr-defined]
    for key in catalog:
        message = key[0] if isinstance(key, tuple) else key
        if message and message != "required":  # "required" is looked up indirectly
            assert repr(message)[1:-1] in source or message in source, message


def test_rule_page_is_rendered_for_a_terminal() -> None:
    import io

    from rich.console import Console

    from lint.cli import render_rule_page, rule_markdown
    from lint.ruleset import rule_by_code

    rule = rule_by_code("N101")
    assert rule is not None
    stream = io.StringIO()
    render_rule_page(rule_markdown(rule), Console(file=stream, width=100, force_terminal=False))
    shown = stream.getvalue()
    assert "What it checks" in shown and "34.1%" in shown
    assert "###" not in shown and "``" not in shown and "**warning**" not in shown
