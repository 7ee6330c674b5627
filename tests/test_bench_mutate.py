"""The mutation bench: its hand annotations hold on the development corpus, and its mutants
and matching are right on a document of our own."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS

BENCH = Path(__file__).resolve().parent.parent / "bench" / "mutate.py"
spec = importlib.util.spec_from_file_location("bench_mutate", BENCH)
assert spec is not None and spec.loader is not None
mutate = importlib.util.module_from_spec(spec)
sys.modules["bench_mutate"] = mutate
spec.loader.exec_module(mutate)

DEV = CORPUS / "dev"


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus/dev is not present")
def test_every_annotated_relation_holds_and_its_figures_are_found() -> None:
    relations = mutate.load_relations(mutate.DEFAULT_ANNOTATIONS)
    assert len(relations) >= 20
    for relation in relations:
        assert mutate.holds(relation), relation.note
        if relation.file.endswith(".xlsx"):
            book = mutate.Workbook(DEV / relation.file)
            for figure in relation.figures:
                assert mutate.printed_matches(book.raw(figure.sheet, figure.cell), figure)
            continue
        text = (DEV / relation.file).read_text(encoding="utf-8")
        for figure in relation.figures:
            where = mutate.locate(text, figure)
            assert text[where.offset : where.offset + len(figure.text)] == figure.text


def test_a_figure_is_a_whole_token_and_each_digit_makes_one_mutant(tmp_path: Path) -> None:
    text = "Tổng 12.000 triệu đồng, gồm 2.000 và 10.000; mã 112.000,5.\n"
    figure = mutate.Figure("x.md", 1, "2.000")
    where = mutate.locate(text, figure)
    assert text[where.offset - 4 : where.offset] == "gồm "  # not the tail of 12.000
    assert [m for _, m in mutate.mutants("9,05")] == ["8,05", "9,15", "9,06"]


def test_a_sum_that_does_not_hold_within_rounding_is_rejected() -> None:
    def fig(text: str) -> object:
        return mutate.Figure("x.md", 1, text)

    ok = mutate.Relation("x.md", "sum", "", [fig("10,0"), fig("3,3"), fig("6,7")], {})
    off = mutate.Relation("x.md", "sum", "", [fig("10,0"), fig("3,3"), fig("6,9")], {})
    assert mutate.holds(ok) and not mutate.holds(off)


def test_a_cell_mutant_changes_the_printed_digit_by_its_place() -> None:
    from decimal import Decimal

    assert mutate.cell_mutants("1390,5") == [
        (0, "2390,5", Decimal("1000")),
        (1, "1490,5", Decimal("100")),
        (2, "1380,5", Decimal("-10")),
        (3, "1391,5", Decimal("1")),
        (5, "1390,6", Decimal("0.1")),
    ]
