"""Which framework, topics and parameters a comparison is about, checked with the closest name
for typos. Names that do not fit raise the domain's NameProblem errors; the CLI words them."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from samenwerking_cli.domain.model import Framework, Region, Topic
from samenwerking_cli.domain.names import (
    OtherFramework,
    SeveralFrameworks,
    UnknownName,
    WrongKind,
    closest,
)


def restrict(
    framework: Framework,
    topics: Sequence[str],
    parameters: Sequence[str],
) -> Framework:
    """The framework cut down to the chosen topics and parameters (all when none are chosen).

    A chosen topic keeps all its parameters; a chosen parameter keeps its topic with only the
    chosen parameters. Indices computed on the result are about the selection only.
    """
    if not topics and not parameters:
        return framework
    topic_ids = [t.id for t in framework.topics]
    for topic in topics:
        if framework.topic(topic) is None:
            raise _unknown_topic(framework, topic, topic_ids)
    param_ids = [p.id for p in framework.parameters]
    for param in parameters:
        if framework.topic(param) is not None:
            raise WrongKind(param, "topic")
        if framework.parameter(param) is None:
            same_slug = [i for i in param_ids if i.split(".", 1)[1] == param]
            close = same_slug[0] if same_slug else closest(param, param_ids)
            raise UnknownName("parameter", param, tuple(param_ids), close)
    kept: list[Topic] = []
    for t in framework.topics:
        if t.id in topics:
            kept.append(t)
            continue
        params = tuple(p for p in t.parameters if p.id in parameters)
        if params:
            kept.append(dataclasses.replace(t, parameters=params))
    return dataclasses.replace(framework, topics=tuple(kept))


def _unknown_topic(framework: Framework, topic: str, topic_ids: list[str]) -> Exception:
    param = framework.parameter(topic)
    if param is None:  # `--topic duur`: the slug of one parameter
        same_slug = [p for p in framework.parameters if p.slug == topic]
        param = same_slug[0] if len(same_slug) == 1 else None
    if param is not None:
        return WrongKind(topic, "parameter", param.id, param.topic)
    return UnknownName("topic", topic, tuple(topic_ids), closest(topic, topic_ids))


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
            raise OtherFramework(other[0].id, other[0].framework, framework_id)
        return frameworks.get(framework_id)
    if len(used) > 1:
        raise SeveralFrameworks(tuple(used), of_regions=True)
    return frameworks.get(used[0])
