"""`follow-ups --format ics`: an iCalendar file (RFC 5545) with an all-day event per due date.

Written with the icalendar library, which escapes commas, semicolons and line breaks and
folds long lines. Each event's UID is the region and the follow-up's id, so importing the
file again updates the events instead of adding copies. DTSTAMP is the peildatum: the same
files and --as-of give the same calendar.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from icalendar import Calendar, Event

from samenwerking_cli import __version__
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.engine.followups import FollowUpList, Item
from samenwerking_cli.render import escape, formatting

CALENDAR_NAME = N_("Follow-ups")
# open and done follow-ups are agreed dates; a dropped one is shown as cancelled.
EVENT_STATUS = {"open": "CONFIRMED", "done": "CONFIRMED", "dropped": "CANCELLED"}
STATUS_WORD = {"open": N_("open"), "done": N_("done"), "dropped": N_("dropped")}


def _clean(text: str) -> str:
    # Control characters are not allowed in iCalendar text; show them as on screen.
    return escape.terminal(text)


def _description(item: Item) -> str:
    f = item.follow_up
    lines = [_("Region: {name}").format(name=item.region.name)]
    if f.with_:
        lines.append(_("With: {who}").format(who=f.with_))
    if f.employer:
        lines.append(_("Employer: {id}").format(id=f.employer))
    if f.owner:
        lines.append(_("Owner: {who}").format(who=f.owner))
    status = _(STATUS_WORD[f.status]) if f.status in STATUS_WORD else f.status
    if f.done_on is not None:
        status += " " + _("on {date}").format(date=formatting.day(f.done_on))
    lines.append(_("Status: {status}").format(status=status))
    if f.made_at:
        lines.append(_("Agreed at: {session}").format(session=f.made_at))
    return _clean("\n".join(lines))


def _event(item: Item, stamp: datetime) -> Event:
    f = item.follow_up
    assert f.due is not None
    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", f.due)  # a date: an all-day event
    event.add("dtend", f.due + timedelta(days=1))
    event.add("summary", _clean(f"{f.action} ({item.region.name})"))
    event.add("description", _description(item))
    event.add("status", EVENT_STATUS.get(f.status, "CONFIRMED"))
    event.add("categories", [_clean(item.region.name)])
    event.add("transp", "TRANSPARENT")
    return event


def ics(view: FollowUpList, canvas: object = None) -> str:
    """Follow-ups without a due date have no place in a calendar and are left out."""
    cal = Calendar()
    cal.add("prodid", f"-//samenwerking {__version__}//vervolgafspraken//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", _(CALENDAR_NAME))
    stamp = datetime.combine(view.as_of, time(0, 0), tzinfo=UTC)
    for item in view.items:
        if item.follow_up.due is not None:
            cal.add_component(_event(item, stamp))
    data: bytes = cal.to_ical()
    return data.decode("utf-8")
