"""Make document text safe for each output it can reach."""

from __future__ import annotations

import re

# Control characters (C0 but tab and newline, DEL, C1: ANSI escapes start with ESC or CSI),
# line and paragraph separators, and invisible or direction-changing characters (zero-width
# spaces and joiners, marks, bidi embeddings, overrides and isolates, word joiner, BOM), and lone
# surrogates (bytes of a file name that are not UTF-8).
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028-\u202e"
    "\u2060-\u2069\ufeff\ud800-\udfff]"
)
_BREAKS = re.compile("[\t\n]")


def visible(text: str) -> str:
    """Document text with control and invisible characters shown as `\\u200f` instead of run
    or hidden; tab and newline stay (each output decides what a line break becomes)."""
    return _CONTROL.sub(_code, text)


def _code(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def terminal(text: str) -> str:
    """Show control characters (ANSI escapes, bidi overrides) visibly instead of running them."""
    return visible(text)


def one_name(text: str) -> str:
    """A file name or key on one line: a line break or tab in it is shown, not made, so a name
    cannot start a line that reads as a finding for another file."""
    return _BREAKS.sub(_code, visible(text))


EXCERPT = 120  # characters of a source line shown around the column


def excerpt(line: str, column: int | None, width: int = EXCERPT) -> tuple[str, int | None]:
    """A source line clipped to about `width` characters around `column` (1-based), with `…`
    where it was cut, control characters shown; and the 0-based offset of the column in the
    result, for the caret (None without a column)."""
    line = line.replace("\t", " ")
    col = min(max((column or 1) - 1, 0), len(line))
    start = 0
    if len(line) > width:
        start = max(0, min(col - width // 3, len(line) - width))
    end = start + width
    head = ("…" if start > 0 else "") + visible(line[start:col])
    tail = visible(line[col:end]) + ("…" if end < len(line) else "")
    return head + tail, (len(head) if column else None)


def one_line(text: str) -> str:
    return terminal(" ".join(text.split()))


def github_data(text: str) -> str:
    # Other control characters (ANSI escapes) would be run by the Actions log: show them.
    return terminal(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def github_property(text: str) -> str:
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


def markdown_cell(text: str) -> str:
    """Text for a GitHub table cell: pipes and newlines escaped, markup neutralised."""
    text = visible(text).replace("\\", "\\\\").replace("|", "\\|")
    text = re.sub(r"([`*_\[\]<>#~])", r"\\\1", text)
    text = text.replace("&", "&amp;")
    return "<br>".join(line.strip() for line in text.splitlines()) or " "


def markdown_text(text: str) -> str:
    """Text for a Markdown paragraph or list item: markup and HTML neutralised."""
    text = visible(text).replace("\\", "\\\\")
    text = re.sub(r"([`*_\[\]<>#~|])", r"\\\1", text)
    return " ".join(text.split()).replace("&", "&amp;")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """A text cell Excel will not run as a formula, with invisible characters shown."""
    text = visible(text)
    return "'" + text if text.startswith(_FORMULA_START) else text
