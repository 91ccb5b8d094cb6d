"""Rules for what keeps the relations going: follow-up ids and dates, stale contacts, and the
good practices shared between regions (checked across files once every region is read)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import is_stale, months_between
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.loading.document import Document, dotted
from samenwerking_cli.validation import values
from samenwerking_cli.validation.dates import invalid_date, looks_like_date, parse_date

# Follow-ups, contacts' age and practices, within a region and across regions.
CODES: dict[str, str] = {
    "follow-up-no-due": N_("An open follow-up has no due date."),
    "follow-up-id-twice": N_("Two follow-ups of one region have the same id."),
    "done-on-not-done": N_("A follow-up has a `done_on` date but its status is not done."),
    "done-on-future": N_("A follow-up is marked done on a date after the peildatum (--as-of)."),
    "contact-stale": N_("A contact was last confirmed (`verified`) longer ago than --stale-after."),
    "practice-titles": N_("One practice id is used with different titles."),
    "unknown-origin": N_("A practice's `origin` is not a known region."),
}

STALE_AFTER_MONTHS = 12


def follow_ups(doc: Document, as_of: date) -> list[Finding]:
    out: list[Finding] = []
    items = doc.data.get("follow_ups")
    if not isinstance(items, list):
        return out
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        action = str(item.get("action", ""))
        ident = item.get("id")
        if isinstance(ident, str):
            if ident in seen:
                first = doc.locate(("follow_ups", seen[ident], "id"))[0]
                out.append(
                    doc.finding(
                        ("follow_ups", i, "id"),
                        "follow-up-id-twice",
                        _("the follow-up id `{id}` is also used on line {line}").format(
                            id=ident, line=first
                        ),
                        _("give every follow-up of the region its own id"),
                    )
                )
            else:
                seen[ident] = i
        made_at = item.get("made_at")
        if looks_like_date(made_at) and parse_date(made_at) is None:
            path = ("follow_ups", i, "made_at")
            out.append(
                invalid_date(
                    doc,
                    path,
                    str(doc.raw(path) or made_at),
                    _("write an existing date as YYYY-MM-DD, or the name of the session"),
                )
            )
        out.extend(_done_on(doc, i, item, action, as_of))
        if item.get("status") == "open" and "due" not in item:
            out.append(
                doc.finding(
                    ("follow_ups", i),
                    "follow-up-no-due",
                    _("the open follow-up “{action}” has no due date").format(action=action),
                    _("agree a date and add `due: YYYY-MM-DD`"),
                    severity="warning",
                )
            )
    return out


def _done_on(
    doc: Document, i: int, item: dict[str, Any], action: str, as_of: date
) -> list[Finding]:
    if "done_on" not in item:
        return []
    path = ("follow_ups", i, "done_on")
    status = item.get("status")
    if isinstance(status, str) and status != "done":
        return [
            doc.finding(
                path,
                "done-on-not-done",
                _(
                    "the follow-up “{action}” has a `done_on` date but its status is {status}"
                ).format(action=action, status=status),
                _("set `status: done`, or remove `done_on`"),
            )
        ]
    done = parse_date(item.get("done_on"))
    if done is not None and done > as_of:
        return [
            doc.finding(
                path,
                "done-on-future",
                _(
                    "the follow-up “{action}” is marked done on {date}, after the peildatum {as_of}"
                ).format(action=action, date=item["done_on"], as_of=as_of.isoformat()),
                _("write the date it was really done, or leave it open until then"),
                severity="warning",
            )
        ]
    return []


def contacts(doc: Document, as_of: date, stale_after: int) -> list[Finding]:
    out: list[Finding] = []
    items = doc.data.get("contacts")
    if not isinstance(items, list):
        return out
    for i, contact in enumerate(items):
        if not isinstance(contact, dict):
            continue
        verified = parse_date(contact.get("verified"))
        if verified is None:
            continue
        age = months_between(verified, as_of)
        if is_stale(verified, as_of, stale_after):
            who = (
                contact.get("name")
                or contact.get("role")
                or _("contact {number}").format(number=i + 1)
            )
            out.append(
                doc.finding(
                    ("contacts", i, "verified"),
                    "contact-stale",
                    _(
                        "the contact {who} was last confirmed on {date}, {months} months before "
                        "the peildatum"
                    ).format(who=who, date=contact["verified"], months=age),
                    _("check that the contact is still right, then set `verified:` to today"),
                    severity="warning",
                )
            )
    return out


@dataclass(frozen=True, slots=True)
class PracticeUse:
    """Where a region names a practice: plain data, so it can come back from a worker."""

    file: str
    region: str
    index: int
    practice: str | None
    origin: str | None
    title: str
    line: int
    column: int
    source_line: str
    origin_line: int
    origin_column: int
    origin_source: str


def practice_uses(doc: Document) -> list[PracticeUse]:
    out: list[PracticeUse] = []
    items = doc.data.get("additions")
    region = doc.data.get("region")
    if not isinstance(items, list) or not isinstance(region, str):
        return out
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        practice, origin = item.get("practice"), item.get("origin")
        if not isinstance(practice, str) and not isinstance(origin, str):
            continue
        key = ("additions", i, "practice" if isinstance(practice, str) else "origin")
        line, column = doc.locate(key)
        o_line, o_column = doc.locate(("additions", i, "origin"))
        out.append(
            PracticeUse(
                file=doc.display,
                region=region,
                index=i,
                practice=practice if isinstance(practice, str) else None,
                origin=origin if isinstance(origin, str) else None,
                title=str(item.get("title", "")),
                line=line,
                column=column,
                source_line=doc.source_line(line),
                origin_line=o_line,
                origin_column=o_column,
                origin_source=doc.source_line(o_line),
            )
        )
    return out


def across(uses: Iterable[PracticeUse], regions: Iterable[str]) -> list[Finding]:
    """A practice id with several titles, and an origin that is not a known region."""
    known = set(regions)
    uses = list(uses)
    out: list[Finding] = []
    titles: dict[str, dict[str, PracticeUse]] = {}
    for use in uses:
        if use.practice is not None:
            titles.setdefault(use.practice, {}).setdefault(use.title.strip(), use)
    for use in uses:
        if use.practice is not None and len(titles[use.practice]) > 1:
            others = [t for t in titles[use.practice] if t != use.title.strip()]
            out.append(
                Finding(
                    use.file,
                    use.line,
                    use.column,
                    "warning",
                    "practice-titles",
                    _("the practice `{id}` is called “{title}” here and {others} elsewhere").format(
                        id=use.practice,
                        title=use.title,
                        others=", ".join(f"“{t}”" for t in sorted(others)),
                    ),
                    _("use one title for the practice in every region, or give it another id"),
                    dotted(("additions", use.index, "practice")),
                    use.source_line,
                )
            )
        if use.origin is not None and use.origin not in known:
            maybe = values.did_you_mean(use.origin, sorted(known))
            out.append(
                Finding(
                    use.file,
                    use.origin_line,
                    use.origin_column,
                    "warning",
                    "unknown-origin",
                    _("the origin `{origin}` of “{title}” is not a known region").format(
                        origin=use.origin, title=use.title
                    ),
                    maybe or _("write the id of the region where the practice started"),
                    dotted(("additions", use.index, "origin")),
                    use.origin_source,
                )
            )
    return out
