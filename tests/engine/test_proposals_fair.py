"""Fair proposals on tests/fixtures/proposals: seven regions, four parameters.

duur: een, twee, drie chose 3 (favourable), vier 1 (unfavourable), vijf, zes, zeven follow (2).
tarief: een..vier chose 95 (favourable), vijf 80 (unfavourable), zes and zeven follow (90).
uitkering: een false (unfavourable). naam (no preference): twee "Gemeente" (neutral).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from conftest import TESTS

from samenwerking_cli.domain.model import Framework, Region, Value
from samenwerking_cli.engine.proposals import Move, proposals
from samenwerking_cli.engine.scoring import Overview, overview
from samenwerking_cli.workspace.load import load_valid

REPO = TESTS / "fixtures" / "proposals"
AS_OF = date(2025, 1, 1)


def _load() -> tuple[Framework, dict[str, Region]]:
    ws = load_valid(REPO, AS_OF)
    return ws.frameworks["eerlijk"], dict(ws.regions)


def _ov(framework: Framework | None = None, regions: dict[str, Region] | None = None) -> Overview:
    fw, rs = _load()
    return overview(framework or fw, list((regions or rs).values()), AS_OF)


def _apply(move: Move) -> Overview:
    """The overview after `move` is carried out."""
    fw, regions = _load()
    if move.kind == "framework":
        assert move.parameter is not None and move.value is not None
        pid, new = move.parameter.id, move.value
        topics = tuple(
            replace(
                t,
                parameters=tuple(
                    replace(p, baseline=new) if p.id == pid else p for p in t.parameters
                ),
            )
            for t in fw.topics
        )
        # the regions that followed the old framework value keep it: now a deviation
        _with(
            regions,
            pid,
            move.parameter.baseline,
            [r for r in regions if pid not in regions[r].deviations],
        )
        return _ov(replace(fw, topics=topics), regions)
    changed = dict(regions)
    for region_id, param_id in move.changes:
        r = changed[region_id]
        changed[region_id] = replace(
            r, deviations={k: d for k, d in r.deviations.items() if k != param_id}
        )
    return _ov(fw, changed)


def test_no_proposal_drops_a_favourable_deviation() -> None:
    ov = _ov()
    effects = {(s.region.id, d.parameter.id): d.effect for s in ov.regions for d in s.deviations}
    moves = proposals(ov)
    assert moves
    touched = [pair for m in moves for pair in m.changes]
    assert touched  # the fixture has moves that change region values
    assert all(effects[pair] != "favourable" for pair in touched)
    # drie deviates only favourably: no region move for drie, no parameter move asks it anything
    assert not any(m.kind == "region" and m.region and m.region.id == "drie" for m in moves)


def test_a_framework_candidate_needs_support_among_all_regions() -> None:
    params = {p.parameter.id: p for p in _ov().parameters}
    # 3 of the 4 deviating regions chose 3, but 3 regions follow the framework: not more
    assert params["proef.duur"].consensus is None
    # 4 regions chose 95 against 2 that follow the framework: candidate
    assert params["proef.tarief"].consensus == 95.0
    framework_moves = [m for m in proposals(_ov()) if m.kind == "framework"]
    assert [(m.name, m.value, m.support, m.following) for m in framework_moves] == [
        ("Uurtarief jobcoach", 95.0, 4, 2)
    ]
    assert framework_moves[0].reason == "framework_favourable"


def test_one_more_follower_removes_the_candidate() -> None:
    fw, regions = _load()
    # een gives up 95: now 3 at 95 against 3 following
    een = regions["een"]
    regions["een"] = replace(
        een, deviations={k: d for k, d in een.deviations.items() if k != "proef.tarief"}
    )
    assert {p.parameter.id: p.consensus for p in _ov(fw, regions).parameters}[
        "proef.tarief"
    ] is None


def _with(regions: dict[str, Region], param: str, value: Value, ids: list[str]) -> None:
    template = regions["een"].deviations["proef.uitkering"]
    for rid in ids:
        r = regions[rid]
        regions[rid] = replace(
            r, deviations={**r.deviations, param: replace(template, parameter=param, value=value)}
        )


def test_an_unfavourable_majority_is_no_framework_candidate() -> None:
    fw, regions = _load()
    _with(regions, "proef.uitkering", False, ["twee", "drie", "vier", "vijf"])  # 5 of 7
    ov = _ov(fw, regions)
    assert {p.parameter.id: p.consensus for p in ov.parameters}["proef.uitkering"] is None
    moves = proposals(ov)
    assert not any(m.kind == "framework" and m.name == "Uitkering loopt door" for m in moves)
    uitkering = next(m for m in moves if m.kind == "parameter" and m.name == "Uitkering loopt door")
    assert uitkering.pairs == 5 and uitkering.reason == "parameter_unfavourable"


def test_proposals_and_their_reasons() -> None:
    got = [(m.kind, m.name, m.pairs, m.reason) for m in proposals(_ov())]
    assert got == [
        ("framework", "Uurtarief jobcoach", 2, "framework_favourable"),
        ("region", "Een", 1, "region_unfavourable"),
        ("region", "Vier", 1, "region_unfavourable"),
        ("region", "Vijf", 1, "region_unfavourable"),
        ("parameter", "Maximale duur proefplaatsing", 1, "parameter_unfavourable"),
        ("parameter", "Uitkering loopt door", 1, "parameter_unfavourable"),
        ("parameter", "Uurtarief jobcoach", 1, "parameter_unfavourable"),
        ("region", "Twee", 1, "region_neutral"),
        ("parameter", "Vast aanspreekpunt", 1, "parameter_neutral"),
    ]


@pytest.mark.parametrize("index", range(9))
def test_each_move_changes_both_measures_by_its_stated_gains(index: int) -> None:
    before = _ov()
    move = proposals(before)[index]
    after = _apply(move)
    assert before.national_index is not None and after.national_index is not None
    assert after.national_index - before.national_index == pytest.approx(move.gain, abs=1e-9)
    b0, b1 = before.national_balance.value, after.national_balance.value
    assert b0 is not None and b1 is not None and move.balance_gain is not None
    assert b1 - b0 == pytest.approx(move.balance_gain, abs=1e-9)


def test_framework_move_states_its_cost_to_the_balance() -> None:
    move = next(m for m in proposals(_ov()) if m.kind == "framework")
    # 3 comparable parameters x 7 regions; before: 4 favourable, 1 unfavourable at tarief;
    # after: vijf (80) and zes, zeven (90) fall short of 95
    assert move.balance_gain == pytest.approx(100 * (-3 - 3) / 21)
