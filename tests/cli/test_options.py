"""Options every command shares: colours, dates and choices, as users type them."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import FIXTURES, VALID_ROOT, invoke

TYPO = str(FIXTURES / "invalid" / "unknown-key__typo.yaml")


def _validate(cli: Any, *args: str, env: dict[str, str]) -> str:
    result = cli(
        "validate", "--root", str(VALID_ROOT), TYPO, *args, env={"FORCE_COLOR": "1", **env}
    )
    assert result.exit_code == 1
    assert "unknown key `nmae`" in result.stdout
    return str(result.stdout)


@pytest.mark.parametrize(("value", "coloured"), [("", True), ("1", False), ("0", False)])
def test_only_a_non_empty_no_color_turns_colour_off(cli: Any, value: str, coloured: bool) -> None:
    # no-color.org: "when present and not an empty string" (so NO_COLOR=0 counts too).
    assert ("\x1b[" in _validate(cli, env={"NO_COLOR": value})) is coloured


def test_no_color_after_the_command_name(cli: Any) -> None:
    assert "\x1b[" not in _validate(cli, "--no-color", env={})
    assert "\x1b[" in _validate(cli, env={})  # the check above can fail


@pytest.mark.parametrize(
    "args",
    [
        ("validate",),
        ("compare",),
        ("show", "alpha"),
        ("contacts",),
        ("diff", "regions/alpha.yaml", "regions/beta.yaml"),
        ("schema", "region"),
        ("new-region", "gamma", "--name", "Gamma"),
    ],
    ids=lambda a: a[0],
)
def test_every_command_takes_no_color(
    cli: Any, args: tuple[str, ...], tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    shutil.copytree(VALID_ROOT, tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    result = cli(*args, "--no-color", env={"FORCE_COLOR": "1"})
    assert result.exit_code in (0, 1), result.stderr  # diff: 1 means "different"
    assert "\x1b[" not in result.stdout + result.stderr
    assert "--no-color" in cli(args[0], "--help").stdout


@pytest.mark.parametrize(
    "value", ["20250101", "2025-W01-1", "2025-1-1", "2025-02-30", "", "1 januari", "2025-01-01\n"]
)
@pytest.mark.parametrize("command", [("validate",), ("compare",), ("show", "alpha")])
def test_as_of_takes_only_yyyy_mm_dd(cli: Any, command: tuple[str, ...], value: str) -> None:
    result = cli(*command, "--root", str(VALID_ROOT), "--as-of", value)
    assert result.exit_code == 2
    shown = value.replace("\n", "\\u000a")  # control characters shown, not run
    assert result.stderr == (
        f'Error: --as-of: "{shown}" is not a date; write it as YYYY-MM-DD, for example 2025-01-01\n'
    )


@pytest.mark.parametrize(
    ("command", "choices"),
    [
        (("validate",), "text, json, github, sarif, junit"),
        (("compare",), "table, json, csv, markdown, xlsx"),
        (("show", "alpha"), "table, json, csv, markdown, xlsx"),
        (("contacts",), "table, json, csv, markdown, xlsx, vcard"),
        (("diff", "a.yaml", "b.yaml"), "table, json, csv, markdown, xlsx"),
    ],
    ids=lambda c: c[0] if isinstance(c, tuple) else None,
)
def test_a_bad_format_names_the_value_and_the_choices(
    cli: Any, command: tuple[str, ...], choices: str
) -> None:
    result = cli(*command, "--root", str(VALID_ROOT), "--format", "xml")
    assert result.exit_code == 2
    assert result.stderr == f'Error: --format: "xml" is not one of {choices}\n'
    close = cli(*command, "--root", str(VALID_ROOT), "-f", "jsno")
    assert close.stderr.splitlines() == [
        f'Error: --format: "jsno" is not one of {choices}',
        "Hint: did you mean `json`?",
    ]


def test_a_bad_schema_kind_names_the_value_and_the_choices(cli: Any) -> None:
    result = cli("schema", "regio")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        'Error: KIND: "regio" is not one of framework, region, employer',
        "Hint: did you mean `region`?",
    ]


@pytest.mark.parametrize(
    ("command", "rows"),
    [
        ("validate", ["  PATH  ", "--root DIR", "--format FORMAT", "--as-of DATE"]),
        ("compare", ["  REGION  ", "--topic TOPIC", "--parameter PARAMETER", "--output FILE"]),
        ("show", ["  REGION  ", "--as-of DATE"]),
        ("contacts", ["--region REGION", "--framework ID"]),
        ("diff", ["  OLD.yaml  ", "--root DIR"]),
        ("schema", ["  KIND  "]),
        ("new-region", ["  SLUG  ", "--name NAME"]),
    ],
)
def test_help_shows_plain_metavars(cli: Any, command: str, rows: list[str]) -> None:
    text = cli(command, "--help").stdout
    assert "<" not in text, text  # no <str>, <list[Path]>, <path>, <dir>, <file>
    for row in rows:
        assert row in text, row


def test_help_lists_the_commands_in_the_order_people_use_them() -> None:

    out = invoke("--help").output
    listed = [line.split()[0] for line in out.split("Commands:")[1].splitlines() if line.strip()]
    assert listed == [
        "validate",
        "compare",
        "show",
        "contacts",
        "follow-ups",
        "practices",
        "employer",
        "where",
        "diff",
        "history",
        "report",
        "workbook",
        "import",
        "new-region",
        "schema",
    ]


def test_format_choices_are_the_renderer_tables() -> None:
    from samenwerking_cli.cli import views
    from samenwerking_cli.cli.commands import validate
    from samenwerking_cli.render.findings import formats as findings_formats
    from samenwerking_cli.render.views import formats

    assert ("text", *findings_formats.FORMATS) == validate.FORMATS
    tables = (formats.COMPARE, formats.AGAINST, formats.SHOW, formats.CONTACTS, formats.MISSING)
    for table in (*tables, formats.DIFF):
        assert tuple(table) == views.FORMATS


@pytest.mark.dutch
def test_a_mistyped_command_is_told_in_dutch_with_the_command_meant(cli: Any) -> None:
    result = cli("comapre")
    assert result.exit_code == 2
    assert "Fout: de opdracht “comapre” bestaat niet; bedoelt u `compare`?" in result.stderr
    assert "Did you mean" not in result.stderr
