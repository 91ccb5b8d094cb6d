"""Issue 11: bounded work for inputs up to the 2 MB file limit.

The installed command runs in a subprocess with a memory limit and a time-out; the bound checked
is CPU time (user + system, not wall time, so a busy machine does not fail it) and peak memory
against 5 s and 200 MB: a wide margin over a normal run, not a speed benchmark.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import REPO_DIR

REPO = REPO_DIR
FRAMEWORK = REPO / "frameworks" / "dnz-werkafspraken.yaml"
AS_OF = "2025-01-01"
MAX_CPU_SECONDS = 5.0
MAX_MB = 200
HEADER = "region: {id}\nname: Test\nframework: dnz-werkafspraken\nadoption: adopted\n"


@dataclass
class Run:
    code: int
    out: str
    err: str
    cpu: float
    max_mb: float


def _exe() -> str:
    beside = Path(sys.executable).parent / "samenwerking"
    found = str(beside) if beside.exists() else shutil.which("samenwerking")
    if not found:
        pytest.skip("the `samenwerking` command is not installed (pip install -e .)")
    return found


def _limit_memory() -> None:  # in the child, before it runs: a runaway fails, not the machine
    limit = 2 * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run(*args: str, cwd: Path, columns: str = "200") -> Run:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": columns, "PYTHONIOENCODING": "utf-8"}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [_exe(), *args],
            cwd=cwd,
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            env=env,
            preexec_fn=_limit_memory,
        )
        try:
            proc.wait(timeout=120)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            pytest.fail(f"{args} did not finish in 120 s")
        # The usage of the finished child: its CPU time and peak memory (KB on Linux).
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        out.seek(0)
        err.seek(0)
        return Run(
            proc.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            0.0,
            usage.ru_maxrss / 1024,
        )


def bounded(*args: str, cwd: Path, columns: str = "200") -> Run:
    """Run in a fresh process group so that RUSAGE_CHILDREN counts this child alone."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child only measures one run and reports it
        os.close(read)
        try:
            result = run(*args, cwd=cwd, columns=columns)
            usage = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = usage.ru_utime + usage.ru_stime
            line = f"{result.code}\t{cpu}\t{result.max_mb}\n"
            os.write(write, line.encode())
            Path(cwd, ".out").write_text(result.out, encoding="utf-8")
            Path(cwd, ".err").write_text(result.err, encoding="utf-8")
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as handle:
        report = handle.read()
    os.waitpid(pid, 0)
    assert report, "the measuring process failed"
    code, cpu, max_mb = report.split("\t")
    out = Path(cwd, ".out").read_text(encoding="utf-8")
    err = Path(cwd, ".err").read_text(encoding="utf-8")
    result = Run(int(code), out, err, float(cpu), float(max_mb))
    assert "Traceback" not in result.err and "Internal error" not in result.err, result.err
    assert result.cpu < MAX_CPU_SECONDS, f"{args}: {result.cpu:.1f} s of CPU"
    assert result.max_mb < MAX_MB, f"{args}: {result.max_mb:.0f} MB"
    return result


def make_root(tmp_path: Path, documents: dict[str, str]) -> Path:
    root = tmp_path / "root"
    (root / "frameworks").mkdir(parents=True)
    (root / "regions").mkdir()
    shutil.copy(FRAMEWORK, root / "frameworks")
    for name, text in documents.items():
        data = text.encode("utf-8")
        assert len(data) <= 2 * 1024 * 1024, f"{name} is over the 2 MB limit"
        (root / "regions" / name).write_bytes(data)
    return root


def test_did_you_mean_over_thousands_of_unknown_keys(tmp_path: Path) -> None:
    keys = "".join(f"contactz{i}: 1\n" for i in range(15_000))
    devs = "deviations:\n" + "".join(
        f"  proefplaatsing.max_duur_maand{i}:\n    value: 1\n    rationale: x\n"
        for i in range(4_000)
    )
    root = make_root(
        tmp_path,
        {
            "keys.yaml": HEADER.format(id="keys") + keys,
            "devs.yaml": HEADER.format(id="devs") + devs,
        },
    )
    for fmt in ("text", "json"):
        result = bounded("validate", "--as-of", AS_OF, "--format", fmt, cwd=root)
        assert result.code == 1
        assert "did you mean `contacts`?" in result.out
        assert "did you mean `proefplaatsing.max_duur_maanden`?" in result.out


def test_thousands_of_list_items_outside_the_choices_are_collapsed(tmp_path: Path) -> None:
    topics = ", ".join(f"onderwerp{i % 7}" for i in range(15_000))
    text = HEADER.format(id="items") + (
        f"contacts:\n  - role: x\n    organisation: y\n    email: a@b.nl\n    topics: [{topics}]\n"
    )
    root = make_root(tmp_path, {"items.yaml": text})
    result = bounded("validate", "--as-of", AS_OF, cwd=root)
    assert result.code == 1
    found = [ln for ln in result.out.splitlines() if " error unknown-topic " in ln]
    assert len(found) == 7, result.out[:2000]  # one per distinct topic
    assert "the topic `onderwerp0` is not in the framework (and 2142 more times in this file" in (
        result.out
    )


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif", "junit"])
def test_megabyte_source_lines_are_clipped_in_every_format(tmp_path: Path, fmt: str) -> None:
    text = HEADER.format(id="long").replace("adoption: adopted", "adoption: " + "y" * 1_500_000)
    text += "x" * 100 + "unknown: " + "z" * 400_000 + "\n"
    root = make_root(tmp_path, {"long.yaml": text})
    result = bounded("validate", "--as-of", AS_OF, "--format", fmt, cwd=root)
    assert result.code == 1
    assert len(result.out) < 50_000, len(result.out)  # the lines hold 1.9 MB
    assert "yyyyyyyyyy" in result.out  # the value is named, shortened
    if fmt == "text":  # the caret still points at the column in the clipped line
        lines = result.out.splitlines()
        shown = next(i for i, ln in enumerate(lines) if ln.startswith("  4 | adoption: "))
        assert lines[shown + 1].index("^") == lines[shown].index("yyy")


@pytest.mark.parametrize(
    "args",
    [
        ["show", "long"],
        ["compare"],
        ["show", "long", "--format", "markdown"],
        ["compare", "--format", "csv"],
        ["report", "--format", "markdown", "-o", "r.md"],
        ["report", "-o", "r.html"],
    ],
)
def test_megabyte_rationale_in_a_narrow_terminal(tmp_path: Path, args: list[str]) -> None:
    words = ("werkafspraak regio loonwaarde " * 70_000)[:1_900_000]
    text = HEADER.format(id="long") + (
        f'deviations:\n  proefplaatsing.max_duur_maanden:\n    value: 3\n    rationale: "{words}"\n'
    )
    root = make_root(tmp_path, {"long.yaml": text})
    result = bounded(*args, "--as-of", AS_OF, cwd=root, columns="40")
    assert result.code == 0, result.err
