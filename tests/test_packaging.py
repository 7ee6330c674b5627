"""The grammar and the rules are found the same way from a source checkout and from an installed
wheel: build the wheel, install it alone into a fresh virtual environment, run it from a
directory that is not the checkout, and compare with the checkout's own run (issue 2)."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
SITE = Path(sysconfig.get_paths()["purelib"])


def run(
    command: list[str | Path], cwd: Path, check: bool = True
) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")
    }
    env.update(NO_COLOR="1", COLUMNS="160", LANG="C.UTF-8", SOLIEU_LANG="en")
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if check and done.returncode not in (0, 1):
        raise AssertionError(f"{command} exited {done.returncode}:\n{done.stderr}")
    return done


def runtime_distributions() -> set[str]:
    """solieu's runtime dependencies and theirs (no extras), as installed here."""
    wanted, seen = ["solieu"], set()
    while wanted:
        name = wanted.pop()
        for text in importlib.metadata.requires(name) or []:
            requirement = Requirement(text)
            if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
                continue
            key = requirement.name.lower()
            if key not in seen:
                seen.add(key)
                wanted.append(key)
    return seen


def link_dependencies(target: Path) -> None:
    """Make the dependencies (not solieu itself) importable from ``target`` by symbolic links."""
    target.mkdir()
    for name in runtime_distributions():
        distribution = importlib.metadata.distribution(name)
        for top in {Path(str(f)).parts[0] for f in distribution.files or []}:
            source = SITE / top
            if (
                top != ".."
                and top != "__pycache__"
                and source.exists()
                and not (target / top).exists()
            ):
                (target / top).symlink_to(source)


def build_wheel(outdir: Path) -> Path:
    isolation = [] if importlib.util.find_spec("hatchling") is None else ["--no-isolation"]
    run([sys.executable, "-m", "build", "--wheel", *isolation, "--outdir", outdir, ROOT], cwd=ROOT)
    [wheel] = outdir.glob("solieu-*.whl")
    return wheel


@pytest.mark.slow
def test_installed_wheel_finds_grammar_and_rules_like_the_checkout(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path / "dist")
    names = zipfile.ZipFile(wheel).namelist()
    assert "lint/grammar/numbers.lark" in names
    for lang in ("vi", "en"):  # the compiled message catalogue (English falls back silently)
        assert f"lint/i18n/locale/{lang}/LC_MESSAGES/solieu.mo" in names
    assert "lint/i18n/locale/vi/LC_MESSAGES/click.mo" in names
    shipped_rules = sorted(n for n in names if n.startswith("lint/rules/") and n.endswith(".py"))
    assert len(shipped_rules) == len(list((ROOT / "rules").glob("*.py")))

    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=tmp_path)
    python = venv / "bin" / "python"
    site = Path(
        run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            cwd=tmp_path,
        ).stdout.strip()
    )
    link_dependencies(tmp_path / "deps")
    (site / "solieu-test-dependencies.pth").write_text(f"{tmp_path / 'deps'}\n", encoding="utf-8")
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            python,
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            wheel,
        ],
        cwd=tmp_path,
    )

    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(ROOT / "examples", elsewhere / "examples")
    installed = [venv / "bin" / "solieu"]
    checkout = [sys.executable, "-m", "lint.cli"]

    where = run([python, "-c", "import lint; print(lint.__file__)"], cwd=elsewhere).stdout
    assert where.startswith(str(site)), where  # the wheel, not the checkout

    for arguments in (
        ["rules"],
        ["rule", "N101"],
        ["check", "--no-cache", "--format", "json", "examples"],
        ["check", "--no-cache", "examples"],
        ["check", "--no-cache", "--lang", "vi", "examples"],
        ["rules", "--lang", "vi"],
        ["extract", "--format", "json", "examples"],
    ):
        from_wheel = run([*installed, *arguments], cwd=elsewhere)
        from_checkout = run([*checkout, *arguments], cwd=elsewhere)
        assert from_wheel.stderr == from_checkout.stderr, arguments
        assert from_wheel.stdout == from_checkout.stdout, arguments
        assert from_wheel.returncode == from_checkout.returncode, arguments
    findings = run([*installed, "check", "--no-cache", "examples"], cwd=elsewhere)
    assert findings.returncode == 1 and findings.stdout.strip()
    vietnamese = run([*installed, "check", "--no-cache", "--lang", "vi", "examples"], cwd=elsewhere)
    assert "Phát hiện" in vietnamese.stdout  # the Vietnamese catalogue was found in the wheel
