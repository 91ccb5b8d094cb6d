"""Settle the plain scalars that YAML 1.1 and 1.2 tools read differently, by the field's type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from samenwerking_cli.findings import Finding
from samenwerking_cli.loading import Ambiguity, Document, Path_

# expected(path) -> "string" | "date" | "number" | "integer" | "boolean" | "array" | None
Expected = Callable[[Path_], str | None]


def settle(doc: Document, expected: Expected) -> tuple[list[Finding], set[Path_]]:
    """Apply the field type where it settles the reading; refuse the rest.

    Returns the findings and the paths they cover, so the schema check does not report the
    same value a second time.
    """
    findings: list[Finding] = []
    refused: set[Path_] = set()
    for path, amb in doc.ambiguities.items():
        wanted = expected(path)
        if wanted in ("string", "date"):
            _set(doc.data, path, amb.raw)
        elif amb.kind == "version" and wanted in ("number", "integer", None):
            # 2024.10 as a number is 2024.1 for every YAML tool: only a text field would lose
            # the trailing zero. Where the type is unknown another finding names the key.
            continue
        else:
            findings.append(_refuse(doc, path, amb, wanted))
            refused.add(path)
    return findings, refused


def _refuse(doc: Document, path: Path_, amb: Ambiguity, wanted: str | None) -> Finding:
    raw = amb.raw
    if amb.kind == "too-large":
        shown = raw if len(raw) <= 24 else raw[:20] + "…"
        return doc.finding(
            path,
            "ambiguous-value",
            f"`{shown}` is too large a number to be used here",
            "write an ordinary number such as 12",
        )
    if amb.kind == "not-finite":
        return doc.finding(
            path,
            "ambiguous-value",
            f"`{raw}` is not a number that can be used here",
            "write an ordinary number such as 12",
        )
    if raw.lower() in ("y", "n"):  # PyYAML keeps y/n as text; other YAML 1.1 tools do not
        message = (
            f"`{raw}` is read as {amb.reading11} by some YAML 1.1 tools "
            f"and as {amb.reading12} by YAML 1.2 tools (editors) and PyYAML"
        )
    else:
        message = (
            f"`{raw}` is read as {amb.reading11} by YAML 1.1 tools (PyYAML, many CI tools) "
            f"and as {amb.reading12} by YAML 1.2 tools (editors)"
        )
    if wanted == "boolean":
        word = "true" if raw.lower() in ("yes", "on", "y") else "false"
        hint = f"write {word}: a yes/no value takes true or false only"
    elif wanted in ("number", "integer") and amb.kind == "leading-zero":
        hint = f"write {raw.lstrip('0') or '0'} without the leading zero"
    elif wanted in ("number", "integer"):
        hint = "write the number as a plain decimal number"
    else:
        hint = f'write "{raw}" (in quotes) if you mean the text'
    return doc.finding(path, "ambiguous-value", message, hint)


def _set(data: Any, path: Path_, value: Any) -> None:
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
