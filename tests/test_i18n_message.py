"""Message.of: one English template, its Vietnamese from the catalogue, the same arguments."""

from __future__ import annotations

import ast
from pathlib import Path

from lint.diagnostics import Message
from lint.i18n.codemod import convert


def test_a_template_takes_its_vietnamese_from_the_catalogue() -> None:
    message = Message.of("Output format.")
    assert message == Message("Định dạng đầu ra.", "Output format.")
    assert message.text("vi") == "Định dạng đầu ra." and message.text("en") == "Output format."


def test_arguments_fill_both_languages_and_a_message_argument_each_in_its_own() -> None:
    inner = Message("tổng", "total")
    message = Message.of("{file}: note: {text}", file="a.md", text=inner)
    assert message.en == "a.md: note: total"
    assert message.vi.startswith("a.md") and message.vi.endswith("tổng")


def test_a_template_missing_from_the_catalogue_stays_english() -> None:
    assert Message.of("no such template {x}", x=3) == Message(
        "no such template 3", "no such template 3"
    )


def test_same_is_not_translated() -> None:
    assert Message.same("12,5 → 12.5") == Message("12,5 → 12.5", "12,5 → 12.5")


def _converted(source: str) -> tuple[str, str, str]:
    call = ast.parse(source).body[0].value  # type: ignore[attr-defined]
    return convert(source, call)


def test_the_codemod_turns_a_pair_of_fstrings_into_one_template() -> None:
    source = 'Message(f"Các phần không bằng tổng {total:,} ({kind.vi})", f"The parts miss {total:,} ({kind.en})")'
    replacement, english, vietnamese = _converted(source)
    assert english == "The parts miss {total:,} ({kind})"
    assert vietnamese == "Các phần không bằng tổng {total:,} ({kind})"
    assert replacement == "Message.of('The parts miss {total:,} ({kind})', total=total, kind=kind)"
    literal = _converted('Message("{x} có lẽ sai", "{x} probably wrong")')
    assert literal[1] == "{{x}} probably wrong"
    same = _converted('Message(f"{a} → {b}", f"{a} → {b}")')
    assert same[0] == 'Message.same(f"{a} → {b}")'


def test_the_codemod_names_placeholders_after_their_expressions() -> None:
    source = 'Message(f"{printed(claim.change)} và {printed(claim.value)}", f"{printed(claim.change)} and {printed(claim.value)}")'
    replacement, english, _vietnamese = _converted(source)
    assert english == "{change} and {value}"
    assert "change=printed(claim.change)" in replacement


def test_nothing_is_written_as_a_pair_of_literals() -> None:
    # every text of lint/ and rules/ comes from the catalogue (Message.of) or is the same in
    # both languages (Message.same); Message(vi, en) itself is only for reading a cache back
    root = Path(__file__).resolve().parent.parent
    pairs = []
    for path in sorted([*(root / "lint").rglob("*.py"), *(root / "rules").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Message"
                and path.name not in {"cache.py", "message.py"}
            ):
                pairs.append(f"{path.relative_to(root)}:{node.lineno}")
    assert pairs == [], "run: python -m lint.i18n.codemod lint rules"


def test_the_codemod_finds_the_calls_in_a_module(tmp_path: Path) -> None:
    from lint.i18n.codemod import scan

    module = tmp_path / "r.py"
    source = (
        'x = {"đ": Message("tổng", "total")}\f\n'
        "y = Message(f\"{Message('a', 'b').vi} số\", f\"{Message('a', 'b').en} figure\")\n"
    )
    module.write_text(source, encoding="utf-8")
    rewrites, skipped = scan(module)
    found = sorted(source[r.start : r.end] for r in rewrites)
    assert len(found) == 2 and found[0] == 'Message("tổng", "total")'
    assert found[1].startswith('Message(f"{Message(') and found[1].endswith('figure")')
    assert len(skipped) == 2  # the pairs inside a pair wait for the next run
    assert all("run the codemod again" in s.reason for s in skipped)
