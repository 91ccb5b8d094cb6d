"""The lean path for plain arguments (cli/fast.py): what it imports, and that it answers
exactly as the typer path does (no timing here; benchmarks/run.py measures)."""

from __future__ import annotations

import os
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pytest
import typer.main
from conftest import REPO_DIR, TESTS

import samenwerking_cli.cli.main  # noqa: F401  (registers every command on the app)
from samenwerking_cli.cli import fast
from samenwerking_cli.cli.app import app

REPO = REPO_DIR
FIXTURES = TESTS / "fixtures" / "validate"
VALID_ROOT = FIXTURES / "valid"
INVALID = sorted(str(p) for p in (FIXTURES / "invalid").glob("*.yaml"))
TAB_FIXTURE = str(FIXTURES / "invalid" / "syntax__tab.yaml")

# What a valid run of `validate` never needs: the CLI framework and what it brings, the
# terminal renderer, the explaining schema library, templates, locale data, deep diffs.
NOT_ON_THE_FAST_PATH = (
    "typer",
    "click",
    "pydantic",
    "pydantic_core",
    "rich",
    "jsonschema",
    "jinja2",
    "babel",
    "deepdiff",
    "fastjsonschema",
    "multiprocessing",
    "decimal",
    "hashlib",
)


def _imported(args: list[str], cwd: Path) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "samenwerking_cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=dict(os.environ, NO_COLOR="1"),
    )
    assert done.returncode in (0, 1), done.stderr[-2000:]
    return {
        line.split("|")[2].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "cumulative" not in line
    }


@pytest.mark.parametrize(
    "args",
    [
        ["validate"],
        ["validate", "regions/foodvalley.yaml"],  # as pre-commit passes a changed file
        ["validate", "--format", "json"],
        ["validate", "--format", "github"],
    ],
    ids=" ".join,
)
def test_a_valid_run_imports_nothing_it_does_not_use(args: list[str]) -> None:
    modules = _imported(args, REPO)
    assert "samenwerking_cli.workspace.load" in modules  # the run did happen
    heavy = sorted(m for m in modules if m.split(".")[0] in NOT_ON_THE_FAST_PATH)
    assert heavy == [], f"`samenwerking {' '.join(args)}` imported {heavy}"


FRAMEWORK = ("typer", "click", "pydantic", "pydantic_core", "jsonschema", "deepdiff")


@pytest.mark.parametrize(
    ("args", "needed"),
    [
        (["compare", "--format", "json"], ()),
        (["show", "foodvalley", "--format", "csv"], ()),
        # the table is drawn by rich; the report by Jinja. Figures and dates are written from
        # the CLDR data kept in domain/cldr.py: Babel's locale data is never loaded.
        (["compare"], ("rich",)),
        (["report", "--output", "REPORT"], ("jinja2",)),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else None,
)
def test_the_views_import_what_they_draw_with(
    tmp_path: Path, args: list[str], needed: tuple[str, ...]
) -> None:
    args = [str(tmp_path / "r.html") if a == "REPORT" else a for a in args]
    modules = _imported(args, REPO)
    roots = {m.split(".")[0] for m in modules}
    assert not roots & set(FRAMEWORK), sorted(roots & set(FRAMEWORK))
    unused = set(NOT_ON_THE_FAST_PATH) - set(needed) - {"decimal", "hashlib"}
    assert not roots & unused, sorted(roots & unused)
    assert set(needed) <= roots


def test_an_invalid_document_is_explained_with_jsonschema() -> None:
    """The other side of the test above: the explaining library is there when it is needed."""
    modules = _imported(["validate", "--root", str(VALID_ROOT), *INVALID], REPO)
    assert "jsonschema" in modules
    assert "typer" not in modules


def _click(name: str) -> Any:
    group = typer.main.get_command(app)
    return group if name == "" else group.commands[name]  # type: ignore[attr-defined]


def test_the_table_mirrors_the_typer_declarations() -> None:
    """fast.COMMANDS is a second description of the same options: they must not drift."""
    group = _click("")
    global_flags = {o for p in group.params for o in p.opts if p.is_flag}
    assert set(fast.GLOBAL_FLAGS) <= global_flags
    for name, spec in fast.COMMANDS.items():
        command = _click(name)
        options = [p for p in command.params if p.param_type_name == "option"]
        arguments = [p for p in command.params if p.param_type_name == "argument"]
        flags = {o: p.name for p in options if p.is_flag for o in p.opts}
        valued = {o: p.name for p in options if not p.is_flag for o in p.opts}
        assert spec.flags == flags, name
        assert spec.values == valued, name
        assert spec.repeatable == {p.name for p in options if p.multiple}, name
        assert [a for a in [spec.argument] if a] == [a.name for a in arguments], name
        if arguments:
            one = arguments[0].nargs == 1 and arguments[0].required
            assert spec.one_argument == one, name
        exposed = {p.name for p in command.params if p.expose_value and p.name != "ctx"}
        required = {spec.argument} if spec.one_argument else set()
        assert set(spec.defaults) | required == exposed, name
        for p in command.params:
            if p.name in spec.defaults and p.expose_value:
                default = None if p.multiple or p.nargs == -1 else p.default
                assert spec.defaults[p.name] == default or (
                    isinstance(default, str) and str(spec.defaults[p.name]) == default
                ), (name, p.name)
            info = p.type_descriptor.parameter_info
            is_path = _mentions_path(p.type_descriptor.annotation)
            if p.expose_value and p.name in spec.defaults:
                assert (p.name in spec.paths) == is_path, (name, p.name)
                if is_path:
                    assert (p.name in spec.folders) == (not info.file_okay), (name, p.name)
                    assert (p.name in spec.files) == (not info.dir_okay), (name, p.name)
                    assert not info.exists and not info.resolve_path and not info.allow_dash
            if p.expose_value and p.type_descriptor.annotation is int:
                assert spec.minimums.get(p.name) == info.min and info.max is None, (name, p.name)


def _mentions_path(annotation: Any) -> bool:
    return annotation is Path or any(_mentions_path(a) for a in typing.get_args(annotation))


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "--help"],
        ["validate", "--format"],
        ["validate", "--bogus"],
        ["validate", "--format", "json", "--format", "text"],
        ["validate", "--", "x.yaml"],
        ["validate", "-fjson"],
        ["validate", "--stale-after", "0"],
        ["validate", "--stale-after", "twelve"],
        ["--version", "validate"],
        ["compare", "--bogus"],
        ["show"],
        ["show", "foodvalley", "flevoland"],
        ["show", "foodvalley", "--output", "."],
        ["contacts"],
        ["validate", "--lang", "fr"],
        ["validate", "--lang", "EN"],
        ["validate", "--lang", "en", "--lang", "nl"],
        ["--lang", "en", "validate", "--lang", "en"],
        ["validate", "--lang"],
        [],
    ],
    ids=" ".join,
)
def test_anything_unusual_is_left_to_typer(args: list[str]) -> None:
    assert fast.parse(args) is None


def test_plain_arguments_take_the_lean_path() -> None:
    parsed = fast.parse(
        ["--no-color", "validate", "-f", "json", "--as-of=2025-01-01", "a.yaml", "--strict"]
    )
    assert parsed is not None
    _, options, settings = parsed
    assert settings.no_color
    assert options["output_format"] == "json"
    assert options["as_of"] == "2025-01-01"
    assert options["paths"] == [Path("a.yaml")]
    assert options["strict"] is True


@pytest.mark.parametrize(
    "args", [["--lang", "en", "validate"], ["validate", "--lang", "en"], ["show", "--lang=nl", "x"]]
)
def test_a_plain_language_takes_the_lean_path(args: list[str]) -> None:
    parsed = fast.parse(args)
    assert parsed is not None
    _, options, settings = parsed
    assert settings.lang == ("nl" if "--lang=nl" in args else "en")
    assert "lang" not in options  # chosen before the run, not passed to it


def test_an_odd_language_in_the_environment_is_left_to_typer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SAMENWERKING_LANG", "fr")
    assert fast.parse(["validate"]) is None


def _both(args: list[str], env: dict[str, str], cwd: Path) -> tuple[Any, Any]:
    """(lean, typer) runs of the same arguments in subprocesses, stdout not a terminal."""
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    base.update(env)
    lean = subprocess.run(
        _command("lean", args), cwd=cwd, env=base, capture_output=True, timeout=120
    )
    typer_path = subprocess.run(
        _command("typer", args), cwd=cwd, env=base, capture_output=True, timeout=120
    )
    return lean, typer_path


def _command(way: str, args: list[str]) -> list[str]:
    if way == "lean":
        return ["samenwerking", *args]  # the console script: entry.py, then cli/fast.py
    run_typer = (
        "import sys; sys.argv[0] = 'samenwerking'\n"
        "from samenwerking_cli.cli.main import main\nmain()"
    )
    return [sys.executable, "-c", run_typer, *args]


SAME = [
    (["validate"], {}),
    (["validate", "regions/foodvalley.yaml"], {}),
    (["validate", "--as-of", "2025-01-01"], {"NO_COLOR": "1"}),
    (["validate", "--lang", "en"], {"NO_COLOR": "1"}),
    (["--lang", "nl", "compare", "--format", "csv"], {"NO_COLOR": "1"}),
    (["validate", "--format", "json"], {"NO_COLOR": "1", "SAMENWERKING_LANG": "nl"}),
    (["validate", "--stale-after", "6", "--as-of", "2026-06-01"], {}),
    (["validate", "--no-color"], {}),
    (["--no-color", "validate", "--strict"], {}),
    (["validate", "--strict-dates", "--format", "github"], {}),
    (["validate", "--format", "json"], {}),
    (["validate", "-f", "sarif"], {}),
    (["validate", "--format=junit"], {}),
    (["validate", "--root", str(VALID_ROOT), *INVALID], {}),
    (["validate", "--root", str(VALID_ROOT), "--format", "json", *INVALID], {}),
    (["validate", "--root", str(VALID_ROOT), "--format", "github", *INVALID], {}),
    (["validate", "--root", str(VALID_ROOT), "--format", "sarif", *INVALID], {}),
    (["validate", "--root", str(VALID_ROOT), "--format", "junit", *INVALID], {}),
    (["validate", "--root", str(VALID_ROOT), TAB_FIXTURE], {"COLUMNS": "30"}),
    (["validate", "--root", str(VALID_ROOT), *INVALID], {"FORCE_COLOR": "1"}),
    (["validate", "--as-of", "2025-13-01"], {}),
    (["validate", "--root", str(VALID_ROOT), *INVALID], {"PYTHONIOENCODING": "ascii"}),
    (["validate", "--format", "yaml"], {}),
    (["validate", "regions/no-such-region.yaml"], {}),
    (["validate", "--root", "no-such-folder"], {}),
    (["compare"], {}),
    (["compare"], {"COLUMNS": "200"}),
    (["compare", "--format", "json"], {}),
    (["compare", "--format", "csv", "-t", "jobcoaching", "--topic", "loonwaardebepaling"], {}),
    (["compare", "foodvalley", "flevoland", "--proposals", "-f", "markdown"], {}),
    (["compare", "foodvalley", "--against", "flevoland"], {"NO_COLOR": "1"}),
    (["compare", "nowhere"], {}),
    (["compare", "--parameter", "jobcoaching.nope"], {}),
    (["compare", "--root", str(Path("tests/fixtures/partial"))], {}),
    (["show", "foodvalley"], {}),
    (["show", "AM38", "--format", "json"], {"FORCE_COLOR": "1"}),
    (["--no-color", "show", "foodvalley", "-t", "jobcoaching"], {"COLUMNS": "60"}),
    (["show", "nowhere"], {}),
]


@pytest.mark.parametrize(("args", "env"), SAME, ids=[" ".join(a)[:60] for a, _ in SAME])
def test_the_lean_path_answers_exactly_as_typer(args: list[str], env: dict[str, str]) -> None:
    assert fast.parse(args) is not None  # the case does take the lean path
    lean, typer_path = _both(args, env, REPO)
    assert lean.stderr.decode() == typer_path.stderr.decode()
    assert lean.stdout.decode() == typer_path.stdout.decode()
    assert lean.returncode == typer_path.returncode
    assert b"Traceback" not in lean.stderr


def test_written_reports_are_the_same(tmp_path: Path) -> None:
    written = []
    for way, target in (("lean", tmp_path / "lean.sarif"), ("typer", tmp_path / "typer.sarif")):
        args = ["validate", "--root", str(VALID_ROOT), "--output-sarif", str(target), *INVALID]
        done = subprocess.run(_command(way, args), cwd=REPO, capture_output=True, timeout=120)
        assert done.returncode == 1
        written.append(target.read_text("utf-8"))
    assert written[0] == written[1]


@pytest.mark.parametrize(
    "extra",
    [
        [],
        ["--format", "markdown", "--region", "foodvalley", "--region", "twente", "--lang", "en"],
        ["--root", str(Path("tests/fixtures/partial")), "-f", "markdown"],
        ["--format", "pdf"],
    ],
    ids=" ".join,
)
def test_the_report_is_the_same_both_ways(tmp_path: Path, extra: list[str]) -> None:
    runs = []
    for way in ("lean", "typer"):
        target = tmp_path / f"{way}.out"
        args = ["report", "--output", str(target), "--as-of", "2025-01-01", *extra]
        assert fast.parse(args) is not None
        done = subprocess.run(_command(way, args), cwd=REPO, capture_output=True, timeout=300)
        written = target.read_bytes() if target.exists() else None
        runs.append(
            (done.returncode, done.stdout, done.stderr.replace(way.encode(), b"W"), written)
        )
    assert runs[0] == runs[1]


def test_an_internal_error_is_one_line_both_ways(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from typer.testing import CliRunner

    import samenwerking_cli.cli.run.validate as run

    def broken(*args: Any, **kwargs: Any) -> int:
        raise ValueError("boom")

    monkeypatch.setattr(run, "validate", broken)
    assert fast.main(["validate"]) == 2
    lean = capsys.readouterr().err
    result = CliRunner().invoke(app, ["validate"])
    assert result.exit_code == 2
    assert lean == result.stderr
    assert lean.startswith("Internal error: ValueError: boom\n")
    with pytest.raises(ValueError):  # --debug: the traceback, as typer's path lets it through
        fast.main(["--debug", "validate"])


def test_a_reader_that_goes_away_ends_both_ways_alike() -> None:
    """`samenwerking validate … | head -1` with many findings: the same exit and no noise."""
    args = ["validate", "--root", str(VALID_ROOT), *INVALID]
    ends = []
    for way in ("lean", "typer"):
        proc = subprocess.Popen(
            _command(way, args),
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "NO_COLOR": "1"},
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.read(10)
        proc.stdout.close()
        ends.append((proc.wait(timeout=60), proc.stderr.read()))
    assert ends[0] == ends[1]
