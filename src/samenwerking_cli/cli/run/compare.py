"""`compare` and `show` once their options are parsed, and what the view commands share:
checking the options, writing the chosen format, naming the files that were left out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from samenwerking_cli.cli import edge
from samenwerking_cli.cli.edge import Settings
from samenwerking_cli.domain.text import _

FORMATS = ("table", "json", "csv", "markdown", "xlsx")  # the keys of render.views.formats


def check_options(
    value: str,
    output: Path | None,
    root: Path,
    inputs: Sequence[Path] = (),
    formats: Sequence[str] = FORMATS,
) -> None:
    """`formats`: those the command accepts, named by the error for any other."""
    from samenwerking_cli.cli.guard import check_output
    from samenwerking_cli.cli.options import check_choice

    check_choice("--format", value, formats)
    if value == "xlsx":
        _check_binary(output)
    # Before the work, not after; diff reads only its two files, the others the whole root.
    check_output(output, [root], inputs, reads_roots=not inputs)


def _check_binary(output: Path | None) -> None:
    """A workbook is binary: to a file, or to standard output only when that is not a screen."""
    import sys

    from samenwerking_cli.domain.findings import UserError

    if output is None or (str(output) == "-" and sys.stdout is not None and sys.stdout.isatty()):
        raise UserError(
            _("--format xlsx writes an Excel file, not text for the screen"),
            _("give the file with --output, for example --output vergelijking.xlsx"),
        )


def emit(
    settings: Settings | None,
    renderers: dict[str, Any],
    view: Any,
    output_format: str,
    output: Path | None,
    inputs: Sequence[str | Path] = (),
) -> None:
    from samenwerking_cli.cli.output import emit as write
    from samenwerking_cli.cli.output import emit_bytes
    from samenwerking_cli.render.views.canvas import Canvas
    from samenwerking_cli.render.views.formats import BINARY

    if output_format in BINARY:
        emit_bytes(renderers[output_format](view, None), output, inputs=[Path(p) for p in inputs])
        return
    if output is None or str(output) == "-":
        canvas = Canvas(*edge.screen(settings))
    else:
        canvas = Canvas(120, False)
    write(renderers[output_format](view, canvas), output, inputs=[Path(p) for p in inputs])


def inputs_of(ws: Any) -> list[str]:
    """The files read, to guard the output against; none from git (--at)."""
    return [] if ws.commit is not None else list(ws.files)


def left_out(
    settings: Settings | None, ws: Any, said: Callable[[Sequence[str]], str] | None = None
) -> int:
    """After the output: why each invalid region file was left out (stderr); the exit code.
    `said`: the sentence naming the files, when it is not the figures' one (`where`)."""
    if not ws.excluded:
        return 0
    from samenwerking_cli.render.compare_labels import excluded_line
    from samenwerking_cli.render.findings import text as render_findings
    from samenwerking_cli.render.styled import line

    lines = [
        line(((said or excluded_line)(ws.excluded), "")),
        *render_findings.styled(ws.errors, len(ws.files)),
    ]
    edge.show(lines, settings, err=True)  # ends with the summary line
    return 1


def compare(
    settings: Settings,
    *,
    regions: list[str] | None,
    against: str | None,
    root: Path,
    framework: str | None,
    topic: list[str] | None,
    parameter: list[str] | None,
    as_of: str | None,
    with_proposals: bool,
    employer: str | None,
    at: str | None,
    output_format: str,
    output: Path | None,
) -> int:
    from samenwerking_cli.cli.options import parse_as_of
    from samenwerking_cli.domain.findings import UserError
    from samenwerking_cli.engine.selection import framework_of, restrict
    from samenwerking_cli.engine.views import against_view, compare_view, subset_of
    from samenwerking_cli.render.views import formats as compare_formats
    from samenwerking_cli.workspace.employers import pick_employer
    from samenwerking_cli.workspace.load import pick_framework, pick_regions
    from samenwerking_cli.workspace.snapshot import load_valid_at

    check_options(output_format, output, root)
    day = parse_as_of(as_of)
    ws = load_valid_at(root, at, day, partial=True)
    chosen = pick_regions(ws, regions or [])
    other = pick_regions(ws, [against]) if against is not None else []
    if against is not None and len(chosen) != 1:
        raise UserError(
            _("--against compares one region with one other region"),
            _("name one region, for example: samenwerking compare foodvalley --against flevoland"),
        )
    own = pick_employer(ws, employer) if employer is not None else None
    if own is not None and other:
        raise UserError(
            _("--employer and --against cannot be combined"), _("leave out one of them")
        )
    if own is not None:
        framework = framework or own.framework
    fw = framework_of(ws.frameworks, framework, chosen + other) or pick_framework(ws, framework)
    cut = restrict(fw, topic or [], parameter or [])
    if other:
        view: Any = against_view(cut, chosen[0], other[0], day)
        renderers = compare_formats.AGAINST
    else:
        view = compare_view(
            cut,
            list(ws.regions.values()),
            chosen,
            day,
            subset=subset_of(fw, cut),
            excluded=ws.excluded,
            with_proposals=with_proposals,
            employer=own,
        )
        renderers = compare_formats.COMPARE
    emit(settings, renderers, view, output_format, output, inputs_of(ws))
    return left_out(settings, ws)


def show(
    settings: Settings,
    *,
    region: str,
    root: Path,
    topic: list[str] | None,
    parameter: list[str] | None,
    as_of: str | None,
    at: str | None,
    output_format: str,
    output: Path | None,
) -> int:
    from samenwerking_cli.cli.options import parse_as_of
    from samenwerking_cli.engine.selection import framework_of, restrict
    from samenwerking_cli.engine.views import show_view, subset_of
    from samenwerking_cli.render.views import formats as compare_formats
    from samenwerking_cli.workspace.load import pick_regions
    from samenwerking_cli.workspace.snapshot import load_valid_at

    check_options(output_format, output, root)
    day = parse_as_of(as_of)
    ws = load_valid_at(root, at, day, partial=True)
    (chosen,) = pick_regions(ws, [region])
    fw = framework_of(ws.frameworks, None, [chosen])
    assert fw is not None  # a valid region names a framework that loaded
    cut = restrict(fw, topic or [], parameter or [])
    view = show_view(cut, chosen, day, subset_of(fw, cut), ws.excluded)
    emit(settings, compare_formats.SHOW, view, output_format, output, inputs_of(ws))
    return left_out(settings, ws)
