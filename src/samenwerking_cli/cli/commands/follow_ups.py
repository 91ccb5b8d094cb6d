"""`samenwerking follow-ups`: the follow-ups agreed with employers, filtered, as a list or a calendar."""

# No `from __future__ import annotations` here: typer would have to eval every annotation
# string when the CLI starts, which costs ~20 ms on every run, --help included (issue 7).

from pathlib import Path
from typing import Annotated, Any

import typer

from samenwerking_cli.cli.app import (
    AsOfOption,
    LangOption,
    NoColorOption,
    RootOption,
    app,
    check_choice,
    parse_as_of,
    parse_date_option,
)
from samenwerking_cli.cli.views import (
    OutputOption,
    RegionsOption,
    check_options,
    emit_view,
    format_option,
)
from samenwerking_cli.domain.text import N_, _

FOLLOW_UP_FORMATS = ("table", "json", "csv", "markdown", "ics", "xlsx")


@app.command(
    "follow-ups",
    help=N_(
        "Every follow-up (vervolgafspraak) of every region, sorted by due date.\n"
        "\n"
        "Examples:\n"
        "\n"
        "  samenwerking follow-ups --overdue\n"
        "\n"
        "  samenwerking follow-ups --made-at dialoogsessie-2018-09 --format markdown\n"
        "\n"
        "  samenwerking follow-ups --status open --format ics -o vervolgafspraken.ics"
    ),
)
def follow_ups(
    ctx: typer.Context,
    region: RegionsOption = None,
    employer: Annotated[
        str | None,
        typer.Option("--employer", metavar="ID", help=N_("Only follow-ups with this employer id.")),
    ] = None,
    with_text: Annotated[
        str | None,
        typer.Option(
            "--with", metavar="TEXT", help=N_("Only where `with` contains TEXT (any case).")
        ),
    ] = None,
    owner: Annotated[
        str | None,
        typer.Option(
            "--owner", metavar="TEXT", help=N_("Only where `owner` contains TEXT (any case).")
        ),
    ] = None,
    status: Annotated[
        str | None,
        typer.Option("--status", metavar="STATUS", help=N_("Only open, done or dropped.")),
    ] = None,
    overdue: Annotated[
        bool, typer.Option("--overdue", help=N_("Only open follow-ups past their due date."))
    ] = False,
    due_before: Annotated[
        str | None,
        typer.Option("--due-before", metavar="DATE", help=N_("Only those due before DATE.")),
    ] = None,
    made_at: Annotated[
        str | None,
        typer.Option(
            "--made-at",
            metavar="SESSION",
            help=N_("Only those agreed in this session, e.g. dialoogsessie-2018-09."),
        ),
    ] = None,
    root: RootOption = Path("."),
    as_of: AsOfOption = None,
    output_format: Annotated[
        str,
        format_option(
            N_(
                "Output: table, json, csv, markdown, ics, xlsx. ics: a calendar file, an event "
                "per due date; xlsx: an Excel workbook (needs --output)."
            )
        ),
    ] = "table",
    output: OutputOption = None,
    no_color: NoColorOption = False,  # sets the shared setting; see app.py
    lang: LangOption = None,
) -> None:
    from samenwerking_cli.engine.followups import STATUSES, Filters
    from samenwerking_cli.engine.followups import follow_ups as collect
    from samenwerking_cli.render.views import calendar, formats
    from samenwerking_cli.render.views import follow_ups as render
    from samenwerking_cli.workspace.load import load_valid, pick_regions

    check_choice("--format", output_format, FOLLOW_UP_FORMATS)
    check_options("xlsx" if output_format == "xlsx" else "table", output, root)
    if status is not None:
        check_choice("--status", status, STATUSES)
    before = parse_date_option("--due-before", due_before) if due_before is not None else None
    day = parse_as_of(as_of)
    ws = load_valid(root, day)
    regions = list(ws.regions.values())
    chosen = pick_regions(ws, region or [])
    if made_at is not None:
        _check_session(made_at, regions)
    filters = Filters(
        regions=tuple(r.id for r in chosen),
        employer=employer,
        with_text=with_text,
        owner_text=owner,
        status=status,
        overdue=overdue,
        due_before=before,
        made_at=made_at,
    )
    view = collect(regions, day, filters)
    renderers = {**render.FORMATS, "ics": calendar.ics, "xlsx": formats.workbook("follow_ups")}
    emit_view(ctx, renderers, view, output_format, output, ws.files)


def _check_session(name: str, regions: Any) -> None:
    from samenwerking_cli.domain.findings import UserError
    from samenwerking_cli.engine.followups import known_sessions
    from samenwerking_cli.validation.values import did_you_mean

    known = known_sessions(regions)
    if name not in known:
        raise UserError(
            _("--made-at: no follow-up was made at `{name}`").format(name=name),
            did_you_mean(name, known)
            or _("known sessions: {ids}").format(ids=", ".join(known) or _("none")),
        )
