"""Terminal tables at 80 columns: headers and parameter ids are never broken mid-word."""

from __future__ import annotations

import io

import pytest
from conftest import REPO_DIR, TESTS, invoke
from rich.console import Console
from rich.text import Text

from samenwerking_cli.render.views.layout import Column, Sheet

SHIPPED = REPO_DIR  # the embedded default data: frameworks/ and regions/
FIXTURES = TESTS / "fixtures" / "compare"
AS_OF = "2026-11-23"


def run(*args: str, width: int = 80) -> str:
    result = invoke(*args, env={"COLUMNS": str(width), "NO_COLOR": "1"}, catch_exceptions=False)
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def header_words(out: str) -> list[list[str]]:
    """The words in the header rows of each table, as printed (a split word shows as two)."""
    tables, current, inside = [], [], False
    for line in out.splitlines():
        if line.startswith("┏"):
            current, inside = [], True
        elif line.startswith("┡"):
            tables.append(current)
            inside = False
        elif inside:
            current += [w for cell in line.split("┃") for w in cell.split()]
    return tables


def assert_fits(out: str, headers: list[str], width: int = 80) -> None:
    assert all(len(line) <= width for line in out.splitlines()), out
    words = {w for h in headers for w in h.split()}
    found = header_words(out)
    assert found, out
    for table in found:
        assert set(table) <= words, f"a header word was split: {sorted(set(table) - words)}"
    for word in words:  # "Toelichting" appears whole, not as "Toelichtin" + "g"
        assert any(word in table for table in found), word


REGION_HEADERS = ["Parameter", "Landelijk", "Regio", "Verschil", "Effect", "Toelichting"]
NARROW_HEADERS = [h for h in REGION_HEADERS if h != "Verschil"]


@pytest.mark.dutch
def test_a_region_at_80_columns_breaks_no_header_and_no_id() -> None:
    out = run("compare", "foodvalley", "--root", str(SHIPPED), "--as-of", AS_OF)
    # Verschil (an optional column: Landelijk and Regio say it too) makes room at 80 columns.
    assert_fits(out, NARROW_HEADERS)
    assert "Toelichting" in out and "Toelichtin\n" not in out
    # The ids do not fit beside the rationale at 80 columns: left out rather than broken.
    assert "proefplaatsing.aanvraag_door_werkgever" not in out
    assert "proefplaats" not in out.replace("proefplaatsing", "")
    # long title words wrap whole
    assert "loonwaardemeting" in out and "medewerkerspaspoort" in out


@pytest.mark.dutch
def test_a_region_on_a_wide_terminal_keeps_the_ids_and_every_column() -> None:
    out = run("compare", "foodvalley", "--root", str(SHIPPED), "--as-of", AS_OF, width=160)
    assert_fits(out, REGION_HEADERS, width=160)
    assert "proefplaatsing.aanvraag_door_werkgever" in out
    assert "Verschil" in out and "+12 maanden" in out


@pytest.mark.parametrize(
    ("args", "headers"),
    [
        (
            ("compare",),
            [
                *("Onderwerp", "Index", "▲ gunstig", "▼ ongunstig", "● neutraal"),
                # both measures with their ranks; the per-topic counts give way at 80 columns
                *("Regio", "Status", "Rang (index)", "Saldo", "Rang (saldo)"),
            ],
        ),
        (
            ("compare", "foodvalley", "--against", "flevoland"),
            ["Parameter", "Landelijk", "FoodValley", "Flevoland"],
        ),
        # the topic column is left out at 80 columns, rather than breaking its words
        (("show", "foodvalley"), ["Parameter", "Waarde", "Bron", "Landelijk"]),
        (
            ("contacts", "--region", "foodvalley"),
            ["Regio", "Contactpersoon", "Organisatie", "Bereikbaar via", "Onderwerpen"],
        ),
    ],
    ids=["overview", "against", "show", "contacts"],
)
@pytest.mark.dutch
def test_other_tables_at_80_columns(args: tuple[str, ...], headers: list[str]) -> None:
    out = run(*args, "--root", str(SHIPPED))
    assert_fits(out, headers)


@pytest.mark.dutch
def test_overview_on_a_wide_terminal_keeps_the_counts_per_topic() -> None:
    out = run("compare", "--root", str(SHIPPED), width=160)
    assert_fits(
        out,
        [
            *("Onderwerp", "Index", "Saldo", "▲ gunstig", "▼ ongunstig", "● neutraal"),
            *("Regio", "Status", "Rang (index)", "Rang (saldo)", "Afwijkingen per onderwerp"),
        ],
        width=160,
    )


@pytest.mark.dutch
def test_diff_at_80_columns() -> None:
    diff = FIXTURES / "diff"
    out = run(
        "diff",
        str(diff / "region_old.yaml"),
        str(diff / "region_new.yaml"),
        "--root",
        str(FIXTURES / "repo"),
    )
    assert_fits(out, ["Wijziging", "Wat", "Oud", "Nieuw", "Toelichting"])


def _print(sheet: Sheet, width: int) -> str:
    buffer = io.StringIO()
    Console(width=width, file=buffer, color_system=None).print(sheet)
    return buffer.getvalue()


def test_sheet_drops_ids_then_optional_columns_before_breaking_words() -> None:
    sheet = Sheet("Parameter", Column("Verschil", optional=True), "Toelichting")
    sheet.add_row(
        (Text("Termijn tot een nieuwe loonwaardemeting"), Text("loonwaardebepaling.termijn")),
        Text("+12 maanden"),
        Text("Minder metingen geven werkgevers en werknemers meer rust."),
    )
    wide = _print(sheet, 120)
    assert "loonwaardebepaling.termijn" in wide and "+12 maanden" in wide
    middle = _print(sheet, 50)
    assert "loonwaardebepaling" not in middle and "+12 maanden" in middle
    narrow = _print(sheet, 40)
    assert "Verschil" not in narrow and "loonwaardemeting" in narrow
    for out in (wide, middle, narrow):
        assert "Toelichting" in out and "Parameter" in out
        assert all(len(line) <= 120 for line in out.splitlines())


def test_sheet_breaks_a_long_word_of_free_text_but_not_a_header() -> None:
    sheet = Sheet("Toelichting", Column("Effect", wrap=False))
    sheet.add_row(Text("arbeidsongeschiktheidsverzekeringsmaatschappij"), Text("▲ gunstig"))
    out = _print(sheet, 40)
    assert all(len(line) <= 40 for line in out.splitlines())
    assert "Toelichting" in out and "▲ gunstig" in out  # the short column stays on one line
