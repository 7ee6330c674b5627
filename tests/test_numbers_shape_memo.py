"""The phrase-shape memo: trees of the number grammar kept on disk between runs.  A run whose
shapes are all known does not import Lark, and the memo never changes a result."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from lint.numbers.shape_memo import ShapeMemo, ShapeNode, ShapeToken, node_from_json, node_to_json

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(str(path) for path in (ROOT / "examples").iterdir())

EXTRACT_AND_SAY_IF_LARK_CAME = """
import sys
from lint.read import read_document
from lint.numbers.scan import extract
for path in sys.argv[1:]:
    with open(path, "rb") as handle:
        document = read_document(path, handle.read())
    for quantity in extract(document).quantities:
        print(quantity.text, quantity.value, quantity.interval.low, quantity.interval.high)
print("lark imported:", "lark" in sys.modules)
"""


def run(cache_home: Path, *arguments: str, memo: str = "1") -> str:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache_home), SOLIEU_SHAPE_MEMO=memo)
    done = subprocess.run(
        [sys.executable, "-c", EXTRACT_AND_SAY_IF_LARK_CAME, *arguments],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def memo_file(cache_home: Path) -> Path:
    return cache_home / "solieu" / "phrase-shapes.json"


def test_a_second_run_reads_the_memo_and_gives_the_same_figures(tmp_path: Path) -> None:
    first = run(tmp_path, *EXAMPLES)
    assert first.endswith("lark imported: True\n")
    stored = json.loads(memo_file(tmp_path).read_text(encoding="utf-8"))
    assert stored["prefix"] and len(stored["shapes"]) > 10
    second = run(tmp_path, *EXAMPLES)
    assert second.endswith("lark imported: False\n")
    assert second.replace("False", "True") == first


def test_a_damaged_or_foreign_memo_is_ignored_and_replaced(tmp_path: Path) -> None:
    expected = run(tmp_path / "clean", *EXAMPLES)
    memo = memo_file(tmp_path / "damaged")
    memo.parent.mkdir(parents=True)
    memo.write_text('{"key": "1:', encoding="utf-8")
    assert run(tmp_path / "damaged", *EXAMPLES) == expected
    assert json.loads(memo.read_text(encoding="utf-8"))["shapes"]

    good = json.loads(memo_file(tmp_path / "clean").read_text(encoding="utf-8"))
    good["key"] = "another grammar"
    foreign = memo_file(tmp_path / "foreign")
    foreign.parent.mkdir(parents=True)
    foreign.write_text(json.dumps(good), encoding="utf-8")
    assert run(tmp_path / "foreign", *EXAMPLES) == expected
    assert json.loads(foreign.read_text(encoding="utf-8"))["key"] != "another grammar"


DAMAGED_TREES = [
    ["not a tree"],
    "abc",
    17,
    ["measure", 0, 3, "abc"],
    ["measure", 0, 3, ["abc"]],
    ["measure", 5, 3, []],
    ["measure", 0, 3, [["vn_number", 0, 3, [["DIGITS", "0", 3]]]]],
]
EDITED_TREES = [  # shaped like trees, but not trees of the grammar: only an edit makes these
    ["vn_number", 0, 3, [["magnitude", 0, 3, []]]],
    ["percent", 0, 2, []],
]


def test_damaged_or_edited_entries_are_parsed_again_and_never_crash(tmp_path: Path) -> None:
    expected = run(tmp_path, *EXAMPLES)
    memo = memo_file(tmp_path)
    good = json.loads(memo.read_text(encoding="utf-8"))
    reader = ShapeMemo(good["key"], None)
    # a damaged entry, with its checksum wrong (edited) or right (damaged before it was summed);
    # an entry shaped like a grammar tree but wrong can only come from an edit
    cases = [(tree, signed) for tree in DAMAGED_TREES for signed in (False, True)]
    cases += [(tree, False) for tree in EDITED_TREES]
    for tree, signed in cases:
        stored = dict(good, prefix="(unbalanced")
        stored["shapes"] = {
            shape: [reader._checksum(shape, tree) if signed else 0, tree]
            for shape in good["shapes"]
        }
        memo.write_text(json.dumps(stored), encoding="utf-8")
        output = run(tmp_path, *EXAMPLES)
        assert output.replace("True", "False") == expected.replace("True", "False"), tree
    # each run replaced the entries it parsed again: the memo is whole once more
    assert run(tmp_path, *EXAMPLES).endswith("lark imported: False\n")


def test_an_entry_edited_by_hand_is_not_used(tmp_path: Path) -> None:
    run(tmp_path, *EXAMPLES)
    memo = memo_file(tmp_path)
    stored = json.loads(memo.read_text(encoding="utf-8"))
    shape, (_, tree) = next((shape, entry) for shape, entry in stored["shapes"].items() if entry[1])
    tree[0] = "percent"  # a plausible edit, with the old checksum
    memo.write_text(json.dumps(stored), encoding="utf-8")
    reader = ShapeMemo(stored["key"], memo)
    assert reader.get(shape, lambda _: None) is None  # not trusted: parsed again (here: None)


def test_the_memo_can_be_switched_off(tmp_path: Path) -> None:
    output = run(tmp_path, *EXAMPLES, memo="0")
    assert output.endswith("lark imported: True\n")
    assert not memo_file(tmp_path).exists()
    run(tmp_path / "with", *EXAMPLES)
    assert run(tmp_path / "with", *EXAMPLES).replace("False", "True") == output


def test_worker_processes_save_what_they_learned(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    for index in range(4):
        (reports / f"r{index}.md").write_text(
            f"Sản lượng đạt {index + 1}.2{index}5,{index} tấn, tăng {index},5% so với cùng kỳ.\n",
            encoding="utf-8",
        )
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    subprocess.run(
        [sys.executable, "-m", "lint.cli", "check", "--no-cache", "--jobs", "2", str(reports)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    shapes = json.loads(memo_file(tmp_path / "cache").read_text(encoding="utf-8"))["shapes"]
    assert "0.000,0 tấn" in shapes  # learned by the workers: the main process parsed nothing


def test_json_form_round_trips() -> None:
    tree = ShapeNode(
        "measure",
        0,
        9,
        (ShapeNode("vn_number", 0, 5, (ShapeToken("DIGITS", 0, 1), ShapeToken("GROUP", 1, 5))),),
    )
    assert node_from_json(node_to_json(tree)) == tree


def test_an_unwritable_cache_directory_is_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    memo = ShapeMemo("key", blocker / "solieu" / "phrase-shapes.json")
    memo.get("0 ha", lambda shape: None)
    memo.save()  # cannot create the directory: ignored
    assert blocker.read_text(encoding="utf-8") == "not a directory"
