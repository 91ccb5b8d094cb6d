"""Semantic rules for a framework document, and building the Framework from it."""

from __future__ import annotations

from typing import Any

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import (
    NUMERIC_TYPES,
    BaselineChange,
    Framework,
    Parameter,
    Topic,
)
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.domain.values import is_number
from samenwerking_cli.loading.document import Document
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.validation import values
from samenwerking_cli.validation.dates import invalid_date, looks_like_date, parse_date
from samenwerking_cli.validation.identity import SLUG, id_mismatch

# A bad id is reported by the schema; a rename hint to `Bad Format.yaml` would mislead.
CODES: dict[str, str] = {
    "baseline-invalid": N_(
        "A parameter's national value does not fit its own type, bounds or choices."
    ),
    "parameter-definition": N_(
        "A parameter's definition is inconsistent (bounds, choices, preference)."
    ),
    "changes-order": N_("Dated changes of a national value are not listed oldest first."),
}


PARAM_TYPES = ("integer", "number", "money", "boolean", "choice", "text", "list")


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
    out: list[Finding] = []
    fid = data.get("framework")
    if isinstance(fid, str) and fid != doc.path.stem and SLUG.fullmatch(fid):
        out.append(id_mismatch(doc, "framework", fid))
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
                out.extend(_check_parameter(doc, path, spec, skip))
    return out


def _check_parameter(
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


def shown_value(doc: Document, path: Path_, value: Any) -> str:
    """The value as written in the file, quoted for a message: `no`, `[a, b]`."""
    raw = doc.raw(path)
    if raw is not None:
        return values.quote(raw)
    if isinstance(value, list):
        items = [doc.raw((*path, i)) or str(v) for i, v in enumerate(value)]
        return values.quote("[" + ", ".join(items) + "]")
    if isinstance(value, dict):
        return _("`key: value` lines")
    return values.quote(str(value))


def _value(spec: dict[str, Any], value: Any) -> Any:
    return list(value) if spec.get("type") == "list" and isinstance(value, list) else value


def _changes(spec: dict[str, Any]) -> tuple[BaselineChange, ...]:
    out = []
    for change in spec.get("changes") or ():
        start = parse_date(change.get("from")) if isinstance(change, dict) else None
        if start is not None and "baseline" in change:
            out.append(
                BaselineChange(start, _value(spec, change["baseline"]), change.get("source"))
            )
    return tuple(out)


def build_parameter(topic: str, slug: str, spec: dict[str, Any]) -> Parameter:
    baseline = _value(spec, spec.get("baseline"))
    return Parameter(
        id=f"{topic}.{slug}",
        topic=topic,
        slug=slug,
        title=str(spec.get("title", slug)),
        type=spec["type"],
        baseline=baseline,
        unit=spec.get("unit"),
        unit_singular=spec.get("unit_singular"),
        min=spec.get("min"),
        max=spec.get("max"),
        choices=tuple(str(c) for c in spec.get("choices") or ()),
        choice_labels=tuple((str(k), str(v)) for k, v in (spec.get("choice_labels") or {}).items()),
        employer_prefers=spec.get("employer_prefers"),
        deviable=spec.get("deviable", True),
        source=spec.get("source"),
        illustrative=bool(spec.get("illustrative", False)),
        description=spec.get("description"),
        changes=_changes(spec),
    )


def build(doc: Document) -> Framework:
    data = doc.data
    topics = tuple(
        Topic(
            id=tid,
            title=topic["title"],
            description=topic.get("description"),
            parameters=tuple(
                build_parameter(tid, pid, spec) for pid, spec in topic["parameters"].items()
            ),
        )
        for tid, topic in data["topics"].items()
    )
    effective = parse_date(data["effective"])
    assert effective is not None  # checked before building
    return Framework(
        id=data["framework"],
        title=data["title"],
        version=str(data["version"]),
        effective=effective,
        topics=topics,
        file=doc.display,
        source=data.get("source"),
        description=data.get("description"),
        illustrative=bool(data.get("illustrative", False)),
    )
