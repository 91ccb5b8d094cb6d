"""`samenwerking contacts`: whom to call in each region for each topic, and the gaps."""

# No `from __future__ import annotations` here: typer would have to eval every annotation
# string when the CLI starts, which costs ~20 ms on every run, --help included (issue 7).

from pathlib import Path
from typing import Annotated

import typer

from samenwerking_cli.cli.app import (
    AsOfOption,
    AtOption,
    LangOption,
    NoColorOption,
    RootOption,
    StaleAfterOption,
    app,
    parse_as_of,
)
from samenwerking_cli.cli.views import (
    FORMATS,
    FrameworkOption,
    OutputOption,
    TopicOption,
    check_options,
    emit_view,
    inputs,
    left_out,
)
from samenwerking_cli.domain.text import N_

CONTACT_FORMATS = (*FORMATS, "vcard")  # the views' formats and an address book


@app.command(
    help=N_(
        "Whom to call in each region for each topic; --missing lists the gaps.\n"
        "\n"
        "A contact without topics is the region's general contact: it serves every topic without\n"
        "a contact of its own (not a gap). The age of a contact is counted from its `verified`\n"
        "date to --as-of; older than --stale-after months is stale.\n"
        "\n"
        "Examples:\n"
        "\n"
        "  samenwerking contacts --region foodvalley\n"
        "\n"
        "  samenwerking contacts --missing --topic jobcoaching --format csv -o gaten.csv\n"
        "\n"
        "  samenwerking contacts --region rivierenland --format vcard -o rivierenland.vcf"
    ),
)
def contacts(
    ctx: typer.Context,
    missing: Annotated[
        bool, typer.Option("--missing", help=N_("List the region/topic pairs without a contact."))
    ] = False,
    region: Annotated[
        list[str] | None,
        typer.Option(
            "--region",
            "-r",
            metavar="REGION",
            help=N_("Only this region (repeatable)."),
            show_default=False,
        ),
    ] = None,
    topic: TopicOption = None,
    root: RootOption = Path("."),
    framework: FrameworkOption = None,
    as_of: AsOfOption = None,
    stale_after: StaleAfterOption = 12,
    at: AtOption = None,
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help=N_(
                "Output: table (screen), json, csv (for scripts: `;` and decimal comma), "
                "markdown, xlsx (an Excel workbook; needs --output), vcard (address book)."
            ),
        ),
    ] = "table",
    output: OutputOption = None,
    no_color: NoColorOption = False,  # sets the shared setting; see app.py
    lang: LangOption = None,
) -> None:
    from samenwerking_cli.engine.contacts import directory
    from samenwerking_cli.engine.selection import framework_of, restrict
    from samenwerking_cli.render.views import formats as compare_formats
    from samenwerking_cli.render.views import vcard
    from samenwerking_cli.workspace.load import pick_framework, pick_regions
    from samenwerking_cli.workspace.snapshot import load_valid_at

    check_options(output_format, output, root, formats=CONTACT_FORMATS)
    day = parse_as_of(as_of)
    ws = load_valid_at(root, at, day, partial=True)
    chosen = pick_regions(ws, region or [])
    fw = framework_of(ws.frameworks, framework, chosen) or pick_framework(ws, framework)
    view = directory(
        restrict(fw, topic or [], []),
        chosen or list(ws.regions.values()),
        ws.excluded,
        as_of=day,
        stale_after=stale_after,
    )
    renderers = compare_formats.MISSING if missing else compare_formats.CONTACTS
    renderers = {**renderers, "vcard": vcard.vcard}
    emit_view(ctx, renderers, view, output_format, output, inputs(ws))
    left_out(ctx, ws)
