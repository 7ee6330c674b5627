"""Throughput and start-up of ``solieu check``.

Builds a corpus of copies of the shared reports (``bench/corpus/``, git-ignored), then prints

- in-process throughput of reading + extracting + checking with every rule, in MB/s, both with
  the phrase-parse cache cleared before each file (what one report costs on its own) and with
  the cache shared across files (what a directory of reports costs);
- throughput of the command line (``solieu check --no-cache --format json bench/corpus``,
  start-up included), in one process (``-j 1``) and with the default worker processes;
- the cold start of a one-file ``solieu check`` (wall time of a fresh process, best of N), as
  a user meets it from the second run on (the phrase-shape memo of ``lint/numbers/shape_memo.py``
  filled by an earlier run) and on the very first run (no memo: Lark imported, its lexers
  built).  Python may write its bytecode, as an installed wheel has it (``pip`` compiles it).
  The command-line runs keep their shape memo in ``bench/cache/`` (git-ignored).

Targets for now: >= 5 MB/s over the corpus and <= 300 ms cold start.

    .venv/bin/python bench/run.py [--copies 20] [--repeat 7] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
CORPUS = ROOT / "bench" / "corpus"
CACHE_HOME = ROOT / "bench" / "cache"
MEMO = CACHE_HOME / "solieu" / "phrase-shapes.json"
ONE_FILE = ROOT / "examples" / "bao-cao-xa-tan-phu-6-thang.md"
TARGET_MB_S = 5.0
TARGET_COLD_MS = 300.0


def build_corpus(copies: int) -> list[Path]:
    sources = sorted(p for p in SHARED.glob("*") if p.suffix in (".md", ".txt"))
    sources = [p for p in sources if p.name != "README.md"]
    if not sources:
        sys.exit(f"no reports in {SHARED}")
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    CORPUS.mkdir(parents=True)
    files = []
    for copy in range(copies):
        for source in sources:
            target = CORPUS / f"{copy:03d}-{source.name}"
            target.write_bytes(source.read_bytes())
            files.append(target)
    return files


def solieu_command() -> list[str]:
    script = Path(sys.executable).parent / "solieu"
    if script.exists():
        return [str(script)]
    found = shutil.which("solieu")
    return [found] if found else [sys.executable, "-m", "lint.cli"]


def in_process(files: list[Path], clear_cache: bool) -> tuple[float, float]:
    """Wall and CPU seconds to read, extract and check every file with every rule."""
    from lint.engine import check_file
    from lint.numbers.parse import clear_phrase_cache
    from lint.ruleset import all_rules

    rules = list(all_rules())
    check_file(str(files[0]), rules)  # grammar compiled, rules imported
    started, cpu = time.perf_counter(), time.process_time()
    for path in files:
        if clear_cache:
            clear_phrase_cache()
        result = check_file(str(path), rules)
        assert result.error is None, result.error
    return time.perf_counter() - started, time.process_time() - cpu


def child_environment() -> dict[str, str]:
    """The environment of the measured processes: bytecode allowed, the bench's own memo."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "CI")}
    env["XDG_CACHE_HOME"] = str(CACHE_HOME)
    return env


def through_cli(command: list[str], jobs: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        [*command, "check", "--no-cache", *jobs, "--format", "json", "--exit-zero", str(CORPUS)],
        capture_output=True,
        check=False,
        env=child_environment(),
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"solieu check failed ({done.returncode}): {done.stderr.decode()[:500]}")
    return elapsed


def cold_start(command: list[str], repeat: int, memo: bool) -> tuple[float, float]:
    """Best wall time and best CPU time (user + system) of a fresh one-file check, with the
    phrase-shape memo of an earlier run or without any."""
    walls, cpus = [], []
    one_file = [*command, "check", "--no-cache", "--exit-zero", str(ONE_FILE)]
    subprocess.run(one_file, capture_output=True, check=False, env=child_environment())
    for _ in range(repeat):
        if not memo:
            MEMO.unlink(missing_ok=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(one_file, capture_output=True, check=False, env=child_environment())
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(walls), min(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20, help="copies of each shared report")
    parser.add_argument("--repeat", type=int, default=7, help="runs of the cold start (best of)")
    parser.add_argument("--profile", action="store_true", help="print the in-process profile")
    args = parser.parse_args()
    os.environ["XDG_CACHE_HOME"] = str(CACHE_HOME)  # this process's memo too (before lint loads)

    files = build_corpus(args.copies)
    size = sum(path.stat().st_size for path in files)
    megabytes = size / 1_000_000
    print(f"corpus: {len(files)} files, {megabytes:.2f} MB ({args.copies} copies) in {CORPUS}")

    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        in_process(files, clear_cache=True)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)

    cleared, cleared_cpu = in_process(files, clear_cache=True)
    shared, shared_cpu = in_process(files, clear_cache=False)
    command = solieu_command()
    cli_one = through_cli(command, ["-j", "1"])
    cli_all = through_cli(command, [])
    first, first_cpu = cold_start(command, args.repeat, memo=False)
    cold, cold_cpu = cold_start(command, args.repeat, memo=True)

    rows = [
        ("in-process, parse cache cleared per file", cleared, cleared_cpu),
        ("in-process, parse cache shared", shared, shared_cpu),
        ("command line, -j 1", cli_one, None),
        ("command line, default workers", cli_all, None),
    ]
    print(f"{'':<44} {'wall MB/s':>10} {'CPU MB/s':>10}   target >= {TARGET_MB_S} MB/s")
    for label, wall, cpu in table_rows(rows, megabytes):
        print(f"{label:<44} {wall:>10} {cpu:>10}")
    verdict = "ok" if cold * 1000 <= TARGET_COLD_MS else "ABOVE TARGET"
    print(
        f"cold start, one-file check (best of {args.repeat}): {cold * 1000:.0f} ms wall, "
        f"{cold_cpu * 1000:.0f} ms CPU (target <= {TARGET_COLD_MS:.0f} ms: {verdict})"
    )
    print(
        f"  the very first run (no phrase-shape memo yet): {first * 1000:.0f} ms wall, "
        f"{first_cpu * 1000:.0f} ms CPU"
    )
    print(f"load average while measuring: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")


def table_rows(
    rows: list[tuple[str, float, float | None]], megabytes: float
) -> list[tuple[str, str, str]]:
    return [
        (label, f"{megabytes / wall:.2f}", f"{megabytes / cpu:.2f}" if cpu else "-")
        for label, wall, cpu in rows
    ]


if __name__ == "__main__":
    main()
