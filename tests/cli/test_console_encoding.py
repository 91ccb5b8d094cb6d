"""A console that cannot show every character (PYTHONIOENCODING=ascii, cp1252) still gets the
output: stand-ins for what it cannot show, JSON as escapes, UTF-8 formats as UTF-8 bytes.

The fixture's titles, names and findings hold `ë`, `€`, `–` and the views add `▲`, `·` and box
lines. Every command is run as a user runs it (the installed command), and the commands of the
lean path also through typer, since the two write differently.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TESTS
from gitbuild import Builder

from samenwerking_cli.cli import charset

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
    ("args", "way", "shown"),
    [(args, way, shown) for args, shown in CASES for way in _ways(args)],
    ids=lambda v: " ".join(v) if isinstance(v, tuple) else v,
)
def test_an_ascii_console_gets_the_output(
    root: Path, args: tuple[str, ...], way: str, shown: str
) -> None:
    full = _run(way, args, root, "utf-8")
    ascii_ = _run(way, args, root, "ascii")
    err = ascii_.stderr.decode("ascii")  # stderr too holds stand-ins only
    assert "Traceback" not in err and "nterne fout" not in err and "Fout:" not in err, err
    assert ascii_.returncode == full.returncode, err
    kind = charset.KINDS.get(args[args.index("-f") + 1] if "-f" in args else "text", "text")
    if kind == "utf-8":  # CSV, vCard, iCalendar, HTML, JUnit: the bytes --output writes
        assert ascii_.stdout == full.stdout
    elif kind == "json":  # escaped: plain ASCII, the same data
        assert json.loads(ascii_.stdout.decode("ascii")) == json.loads(full.stdout)
    else:
        text = ascii_.stdout.decode("ascii")
        assert shown in text, text
        assert len(text.splitlines()) >= len(full.stdout.decode().splitlines()) > 0


@pytest.mark.dutch
def test_cp1252_keeps_what_it_can_show(root: Path) -> None:
    done = _run("lean", ("compare", "-f", "markdown", *AS_OF), root, "cp1252")
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode("cp1252")
    assert "Súdwest-Fryslân" in text and "één" in text  # in cp1252
    assert "Kader – één" in text  # cp1252 has the en dash
    assert "Coördinatie ^1 v0" in text  # but not ▲ and ▼


def test_stand_ins() -> None:
    def shown(text: str, encoding: str = "ascii") -> str:
        return text.encode(encoding, charset.VISIBLE).decode(encoding)

    assert shown("Kader – één raamwerk (€ 90) · ▲ −5") == "Kader - een raamwerk (EUR 90) . ^ -5"
    assert shown("┏━┳━┓┃│└─┘") == "+-+-+||+-+"
    assert shown("“Zoë” → 5 ✓ 漢") == '"Zoe" -> 5 = ?'
    assert shown("\ufeffa;b") == "a;b"
    assert shown("één − 3 €", "cp1252") == "één - 3 €"


def test_json_escapes_are_json() -> None:
    text = json.dumps({"naam": "Zoë – 😀 €"}, ensure_ascii=False)
    escaped = text.encode("ascii", charset.JSON_ESCAPE).decode("ascii")
    assert escaped.isascii() and json.loads(escaped) == {"naam": "Zoë – 😀 €"}
