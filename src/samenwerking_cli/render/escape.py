"""Make document text safe for each output it can reach."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def terminal(text: str) -> str:
    """Show control characters (ANSI escapes, bidi overrides) visibly instead of running them."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def one_line(text: str) -> str:
    return terminal(" ".join(text.split()))


def github_data(text: str) -> str:
    # Other control characters (ANSI escapes) would be run by the Actions log: show them.
    return terminal(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def github_property(text: str) -> str:
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


def markdown_cell(text: str) -> str:
    """Text for a GitHub table cell: pipes and newlines escaped, markup neutralised."""
    text = text.replace("\\", "\\\\").replace("|", "\\|")
    text = re.sub(r"([`*_\[\]<>#~])", r"\\\1", text)
    text = text.replace("&", "&amp;")
    return "<br>".join(line.strip() for line in text.splitlines()) or " "


def markdown_text(text: str) -> str:
    """Text for a Markdown paragraph or list item: markup and HTML neutralised."""
    text = text.replace("\\", "\\\\")
    text = re.sub(r"([`*_\[\]<>#~|])", r"\\\1", text)
    return " ".join(text.split()).replace("&", "&amp;")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """A text cell Excel will not run as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text
