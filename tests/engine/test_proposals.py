"""Harmonisation proposals: which moves, in which order, and their exact gain in index points."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from conftest import TESTS

from samenwerking_cli.domain.model import Region
from samenwerking_cli.engine.proposals import Move, proposals
from samenwerking_cli.engine.scoring import Overview, overview
from samenwerking_cli.workspace.load import load_valid, pick_framework

HOSTILE = TESTS / "fixtures" / "report" / "hostile"
AS_OF = date(2025, 1, 1)


def _overview(change: dict[str, Region] | None = None) -> Overview:
    ws = load_valid(HOSTILE, AS_OF)
    regions = {**ws.regions, **(change or {})}
    return overview(pick_framework(ws, None), list(regions.values()), AS_OF)


def _summary(moves: tuple[Move, ...]) -> list[tuple[str, int, str]]:
    return [(m.kind, m.pairs, m.name) for m in moves]


def test_moves_largest_gain_first_with_gains_over_all_pairs() -> None:
    moves = proposals(_overview())
    # 4 regions take part x 9 parameters = 36 pairs. Every deviation in this fixture is
    # favourable for employers (3 months, a higher tariff; epsilon's benefit change is not yet
    # in force), so no region or parameter move asks a region to give one up; the framework
    # move stays: 3 regions chose 3 months against 1 that follows the framework.
    assert _summary(moves) == [("framework", 2, "Maximale duur proefplaatsing")]
    assert [m.gain for m in moves] == [100.0 * m.pairs / 36 for m in moves]
    assert moves[0].value == 3


def test_a_region_move_raises_the_index_by_its_gain() -> None:
    # Give Delta an unfavourable deviation (a benefit that stops) next to its favourable one.
    ws = load_valid(HOSTILE, AS_OF)
    delta = next(r for r in ws.regions.values() if r.name == "Delta")
    extra = replace(delta.deviations["proef.duur"], parameter="proef.uitkering", value=False)
    changed = replace(delta, deviations={**delta.deviations, "proef.uitkering": extra})
    before = _overview({delta.id: changed})
    move = next(m for m in proposals(before) if m.kind == "region")
    assert (move.name, move.pairs, move.changes) == ("Delta", 1, ((delta.id, "proef.uitkering"),))
    kept = {k: d for k, d in changed.deviations.items() if k != "proef.uitkering"}
    after = _overview({delta.id: replace(changed, deviations=kept)})
    assert before.national_index is not None and after.national_index is not None
    assert after.national_index - before.national_index == pytest.approx(move.gain, abs=1e-9)


def test_shown_regions_limit_region_and_parameter_moves_not_framework_moves() -> None:
    ws = load_valid(HOSTILE, AS_OF)
    delta = next(r.id for r in ws.regions.values() if r.name == "Delta")
    moves = proposals(_overview(), shown={delta})
    assert _summary(moves) == [
        ("framework", 2, "Maximale duur proefplaatsing"),  # national: all regions count
    ]
    assert moves[0].gain == 100.0 * 2 / 36
