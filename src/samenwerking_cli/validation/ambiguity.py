"""Refuse the plain scalars that YAML readers do not all read as the field's kind of value.

A document must mean the same to YAML 1.1 tools (PyYAML, many CI tools), YAML 1.2 tools
(editors) and this tool. The field's type no longer settles a value the readers disagree on:
where a text is expected, anything a reader takes for a number, a yes/no or a date must be
quoted; in a number field, notations the readers disagree on are refused with the plain number.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.loading.document import Document
from samenwerking_cli.loading.nodes import Ambiguity, Path_

CODES: dict[str, str] = {
    "ambiguous-value": N_(
        "A plain value that YAML tools read differently, or as another kind than the field takes."
    ),
    "not-a-number": N_(
        "`.nan` or `.inf` (not a number, infinity) where an ordinary number is needed."
    ),
    "number-too-large": N_("A number too large (or too far below zero) to be used (beyond 2^53)."),
}

# expected(path) -> "string" | "id" | "date" | "date-or-id" | "number" | "integer" | "boolean"
# | "array" | "object" | None
Expected = Callable[[Path_], str | None]

_NUMBERS = ("number", "integer")
_TEXT = ("string", "id")  # "id": text in a set form (ids, codes, e-mail), see schema
# Kinds whose YAML 1.1 (or 1.2) reading is a number: only a number field can take either.
_NUMBER_KINDS = frozenset({"leading-zero", "sexagesimal", "other", "version", "exponent"})


def settle(doc: Document, expected: Expected) -> tuple[list[Finding], set[Path_]]:
    """Apply the field type where it settles the reading; refuse the rest.

    Returns the findings and the paths they cover, so the schema check does not report the
    same value a second time.
    """
    findings: list[Finding] = list(doc.problems)  # the loader's, e.g. a duplicate key
    refused: set[Path_] = set()
    for path, amb in doc.ambiguities.items():
        wanted = expected(path)
        if amb.kind == "block":
            if wanted in ("id", "date", "date-or-id"):
                findings.append(_block(doc, path, wanted))
                refused.add(path)
            continue
        if amb.kind == "date" and wanted not in _TEXT:
            # A date field parses it; elsewhere the type check names the wrong kind.
            continue
        if wanted in _TEXT:
            findings.append(_refuse(doc, path, amb, wanted))
            refused.add(path)
        elif wanted == "date":
            _set(doc.data, path, amb.raw)  # the date check says why it is no date
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


def _block(doc: Document, path: Path_, wanted: str) -> Finding:
    key = str(path[-1]) if path and isinstance(path[-1], str) else "value"
    raw = (doc.raw(path) or "").strip()
    shown = raw if raw and len(raw) <= 40 and "\n" not in raw else "…"
    return doc.finding(
        path,
        "bad-format",
        _(
            "`{key}` is written as a block (`|` or `>`), which adds a line break; "
            "a date is written on the line of its key"
        ).format(key=key)
        if wanted == "date"
        else _(
            "`{key}` is written as a block (`|` or `>`), which adds a line break; "
            "an id is written on the line of its key"
        ).format(key=key),
        _("write `{key}: {value}` on one line").format(key=key, value=shown),
    )


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
    if amb.kind == "too-large" and wanted not in _TEXT:
        shown = raw if len(raw) <= 24 else raw[:20] + "…"
        return doc.finding(
            path,
            "number-too-large",  # nothing is ambiguous: both readings are equally unusable
            _("`{value}` is too large a number to be used here").format(value=shown),
            _("write an ordinary number such as 12"),
        )
    if amb.kind == "not-finite" and wanted not in _TEXT:
        return doc.finding(
            path,
            "not-a-number",
            _("`{value}` is not a number that can be used here").format(value=raw),
            _("write an ordinary number such as 12"),
        )
    if wanted in _TEXT and amb.reading11 == amb.reading12:
        message = _(
            "`{value}` is read as {old} by every YAML tool, not as the text written"
        ).format(value=raw, old=amb.reading11)
    elif wanted in _TEXT and amb.kind == "date":
        message = _(
            "`{value}` is read as a date by YAML 1.1 tools (PyYAML, many CI tools) "
            'and as the text "{value}" by YAML 1.2 tools (editors)'
        ).format(value=raw)
    elif raw.lower() in ("y", "n"):  # PyYAML keeps y/n as text; other YAML 1.1 tools do not
        message = _(
            "`{value}` is read as {old} by some YAML 1.1 tools "
            "and as {new} by YAML 1.2 tools (editors) and PyYAML"
        ).format(value=raw, old=amb.reading11, new=amb.reading12)
    else:
        message = _(
            "`{value}` is read as {old} by YAML 1.1 tools (PyYAML, many CI tools) "
            "and as {new} by YAML 1.2 tools (editors)"
        ).format(value=raw, old=amb.reading11, new=amb.reading12)
    return doc.finding(path, "ambiguous-value", message, _hint(amb, wanted))


def _hint(amb: Ambiguity, wanted: str | None) -> str:
    raw = amb.raw
    if wanted in _TEXT:
        return _('write "{value}" (in quotes): this field takes text').format(value=raw)
    if wanted in _NUMBERS and amb.kind == "exponent":
        plain = amb.reading12.removeprefix(_("the number {number}").split("{number}")[0])
        return _(
            "write {number}: plain digits, which every YAML tool reads as the same number"
        ).format(number=plain)
    if wanted == "boolean":
        word = "true" if raw.lower() in ("yes", "on", "y") else "false"
        return _("write {word}: a yes/no value takes true or false only").format(word=word)
    if wanted in _NUMBERS and amb.kind == "leading-zero":
        if raw.lower().startswith("0o"):
            return _("write {number} as an ordinary number").format(number=int(raw[2:], 8))
        sign = "-" if raw.startswith("-") else ""
        number = sign + (raw.lstrip("+-").lstrip("0") or "0")
        return _("write {number} without the leading zero").format(number=number)
    if wanted in _NUMBERS and amb.kind == "sexagesimal":
        old = _yaml11(raw)
        if wanted == "integer":
            return _("write the number as a plain whole number, e.g. {number}").format(number=old)
        # `1:30` may be meant as 90 minutes or as one and a half hours.
        try:
            hours = " " + _("or {number}").format(number=f"{float(old) / 60:g}")
        except ValueError:
            hours = ""
        return _("write the number as a plain decimal number, e.g. {number}").format(
            number=f"{old}{hours}"
        )
    if wanted in _NUMBERS:
        return _("write the number in plain digits, e.g. {number}").format(number=_yaml11(raw))
    return _('write "{value}" (in quotes) if you mean the text').format(value=raw)


def _yaml11(raw: str) -> str:
    """What a YAML 1.1 tool makes of `raw` (`1:30` -> 90), for the fix."""
    import yaml

    try:
        return str(yaml.safe_load(raw))
    except yaml.YAMLError:
        return raw


def _set(data: Any, path: Path_, value: Any) -> None:
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
