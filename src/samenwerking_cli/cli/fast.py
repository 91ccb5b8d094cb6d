"""The lean way into the common commands: plain arguments run without typer, click or rich.

Importing typer (which brings pydantic) and building the command tree costs more than
checking all the shipped files, and pre-commit starts `samenwerking validate FILE` many times a
day. When the arguments are plain (known options, each value given once, nothing to
complete, no --help), they are read here from the table below and the same run function as the
typer command is called, with the same error edge (edge.py). Anything else returns None and
typer handles it, so usage errors and completion are typer's own (help is typer's text too,
kept: help_fast.py).

The table mirrors the typer declarations; tests/cli/test_fast_path.py fails when they differ.
"""

from __future__ import annotations

import importlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from samenwerking_cli.cli.settings import Settings
from samenwerking_cli.domain.languages import LANGUAGES


@dataclass(frozen=True)
class Spec:
    run: str  # "module:function" taking (settings, **options) and returning the exit code
    flags: dict[str, str] = field(default_factory=dict)  # --strict -> strict=True
    values: dict[str, str] = field(default_factory=dict)  # option -> parameter name
    repeatable: frozenset[str] = frozenset()  # parameters that collect every value in a list
    paths: frozenset[str] = frozenset()  # parameters given as a Path
    folders: frozenset[str] = frozenset()  # Path parameters that may not name a file
    files: frozenset[str] = frozenset()  # Path parameters that may not name a folder
    minimums: dict[str, int] = field(default_factory=dict)  # whole-number parameters: lowest
    argument: str | None = None  # the parameter that takes the arguments
    one_argument: bool = False  # exactly one (else any number, in a list)
    defaults: dict[str, Any] = field(default_factory=dict)


# Options of the app itself, before the command name (besides --version, see entry.py).
GLOBAL_FLAGS = ("--no-color", "--debug")
NO_COLOR = {"--no-color": "no_color"}  # every command takes it too, for the shared setting
# --lang nl|en: before the command, or after it like any option (never passed to the run).
LANG = {"--lang": "lang"}

# compare and show: the options of the views (cli/commands/compare.py).
_VIEW_VALUES = {
    "--root": "root",
    "--topic": "topic",
    "-t": "topic",
    "--parameter": "parameter",
    "-p": "parameter",
    "--as-of": "as_of",
    "--format": "output_format",
    "-f": "output_format",
    "--output": "output",
    "-o": "output",
    "--at": "at",
    **LANG,
}
_VIEW_DEFAULTS = {
    "root": Path("."),
    "topic": None,
    "parameter": None,
    "as_of": None,
    "output_format": "table",
    "output": None,
    "at": None,
}

COMMANDS: dict[str, Spec] = {
    "validate": Spec(
        run="samenwerking_cli.cli.run.validate:validate",
        flags={"--strict": "strict", "--strict-dates": "strict_dates", **NO_COLOR},
        values={
            "--root": "root",
            "--format": "output_format",
            "-f": "output_format",
            "--as-of": "as_of",
            "--stale-after": "stale_after",
            "--output-json": "output_json",
            "--output-sarif": "output_sarif",
            "--output-junit": "output_junit",
            **LANG,
        },
        paths=frozenset({"root", "output_json", "output_sarif", "output_junit", "paths"}),
        folders=frozenset({"root"}),
        minimums={"stale_after": 1},
        argument="paths",
        defaults={
            "paths": None,
            "root": Path("."),
            "output_format": "text",
            "strict": False,
            "strict_dates": False,
            "as_of": None,
            "stale_after": 12,
            "output_json": None,
            "output_sarif": None,
            "output_junit": None,
        },
    ),
    "compare": Spec(
        run="samenwerking_cli.cli.run.compare:compare",
        flags={"--proposals": "with_proposals", **NO_COLOR},
        values={
            **_VIEW_VALUES,
            "--against": "against",
            "--framework": "framework",
            "--employer": "employer",
        },
        repeatable=frozenset({"topic", "parameter"}),
        paths=frozenset({"root", "output"}),
        folders=frozenset({"root"}),
        files=frozenset({"output"}),
        argument="regions",
        defaults={
            **_VIEW_DEFAULTS,
            "regions": None,
            "against": None,
            "framework": None,
            "employer": None,
            "with_proposals": False,
        },
    ),
    "show": Spec(
        run="samenwerking_cli.cli.run.compare:show",
        flags=dict(NO_COLOR),
        values=_VIEW_VALUES,
        repeatable=frozenset({"topic", "parameter"}),
        paths=frozenset({"root", "output"}),
        folders=frozenset({"root"}),
        files=frozenset({"output"}),
        argument="region",
        one_argument=True,
        defaults=dict(_VIEW_DEFAULTS),
    ),
    "report": Spec(
        run="samenwerking_cli.cli.run.report:report",
        flags=dict(NO_COLOR),
        values={
            "--format": "output_format",
            "-f": "output_format",
            "--output": "output",
            "-o": "output",
            **LANG,
            "--region": "regions",
            "--as-of": "as_of",
            "--stale-after": "stale_after",
            "--title": "title",
            "--templates": "templates",
            "--root": "root",
            "--framework": "framework",
            "--employer": "employer",
            "--at": "at",
            "--since": "since",
        },
        repeatable=frozenset({"regions"}),
        paths=frozenset({"output", "templates", "root"}),
        folders=frozenset({"templates", "root"}),
        minimums={"stale_after": 1},
        defaults={
            "output_format": "html",
            "output": None,
            "regions": None,
            "as_of": None,
            "stale_after": 12,
            "title": None,
            "templates": None,
            "root": Path("."),
            "framework": None,
            "employer": None,
            "at": None,
            "since": None,
        },
    ),
}

# typer's shell completion is driven by this variable; completion is typer's business.
COMPLETION_VARIABLE = "_SAMENWERKING_COMPLETE"


def _name(option: str) -> str:
    return option.lstrip("-").replace("-", "_")


def _path_is_plain(value: str, folder: bool = False, file: bool = False) -> bool:
    """False where click's Path type would refuse the value (typer then says why)."""
    try:
        st = os.stat(value)
    except OSError:
        return True  # need not exist
    if (folder and stat.S_ISREG(st.st_mode)) or (file and stat.S_ISDIR(st.st_mode)):
        return False
    return os.access(value, os.R_OK)


def parse(argv: list[str]) -> tuple[Spec, dict[str, Any], Settings] | None:
    """(command, its options, settings) for plain arguments; None for anything else."""
    if os.environ.get(COMPLETION_VARIABLE):
        return None
    env_lang = os.environ.get("SAMENWERKING_LANG", "").strip()
    if env_lang and env_lang.lower() not in LANGUAGES:
        return None  # typer names the mistake
    settings = Settings()
    lang: str | None = None
    i = 0
    while i < len(argv) and (argv[i] in GLOBAL_FLAGS or argv[i].partition("=")[0] in LANG):
        if argv[i].partition("=")[0] in LANG:
            if lang is not None:
                return None
            lang, i = _lang_value(argv, i)
            if lang is None:
                return None
            continue
        setattr(settings, _name(argv[i]), True)
        i += 1
    spec = COMMANDS.get(argv[i]) if i < len(argv) else None
    if spec is None:
        return None
    options = dict(spec.defaults)
    given: set[str] = set()
    arguments: list[str] = []
    rest = argv[i + 1 :]
    j = 0
    while j < len(rest):
        arg = rest[j]
        j += 1
        if not arg.startswith("-") or arg == "-":
            arguments.append(arg)
            continue
        option, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if option in spec.flags and not eq:
            if spec.flags[option] == "no_color":
                settings.no_color = True
            else:
                options[spec.flags[option]] = True
            continue
        if option in LANG:
            if lang is not None:
                return None  # given twice
            lang, j = _lang_value(rest, j - 1)
            if lang is None:
                return None
            continue
        name = spec.values.get(option)
        if name is None or (name in given and name not in spec.repeatable):
            return None  # unknown, --help, `--`, or given twice

        if not eq:
            if j >= len(rest):
                return None
            value, j = rest[j], j + 1
        if not value or value.startswith("-"):
            return None
        if name in spec.paths:
            if not _path_is_plain(value, name in spec.folders, name in spec.files):
                return None
            options[name] = Path(value)
        elif name in spec.minimums:
            # Plain digits at or above the minimum; typer words every other case.
            if not (value.isascii() and value.isdigit()) or int(value) < spec.minimums[name]:
                return None
            options[name] = int(value)
        elif name in spec.repeatable:
            options[name] = [*(options[name] or []), value]
        else:
            options[name] = value
        given.add(name)
    if spec.one_argument:
        if len(arguments) != 1 or spec.argument is None:
            return None  # missing or too many: typer's usage error
        options[spec.argument] = arguments[0]
    elif arguments:
        if spec.argument is None:
            return None
        if spec.argument in spec.paths:
            if not all(_path_is_plain(a) for a in arguments):
                return None
            options[spec.argument] = [Path(a) for a in arguments]
        else:
            options[spec.argument] = arguments
    settings.lang = lang
    return spec, options, settings


def _lang_value(args: list[str], i: int) -> tuple[str | None, int]:
    """The plain value of the --lang at `i` (nl or en) and the index after it; None otherwise."""
    _option, eq, value = args[i].partition("=")
    if not eq:
        if i + 1 >= len(args):
            return None, i + 1
        value, i = args[i + 1], i + 1
    return (value if value in LANGUAGES else None), i + 1


def main(argv: list[str]) -> int | None:
    """The exit code of a plain run; None when typer should handle these arguments."""
    parsed = parse(argv)
    if parsed is None:
        return None
    spec, options, settings = parsed
    if settings.lang is not None:
        from samenwerking_cli.domain.text import set_language

        set_language(settings.lang)
    module, _, function = spec.run.partition(":")
    run = getattr(importlib.import_module(module), function)
    from samenwerking_cli.cli import output

    try:
        try:
            code: int = run(settings, **options)
        finally:
            output.flush_stdout()  # a full disk or closed pipe shows here, not at exit
    except (Exception, KeyboardInterrupt, output.Interrupted) as exc:
        from samenwerking_cli.cli import edge

        handled = edge.handle(exc, settings, parameter_option="parameter" in options)
        if handled is None:
            raise
        return handled
    return code
