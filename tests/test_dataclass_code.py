"""lint's dataclass methods compiled once and kept (lint/dataclass_code.py): the same classes,
the code read back from the file instead of compiled again."""

from __future__ import annotations

import dataclasses
import marshal
import sys
from pathlib import Path
from types import CodeType

import pytest

from lint import dataclass_code

pytestmark = pytest.mark.skipif(
    not hasattr(dataclasses, "_create_fn"), reason="this Python builds dataclass methods otherwise"
)

SOURCE = """
from __future__ import annotations
from dataclasses import dataclass, field

@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0
    tags: tuple[str, ...] = field(default=(), compare=False)
"""


def _point(module_name: str) -> type:
    module = type(sys)(module_name)
    sys.modules[module_name] = module
    try:
        exec(compile(SOURCE, module_name, "exec"), module.__dict__)
    finally:
        del sys.modules[module_name]
    return module.__dict__["Point"]  # type: ignore[no-any-return]


def test_installed_for_lint_and_the_classes_behave_the_same() -> None:
    assert dataclass_code.install() is True
    ours, theirs = _point("lint.test_probe"), _point("elsewhere_probe")
    for cls in (ours, theirs):
        a, b = cls(1, 2, ("x",)), cls(1, 2)
        assert a == b and hash(a) == hash(b) and cls(1) < cls(2)
        assert repr(b) == "Point(x=1, y=2, tags=())"
        assert str(cls.__init__.__annotations__["x"]) == "int"
        with pytest.raises(dataclasses.FrozenInstanceError):
            a.x = 3  # type: ignore[misc]


def test_the_code_is_kept_in_the_file_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "methods.marshal"
    store = dataclass_code._Store(path)
    code = store.code("def f():\n return 1\n")
    assert isinstance(code, CodeType) and store.learned
    store.save()
    again = dataclass_code._Store(path)
    assert not again.learned and len(again.codes) == 1
    assert again.code("def f():\n return 1\n") == code and not again.learned
    path.write_bytes(b"damaged")
    assert dataclass_code._Store(path).codes == {}
    path.write_bytes(marshal.dumps({"key": "not code"}))
    assert dataclass_code._Store(path).codes == {}
