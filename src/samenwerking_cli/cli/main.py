"""Entry point: the app with every command registered."""

from __future__ import annotations

from samenwerking_cli.cli.app import app
from samenwerking_cli.cli.commands import (
    compare,  # noqa: F401  (compare, show, contacts, diff)
    employer,  # noqa: F401  (employer, where)
    history,  # noqa: F401  (history)
    relations,  # noqa: F401  (follow-ups, practices)
    report,  # noqa: F401  (report)
    tools,  # noqa: F401  (schema, new-region)
    validate,  # noqa: F401  (registers the command)
    workbook,  # noqa: F401  (workbook, import)
)


def main() -> None:
    app()
