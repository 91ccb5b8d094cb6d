"""`samenwerking validate` once its options are parsed: check, write, return the exit code."""

from __future__ import annotations

import os
from pathlib import Path

from samenwerking_cli.cli import edge
from samenwerking_cli.cli.edge import Settings
from samenwerking_cli.domain.text import _

# "text" and the keys of render.findings.formats.FORMATS, for the help text and the lean
# path: importing the renderers to list them would slow down every start (a test keeps the
# two the same).
FORMATS = ("text", "json", "github", "sarif", "junit")


def validate(
    settings: Settings,
    *,
    paths: list[Path] | None,
    root: Path,
    output_format: str,
    strict: bool,
    strict_dates: bool,
    as_of: str | None,
    stale_after: int,
    output_json: Path | None,
    output_sarif: Path | None,
    output_junit: Path | None,
) -> int:
    from samenwerking_cli.cli.guard import check_output
    from samenwerking_cli.cli.options import check_choice, parse_as_of
    from samenwerking_cli.cli.output import check_target, emit, write_atomic
    from samenwerking_cli.cli.progress import file_progress
    from samenwerking_cli.domain.findings import UserError, exit_code
    from samenwerking_cli.render.findings import formats, sarif
    from samenwerking_cli.render.findings import text as render
    from samenwerking_cli.workspace.load import load_workspace

    check_choice("--format", output_format, FORMATS)
    outputs = {
        fmt: target
        for fmt, target in (("json", output_json), ("sarif", output_sarif), ("junit", output_junit))
        if target is not None
    }
    if len({os.path.realpath(t) for t in outputs.values()}) < len(outputs):
        raise UserError(
            _("two --output-… options name the same file"), _("give each report its own file")
        )
    # Fail before the work, not after. A folder given as PATH that holds frameworks/ or
    # regions/ is a root too: a report written there would be read as a document next time.
    roots = [
        root,
        *(p for p in paths or [] if (p / "frameworks").is_dir() or (p / "regions").is_dir()),
    ]
    for fmt, target in outputs.items():
        check_output(target, roots, paths or [], f"--output-{fmt}", reads_roots=not paths)
    with file_progress(
        "Checking", make_console=lambda: edge.console(settings, err=True)
    ) as on_file:
        ws = load_workspace(
            root,
            paths or [],
            parse_as_of(as_of),
            on_file=on_file,
            models=False,
            stale_after=stale_after,
        )
    inputs = [Path(f) for f in ws.files]
    for target in outputs.values():
        check_target(target, inputs)
    policy = formats.Policy(
        strict=strict,
        strict_dates=strict_dates,
        base=os.getcwd(),
        automation=sarif.automation_details(os.environ),
    )
    for fmt, target in outputs.items():
        write_atomic(target, formats.render(fmt, ws.findings, ws.files, policy), inputs=inputs)
    if output_format == "text":
        edge.show(render.styled(ws.findings, len(ws.files)), settings)
    else:
        emit(formats.render(output_format, ws.findings, ws.files, policy))
    return exit_code(ws.findings, strict=strict, strict_dates=strict_dates)
