"""`--help` from the kept text: exactly typer's, only where typer would print exactly that."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from samenwerking_cli.cli import help_fast, help_keep
from samenwerking_cli.cli.help_kept import HELP, TYPER_VERSION

REPO = Path(__file__).resolve().parents[2]


def test_the_kept_help_is_current() -> None:
    """Made by `python -m samenwerking_cli.cli.help_keep`; fails when a help text changed."""
    from importlib.metadata import version

    assert help_keep.collect() == HELP, (
        f"cli/help_kept.py (typer {TYPER_VERSION}, now {version('typer')}) is stale: "
        "run `python -m samenwerking_cli.cli.help_keep`"
    )


def test_every_command_and_language_is_kept() -> None:
    assert set(HELP) == {"nl", "en"}
    for lang in HELP:
        assert set(HELP[lang]) == {"", *help_keep.commands()}
    assert HELP["nl"]["compare"].startswith("Gebruik: samenwerking compare")
    assert HELP["en"]["compare"].startswith("Usage: samenwerking compare")


def _run(way: str, args: list[str], **env: str) -> subprocess.CompletedProcess[bytes]:
    base = {k: v for k, v in os.environ.items() if k not in ("SAMENWERKING_LANG", "COLUMNS")}
    base.update(env)
    if way == "kept":
        command = ["samenwerking", *args]  # the console script: entry.py, then cli/help_fast.py
    else:
        command = [sys.executable, "-c", help_keep.TYPER, *args]
    return subprocess.run(command, cwd=REPO, env=base, capture_output=True, timeout=120)


def _imports_typer(args: list[str], **env: str) -> bool:
    base = {k: v for k, v in os.environ.items() if k not in ("SAMENWERKING_LANG", "COLUMNS")}
    base.update(PYTHONIOENCODING="utf-8", **env)
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-c",
            "import sys; sys.argv[0] = 'samenwerking'\n"
            "from samenwerking_cli.entry import main\nmain()",
            *args,
        ],
        cwd=REPO,
        env=base,
        capture_output=True,
        timeout=120,
    )
    modules = {
        line.split("|")[2].strip()
        for line in done.stderr.decode().splitlines()
        if line.startswith("import time:") and "cumulative" not in line
    }
    return "typer" in modules


SAME = [
    (["--help"], {}),
    (["-h"], {"SAMENWERKING_LANG": "en"}),
    (["compare", "--help"], {}),
    (["report", "-h"], {"SAMENWERKING_LANG": "EN"}),
    (["--lang", "en", "--help"], {}),
    (["show", "--lang=en", "--help"], {"SAMENWERKING_LANG": "nl"}),
    ([], {}),  # no command: the help to stderr, exit 2
    (["--lang", "en"], {}),
    # left to typer, which must still answer the same way
    (["--help"], {"COLUMNS": "60"}),
    (["nonsense", "--help"], {}),
    (["--lang", "fr", "--help"], {}),
    (["--help"], {"SAMENWERKING_LANG": "de"}),
    (["--lang", "en", "--lang", "nl", "--help"], {}),
    (["compare", "--format", "json", "--help"], {}),
    (["--help", "compare"], {}),
    (["--lang", " en", "--help"], {}),  # typer refuses a language with spaces in --lang
    (["--lang=en ", "compare", "--help"], {}),
    (["", "--help"], {}),  # an empty command name, as from "$CMD" unset
    (["--help"], {"SAMENWERKING_LANG": " en "}),  # spaces around the environment's are fine
    (["--lang"], {}),
]


@pytest.mark.parametrize(
    ("args", "env"), SAME, ids=lambda v: " ".join(v) if isinstance(v, list) else str(v)
)
def test_the_kept_help_answers_exactly_as_typer(args: list[str], env: dict[str, str]) -> None:
    kept, typer_path = _run("kept", args, **env), _run("typer", args, **env)
    assert (kept.returncode, kept.stdout, kept.stderr) == (
        typer_path.returncode,
        typer_path.stdout,
        typer_path.stderr,
    )
    assert b"Traceback" not in kept.stderr


@pytest.mark.parametrize(
    ("args", "env", "kept"),
    [
        (["--help"], {}, True),
        (["compare", "-h"], {"COLUMNS": "200"}, True),
        ([], {}, True),
        (["--help"], {"COLUMNS": "79"}, False),  # typer wraps narrower: it answers
        (["--version", "--help"], {}, False),
        (["--help"], {"_SAMENWERKING_COMPLETE": "bash_complete"}, False),
    ],
)
def test_typer_is_not_imported_for_a_kept_answer(
    args: list[str], env: dict[str, str], kept: bool
) -> None:
    assert _imports_typer(args, **env) is not kept


@pytest.mark.parametrize("package", ["samenwerking_cli", None])
def test_python_dash_m_is_left_to_typer(
    package: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`python -m samenwerking_cli --help` shows that name in its usage line: typer's job."""

    class Main:
        __package__ = package

    monkeypatch.setitem(sys.modules, "__main__", Main())  # type: ignore[arg-type]
    monkeypatch.setattr(sys, "argv", ["samenwerking", "--help"])
    monkeypatch.setenv("COLUMNS", "100")
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", out)
    answered = help_fast.answer(["--help"])
    if package:
        assert answered is None
    else:  # the console script: the kept text
        out.flush()
        assert answered == 0
        assert out.buffer.getvalue().decode() == HELP[help_fast_language()][""]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "args",
    [["--lang"], ["--lang", "xx", "--help"], ["-x", "--help"], ["a", "b", "--help"], ["--", "-h"]],
)
def test_anything_else_is_left_to_typer(args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["samenwerking", *args])
    assert help_fast.answer(args) is None


def help_fast_language() -> str:
    chosen = help_fast._language([])
    assert chosen is not None
    return chosen[0]


def test_a_reader_that_goes_away_ends_quietly() -> None:
    proc: Any = subprocess.Popen(
        ["samenwerking", "--help"], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    proc.stdout.close()
    code = proc.wait(timeout=60)
    err = proc.stderr.read().decode()
    assert code in (0, 1)  # 0 when the text was written before the reader left
    assert err == ""


def test_a_full_disk_is_one_line() -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            ["samenwerking", "--help"],
            stdout=full,
            capture_output=False,
            stderr=subprocess.PIPE,
            timeout=60,
            env={**os.environ, "SAMENWERKING_LANG": "nl"},
        )
    err = done.stderr.decode()
    assert done.returncode == 2 and len(err.splitlines()) == 1, err
    assert err.startswith("Fout: de standaarduitvoer kan niet geschreven worden")


def test_no_command_shows_the_help_itself_not_an_error() -> None:
    bare, helped = _run("typer", []), _run("typer", ["--help"])
    assert bare.returncode == 2 and bare.stdout == b""
    assert bare.stderr == helped.stdout  # not "Fout: Gebruik: …" around it
