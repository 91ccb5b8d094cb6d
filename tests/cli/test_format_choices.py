"""Every command's error for an unknown --format names exactly the formats that command accepts:
each one it names works, and a format of another command that it does not name is refused."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import typer
from conftest import TESTS, invoke
from gitbuild import Builder

from samenwerking_cli.cli.app import app

FIXTURE = TESTS / "fixtures" / "encoding"
ONE_FILE = str(Path("regions") / "sudwest.yaml")
# The arguments each command needs besides --format (diff twice: files, and git versions).
ARGUMENTS: dict[str, list[list[str]]] = {
    "validate": [[]],
    "compare": [[]],
    "show": [["sudwest"]],
    "contacts": [[], ["--missing"]],
    "follow-ups": [[]],
    "practices": [[]],
    "employer": [[], ["bakker"]],
    "where": [["harlingen"]],
    "diff": [[ONE_FILE, "before.yaml"], ["HEAD~1"]],
    "history": [[]],
    "report": [[]],
}
# Every format some command takes: each is tried on every command.
ALL_FORMATS = {"table", "json", "csv", "markdown", "xlsx", "vcard", "ics"} | {
    "text",
    "github",
    "sarif",
    "junit",
    "html",
}
REFUSED = re.compile(r'--format: "nope" is not one of (.+)')


def _with_format() -> dict[str, Any]:
    group: Any = typer.main.get_command(app)
    return {
        name: command
        for name, command in group.commands.items()
        if any("--format" in p.opts for p in command.params)
    }


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    b = Builder(tmp_path_factory.mktemp("formats") / "repo", start="2024-06-01")
    shutil.copytree(FIXTURE, b.root, dirs_exist_ok=True)
    shutil.copy(FIXTURE / "regions" / "sudwest.yaml", b.root / "before.yaml")
    b.commit("eerste versie")
    b.edit("regions/sudwest.yaml", "Eén maand langer", "Eén maand langer, vóór alles")
    b.commit("toelichting")
    return b.root


def test_every_command_with_a_format_is_covered() -> None:
    assert sorted(_with_format()) == sorted(ARGUMENTS)


def _listed(args: list[str]) -> list[str]:
    result = invoke(*args, "--format", "nope")
    assert result.exit_code == 2, result.output
    found = REFUSED.search(result.stderr)
    assert found, result.stderr
    return found.group(1).split(", ")


@pytest.mark.parametrize(
    "args",
    [[name, *extra] for name, cases in ARGUMENTS.items() for extra in cases],
    ids=lambda a: " ".join(a),
)
def test_the_error_lists_what_the_command_accepts(
    args: list[str], root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(root)
    monkeypatch.setenv("COLUMNS", "100")
    listed = _listed(args)
    writes = any("--output" in p.opts for p in _with_format()[args[0]].params)
    for fmt in listed:
        target = ["--output", str(tmp_path / f"out.{fmt}")] if writes else []
        result = invoke(*args, "--format", fmt, *target)
        assert "is not one of" not in result.stderr, (fmt, result.stderr)
        assert "Internal error" not in result.output, (fmt, result.output)
        assert result.exit_code in (0, 1), (fmt, result.output)
    assert set(listed) <= ALL_FORMATS
    for fmt in sorted(ALL_FORMATS - set(listed)):
        result = invoke(*args, "--format", fmt)
        assert result.exit_code == 2 and "is not one of" in result.stderr, (fmt, result.output)
