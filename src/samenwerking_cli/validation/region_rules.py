"""Semantic rules for a region document against its framework, and building the Region."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from samenwerking_cli.domain.dates import overdue
from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import (
    Framework,
    Parameter,
)
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.domain.values import effect, equal
from samenwerking_cli.loading.document import Document
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.validation import relations, values
from samenwerking_cli.validation.dates import invalid_date, looks_like_date, parse_date
from samenwerking_cli.validation.framework_rules import shown_value
from samenwerking_cli.validation.identity import SLUG, id_mismatch

# The region's deviations against its framework ...
CODES: dict[str, str] = {
    "unknown-framework": N_("The region names a framework that is not in `frameworks/`."),
    "framework-version": N_("The region was written for another version of the framework."),
    "unknown-parameter": N_("A deviation names a parameter the framework does not have."),
    "not-deviable": N_("A deviation on national law that no region can change."),
    "value-invalid": N_(
        "A deviation's value does not fit the parameter's type, bounds or choices."
    ),
    "equal-to-baseline": N_("A deviation equal to the national value: it hides future changes."),
    "unknown-topic": N_("A topic id that the framework does not have."),
}
# ... and its own contents: contacts, provinces, reviews and follow-ups.
CONTENT_CODES: dict[str, str] = {
    "contact-unreachable": N_("A contact has neither an e-mail address nor a phone number."),
    "province-twice": N_("Both `province` and `provinces` are given."),
    "review-overdue": N_("A deviation's review date has passed."),
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
            if param is None:
                return None
            json_type = values.expected_json_type(param.type)
            return "string" if len(path) > 3 and json_type == "array" else json_type
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
    out: list[Finding] = []
    rid = data.get("region")
    if isinstance(rid, str) and rid != doc.path.stem and SLUG.fullmatch(rid):
        out.append(id_mismatch(doc, "region", rid))
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
    out.extend(contact_findings(doc, framework))
    if framework is not None:
        out.extend(_deviations(doc, framework, skip, as_of))
    out.extend(_dates(doc, as_of, framework))
    out.extend(relations.follow_ups(doc, as_of))
    out.extend(relations.contacts(doc, as_of, stale_after))
    additions = data.get("additions")
    if framework is not None and isinstance(additions, list):
        for i, item in enumerate(additions):
            topic = item.get("topic") if isinstance(item, dict) else None
            if isinstance(topic, str) and framework.topic(topic) is None:
                out.append(unknown_topic(doc, ("additions", i, "topic"), topic, framework))
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
        maybe = values.did_you_mean(fid, frameworks)
        known = ", ".join(sorted(frameworks)) or _("none")
        out.append(
            doc.finding(
                ("framework",),
                "unknown-framework",
                _("the framework `{id}` is not in frameworks/ (known: {known})").format(
                    id=fid, known=known
                ),
                maybe or _("add the framework file, or correct the id"),
            )
        )
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


def unknown_topic(doc: Document, path: Path_, topic: str, framework: Framework) -> Finding:
    maybe = values.did_you_mean(topic, [t.id for t in framework.topics])
    return doc.finding(
        path,
        "unknown-topic",
        _("the topic `{topic}` is not in the framework").format(topic=topic),
        maybe or _("use one of: {topics}").format(topics=", ".join(t.id for t in framework.topics)),
    )


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


def _deviations(
    doc: Document, framework: Framework, skip: frozenset[Path_], as_of: date
) -> list[Finding]:
    out: list[Finding] = []
    deviations = doc.data.get("deviations")
    if not isinstance(deviations, dict):
        return out
    ids = [p.id for p in framework.parameters]
    for pid, dev in deviations.items():
        path: Path_ = ("deviations", pid)
        param = framework.parameter(pid)
        if param is None:
            maybe, _moved = parameter_hint(pid, ids)
            out.append(
                doc.finding(
                    path,
                    "unknown-parameter",
                    _("the parameter `{id}` is not in the framework `{framework}`").format(
                        id=pid, framework=framework.id
                    ),
                    maybe or _("check the id with `samenwerking show`"),
                    key=True,
                    about=pid,
                )
            )
            continue
        if not param.deviable:
            out.append(
                doc.finding(
                    path,
                    "not-deviable",
                    _("{id} ({title}) is national law; no region can deviate from it").format(
                        id=pid, title=param.title
                    ),
                    _("remove this deviation"),
                    key=True,
                    about=pid,
                )
            )
            continue
        if not isinstance(dev, dict) or "value" not in dev or (*path, "value") in skip:
            continue
        value = dev["value"]
        shown = shown_value(doc, (*path, "value"), value)
        problems = values.problems(param, value, shown)
        for message, hint in problems:
            out.append(
                doc.finding(
                    (*path, "value"),
                    "value-invalid",
                    _("{id} ({title}): {message}").format(
                        id=pid, title=param.title, message=message
                    ),
                    hint,
                    about=pid,
                )
            )
        if not problems:
            out.extend(_coming(doc, path, param, dev, shown, as_of))
        if not problems and equal(param.type, value, param.baseline):
            out.append(_equal(doc, path, param, dev, shown, as_of))
    return out


def _equal(
    doc: Document, path: Path_, param: Parameter, dev: dict[str, Any], shown: str, as_of: date
) -> Finding:
    """A deviation equal to the national value in force. When a dated change made it so (it
    differed the day before, and it started before the change), the calendar did it, not an
    edit of the file: `became-equal`, a date warning that --strict leaves to --strict-dates."""
    change = param.change_on(as_of)
    since = parse_date(dev.get("since"))
    if (
        change is not None
        and not equal(param.type, dev["value"], param.baseline_before(change))
        and (since is None or since < change.start)
    ):
        return doc.finding(
            (*path, "value"),
            "became-equal",
            _(
                "{id} ({title}): since {day} the national value is {value}, the same as this "
                "deviation, so it is no longer a deviation"
            ).format(id=param.id, title=param.title, day=change.start.isoformat(), value=shown),
            _("end the deviation with `until: {day}` (the day before), or remove it").format(
                day=(change.start - timedelta(days=1)).isoformat()
            ),
            severity="warning",
            about=param.id,
        )
    return doc.finding(
        (*path, "value"),
        "equal-to-baseline",
        _(
            "{id} ({title}): {value} is the same as the national value, so this is not a deviation"
        ).format(id=param.id, title=param.title, value=shown),
        _("remove the deviation; it would hide a later change of the national value"),
        severity="warning",
        about=param.id,
    )


_TURNS = frozenset({"favourable", "unfavourable"})


def _coming(
    doc: Document, path: Path_, param: Parameter, dev: dict[str, Any], shown: str, as_of: date
) -> list[Finding]:
    """Tell a region ahead of time when an announced national value makes its deviation equal
    to the national value, or turns its effect for employers around."""
    out: list[Finding] = []
    until = parse_date(dev.get("until"))
    value, before = dev["value"], param.baseline
    for change in param.coming(as_of):
        if until is not None and until < change.start:
            break  # the deviation has ended by then
        day = change.start.isoformat()
        new = values.quote(values.written(change.baseline))
        if equal(param.type, value, change.baseline):
            out.append(
                doc.finding(
                    (*path, "value"),
                    "coming-equal",
                    _(
                        "{id} ({title}): from {day} the national value becomes {new}, "
                        "the same as this deviation ({shown})"
                    ).format(id=param.id, title=param.title, day=day, new=new, shown=shown),
                    _(
                        "end the deviation the day before with `until`, or remove it on {day}"
                    ).format(day=day),
                    severity="warning",
                    about=param.id,
                )
            )
        else:
            then, later = (
                effect(param, before, value),
                effect(param, change.baseline, value),
            )
            if then in _TURNS and later in _TURNS and then != later:
                out.append(
                    doc.finding(
                        (*path, "value"),
                        "coming-effect-turns",
                        _turns_message(later).format(
                            id=param.id, title=param.title, day=day, new=new, shown=shown
                        ),
                        _(
                            "check the deviation before that date; end it with `until` or agree "
                            "a new value"
                        ),
                        severity="warning",
                        about=param.id,
                    )
                )
        before = change.baseline
    return out


def _turns_message(later: str) -> str:
    """The whole sentence for each direction, so each language words it its own way."""
    if later == "favourable":
        return _(
            "{id} ({title}): from {day} the national value becomes {new}; this deviation "
            "({shown}) is then favourable for employers instead of unfavourable"
        )
    return _(
        "{id} ({title}): from {day} the national value becomes {new}; this deviation "
        "({shown}) is then unfavourable for employers instead of favourable"
    )


def _dates(doc: Document, as_of: date, framework: Framework | None) -> list[Finding]:
    out: list[Finding] = []
    deviations = doc.data.get("deviations")
    if isinstance(deviations, dict):
        for pid, dev in deviations.items():
            if not isinstance(dev, dict):
                continue
            for key in ("since", "review_by", "until"):
                check_date(doc, ("deviations", pid, key), dev.get(key), out)
            since, until = parse_date(dev.get("since")), parse_date(dev.get("until"))
            if since is not None and until is not None and until < since:
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
            review = parse_date(dev.get("review_by"))
            if overdue(review, as_of):
                param = framework.parameter(str(pid)) if framework else None
                name = f"{pid} ({param.title})" if param else pid
                out.append(
                    doc.finding(
                        ("deviations", pid, "review_by"),
                        "review-overdue",
                        _("the review of {name} was due on {date}").format(
                            name=name, date=dev["review_by"]
                        ),
                        _("review the deviation, then set a new `review_by` date"),
                        severity="warning",
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


def check_date(doc: Document, path: Path_, value: Any, out: list[Finding]) -> None:
    if looks_like_date(value) and parse_date(value) is None:
        out.append(invalid_date(doc, path, str(doc.raw(path) or value)))


def parameter_hint(pid: str, ids: list[str]) -> tuple[str | None, bool]:
    """The did-you-mean for an unknown parameter id, for regions and employers alike.

    The same parameter under another topic comes first (`jobcoach.uurtarief` for
    `jobcoaching.uurtarief`); the second value says whether that was the match."""
    moved = [i for i in ids if i.split(".", 1)[1] == pid.split(".")[-1]]
    if moved:
        return _("did you mean `{word}`?").format(word=moved[0]), True
    return values.did_you_mean(pid, ids), False
