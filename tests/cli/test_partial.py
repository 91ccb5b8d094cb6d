"""Partial results: invalid region files are left out and named; an invalid framework stops.

tests/fixtures/partial: the tiny framework, alpha and gamma (valid), kapot.yaml and
ook-kapot.yaml (invalid). tests/fixtures/partial_framework: an invalid framework, one region.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import TESTS
from conftest import run as cli_run

FIXTURES = TESTS / "fixtures"
PARTIAL = str(FIXTURES / "partial")
BAD_FRAMEWORK = str(FIXTURES / "partial_framework")
KAPOT = str(FIXTURES / "partial" / "regions" / "kapot.yaml")
OOK_KAPOT = str(FIXTURES / "partial" / "regions" / "ook-kapot.yaml")
FORMATS = ("table", "json", "csv", "markdown")


def run(*args: str) -> tuple[int, str, str]:
    return cli_run(*args, width=250)


@pytest.mark.parametrize(
    "command", [("compare",), ("compare", "alpha"), ("show", "alpha"), ("contacts",)]
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_valid_regions_are_shown_and_every_invalid_file_named(
    command: tuple[str, ...], fmt: str
) -> None:
    day = () if command[0] == "contacts" else ("--as-of", "2025-01-01")
    code, out, err = run(*command, "--root", PARTIAL, *day, "--format", fmt)
    assert code == 1
    assert "Alpha" in out or "alpha" in out
    for file in (KAPOT, OOK_KAPOT):
        assert file in err  # on standard error, with the findings
        if fmt != "csv" or command[0] == "compare":
            assert file in out  # and in the output itself
    assert "unknown key `colour`" in err


def test_json_names_the_excluded_files_under_a_key() -> None:
    code, out, _ = run("compare", "--root", PARTIAL, "--as-of", "2025-01-01", "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data["excluded_files"] == [KAPOT, OOK_KAPOT]
    assert [r["region"] for r in data["regions"]] == ["alpha", "gamma"]
    # the figures are those of the valid regions: alpha 2 of 8 at baseline, gamma 8 of 8
    assert data["national_index"] == pytest.approx(100 * 10 / 16)


def test_csv_names_the_excluded_files_in_rows_of_their_own() -> None:
    _, out, _ = run("compare", "--root", PARTIAL, "--as-of", "2025-01-01", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(out[1:]), delimiter=";"))
    left_out = [r["title"] for r in table if r["section"] == "ongeldig bestand"]
    assert left_out == [KAPOT, OOK_KAPOT]


def test_all_valid_exits_0_without_an_excluded_line() -> None:
    root = str(FIXTURES / "compare" / "repo")
    code, out, err = run("compare", "--root", root, "--as-of", "2025-01-01", "--format", "json")
    assert code == 0 and json.loads(out)["excluded_files"] == [] and err == ""
    code, out, _ = run("compare", "--root", root, "--as-of", "2025-01-01")
    assert code == 0 and "Niet meegenomen" not in out


@pytest.mark.parametrize("command", [("compare",), ("show", "gamma"), ("contacts",)])
def test_an_invalid_framework_still_stops_the_run(command: tuple[str, ...]) -> None:
    code, out, err = run(*command, "--root", BAD_FRAMEWORK)
    assert code == 1
    assert out == ""
    assert "unknown key `kleur`" in err


def test_a_region_in_an_invalid_file_gets_that_files_findings() -> None:
    code, out, err = run("show", "kapot", "--root", PARTIAL)
    assert code == 1 and out == ""
    assert "unknown key `colour`" in err and KAPOT in err
    assert "ook-kapot" not in err  # only the file asked for
    code, _, err = run("show", "kaptot", "--root", PARTIAL)  # a typo stays a usage error
    assert code == 2 and "unknown region `kaptot`" in err


def test_report_shows_a_banner_and_exits_1() -> None:
    code, out, err = run(
        "report", "--root", PARTIAL, "--as-of", "2025-01-01", "--format", "markdown", "-o", "-"
    )
    assert code == 1
    assert KAPOT in err and OOK_KAPOT in err
    banner = out[: out.index("Alpha")]  # before the first region figure
    assert "regions/kapot.yaml" in banner and "regions/ook-kapot.yaml" in banner
