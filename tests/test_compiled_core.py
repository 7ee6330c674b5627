"""The opt-in compiled core (issue 12): ``HATCH_BUILD_HOOK_ENABLE_MYPYC=1`` builds a wheel whose
number model, document and relation finders are compiled with mypyc.  Built from a copy of the
checkout, installed alone, it must print byte-identical output to the pure-Python code on the
shared corpus, in one process and with worker processes (compiled records cross to and from
the workers by pickling)."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_packaging import link_dependencies, run

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def _copy_checkout(target: Path) -> None:
    """The files git knows (and the working tree's versions of them), without build output."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def _build_compiled(tmp_path: Path) -> Path:
    tree = tmp_path / "tree"
    _copy_checkout(tree)
    # the lowest optimisation: the test is about the same output, not about speed
    project = tree / "pyproject.toml"
    project.write_text(
        re.sub(r'opt_level = "\d"', 'opt_level = "0"', project.read_text(encoding="utf-8")),
        encoding="utf-8",
    )
    env = dict(os.environ, HATCH_BUILD_HOOK_ENABLE_MYPYC="1")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", tmp_path, tree],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (wheel,) = tmp_path.glob("solieu-*.whl")
    return wheel


def _check(python: list[str], cwd: Path, jobs: str, env: dict[str, str] | None = None) -> str:
    command = [*python, "-m", "lint.cli", "check", "--format", "json", "--no-cache"]
    paths = ["shared/corpus", "shared/corpus/dev"]
    done = subprocess.run(
        [*command, "--exit-zero", "-j", jobs, *paths],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.mark.skipif(
    shutil.which("cc") is None or importlib.util.find_spec("hatch_mypyc") is None,
    reason="needs a C compiler and hatch-mypyc (the dev extra)",
)
def test_the_compiled_wheel_prints_what_the_pure_python_code_prints(
    tmp_path: Path, corpus: Path
) -> None:
    wheel = _build_compiled(tmp_path)
    assert "-cp3" in wheel.name  # a platform wheel, not py3-none-any
    site = tmp_path / "site"
    link_dependencies(site)
    run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", site, wheel], ROOT)
    assert list((site / "lint").glob("arithmetic*.so")), "the wheel holds no compiled module"
    # the same relative paths in both runs, from a directory that is not the checkout
    workdir = tmp_path / "work"
    (workdir / "shared").mkdir(parents=True)
    (workdir / "shared" / "corpus").symlink_to(corpus)
    compiled_env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONHOME", "VIRTUAL_ENV", "SOLIEU_PURE_PYTHON")
    }
    compiled_env["PYTHONPATH"] = str(site)
    pure_env = dict(compiled_env, PYTHONPATH=str(ROOT))
    probe = "import lint.arithmetic as a; print(a.__file__)"
    where = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=workdir,
        env=compiled_env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.strip().endswith(".so")
    pure = _check([sys.executable], workdir, "1", pure_env)
    assert '"code"' in pure
    assert _check([sys.executable], workdir, "1", compiled_env) == pure
    assert _check([sys.executable], workdir, "2", compiled_env) == pure
