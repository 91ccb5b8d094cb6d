"""Syntax messages: what LibYAML's errors mean in plain words, and the documents refused before
the composer runs (nested too deep, or far too many values)."""

from __future__ import annotations

import re
from typing import Any

import yaml

from samenwerking_cli.domain.text import _
from samenwerking_cli.loading import yaml_errors
from samenwerking_cli.loading.nodes import Loader
from samenwerking_cli.loading.problems import (
    MAX_DEPTH,
    MAX_NODES,
    TOO_MANY_HINT,
    LoadError,
    problem,
    too_many,
)

# Cheap signs that a file might nest deeper, or hold more values, than the composer should
# take (see too_big).
_DEEP_INDENT = re.compile(r"\n[ \t]{200}")
_DEEP_COMPACT = re.compile(r"(?:[-?][ \t]+){20}")
_COMPACT_PAIRS = ("- -", "- ?", "? -", "? ?", "-\t", "?\t")


def too_big(text: str, display: str, lines: list[str]) -> LoadError | None:
    """A `too-deep` or `too-large` refusal when the document nests deeper than MAX_DEPTH or
    holds far more than MAX_NODES values; None otherwise.

    LibYAML's composer recurses in C and crashes the process on very deep nesting (or, from
    PyYAML 6.0.4 on, refuses it itself at 1000 levels with a syntax error), and takes seconds
    and hundreds of MB for a million tiny values (`[1,1,1,...]`), so such documents must be
    refused before it runs. Ordinary files are cleared by cheap text checks; only suspicious
    ones are measured exactly with the (non-recursive, streaming) event parser.
    """
    brackets = text.count("[") + text.count("{")
    most_nodes = 3 * text.count("\n") + text.count(",") + brackets
    if (
        brackets < 200
        and most_nodes < MAX_NODES
        and not _DEEP_INDENT.search(text)
        and not (any(p in text for p in _COMPACT_PAIRS) and _DEEP_COMPACT.search(text))
    ):
        return None
    depth = nodes = 0
    after: Any = None  # where the last event ended (PyYAML's or LibYAML's mark)
    loader = Loader(text)
    try:
        while True:
            event = loader.get_event()
            if event is None or isinstance(event, yaml.StreamEndEvent):
                return None
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return too_deep(display, lines, event.start_mark)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            if isinstance(event, yaml.NodeEvent):
                nodes += 1  # keys too, hence the margin
                if nodes > 2 * MAX_NODES + 1000:
                    return problem(display, "too-large", too_many(), _(TOO_MANY_HINT))
            after = event.end_mark
    except yaml.MarkedYAMLError as exc:
        if _is_depth_error(exc):
            # The scanner looked ahead past its own limit before giving us the deep events.
            start = after.index if after is not None else 0
            return too_deep(display, lines, _flow_depth_mark(text, start, depth))
        return None  # the composer reports the syntax error with its position
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()


_DEPTH_WORDS = ("nesting depth", "nesting level", "too deep", "depth limit")


def _is_depth_error(exc: yaml.MarkedYAMLError) -> bool:
    """Whether the parser refused the nesting depth (PyYAML 6.0.4: "exceeded maximum nesting
    depth"); other wordings of later versions are matched loosely."""
    text = f"{exc.context or ''} {exc.problem or ''}".lower()
    return any(word in text for word in _DEPTH_WORDS)


# Brackets outside quoted text and comments: enough to find where flow nesting gets too deep.
_FLOW_TOKEN = re.compile(
    r"""(?:(?<=[\s\[{,:])|^)(?:"(?:[^"\\]|\\.)*"?|'(?:[^']|'')*'?)"""
    r"|(?:(?<=\s)|^)#[^\n]*|[\[\]{}]",
    re.MULTILINE,
)


def _flow_depth_mark(text: str, start: int, depth: int) -> tuple[int, int] | None:
    """Line and column (0-based) of the bracket that opens level MAX_DEPTH + 1, counting from
    `depth` levels at `start`; None when no bracket gets there."""
    for match in _FLOW_TOKEN.finditer(text, start):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                at = match.start()
                line_start = text.rfind("\n", 0, at) + 1
                return text.count("\n", 0, at), at - line_start
        elif token in "]}":
            depth -= 1
    return None


def too_deep(display: str, lines: list[str], mark: Any) -> LoadError:
    """`mark`: a parser's mark (PyYAML's or LibYAML's), 0-based (line, column), or None."""
    where = mark if mark is None or isinstance(mark, tuple) else (mark.line, mark.column)
    line, column = (where[0] + 1, where[1] + 1) if where is not None else (None, None)
    source = lines[line - 1] if line is not None and line <= len(lines) else ""
    return problem(
        display,
        "too-deep",
        _("the document is nested more than {depth} levels deep").format(depth=MAX_DEPTH),
        _("agreement documents need only a few levels; check the indentation and brackets"),
        line,
        column,
        source,
    )


def syntax_error(exc: yaml.MarkedYAMLError, display: str, lines: list[str]) -> LoadError:
    if _is_depth_error(exc):
        return too_deep(display, lines, exc.problem_mark or exc.context_mark)
    return LoadError(yaml_errors.syntax_finding(exc, display, lines))


def reader_error(exc: yaml.YAMLError, display: str, lines: list[str]) -> LoadError:
    return LoadError(yaml_errors.reader_finding(exc, display, lines))
