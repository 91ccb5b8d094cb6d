"""Settle the plain scalars that YAML 1.1 and 1.2 tools read differently, by the field's type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.loading.document import Ambiguity, Document, Path_

# expected(path) -> "string" | "date" | "number" | "integer" | "boolean" | "array" | "object"
# | None
Expected = Callable[[Path_], str | None]

_NUMBERS = ("number", "integer")
# Kinds whose YAML 1.1 reading is a number: only a number field can take either reading.
_NUMBER_KINDS = frozenset({"leading-zero", "sexagesimal", "other", "version"})


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
        elif _agree(amb) and wanted in (*_NUMBERS, None):
            # `2024.10` is 2024.1 and `+07` is 7 for every YAML tool: only a text field would
            # lose a zero. Where the type is unknown another finding names the key.
            continue
        elif _neither_fits(amb, wanted):
            # `no` in a number field, `010` in a yes/no field: whichever way a tool reads it,
            # it is the wrong kind of value, and the type check says so in its own words.
            continue
        else:
            findings.append(_refuse(doc, path, amb, wanted))
            refused.add(path)
    return findings, refused


def _agree(amb: Ambiguity) -> bool:
    return amb.kind in ("version", "leading-zero") and amb.reading11 == amb.reading12


def _neither_fits(amb: Ambiguity, wanted: str | None) -> bool:
    if wanted in _NUMBERS:
        return amb.kind == "boolean-word"
    if wanted == "boolean":
        return amb.kind in _NUMBER_KINDS
    if wanted in ("array", "object"):
        return amb.kind in _NUMBER_KINDS or amb.kind == "boolean-word"
    return False


def _refuse(doc: Document, path: Path_, amb: Ambiguity, wanted: str | None) -> Finding:
    raw = amb.raw
    if amb.kind == "too-large":
        shown = raw if len(raw) <= 24 else raw[:20] + "…"
        return doc.finding(
            path,
            "number-too-large",  # nothing is ambiguous: both readings are equally unusable
            f"`{shown}` is too large a number to be used here",
            "write an ordinary number such as 12",
        )
    if amb.kind == "not-finite":
        return doc.finding(
            path,
            "not-a-number",
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
    return doc.finding(path, "ambiguous-value", message, _hint(amb, wanted))


def _hint(amb: Ambiguity, wanted: str | None) -> str:
    raw = amb.raw
    if wanted == "boolean":
        word = "true" if raw.lower() in ("yes", "on", "y") else "false"
        return f"write {word}: a yes/no value takes true or false only"
    if wanted in _NUMBERS and amb.kind == "leading-zero":
        if raw.lower().startswith("0o"):
            return f"write {int(raw[2:], 8)} as an ordinary number"
        sign = "-" if raw.startswith("-") else ""
        return f"write {sign}{raw.lstrip('+-').lstrip('0') or '0'} without the leading zero"
    if wanted in _NUMBERS and amb.kind == "sexagesimal":
        old = amb.reading11.removeprefix("the number ")
        if wanted == "integer":
            return f"write the number as a plain whole number, e.g. {old}"
        # `1:30` may be meant as 90 minutes or as one and a half hours.
        try:
            hours = f" or {float(old) / 60:g}"
        except ValueError:
            hours = ""
        return f"write the number as a plain decimal number, e.g. {old}{hours}"
    if wanted in _NUMBERS:
        old = amb.reading11.removeprefix("the number ")
        return f"write the number in plain digits, e.g. {old}"
    return f'write "{raw}" (in quotes) if you mean the text'


def _set(data: Any, path: Path_, value: Any) -> None:
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
