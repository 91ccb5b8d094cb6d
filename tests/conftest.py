"""Shared helpers: run the CLI as a user does, and read the expectations written in fixtures."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import samenwerking_cli.cli.main  # noqa: F401  (registers every command on the app)
from samenwerking_cli.cli.app import app

TESTS = Path(__file__).parent
REPO_DIR = TESTS.parent  # the repository: shipped frameworks/ and regions/, README, action.yml
FIXTURES = TESTS / "fixtures" / "validate"
VALID_ROOT = FIXTURES / "valid"
# Fixed, so that overdue reviews and follow-ups do not depend on the day the tests run.
AS_OF = "2025-01-01"

# `# expect: <severity> <code> [<line>[:<column>]] [| text in message or fix]...`
_EXPECT = re.compile(
    r"#\s*expect:\s*(?P<severity>error|warning)\s+(?P<code>[a-z-]+)"
    r"(?:\s+(?P<line>\d+)(?::(?P<column>\d+))?)?(?P<texts>(?:\s*\|[^|\n]*)*)"
)


@dataclass(frozen=True)
class Expected:
    file: Path
    severity: str
    code: str
    line: int | None
    column: int | None
    texts: tuple[str, ...]


def expectations(path: Path) -> list[Expected]:
    """The `# expect:` lines of a fixture file (bytes-safe: some fixtures are not UTF-8)."""
    text = path.read_bytes().decode("utf-8", "replace")
    out = []
    for match in _EXPECT.finditer(text):
        texts = tuple(t.strip() for t in match["texts"].split("|")[1:] if t.strip())
        out.append(
            Expected(
                file=path,
                severity=match["severity"],
                code=match["code"],
                line=int(match["line"]) if match["line"] else None,
                column=int(match["column"]) if match["column"] else None,
                texts=texts,
            )
        )
    return out


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


def invoke(*args: str, env: dict[str, str] | None = None, catch_exceptions: bool = True) -> Any:
    """The one way tests run the CLI in-process: typer's CliRunner on the app with every
    command registered (a click Result: exit_code, stdout, stderr, output, exception)."""
    return CliRunner().invoke(app, list(args), env=env, catch_exceptions=catch_exceptions)


def run(*args: str, width: int = 200) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) at `width` columns without colour; exceptions propagate."""
    env = {"COLUMNS": str(width), "NO_COLOR": "1"}
    result = invoke(*args, env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Any:
    """cli("validate", ...) -> Result, with stdout and stderr apart and a fixed terminal width."""
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("NO_COLOR", raising=False)

    def run(*args: str, env: dict[str, str] | None = None) -> Result:
        result = invoke(*args, env=env, catch_exceptions=False)
        return Result(result.exit_code, result.stdout, result.stderr)

    return run


def pytest_configure(config: pytest.Config) -> None:
    # For the whole session (module-scoped fixtures too); see `english` below.
    os.environ["SAMENWERKING_LANG"] = "en"


@pytest.fixture(autouse=True)
def english(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The tests written before the catalogue assert the English texts: they run with --lang en.

    SAMENWERKING_LANG reaches the CLI in this process and every subprocess; set_language covers
    the renderers that tests call directly. Tests marked `dutch` get the default instead (no
    variable), which is what a user gets.
    """
    from samenwerking_cli.domain.text import language, set_language

    before = language()
    if request.node.get_closest_marker("dutch") is None:
        monkeypatch.setenv("SAMENWERKING_LANG", "en")
        set_language("en")
    else:
        monkeypatch.delenv("SAMENWERKING_LANG", raising=False)
        set_language("nl")
    yield
    set_language(before)
