"""Instructions (``valgrind --tool=callgrind``) of one in-process pass over the shared reports.

Wall and CPU times drift by half on a shared machine; instruction counts do not.  This runs,
under callgrind, a process that checks every ``.md``/``.txt`` report of ``../shared/corpus``
once (warm-up: grammar, rules, phrase-shape memo) and then ``--passes`` more times, and the
same process with no extra pass; the difference divided by the passes is one pass.  ``--code
DIR`` measures another checkout (``git worktree add /tmp/old REV``) with this venv's packages;
``SOLIEU_PURE_PYTHON=1`` in the environment measures without the accelerators.  Slow: about a
minute per 100 M instructions on a loaded 2-core machine.

    .venv/bin/python bench/instructions.py [--code DIR] [--passes 2]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"

CHILD = """
import sys
from lint.engine import check_file
from lint.ruleset import all_rules
paths = sys.argv[2:]
rules = list(all_rules())
for path in paths * (1 + int(sys.argv[1])):
    check_file(path, rules)
"""


def instructions(code: Path, passes: int, paths: list[str], cache: str) -> int:
    env = dict(os.environ, PYTHONPATH=str(code), XDG_CACHE_HOME=cache)
    command = [sys.executable, "-c", CHILD, str(passes), *paths]
    if passes < 0:  # fill the phrase-shape memo and the bytecode, no count
        subprocess.run([*command[:3], "0", *paths], cwd=code, env=env, check=True)
        return 0
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        cwd=code,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        sys.exit(f"no instruction count in valgrind's output: {done.stderr[-500:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose lint/ to measure")
    parser.add_argument("--passes", type=int, default=2, help="passes after the warm-up")
    args = parser.parse_args()
    paths = sorted(
        str(p) for p in SHARED.iterdir() if p.suffix in (".md", ".txt") and p.name != "README.md"
    )
    size = sum(Path(p).stat().st_size for p in paths)
    with tempfile.TemporaryDirectory(prefix="solieu-instructions-") as cache:
        instructions(args.code, -1, paths, cache)
        base = instructions(args.code, 0, paths, cache)
        total = instructions(args.code, args.passes, paths, cache)
    one = (total - base) / args.passes
    print(f"code: {args.code}; {len(paths)} reports, {size / 1000:.0f} kB")
    print(f"start-up and warm-up pass: {base / 1e9:.3f} G instructions")
    print(f"one pass: {one / 1e9:.3f} G instructions, {one / size:,.0f} a byte")


if __name__ == "__main__":
    main()
