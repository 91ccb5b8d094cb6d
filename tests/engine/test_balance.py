"""The employer balance on the tiny fixture repo, computed by hand as the scoring module documents.

Comparable parameters (deviable, with `employer_prefers`): proef.duur, proef.tarief,
proef.uitkering, proef.periode and extra.uren (5). alpha: duur 3 favourable, tarief 92.50
unfavourable, periode jaar neutral (neither is kwartaal), uren 12.5 unfavourable; bewijs and fiets
have no preference. beta: tarief and uitkering unfavourable, periode kwartaal favourable (duur
only from 2025-06-01). gamma: no deviations. delta: not started.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import TESTS
from hypothesis import given
from hypothesis import strategies as st

from samenwerking_cli.engine.scoring import Overview, employer_balance, overview
from samenwerking_cli.workspace.load import load_valid

REPO = TESTS / "fixtures" / "compare" / "repo"


@pytest.fixture(scope="module")
def ov() -> Overview:
    ws = load_valid(REPO, date(2025, 1, 1))
    return overview(ws.frameworks["tiny"], list(ws.regions.values()), date(2025, 1, 1))


def test_region_balance_counts_favourable_against_unfavourable(ov: Overview) -> None:
    got = {
        s.region.id: (s.balance.favourable, s.balance.unfavourable, s.balance.neutral)
        for s in ov.regions
    }
    assert got["alpha"] == (1, 2, 1)
    assert got["beta"] == (1, 2, 0)
    assert got["gamma"] == (0, 0, 0)
    values = {s.region.id: s.balance_value for s in ov.regions}
    assert values["alpha"] == pytest.approx(100 * (1 - 2) / 5)
    assert values["beta"] == pytest.approx(100 * (1 - 2) / 5)
    assert values["gamma"] == 0.0  # no deviations: even, and the index says 100
    assert values["delta"] is None  # not started: no balance, like no index


def test_balance_has_its_own_rank(ov: Overview) -> None:
    ranks = {s.region.id: (s.rank, s.balance_rank) for s in ov.regions}
    assert ranks == {
        "alpha": (3, 2),
        "beta": (2, 2),
        "gamma": (1, 1),
        "delta": (None, None),
    }


def test_topic_parameter_and_national_balance(ov: Overview) -> None:
    topics = {t.topic.id: t.balance for t in ov.topics}
    # proef: 4 comparable parameters x 3 participating regions; 2 favourable, 3 unfavourable
    assert topics["proef"].comparable == 12
    assert topics["proef"].value == pytest.approx(100 * (2 - 3) / 12)
    # extra: only uren is comparable; alpha's 12.5 is unfavourable
    assert topics["extra"].value == pytest.approx(100 * -1 / 3)
    params = {p.parameter.id: p.balance for p in ov.parameters}
    assert params["proef.tarief"].value == pytest.approx(100 * -2 / 3)
    # beta kwartaal favourable, alpha jaar neutral: it weighs 0 but stays in the denominator
    assert params["proef.periode"].value == pytest.approx(100 * 1 / 3)
    assert params["proef.aanspreekpunt"].value is None  # no employer preference: no balance
    assert params["extra.fiets"].value is None
    national = ov.national_balance
    assert (national.favourable, national.unfavourable, national.comparable) == (2, 4, 15)
    assert national.value == pytest.approx(100 * (2 - 4) / 15)


@given(st.integers(0, 50), st.integers(0, 50), st.integers(0, 50))
def test_balance_is_bounded_and_symmetric(fav: int, unfav: int, rest: int) -> None:
    pairs = fav + unfav + rest
    value = employer_balance(fav, unfav, pairs)
    if pairs == 0:
        assert value is None
        return
    assert value is not None
    assert -100.0 <= value <= 100.0
    assert employer_balance(unfav, fav, pairs) == pytest.approx(-value)
