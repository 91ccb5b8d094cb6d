"""Who to call in each region for each topic, and the region/topic pairs nobody covers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from samenwerking_cli.domain.model import Contact, Framework, Region, Topic


def needs_contact(topic: Topic) -> bool:
    """The one rule for contact gaps, in every output: a topic needs a contact when a region can
    deviate on it; a topic of national law only (no deviable parameter) is never a gap."""
    return any(p.deviable for p in topic.parameters)


@dataclass(frozen=True, slots=True)
class Coverage:
    topic: Topic
    contacts: tuple[Contact, ...]


@dataclass(frozen=True, slots=True)
class RegionContacts:
    region: Region
    contacts: tuple[Contact, ...]  # those covering at least one of the topics asked about
    coverage: tuple[Coverage, ...]  # in the framework's topic order

    @property
    def missing(self) -> tuple[Topic, ...]:
        return tuple(c.topic for c in self.coverage if not c.contacts and needs_contact(c.topic))


@dataclass(frozen=True, slots=True)
class Directory:
    framework: Framework
    regions: tuple[RegionContacts, ...]
    excluded: tuple[str, ...] = ()  # invalid region files left out

    @property
    def gaps(self) -> tuple[tuple[Region, Topic], ...]:
        return tuple((rc.region, t) for rc in self.regions for t in rc.missing)


def directory(
    framework: Framework, regions: Sequence[Region], excluded: Sequence[str] = ()
) -> Directory:
    """The contact directory over the framework's topics (cut down with selection.restrict)."""
    out = []
    for region in regions:
        if region.framework != framework.id:
            continue
        coverage = tuple(
            Coverage(t, tuple(c for c in region.contacts if c.covers(t.id)))
            for t in framework.topics
        )
        contacts = tuple(
            c for c in region.contacts if any(c.covers(t.id) for t in framework.topics)
        )
        out.append(RegionContacts(region, contacts, coverage))
    return Directory(framework, tuple(out), tuple(excluded))
