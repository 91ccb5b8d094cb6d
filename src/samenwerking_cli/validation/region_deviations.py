"""A region's deviations against its framework: known, deviable, a fitting value, and not equal
to the national value now or when an announced national value comes into force."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import Framework, Parameter
from samenwerking_cli.domain.text import _
from samenwerking_cli.domain.values import effect, equal
from samenwerking_cli.loading.document import Document
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.validation import values
from samenwerking_cli.validation.dates import parse_date
from samenwerking_cli.validation.parameters import (
    invalid_value,
    not_deviable,
    parameter_hint,
    shown_value,
    unknown_parameter,
)


def check(
    doc: Document, framework: Framework, skip: frozenset[Path_], as_of: date
) -> list[Finding]:
    out: list[Finding] = []
    deviations = doc.data.get("deviations")
    if not isinstance(deviations, dict):
        return out
    ids = [p.id for p in framework.parameters]
    for pid, dev in deviations.items():
        path: Path_ = ("deviations", pid)
        param = framework.parameter(pid)
        if param is None:
            maybe, _moved = parameter_hint(pid, ids)
            out.append(unknown_parameter(doc, path, pid, framework, maybe))
            continue
        if not param.deviable:
            out.append(
                not_deviable(
                    doc,
                    path,
                    pid,
                    _("{id} ({title}) is national law; no region can deviate from it").format(
                        id=pid, title=param.title
                    ),
                    _("remove this deviation"),
                )
            )
            continue
        if not isinstance(dev, dict) or "value" not in dev or (*path, "value") in skip:
            continue
        value = dev["value"]
        shown = shown_value(doc, (*path, "value"), value)
        problems = invalid_value(doc, (*path, "value"), param, value, shown, about=pid)
        out.extend(problems)
        if not problems:
            out.extend(_coming(doc, path, param, dev, shown, as_of))
        if not problems and equal(param.type, value, param.baseline):
            out.append(_equal(doc, path, param, dev, shown, as_of))
    return out


def _equal(
    doc: Document, path: Path_, param: Parameter, dev: dict[str, Any], shown: str, as_of: date
) -> Finding:
    """A deviation equal to the national value in force. When a dated change made it so (it
    differed the day before, and it started before the change), the calendar did it, not an
    edit of the file: `became-equal`, a date warning that --strict leaves to --strict-dates."""
    change = param.change_on(as_of)
    since = parse_date(dev.get("since"))
    if (
        change is not None
        and not equal(param.type, dev["value"], param.baseline_before(change))
        and (since is None or since < change.start)
    ):
        return doc.finding(
            (*path, "value"),
            "became-equal",
            _(
                "{id} ({title}): since {day} the national value is {value}, the same as this "
                "deviation, so it is no longer a deviation"
            ).format(id=param.id, title=param.title, day=change.start.isoformat(), value=shown),
            _("end the deviation with `until: {day}` (the day before), or remove it").format(
                day=(change.start - timedelta(days=1)).isoformat()
            ),
            severity="warning",
            about=param.id,
        )
    return doc.finding(
        (*path, "value"),
        "equal-to-baseline",
        _(
            "{id} ({title}): {value} is the same as the national value, so this is not a deviation"
        ).format(id=param.id, title=param.title, value=shown),
        _("remove the deviation; it would hide a later change of the national value"),
        severity="warning",
        about=param.id,
    )


_TURNS = frozenset({"favourable", "unfavourable"})


def _coming(
    doc: Document, path: Path_, param: Parameter, dev: dict[str, Any], shown: str, as_of: date
) -> list[Finding]:
    """Tell a region ahead of time when an announced national value makes its deviation equal
    to the national value, or turns its effect for employers around."""
    out: list[Finding] = []
    until = parse_date(dev.get("until"))
    value, before = dev["value"], param.baseline
    for change in param.coming(as_of):
        if until is not None and until < change.start:
            break  # the deviation has ended by then
        day = change.start.isoformat()
        new = values.quote(values.written(change.baseline))
        if equal(param.type, value, change.baseline):
            out.append(
                doc.finding(
                    (*path, "value"),
                    "coming-equal",
                    _(
                        "{id} ({title}): from {day} the national value becomes {new}, "
                        "the same as this deviation ({shown})"
                    ).format(id=param.id, title=param.title, day=day, new=new, shown=shown),
                    _(
                        "end the deviation the day before with `until`, or remove it on {day}"
                    ).format(day=day),
                    severity="warning",
                    about=param.id,
                )
            )
        else:
            then, later = (
                effect(param, before, value),
                effect(param, change.baseline, value),
            )
            if then in _TURNS and later in _TURNS and then != later:
                out.append(
                    doc.finding(
                        (*path, "value"),
                        "coming-effect-turns",
                        _turns_message(later).format(
                            id=param.id, title=param.title, day=day, new=new, shown=shown
                        ),
                        _(
                            "check the deviation before that date; end it with `until` or agree "
                            "a new value"
                        ),
                        severity="warning",
                        about=param.id,
                    )
                )
        before = change.baseline
    return out


def _turns_message(later: str) -> str:
    """The whole sentence for each direction, so each language words it its own way."""
    if later == "favourable":
        return _(
            "{id} ({title}): from {day} the national value becomes {new}; this deviation "
            "({shown}) is then favourable for employers instead of unfavourable"
        )
    return _(
        "{id} ({title}): from {day} the national value becomes {new}; this deviation "
        "({shown}) is then unfavourable for employers instead of favourable"
    )
