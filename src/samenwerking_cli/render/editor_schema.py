"""The JSON Schemas as editors get them (`samenwerking schema`).

Our schemas carry private keywords for the validator's messages (`x-hint`, `x-date`). JSON Schema
allows unknown keywords and yaml-language-server ignores them, but strict tools (ajv's default
strict mode) refuse a schema with unknown keywords, and the hint is more use to a person in the
hover text. So the export drops every `x-` keyword and folds the hint into `description`.
Property names that start with `x-` (under `properties`/`patternProperties`) are data, not
keywords, and stay.
"""

from __future__ import annotations

import json
from typing import Any

# Keywords whose value maps names to subschemas: their keys are names, not keywords.
_NAME_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions"})
# Keywords whose value is data (a document value), copied as is.
_DATA = frozenset({"enum", "const", "default", "examples"})


def for_editors(schema: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = _clean(schema)
    return cleaned


def _clean(node: Any, names: bool = False) -> Any:
    if isinstance(node, list):
        return [_clean(item) for item in node]
    if not isinstance(node, dict):
        return node
    if names:
        return {name: _clean(sub) for name, sub in node.items()}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key.startswith("x-"):
            continue
        out[key] = value if key in _DATA else _clean(value, names=key in _NAME_MAPS)
    hint = node.get("x-hint")
    if isinstance(hint, str) and hint:
        sentence = hint[0].upper() + hint[1:] + ("" if hint.endswith(".") else ".")
        text = out.get("description")
        out["description"] = f"{text} {sentence}" if isinstance(text, str) and text else sentence
    return out


def as_text(schema: dict[str, Any]) -> str:
    return json.dumps(for_editors(schema), ensure_ascii=False, indent=2) + "\n"
