"""`employer` and `where` once their options are parsed. Like compare and show, they go on
without invalid region files: the files are named after the output and the run exits 1."""

from __future__ import annotations

from pathlib import Path

from samenwerking_cli.cli.edge import Settings


def employer(
    settings: Settings,
    *,
    ident: str | None,
    root: Path,
    as_of: str | None,
    at: str | None,
    output_format: str,
    output: Path | None,
) -> int:
    from samenwerking_cli.cli.options import parse_as_of
    from samenwerking_cli.cli.run.compare import check_options, emit, inputs_of, left_out
    from samenwerking_cli.engine.employers import employer_list, employer_view_for
    from samenwerking_cli.render.views import employer_formats
    from samenwerking_cli.render.views.left_out import with_excluded
    from samenwerking_cli.workspace.employers import pick_employer
    from samenwerking_cli.workspace.snapshot import load_valid_at

    check_options(output_format, output, root)
    day = parse_as_of(as_of)
    ws = load_valid_at(root, at, day, partial=True)
    if ident is None:
        lines = employer_list(ws.employers.values(), ws.regions, day)
        renderers = with_excluded(employer_formats.EMPLOYERS, ws.excluded)
        emit(settings, renderers, lines, output_format, output, inputs_of(ws))
    else:
        view = employer_view_for(pick_employer(ws, ident), ws.frameworks, ws.regions, day)
        renderers = with_excluded(employer_formats.EMPLOYER, ws.excluded)
        emit(settings, renderers, view, output_format, output, inputs_of(ws))
    return left_out(settings, ws)


def where(
    settings: Settings,
    *,
    name: str,
    root: Path,
    at: str | None,
    output_format: str,
    output: Path | None,
) -> int:
    from samenwerking_cli.cli.options import parse_as_of
    from samenwerking_cli.cli.run.compare import check_options, emit, inputs_of, left_out
    from samenwerking_cli.render.views import employer_formats
    from samenwerking_cli.render.views.left_out import searched_line, with_excluded
    from samenwerking_cli.workspace.employers import where_is
    from samenwerking_cli.workspace.snapshot import load_valid_at

    check_options(output_format, output, root)
    ws = load_valid_at(root, at, parse_as_of(None), partial=True)
    found = where_is(ws, name)
    renderers = with_excluded(employer_formats.WHERE, ws.excluded, searched_line)
    emit(settings, renderers, found, output_format, output, inputs_of(ws))
    return left_out(settings, ws, searched_line)
