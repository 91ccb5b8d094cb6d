"""Semantic rules for a region document against its framework: the region family's codes, and
the check that runs its rules (deviations in region_deviations, dates in region_dates)."""

from __future__ import annotations

from datetime import date
from typing import Any

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import Framework
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.loading.document import Document
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.validation import (
    contacts,
    parameters,
    region_dates,
    region_deviations,
    relations,
    reviews,
    topics,
    values,
    which_framework,
)
from samenwerking_cli.validation.identity import SLUG, check_id

# Codes that employers raise too are declared beside their shared rule and listed here, in the
# order the README, the SARIF rules and the help have always shown them.
# The region's deviations against its framework ...
CODES: dict[str, str] = {
    **which_framework.CODES,
    "framework-version": N_("The region was written for another version of the framework."),
    **parameters.CODES,
    "equal-to-baseline": N_("A deviation equal to the national value: it hides future changes."),
    **topics.CODES,
}
# ... and its own contents: contacts, provinces, reviews and follow-ups.
CONTENT_CODES: dict[str, str] = {
    **contacts.CODES,
    "province-twice": N_("Both `province` and `provinces` are given."),
    **reviews.CODES,
    "follow-up-overdue": N_("An open follow-up is past its due date."),
}
# ... and the employers its follow-ups name (checked once employers are kept).
EMPLOYER_CODES: dict[str, str] = {
    "unknown-employer": N_("A region's follow-up names an employer that is not in `employers/`."),
}
# ... and its dated values: when a deviation ends, and national values announced for later.
DATED_CODES: dict[str, str] = {
    "until-before-since": N_("A deviation ends (`until`) before it starts (`since`)."),
    "coming-equal": N_("An announced national value will equal this deviation."),
    "coming-effect-turns": N_("An announced national value turns this deviation's effect around."),
    "became-equal": N_(
        "A dated national value has made this deviation equal to the national value."
    ),
}


def expected(data: dict[str, Any], frameworks: dict[str, Framework]) -> Any:
    """Expected type at a path, knowing that a deviation's `value` takes its parameter's type."""
    from samenwerking_cli.validation.schema import expected_type

    framework = frameworks.get(str(data.get("framework")))

    def at(path: Path_) -> str | None:
        if len(path) >= 3 and path[0] == "deviations" and path[2] == "value":
            param = framework.parameter(str(path[1])) if framework else None
            return parameters.value_type(param, len(path) > 3)
        return expected_type("region", path)

    return at


def check(
    doc: Document,
    frameworks: dict[str, Framework],
    as_of: date,
    broken: set[str],
    skip: frozenset[Path_] = frozenset(),
    stale_after: int = relations.STALE_AFTER_MONTHS,
    employers: frozenset[str] | None = None,
) -> list[Finding]:
    """Rules for a region; values at `skip` were refused as ambiguous already.

    `employers`: the ids of the employer files, for follow-ups that name one (None: not checked,
    for a region read on its own).
    """
    data = doc.data
    out = check_id(doc, "region")
    if "province" in data and "provinces" in data:
        out.append(
            doc.finding(
                ("provinces",),
                "province-twice",
                _("both `province` and `provinces` are given"),
                _("keep `provinces` (a list) and remove `province`"),
                key=True,
            )
        )
    framework = _framework(doc, frameworks, broken, out)
    out.extend(contacts.contact_findings(doc, framework))
    if framework is not None:
        out.extend(region_deviations.check(doc, framework, skip, as_of))
    out.extend(region_dates.check(doc, as_of, framework))
    out.extend(relations.follow_ups(doc, as_of))
    out.extend(relations.contacts(doc, as_of, stale_after))
    additions = data.get("additions")
    if framework is not None and isinstance(additions, list):
        for i, item in enumerate(additions):
            topic = item.get("topic") if isinstance(item, dict) else None
            if isinstance(topic, str) and framework.topic(topic) is None:
                out.append(topics.unknown_topic(doc, ("additions", i, "topic"), topic, framework))
    if employers is not None:
        out.extend(_follow_up_employers(doc, employers))
    return out


def _follow_up_employers(doc: Document, employers: frozenset[str]) -> list[Finding]:
    out: list[Finding] = []
    follow_ups = doc.data.get("follow_ups")
    if not isinstance(follow_ups, list):
        return out
    for i, item in enumerate(follow_ups):
        eid = item.get("employer") if isinstance(item, dict) else None
        if isinstance(eid, str) and SLUG.fullmatch(eid) and eid not in employers:
            maybe = values.did_you_mean(eid, employers)
            known = ", ".join(sorted(employers)) or _("none")
            out.append(
                doc.finding(
                    ("follow_ups", i, "employer"),
                    "unknown-employer",
                    _("the employer `{id}` is not in employers/ (known: {known})").format(
                        id=eid, known=known
                    ),
                    maybe or _("add the employer file, or correct the id"),
                )
            )
    return out


def _framework(
    doc: Document, frameworks: dict[str, Framework], broken: set[str], out: list[Finding]
) -> Framework | None:
    fid = doc.data.get("framework")
    if not isinstance(fid, str) or fid in broken:
        return None  # a broken framework reports its own errors
    framework = frameworks.get(fid)
    if framework is None:
        out.append(which_framework.unknown_framework(doc, fid, frameworks))
        return None
    version = doc.data.get("framework_version")
    if isinstance(version, str) and version != framework.version:
        out.append(
            doc.finding(
                ("framework_version",),
                "framework-version",
                _(
                    "this region was written for version {old} of `{id}`; the framework is "
                    "now at version {new}"
                ).format(old=values.quote(version), id=fid, new=values.quote(framework.version)),
                _(
                    'check the region against the new version, then set `framework_version: "{new}"`'
                ).format(new=framework.version),
                severity="warning",
            )
        )
    return framework
