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
from samenwerking_cli.validation.values import suggestion

SEE_PARAMETERS = "parameters are written as topic.parameter; see them with `samenwerking show`"
SEE_REGIONS = "see the region ids with `samenwerking compare`"


def worded(problem: NameProblem, *, parameter_option: bool = True) -> UserError:
    """The one-line error and hint; `parameter_option`: the command has --parameter."""
    match problem:
        case UnknownName(kind="region", name=name, close=close):
            maybe = suggestion(close)
            return UserError(
                f"unknown region `{name}`", (maybe + " " if maybe else "") + SEE_REGIONS
            )
        case UnknownName(kind="municipality", name=name, close=close):
            return UserError(
                f"no region lists the municipality `{name}`",
                suggestion(close) or "check the spelling; regions list their municipalities",
            )
        case UnknownName(kind="employer", name=name, known=()):
            return UserError(
                f"unknown employer `{name}`: there are no employers",
                "describe an employer in employers/<id>.yaml (see docs/format.md)",
            )
        case UnknownName(kind="parameter", name=name, close=close):
            return UserError(f"unknown parameter `{name}`", suggestion(close) or SEE_PARAMETERS)
        case UnknownName(kind=kind, name=name, known=known, close=close):
            listed = f"known {kind}s: " + ", ".join(known)
            return UserError(f"unknown {kind} `{name}`", suggestion(close) or listed)
        case WrongKind(name=name, is_a="topic"):
            return UserError(f"`{name}` is a topic, not a parameter", f"use --topic {name}")
        case WrongKind(name=name, parameter=parameter, topic=topic):
            hint = f"use --parameter {parameter}" if parameter_option else ""
            whole = f"--topic {topic} for its whole topic"
            hint = f"{hint}, or {whole}" if hint else f"use {whole}"
            return UserError(f"`{name}` is a parameter, not a topic", hint)
        case OtherFramework(region=region, its_framework=its, chosen=chosen):
            return UserError(
                f"the region `{region}` agrees to the framework `{its}`, not `{chosen}`",
                "leave out --framework, or name regions of that framework",
            )
        case SeveralFrameworks(ids=ids, of_regions=True):
            return UserError(
                "the regions agree to different frameworks: " + ", ".join(ids),
                "compare regions of one framework at a time",
            )
        case SeveralFrameworks(ids=ids):
            return UserError(
                "there are several frameworks: " + ", ".join(ids), "choose one with --framework"
            )
        case SharedMunicipality(name=name, regions=regions):
            return UserError(
                f"{name} is listed by more than one region: " + ", ".join(regions),
                "name the region by its id",
            )
        case NoFramework(folder=folder):
            return UserError(
                f"no framework found in {folder}",
                "add a framework file under frameworks/, or give --root",
            )
    raise AssertionError(f"no words for {problem!r}")  # a new NameProblem needs a case here
