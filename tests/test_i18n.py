"""Both languages are complete: one gettext catalogue holds the program's texts (``_()``) and
the findings' templates (``Message.of``)."""

from __future__ import annotations

import string

import pytest

from lint.i18n import LANGS, LOCALE_DIR, translate
from lint.i18n.__main__ import main as catalogs_main
from lint.i18n.__main__ import template
from lint.ruleset import all_rules
from tests.cli_support import REPORT, run

babel_pofile = pytest.importorskip("babel.messages.pofile")


def _catalog(lang: str):  # type: ignore[no-untyped-def]
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "solieu.po").open("rb") as stream:
        return babel_pofile.read_po(stream, locale=lang)


def test_catalogs_are_up_to_date_with_the_source() -> None:
    # the .po files hold every _()/N_() text of lint/, and each .mo is compiled from its .po
    assert catalogs_main(["--check"]) == 0, "run: python -m lint.i18n"


def _placeholders(text: str) -> set[str]:
    """The ``{name}`` fields of a template (with their conversion and format specification);
    a translation may use one more or fewer times than the English."""
    return set(
        f"{name}!{conversion}:{spec}"
        for _literal, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    )


@pytest.mark.parametrize("lang", LANGS)
def test_every_text_is_translated(lang: str) -> None:
    ids = {(m.id, m.context) for m in template() if m.id}  # type: ignore[attr-defined]
    assert len(ids) >= 30
    catalog = _catalog(lang)
    translated = {(m.id, m.context): m.string for m in catalog if m.id}
    assert set(translated) == ids
    for (message_id, context), text in translated.items():
        assert text.strip(), f"{lang}: no translation for {message_id!r}"
        assert _placeholders(text) == _placeholders(message_id), message_id
        assert translate(message_id, lang, context) == text


def test_vietnamese_catalog_is_really_vietnamese() -> None:
    catalog = _catalog("vi")
    # a template of placeholders and signs only ("{text}{extra}") may read the same
    same = [
        m.id
        for m in catalog
        if m.id
        and m.string == m.id
        and any(
            character.isalpha()
            for literal, *_field in string.Formatter().parse(m.id)
            for character in literal
        )
    ]
    assert same == []
    assert translate("Output format.", "vi") == "Định dạng đầu ra."


def test_every_rule_has_both_summaries() -> None:
    for rule in all_rules():
        assert rule.summary.vi.strip() and rule.summary.en.strip(), rule.code
        assert rule.summary.vi != rule.summary.en, rule.code


def test_lang_option_config_and_locale_choose_the_language(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.md").write_text(REPORT, encoding="utf-8")
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    for variable in ("SOLIEU_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    assert "đọc là" in run("check", "--no-cache", "-q", "r.md").output
    assert "reads as a decimal" in run("check", "--no-cache", "-q", "--lang", "en", "r.md").output
    assert "Định dạng đầu ra." in run("check", "--help").output
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert "Output format." in run("check", "--help").output
    assert "Định dạng đầu ra." in run("check", "--lang", "vi", "--help").output
    (tmp_path / "solieu.toml").write_text('lang = "vi"\n', encoding="utf-8")
    assert "đọc là" in run("check", "--no-cache", "-q", "r.md").output
    statistics = run("check", "--no-cache", "--statistics", "r.md").output
    assert "Tổng cộng 2 phát hiện." in statistics and "lỗi" in statistics
