"""`samenwerking report` once its options are parsed: write the report, return the exit code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from samenwerking_cli.cli import edge
from samenwerking_cli.cli.edge import Settings
from samenwerking_cli.domain.text import _, language

FORMATS = ("html", "markdown")
DEFAULT_NAMES = {"html": "harmonisatierapport.html", "markdown": "harmonisatierapport.md"}


def report(
    settings: Settings,
    *,
    output_format: str,
    output: Path | None,
    regions: list[str] | None,
    as_of: str | None,
    stale_after: int,
    title: str | None,
    templates: Path | None,
    root: Path,
    framework: str | None,
    employer: str | None,
    at: str | None,
    since: str | None,
) -> int:
    from samenwerking_cli.cli.guard import check_output
    from samenwerking_cli.cli.options import check_choice, parse_as_of
    from samenwerking_cli.cli.output import emit_chunks
    from samenwerking_cli.render.report.make import make_report
    from samenwerking_cli.workspace.discover import discover

    check_choice("--format", output_format, FORMATS)
    day = parse_as_of(as_of)
    target = output if output is not None else Path(DEFAULT_NAMES[output_format])
    frameworks, others = discover(root, ())
    # The templates are inputs too: a report must never replace one of them.
    inputs = [*frameworks, *others, *(_files(templates) if templates is not None else [])]
    check_output(target, [root], inputs)
    loaded: list[Any] = []
    chunks = make_report(
        root,
        output_format=output_format,
        lang=language(),
        regions=regions or [],
        as_of=day,
        title=title,
        templates=templates,
        framework_id=framework,
        loaded=loaded,
        stale_after=stale_after,
        employer=employer,
        at=at,
        since=since,
    )
    emit_chunks(chunks, None if str(target) == "-" else target, inputs=inputs)
    if str(target) != "-":
        edge.err(_("Wrote {file}").format(file=target))
    from samenwerking_cli.cli.run.compare import left_out

    return left_out(settings, loaded[0])  # the files left out, on stderr; exit 1 if any


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.is_dir() else []
