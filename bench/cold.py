"""The cold start of a one-file ``solieu check`` for several installations, measured in turn.

Each command (a ``solieu`` of some virtual environment: another revision installed in its own
venv, ``git worktree add /tmp/old REV && python3 -m venv /tmp/old/.venv && /tmp/old/.venv/bin/pip
install -e '/tmp/old[dev]'``) checks ``--file`` in a fresh process, round after round so that
the drift of a shared machine hits them alike; the best wall time of each is printed.  Bytecode
and the kept dataclass and regex code are written (``PYTHONDONTWRITEBYTECODE`` unset), and each
command has its own ``XDG_CACHE_HOME`` (its phrase-shape memo), filled by a first run.

    .venv/bin/python bench/cold.py [--file F] [--rounds 5] [--runs 3] SOLIEU [SOLIEU ...]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILE = ROOT / "examples" / "bao-cao-xa-tan-phu-6-thang.md"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commands", nargs="+", help="solieu executables to compare")
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3, help="runs of each command per round")
    args = parser.parse_args()
    environments = []
    for _ in args.commands:
        environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        environment["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="solieu-cold-")
        environments.append(environment)
    best = [float("inf")] * len(args.commands)
    for round_ in range(args.rounds + 1):
        for index, command in enumerate(args.commands):
            for _ in range(args.runs):
                started = time.perf_counter()
                subprocess.run(
                    [command, "check", "--no-cache", "--exit-zero", str(args.file)],
                    capture_output=True,
                    check=True,
                    env=environments[index],
                )
                if round_ > 0:  # the first round fills bytecode, kept code and memo
                    best[index] = min(best[index], time.perf_counter() - started)
    for command, seconds in zip(args.commands, best, strict=True):
        print(f"{seconds * 1000:6.0f} ms  {command}")


if __name__ == "__main__":
    main()
