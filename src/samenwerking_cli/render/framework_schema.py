"""A region schema that knows one framework, so that an editor completes and checks deviations.

The plain region schema can only say "a parameter id is topic.parameter". With the framework at
hand it can say which ids exist and may deviate, and what each value must be: the editor then
offers the ids inside `deviations:` (with the title, the national value and the description in
the hover text) and marks a value out of range, a wrong choice or a wrong type while typing,
on the same line as `samenwerking validate` does. Rules a schema cannot express (a value equal
to the national one, dates in the past) stay with `validate`.
"""

from __future__ import annotations

import copy
from typing import Any

from samenwerking_cli.domain.model import Framework, Parameter, Value
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.render import formatting

# Hover texts, in the chosen language.
NATIONAL = N_("National value: {value}.")
SOURCE = N_("Source: {source}.")


def region_schema(base: dict[str, Any], frameworks: list[Framework]) -> dict[str, Any]:
    """`base` (the plain region schema) narrowed to these frameworks.

    With one framework, `deviations` lists its deviable parameters as properties and allows no
    other; contact and addition topics are its topic ids. With several, only `framework` is
    narrowed: which parameters apply depends on the framework the file names.
    """
    schema = copy.deepcopy(base)
    props = schema["properties"]
    props["framework"] = {**props["framework"], "enum": sorted(f.id for f in frameworks)}
    if len(frameworks) != 1:
        return schema
    framework = frameworks[0]
    defs = schema["$defs"]
    deviation = defs["deviation"]
    params = [p for p in framework.parameters if p.deviable]
    deviations = props["deviations"]
    deviations["properties"] = {p.id: _deviation(deviation, p) for p in params}
    deviations["additionalProperties"] = False
    topics = [t.id for t in framework.topics]
    contact_topic = defs["contact"]["properties"]["topics"]["items"]
    addition_topic = defs["addition"]["properties"]["topic"]
    for node in (contact_topic, addition_topic):
        node["enum"] = topics
    return schema


def employer_schema(base: dict[str, Any], frameworks: list[Framework]) -> dict[str, Any]:
    """`base` (the plain employer schema) narrowed like the region schema: under each region of
    `agreements`, the framework's deviable parameters with their value's type, bounds and
    choices; contact topics are its topic ids. With several frameworks only `framework` is."""
    schema = copy.deepcopy(base)
    props = schema["properties"]
    props["framework"] = {**props["framework"], "enum": sorted(f.id for f in frameworks)}
    if len(frameworks) != 1:
        return schema
    framework = frameworks[0]
    defs = schema["$defs"]
    per_region = props["agreements"]["additionalProperties"]
    params = [p for p in framework.parameters if p.deviable]
    per_region["properties"] = {p.id: _deviation(defs["agreement"], p) for p in params}
    per_region["additionalProperties"] = False
    defs["contact"]["properties"]["topics"]["items"]["enum"] = [t.id for t in framework.topics]
    return schema


def _deviation(base: dict[str, Any], param: Parameter) -> dict[str, Any]:
    node = copy.deepcopy(base)
    node["title"] = param.title
    node["description"] = _hover(param)
    node["properties"]["value"] = {
        "title": param.title,
        "description": _(NATIONAL).format(value=_shown(param, param.baseline)),
        **_value_schema(param),
    }
    return node


def _hover(param: Parameter) -> str:
    lines = [param.title + ".", _(NATIONAL).format(value=_shown(param, param.baseline))]
    if param.description:
        lines.append(param.description)
    if param.source:
        lines.append(_(SOURCE).format(source=param.source))
    return " ".join(lines)


def _value_schema(param: Parameter) -> dict[str, Any]:
    """The value's JSON Schema: type, bounds, choices, as `validate` checks them."""
    kind = param.type
    if kind in ("integer", "number", "money"):
        node: dict[str, Any] = {"type": "integer" if kind == "integer" else "number"}
        if isinstance(param.min, int | float) and not isinstance(param.min, bool):
            node["minimum"] = param.min
        if isinstance(param.max, int | float) and not isinstance(param.max, bool):
            node["maximum"] = param.max
        return node
    if kind == "boolean":
        return {"type": "boolean"}
    if kind == "choice":
        return {"type": "string", "enum": list(param.choices), **_labels(param)}
    if kind == "list":
        item: dict[str, Any] = {"type": "string"}
        if param.choices:
            item.update({"enum": list(param.choices), **_labels(param)})
        return {"type": "array", "items": item, "uniqueItems": True}
    return {"type": "string", "pattern": "\\S"}


def _labels(param: Parameter) -> dict[str, Any]:
    """The choices' labels as the editor's hover text for each value (`choice_labels`)."""
    if not param.choice_labels:
        return {}
    return {"enumDescriptions": [param.label(c) for c in param.choices]}


def _shown(param: Parameter, value: Value) -> str:
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list):
        text = ", ".join(value) or _("(none)")
    elif param.type == "money" and isinstance(value, int | float):
        text = formatting.money(value)
    else:
        text = str(value)
    if param.unit and not isinstance(value, bool):
        unit = param.unit_singular if value == 1 and param.unit_singular else param.unit
        text += unit if unit == "%" else f" {unit}"
    return text
