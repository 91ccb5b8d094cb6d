"""Validation findings as text (people), JSON (tools) and GitHub workflow commands (CI)."""

from __future__ import annotations

import json

from rich.console import Console
from rich.text import Text

from samenwerking_cli.domain import formats
from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.text import N_, _, ngettext
from samenwerking_cli.render import escape


def _location(f: Finding) -> str:
    if f.line is None:
        return f.file
    if f.column is None:
        return f"{f.file}:{f.line}"
    return f"{f.file}:{f.line}:{f.column}"


SEVERITY = {"error": N_("error"), "warning": N_("warning")}


def severity(f: Finding) -> str:
    """`error` or `warning` for people, in the chosen language (codes stay as they are)."""
    return _(SEVERITY[f.severity]) if f.severity in SEVERITY else f.severity


def summary(findings: list[Finding], files: int) -> str:
    errors = sum(f.severity == "error" for f in findings)
    warnings = len(findings) - errors
    bad_files = len({f.file for f in findings if f.severity == "error"})
    n = formats.number
    if not findings:
        return ngettext(
            "{n} file checked: all valid.", "{n} files checked: all valid.", files
        ).format(n=n(files))
    checked = ngettext("{n} file checked", "{n} files checked", files).format(n=n(files))
    errs = ngettext("{n} error", "{n} errors", errors).format(n=n(errors))
    warns = ngettext("{n} warning", "{n} warnings", warnings).format(n=n(warnings))
    if not errors:
        return _("{checked}: {errors}, {warnings}.").format(
            checked=checked, errors=errs, warnings=warns
        )
    bad = ngettext("{n} file with errors", "{n} files with errors", bad_files).format(
        n=n(bad_files)
    )
    return _("{checked}: {errors}, {warnings} ({bad}).").format(
        checked=checked, errors=errs, warnings=warns, bad=bad
    )


# Findings are printed in batches: one rich print per line costs ~0.1 ms, seconds for the tens
# of thousands of lines of a hostile file.
_BATCH = 200


def text(findings: list[Finding], files: int, console: Console) -> None:
    """Write findings to a rich console; document text is never read as markup."""
    lines(findings, console)
    style = "bold red" if any(f.severity == "error" for f in findings) else "bold green"
    console.print(Text(summary(findings, files), style=style if findings or files else ""))


def lines(findings: list[Finding], console: Console) -> None:
    """The findings without the summary line (import names its own totals)."""
    batch: list[Text] = []
    for f in findings:
        batch += _lines(f)
        if len(batch) >= _BATCH:
            console.print(Text("\n").join(batch), soft_wrap=True)
            batch = []
    if batch:
        console.print(Text("\n").join(batch), soft_wrap=True)


def _lines(f: Finding) -> list[Text]:
    colour = "red" if f.severity == "error" else "yellow"
    line = Text()
    line.append(escape.one_name(_location(f)), style="bold")
    line.append(": ")
    line.append(severity(f), style=f"bold {colour}")
    line.append(f" {f.code}", style="dim")
    line.append(f" {escape.one_line(f.message)}")
    out = [line]
    if f.source_line.strip():
        shown, caret = escape.excerpt(f.source_line.rstrip(), f.column)
        gutter = f"  {f.line} | "
        out.append(Text(gutter + escape.terminal(shown), style="dim"))
        if caret is not None:
            out.append(Text(" " * (len(gutter) + caret) + "^", style=colour))
    if f.hint:
        out.append(
            Text("  " + _("fix: {hint}").format(hint=escape.one_line(f.hint)), style="green")
        )
    return out


def as_json(findings: list[Finding], files: int) -> str:
    errors = sum(f.severity == "error" for f in findings)
    doc = {
        "valid": errors == 0,
        "summary": {"files": files, "errors": errors, "warnings": len(findings) - errors},
        "findings": [
            {
                "file": f.file,
                "line": f.line,
                "column": f.column,
                "severity": f.severity,
                "code": f.code,
                "message": escape.visible(f.message),
                "hint": escape.visible(f.hint),
                "key": escape.visible(f.key),
            }
            for f in findings
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


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
        message = f"{_location(f)}: {f.message}" + (
            ". " + _("Fix: {hint}").format(hint=f.hint) if f.hint else ""
        )
        out.append(f"::{f.severity} {','.join(props)}::{escape.github_data(message)}")
    out.append(summary(findings, files))
    return "\n".join(out) + "\n"
