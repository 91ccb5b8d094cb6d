"""Who to call in each region for each topic, and the region/topic pairs nobody covers.

A contact with `topics` is the one to call for those topics. A contact without `topics` is the
region's general contact: it serves every topic that has no contact of its own, so such a
topic is covered (by the general contact), not a gap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from samenwerking_cli.domain.model import (
    Contact,
    Framework,
    Region,
    Topic,
    is_stale,
    months_between,
)

STALE_AFTER_MONTHS = 12


def needs_contact(topic: Topic) -> bool:
    """The one rule for contact gaps, in every output: a topic needs a contact when a region can
    deviate on it; a topic of national law only (no deviable parameter) is never a gap."""
    return any(p.deviable for p in topic.parameters)


@dataclass(frozen=True, slots=True)
class Coverage:
    topic: Topic
    contacts: tuple[Contact, ...]
    general: bool = False  # served by the region's general contact(s), not by one of its own


@dataclass(frozen=True, slots=True)
class RegionContacts:
    region: Region
    contacts: tuple[Contact, ...]  # those serving at least one of the topics asked about
    coverage: tuple[Coverage, ...]  # in the framework's topic order

    @property
    def missing(self) -> tuple[Topic, ...]:
        return tuple(c.topic for c in self.coverage if not c.contacts and needs_contact(c.topic))

    @property
    def general(self) -> tuple[Topic, ...]:
        """Topics served only by a general contact (that need a contact at all)."""
        return tuple(c.topic for c in self.coverage if c.general and needs_contact(c.topic))

    def coverage_of(self, topic: Topic) -> Coverage:
        return next(c for c in self.coverage if c.topic.id == topic.id)

    def serves(self, contact: Contact) -> tuple[Topic, ...]:
        return tuple(c.topic for c in self.coverage if contact in c.contacts)


@dataclass(frozen=True, slots=True)
class Directory:
    framework: Framework
    regions: tuple[RegionContacts, ...]
    excluded: tuple[str, ...] = ()  # invalid region files left out
    as_of: date = date.min
    stale_after: int = STALE_AFTER_MONTHS

    @property
    def gaps(self) -> tuple[tuple[Region, Topic], ...]:
        return tuple((rc.region, t) for rc in self.regions for t in rc.missing)

    @property
    def general(self) -> tuple[tuple[RegionContacts, Topic], ...]:
        return tuple((rc, t) for rc in self.regions for t in rc.general)

    def age(self, contact: Contact) -> int | None:
        """Months since the contact was last confirmed, on the peildatum; None: never."""
        if contact.verified is None:
            return None
        return months_between(contact.verified, self.as_of)

    def stale(self, contact: Contact) -> bool:
        return contact.verified is not None and is_stale(
            contact.verified, self.as_of, self.stale_after
        )


def coverage(region: Region, topic: Topic) -> Coverage:
    own = tuple(c for c in region.contacts if c.topics is not None and topic.id in c.topics)
    if own:
        return Coverage(topic, own)
    general = tuple(c for c in region.contacts if c.general)
    return Coverage(topic, general, general=bool(general))


def directory(
    framework: Framework,
    regions: Sequence[Region],
    excluded: Sequence[str] = (),
    *,
    as_of: date | None = None,
    stale_after: int = STALE_AFTER_MONTHS,
) -> Directory:
    """The contact directory over the framework's topics (cut down with selection.restrict)."""
    out = []
    for region in regions:
        if region.framework != framework.id:
            continue
        cover = tuple(coverage(region, t) for t in framework.topics)
        serving = {id(c) for cv in cover for c in cv.contacts}
        # A general contact stays listed even when every topic has a contact of its own.
        contacts = tuple(c for c in region.contacts if id(c) in serving or c.general)
        out.append(RegionContacts(region, contacts, cover))
    return Directory(framework, tuple(out), tuple(excluded), as_of or date.today(), stale_after)
