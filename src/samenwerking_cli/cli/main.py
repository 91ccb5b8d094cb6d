"""Entry point: the app with every command registered."""

from __future__ import annotations

from samenwerking_cli.cli.app import app
from samenwerking_cli.cli.commands import (  # noqa: F401  (each registers its command)
    compare,
    contacts,
    diff,
    employer,
    follow_ups,
    history,
    import_workbook,
    new_region,
    practices,
    report,
    schema,
    show,
    validate,
    where,
    workbook,
)


def main() -> None:
    app()
