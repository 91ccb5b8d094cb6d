"""Checks of option values that typer cannot express, shared by both ways into a command."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from samenwerking_cli.domain.findings import UserError
from samenwerking_cli.domain.text import _


def _shown(value: str) -> str:
    """An option's value as typed, control characters shown instead of run; the message puts
    it in the quotes of its language."""
    from samenwerking_cli.render.escape import terminal

    return re.sub(r"[\t\n]", lambda m: f"\\u{ord(m.group()):04x}", terminal(value))


def parse_as_of(value: str | None) -> date:
    """YYYY-MM-DD only: date.fromisoformat also takes 20250101 and 2025-W01-1."""
    if value is None:
        return date.today()
    return parse_date_option("--as-of", value)


def parse_date_option(option: str, value: str) -> date:
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise UserError(
        _(
            '{option}: "{value}" is not a date; write it as YYYY-MM-DD, for example 2025-01-01'
        ).format(option=option, value=_shown(value))
    )


def check_choice(option: str, value: str, choices: Sequence[str]) -> str:
    """`value` when it is one of `choices`; otherwise a one-line error naming both (exit 2)."""
    if value in choices:
        return value
    from samenwerking_cli.validation.values import did_you_mean

    raise UserError(
        _('{option}: "{value}" is not one of {choices}').format(
            option=option, value=_shown(value), choices=", ".join(choices)
        ),
        did_you_mean(value, choices),
    )
