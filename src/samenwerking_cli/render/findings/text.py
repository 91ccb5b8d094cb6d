"""Validation findings as text for people, and the pieces the other formats share."""

from __future__ import annotations

from typing import Any

from samenwerking_cli.domain import formats
from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.text import N_, _, ngettext
from samenwerking_cli.render import escape
from samenwerking_cli.render.styled import Line, as_rich, line


def location(f: Finding) -> str:
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


def styled(findings: list[Finding], files: int) -> list[Line]:
    """The findings and the summary as lines for people, each piece with its style."""
    return [*finding_lines(findings), summary_line(findings, files)]


def summary_line(findings: list[Finding], files: int) -> Line:
    style = "bold red" if any(f.severity == "error" for f in findings) else "bold green"
    return line((summary(findings, files), style if findings or files else ""), soft_wrap=False)


def finding_lines(findings: list[Finding]) -> list[Line]:
    """The findings without the summary line (import names its own totals)."""
    out: list[Line] = []
    for f in findings:
        colour = "red" if f.severity == "error" else "yellow"
        out.append(
            line(
                (escape.one_name(location(f)), "bold"),
                (": ", ""),
                (severity(f), f"bold {colour}"),
                (f" {f.code}", "dim"),
                (f" {escape.one_line(f.message)}", ""),
            )
        )
        if f.source_line.strip():
            shown, caret = escape.excerpt(f.source_line.rstrip(), f.column)
            gutter = f"  {f.line} | "
            out.append(line((gutter + escape.terminal(shown), "dim")))
            if caret is not None:
                out.append(line((" " * (len(gutter) + caret) + "^", colour)))
        if f.hint:
            out.append(
                line(("  " + _("fix: {hint}").format(hint=escape.one_line(f.hint)), "green"))
            )
    return out


# Findings are printed in batches: one rich print per line costs ~0.1 ms, seconds for the tens
# of thousands of lines of a hostile file.
_BATCH = 200


def text(findings: list[Finding], files: int, console: Any) -> None:
    """Write findings to a rich console; document text is never read as markup."""
    lines(findings, console)
    last = summary_line(findings, files)
    console.print(as_rich(last), soft_wrap=last.soft_wrap)


def lines(findings: list[Finding], console: Any) -> None:
    """The findings without the summary line, to a rich console (import names its own totals)."""
    from rich.text import Text

    batch: list[Any] = []
    for one in finding_lines(findings):
        batch.append(as_rich(one))
        if len(batch) >= _BATCH:
            console.print(Text("\n").join(batch), soft_wrap=True)
            batch = []
    if batch:
        console.print(Text("\n").join(batch), soft_wrap=True)


def message(f: Finding) -> str:
    return escape.visible(
        f.message + (". " + _("Fix: {hint}").format(hint=f.hint) if f.hint else "")
    )


def all_files(findings: list[Finding], files: list[str]) -> list[str]:
    """The checked files in order, plus any file only a finding names."""
    seen = dict.fromkeys(files)
    for f in findings:
        seen.setdefault(f.file)
    return list(seen)
