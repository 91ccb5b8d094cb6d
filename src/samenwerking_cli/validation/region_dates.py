"""A region's dates: each one exists, a deviation does not end before it starts, and reviews
and open follow-ups past their date are warned about (date warnings: see TIME_CODES)."""

from __future__ import annotations

from datetime import date

from samenwerking_cli.domain.dates import overdue
from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import Framework
from samenwerking_cli.domain.text import _
from samenwerking_cli.loading.document import Document
from samenwerking_cli.validation.dates import check_date, ends_before_start, parse_date
from samenwerking_cli.validation.reviews import review_due, review_overdue


def check(doc: Document, as_of: date, framework: Framework | None) -> list[Finding]:
    out: list[Finding] = []
    deviations = doc.data.get("deviations")
    if isinstance(deviations, dict):
        for pid, dev in deviations.items():
            if not isinstance(dev, dict):
                continue
            for key in ("since", "review_by", "until"):
                check_date(doc, ("deviations", pid, key), dev.get(key), out)
            if ends_before_start(dev):
                out.append(
                    doc.finding(
                        ("deviations", pid, "until"),
                        "until-before-since",
                        _(
                            "the deviation of {id} ends on {until}, before it starts on {since}"
                        ).format(id=pid, until=dev["until"], since=dev["since"]),
                        _("correct one of the two dates: `until` is the last day it applies"),
                        about=pid,
                    )
                )
            if review_due(dev, as_of):
                param = framework.parameter(str(pid)) if framework else None
                name = f"{pid} ({param.title})" if param else pid
                out.append(
                    review_overdue(
                        doc,
                        ("deviations", pid),
                        _("the review of {name} was due on {date}").format(
                            name=name, date=dev["review_by"]
                        ),
                        _("review the deviation, then set a new `review_by` date"),
                        about=pid,
                    )
                )
    contacts = doc.data.get("contacts")
    if isinstance(contacts, list):
        for i, contact in enumerate(contacts):
            if isinstance(contact, dict):
                check_date(doc, ("contacts", i, "verified"), contact.get("verified"), out)
    follow_ups = doc.data.get("follow_ups")
    if isinstance(follow_ups, list):
        for i, item in enumerate(follow_ups):
            if not isinstance(item, dict):
                continue
            for key in ("due", "done_on"):
                check_date(doc, ("follow_ups", i, key), item.get(key), out)
            due = parse_date(item.get("due"))
            if item.get("status") == "open" and overdue(due, as_of):
                action = str(item.get("action", ""))
                out.append(
                    doc.finding(
                        ("follow_ups", i, "due"),
                        "follow-up-overdue",
                        _("the follow-up “{action}” was due on {date} and is still open").format(
                            action=action, date=item["due"]
                        ),
                        _("mark it done or dropped, or agree a new `due` date"),
                        severity="warning",
                    )
                )
    return out
