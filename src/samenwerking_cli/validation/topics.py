"""A topic id that the framework does not have: in a region's contacts and additions, in an
employer's contacts and agreements. One rule, so both kinds of document hint alike."""

from __future__ import annotations

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import Framework
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.loading.document import Document
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.validation import values

# Listed in the region table (region_rules.CODES), where the README and SARIF show it.
CODES: dict[str, str] = {
    "unknown-topic": N_("A topic id that the framework does not have."),
}


def unknown_topic(doc: Document, path: Path_, topic: str, framework: Framework) -> Finding:
    """A topic written on its own, as a contact's or an addition's `topic`."""
    maybe = values.did_you_mean(topic, [t.id for t in framework.topics])
    return doc.finding(
        path,
        "unknown-topic",
        _("the topic `{topic}` is not in the framework").format(topic=topic),
        maybe or _("use one of: {topics}").format(topics=", ".join(t.id for t in framework.topics)),
    )


def unknown_topic_of(
    doc: Document, path: Path_, pid: str, topic: str, framework: Framework
) -> Finding:
    """The topic part of a parameter id (`topic.parameter`) written as a key."""
    known = ", ".join(t.id for t in framework.topics)
    return doc.finding(
        path,
        "unknown-topic",
        _("the topic `{topic}` of `{id}` is not in the framework").format(topic=topic, id=pid),
        values.did_you_mean(topic, [t.id for t in framework.topics])
        or _("use one of: {topics}").format(topics=known),
        key=True,
        about=pid,
    )
