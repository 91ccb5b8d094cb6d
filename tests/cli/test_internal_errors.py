"""The error edge: whatever goes wrong inside ends in readable lines and an exit code.

In-process with CliRunner, since these monkeypatch the code: a core function that raises, a file
that vanishes between discovery and reading, a file whose read is refused, Ctrl-C.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO_DIR, invoke

from samenwerking_cli.loading import document as loading
from samenwerking_cli.workspace import check
from samenwerking_cli.workspace import load as workspace

REPO = REPO_DIR
HEADER = "region: {id}\nname: Test\nframework: dnz-werkafspraken\nadoption: adopted\n"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "frameworks").mkdir()
    (tmp_path / "regions").mkdir()
    shutil.copy(REPO / "frameworks" / "dnz-werkafspraken.yaml", tmp_path / "frameworks")
    for name in ("alpha", "beta", "gamma"):
        (tmp_path / "regions" / f"{name}.yaml").write_text(HEADER.format(id=name), encoding="utf-8")
    return tmp_path


def _boom(*_: object, **__: object) -> None:
    raise RuntimeError("simulated failure")


def test_unexpected_exception_is_one_line_and_a_hint(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workspace, "load_workspace", _boom)
    monkeypatch.setattr(loading, "load", _boom)
    result = invoke("validate", "--root", str(root))
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert lines[0] == "Internal error: RuntimeError: simulated failure"
    assert "--debug" in lines[1] and "report it" in lines[1]
    assert len(lines) == 2
    assert "Traceback" not in result.output


def test_debug_shows_the_traceback(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check, "load", _boom)
    result = invoke("--debug", "validate", "--root", str(root))
    assert result.exit_code == 1  # an uncaught exception: Python prints the traceback, exits 1
    assert isinstance(result.exception, RuntimeError)  # re-raised, not turned into one line
    assert str(result.exception) == "simulated failure"
    assert "Internal error" not in result.output
    assert result.exc_info is not None and result.exc_info[2] is not None


@pytest.mark.parametrize("command", [("compare",), ("show", "alpha"), ("contacts",)])
def test_every_command_has_the_edge(
    root: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]
) -> None:
    monkeypatch.setattr(check, "load", _boom)
    result = invoke(*command, "--root", str(root))
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Internal error: RuntimeError: simulated failure")


def test_file_vanishing_between_discovery_and_reading(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_discover = workspace.discover

    def discover_then_delete(*args: Any) -> Any:
        found = real_discover(*args)
        (root / "regions" / "beta.yaml").unlink()  # gone after it was listed
        return found

    monkeypatch.setattr(workspace, "discover", discover_then_delete)
    result = invoke("validate", "--root", str(root))
    assert result.exit_code == 2
    assert "beta.yaml: error unreadable the file does not exist (any more)" in result.output
    assert "4 files checked: 1 error" in result.output  # the others were still checked
    assert "Traceback" not in result.output


def test_permission_refused_mid_run_does_not_stop_the_others(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Like chmod 000 (which root ignores): opening one file raises PermissionError."""
    real_open = open

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file).endswith("beta.yaml"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_open)
    result = invoke("validate", "--root", str(root))
    assert result.exit_code == 2
    assert "beta.yaml: error unreadable the file cannot be read: Permission denied" in result.output
    assert "4 files checked: 1 error" in result.output
    assert "alpha.yaml" not in result.output and "gamma.yaml" not in result.output


def test_stat_refused(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_stat = Path.stat

    def guarded_stat(self: Path, **kwargs: Any) -> Any:
        if self.name == "gamma.yaml":
            raise PermissionError(13, "Permission denied")
        return real_stat(self, **kwargs)

    monkeypatch.setattr(Path, "stat", guarded_stat)
    result = invoke("validate", "--root", str(root))
    assert result.exit_code == 2
    assert (
        "gamma.yaml: error unreadable the file cannot be read: Permission denied" in result.output
    )


def test_ctrl_c_is_one_line_and_exit_130(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(check, "load", interrupted)
    result = invoke("validate", "--root", str(root))
    assert result.exit_code == 130
    assert result.output.strip() == "Interrupted."


def test_broken_pipe_is_one_line_not_an_internal_error(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 11: a broken standard output is a condition of the machine: one line, exit 2
    (it used to end quietly with exit 0, which hid a lost output)."""

    def broken(*_: object, **__: object) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(check, "load", broken)
    result = invoke("validate", "--root", str(root))
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        "Error: cannot write standard output: the program reading it stopped (broken pipe)",
        "Hint: write to a file with --output instead",
    ]
