"""A deviation that a dated national change makes equal to the national value, on the day the
change starts and with no file changed, is a date warning (`became-equal`): --strict leaves it
out, --strict-dates counts it. A deviation that is equal by its own writing stays
`equal-to-baseline`, a warning --strict counts."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import TESTS

ROOT = TESTS / "fixtures" / "became_equal"


def _validate(cli: Any, region: str, day: str, *extra: str) -> Any:
    path = str(ROOT / "regions" / f"{region}.yaml")
    return cli("validate", "--root", str(ROOT), "--as-of", day, *extra, path)


def _codes(cli: Any, region: str, day: str) -> list[str]:
    data = _validate(cli, region, day, "-f", "json").json()
    return [f["code"] for f in data["findings"]]


def _exits(cli: Any, region: str, day: str) -> tuple[int, int, int]:
    return (
        _validate(cli, region, day).exit_code,
        _validate(cli, region, day, "--strict").exit_code,
        _validate(cli, region, day, "--strict-dates").exit_code,
    )


def test_the_day_a_change_starts(cli: Any) -> None:
    assert _codes(cli, "noord", "2025-12-31") == ["coming-equal"]
    assert _codes(cli, "noord", "2026-01-01") == ["became-equal"]
    assert _exits(cli, "noord", "2025-12-31") == (0, 0, 1)
    assert _exits(cli, "noord", "2026-01-01") == (0, 0, 1)  # no longer failed by --strict


def test_judged_against_the_value_the_day_before(cli: Any) -> None:
    """West's 2200 differed from the 2100 in force since the first change, not only from the
    written 2000; the second change made it equal."""
    assert _codes(cli, "west", "2026-12-31") == ["coming-equal"]
    result = _validate(cli, "west", "2027-01-01")
    assert "became-equal" in result.stdout
    assert "since 2027-01-01 the national value is `2200.00`" in result.stdout
    assert "`until: 2026-12-31`" in result.stdout


@pytest.mark.parametrize(
    ("region", "day"),
    [
        ("oost", "2025-06-01"),  # equal to the written value, before any change
        ("zuid", "2026-06-01"),  # starts (`since`) after the change made the value equal
    ],
)
def test_equal_by_its_own_writing_stays_a_plain_warning(cli: Any, region: str, day: str) -> None:
    assert _codes(cli, region, day) == ["equal-to-baseline"]
    assert _exits(cli, region, day) == (0, 1, 0)


def test_a_real_deviation_after_the_change_has_no_warning(cli: Any) -> None:
    assert _codes(cli, "oost", "2026-01-01") == []


@pytest.mark.dutch
def test_in_dutch(cli: Any) -> None:
    out = _validate(cli, "noord", "2026-01-01").stdout
    assert "became-equal" in out
    assert "sinds 2026-01-01 is de landelijke waarde `5`" in out
