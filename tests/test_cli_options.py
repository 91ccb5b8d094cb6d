"""Options every command shares: colours, dates and choices, as users type them."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import FIXTURES, VALID_ROOT

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
