"""The comparison engine on a tiny fixture repo: indices computed by hand, effects for every type.

tests/fixtures/compare/repo: framework `tiny` with 8 parameters (6 under `proef`, 2 under
`extra`); alpha deviates on 6, beta on 4 (a fifth from 2025-06-01), gamma on none, delta has
not started.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import TESTS

from samenwerking_cli.cli.selection import worded
from samenwerking_cli.domain.names import NameProblem
from samenwerking_cli.engine.compare import deviation_of, differences
from samenwerking_cli.engine.scoring import Overview, overview
from samenwerking_cli.engine.selection import restrict
from samenwerking_cli.workspace.documents import Workspace
from samenwerking_cli.workspace.load import load_valid

REPO = TESTS / "fixtures" / "compare" / "repo"
AS_OF = date(2025, 1, 1)


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return load_valid(REPO, AS_OF)


def _ov(ws: Workspace, as_of: date = AS_OF) -> Overview:
    return overview(ws.frameworks["tiny"], list(ws.regions.values()), as_of)


def test_region_indices_and_ranks(ws: Workspace) -> None:
    ov = _ov(ws)
    got = {s.region.id: (s.index, s.rank, len(s.deviations)) for s in ov.regions}
    assert got == {
        "alpha": (100 * 2 / 8, 3, 6),
        "beta": (100 * 4 / 8, 2, 4),
        "gamma": (100.0, 1, 0),
        "delta": (None, None, 1),  # not started: shown with its deviation, no index
    }


def test_national_index_pools_participating_regions_only(ws: Workspace) -> None:
    # alpha 6 + beta 4 + gamma 0 deviating pairs of 3 x 8; delta (not started) left out
    assert _ov(ws).national_index == pytest.approx(100 * (24 - 10) / 24)


def test_topic_indices_and_effect_counts(ws: Workspace) -> None:
    topics = {t.topic.id: t for t in _ov(ws).topics}
    proef, extra = topics["proef"], topics["extra"]
    # proef: 6 parameters x 3 regions; alpha 4 + beta 4 deviations
    assert proef.index == pytest.approx(100 * 10 / 18)
    assert (proef.deviations.favourable, proef.deviations.unfavourable) == (2, 3)
    assert proef.deviations.neutral == 3
    assert proef.regions_deviating == 2
    # extra: 2 x 3; alpha's fiets (no preference) and uren (lower than preferred)
    assert extra.index == pytest.approx(100 * 4 / 6)
    assert (extra.deviations.favourable, extra.deviations.unfavourable) == (0, 1)
    assert extra.deviations.neutral == 1


def test_effects_for_every_type(ws: Workspace) -> None:
    ov = _ov(ws)
    alpha = {d.parameter.id: d for d in ov.region("alpha").deviations}  # type: ignore[union-attr]
    beta = {d.parameter.id: d for d in ov.region("beta").deviations}  # type: ignore[union-attr]
    assert alpha["proef.duur"].effect == "favourable"  # integer, higher preferred
    assert alpha["proef.tarief"].effect == "unfavourable"  # money, lower preferred
    assert alpha["extra.uren"].effect == "unfavourable"  # number, higher preferred
    assert alpha["extra.fiets"].effect == "neutral"  # boolean without employer_prefers
    assert alpha["proef.periode"].effect == "neutral"  # choice: neither value preferred
    assert alpha["proef.bewijs"].effect == "neutral"  # list
    assert beta["proef.periode"].effect == "favourable"  # choice: the preferred one
    assert beta["proef.uitkering"].effect == "unfavourable"  # boolean: baseline preferred
    assert beta["proef.aanspreekpunt"].effect == "neutral"  # text


def test_delta_and_list_items(ws: Workspace) -> None:
    alpha = {d.parameter.id: d for d in _ov(ws).region("alpha").deviations}  # type: ignore[union-attr]
    assert alpha["proef.duur"].delta == 1
    assert alpha["proef.tarief"].delta == 2.5
    assert alpha["extra.uren"].delta == -2.5
    assert alpha["proef.periode"].delta is None
    assert alpha["proef.bewijs"].added == ("rooster",)
    assert alpha["proef.bewijs"].removed == ("urenregistratie",)


def test_money_compares_to_the_cent(ws: Workspace) -> None:
    tarief = ws.frameworks["tiny"].parameter("proef.tarief")
    assert tarief is not None
    assert deviation_of(tarief, 90.0) is None
    assert deviation_of(tarief, 90.004) is None
    assert deviation_of(tarief, 90.01) is not None
    ov = _ov(ws)
    # alpha writes 92.50 and beta 92.5: the same amount, so not a difference between them
    pair = [ov.region("alpha").resolved, ov.region("beta").resolved]  # type: ignore[union-attr]
    assert "proef.tarief" not in [d.parameter.id for d in differences(pair)]


def test_lists_compare_as_sets(ws: Workspace) -> None:
    bewijs = ws.frameworks["tiny"].parameter("proef.bewijs")
    assert bewijs is not None
    assert deviation_of(bewijs, ["urenregistratie", "loonstrook"]) is None


def test_as_of_decides_which_deviations_are_in_force(ws: Workspace) -> None:
    before = _ov(ws).region("beta")
    after = _ov(ws, date(2025, 7, 1)).region("beta")
    assert before is not None and after is not None
    assert "proef.duur" not in [d.parameter.id for d in before.deviations]
    assert "proef.duur" in [d.parameter.id for d in after.deviations]
    assert after.index == 100 * 3 / 8
    pending = before.resolved.value("proef.duur")
    assert pending is not None and pending.pending and pending.value == 2


def test_differences_between_regions(ws: Workspace) -> None:
    ov = _ov(ws)
    pair = [ov.region("alpha").resolved, ov.region("gamma").resolved]  # type: ignore[union-attr]
    diffs = {d.parameter.id: d.values for d in differences(pair)}
    assert set(diffs) == {
        "proef.duur",
        "proef.tarief",
        "proef.bewijs",
        "proef.periode",
        "extra.fiets",
        "extra.uren",
    }
    assert diffs["proef.duur"] == (("alpha", 3), ("gamma", 2))


def test_restrict_to_topic_and_parameter(ws: Workspace) -> None:
    fw = restrict(ws.frameworks["tiny"], ["extra"], ["proef.duur"])
    assert [p.id for p in fw.parameters] == ["proef.duur", "extra.fiets", "extra.uren"]
    ov = overview(fw, list(ws.regions.values()), AS_OF)
    assert ov.region("alpha").index == 0.0  # type: ignore[union-attr]
    assert ov.region("beta").index == 100.0  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("topics", "params", "message", "hint"),
    [
        (["proeff"], [], "unknown topic `proeff`", "did you mean `proef`?"),
        ([], ["duur"], "unknown parameter `duur`", "did you mean `proef.duur`?"),
        ([], ["proef.duurr"], "unknown parameter `proef.duurr`", "did you mean `proef.duur`?"),
    ],
)
def test_restrict_refuses_unknown_names(
    ws: Workspace, topics: list[str], params: list[str], message: str, hint: str
) -> None:
    with pytest.raises(NameProblem) as err:
        restrict(ws.frameworks["tiny"], topics, params)
    error = worded(err.value)
    assert error.message == message
    assert error.hint == hint
