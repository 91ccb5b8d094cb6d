"""A console that cannot show every character (PYTHONIOENCODING=ascii, cp1252) gets one clear
line and exit 2 (conventions: "another console encoding"), never a traceback, an internal error
or half an output.

The fixture's titles, names and findings hold `ë`, `€`, `–` and the views add `▲`, `·` and box
lines. Every command is run as a user runs it (the installed command), and the commands of the
lean path also through typer, since the two write differently. Output written as bytes (CSV,
vCard, iCalendar, HTML, JUnit) is the same as on a UTF-8 console: it does not depend on one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TESTS
from gitbuild import Builder

FIXTURE = TESTS / "fixtures" / "encoding"
AS_OF = ("--as-of", "2025-01-01")
TYPER = (
    "import sys; sys.argv[0] = 'samenwerking'\nfrom samenwerking_cli.cli.main import main\nmain()"
)

# (arguments, where the run's output is checked, a text the ASCII output must hold)
CASES: list[tuple[tuple[str, ...], str]] = [
    (("validate", *AS_OF), "Uurtarief - jobcoach (EUR)"),
    (("validate", "-f", "json", *AS_OF), ""),
    (("validate", "-f", "github", *AS_OF), "Uurtarief - jobcoach (EUR)"),
    (("validate", "-f", "sarif", *AS_OF), ""),
    (("validate", "-f", "junit", *AS_OF), ""),
    (("compare", *AS_OF), "Kader - een raamwerk"),
    (("compare", "-f", "markdown", *AS_OF), "Sudwest-Fryslan"),
    (("compare", "-f", "json", *AS_OF), ""),
    (("compare", "-f", "csv", *AS_OF), ""),
    (("show", "sudwest", *AS_OF), "EUR 90,00"),
    (("contacts", *AS_OF), "Zoe Hoekstra"),
    (("contacts", "-f", "vcard", *AS_OF), ""),
    (("contacts", "--missing", *AS_OF), ""),
    (("where", "harlingen"), "Sudwest-Fryslan"),
    (("employer", *AS_OF), "Bakkerij Zoe"),
    (("employer", "bakker", *AS_OF), "Bakkerij Sneek - centrum"),
    (("practices",), "Paspoort voor coordinatoren"),
    (("follow-ups", *AS_OF), "de wethouder - voor de"),
    (("follow-ups", "-f", "ics", *AS_OF), ""),
    (("history", *AS_OF), "Momenten"),
    (("diff", "HEAD~1"), "Een maand langer"),
    (("report", "-f", "markdown", "-o", "-", *AS_OF), "Sudwest-Fryslan"),
    (("report", "-f", "html", "-o", "-", *AS_OF), ""),
]
LEAN = ("validate", "compare", "show", "report")


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture in a git repository of two commits (for history and diff)."""
    b = Builder(tmp_path_factory.mktemp("encoding") / "repo", start="2024-06-01")
    shutil.copytree(FIXTURE, b.root, dirs_exist_ok=True)
    b.commit("eerste versie")
    b.edit("regions/sudwest.yaml", "Eén maand langer", "Eén maand langer, vóór alles")
    b.commit("toelichting")
    return b.root


def _command(way: str) -> list[str]:
    if way == "lean":
        beside = Path(sys.executable).parent / "samenwerking"
        found = str(beside) if beside.exists() else shutil.which("samenwerking")
        if not found:
            pytest.skip("the `samenwerking` command is not installed (pip install -e .)")
        return [found]
    return [sys.executable, "-c", TYPER]


def _run(
    way: str, args: tuple[str, ...], cwd: Path, encoding: str
) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "PYTHONIOENCODING": encoding}
    env.pop("FORCE_COLOR", None)
    return subprocess.run(
        [*_command(way), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def _ways(args: tuple[str, ...]) -> list[str]:
    return ["lean", "typer"] if args[0] in LEAN else ["lean"]


@pytest.mark.dutch
@pytest.mark.parametrize(
    ("args", "way"),
    [(args, way) for args, _shown in CASES for way in _ways(args)],
    ids=lambda v: " ".join(v) if isinstance(v, tuple) else v,
)
def test_an_ascii_console_gets_one_clear_line(root: Path, args: tuple[str, ...], way: str) -> None:
    full = _run(way, args, root, "utf-8")
    assert full.returncode in (0, 1), full.stderr.decode()
    ascii_ = _run(way, args, root, "ascii")
    err = ascii_.stderr.decode("ascii")  # the error itself is plain ASCII
    assert "Traceback" not in err and "nterne fout" not in err, err
    if ascii_.returncode != 2:  # written as bytes: what a UTF-8 console gets
        assert (ascii_.returncode, ascii_.stdout) == (full.returncode, full.stdout), err
        return
    assert ascii_.stdout == b"", "half an output before the error"
    lines = err.splitlines()
    assert lines[0].startswith("Fout: de standaarduitvoer kan niet geschreven worden"), err
    assert "PYTHONIOENCODING=utf-8" in err and len(lines) <= 2, err


@pytest.mark.dutch
def test_cp1252_names_the_character_it_cannot_show(root: Path) -> None:
    done = _run("lean", ("compare", "-f", "markdown", *AS_OF), root, "cp1252")
    assert done.returncode == 2 and done.stdout == b""
    err = done.stderr.decode("cp1252")
    assert "codering cp1252" in err and "U+2212" in err  # −, which cp1252 lacks (it has é and –)
