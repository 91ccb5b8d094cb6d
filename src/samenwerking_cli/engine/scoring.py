"""Two measures, per region, per topic, per parameter and nationally.

Harmonisation index = 100 x parameters at baseline / all framework parameters: how much of the
framework a region follows. Topic, parameter and national indices pool the (region, parameter)
pairs of participating regions: regions with `adoption: not_started` are shown with that status
and left out of both measures.

Employer balance = 100 x (favourable - unfavourable deviations) / comparable pairs, from -100 to
+100: whether a region's deviations work for or against employers. A pair is comparable when the
parameter is deviable and says what employers prefer (`employer_prefers`); a pair at the
framework value, or a neutral deviation (e.g. one choice swapped for another neither of which
employers prefer), counts as 0. Parameters without a preference (text, lists) have no balance
(None). 0 means "as many favourable as unfavourable deviations", not "no deviations": read it
next to the index. See `Balance`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from samenwerking_cli.domain.model import Framework, Parameter, Region, Topic, Value
from samenwerking_cli.domain.values import equal
from samenwerking_cli.engine.compare import DeviationResult, Effect, deviations, effect
from samenwerking_cli.engine.resolve import ResolvedRegion, resolve

# A parameter is a framework candidate ("consensus") when one other value is held by at least
# this many participating regions AND by more of them than hold the framework value (every
# region counts, also those that follow the framework), and that value is not worse for
# employers than the framework's. Then the framework, not the regions, may be the outlier.
CONSENSUS_MIN_REGIONS = 3


def _index(at_baseline: int, total: int) -> float | None:
    return 100.0 * at_baseline / total if total else None


@dataclass(frozen=True, slots=True)
class EffectCounts:
    favourable: int = 0
    unfavourable: int = 0
    neutral: int = 0

    @property
    def total(self) -> int:
        return self.favourable + self.unfavourable + self.neutral

    @staticmethod
    def of(effects: list[Effect]) -> EffectCounts:
        c = Counter(effects)
        return EffectCounts(c["favourable"], c["unfavourable"], c["neutral"])


def comparable(param: Parameter) -> bool:
    """Whether a deviation on `param` can be judged better or worse for an employer."""
    return param.deviable and param.employer_prefers is not None


@dataclass(frozen=True, slots=True)
class Balance:
    """The employer balance over a set of (region, parameter) pairs.

    `value` = 100 x (favourable - unfavourable) / comparable, so -100 (every comparable pair
    deviates unfavourably) .. 0 (even, or no deviations) .. +100 (every pair favourable); None
    when no pair is comparable. `neutral` counts deviations on comparable parameters that are
    neither; they weigh 0 but stay in the denominator.
    """

    favourable: int = 0
    unfavourable: int = 0
    neutral: int = 0
    comparable: int = 0  # comparable (region, parameter) pairs: the denominator

    @property
    def value(self) -> float | None:
        return employer_balance(self.favourable, self.unfavourable, self.comparable)

    def __add__(self, other: Balance) -> Balance:
        return Balance(
            self.favourable + other.favourable,
            self.unfavourable + other.unfavourable,
            self.neutral + other.neutral,
            self.comparable + other.comparable,
        )


def employer_balance(favourable: int, unfavourable: int, comparable: int) -> float | None:
    """100 x (favourable - unfavourable) / comparable pairs, in -100..+100; None without pairs."""
    return 100.0 * (favourable - unfavourable) / comparable if comparable else None


def balance_of(
    params: Iterable[Parameter], devs: Iterable[DeviationResult], regions: int
) -> Balance:
    """The balance of `regions` regions over `params`, given those regions' deviations."""
    counted = {p.id for p in params if comparable(p)}
    c = Counter(d.effect for d in devs if d.parameter.id in counted)
    return Balance(c["favourable"], c["unfavourable"], c["neutral"], len(counted) * regions)


@dataclass(frozen=True, slots=True)
class RegionScore:
    region: Region
    resolved: ResolvedRegion
    deviations: tuple[DeviationResult, ...]
    index: float | None  # None for regions that have not started
    rank: (
        int | None
    )  # by index: 1 = most aligned; shared ranks for equal indices; None when not started
    by_topic: dict[str, EffectCounts]
    balance: Balance = field(default_factory=Balance)  # employer balance; value None if not started
    balance_rank: int | None = None  # by balance: 1 = most favourable for employers

    @property
    def balance_value(self) -> float | None:
        return self.balance.value if self.participating else None

    @property
    def participating(self) -> bool:
        return self.region.adoption != "not_started"


@dataclass(frozen=True, slots=True)
class TopicScore:
    topic: Topic
    index: float | None
    deviations: EffectCounts
    regions_deviating: int
    balance: Balance = field(default_factory=Balance)


@dataclass(frozen=True, slots=True)
class ParameterScore:
    parameter: Parameter
    index: float | None
    deviating: tuple[tuple[Region, DeviationResult], ...]  # participating regions only
    distribution: tuple[tuple[Value, int], ...]  # value -> regions, most common first
    consensus: Value | None  # the shared other value, for a consensus candidate
    effects: EffectCounts = field(default_factory=EffectCounts)
    balance: Balance = field(default_factory=Balance)


@dataclass(frozen=True, slots=True)
class Overview:
    framework: Framework
    as_of: date
    regions: tuple[RegionScore, ...]
    topics: tuple[TopicScore, ...]
    parameters: tuple[ParameterScore, ...]
    national_index: float | None
    national_balance: Balance = field(default_factory=Balance)

    @property
    def participating(self) -> tuple[RegionScore, ...]:
        return tuple(r for r in self.regions if r.participating)

    def region(self, region_id: str) -> RegionScore | None:
        return next((r for r in self.regions if r.region.id == region_id), None)


def score_region(region: Region, framework: Framework, as_of: date) -> RegionScore:
    resolved = resolve(region, framework, as_of)
    devs = tuple(deviations(resolved))
    total = len(framework.parameters)
    index = _index(total - len(devs), total) if region.adoption != "not_started" else None
    by_topic = {
        t.id: EffectCounts.of([d.effect for d in devs if d.parameter.topic == t.id])
        for t in framework.topics
    }
    balance = balance_of(framework.parameters, devs, 1 if region.adoption != "not_started" else 0)
    return RegionScore(region, resolved, devs, index, None, by_topic, balance)


def _key(value: Value) -> object:
    return tuple(sorted(value)) if isinstance(value, list) else (type(value).__name__, value)


def _parameter_score(param: Parameter, scores: list[RegionScore]) -> ParameterScore:
    deviating = []
    counts: Counter[object] = Counter()
    first: dict[object, Value] = {}
    for rs in scores:
        rv = rs.resolved.value(param.id)
        assert rv is not None
        k = _key(rv.value)
        counts[k] += 1
        first.setdefault(k, rv.value)
        dev = next((d for d in rs.deviations if d.parameter.id == param.id), None)
        if dev is not None:
            deviating.append((rs.region, dev))
    distribution = tuple((first[k], n) for k, n in counts.most_common())
    return ParameterScore(
        parameter=param,
        index=_index(len(scores) - len(deviating), len(scores)),
        deviating=tuple(deviating),
        distribution=distribution,
        consensus=_candidate(param, distribution),
        effects=EffectCounts.of([d.effect for _, d in deviating]),
        balance=balance_of([param], (d for _, d in deviating), len(scores)),
    )


def _candidate(param: Parameter, distribution: tuple[tuple[Value, int], ...]) -> Value | None:
    """The value the framework could take over (see CONSENSUS_MIN_REGIONS), or None."""
    following = sum(n for v, n in distribution if equal(param.type, v, param.baseline))
    for value, n in distribution:  # most common first
        if equal(param.type, value, param.baseline):
            continue
        if n < CONSENSUS_MIN_REGIONS or n <= following:
            return None
        if effect(param, param.baseline, value) == "unfavourable":
            return None
        return value
    return None


def _competition(values: list[float | None]) -> list[int | None]:
    """Competition ranks, highest first (1, 2, 2, 4); None stays unranked."""
    ordered = sorted((v for v in values if v is not None), reverse=True)
    return [ordered.index(v) + 1 if v is not None else None for v in values]


def _ranked(scores: list[RegionScore]) -> list[RegionScore]:
    """Rank by index and, separately, by employer balance; regions not started get no rank."""
    ranks = _competition([s.index for s in scores])
    balance_ranks = _competition([s.balance_value for s in scores])
    return [
        replace(s, rank=rank, balance_rank=b_rank)
        for s, rank, b_rank in zip(scores, ranks, balance_ranks, strict=True)
    ]


def overview(
    framework: Framework,
    regions: list[Region],
    as_of: date,
    score: Callable[[Region, Framework, date], RegionScore] = score_region,
    *,
    parameters: bool = True,
) -> Overview:
    """Score every region of `framework` (others are ignored) as of a date. `score` may be a
    memo of score_region, for callers that score the same region many times (history), and
    parameters=False leaves out the per-parameter scores, which the indices do not need."""
    scores = _ranked([score(r, framework, as_of) for r in regions if r.framework == framework.id])
    taking_part = [s for s in scores if s.participating]
    n_params = len(framework.parameters)
    topics = []
    for topic in framework.topics:
        size = len(topic.parameters)
        devs = [d for s in taking_part for d in s.deviations if d.parameter.topic == topic.id]
        topics.append(
            TopicScore(
                topic=topic,
                index=_index(size * len(taking_part) - len(devs), size * len(taking_part)),
                deviations=EffectCounts.of([d.effect for d in devs]),
                regions_deviating=sum(1 for s in taking_part if s.by_topic[topic.id].total),
                balance=balance_of(topic.parameters, devs, len(taking_part)),
            )
        )
    deviating_pairs = sum(len(s.deviations) for s in taking_part)
    pairs = n_params * len(taking_part)
    return Overview(
        framework=framework,
        as_of=as_of,
        regions=tuple(scores),
        topics=tuple(topics),
        parameters=tuple(_parameter_score(p, taking_part) for p in framework.parameters)
        if parameters
        else (),
        national_index=_index(pairs - deviating_pairs, pairs),
        national_balance=sum((s.balance for s in taking_part), Balance()),
    )
