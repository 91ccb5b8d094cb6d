"""Words of the employer view, shared by its table, Markdown, CSV and xlsx renderers.

The constants are msgids (N_): renderers translate them when they draw (`_(L.H_SITE)`), so a
table read at import time still follows the language chosen later.
"""

from __future__ import annotations

from samenwerking_cli.domain.model import Contact, Site
from samenwerking_cli.domain.text import N_, _, ngettext
from samenwerking_cli.engine.contacts import needs_contact
from samenwerking_cli.engine.employers import EmployerRegion, EmployerValue, EmployerView, is_open
from samenwerking_cli.render import formatting

# source (framework | region | employer) -> the word people read
LAYER = {"framework": N_("national"), "region": N_("region"), "employer": N_("employer")}
WEIGHTING = {
    "employees": N_("weighted by target-group employees"),
    "sites": N_("weighted by number of sites"),
}
STATUS = {"open": N_("open"), "done": N_("done"), "dropped": N_("dropped")}

H_EMPLOYER = N_("Employer")
H_SITES = N_("Sites")
H_REGIONS = N_("Regions")
H_EMPLOYEES = N_("Target-group employees")
H_SITE = N_("Site")
H_MUNICIPALITY = N_("Municipality")
H_REGION = N_("Region")
H_REGION_NAME = N_("Region name")
H_CENTRE = N_("Central municipality")
H_PARAMETER = N_("Parameter")
H_VALUE = N_("Value")
H_NATIONAL = N_("National")
H_SOURCE = N_("Source")
H_EFFECT = N_("Effect")
H_RATIONALE = N_("Rationale")
H_TOPIC = N_("Topic")
H_CONTACT = N_("Contact")
H_REACH = N_("Reach at")
H_ACTION = N_("Follow-up")
H_DUE = N_("Due by")
H_OWNER = N_("Owned by")

NO_EMPLOYERS = N_("There are no employers: describe them in employers/<id>.yaml.")
ALL_FRAMEWORK = N_("The national framework applies to you throughout.")
OTHER_FRAMEWORK = N_(
    "This region works with another framework ({framework}), so what applies here does not "
    "count in your figures. See samenwerking show {region}."
)
NOT_STARTED = N_(
    "The region has not started with the framework yet; no deviations are recorded here."
)
NOBODY = N_("nobody named")
NO_FOLLOW_UPS = N_("No open follow-ups with you.")
OWN_CONTACTS = N_("Your own contacts")
WHO_TO_CALL = N_("Whom to call")
WHAT_APPLIES = N_("What differs from the national framework")
FOLLOW_UPS = N_("Open follow-ups")
ILLUSTRATIVE = N_("Illustrative: example data, not a real employer or adopted policy.")
OVERDUE = N_("overdue")
ALL = N_("all")
LIES_IN = N_("{municipality} lies in {region} ({id})")
CENTRE_OF = N_("{municipality} is the central municipality of {region} ({id})")
MORE_THAN_ONE = N_("More than one region lists this municipality.")


def site_text(site: Site, as_of: object) -> str:
    """`Sorteercentrum Almere (Almere, 28 medewerkers, open vanaf 1 april 2027)`."""
    extra = []
    if site.municipality:
        extra.append(site.municipality)
    if site.employees is not None:
        extra.append(
            ngettext("{n} employee", "{n} employees", site.employees).format(n=site.employees)
        )
    if site.opens is not None and not is_open(site, as_of):  # type: ignore[arg-type]
        extra.append(_("opens {day}").format(day=formatting.day(site.opens)))
    return site.name + (f" ({', '.join(extra)})" if extra else "")


def region_heading(r: EmployerRegion) -> str:
    n = len(r.sites)
    parts = [ngettext("{n} site", "{n} sites", n).format(n=n)]
    if r.employees is not None:
        parts.append(
            ngettext(
                "{n} employee from the target group",
                "{n} employees from the target group",
                r.employees,
            ).format(n=r.employees)
        )
    if not r.opened:
        parts.append(_("not open yet"))
    return f"{r.region.name} ({r.region.id}): " + ", ".join(parts)


def signed(value: float | None, lang: str | None = None) -> str:
    """A balance: `+12,5`, `−20,0` (a real minus sign), `0,0`, or `–` when there is none."""
    if value is None:
        return "–"
    text = formatting.number(abs(round(value, 1)), 1, lang)
    return ("+" if value > 0 else "−" if value < 0 else "") + text


def figures(view: EmployerView) -> str:
    """The employer's index and balance next to the national ones, and how they are weighted."""
    own = formatting.percent(view.index)
    national = formatting.percent(view.national_index)
    return _(
        "Harmonisation index for {name}: {own} ({weighting}); national: {national}. "
        "Employer balance for {name}: {balance}; national: {national_balance}."
    ).format(
        name=view.employer.name,
        own=own,
        weighting=_(WEIGHTING[view.weighting]),
        national=national,
        balance=signed(view.balance),
        national_balance=signed(view.national_balance),
    )


def employees_text(n: int | None) -> str:
    return "–" if n is None else str(n)


def call_rows(r: EmployerRegion) -> list[tuple[str, Contact | None]]:
    """Whom to call: each contact once with the topics it covers, then the topics nobody
    covers (contact None)."""
    rows: list[tuple[str, Contact | None]] = []
    seen: list[Contact] = []
    for cov in r.contacts:
        for c in cov.contacts:
            if c not in seen:
                seen.append(c)
    for c in seen:
        titles = [cov.topic.title for cov in r.contacts if c in cov.contacts]
        rows.append((_("all topics") if len(titles) == len(r.contacts) else ", ".join(titles), c))
    gaps = [cov.topic.title for cov in r.contacts if not cov.contacts and needs_contact(cov.topic)]
    if gaps:
        rows.append((", ".join(gaps), None))
    return rows


def person(c: Contact) -> str:
    """`Rob Kuipers (Accountmanager), WSP Flevoland`, or the role alone when no name is given."""
    who = f"{c.name} ({c.role})" if c.name else c.role
    return f"{who}, {c.organisation}"


def topic_figures(view: EmployerView) -> list[str]:
    """`Proefplaatsing: 88,9 % voor SorteerPost, landelijk 91,4 %` per topic."""
    return [
        _("{topic}: {own} for {name}, national {national}").format(
            topic=t.title,
            own=formatting.percent(t.index),
            name=view.employer.name,
            national=formatting.percent(t.national),
        )
        for t in view.topics
    ]


def no_differences(r: EmployerRegion) -> str:
    """What to say for a region without values that differ from the framework."""
    if r.other_framework is not None:
        return _(OTHER_FRAMEWORK).format(framework=r.other_framework, region=r.region.id)
    return _(NOT_STARTED) if r.region.adoption == "not_started" else _(ALL_FRAMEWORK)


def applied(v: EmployerValue) -> str:
    """The value that applies; for the employer's own agreement also what the region alone
    gives: `6 maanden (regio: 12 maanden)`."""
    from samenwerking_cli.render.compare_labels import value

    lv = v.layered
    text = value(lv.parameter, lv.value)
    if lv.source == "employer" and lv.region_value is not None:
        text += " " + _("(region: {value})").format(value=value(lv.parameter, lv.region_value))
    if lv.until is not None:
        text += " " + _("(until {day})").format(day=formatting.day(lv.until))
    return text
