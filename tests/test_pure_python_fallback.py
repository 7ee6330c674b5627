"""The compiled ``Fraction`` (quicktions) is an accelerator only: the pure-Python fallback
(``SOLIEU_PURE_PYTHON=1``) prints byte-identical output on the shared corpus, and values of
the two types mix, hash and pickle alike (a findings cache or a ``--jobs`` worker may hand a
value of one kind to a run of the other)."""

from __future__ import annotations

import fractions
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from lint.numbers.fraction import ACCELERATED, Fraction
from lint.numbers.interval import Interval


def _solieu(paths: list[Path], pure: bool) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("SOLIEU_PURE_PYTHON", None)
    if pure:
        env["SOLIEU_PURE_PYTHON"] = "1"
    command = [sys.executable, "-m", "lint.cli", "check", "--format", "json", "--no-cache"]
    return subprocess.run(
        [*command, "--exit-zero", *map(str, paths)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )


def _kind(pure: bool) -> str:
    env = {k: v for k, v in os.environ.items() if k != "SOLIEU_PURE_PYTHON"}
    if pure:
        env["SOLIEU_PURE_PYTHON"] = "1"
    code = "from lint.numbers.fraction import Fraction; print(Fraction.__module__)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout.strip()


def test_the_environment_variable_forces_the_standard_fraction() -> None:
    assert _kind(pure=True) == "fractions"


def test_the_accelerator_is_used_when_installed() -> None:
    pytest.importorskip("quicktions")
    assert _kind(pure=False) == "quicktions"


def test_corpus_output_is_identical_without_the_accelerator(corpus: Path) -> None:
    pytest.importorskip("quicktions")
    paths = sorted(
        path
        for folder in (corpus, corpus / "dev")
        for path in folder.iterdir()
        if path.suffix in (".md", ".txt") and path.name != "README.md"
    )
    accelerated = _solieu(paths, pure=False)
    pure = _solieu(paths, pure=True)
    assert '"code"' in accelerated.stdout  # findings to compare, not an empty list
    assert accelerated.stdout == pure.stdout


def test_the_two_kinds_of_fraction_mix() -> None:
    standard = fractions.Fraction(1234, 100)
    ours = Fraction(1234, 100)
    assert ours == standard and hash(ours) == hash(standard) and str(ours) == str(standard)
    assert ours + standard == Fraction(2468, 100) == standard + ours
    interval = Interval(Fraction(1, 3), Fraction(2, 3))
    again = pickle.loads(pickle.dumps(interval))
    assert again == interval and type(again.low) is type(interval.low)
    mixed = Interval(fractions.Fraction(1, 3), fractions.Fraction(2, 3))
    assert mixed == interval and (mixed + interval).low == Fraction(2, 3)
    accelerated = Fraction is not fractions.Fraction
    assert accelerated == ACCELERATED
