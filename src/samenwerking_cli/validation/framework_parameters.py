"""A framework's parameter definitions: bounds, choices and preference consistent with the
type, and each national value (`baseline`, dated `changes`) fitting the parameter."""

from __future__ import annotations

from typing import Any

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import NUMERIC_TYPES, Parameter
from samenwerking_cli.domain.text import _
from samenwerking_cli.domain.values import is_number
from samenwerking_cli.loading.document import Document
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.validation import values
from samenwerking_cli.validation.dates import invalid_date, looks_like_date, parse_date
from samenwerking_cli.validation.framework_model import build_parameter
from samenwerking_cli.validation.parameters import shown_value

PARAM_TYPES = ("integer", "number", "money", "boolean", "choice", "text", "list")


def check_parameter(
    doc: Document, path: Path_, spec: dict[str, Any], skip: frozenset[Path_]
) -> list[Finding]:
    kind = spec.get("type")
    if kind not in PARAM_TYPES:
        return []
    out: list[Finding] = []
    pid = f"{path[1]}.{path[3]}"

    def bad(key: str, message: str, hint: str) -> None:
        out.append(doc.finding((*path, key), "parameter-definition", message, hint, about=pid))

    numeric = kind in NUMERIC_TYPES
    for bound in ("min", "max"):
        if bound in spec and not numeric:
            bad(
                bound,
                _("`{key}` only applies to numbers, not to a {kind} parameter").format(
                    key=bound, kind=kind
                ),
                _("remove `{key}`").format(key=bound),
            )
    low, high = spec.get("min"), spec.get("max")
    if numeric and is_number(low) and is_number(high) and low > high:  # type: ignore[operator]
        high_shown = shown_value(doc, (*path, "max"), high)
        low_shown = shown_value(doc, (*path, "min"), low)
        bad(
            "max",
            _("`max` ({high}) is below `min` ({low})").format(high=high_shown, low=low_shown),
            _("swap the two values"),
        )
    choices = spec.get("choices")
    if kind == "choice" and not choices:
        bad(
            "type",
            _("a choice parameter needs `choices`"),
            _("add `choices:` with the allowed values"),
        )
    if "choices" in spec and kind not in ("choice", "list"):
        bad(
            "choices",
            _("`choices` only applies to choice and list parameters, not to {kind}").format(
                kind=kind
            ),
            _("remove `{key}`").format(key="choices"),
        )
    if isinstance(choices, list):
        seen = [str(c) for c in choices]
        if len(set(seen)) != len(seen):
            bad("choices", values.listed_twice(seen, choices=True), _("list each choice once"))
    labels = spec.get("choice_labels")
    if labels is not None and not choices:
        bad(
            "choice_labels",
            _("`choice_labels` needs `choices`"),
            _("add `choices:` or remove the labels"),
        )
    elif isinstance(labels, dict) and isinstance(choices, list):
        for key in labels:
            if str(key) not in [str(c) for c in choices]:
                bad(
                    "choice_labels",
                    _("the label for {value} names no choice").format(value=values.quote(str(key))),
                    _("label one of: {choices}").format(choices=", ".join(map(str, choices))),
                )
    prefers = spec.get("employer_prefers")
    if prefers is not None and (*path, "employer_prefers") not in skip:
        shown = shown_value(doc, (*path, "employer_prefers"), prefers)
        if numeric and prefers not in ("higher", "lower"):
            bad(
                "employer_prefers",
                _("`employer_prefers` is {value}; for a number it is higher or lower").format(
                    value=shown
                ),
                _("write higher or lower"),
            )
        elif kind == "boolean" and not isinstance(prefers, bool):
            bad(
                "employer_prefers",
                _(
                    "`employer_prefers` is {value}; for a yes/no parameter it is true or false"
                ).format(value=shown),
                _("write true or false"),
            )
        elif kind == "choice" and isinstance(choices, list) and prefers not in choices:
            bad(
                "employer_prefers",
                _("`employer_prefers` is {value}, which is not one of the choices").format(
                    value=shown
                ),
                _("write one of: {choices}").format(choices=", ".join(map(str, choices))),
            )
        elif kind in ("text", "list"):
            bad(
                "employer_prefers",
                _("`employer_prefers` does not apply to a {kind} parameter").format(kind=kind),
                _("remove `{key}`").format(key="employer_prefers"),
            )
    if out or "baseline" not in spec:
        return out
    param = build_parameter(str(path[1]), str(path[3]), {**spec, "changes": []})
    if (*path, "baseline") not in skip:
        shown = shown_value(doc, (*path, "baseline"), spec["baseline"])
        for message, hint in values.problems(param, spec["baseline"], shown):
            out.append(
                doc.finding(
                    (*path, "baseline"),
                    "baseline-invalid",
                    _("national value of {id} ({title}): {message}").format(
                        id=pid, title=param.title, message=message
                    ),
                    hint,
                    about=pid,
                )
            )
    out.extend(_check_changes(doc, path, param, spec.get("changes"), skip))
    return out


def _check_changes(
    doc: Document, path: Path_, param: Parameter, changes: Any, skip: frozenset[Path_]
) -> list[Finding]:
    """Each dated national value is checked like `baseline`; `from` dates must ascend."""
    out: list[Finding] = []
    if not isinstance(changes, list):
        return out
    previous = None
    for i, change in enumerate(changes):
        if not isinstance(change, dict):
            continue
        at: Path_ = (*path, "changes", i)
        if "baseline" in change and (*at, "baseline") not in skip:
            shown = shown_value(doc, (*at, "baseline"), change["baseline"])
            for message, hint in values.problems(param, change["baseline"], shown):
                out.append(
                    doc.finding(
                        (*at, "baseline"),
                        "baseline-invalid",
                        _("national value of {id} ({title}) from {date}: {message}").format(
                            id=param.id,
                            title=param.title,
                            date=doc.raw((*at, "from")) or "?",
                            message=message,
                        ),
                        hint,
                        about=param.id,
                    )
                )
        start = parse_date(change.get("from"))
        if looks_like_date(change.get("from")) and start is None:
            out.append(invalid_date(doc, (*at, "from"), str(doc.raw((*at, "from")))))
        if start is not None and previous is not None and start <= previous[0]:
            out.append(
                doc.finding(
                    (*at, "from"),
                    "changes-order",
                    _order_message(param, previous[1], str(doc.raw((*at, "from"))))
                    if start < previous[0]
                    else _("two changes of {id} ({title}) start on {date}").format(
                        id=param.id, title=param.title, date=values.quote(previous[1])
                    ),
                    _("list the changes oldest first, each `from` date once"),
                    severity="warning",
                    about=param.id,
                )
            )
        if start is not None:
            previous = (start, str(doc.raw((*at, "from"))))
    return out


def _order_message(param: Parameter, earlier: str, this: str) -> str:
    return _(
        "the change of {id} ({title}) from {earlier} is listed before this one from {this}"
    ).format(id=param.id, title=param.title, earlier=values.quote(earlier), this=values.quote(this))
