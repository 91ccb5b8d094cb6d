"""`employer` and `where` go on without invalid region files, as compare, show and report do:
the valid part is shown, every invalid file is named (in the output and with its findings on
stderr) and the run exits 1. An employer with a site in a left-out region, or a municipality
that only a left-out region may list, stops with those files' findings.

tests/fixtures/employer-partial: noord (valid, Harlingen), kapot.yaml (invalid, Kapotdorp),
visser (a site in Harlingen) and kapotbouw (a site in Kapotdorp, so invalid itself).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import TESTS

ROOT = TESTS / "fixtures" / "employer-partial"
KAPOT = str(ROOT / "regions" / "kapot.yaml")
KAPOTBOUW = str(ROOT / "employers" / "kapotbouw.yaml")
AS_OF = ("--as-of", "2025-01-01")


@pytest.mark.parametrize(
    "command",
    [("employer",), ("employer", "visser"), ("where", "Harlingen")],
    ids=["employer", "employer-visser", "where"],
)
@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_the_valid_part_is_shown_and_every_invalid_file_named(
    cli: Any, command: tuple[str, ...], fmt: str
) -> None:
    day = AS_OF if command[0] == "employer" else ()
    result = cli(*command, "--root", str(ROOT), *day, "-f", fmt)
    assert result.exit_code == 1, result.stdout + result.stderr
    assert ("Visserij Visser" in result.stdout) or ("noord" in result.stdout.casefold())
    for file in (KAPOT, KAPOTBOUW):
        assert file in result.stderr  # with the findings, as compare does
        if fmt != "csv":
            assert file in result.stdout.replace("\n", "")  # and in the output itself
    assert "unknown key `colour`" in result.stderr
    assert "Traceback" not in result.stderr


def test_json_names_the_excluded_files_under_the_key_compare_uses(cli: Any) -> None:
    listed = cli("employer", "--root", str(ROOT), *AS_OF, "-f", "json")
    data = json.loads(listed.stdout)
    assert data["excluded_files"] == [KAPOTBOUW, KAPOT]
    assert [e["employer"] for e in data["employers"]] == ["visser"]
    compared = cli("compare", "--root", str(ROOT), *AS_OF, "-f", "json").json()
    assert compared["excluded_files"] == data["excluded_files"]
    found = cli("where", "Harlingen", "--root", str(ROOT), "-f", "json").json()
    assert found["excluded_files"] == data["excluded_files"]
    assert [r["region"] for r in found["regions"]] == ["noord"]


def test_all_valid_keeps_the_shapes_and_exits_0(cli: Any) -> None:
    root = TESTS / "fixtures" / "employers"
    result = cli("employer", "bakker", "--root", str(root), *AS_OF, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["excluded_files"] == []  # the same shape, nothing left out
    where = cli("where", "Harlingen", "--root", str(root))
    assert where.exit_code == 0 and where.stderr == ""


def test_an_employer_with_a_site_in_a_left_out_region_shows_the_findings(cli: Any) -> None:
    result = cli("employer", "kapotbouw", "--root", str(ROOT), *AS_OF)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert KAPOTBOUW in result.stderr and "unknown-municipality" in result.stderr


def test_a_municipality_only_a_left_out_region_lists_shows_its_findings(cli: Any) -> None:
    result = cli("where", "Kapotdorp", "--root", str(ROOT))
    assert result.exit_code == 1
    assert KAPOT in result.stderr and "unknown key `colour`" in result.stderr
    assert "unknown municipality" not in result.stderr


def test_an_unknown_municipality_is_still_a_usage_error_when_all_is_valid(cli: Any) -> None:
    root = TESTS / "fixtures" / "employers"
    result = cli("where", "Nergenshuizen", "--root", str(root))
    assert result.exit_code == 2


@pytest.mark.dutch
def test_the_where_line_says_what_was_not_searched_in_dutch(cli: Any) -> None:
    result = cli("where", "Harlingen", "--root", str(ROOT), "-f", "markdown")
    assert "Niet doorzocht, want ongeldig (2):" in result.stdout
    assert "Niet doorzocht, want ongeldig (2):" in result.stderr  # the same words on stderr


def test_an_invalid_framework_still_stops_employer_and_where(cli: Any) -> None:
    root = TESTS / "fixtures" / "partial_framework"
    for command in (("employer",), ("where", "Ergens")):
        result = cli(*command, "--root", str(root))
        assert result.exit_code == 1 and result.stdout == ""


def test_where_says_what_it_did_not_search(cli: Any) -> None:
    """`where` has no figures: its stderr names the files it did not search, in those words."""
    result = cli("where", "Harlingen", "--root", str(ROOT))
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    assert first.startswith("Not searched, because they are invalid (2):") and KAPOT in first
