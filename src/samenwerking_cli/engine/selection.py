"""Which framework, topics and parameters a comparison is about: the --framework, --topic and
--parameter options, checked with a did-you-mean for typos."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from samenwerking_cli.domain.findings import UserError
from samenwerking_cli.domain.model import Framework, Region, Topic
from samenwerking_cli.validation.values import did_you_mean


def restrict(
    framework: Framework,
    topics: Sequence[str],
    parameters: Sequence[str],
    *,
    parameter_option: bool = True,
) -> Framework:
    """The framework cut down to the chosen topics and parameters (all when none are chosen).

    A chosen topic keeps all its parameters; a chosen parameter keeps its topic with only the
    chosen parameters. Indices computed on the result are about the selection only.
    `parameter_option` says whether the command has --parameter, for the hints.
    """
    if not topics and not parameters:
        return framework
    topic_ids = [t.id for t in framework.topics]
    for topic in topics:
        if framework.topic(topic) is None:
            raise _unknown_topic(framework, topic, topic_ids, parameter_option)
    param_ids = [p.id for p in framework.parameters]
    for param in parameters:
        if framework.topic(param) is not None:
            raise UserError(f"`{param}` is a topic, not a parameter", f"use --topic {param}")
        if framework.parameter(param) is None:
            same_slug = [i for i in param_ids if i.split(".", 1)[1] == param]
            raise UserError(
                f"unknown parameter `{param}`",
                (f"did you mean `{same_slug[0]}`?" if same_slug else did_you_mean(param, param_ids))
                or "parameters are written as topic.parameter; see them with `samenwerking show`",
            )
    kept: list[Topic] = []
    for t in framework.topics:
        if t.id in topics:
            kept.append(t)
            continue
        params = tuple(p for p in t.parameters if p.id in parameters)
        if params:
            kept.append(dataclasses.replace(t, parameters=params))
    return dataclasses.replace(framework, topics=tuple(kept))


def _unknown_topic(
    framework: Framework, topic: str, topic_ids: list[str], parameter_option: bool
) -> UserError:
    param = framework.parameter(topic)
    if param is None:  # `--topic duur`: the slug of one parameter
        same_slug = [p for p in framework.parameters if p.slug == topic]
        param = same_slug[0] if len(same_slug) == 1 else None
    if param is not None:
        hint = f"use --parameter {param.id}" if parameter_option else ""
        whole = f"--topic {param.topic} for its whole topic"
        hint = f"{hint}, or {whole}" if hint else f"use {whole}"
        return UserError(f"`{topic}` is a parameter, not a topic", hint)
    return UserError(
        f"unknown topic `{topic}`",
        did_you_mean(topic, topic_ids) or "known topics: " + ", ".join(topic_ids),
    )


def framework_of(
    frameworks: dict[str, Framework], framework_id: str | None, regions: Sequence[Region]
) -> Framework | None:
    """The framework the named regions agree to; None when no region is named (the caller then
    picks the framework as usual)."""
    if not regions:
        return None
    used = sorted({r.framework for r in regions})
    if framework_id is not None:
        other = [r for r in regions if r.framework != framework_id]
        if other:
            raise UserError(
                f"the region `{other[0].id}` agrees to the framework `{other[0].framework}`, "
                f"not `{framework_id}`",
                "leave out --framework, or name regions of that framework",
            )
        return frameworks.get(framework_id)
    if len(used) > 1:
        raise UserError(
            "the regions agree to different frameworks: " + ", ".join(used),
            "compare regions of one framework at a time",
        )
    return frameworks.get(used[0])
