"""Validation findings as text for people, and the pieces the other formats share."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.render import escape


def location(f: Finding) -> str:
    if f.line is None:
        return f.file
    if f.column is None:
        return f"{f.file}:{f.line}"
    return f"{f.file}:{f.line}:{f.column}"


def summary(findings: list[Finding], files: int) -> str:
    errors = sum(f.severity == "error" for f in findings)
    warnings = len(findings) - errors
    bad_files = len({f.file for f in findings if f.severity == "error"})
    word = "file" if files == 1 else "files"
    if not findings:
        return f"{files} {word} checked: all valid."
    return (
        f"{files} {word} checked: {errors} error{'s' * (errors != 1)}, "
        f"{warnings} warning{'s' * (warnings != 1)}"
        + (f" ({bad_files} file{'s' * (bad_files != 1)} with errors)." if errors else ".")
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
    line.append(escape.one_name(location(f)), style="bold")
    line.append(": ")
    line.append(f.severity, style=f"bold {colour}")
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
        out.append(Text("  fix: " + escape.one_line(f.hint), style="green"))
    return out


def message(f: Finding) -> str:
    return escape.visible(f.message + (f". Fix: {f.hint}" if f.hint else ""))


def all_files(findings: list[Finding], files: list[str]) -> list[str]:
    """The checked files in order, plus any file only a finding names."""
    seen = dict.fromkeys(files)
    for f in findings:
        seen.setdefault(f.file)
    return list(seen)
