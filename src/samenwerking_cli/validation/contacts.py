"""Contacts, in a region or an employer alike: reachable, and naming topics the framework has."""

from __future__ import annotations

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import Framework
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.loading.document import Document
from samenwerking_cli.validation.topics import unknown_topic

# Listed in the region table (region_rules.CONTENT_CODES), where the README and SARIF show it.
CODES: dict[str, str] = {
    "contact-unreachable": N_("A contact has neither an e-mail address nor a phone number."),
}


def contact_findings(doc: Document, framework: Framework | None) -> list[Finding]:
    out: list[Finding] = []
    contacts = doc.data.get("contacts")
    if not isinstance(contacts, list):
        return out
    for i, contact in enumerate(contacts):
        if not isinstance(contact, dict):
            continue
        if not contact.get("email") and not contact.get("phone"):
            who = (
                contact.get("name")
                or contact.get("role")
                or _("contact {number}").format(number=i + 1)
            )
            out.append(
                doc.finding(
                    ("contacts", i),
                    "contact-unreachable",
                    _("the contact {who} has no e-mail address and no phone number").format(
                        who=who
                    ),
                    _("add `email:` or `phone:`"),
                )
            )
        topics = contact.get("topics")
        if framework is not None and isinstance(topics, list):
            for j, topic in enumerate(topics):
                if isinstance(topic, str) and framework.topic(topic) is None:
                    out.append(unknown_topic(doc, ("contacts", i, "topics", j), topic, framework))
    return out
