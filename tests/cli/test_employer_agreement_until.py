"""An employer's agreement may end (`until`, the last day it applies): from the day after, what
the region gives holds again, in every view; validate checks the date like a region's `until`."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from conftest import REPO_DIR, TESTS

ROOT = TESTS / "fixtures" / "employer-agreement-ends"


def _tarief(cli: Any, as_of: str) -> dict[str, Any]:
    result = cli("employer", "tijdelijk", "--root", str(ROOT), "--as-of", as_of, "-f", "json")
    assert result.exit_code == 0, result.stderr
    (noord,) = result.json()["regions"]
    return {v["parameter"]: v for v in noord["values"]}["proef.tarief"]


def test_the_agreement_applies_up_to_and_including_its_last_day(cli: Any) -> None:
    last_day = _tarief(cli, "2025-12-31")
    assert (last_day["source"], last_day["value"], last_day["until"]) == (
        "employer",
        80.0,
        "2025-12-31",
    )
    assert last_day["region_value"] == 95.0


def test_after_its_last_day_the_region_applies_again(cli: Any) -> None:
    after = _tarief(cli, "2026-01-01")
    assert (after["source"], after["value"], after["until"]) == ("region", 95.0, None)


def test_before_it_starts_the_region_applies(cli: Any) -> None:
    assert _tarief(cli, "2024-12-31")["source"] == "region"


def test_the_employer_balance_follows_the_end(cli: Any) -> None:
    def balance(as_of: str) -> float:
        args = ("employer", "tijdelijk", "--root", str(ROOT), "--as-of", as_of, "-f", "json")
        return float(cli(*args).json()["balance"])

    assert balance("2025-06-01") > balance("2026-06-01")


def test_csv_has_until_as_its_last_column(cli: Any) -> None:
    args = ("employer", "tijdelijk", "--root", str(ROOT), "--as-of", "2025-06-01", "-f", "csv")
    out = cli(*args).stdout.lstrip("\ufeff")
    (row,) = csv.DictReader(io.StringIO(out), delimiter=";")
    assert list(row)[-2:] == ["region_value", "until"]
    assert row["until"] == "2025-12-31"


@pytest.mark.dutch
def test_the_table_says_until_when_in_dutch(cli: Any) -> None:
    args = ("employer", "tijdelijk", "--root", str(ROOT), "--as-of", "2025-06-01", "-f", "markdown")
    assert "(tot en met 31 december 2025)" in cli(*args).stdout


def test_compare_employer_counts_the_agreement_only_while_it_applies(cli: Any) -> None:
    def index_and_balance(as_of: str) -> tuple[Any, Any]:
        args = ("compare", "--employer", "tijdelijk", "--root", str(ROOT), "--as-of", as_of)
        own = cli(*args, "-f", "json").json()["employer"]
        return own["index"], own["balance"]

    assert index_and_balance("2025-06-01") != index_and_balance("2026-06-01")


def test_validate_accepts_the_fixture(cli: Any) -> None:
    result = cli("validate", "--root", str(ROOT), "--as-of", "2025-06-01", "--strict")
    assert result.exit_code == 0, result.stdout


def test_the_editor_schema_and_the_docs_know_until_for_agreements() -> None:
    schema = json.loads((REPO_DIR / "schemas" / "employer.schema.json").read_text("utf-8"))
    agreements = schema["properties"]["agreements"]
    assert '"until"' in json.dumps(agreements)
    docs = (REPO_DIR / "docs" / "format.md").read_text("utf-8")
    section = docs[docs.index("An agreement (*maatwerkafspraak*)") :]
    assert "| `until` | no | the last day the agreement applies" in section
