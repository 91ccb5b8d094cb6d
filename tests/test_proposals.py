"""Harmonisation proposals: which moves, in which order, and their exact gain in index points."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from samenwerking_cli.domain.model import Region
from samenwerking_cli.engine.proposals import Move, proposals
from samenwerking_cli.engine.scoring import Overview, overview
from samenwerking_cli.workspace.load import load_valid, pick_framework

HOSTILE = Path(__file__).parent / "fixtures" / "report" / "hostile"
AS_OF = date(2025, 1, 1)


def _overview(change: dict[str, Region] | None = None) -> Overview:
    ws = load_valid(HOSTILE, AS_OF)
    regions = {**ws.regions, **(change or {})}
    return overview(pick_framework(ws, None), list(regions.values()), AS_OF)


def _summary(moves: tuple[Move, ...]) -> list[tuple[str, int, str]]:
    return [(m.kind, m.pairs, m.name) for m in moves]


def test_moves_largest_gain_first_with_gains_over_all_pairs() -> None:
    moves = proposals(_overview())
    # 4 regions take part x 9 parameters = 36 pairs
    assert _summary(moves) == [
        ("parameter", 3, "Maximale duur proefplaatsing"),
        ("region", 2, 'Alpha <script>alert(1)</script>" onmouseover="alert(2)'),
        ("framework", 2, "Maximale duur proefplaatsing"),
        ("region", 1, "Delta"),
        ("region", 1, "Epsilon"),
        ("parameter", 1, "Uurtarief jobcoach"),
    ]
    assert [m.gain for m in moves] == [100.0 * m.pairs / 36 for m in moves]
    assert moves[2].value == 3


@pytest.mark.parametrize("index", [0, 1, 3, 4, 5])
def test_a_region_or_parameter_move_raises_the_index_by_its_gain(index: int) -> None:
    before = _overview()
    move = proposals(before)[index]
    changed: dict[str, Region] = {}
    for rs in before.participating:
        region = rs.region
        if move.kind == "region" and move.region is not None and region.id == move.region.id:
            changed[region.id] = replace(region, deviations={})
        elif move.kind == "parameter" and move.parameter is not None:
            kept = {k: d for k, d in region.deviations.items() if k != move.parameter.id}
            changed[region.id] = replace(region, deviations=kept)
    after = _overview(changed)
    assert before.national_index is not None and after.national_index is not None
    assert after.national_index - before.national_index == pytest.approx(move.gain, abs=1e-9)


def test_shown_regions_limit_region_and_parameter_moves_not_framework_moves() -> None:
    ws = load_valid(HOSTILE, AS_OF)
    delta = next(r.id for r in ws.regions.values() if r.name == "Delta")
    moves = proposals(_overview(), shown={delta})
    assert _summary(moves) == [
        ("framework", 2, "Maximale duur proefplaatsing"),  # national: all regions count
        ("region", 1, "Delta"),
        ("parameter", 1, "Maximale duur proefplaatsing"),  # only Delta's deviation
    ]
    assert moves[0].gain == 100.0 * 2 / 36
