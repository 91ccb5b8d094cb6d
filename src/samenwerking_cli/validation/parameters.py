"""A parameter named by a region's deviation or an employer's agreement: does the framework have
it, may it be changed, does the value fit. One rule for both, so they read alike."""

from __future__ import annotations

from typing import Any

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import Framework, Parameter
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.loading.document import Document
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.validation import values

# Listed in the region table (region_rules.CODES), where the README and SARIF show them.
CODES: dict[str, str] = {
    "unknown-parameter": N_("A deviation names a parameter the framework does not have."),
    "not-deviable": N_("A deviation on national law that no region can change."),
    "value-invalid": N_(
        "A deviation's value does not fit the parameter's type, bounds or choices."
    ),
}


def value_type(param: Parameter | None, inside: bool) -> str | None:
    """The JSON type a deviation's or agreement's `value` takes (for reading it unambiguously);
    `inside`: an item of that value. None for an unknown parameter: its own finding says so."""
    if param is None:
        return None
    json_type = values.expected_json_type(param.type)
    return "string" if inside and json_type == "array" else json_type


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


def parameter_hint(pid: str, ids: list[str]) -> tuple[str | None, bool]:
    """The did-you-mean for an unknown parameter id, for regions and employers alike.

    The same parameter under another topic comes first (`jobcoach.uurtarief` for
    `jobcoaching.uurtarief`); the second value says whether that was the match."""
    moved = [i for i in ids if i.split(".", 1)[1] == pid.split(".")[-1]]
    if moved:
        return _("did you mean `{word}`?").format(word=moved[0]), True
    return values.did_you_mean(pid, ids), False


def unknown_parameter(
    doc: Document, path: Path_, pid: str, framework: Framework, maybe: str | None
) -> Finding:
    return doc.finding(
        path,
        "unknown-parameter",
        _("the parameter `{id}` is not in the framework `{framework}`").format(
            id=pid, framework=framework.id
        ),
        maybe or _("check the id with `samenwerking show`"),
        key=True,
        about=pid,
    )


def not_deviable(doc: Document, path: Path_, pid: str, message: str, hint: str) -> Finding:
    """National law: the message says who cannot change it (a region, an agreement)."""
    return doc.finding(path, "not-deviable", message, hint, key=True, about=pid)


def invalid_value(
    doc: Document, path: Path_, param: Parameter, value: Any, shown: str, about: str = ""
) -> list[Finding]:
    """One finding per way the value misses the parameter's type, bounds or choices.
    `about`: the parameter id a region's finding is keyed by; an employer's keeps its path."""
    return [
        doc.finding(
            path,
            "value-invalid",
            _("{id} ({title}): {message}").format(id=param.id, title=param.title, message=message),
            hint,
            about=about,
        )
        for message, hint in values.problems(param, value, shown)
    ]
