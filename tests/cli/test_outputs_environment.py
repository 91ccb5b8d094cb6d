"""Issue 11: outputs into every kind of target, and faults of the machine, are clear answers.

End-to-end cases run the installed command (real streams, devices, FIFOs, signals); the rest use
CliRunner with the fault simulated where the machine cannot make it (a full disk, a read-only
folder for root).
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO_DIR, TESTS
from typer.testing import CliRunner

import samenwerking_cli.cli.main  # noqa: F401  (registers every command on the app)
from samenwerking_cli.cli import output
from samenwerking_cli.cli.app import app
from samenwerking_cli.cli.output import Interrupted, is_direct, write_atomic_chunks

REPO = REPO_DIR
TINY = TESTS / "fixtures" / "compare" / "repo"
AS_OF = "2025-01-01"


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the small compare fixture as the current folder."""
    work = tmp_path / "root"
    shutil.copytree(TINY, work)
    monkeypatch.chdir(work)
    monkeypatch.setenv("COLUMNS", "120")
    return work


def invoke(*args: str, **kwargs: Any) -> Any:
    return CliRunner().invoke(app, list(args), **kwargs)


def _exe() -> str:
    beside = Path(sys.executable).parent / "samenwerking"
    found = str(beside) if beside.exists() else shutil.which("samenwerking")
    if not found:
        pytest.skip("the `samenwerking` command is not installed (pip install -e .)")
    return found


def run(
    command: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[bytes]:
    """A shell line with `SW` standing for the installed command, so streams can be closed,
    piped and redirected as a user's shell does."""
    full = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120", "SW": _exe(), **(env or {})}
    full.pop("PYTHONIOENCODING", None) if env is None or "PYTHONIOENCODING" not in env else None
    return subprocess.run(
        ["bash", "-c", command],
        cwd=cwd,
        env=full,
        capture_output=True,
        timeout=timeout,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def _one_error(stderr: str, *needles: str) -> None:
    """One clear `Error:` line (and its hint) naming the target and the cause; no bug report."""
    lines = stderr.strip().splitlines()
    assert lines and lines[0].startswith("Error: "), stderr
    assert len(lines) <= 2 and (len(lines) == 1 or lines[1].startswith("Hint: ")), stderr
    for needle in needles:
        assert needle in lines[0], stderr
    assert "Internal error" not in stderr and "Traceback" not in stderr


def _temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --- targets that are written into, not replaced ---------------------------------------------


def test_dash_writes_to_stdout(root: Path) -> None:
    result = invoke("compare", "--as-of", AS_OF, "--format", "markdown", "-o", "-")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# ")
    assert not (root / "-").exists()


@pytest.mark.parametrize("name", ["/dev/stdout", "/dev/stderr", "/dev/fd/1", "/proc/self/fd/1"])
def test_names_of_a_stream_are_written_into(name: str) -> None:
    assert is_direct(Path(name))


def test_proc_fd_name_of_stdout_reaches_stdout(root: Path) -> None:
    for name in ("/dev/fd/1", "/proc/self/fd/1"):
        done = run(f'"$SW" compare --as-of {AS_OF} --format json -o {name}', cwd=root)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith(b"{"), name


def test_dev_stdout_redirected_to_a_file_appends_not_replaces(root: Path) -> None:
    """With stdout redirected to a file, /dev/stdout resolves to that file: it must be written
    through the open stream, or the shell's file would be replaced under it."""
    assert is_direct(Path("/dev/stdout"))  # else the run below would replace the redirect
    done = run(
        f'echo first > out.txt; "$SW" compare --as-of {AS_OF} --format json -o /dev/stdout >> out.txt',
        cwd=root,
    )
    assert done.returncode == 0, done.stderr
    text = (root / "out.txt").read_text(encoding="utf-8")
    assert text.startswith("first\n{")


def test_a_character_device_stays_a_device(root: Path) -> None:
    dev = root / "null"
    try:
        os.mknod(dev, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    result = invoke("compare", "--as-of", AS_OF, "--format", "csv", "-o", str(dev))
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(dev.lstat().st_mode)
    assert _temporaries(root) == []


def test_dev_null_is_written_into() -> None:
    assert is_direct(Path("/dev/null"))  # checked first: a regression must not replace it
    done = run(f'"$SW" report --root {REPO} -o /dev/null', cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_fifo_is_written_into(root: Path) -> None:
    fifo = root / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    done = run(f'"$SW" compare --as-of {AS_OF} --format json -o pipe', cwd=root)
    reader.join(10)
    assert done.returncode == 0, done.stderr
    assert got and got[0].startswith(b"{")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_link_is_written_at_its_target_and_stays_a_link(root: Path) -> None:
    (root / "real.md").write_text("old\n", encoding="utf-8")
    (root / "link.md").symlink_to("real.md")
    result = invoke("compare", "--as-of", AS_OF, "--format", "markdown", "-o", "link.md")
    assert result.exit_code == 0, result.output
    assert (root / "link.md").is_symlink()
    assert (root / "real.md").read_text(encoding="utf-8").startswith("# ")
    assert _temporaries(root) == []


def test_a_dangling_link_creates_its_target(root: Path) -> None:
    (root / "out").mkdir()
    (root / "link.csv").symlink_to("out/new.csv")
    result = invoke("compare", "--as-of", AS_OF, "--format", "csv", "-o", "link.csv")
    assert result.exit_code == 0, result.output
    assert (root / "link.csv").is_symlink() and (root / "out" / "new.csv").stat().st_size > 0


# --- outputs that cannot be written -------------------------------------------------------------


def test_a_missing_folder(root: Path) -> None:
    result = invoke("compare", "--as-of", AS_OF, "-o", "nowhere/x.md")
    assert result.exit_code == 2
    _one_error(result.stderr, "nowhere/x.md", "does not exist")


def test_a_read_only_folder(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root may write anywhere, so the refusal is simulated where the temporary file is made."""

    def refuse(*_: Any, **__: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = invoke("compare", "--as-of", AS_OF, "-o", "out.md")
    assert result.exit_code == 2
    _one_error(result.stderr, "cannot write out.md", "Permission denied")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes anyway")
def test_a_read_only_folder_for_real(root: Path) -> None:
    (root / "locked").mkdir()
    (root / "locked").chmod(0o555)
    result = invoke("compare", "--as-of", AS_OF, "-o", "locked/out.md")
    assert result.exit_code == 2
    _one_error(result.stderr, "cannot write locked/out.md")


def test_a_full_disk_leaves_the_previous_file(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (root / "out.md").write_text("previous\n", encoding="utf-8")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", full)
    result = invoke("compare", "--as-of", AS_OF, "--format", "markdown", "-o", "out.md")
    assert result.exit_code == 2
    _one_error(result.stderr, "cannot write out.md", "the disk is full")
    assert (root / "out.md").read_text(encoding="utf-8") == "previous\n"
    assert [p for p in os.listdir(root) if p.startswith(".out.md")] == []


def test_dev_full_is_a_full_disk(root: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    assert is_direct(Path("/dev/full"))  # checked first: a regression must not replace it
    done = run(f'"$SW" compare --as-of {AS_OF} -o /dev/full', cwd=root)
    assert done.returncode == 2
    _one_error(done.stderr.decode(), "cannot write /dev/full", "the disk is full")
    for fmt in ("table", "xlsx"):
        done = run(f'"$SW" compare --as-of {AS_OF} --format {fmt} -o - > /dev/full', cwd=root)
        assert done.returncode == 2
        _one_error(done.stderr.decode(), "standard output", "the disk is full")


def test_a_small_tmpfs_that_fills_up(root: Path) -> None:
    """A real full disk, where this machine lets us mount one."""
    mount = root / "small"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root and a permissive container)")
    try:
        (mount / "out.json").write_text("previous\n", encoding="utf-8")
        done = run(f'"$SW" report --root {REPO} --format markdown -o small/out.json', cwd=root)
        assert done.returncode == 2
        _one_error(done.stderr.decode(), "cannot write small/out.json", "the disk is full")
        assert (mount / "out.json").read_text(encoding="utf-8") == "previous\n"
        assert _temporaries(mount) == []
    finally:
        subprocess.run(["umount", str(mount)], check=False)


@pytest.mark.parametrize(
    "command",
    [
        '"$SW" compare --as-of {as_of} --format markdown >&-',
        '"$SW" validate >&-',
        '"$SW" compare --as-of {as_of} >&-',
        '"$SW" compare --as-of {as_of} --format xlsx -o - >&-',
    ],
)
def test_a_closed_stdout(root: Path, command: str) -> None:
    done = run(command.format(as_of=AS_OF), cwd=root)
    assert done.returncode == 2
    _one_error(done.stderr.decode(), "standard output", "closed")


@pytest.mark.parametrize("target", ["-", "/dev/stdout"])
def test_a_broken_pipe(target: str) -> None:
    """`true` stops reading at once; the report (over 64 KB, a pipe's buffer) cannot be written."""
    done = run(
        f'"$SW" report --root {REPO} --format markdown -o {target} | true; '
        'echo "exit=${PIPESTATUS[0]}" >&2',
        cwd=REPO,
    )
    err = done.stderr.decode()
    assert err.strip().endswith("exit=2"), err
    _one_error(err.replace("exit=2", ""), "broken pipe")
    assert "Exception ignored" not in err


@pytest.mark.parametrize("fmt", ["table", "markdown", "json"])
def test_stdout_in_cp1252(root: Path, fmt: str) -> None:
    done = run(
        f'"$SW" compare --as-of {AS_OF} --format {fmt}',
        cwd=root,
        env={"PYTHONIOENCODING": "cp1252"},
    )
    err = done.stderr.decode("cp1252", "replace")
    if done.returncode == 0:  # everything fitted in cp1252 (JSON escapes what does not)
        done.stdout.decode("cp1252")
        return
    assert done.returncode == 2
    _one_error(err, "standard output", "cp1252")
    assert done.stdout == b""  # refused before anything was written


# --- interrupted and killed runs ----------------------------------------------------------------


def _interrupting(sig: int) -> Iterator[str]:
    yield "# half of the new report\n"
    os.kill(os.getpid(), sig)
    yield "never written\n"


@pytest.mark.parametrize(
    ("sig", "raised"),
    [
        (signal.SIGINT, KeyboardInterrupt),
        (signal.SIGTERM, Interrupted),
        (signal.SIGHUP, Interrupted),
    ],
)
def test_a_signal_during_a_write_leaves_the_previous_file(
    tmp_path: Path, sig: int, raised: type[BaseException]
) -> None:
    target = tmp_path / "report.md"
    target.write_text("previous\n", encoding="utf-8")
    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGHUP)
    with pytest.raises(raised):
        write_atomic_chunks(target, _interrupting(sig))
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert os.listdir(tmp_path) == ["report.md"]
    assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGHUP)) == before


def test_sigterm_during_a_write_ends_the_run_as_interrupted(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from samenwerking_cli.cli.run import compare  # the view commands write through run.compare

    monkeypatch.setattr(compare, "emit", lambda *a, **k: (_ for _ in ()).throw(Interrupted(15)))
    result = invoke("compare", "--as-of", AS_OF, "-o", "out.md")
    assert result.exit_code == 128 + signal.SIGTERM
    assert result.stderr.strip() == "Interrupted (SIGTERM)."


def test_a_killed_run_sigterm_end_to_end(root: Path) -> None:
    """The real command, terminated while it writes: the previous file, no temporary file."""
    (root / "out.md").write_text("previous\n", encoding="utf-8")
    proc = subprocess.Popen(
        [_exe(), "report", "--root", str(REPO), "--format", "markdown", "-o", "out.md"],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        # Wait until the temporary file exists, then terminate.
        for _ in range(2000):
            if any(p.startswith(".out.md.") for p in os.listdir(root)) or proc.poll() is not None:
                break
            threading.Event().wait(0.005)
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
    finally:
        proc.kill() if proc.poll() is None else None
    assert [p for p in os.listdir(root) if p.startswith(".out.md")] == []
    text = (root / "out.md").read_text(encoding="utf-8")
    assert text == "previous\n" or text.startswith("# ")  # finished before the signal: complete


def test_leftovers_of_a_killed_run_are_removed_by_the_next_write(root: Path) -> None:
    pid_max = int(Path("/proc/sys/kernel/pid_max").read_text()) if Path("/proc").is_dir() else 99999
    gone = pid_max + 7  # no process can have this id
    stale = root / f".out.md.samenwerking-{gone}-abc123.tmp"
    stale.write_text("half", encoding="utf-8")
    running = root / f".out.md.samenwerking-{os.getppid()}-def456.tmp"  # a live process's
    running.write_text("busy", encoding="utf-8")
    other = root / ".other.md.samenwerking-1-x.tmp"  # another target's: not ours to touch
    other.write_text("x", encoding="utf-8")
    result = invoke("compare", "--as-of", AS_OF, "--format", "markdown", "-o", "out.md")
    assert result.exit_code == 0, result.output
    assert not stale.exists()
    assert running.exists() and other.exists()


# --- the environment ------------------------------------------------------------------------------


@pytest.mark.parametrize("folder", ["regions", "frameworks"])
def test_regions_or_frameworks_is_a_file(root: Path, folder: str) -> None:
    shutil.rmtree(root / folder)
    (root / folder).write_text("", encoding="utf-8")
    for command in (["validate"], ["compare", "--as-of", AS_OF], ["report", "-o", "r.html"]):
        result = invoke(*command)
        assert result.exit_code == 2, (command, result.output)
        _one_error(result.stderr, f"{folder} is a file, not a folder")


def test_new_region_when_regions_is_a_file(root: Path) -> None:
    shutil.rmtree(root / "regions")
    (root / "regions").write_text("", encoding="utf-8")
    result = invoke("new-region", "x", "--name", "X")
    assert result.exit_code == 2
    _one_error(result.stderr, "regions is a file")


@pytest.mark.parametrize("loop", [["self"], ["a", "b"]])
def test_root_is_a_symlink_loop(tmp_path: Path, loop: list[str]) -> None:
    for name, to in zip(loop, loop[1:] + loop[:1], strict=True):
        (tmp_path / name).symlink_to(tmp_path / to)
    result = invoke("validate", "--root", str(tmp_path / loop[0]))
    assert result.exit_code == 2
    _one_error(result.stderr, "loop")


def test_file_name_that_is_not_utf8(root: Path) -> None:
    raw = os.fsencode(root / "regions") + b"/caf\xe9.yaml"
    with open(raw, "wb") as handle:
        handle.write((root / "regions" / "beta.yaml").read_bytes().replace(b"beta", b"cafe"))
    result = invoke("validate", "--as-of", AS_OF, "--format", "json")
    assert result.exit_code == 1, result.output
    doc = result.stdout
    assert "caf\\\\xe9.yaml" in doc  # `\xe9` in the JSON text
    finding = next(f for f in __import__("json").loads(doc)["findings"] if "caf" in f["file"])
    assert finding["code"] == "id-mismatch"
    assert "set `region:" not in finding["hint"]  # `caf\xe9` is no valid id to propose
    text = invoke("validate", "--as-of", AS_OF)
    assert "caf\\xe9.yaml" in text.stdout and "Internal error" not in text.output


def test_id_mismatch_proposes_the_file_name_only_when_it_is_a_valid_id(root: Path) -> None:
    shutil.copy(root / "regions" / "beta.yaml", root / "regions" / "Beta Copy.yaml")
    shutil.copy(root / "regions" / "beta.yaml", root / "regions" / "beta-2.yaml")
    result = invoke("validate", "--as-of", AS_OF, "--format", "json")
    hints = {
        Path(f["file"]).name: f["hint"]
        for f in __import__("json").loads(result.stdout)["findings"]
        if f["code"] == "id-mismatch"
    }
    assert hints["Beta Copy.yaml"] == (
        "rename the file to beta.yaml (ids are lower-case letters, digits, - and _)"
    )
    assert hints["beta-2.yaml"] == "rename the file to beta.yaml, or set `region: beta-2`"


@pytest.mark.parametrize("columns", ["0", "-5", "abc", "1", "99999999999"])
def test_nonsense_columns_give_a_sane_width(root: Path, columns: str) -> None:
    for command in (["compare", "--as-of", AS_OF], ["show", "alpha", "--as-of", AS_OF]):
        result = invoke(*command, env={"COLUMNS": columns})
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        assert len(lines) > 3 and "Klein raamwerk" in result.stdout
        assert max(len(line) for line in lines) >= 40  # never a column of single letters


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_region_found_with_composed_or_decomposed_accents(root: Path, form: str) -> None:
    import unicodedata

    text = (root / "regions" / "beta.yaml").read_text(encoding="utf-8")
    (root / "regions" / "beta.yaml").write_text(
        text.replace("name: Beta", "name: " + unicodedata.normalize("NFD", "Café Beta")),
        encoding="utf-8",
    )
    asked = unicodedata.normalize(form, "café beta")
    result = invoke("show", asked, "--as-of", AS_OF, "--format", "json")
    assert result.exit_code == 0, result.output
    assert '"beta"' in result.stdout


# --- values at the edge of what a type holds ------------------------------------------------------


def test_the_largest_accepted_values_give_finite_numbers_in_every_output(root: Path) -> None:
    """Values just under 2^53 are accepted; their differences and indices stay finite, so no
    `inf` or `nan` reaches JSON, CSV, Markdown or HTML."""
    alpha = root / "regions" / "alpha.yaml"
    text = alpha.read_text(encoding="utf-8")
    text = text.replace("    value: 92.50\n", "    value: 9007199254740000.00\n")
    text = text.replace("    value: 3\n", "    value: 6\n", 1)
    alpha.write_text(text, encoding="utf-8")
    extra = root / "regions" / "epsilon.yaml"
    extra.write_text(
        "region: epsilon\nname: Epsilon\nframework: tiny\nadoption: adopted\ndeviations:\n"
        "  extra.uren:\n    value: -9007199254740000\n    rationale: Uiterste waarde.\n",
        encoding="utf-8",
    )
    for args in (
        ["compare", "--format", "json"],
        ["compare", "--format", "csv"],
        ["compare", "--format", "markdown"],
        ["show", "alpha", "--format", "json"],
        ["report", "--format", "markdown", "-o", "-"],
        ["report", "-o", "-"],
    ):
        result = invoke(*args, "--as-of", AS_OF)
        assert result.exit_code == 0, (args, result.output)
        lowered = result.stdout.lower()
        for word in ("infinity", "nan", "inf "):
            assert f" {word}" not in lowered and f":{word}" not in lowered, (args, word)
        if "json" in args:
            import json

            json.loads(result.stdout, parse_constant=lambda c: pytest.fail(f"{c} in JSON"))
