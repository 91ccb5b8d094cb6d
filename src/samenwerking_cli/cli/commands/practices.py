"""`samenwerking practices`: the good practices regions share, where each came from and went."""

# No `from __future__ import annotations` here: typer would have to eval every annotation
# string when the CLI starts, which costs ~20 ms on every run, --help included (issue 7).

from pathlib import Path
from typing import Annotated

import typer

from samenwerking_cli.cli.app import (
    LangOption,
    NoColorOption,
    RootOption,
    app,
)
from samenwerking_cli.cli.views import (
    OutputOption,
    RegionsOption,
    check_options,
    emit_view,
    format_option,
)
from samenwerking_cli.domain.text import N_

PRACTICE_FORMATS = ("table", "json", "csv", "markdown")


@app.command(
    help=N_(
        "Good practices: where each started (origin) and which regions use it.\n"
        "\n"
        "Additions that share a `practice` id are one practice; with --region, the practices used\n"
        "in those regions (with every region that uses them).\n"
        "\n"
        "Examples:\n"
        "\n"
        "  samenwerking practices\n"
        "\n"
        "  samenwerking practices --region rivierenland --format json"
    ),
)
def practices(
    ctx: typer.Context,
    region: RegionsOption = None,
    root: RootOption = Path("."),
    output_format: Annotated[
        str, format_option(N_("Output: table, json, csv, markdown."))
    ] = "table",
    output: OutputOption = None,
    no_color: NoColorOption = False,  # sets the shared setting; see app.py
    lang: LangOption = None,
) -> None:
    from samenwerking_cli.engine.practices import PracticeList
    from samenwerking_cli.engine.practices import practices as collect
    from samenwerking_cli.render.views import practices as render
    from samenwerking_cli.workspace.load import load_valid, pick_regions

    check_options(output_format, output, root, formats=PRACTICE_FORMATS)
    ws = load_valid(root)
    regions = list(ws.regions.values())
    chosen = {r.id for r in pick_regions(ws, region or [])}
    found = collect(regions)
    if chosen:
        found = tuple(p for p in found if any(r.id in chosen for r in p.regions))
    titles = {t.id: t.title for fw in ws.frameworks.values() for t in fw.topics}
    emit_view(ctx, render.FORMATS, PracticeList(found, titles), output_format, output, ws.files)
