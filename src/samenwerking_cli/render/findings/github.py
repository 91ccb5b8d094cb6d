"""Validation findings as GitHub workflow commands, so annotations land on the diff."""

from __future__ import annotations

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.text import _
from samenwerking_cli.render import escape
from samenwerking_cli.render.findings.text import location, summary


def github(findings: list[Finding], files: int) -> str:
    """Workflow commands with file, line and column, so annotations land on the diff.

    The message repeats file:line:col because the Checks log otherwise hides them.
    """
    out = []
    for f in findings:
        props = [f"file={escape.github_property(f.file)}"]
        if f.line is not None:
            props.append(f"line={f.line}")
        if f.column is not None:
            props.append(f"col={f.column}")
        props.append(f"title={escape.github_property('samenwerking ' + f.code)}")
        message = f"{location(f)}: {f.message}" + (
            ". " + _("Fix: {hint}").format(hint=f.hint) if f.hint else ""
        )
        out.append(f"::{f.severity} {','.join(props)}::{escape.github_data(message)}")
    out.append(summary(findings, files))
    return "\n".join(out) + "\n"
