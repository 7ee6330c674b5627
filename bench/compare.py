"""Speed of the working tree against an earlier revision, measured alternately.

The timings of ``bench/run.py`` drift by half between two runs a few minutes apart on a shared
virtual machine, which hides a 20 % change.  This script checks out ``REV`` into a temporary git
worktree and measures both trees in turn, round after round, so the drift hits both alike; it
prints the best of each and their ratio:

- in-process CPU time to read, extract and check every file of ``bench/corpus/`` (one fresh
  process per measurement, after a first file that loads the grammar and the rules);
- the wall time of ``check --no-cache -j 1`` over the corpus through the command line;
- the cold start of a one-file ``check`` (bytecode written, each tree's own phrase-shape memo
  filled by the warm-up run).

Both trees use this virtual environment's packages and are run as ``python -m lint.cli`` with
the tree on ``PYTHONPATH``.

    .venv/bin/python bench/compare.py REV [--copies 4] [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import tomllib
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import CORPUS, ONE_FILE, ROOT, build_corpus

IN_PROCESS = """
import sys, time
from pathlib import Path
from lint.engine import check_file
from lint.ruleset import all_rules
files = sorted(Path(sys.argv[1]).iterdir())
rules = list(all_rules())
check_file(str(files[0]), rules)
started = time.process_time()
for path in files:
    check_file(str(path), rules)
print(time.process_time() - started)
"""


def environment(tree: Path, cache_home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "CI")}
    # each tree's own rules: the entry points of its pyproject.toml, found before the installed
    # distribution's (which name the working tree's rules, some missing from an older tree)
    meta = cache_home.parent / f"{cache_home.name}-meta"
    info = meta / "solieu-0.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    project = tomllib.loads((tree / "pyproject.toml").read_text(encoding="utf-8"))
    rules = project["project"]["entry-points"]["solieu.rules"]
    lines = ["[solieu.rules]", *(f"{code} = {target}" for code, target in rules.items())]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: solieu\nVersion: 0\n")
    env.update(
        PYTHONPATH=os.pathsep.join((str(meta), str(tree))),
        XDG_CACHE_HOME=str(cache_home),
        NO_COLOR="1",
    )
    return env


def in_process(tree: Path, env: dict[str, str]) -> float:
    done = subprocess.run(
        [sys.executable, "-c", IN_PROCESS, str(CORPUS)],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


def wall(command: list[str], tree: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=tree, env=env, capture_output=True, check=False)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="the git revision to compare the working tree with")
    parser.add_argument("--copies", type=int, default=4, help="copies of each shared report")
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds (best of)")
    args = parser.parse_args()

    files = build_corpus(args.copies)
    megabytes = sum(path.stat().st_size for path in files) / 1_000_000
    cli = [sys.executable, "-m", "lint.cli", "check", "--no-cache", "--exit-zero"]
    with tempfile.TemporaryDirectory(prefix="solieu-bench-") as scratch:
        old = Path(scratch) / "tree"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(old), args.rev],
            check=True,
        )
        try:
            trees = {args.rev: old, "working tree": ROOT}
            envs = {
                label: environment(tree, Path(scratch) / f"cache-{index}")
                for index, (label, tree) in enumerate(trees.items())
            }
            best: dict[tuple[str, str], float] = {}
            for label, tree in trees.items():  # bytecode, memo, Lark's grammar cache
                wall([*cli, str(ONE_FILE)], tree, envs[label])
            for _ in range(args.rounds):
                for label, tree in trees.items():
                    env = envs[label]
                    measured = {
                        "in-process CPU, corpus": in_process(tree, env),
                        "command line -j 1, corpus": wall(
                            [*cli, "-j", "1", str(CORPUS)], tree, env
                        ),
                        "cold start, one file": wall([*cli, str(ONE_FILE)], tree, env),
                    }
                    for what, seconds in measured.items():
                        key = (what, label)
                        best[key] = min(best.get(key, seconds), seconds)
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], check=False
            )
    print(f"corpus: {len(files)} files, {megabytes:.2f} MB; best of {args.rounds} rounds")
    print(f"{'':<28} {args.rev[:12]:>14} {'working tree':>14} {'speed-up':>9}")
    for what in ("in-process CPU, corpus", "command line -j 1, corpus", "cold start, one file"):
        before, after = best[(what, args.rev)], best[(what, "working tree")]
        if what.startswith("cold"):
            cells = f"{before * 1000:>11.0f} ms {after * 1000:>11.0f} ms"
        else:
            cells = f"{megabytes / before:>9.2f} MB/s {megabytes / after:>9.2f} MB/s"
        print(f"{what:<28} {cells} {before / after:>8.2f}x")


if __name__ == "__main__":
    main()
