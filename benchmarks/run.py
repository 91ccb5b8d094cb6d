"""Benchmark `samenwerking` as whole processes against the floor and check-jsonschema.

Generates N valid regions (about 150 lines each) plus the shipped framework into a temporary
root, then times each command as a separate process (best of K runs, wall time) and reads each
child's peak memory with os.wait4. Prints a table and the targets of issue 7 with PASS/FAIL.

    python benchmarks/run.py                         # 100 and 1,000 regions, best of 3
    python benchmarks/run.py --sizes 100,1000,10000 --repeat 5 --check
    python benchmarks/run.py --json > results.json
    python benchmarks/run.py --only-shipped --rounds 20   # the shipped data only (issue 20)

The shipped data (the repository's own frameworks/ and regions/) is measured too: each common
command beside floor_fast.py in interleaved rounds, with the modules it imports.

Exit code 0, unless --check is given and a target fails (then 1). Not a unit test.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

SCHEMAS = HERE.parent / "src" / "samenwerking_cli" / "schemas"
REPO = HERE.parent
ONE_REGION = "regions/foodvalley.yaml"  # what pre-commit passes after an edit of one file

# Targets of issue 20, on the shipped data (the repo's frameworks/ and regions/): the ratio of
# best-of-K wall times to the floor (floor_fast.py), measured side by side in one run.
REAL_TARGETS = {
    "validate": ("floor", 1.5),
    f"validate {ONE_REGION}": ("floor, one region", 1.5),
    "compare": ("floor", 2.0),
    "show foodvalley": ("floor", 2.0),
    "report": ("floor", 3.0),
}
# Modules the valid fast path of `validate` never needs (the test suite checks the same).
HEAVY = ("typer", "click", "pydantic", "rich", "jsonschema", "jinja2", "babel", "deepdiff")

# Targets of issue 7, judged on the 1,000-region run (the ratios on 100 regions are shown too,
# but there process start-up dominates).
TARGET_N = 1000
VALIDATE_VS_FLOOR = 1.2
VALIDATE_VS_CHECK_JSONSCHEMA = 5.0
COMPARE_VS_FLOOR = 1.5
REPORT_VS_FLOOR = 3.0
REPORT_SCALING = 11.0
STARTUP_VS_TYPER = 1.3
PEAK_MB = 200.0


@dataclass
class Result:
    name: str
    n: int | None
    seconds: float
    peak_mb: float
    exit_code: int
    ratio: float | None = None  # to the floor (or to `import typer` for start-up)
    scaling: float | None = None  # time(10n) / time(n)


@dataclass
class Real:
    """One command on the shipped data: best wall and CPU seconds over interleaved rounds."""

    name: str
    seconds: float
    cpu: float
    exit_code: int
    ratio: float | None = None
    cpu_ratio: float | None = None
    imports: list[tuple[str, int]] = field(default_factory=list)  # (module, cumulative us)
    heavy: list[str] = field(default_factory=list)


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)
    real: list[Real] = field(default_factory=list)
    real_checks: list[dict[str, object]] = field(default_factory=list)
    checks: list[dict[str, object]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def run_once(cmd: list[str], cwd: Path) -> tuple[float, float, int]:
    """(wall seconds, peak RSS in MB, exit code) of one process, measured on that process only."""
    seconds, peak, code, _ = run_timed(cmd, cwd)
    return seconds, peak, code


def run_timed(cmd: list[str], cwd: Path) -> tuple[float, float, int, float]:
    """run_once, plus the CPU seconds (user + system) of the process and what it waited for."""
    env = dict(os.environ, NO_COLOR="1", PYTHONDONTWRITEBYTECODE="1")
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
    )
    assert proc.stderr is not None
    stderr = proc.stderr.read()  # small; read before wait so a full pipe cannot block the child
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    if proc.returncode not in (0, 1):
        sys.stderr.write(
            f"  ! {' '.join(cmd[:3])}... exited {proc.returncode}: {stderr[-300:]!r}\n"
        )
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, usage.ru_maxrss / 1024, proc.returncode, cpu  # ru_maxrss is in KB on Linux


def best_of(cmd: list[str], repeat: int, cwd: Path) -> tuple[float, float, int]:
    runs = [run_once(cmd, cwd) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs), runs[-1][2]


def available(cmd: list[str]) -> bool:
    try:
        done = subprocess.run([*cmd, "--help"], capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def samenwerking() -> list[str]:
    exe = shutil.which("samenwerking")
    return [exe] if exe else [sys.executable, "-m", "samenwerking_cli"]


def measure(sizes: list[int], repeat: int, workdir: Path, log: Callable[[str], None]) -> Report:
    report = Report()
    tool = samenwerking()
    has = {
        "compare": available([*tool, "compare"]),
        "report": available([*tool, "report"]),
    }
    for command, ok in has.items():
        if not ok:
            report.notes.append(f"samenwerking {command}: not available yet (skipped)")
    cjs = shutil.which("check-jsonschema")
    if not cjs:
        report.notes.append(
            "check-jsonschema: not installed (skipped); `pip install check-jsonschema` to compare"
        )

    def add(name: str, n: int | None, cmd: list[str], cwd: Path, k: int = repeat) -> Result:
        log(f"  {name} (N={n if n is not None else '-'}) ...")
        seconds, peak, code = best_of(cmd, k, cwd)
        result = Result(name, n, round(seconds, 4), round(peak, 1), code)
        report.results.append(result)
        return result

    for n in sizes:
        root = workdir / f"n{n}"
        log(f"generating {n} regions in {root}")
        generate(root, n)
        out = workdir / f"report-{n}.html"
        floor = add("floor", n, [sys.executable, str(HERE / "floor.py"), str(root)], root)
        rows = [add("validate", n, [*tool, "validate", "--root", str(root)], root)]
        rows.append(
            add(
                "validate --format json",
                n,
                [*tool, "validate", "--root", str(root), "--format", "json"],
                root,
            )
        )
        for row in rows:
            if row.exit_code != 0:
                report.notes.append(
                    f"{row.name} on {n} regions exited {row.exit_code}: the generated files "
                    "should all be valid"
                )
        if has["compare"]:
            rows.append(
                add(
                    "compare --format json",
                    n,
                    [*tool, "compare", "--root", str(root), "--format", "json"],
                    root,
                )
            )
        if has["report"]:
            rows.append(
                add("report", n, [*tool, "report", "--root", str(root), "--output", str(out)], root)
            )
        if cjs:
            files = sorted(str(p) for p in (root / "regions").glob("*.yaml"))
            schema = str(SCHEMAS / "region.schema.json")
            rows.append(add("check-jsonschema", n, [cjs, "--schemafile", schema, *files], root))
        for row in rows:
            row.ratio = round(row.seconds / floor.seconds, 3)
        floor.ratio = 1.0
        shutil.rmtree(root, ignore_errors=True)

    log("start-up (best of 10)")
    typer = add("python -c 'import typer'", None, [sys.executable, "-c", "import typer"], HERE, 10)
    typer.ratio = 1.0
    for flag in ("--version", "--help"):
        row = add(f"samenwerking {flag}", None, [*tool, flag], HERE, 10)
        row.ratio = round(row.seconds / typer.seconds, 3)

    by = {(r.name, r.n): r for r in report.results}
    for r in report.results:
        if r.n is not None and (r.name, r.n * 10) in by:
            by[(r.name, r.n * 10)].scaling = round(by[(r.name, r.n * 10)].seconds / r.seconds, 2)
    report.checks = judge(report.results, by)
    return report


def real_cases(tool: list[str], out: Path) -> dict[str, tuple[list[str], str]]:
    """name -> (command, the floor it is held against), all run in the repository."""
    floor = [sys.executable, str(HERE / "floor_fast.py"), str(REPO)]
    return {
        "floor": (floor, ""),
        "floor, one region": ([*floor, ONE_REGION], ""),
        "validate": ([*tool, "validate"], "floor"),
        f"validate {ONE_REGION}": ([*tool, "validate", ONE_REGION], "floor, one region"),
        "validate --format json": ([*tool, "validate", "--format", "json"], "floor"),
        "compare": ([*tool, "compare"], "floor"),
        "show foodvalley": ([*tool, "show", "foodvalley"], "floor"),
        "report": ([*tool, "report", "--output", str(out)], "floor"),
    }


def imported(cmd: list[str], cwd: Path) -> tuple[list[tuple[str, int]], list[str]]:
    """(top-level imports with their cumulative microseconds, heavy packages) of one run."""
    if cmd[0] != sys.executable:  # the console script: run the same code through -m
        cmd = [sys.executable, "-m", "samenwerking_cli", *cmd[1:]]
    env = dict(os.environ, NO_COLOR="1")
    done = subprocess.run(
        [cmd[0], "-X", "importtime", *cmd[1:]], cwd=cwd, env=env, capture_output=True, text=True
    )
    top: list[tuple[str, int]] = []
    roots: set[str] = set()
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line.split("|", 2)
        module = name.strip()
        roots.add(module.split(".")[0])
        if name.startswith(" ") and not name.startswith("  "):  # imported by the program itself
            top.append((module, int(cumulative)))
    top.sort(key=lambda item: -item[1])
    return top, sorted(r for r in roots if r in HEAVY)


def measure_real(
    report: Report, repeat: int, workdir: Path, top: int, log: Callable[[str], None]
) -> None:
    """The shipped data, each command against its floor in interleaved rounds (issue 20)."""
    tool = samenwerking()
    cases = real_cases(tool, workdir / "report-shipped.html")
    # Warm: files in the page cache, and bytecode written as an installed package has it (an
    # editable install under PYTHONDONTWRITEBYTECODE would compile every module on every run).
    warm = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for cmd, _ in cases.values():
        subprocess.run(cmd, cwd=REPO, capture_output=True, env=warm)
    best: dict[str, list[float]] = {name: [1e9, 1e9, 0] for name in cases}
    log(f"shipped data: {len(cases)} commands, {repeat} interleaved rounds")
    for _ in range(repeat):
        for name, (cmd, _) in cases.items():
            seconds, _peak, code, cpu = run_timed(cmd, REPO)
            row = best[name]
            row[0], row[1], row[2] = min(row[0], seconds), min(row[1], cpu), code
    for name, (cmd, floor) in cases.items():
        seconds, cpu, code = best[name]
        row = Real(name, round(seconds, 4), round(cpu, 4), int(code))
        if floor:
            row.ratio = round(seconds / best[floor][0], 3)
            row.cpu_ratio = round(cpu / best[floor][1], 3)
            imports, row.heavy = imported(cmd, REPO)
            row.imports = imports[:top]
        report.real.append(row)


def judge_real(real: list[Real]) -> list[dict[str, object]]:
    by = {r.name: r for r in real}
    checks: list[dict[str, object]] = []
    for name, (floor, limit) in REAL_TARGETS.items():
        if name in by and by[name].ratio is not None:
            value = by[name].ratio or 0
            checks.append(
                {
                    "target": f"{name}, shipped data: x {floor}",
                    "value": round(value, 2),
                    "limit": limit,
                    "pass": value <= limit,
                }
            )
    return checks


def real_table(report: Report) -> str:
    head = ("command (shipped data)", "seconds", "x floor", "CPU s", "x floor (CPU)", "imports")
    rows = [head]
    for r in report.real:
        rows.append(
            (
                r.name + ("" if r.exit_code in (0, 1) else f" [exit {r.exit_code}]"),
                f"{r.seconds:.3f}",
                "-" if r.ratio is None else f"{r.ratio:.2f}",
                f"{r.cpu:.3f}",
                "-" if r.cpu_ratio is None else f"{r.cpu_ratio:.2f}",
                ", ".join(r.heavy) or "-",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = [
        "  ".join(
            c.ljust(w) if i in (0, 5) else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    for r in report.real:
        if r.imports:
            shown = ", ".join(f"{m} {us / 1000:.0f}ms" for m, us in r.imports)
            lines.append(f"  imports of {r.name} (top, cumulative): {shown}")
    return "\n".join(lines)


def judge(
    results: list[Result], by: dict[tuple[str, int | None], Result]
) -> list[dict[str, object]]:
    checks: list[dict[str, object]] = []

    def check(target: str, value: float, limit: float, higher_is_better: bool = False) -> None:
        ok = value >= limit if higher_is_better else value <= limit
        checks.append({"target": target, "value": round(value, 2), "limit": limit, "pass": ok})

    n = TARGET_N
    for name in ("validate", "validate --format json"):
        if (name, n) in by:
            check(f"{name}, {n} regions: x floor", by[(name, n)].ratio or 0, VALIDATE_VS_FLOOR)
            if ("check-jsonschema", n) in by:
                speedup = by[("check-jsonschema", n)].seconds / by[(name, n)].seconds
                check(
                    f"{name}, {n} regions: times faster than check-jsonschema",
                    speedup,
                    VALIDATE_VS_CHECK_JSONSCHEMA,
                    higher_is_better=True,
                )
    if ("compare --format json", n) in by:
        check(
            f"compare --format json, {n} regions: x floor",
            by[("compare --format json", n)].ratio or 0,
            COMPARE_VS_FLOOR,
        )
    if ("report", n) in by:
        check(f"report, {n} regions: x floor", by[("report", n)].ratio or 0, REPORT_VS_FLOOR)
    for r in results:
        if r.name == "report" and r.scaling is not None and r.n is not None:
            check(f"report, {r.n} vs {r.n // 10} regions: time ratio", r.scaling, REPORT_SCALING)
    for r in results:
        if r.name.startswith("samenwerking --"):
            check(f"{r.name}: x import typer", r.ratio or 0, STARTUP_VS_TYPER)
    for r in results:
        if r.n == n and r.name.split()[0] in ("validate", "compare", "report"):
            check(f"{r.name}, {n} regions: peak MB", r.peak_mb, PEAK_MB)
    return checks


def table(report: Report) -> str:
    head = ("command", "N", "seconds", "x floor", "peak MB", "x time (10x N)")
    rows = [head]
    for r in report.results:
        ratio = "-" if r.ratio is None else f"{r.ratio:.2f}"
        if r.n is None and r.ratio is not None:
            ratio = f"{r.ratio:.2f} (typer)"
        rows.append(
            (
                r.name + ("" if r.exit_code in (0, 1) else f" [exit {r.exit_code}]"),
                "-" if r.n is None else f"{r.n:,}",
                f"{r.seconds:.3f}",
                ratio,
                f"{r.peak_mb:.0f}",
                "-" if r.scaling is None else f"{r.scaling:.2f}",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append("")
    lines.append("Targets (issue 7):")
    for c in report.checks:
        verdict = "PASS" if c["pass"] else "FAIL"
        lines.append(f"  {verdict}  {c['target']}: {c['value']} (limit {c['limit']})")
    if not report.checks:
        lines.append(f"  (none judged: the targets are for N={TARGET_N:,})")
    for note in report.notes:
        lines.append(f"Note: {note}")
    return "\n".join(lines)


def compile_package() -> None:
    """Bytecode for the package, as an installed wheel has it (see measure_real)."""
    import importlib.util

    spec = importlib.util.find_spec("samenwerking_cli")
    folders = list(spec.submodule_search_locations or []) if spec else []
    warm = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if folders:
        subprocess.run([sys.executable, "-m", "compileall", "-q", *folders], env=warm, check=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000", help="region counts, e.g. 100,1000,10000")
    parser.add_argument("--repeat", type=int, default=3, help="runs per command; best is kept")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target fails")
    parser.add_argument("--workdir", type=Path, help="where to generate (default: a temp folder)")
    parser.add_argument(
        "--rounds", type=int, default=15, help="interleaved rounds on the shipped data"
    )
    parser.add_argument("--top", type=int, default=6, help="imports listed per command")
    parser.add_argument(
        "--only-shipped", action="store_true", help="only the shipped data (no generated regions)"
    )
    args = parser.parse_args()
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]

    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    compile_package()

    def run(workdir: Path) -> Report:
        if args.only_shipped:
            report = Report()
        else:
            report = measure(sizes, max(1, args.repeat), workdir, say)
        measure_real(report, max(1, args.rounds), workdir, args.top, say)
        report.real_checks = judge_real(report.real)
        return report

    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        report = run(args.workdir)
    else:
        with tempfile.TemporaryDirectory(prefix="samenwerking-bench-") as tmp:
            report = run(Path(tmp))
    if args.json:
        print(json.dumps(asdict(report), indent=2))
    else:
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, best of {args.repeat}")
        if report.results:
            print(table(report))
            print()
        print(f"Shipped data, best of {args.rounds} interleaved rounds:")
        print(real_table(report))
        print("Targets (issue 20):")
        for c in report.real_checks:
            verdict = "PASS" if c["pass"] else "FAIL"
            print(f"  {verdict}  {c['target']}: {c['value']} (limit {c['limit']})")
    failed = any(not c["pass"] for c in [*report.checks, *report.real_checks])
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
