"""A run reports on every file it was given: a missing path is a finding, not the end of the run,
and the summary counts every file that was checked."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import AS_OF, VALID_ROOT


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(VALID_ROOT, tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_missing_path_does_not_stop_the_others(cli: Any, root: Path) -> None:
    (root / "regions" / "beta.yaml").write_text(
        "region: beta\nname: B\nframework: mini\nadoption: maybe\n", encoding="utf-8"
    )
    result = cli("validate", "--as-of", AS_OF, "nope.yaml", "regions/beta.yaml")
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert lines[:2] == [
        "nope.yaml: error unreadable the file does not exist",
        "  fix: check the path and the file name",
    ]
    assert any(line.startswith("regions/beta.yaml:4:11: error not-allowed") for line in lines)
    assert lines[-1] == "3 files checked: 2 errors, 0 warnings (2 files with errors)."
    assert result.stderr == ""


def test_a_missing_path_in_every_output(cli: Any, root: Path) -> None:
    result = cli("validate", "--as-of", AS_OF, "--format", "json", "regions/alpha.yaml", "weg.yml")
    assert result.exit_code == 2
    report = result.json()
    assert report["summary"] == {"files": 3, "errors": 1, "warnings": 0}
    assert report["findings"] == [
        {
            "file": "weg.yml",
            "line": None,
            "column": None,
            "severity": "error",
            "code": "unreadable",
            "message": "the file does not exist",
            "hint": "check the path and the file name",
            "key": "",
        }
    ]


def test_a_root_that_does_not_exist_still_stops_the_run(cli: Any, root: Path) -> None:
    result = cli("validate", "--root", "weg", "nope.yaml")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "Error: the folder weg does not exist",
        "Hint: give an existing folder with --root",
    ]


@pytest.mark.parametrize(
    "args", [("compare", "--as-of", AS_OF), ("show", "alpha"), ("contacts",)], ids=lambda a: a[0]
)
def test_a_command_stopped_by_invalid_documents_counts_every_file(
    cli: Any, root: Path, args: tuple[str, ...]
) -> None:
    (root / "regions" / "beta.yaml").write_text(
        "region: beta\nname: B\nframework: mini\nadoption: maybe\n", encoding="utf-8"
    )
    result = cli(*args)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        "3 files checked: 1 error, 0 warnings (1 file with errors)."
    )
