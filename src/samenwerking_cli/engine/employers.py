"""The employer's view: per region where it has sites, what applies (framework -> region ->
its own agreement), where that differs from the framework, whom to call, and what is still open.

Figures for the employer (its index, per topic) are averages over its regions, weighted by its
doelgroep employees there when every site gives `employees`, and by its number of sites
otherwise. Only sites open on the peildatum count; while none is open, all do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from samenwerking_cli.domain.model import Employer, FollowUp, Framework, Region, Site
from samenwerking_cli.domain.places import normalise
from samenwerking_cli.domain.values import equal
from samenwerking_cli.engine.compare import DeviationResult, Effect, deviation_of, effect
from samenwerking_cli.engine.contacts import Coverage, directory
from samenwerking_cli.engine.resolve import LayeredValue, resolve_layers
from samenwerking_cli.engine.scoring import Balance, Overview, balance_of, overview

Weighting = Literal["employees", "sites"]


@dataclass(frozen=True, slots=True)
class EmployerValue:
    layered: LayeredValue
    effect: Effect  # for employers, against the framework's value

    @property
    def at_baseline(self) -> bool:
        p = self.layered.parameter
        return equal(p.type, self.layered.value, p.baseline)


@dataclass(frozen=True, slots=True)
class EmployerRegion:
    region: Region
    sites: tuple[Site, ...]
    employees: int | None  # doelgroep employees at its sites, where given
    weight: float  # share of this region in the employer's figures (0 to 1)
    opened: bool  # at least one site is open on the peildatum
    values: tuple[EmployerValue, ...]  # every parameter, in the framework's order
    index: float | None  # 100 x parameters at the national value; None when not started
    contacts: tuple[Coverage, ...]  # whom to call, per topic
    follow_ups: tuple[FollowUp, ...]  # the region's open follow-ups about this employer
    balance: Balance | None = None  # employer balance as it applies here; None when not started
    # The framework the region works with when it is not the employer's: then nothing here is
    # measured against the employer's framework (no values, index or balance).
    other_framework: str | None = None

    @property
    def differing(self) -> tuple[EmployerValue, ...]:
        """The values that do not simply follow the framework."""
        return tuple(v for v in self.values if v.layered.source != "framework")


@dataclass(frozen=True, slots=True)
class TopicFigure:
    topic: str
    title: str
    index: float | None  # the employer's, weighted
    national: float | None


@dataclass(frozen=True, slots=True)
class EmployerView:
    employer: Employer
    framework: Framework
    as_of: date
    regions: tuple[EmployerRegion, ...]
    weighting: Weighting
    index: float | None  # the employer's harmonisation index, weighted
    national_index: float | None
    topics: tuple[TopicFigure, ...]
    balance: float | None = None  # the employer's balance (werkgeverssaldo), weighted
    national_balance: float | None = None

    @property
    def employees(self) -> int | None:
        given = [r.employees for r in self.regions if r.employees is not None]
        return sum(given) if given else None


def is_open(site: Site, as_of: date) -> bool:
    return site.opens is None or site.opens <= as_of


def weighting(employer: Employer) -> Weighting:
    return "employees" if all(s.employees is not None for s in employer.sites) else "sites"


def region_weights(employer: Employer, as_of: date) -> dict[str, float]:
    """Region id -> share in the employer's figures (shares add up to 1)."""
    sites = [s for s in employer.sites if is_open(s, as_of)] or list(employer.sites)
    by_employees = weighting(employer) == "employees"
    raw: dict[str, float] = {r: 0.0 for r in employer.regions}
    for site in sites:
        raw[site.region] += float(site.employees or 0) if by_employees else 1.0
    total = sum(raw.values())
    if total == 0:  # every site has 0 employees: count sites instead
        raw = {r: float(sum(1 for s in sites if s.region == r)) for r in raw}
        total = sum(raw.values())
    return {r: w / total for r, w in raw.items()}


def follow_ups_about(employer: Employer, region: Region) -> tuple[FollowUp, ...]:
    """Open follow-ups that name the employer by id, or by name under `with`."""
    name = normalise(employer.name)
    return tuple(
        f
        for f in region.follow_ups
        if f.status == "open"
        and (f.employer == employer.id or (f.with_ is not None and normalise(f.with_) == name))
    )


def _index(values: Iterable[EmployerValue]) -> float | None:
    items = list(values)
    return 100.0 * sum(v.at_baseline for v in items) / len(items) if items else None


def _weighted(pairs: Sequence[tuple[float, float | None]]) -> float | None:
    used = [(w, i) for w, i in pairs if i is not None and w > 0]
    total = sum(w for w, _ in used)
    return sum(w * i for w, i in used) / total if total else None


def employer_view(
    employer: Employer,
    framework: Framework,
    regions: dict[str, Region],
    as_of: date,
    national_index: float | None = None,
    national_topics: dict[str, float | None] | None = None,
    national_balance: float | None = None,
) -> EmployerView:
    weights = region_weights(employer, as_of)
    out = []
    for rid in employer.regions:
        region = regions[rid]
        other = region.framework if region.framework != framework.id else None
        layered = (
            resolve_layers(framework, region, employer.agreements.get(rid, {}), as_of)
            if other is None
            else ()
        )
        values = tuple(
            EmployerValue(v, effect(v.parameter, v.parameter.baseline, v.value)) for v in layered
        )
        sites = tuple(s for s in employer.sites if s.region == rid)
        # A region under another framework cannot be measured against this one (its deviations
        # name other parameters): no figures, as for a region that has not started, so that it
        # does not count as "all national" in the employer's figures (site-other-framework).
        started = region.adoption != "not_started" and other is None
        devs = [d for v in values if (d := _deviation(v)) is not None]
        given = [s.employees for s in sites if s.employees is not None]
        out.append(
            EmployerRegion(
                region=region,
                sites=sites,
                employees=sum(given) if given else None,
                weight=weights[rid],
                opened=any(is_open(s, as_of) for s in sites),
                values=values,
                index=_index(values) if started else None,
                contacts=directory(framework, [region]).regions[0].coverage
                if other is None
                else (),
                follow_ups=follow_ups_about(employer, region),
                balance=balance_of(framework.parameters, devs, 1) if started else None,
                other_framework=other,
            )
        )
    topics = []
    for topic in framework.topics:
        pairs = [
            (
                r.weight,
                _index(v for v in r.values if v.layered.parameter.topic == topic.id)
                if r.index is not None
                else None,
            )
            for r in out
        ]
        national = (national_topics or {}).get(topic.id)
        topics.append(TopicFigure(topic.id, topic.title, _weighted(pairs), national))
    return EmployerView(
        employer=employer,
        framework=framework,
        as_of=as_of,
        regions=tuple(out),
        weighting=weighting(employer),
        index=_weighted([(r.weight, r.index) for r in out]),
        national_index=national_index,
        topics=tuple(topics),
        balance=_weighted([(r.weight, r.balance.value if r.balance else None) for r in out]),
        national_balance=national_balance,
    )


def _deviation(v: EmployerValue) -> DeviationResult | None:
    """The value as a deviation from the framework, for the balance (None when equal)."""
    lv = v.layered
    return deviation_of(lv.parameter, lv.value, lv.rationale or "", lv.since, lv.review_by)


@dataclass(frozen=True, slots=True)
class EmployerLine:
    """One employer in the list: how many sites, in which regions, how many employees."""

    employer: Employer
    regions: tuple[Region, ...]
    sites: int
    sites_open: int
    employees: int | None


def employer_list(
    employers: Iterable[Employer], regions: dict[str, Region], as_of: date
) -> tuple[EmployerLine, ...]:
    out = []
    for e in sorted(employers, key=lambda e: e.name.casefold()):
        given = [s.employees for s in e.sites if s.employees is not None]
        out.append(
            EmployerLine(
                employer=e,
                regions=tuple(regions[r] for r in e.regions if r in regions),
                sites=len(e.sites),
                sites_open=sum(1 for s in e.sites if is_open(s, as_of)),
                employees=sum(given) if given else None,
            )
        )
    return tuple(out)


def employer_view_for(
    employer: Employer, frameworks: dict[str, Framework], regions: dict[str, Region], as_of: date
) -> EmployerView:
    """The employer's view, with the national figures of its framework beside its own."""
    ov = overview(frameworks[employer.framework], list(regions.values()), as_of)
    return beside_national(employer, ov, regions, as_of)


def beside_national(
    employer: Employer, ov: Overview, regions: dict[str, Region], as_of: date
) -> EmployerView:
    """The employer's view against the framework of `ov`, with that overview's national
    figures beside its own."""
    return employer_view(
        employer,
        ov.framework,
        regions,
        as_of,
        ov.national_index,
        {t.topic.id: t.index for t in ov.topics},
        ov.national_balance.value,
    )
