"""Findings: the plain data every step returns instead of printing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]

# Codes whose findings mean "could not read the path", not "the document is wrong": exit 2.
IO_CODES = frozenset({"unreadable", "not-a-file", "no-such-path"})


@dataclass(frozen=True, slots=True)
class Finding:
    file: str
    line: int | None
    column: int | None
    severity: Severity
    code: str
    message: str
    hint: str = ""
    key: str = ""
    source_line: str = field(default="", compare=False)

    @property
    def is_io(self) -> bool:
        return self.code in IO_CODES

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line or 0, self.column or 0, self.code)


QUOTE_MAX = 80
_LONG = QUOTE_MAX + 1
_LONG_QUOTE = re.compile(rf"`([^`]{{{_LONG},}})`|\"([^\"]{{{_LONG},}})\"")


def clip_quotes(text: str) -> str:
    """A value quoted in a message or hint (`…` or "…") cut to QUOTE_MAX characters: a
    megabyte value is named, not repeated, in every output."""
    if len(text) <= QUOTE_MAX:
        return text

    def cut(match: re.Match[str]) -> str:
        mark = "`" if match.group(1) is not None else '"'
        inner = match.group(1) if match.group(1) is not None else match.group(2)
        return f"{mark}{inner[: QUOTE_MAX - 20]}…{mark}"

    return _LONG_QUOTE.sub(cut, text)


# Warnings that the calendar raises, not a change to the file: a review date or a due date that
# passed, a contact not confirmed for too long, a dated national value that is coming or that
# has made a deviation equal to it (they come and go with --as-of while the region's file stays
# the same). `--strict` leaves them out, so that
# a pull request is not failed for a date in a file it did not touch; `--strict-dates` (a
# scheduled run) counts them.
TIME_CODES = frozenset(
    {
        "review-overdue",
        "follow-up-overdue",
        "contact-stale",
        "coming-equal",
        "coming-effect-turns",
        "became-equal",
    }
)


def fails(f: Finding, *, strict: bool = False, strict_dates: bool = False) -> bool:
    """Whether this finding fails the run: errors always, warnings under the strict options."""
    if f.severity == "error":
        return True
    return strict_dates if f.code in TIME_CODES else strict


def exit_code(findings: list[Finding], *, strict: bool = False, strict_dates: bool = False) -> int:
    """0 clean, 1 findings that fail the run, 2 when a path could not be read."""
    if any(f.is_io for f in findings):
        return 2
    if any(fails(f, strict=strict, strict_dates=strict_dates) for f in findings):
        return 1
    return 0


class UserError(Exception):
    """A problem the user caused (bad option, missing path): one line, exit 2, no traceback."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class FindingsError(Exception):
    """Documents are invalid: the caller shows the findings and exits 1 (or 2 for I/O)."""

    def __init__(self, findings: list[Finding], files: int | None = None) -> None:
        super().__init__(f"{len(findings)} findings")
        self.findings = findings
        # How many files were checked, for the summary; the files the findings name at least.
        self.files = files if files is not None else len({f.file for f in findings})
