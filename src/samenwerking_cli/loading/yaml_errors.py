"""What the YAML reader's complaints mean, in plain words with the fix.

LibYAML (the reader the tool uses when PyYAML has it) and pure-Python PyYAML word their errors
differently; both wordings are matched. No reader jargon ("mapping values", "block end",
"scalar") reaches the reader of the message: what is not recognised gets a plain sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import yaml

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.text import N_, _

TAB = (N_("a tab is used for indentation or spacing"), N_("use spaces instead of tabs"))
UNCLOSED = (
    N_("a quoted text is not closed"),
    N_("close the quote, or escape quotes inside it"),
)
INDENT = (
    N_("the indentation of this line does not fit"),
    N_("line it up with the keys it belongs to: the same number of spaces as the lines above"),
)
INDENT_DEEPER = (
    N_("this line is indented further than the line above, which already has a value"),
    N_("line it up with the line above, or move its text into the value above"),
)
MISSING_COLON = (
    N_("the `:` after the key is missing"),
    N_("write the key, a colon and a space, then the value, for example `name: Ede`"),
)
COLON_IN_TEXT = N_('the text contains ": " (a colon and a space), which ends a key')
COLON_FIX = N_("put the text in quotes: `{fixed}`")
COLON_FIX_PLAIN = N_("put the text in quotes")

# (what the reader says, message, fix); LibYAML's wording and PyYAML's where they differ.
HINTS: list[tuple[str, str, str]] = [
    ("found character '\\t'", *TAB),
    ("found a tab character", *TAB),
    ("did not find expected key", *INDENT),
    ("expected <block end>, but found", *INDENT),
    ("did not find expected '-' indicator", *INDENT),
    (
        "found undefined alias",
        N_("this alias (`*name`) refers to an anchor that is not defined"),
        N_("define the anchor with `&name` before using it"),
    ),
    (
        "expected a single document",
        N_("the file holds more than one document (`---`)"),
        N_("keep one document per file: split it, or remove the extra `---` line"),
    ),
    (
        "but found another document",
        N_("the file holds more than one document (`---`)"),
        N_("keep one document per file: split it, or remove the extra `---` line"),
    ),
    (
        "found duplicate anchor",
        N_("the same anchor (`&name`) is defined twice"),
        N_("give each anchor its own name"),
    ),
    (
        "found unexpected end of stream",
        N_("the file ends inside a quoted text or a bracket"),
        N_("close the quote or bracket"),
    ),
    ("while scanning a quoted scalar", *UNCLOSED),
    (
        "found unknown escape character",
        N_("a backslash (\\) in double quotes is followed by a character it cannot escape"),
        N_("write the text in single quotes, or double the backslash"),
    ),
    (
        "did not find expected ',' or ']'",
        N_("a list in brackets [ ] is not closed, or lacks a comma"),
        N_("close the list with ], with a comma between the items"),
    ),
    (
        "did not find expected ',' or '}'",
        N_("a `{ }` block is not closed, or lacks a comma"),
        N_("close it with }, with a comma between the pairs"),
    ),
]
UNKNOWN = (
    N_("this line cannot be read as YAML"),
    N_("check the indentation, quotes and brackets on this line"),
)


def syntax_finding(exc: yaml.MarkedYAMLError, display: str, lines: list[str]) -> Finding:
    mark = exc.problem_mark or exc.context_mark
    text = f"{exc.context or ''} {exc.problem or ''}"
    unclosed = "quoted scalar" in (exc.context or "") and "end of stream" in (exc.problem or "")
    if unclosed and exc.context_mark is not None:
        mark = exc.context_mark  # where the quote opens, not the end of the file
    line = mark.line + 1 if mark else 0
    column = mark.column + 1 if mark else 0

    def finding(message: str, hint: str, at: int = 0, col: int = 0) -> Finding:
        at, col = at or line, col or column
        source = lines[at - 1] if 0 < at <= len(lines) else ""
        return Finding(
            display, at or None, col or None, "error", "syntax", message, hint, "", source
        )

    source = lines[line - 1] if 0 < line <= len(lines) else ""
    if "\t" in source and ("found character" in text or "tab" in text):
        return finding(_(TAB[0]), _(TAB[1]))
    if unclosed:
        return finding(_(UNCLOSED[0]), _(UNCLOSED[1]))
    if "mapping values are not allowed" in text and line:
        return _colon(lines, line, column, finding)
    if "could not find expected ':'" in text and line:
        # The reader notices a missing colon on the next line; point at the line that lacks it.
        start = exc.context_mark.line + 1 if exc.context_mark is not None else line
        bad = next((n for n in range(min(start, line), 0, -1) if _content(lines[n - 1])), line)
        indent = len(lines[bad - 1]) - len(lines[bad - 1].lstrip()) if bad <= len(lines) else 0
        return finding(_(MISSING_COLON[0]), _(MISSING_COLON[1]), bad, indent + 1)
    for needle, message, hint in HINTS:
        if needle in text:
            return finding(_(message), _(hint))
    return finding(_(UNKNOWN[0]), _(UNKNOWN[1]))


def _content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


Make = Callable[[str, str, int, int], Finding]
_KEY_VALUE = re.compile(r"^(\s*(?:-\s+)?[^\s:#][^:#]*?):\s+(\S.*?)\s*$")


def _colon(lines: list[str], line: int, column: int, make: Make) -> Finding:
    """`: ` where it cannot stand: a text with a colon in it, or a line indented too far."""
    source = lines[line - 1] if line <= len(lines) else ""
    before = source[: column - 1]
    above = next((n for n in range(line - 1, 0, -1) if _content(lines[n - 1])), 0)
    if ": " not in before and above and _indent(source) > _indent(lines[above - 1]):
        # `key: value` followed by a line indented deeper: the reader takes it as more text.
        return make(_(INDENT_DEEPER[0]), _(INDENT_DEEPER[1]), line, _indent(source) + 1)
    match = _KEY_VALUE.match(source)
    if match is not None:
        key, value = match.groups()
        if '"' not in value:
            fixed = f'{key.strip()}: "{value}"'
        elif "'" not in value:
            fixed = f"{key.strip()}: '{value}'"
        else:
            fixed = ""
        hint = _(COLON_FIX).format(fixed=fixed) if fixed else _(COLON_FIX_PLAIN)
        return make(_(COLON_IN_TEXT), hint, line, len(match.group(1)) + 3)
    return make(_(COLON_IN_TEXT), _(COLON_FIX_PLAIN), line, column)


def reader_finding(exc: yaml.YAMLError, display: str, lines: list[str]) -> Finding:
    """A character YAML does not allow (a control character copied from Word or e-mail)."""
    character = getattr(exc, "character", None)
    position = getattr(exc, "position", None)
    line = column = None
    if isinstance(position, int):
        text = "\n".join(lines)
        line = text.count("\n", 0, position) + 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1
    if isinstance(character, int):  # LibYAML gives the code point, the Python reader the text
        character = chr(character)
    what = f"U+{ord(character):04X}" if isinstance(character, str) else _("a control character")
    source = lines[line - 1] if line and line <= len(lines) else ""
    return Finding(
        display,
        line,
        column,
        "error",
        "encoding",
        _("the file contains a character not allowed in YAML ({character})").format(character=what),
        _("remove the character; it often comes from copying text out of Word or e-mail"),
        "",
        source,
    )
