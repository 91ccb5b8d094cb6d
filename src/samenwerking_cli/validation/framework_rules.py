"""Semantic rules for a framework document: the framework family's codes, and the check that
runs its rules (each parameter's definition in framework_parameters). Building the Framework is
framework_model's."""

from __future__ import annotations

from typing import Any

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.text import N_
from samenwerking_cli.loading.document import Document
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.validation import values
from samenwerking_cli.validation.dates import invalid_date, looks_like_date, parse_date
from samenwerking_cli.validation.framework_parameters import PARAM_TYPES, check_parameter
from samenwerking_cli.validation.identity import check_id

CODES: dict[str, str] = {
    "baseline-invalid": N_(
        "A parameter's national value does not fit its own type, bounds or choices."
    ),
    "parameter-definition": N_(
        "A parameter's definition is inconsistent (bounds, choices, preference)."
    ),
    "changes-order": N_("Dated changes of a national value are not listed oldest first."),
}


def expected(data: dict[str, Any]) -> Any:
    """Expected type at a path, knowing that `baseline` takes its parameter's type."""
    from samenwerking_cli.validation.schema import expected_type

    def at(path: Path_) -> str | None:
        if (
            len(path) >= 7
            and path[0] == "topics"
            and path[2] == "parameters"
            and path[4] == "changes"
            and path[6] == "baseline"
        ):  # a dated national value takes the parameter's type, like `baseline`
            path = (*path[:4], "baseline", *path[7:])
        if (
            len(path) >= 5
            and path[0] == "topics"
            and path[2] == "parameters"
            and path[4] in ("baseline", "employer_prefers")
        ):
            param = _get(data, path[:4])
            kind = param.get("type") if isinstance(param, dict) else None
            if kind not in PARAM_TYPES:
                return None
            json_type = values.expected_json_type(str(kind))
            if path[4] == "employer_prefers":  # a yes/no value, or a word (higher, a choice)
                return "boolean" if kind == "boolean" else "string"
            return "string" if len(path) > 5 and json_type == "array" else json_type
        return expected_type("framework", path)

    return at


def _get(data: Any, path: Path_) -> Any:
    for part in path:
        if isinstance(data, dict) and isinstance(part, str):
            data = data.get(part)
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            return None
    return data


def check(doc: Document, skip: frozenset[Path_] = frozenset()) -> list[Finding]:
    """Rules for a framework; values at `skip` were refused as ambiguous already."""
    data = doc.data
    out = check_id(doc, "framework")
    effective = data.get("effective")
    if looks_like_date(effective) and parse_date(effective) is None:
        out.append(invalid_date(doc, ("effective",), str(effective)))
    topics = data.get("topics")
    if not isinstance(topics, dict):
        return out
    for tid, topic in topics.items():
        params = topic.get("parameters") if isinstance(topic, dict) else None
        if not isinstance(params, dict):
            continue
        for pid, spec in params.items():
            if isinstance(spec, dict):
                path: Path_ = ("topics", tid, "parameters", pid)
                out.extend(check_parameter(doc, path, spec, skip))
    return out
