"""compare --employer: every format carries the employer's own figures (index, balance, the
national ones beside them, per topic and per region), not only the table and Markdown."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from conftest import TESTS

ROOT = TESTS / "fixtures" / "employers"
AS_OF = "2025-01-01"
ARGS = ("compare", "--employer", "bakker", "--root", str(ROOT), "--as-of", AS_OF)


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))


def _number(cell: str) -> float | None:
    return None if cell == "" else float(cell.replace(",", "."))


def test_json_has_the_national_figures_beside_the_employers(cli: Any) -> None:
    data = cli(*ARGS, "-f", "json").json()
    own = data["employer"]
    assert own["national_index"] == data["national_index"]
    assert own["national_balance"] == data["national_balance"]
    assert own["employees"] == sum(r["employees"] for r in own["regions"])
    national = {t["topic"]: t["index"] for t in data["topics"]}
    for t in own["topics"]:
        assert t["national_index"] == national[t["topic"]]
        assert t["title"]


def test_csv_has_the_employers_rows_with_the_same_figures_as_json(cli: Any) -> None:
    own = cli(*ARGS, "-f", "json").json()["employer"]
    result = cli(*ARGS, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    rows = [r for r in _rows(result.stdout) if r["section"] == "werkgever"]
    whole = {r["parameter"]: r for r in rows if r["region"] == "" and r["topic"] == ""}
    assert whole["index"]["name"] == own["name"]
    assert _number(whole["index"]["value"]) == pytest.approx(own["index"], abs=0.01)
    assert _number(whole["index"]["baseline"]) == pytest.approx(own["national_index"], abs=0.01)
    assert _number(whole["balance"]["value"]) == pytest.approx(own["balance"], abs=0.01)
    assert _number(whole["balance"]["baseline"]) == pytest.approx(own["national_balance"], abs=0.01)
    assert whole["employees"]["value"] == str(own["employees"])
    assert whole["index"]["rationale"] == "weighted by target-group employees"
    topics = [r for r in rows if r["topic"]]
    assert [t["topic"] for t in topics] == [t["topic"] for t in own["topics"]]
    for row, t in zip(topics, own["topics"], strict=True):
        assert _number(row["value"]) == pytest.approx(t["index"], abs=0.01)
        assert _number(row["baseline"]) == pytest.approx(t["national_index"], abs=0.01)
    per_region = {(r["region"], r["parameter"]): r["value"] for r in rows if r["region"]}
    for r in own["regions"]:
        assert _number(per_region[r["region"], "weight"]) == pytest.approx(r["weight"], abs=0.01)
        assert per_region[r["region"], "employees"] == str(r["employees"])
        for measure in ("index", "balance"):
            if r[measure] is None:
                assert per_region[r["region"], measure] == ""
            else:
                assert _number(per_region[r["region"], measure]) == pytest.approx(
                    r[measure], abs=0.01
                )
    # the employer's rows come last, after the deviations
    sections = [r["section"] for r in _rows(result.stdout)]
    assert sections[-len(rows) :] == ["werkgever"] * len(rows)
    # a negative figure is a number for Excel, not text guarded against a formula
    assert not any(v.startswith("'") for row in rows for v in row.values())


def test_the_csv_columns_stay_the_same_with_employer(cli: Any) -> None:
    plain = cli("compare", "--root", str(ROOT), "--as-of", AS_OF, "-f", "csv").stdout
    own = cli(*ARGS, "-f", "csv").stdout
    assert own.splitlines()[0] == plain.splitlines()[0]
    assert all(r["section"] != "werkgever" for r in _rows(plain))


def test_the_readme_documents_the_employers_rows() -> None:
    readme = (TESTS.parent / "README.md").read_text(encoding="utf-8")
    assert "`werkgever` rows" in readme


def test_the_workbook_has_the_employer_balance_too(cli: Any, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "bakker.xlsx"
    assert cli(*ARGS, "-f", "xlsx", "-o", str(out)).exit_code == 0
    own = cli(*ARGS, "-f", "json").json()["employer"]
    sheet = openpyxl.load_workbook(out)["Employer"]
    header = [c.value for c in sheet[1]]
    assert header[4:] == [
        "Employer balance Bakkerij Bol",
        "Employer balance, national",
        "Weighting",
    ]
    last = [c.value for c in sheet[sheet.max_row]]
    assert last[4] == pytest.approx(own["balance"], abs=0.01)
    assert last[5] == pytest.approx(own["national_balance"], abs=0.01)
    assert last[6] == "weighted by target-group employees"
