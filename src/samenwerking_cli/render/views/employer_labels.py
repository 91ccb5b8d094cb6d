"""Dutch words of the employer view, shared by its table, Markdown and CSV renderers."""

from __future__ import annotations

from samenwerking_cli.domain.model import Contact, Site
from samenwerking_cli.engine.contacts import needs_contact
from samenwerking_cli.engine.employers import EmployerRegion, EmployerValue, EmployerView, is_open
from samenwerking_cli.render import formatting

# source (framework | region | employer) -> the word people read
LAYER = {"framework": "landelijk", "region": "regio", "employer": "werkgever"}
WEIGHTING = {
    "employees": "gewogen naar medewerkers uit de doelgroep",
    "sites": "gewogen naar aantal vestigingen",
}
STATUS = {"open": "open", "done": "afgerond", "dropped": "vervallen"}

H_EMPLOYER = "Werkgever"
H_SITES = "Vestigingen"
H_REGIONS = "Regio's"
H_EMPLOYEES = "Medewerkers doelgroep"
H_SITE = "Vestiging"
H_MUNICIPALITY = "Gemeente"
H_PARAMETER = "Parameter"
H_VALUE = "Waarde"
H_NATIONAL = "Landelijk"
H_SOURCE = "Bron"
H_EFFECT = "Effect"
H_RATIONALE = "Toelichting"
H_TOPIC = "Onderwerp"
H_CONTACT = "Contactpersoon"
H_REACH = "Bereikbaar"
H_ACTION = "Vervolgafspraak"
H_DUE = "Uiterlijk"
H_OWNER = "Eigenaar"

NO_EMPLOYERS = "Er zijn geen werkgevers: leg ze vast in employers/<id>.yaml."
ALL_FRAMEWORK = "Hier geldt voor u overal het landelijk raamwerk."
NOT_STARTED = "De regio is nog niet gestart met het raamwerk; hier staan geen afwijkingen vast."
NOBODY = "niemand genoemd"
NO_FOLLOW_UPS = "Geen open vervolgafspraken met u."
OWN_CONTACTS = "Uw eigen contactpersonen"
WHO_TO_CALL = "Wie belt u"
WHAT_APPLIES = "Wat geldt er anders dan landelijk"
FOLLOW_UPS = "Open vervolgafspraken"
ILLUSTRATIVE = "Illustratief: voorbeeldgegevens, geen echte werkgever of vastgesteld beleid."
OVERDUE = "verlopen"


def site_text(site: Site, as_of: object) -> str:
    """`Sorteercentrum Almere (Almere, 28 medewerkers, open vanaf 1 april 2027)`."""
    extra = []
    if site.municipality:
        extra.append(site.municipality)
    if site.employees is not None:
        extra.append(f"{site.employees} medewerkers")
    if site.opens is not None and not is_open(site, as_of):  # type: ignore[arg-type]
        extra.append(f"opent {formatting.day(site.opens)}")
    return site.name + (f" ({', '.join(extra)})" if extra else "")


def region_heading(r: EmployerRegion) -> str:
    parts = [f"{len(r.sites)} {'vestiging' if len(r.sites) == 1 else 'vestigingen'}"]
    if r.employees is not None:
        parts.append(f"{r.employees} medewerkers uit de doelgroep")
    if not r.opened:
        parts.append("nog niet open")
    return f"{r.region.name} ({r.region.id}): " + ", ".join(parts)


def signed(value: float | None, lang: str = "nl") -> str:
    """A balance: `+12,5`, `−20,0` (a real minus sign), `0,0`, or `–` when there is none."""
    if value is None:
        return "–"
    text = formatting.number(abs(round(value, 1)), 1, lang)
    return ("+" if value > 0 else "−" if value < 0 else "") + text


def figures(view: EmployerView) -> str:
    """The employer's index and balance next to the national ones, and how they are weighted."""
    own = formatting.percent(view.index)
    national = formatting.percent(view.national_index)
    return (
        f"Harmonisatie-index voor {view.employer.name}: {own} "
        f"({WEIGHTING[view.weighting]}); landelijk: {national}. "
        f"Werkgeverssaldo voor {view.employer.name}: {signed(view.balance)}; "
        f"landelijk: {signed(view.national_balance)}."
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
        rows.append(
            ("alle onderwerpen" if len(titles) == len(r.contacts) else ", ".join(titles), c)
        )
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
        f"{t.title}: {formatting.percent(t.index)} voor {view.employer.name}, "
        f"landelijk {formatting.percent(t.national)}"
        for t in view.topics
    ]


def no_differences(r: EmployerRegion) -> str:
    """What to say for a region without values that differ from the framework."""
    return NOT_STARTED if r.region.adoption == "not_started" else ALL_FRAMEWORK


def applied(v: EmployerValue) -> str:
    """The value that applies; for the employer's own agreement also what the region alone
    gives: `6 maanden (regio: 12 maanden)`."""
    from samenwerking_cli.render.compare_labels import value

    lv = v.layered
    text = value(lv.parameter, lv.value)
    if lv.source == "employer" and lv.region_value is not None:
        text += f" (regio: {value(lv.parameter, lv.region_value)})"
    return text
