"""When a date has passed, in the domain's terms."""

from __future__ import annotations

from datetime import date


def overdue(due: date | None, as_of: date) -> bool:
    """A review or follow-up date is overdue once it lies before the peildatum `as_of`; on the
    day itself it is not yet. No date: never overdue."""
    return due is not None and due < as_of
