"""Dated national values (`changes:` on a parameter) and deviations that end (`until`): every
command uses the values in force on --as-of, on both sides of a change."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO_DIR, TESTS

from samenwerking_cli.workspace.load import load_valid

ROOT = TESTS / "fixtures" / "dated"
SHIPPED = REPO_DIR


def _compare(cli: Any, as_of: str, root: Path = ROOT) -> dict[str, Any]:
    result = cli("compare", "--root", str(root), "--as-of", as_of, "-f", "json")
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = result.json()
    return data


def _deviations(data: dict[str, Any]) -> dict[str, list[tuple[str, Any, Any, str]]]:
    return {
        r["region"]: [
            (d["parameter"], d["baseline"], d["value"], d["effect"]) for d in r["deviations"]
        ]
        for r in data["regions"]
    }


@pytest.mark.parametrize(
    ("day", "value"),
    [
        ("2025-12-31", 3),  # the last day of the old value
        ("2026-01-01", 5),  # the first day of the new one
        ("2030-06-01", 5),
        ("2023-01-01", 3),  # before any change: the written baseline
    ],
)
def test_value_in_force_on_both_sides_of_a_change(day: str, value: int) -> None:
    ws = load_valid(ROOT, date.fromisoformat(day))
    param = ws.frameworks["dated"].parameter("lkv.max_jaren")
    assert param is not None and param.baseline == value
    assert param.source == ("Nieuwe wet" if value == 5 else "Oude regeling")


def test_latest_change_on_or_before_the_date_wins() -> None:
    amounts = {
        day: load_valid(ROOT, date.fromisoformat(day)).frameworks["dated"].parameter("lkv.bedrag")
        for day in ("2024-12-31", "2025-01-01", "2026-12-31", "2027-01-01")
    }
    assert {d: p.baseline for d, p in amounts.items() if p} == {
        "2024-12-31": 2000.0,
        "2025-01-01": 2100.0,
        "2026-12-31": 2100.0,
        "2027-01-01": 2200.0,
    }


def test_compare_judges_deviations_against_the_value_in_force(cli: Any) -> None:
    before = _compare(cli, "2025-12-31")
    assert _deviations(before) == {
        "noord": [("lkv.max_jaren", 3, 5, "favourable")],
        "west": [("lkv.max_jaren", 3, 4, "favourable")],
        "zuid": [("lkv.max_jaren", 3, 4, "favourable")],
    }
    after = _compare(cli, "2026-01-01")
    # noord now equals the national value; west's deviation ended the day before; zuid turned.
    assert _deviations(after) == {
        "noord": [],
        "west": [],
        "zuid": [("lkv.max_jaren", 5, 4, "unfavourable")],
    }
    assert before["national_index"] < after["national_index"]


def test_show_names_the_value_and_source_in_force(cli: Any) -> None:
    for day, value in (("2025-12-31", 3), ("2026-01-01", 5)):
        result = cli("show", "west", "--root", str(ROOT), "--as-of", day, "-f", "json")
        row = next(p for p in result.json()["parameters"] if p["parameter"] == "lkv.max_jaren")
        assert row["baseline"] == value
        # west deviates to 4 up to and including 2025-12-31
        assert (row["value"], row["source"]) == ((4, "region") if value == 3 else (5, "baseline"))


def test_validate_warns_ahead_of_time_and_not_after(cli: Any) -> None:
    before = cli("validate", "--root", str(ROOT), "--as-of", "2025-06-01", "-f", "json").json()
    codes = sorted((Path(f["file"]).stem, f["code"]) for f in before["findings"])
    assert codes == [("noord", "coming-equal"), ("zuid", "coming-effect-turns")]
    after = cli("validate", "--root", str(ROOT), "--as-of", "2026-06-01", "-f", "json").json()
    codes = sorted((Path(f["file"]).stem, f["code"]) for f in after["findings"])
    assert codes == [("noord", "became-equal")]  # the date made it equal, not the file


def test_coming_warnings_are_date_warnings(cli: Any) -> None:
    """A coming national value warns by the calendar, not by a change to the region's file:
    --strict leaves it out (a pull request is not failed for it), --strict-dates counts it."""

    def run(*extra: str) -> int:
        code: int = cli("validate", "--root", str(ROOT), "--as-of", "2025-06-01", *extra).exit_code
        return code

    assert (run(), run("--strict"), run("--strict-dates")) == (0, 0, 1)
    # after the change, the deviation the change made equal (became-equal) is a date warning
    # too: the day a national value changes must not fail a pull request that touched no file
    after = ("validate", "--root", str(ROOT), "--as-of", "2026-06-01")
    assert cli(*after, "--strict").exit_code == 0
    assert cli(*after, "--strict-dates").exit_code == 1


@pytest.mark.dutch
def test_report_lists_announced_changes_and_the_regions_they_touch(cli: Any) -> None:
    result = cli(
        "report", "--root", str(ROOT), "--as-of", "2025-06-01", "-f", "markdown", "-o", "-"
    )
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert "## Aangekondigde wijzigingen van landelijke waarden" in text
    assert (
        "| 1 januari 2026 | Maximale duur | 3 jaar | **5 jaar** | Nieuwe wet | Noord, Zuid |"
        in text
    )
    assert "| 1 januari 2027 | Bedrag per jaar |" in text
    later = cli("report", "--root", str(ROOT), "--as-of", "2027-06-01", "-f", "markdown", "-o", "-")
    assert "Aangekondigde wijzigingen" not in later.stdout


def test_shipped_framework_models_the_loonkostenvoordeel_change(cli: Any) -> None:
    pid = "landelijke_regelingen.loonkostenvoordeel_duur"
    values = {}
    for day in ("2025-12-31", "2026-01-01"):
        result = cli(
            "show", "foodvalley", "--root", str(SHIPPED), "--as-of", day, "-p", pid, "-f", "json"
        )
        assert result.exit_code == 0, result.stderr
        values[day] = result.json()["parameters"][0]["baseline"]
    assert values == {"2025-12-31": "max-3-jaar", "2026-01-01": "onbeperkt"}
    ws = load_valid(SHIPPED, date(2026, 1, 1))
    param = ws.frameworks["dnz-werkafspraken"].parameter(pid)
    assert param is not None and param.source and "36449" in param.source
    assert [c.start for c in param.changes] == [date(2026, 1, 1)]


def test_diff_shows_a_changed_list_of_dated_values(cli: Any, tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    text = (ROOT / "frameworks" / "dated.yaml").read_text(encoding="utf-8")
    old.write_text(text, encoding="utf-8")
    new.write_text(text.replace("baseline: 5\n", "baseline: 6\n"), encoding="utf-8")
    result = cli("diff", str(old), str(new), "-f", "json")
    assert result.exit_code == 1
    changes = json.loads(result.stdout)["changes"]
    assert [(c["id"], c["field"]) for c in changes] == [("lkv.max_jaren", "changes")]
    assert changes[0]["new"][0] == {"from": "2026-01-01", "baseline": 6, "source": "Nieuwe wet"}
