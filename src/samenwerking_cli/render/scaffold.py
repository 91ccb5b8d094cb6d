"""A new region file, ready for a policy officer to fill in (`samenwerking new-region`).

Everything optional is commented out with `# ` at the start of the line, so that removing that
prefix (by hand, or with an editor's "toggle comment") gives correctly indented YAML. Comments in
the file are Dutch, like the documents themselves.
"""

from __future__ import annotations

import re
import textwrap
from decimal import Decimal

import yaml

from samenwerking_cli.domain.model import Framework, Parameter, Value
from samenwerking_cli.domain.text import _
from samenwerking_cli.render.escape import one_line

_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
# Plain words some YAML tools read as booleans or null: always quoted.
_QUOTE_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})
_WIDTH = 96


def yaml_scalar(text: str) -> str:
    """A text value as YAML reads it back exactly: plain when safe, else double-quoted."""
    if _PLAIN.fullmatch(text) and text.lower() not in _QUOTE_WORDS:
        return text
    return quoted(text)


def quoted(text: str) -> str:
    """A double-quoted YAML scalar made by the YAML emitter, never by string formatting: line
    breaks, quotes and control characters in framework text are escaped, so no text can
    become YAML structure in the new file."""
    out: str = yaml.safe_dump(text, default_style='"', allow_unicode=True, width=2**30)
    return out.removesuffix("\n").removesuffix("\n...").strip("\n")


def _number(value: float) -> str:
    """Plain digits (`0.00001`, never `1e-05`, which YAML readers disagree on)."""
    text = format(Decimal(repr(value)), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def yaml_value(param: Parameter, value: Value) -> str:
    """`value` written the way the YAML must be written for this parameter's type."""
    if param.type == "boolean" or isinstance(value, bool):
        return "true" if value else "false"
    if param.type == "money" and isinstance(value, int | float):
        return f"{value:.2f}"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and param.type == "integer" else _number(value)
    if isinstance(value, list):
        return "[" + ", ".join(yaml_scalar(str(item)) for item in value) + "]"
    if param.type == "choice":
        return yaml_scalar(value)
    return quoted(str(value))


def _shown(param: Parameter, value: Value) -> str:
    text = yaml_value(param, value)
    if param.unit:
        unit = param.unit_singular if value == 1 and param.unit_singular else param.unit
        text += f" {unit}" if unit != "%" else "%"
    return text


def _bounds(param: Parameter) -> str:
    def num(x: float) -> str:
        if param.type == "money":
            return f"{x:.2f}"
        return str(int(x)) if float(x).is_integer() else str(x)

    if param.min is not None and param.max is not None:
        return _("allowed: {low} up to and including {high}").format(
            low=num(param.min), high=num(param.max)
        )
    if param.min is not None:
        return _("allowed: {low} or more").format(low=num(param.min))
    if param.max is not None:
        return _("allowed: at most {high}").format(high=num(param.max))
    if param.choices:
        listed = ", ".join(param.choices)
        if param.type == "choice":
            return _("choices: {choices}").format(choices=listed)
        return _("possible: {choices}").format(choices=listed)
    if param.type == "boolean":
        return _("true or false")
    return ""


def _comment_lines(text: str, prefix: str = "# ") -> list[str]:
    return [prefix + line for line in textwrap.wrap(text, _WIDTH - len(prefix))]


def _comment(text: str, indent: str) -> list[str]:
    lines = textwrap.wrap(one_line(text), _WIDTH - len(indent) - 4) or [""]
    return [f"#{indent}# {line}" for line in lines]


def _deviation(param: Parameter) -> list[str]:
    out = _comment(param.title + ".", "   ")
    facts = _("National: {value}").format(value=_shown(param, param.baseline))
    bounds = _bounds(param)
    out += _comment(facts + (f" ({bounds})." if bounds else "."), "   ")
    if param.description:
        out += _comment(param.description, "   ")
    unit = param.unit_singular if param.baseline == 1 and param.unit_singular else param.unit
    unit_note = f"  # {'euro ' if param.type == 'money' else ''}{one_line(unit)}" if unit else ""
    out += [
        f"#   {param.id}:",
        f"#     value: {yaml_value(param, param.baseline)}{unit_note}",
        '#     rationale: ""  # ' + _("why does the region deviate? (required)"),
        "#     # since: 2025-01-01",
        "#     # review_by: 2026-01-01",
    ]
    return out


def _heading(name: str, framework: Framework) -> list[str]:
    title, version = one_line(framework.title), one_line(framework.version)
    heading = _(
        "Regional agreement of {name} under the framework {title} (version {version})."
    ).format(name=one_line(name), title=title, version=version)
    return [f"# {line}" for line in textwrap.wrap(heading, _WIDTH - 2)]


def region_head(slug: str, name: str, framework: Framework) -> str:
    """The start of a new region file made from a workbook (`samenwerking import`): the
    heading and required keys of `region_file`; the workbook fills in the rest."""
    lines = [
        *_heading(name, framework),
        *_comment_lines(
            _(
                "Made with `samenwerking import` from a filled-in questionnaire; check the file "
                "with `samenwerking validate`. Whatever is not filled in follows the national "
                "framework."
            )
        ),
        "",
        f"region: {slug}",
        f"name: {quoted(name)}",
        f"framework: {framework.id}",
        f"framework_version: {quoted(framework.version)}",
        "adoption: not_started  # adopted, partial, in_dialogue of not_started",
    ]
    return "\n".join(lines) + "\n"


def region_file(
    slug: str,
    name: str,
    framework: Framework,
    code: str | None = None,
    schema: str | None = None,
) -> str:
    """The text of `regions/<slug>.yaml`: valid as it is, every deviation commented out.

    `schema`: the path of the region schema relative to the new file; its first line then tells
    editors (yaml-language-server) which schema to use, also outside this repository's settings.
    """
    lines = [
        *([f"# yaml-language-server: $schema={schema}"] if schema else []),
        *_heading(name, framework),
        *_comment_lines(
            _("Made with `samenwerking new-region`; check the file with `samenwerking validate`.")
        ),
        "#",
        *_comment_lines(
            _(
                "Does the region deviate from the framework? Then remove the # before "
                "`deviations:` and before the lines of each deviation, and fill in `value` and "
                "`rationale`. Whatever is not filled in follows the national framework."
            )
        ),
        "",
        f"region: {slug}",
        f"name: {quoted(name)}",
        "# kind: gemeente  # " + _("only for a municipality; by default: arbeidsmarktregio"),
        f"code: {code}" if code else "# code: AM00  # " + _("CBS code: AM and two digits"),
        "# province: Gelderland  # " + _("or, across a border: provinces: [Gelderland, Utrecht]"),
        "# centrumgemeente: Ede",
        "# municipalities: [Ede, Wageningen]",
        f"framework: {framework.id}",
        f"framework_version: {quoted(framework.version)}",
        "adoption: not_started  # " + _("adopted, partial, in_dialogue or not_started"),
        "",
        "# " + _("Contacts (with an e-mail address or a phone number):"),
        "# contacts:",
        "#   - role: " + _("Account manager for national employers"),
        "#     organisation: WerkgeversServicepunt",
        "#     email: " + _("name@organisation.nl"),
        "#     verified: 2025-01-15  # " + _("when someone last confirmed the contact"),
        *_comment_lines(
            _(
                "without topics: the general contact, for every topic without a contact of "
                "its own; with topics: [jobcoaching] only for those topics"
            ),
            "#     # ",
        ),
        "",
        "# " + _("Deviations from the national framework, by topic:"),
        "# deviations:",
    ]
    for topic in framework.topics:
        deviable = [p for p in topic.parameters if p.deviable]
        fixed = [p for p in topic.parameters if not p.deviable]
        lines += ["#", f"#   # ==== {one_line(topic.title)} ===="]
        for param in deviable:
            lines += ["#", *_deviation(param)]
        for param in fixed:
            lines += [
                "#",
                *_comment(
                    _("{title}: set nationally, no deviation possible.").format(title=param.title),
                    "   ",
                ),
            ]
    lines += [
        "",
        "# " + _("Own agreements outside the framework (good practices):"),
        "# additions:",
        "#   - title: " + _("Employee passport"),
        "#     description: " + _("A portable overview of support and provisions."),
        "#     practice: medewerkerspaspoort  # "
        + _("the same id in every region that uses the practice"),
        "#     origin: rivierenland  # " + _("the region where the practice started"),
        "",
        "# " + _("Follow-ups:"),
        "# follow_ups:",
        "#   - action: " + _("Agree the job coach rate with UWV"),
        "#     id: jobcoachtarief  # " + _("fixed and unique within the region (for calendars)"),
        "#     owner: WerkgeversServicepunt",
        "#     due: 2025-06-30",
        "#     status: open  # " + _("open, done or dropped"),
        "#     made_at: dialoogsessie-2018-09  # "
        + _("the session (name or date) where it was agreed"),
        "#     # done_on: 2025-06-12  # " + _("only with status: done"),
    ]
    return "\n".join(lines) + "\n"
