"""JSON Schema checks: the schemas, a fast yes/no check, the expected type at a path; each error
is put into words by schema_findings."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from functools import cache
from typing import Any

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.text import N_
from samenwerking_cli.loading.document import Document
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.validation.schema_findings import explain

CODES: dict[str, str] = {
    "missing-key": N_("A required key is missing."),
    "unknown-key": N_("A key that the format does not know (often a typo)."),
    "wrong-type": N_("A value of the wrong kind (text, number, list, `key: value` lines)."),
    "not-allowed": N_("A value that is not one of the allowed words."),
    "bad-format": N_("A value not written in the expected form (id, date, CBS code, e-mail)."),
    "empty-value": N_("A value that must not be empty is empty."),
}


@cache
def _text(kind: str) -> str:
    from samenwerking_cli.validation import precompiled

    return precompiled.schema_text(kind)


@cache
def schema(kind: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(_text(kind))
    return loaded


@cache
def _validator(kind: str) -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema(kind))


@cache
def _fast(kind: str) -> Callable[[Any], Any] | None:
    """A compiled yes/no check (fastjsonschema), or None when it is not installed.

    Several times faster than jsonschema on valid documents; jsonschema stays the one that
    explains failures, so the findings do not depend on which library answered. Compiled ahead
    of time when the schema has not changed since (precompiled.py), else here.
    """
    from samenwerking_cli.validation import precompiled

    ahead = precompiled.load(kind, _text(kind))
    if ahead is not None:
        return ahead
    try:
        import fastjsonschema
    except ImportError:  # pragma: no cover - it is a dependency, but stay correct without it
        return None
    # A copy: fastjsonschema rewrites `$ref`s in the schema it is given, which would break
    # expected_type() on the shared, cached schema.
    compiled: Callable[[Any], Any] = fastjsonschema.compile(copy.deepcopy(schema(kind)))
    return compiled


def is_valid_fast(kind: str, data: Any) -> bool | None:
    """True when the compiled check accepts `data`; False when not; None without fastjsonschema."""
    fast = _fast(kind)
    if fast is None:
        return None
    try:
        fast(data)
    except Exception:  # any refusal (or surprise) falls back to the full explanation
        return False
    return True


def check(doc: Document, kind: str, skip: set[Path_]) -> list[Finding]:
    """Every schema error of `doc`, except those at paths in `skip` (already reported)."""
    if is_valid_fast(kind, doc.data):
        return []
    validator = _validator(kind)
    findings: list[Finding] = []
    for error in validator.iter_errors(doc.data):
        path: Path_ = tuple(error.absolute_path)
        if any(path[: len(s)] == s for s in skip):
            continue
        findings.extend(explain(doc, error, path))
    # jsonschema reports a `required` error per missing key, and we explain each one fully.
    return list(dict.fromkeys(findings))


def expected_type(kind: str, path: Path_) -> str | None:
    """The JSON type the schema asks for at `path`, or None where it does not say."""
    node: Any = schema(kind)
    root = node
    for part in path:
        node = _deref(root, node)
        if isinstance(part, int):
            node = node.get("items")
        else:
            props = node.get("properties", {})
            node = props[part] if part in props else node.get("additionalProperties")
        if not isinstance(node, dict):
            return None
    node = _deref(root, node)
    if node.get("x-date"):
        return "date"
    if node.get("x-date-or-name"):
        return "date-or-id"  # a date, plain or quoted, or an id-like name
    kinds = node.get("type")
    if "enum" in node:
        return "string"
    if kinds == "string" and str(node.get("pattern", "")).startswith("^"):
        return "id"  # ids, codes, e-mail: text in a set form, never a block scalar
    return kinds if isinstance(kinds, str) else None


def _deref(root: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        found: dict[str, Any] = root["$defs"][ref.split("/")[-1]]
        return found
    return node
