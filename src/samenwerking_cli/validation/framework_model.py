"""Building the Framework (and each Parameter) from a document that passed its rules."""

from __future__ import annotations

from typing import Any

from samenwerking_cli.domain.model import BaselineChange, Framework, Parameter, Topic
from samenwerking_cli.loading.document import Document
from samenwerking_cli.validation.dates import parse_date


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
