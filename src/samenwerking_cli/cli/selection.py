"""The command line's words for names that do not fit: the hints name this tool's options."""

from __future__ import annotations

from samenwerking_cli.domain.findings import UserError
from samenwerking_cli.domain.names import (
    NameProblem,
    NoFramework,
    OtherFramework,
    SeveralFrameworks,
    SharedMunicipality,
    UnknownName,
    WrongKind,
)
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.validation.values import suggestion

SEE_PARAMETERS = N_("parameters are written as topic.parameter; see them with `samenwerking show`")
SEE_REGIONS = N_("see the region ids with `samenwerking compare`")


def worded(problem: NameProblem, *, parameter_option: bool = True) -> UserError:
    """The one-line error and hint; `parameter_option`: the command has --parameter."""
    match problem:
        case UnknownName(kind="region", name=name, close=close):
            maybe = suggestion(close)
            return UserError(
                _("unknown region `{name}`").format(name=name),
                (maybe + " " if maybe else "") + _(SEE_REGIONS),
            )
        case UnknownName(kind="municipality", name=name, close=close):
            return UserError(
                _("no region lists the municipality `{name}`").format(name=name),
                suggestion(close) or _("check the spelling; regions list their municipalities"),
            )
        case UnknownName(kind="employer", name=name, known=()):
            return UserError(
                _("unknown employer `{name}`: there are no employers").format(name=name),
                _("describe an employer in employers/<id>.yaml (see docs/format.md)"),
            )
        case UnknownName(kind="employer", name=name, known=known, close=close):
            return UserError(
                _("unknown employer `{name}`").format(name=name),
                suggestion(close) or _("known employers: {ids}").format(ids=", ".join(known)),
            )
        case UnknownName(kind="parameter", name=name, close=close):
            return UserError(
                _("unknown parameter `{id}`").format(id=name),
                suggestion(close) or _(SEE_PARAMETERS),
            )
        case UnknownName(kind="framework", name=name, known=known, close=close):
            return UserError(
                _("unknown framework `{id}`").format(id=name),
                suggestion(close) or _("known frameworks: {ids}").format(ids=", ".join(known)),
            )
        case UnknownName(kind="topic", name=name, known=known, close=close):
            return UserError(
                _("unknown topic `{id}`").format(id=name),
                suggestion(close) or _("known topics: {ids}").format(ids=", ".join(known)),
            )
        case UnknownName(kind=kind, name=name, known=known, close=close):
            return UserError(
                _("unknown {kind} `{name}`").format(kind=kind, name=name),
                suggestion(close) or _("known: {ids}").format(ids=", ".join(known)),
            )
        case WrongKind(name=name, is_a="topic"):
            return UserError(
                _("`{id}` is a topic, not a parameter").format(id=name),
                _("use --topic {id}").format(id=name),
            )
        case WrongKind(name=name, parameter=parameter, topic=topic):
            if parameter_option:
                hint = _("use --parameter {id}, or --topic {topic} for its whole topic")
            else:
                hint = _("use --topic {topic} for its whole topic")
            return UserError(
                _("`{id}` is a parameter, not a topic").format(id=name),
                hint.format(id=parameter, topic=topic),
            )
        case OtherFramework(region=region, its_framework=its, chosen=chosen):
            return UserError(
                _("the region `{id}` agrees to the framework `{framework}`, not `{chosen}`").format(
                    id=region, framework=its, chosen=chosen
                ),
                _("leave out --framework, or name regions of that framework"),
            )
        case SeveralFrameworks(ids=ids, of_regions=True):
            return UserError(
                _("the regions agree to different frameworks: {ids}").format(ids=", ".join(ids)),
                _("compare regions of one framework at a time"),
            )
        case SeveralFrameworks(ids=ids):
            return UserError(
                _("there are several frameworks: {ids}").format(ids=", ".join(ids)),
                _("choose one with --framework"),
            )
        case SharedMunicipality(name=name, regions=regions):
            return UserError(
                _("{name} is listed by more than one region: {regions}").format(
                    name=name, regions=", ".join(regions)
                ),
                _("name the region by its id"),
            )
        case NoFramework(folder=folder):
            return UserError(
                _("no framework found in {folder}").format(folder=folder),
                _("add a framework file under frameworks/, or give --root"),
            )
    raise AssertionError(f"no words for {problem!r}")  # a new NameProblem needs a case here
