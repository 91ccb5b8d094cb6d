"""The harmonisation index, per region, per topic, per parameter and nationally.

Region index = 100 x parameters at baseline / all framework parameters. Topic, parameter and
national indices pool the (region, parameter) pairs of participating regions: regions with
`adoption: not_started` are shown with that status and left out of those indices.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from samenwerking_cli.domain.model import Framework, Parameter, Region, Topic, Value
from samenwerking_cli.engine.compare import DeviationResult, Effect, deviations
from samenwerking_cli.engine.resolve import ResolvedRegion, resolve

# A parameter is a consensus candidate when at least this many regions deviate from it and
# at least this share of them chose the same other value: the framework may be the outlier.
CONSENSUS_MIN_REGIONS = 3
CONSENSUS_MIN_SHARE = 2 / 3


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


@dataclass(frozen=True, slots=True)
class RegionScore:
    region: Region
    resolved: ResolvedRegion
    deviations: tuple[DeviationResult, ...]
    index: float | None  # None for regions that have not started
    rank: int | None  # 1 = most aligned; shared ranks for equal indices; None when not started
    by_topic: dict[str, EffectCounts]

    @property
    def participating(self) -> bool:
        return self.region.adoption != "not_started"


@dataclass(frozen=True, slots=True)
class TopicScore:
    topic: Topic
    index: float | None
    deviations: EffectCounts
    regions_deviating: int


@dataclass(frozen=True, slots=True)
class ParameterScore:
    parameter: Parameter
    index: float | None
    deviating: tuple[tuple[Region, DeviationResult], ...]  # participating regions only
    distribution: tuple[tuple[Value, int], ...]  # value -> regions, most common first
    consensus: Value | None  # the shared other value, for a consensus candidate
    effects: EffectCounts = field(default_factory=EffectCounts)


@dataclass(frozen=True, slots=True)
class Overview:
    framework: Framework
    as_of: date
    regions: tuple[RegionScore, ...]
    topics: tuple[TopicScore, ...]
    parameters: tuple[ParameterScore, ...]
    national_index: float | None

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
    return RegionScore(region, resolved, devs, index, None, by_topic)


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
    consensus: Value | None = None
    if len(deviating) >= CONSENSUS_MIN_REGIONS:
        shared = Counter(_key(d.value) for _, d in deviating).most_common(1)[0]
        if shared[1] >= CONSENSUS_MIN_SHARE * len(deviating):
            consensus = first[shared[0]]
    return ParameterScore(
        parameter=param,
        index=_index(len(scores) - len(deviating), len(scores)),
        deviating=tuple(deviating),
        distribution=distribution,
        consensus=consensus,
        effects=EffectCounts.of([d.effect for _, d in deviating]),
    )


def _ranked(scores: list[RegionScore]) -> list[RegionScore]:
    """Competition ranking by index (1, 2, 2, 4); regions that have not started get no rank."""
    ordered = sorted((s.index for s in scores if s.index is not None), reverse=True)
    out = []
    for s in scores:
        rank = ordered.index(s.index) + 1 if s.index is not None else None
        out.append(RegionScore(s.region, s.resolved, s.deviations, s.index, rank, s.by_topic))
    return out


def overview(framework: Framework, regions: list[Region], as_of: date) -> Overview:
    """Score every region of `framework` (others are ignored) as of a date."""
    scores = _ranked(
        [score_region(r, framework, as_of) for r in regions if r.framework == framework.id]
    )
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
            )
        )
    deviating_pairs = sum(len(s.deviations) for s in taking_part)
    pairs = n_params * len(taking_part)
    return Overview(
        framework=framework,
        as_of=as_of,
        regions=tuple(scores),
        topics=tuple(topics),
        parameters=tuple(_parameter_score(p, taking_part) for p in framework.parameters),
        national_index=_index(pairs - deviating_pairs, pairs),
    )
