"""Compare, show, contacts and diff as JSON: the stable shapes documented in the README."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from samenwerking_cli.domain.model import Contact
from samenwerking_cli.engine.changes import DomainDiff
from samenwerking_cli.engine.compare import DeviationResult
from samenwerking_cli.engine.contacts import Directory
from samenwerking_cli.engine.proposals import Move
from samenwerking_cli.engine.views import AgainstView, CompareView, ShowView
from samenwerking_cli.render import measure_labels
from samenwerking_cli.render.compare_labels import note


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def deviation(dev: DeviationResult) -> dict[str, Any]:
    p = dev.parameter
    out: dict[str, Any] = {
        "parameter": p.id,
        "title": p.title,
        "topic": p.topic,
        "baseline": dev.baseline,
        "value": dev.value,
    }
    if dev.delta is not None:
        out["delta"] = dev.delta
    if p.type == "list":
        out["added"] = list(dev.added)
        out["removed"] = list(dev.removed)
    out.update(
        effect=dev.effect,
        rationale=dev.rationale,
        since=_day(dev.since),
        review_by=_day(dev.review_by),
    )
    return out


def compare(view: CompareView, canvas: object = None) -> str:
    ov = view.overview
    data: dict[str, Any] = {
        "framework": {"id": ov.framework.id, "version": ov.framework.version},
        "as_of": ov.as_of.isoformat(),
        # a subset (--topic/--parameter): both national figures are about the subset only
        "subset": list(view.subset),
        "national_index": ov.national_index,
        "national_balance": ov.national_balance.value,
        "topics": [
            {
                "topic": t.topic.id,
                "title": t.topic.title,
                "index": t.index,
                "balance": t.balance.value,
                "favourable": t.deviations.favourable,
                "unfavourable": t.deviations.unfavourable,
                "neutral": t.deviations.neutral,
            }
            for t in ov.topics
        ],
        "regions": [
            {
                "region": s.region.id,
                "name": s.region.name,
                "code": s.region.code,
                "adoption": s.region.adoption,
                "index": s.index,
                "rank": s.rank,
                "balance": s.balance_value,
                "balance_rank": s.balance_rank,
                "deviations": [deviation(d) for d in s.deviations],
            }
            for s in view.regions
        ],
    }
    if len(view.selected) >= 2:
        data["differences"] = [
            {
                "parameter": d.parameter.id,
                "title": d.parameter.title,
                "baseline": d.baseline,
                "values": dict(d.values),
            }
            for d in view.differences
        ]
    if view.proposals is not None:
        data["proposals"] = [proposal(m) for m in view.proposals]
    data["excluded_files"] = list(view.excluded)
    if view.employer is not None:
        e = view.employer
        data["employer"] = {
            "employer": e.employer.id,
            "name": e.employer.name,
            "weighting": e.weighting,
            "index": e.index,
            "balance": e.balance,
            "topics": [
                {"topic": t.topic, "title": t.title, "index": t.index, "national_index": t.national}
                for t in e.topics
            ],
            "regions": [
                {
                    "region": r.region.id,
                    "weight": r.weight,
                    "employees": r.employees,
                    "index": r.index,
                    "balance": r.balance.value if r.balance is not None else None,
                }
                for r in e.regions
            ],
            # added after the keys above; the national figures the employer's stand next to
            "employees": e.employees,
            "national_index": e.national_index,
            "national_balance": e.national_balance,
        }
    return _dump(data)


def proposal(move: Move) -> dict[str, Any]:
    """One proposal: what, how many pairs, its effect on both measures and why (Dutch)."""
    return {
        "kind": move.kind,
        "region": move.region.id if move.region is not None else None,
        "parameter": move.parameter.id if move.parameter is not None else None,
        "value": move.value,
        "pairs": move.pairs,
        "index_gain": move.gain,
        "balance_gain": move.balance_gain,
        "reason_code": move.reason,
        "reason": measure_labels.reason(move),
    }


def against(view: AgainstView, canvas: object = None) -> str:
    return _dump(
        {
            "left": view.left.region.id,
            "right": view.right.region.id,
            "differences": [
                {
                    "parameter": d.parameter.id,
                    "title": d.parameter.title,
                    "baseline": d.baseline,
                    "left": d.values[0][1],
                    "right": d.values[1][1],
                }
                for d in view.differences
            ],
        }
    )


def show(view: ShowView, canvas: object = None) -> str:
    r = view.resolved
    return _dump(
        {
            "region": r.region.id,
            "framework": r.framework.id,
            "parameters": [
                {
                    "parameter": v.parameter.id,
                    "title": v.parameter.title,
                    "value": v.value,
                    "baseline": v.parameter.baseline,
                    "source": v.source,
                }
                for v in r.values
            ],
            "subset": list(view.subset),
            "excluded_files": list(view.excluded),
        }
    )


def _contact(c: Contact, view: Directory | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "role": c.role,
        "organisation": c.organisation,
        "name": c.name,
        "email": c.email,
        "phone": c.phone,
        "topics": list(c.topics) if c.topics is not None else None,
    }
    # The same keys for every contact (a stable shape): null without a `verified` date.
    dated = view is not None and c.verified is not None
    out.update(
        verified=c.verified.isoformat() if c.verified is not None else None,
        age_months=view.age(c) if view is not None else None,
        stale=view.stale(c) if dated and view is not None else None,
    )
    return out


def contacts(view: Directory, canvas: object = None) -> str:
    return _dump(
        {
            "framework": view.framework.id,
            "regions": [
                {
                    "region": rc.region.id,
                    "name": rc.region.name,
                    "contacts": [_contact(c, view) for c in rc.contacts],
                    "missing_topics": [t.id for t in rc.missing],
                    "general_topics": [t.id for t in rc.general],
                }
                for rc in view.regions
            ],
            "excluded_files": list(view.excluded),
        }
    )


def missing(view: Directory, canvas: object = None) -> str:
    return _dump(
        {
            "framework": view.framework.id,
            "missing": [
                {"region": r.id, "name": r.name, "topic": t.id, "title": t.title}
                for r, t in view.gaps
            ],
            "general": [
                {"region": rc.region.id, "name": rc.region.name, "topic": t.id, "title": t.title}
                for rc, t in view.general
            ],
            "excluded_files": list(view.excluded),
        }
    )


def diff(view: DomainDiff, canvas: object = None) -> str:
    return _dump(
        {
            "kind": view.kind,
            "id": view.id,
            "old": view.old_file,
            "new": view.new_file,
            "equal": view.equal,
            "changes": [
                {
                    "change": c.kind,
                    "about": c.about,
                    "id": c.id,
                    "title": c.title,
                    "field": c.field,
                    "old": c.old,
                    "new": c.new,
                    "note": note(c),
                }
                for c in view.changes
            ],
        }
    )
