"""`--format xlsx` for compare, show, contacts and diff: typed cells read back with openpyxl."""

from __future__ import annotations

import datetime
import io
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import TESTS, invoke
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

FIXTURES = TESTS / "fixtures" / "compare"
REPO = str(FIXTURES / "repo")
AS_OF = "2025-01-01"
MONEY = "[$€-413] #,##0.00"


def table(ws: Worksheet) -> list[dict[str, Any]]:
    """The rows as header -> cell, to look at values, types and formats."""
    headers = [c.value for c in ws[1]]
    return [dict(zip(headers, row, strict=True)) for row in ws.iter_rows(min_row=2)]


def workbook(cli: Any, tmp_path: Path, *args: str) -> Any:
    out = tmp_path / "uit.xlsx"
    result = cli(*args, "--root", REPO, "--format", "xlsx", "--output", str(out))
    assert result.exit_code == 0, result.stderr
    return load_workbook(out)


@pytest.mark.dutch
def test_compare_sheets_are_typed(cli: Any, tmp_path: Path) -> None:
    wb = workbook(cli, tmp_path, "compare", "alpha", "beta", "--as-of", AS_OF)
    assert wb.sheetnames == ["Regio's", "Onderwerpen", "Afwijkingen", "Verschillen"]
    for ws in wb:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
        assert ws.column_dimensions["A"].width >= 6
        assert all(c.font.bold for c in ws[1])
    regions = {r["Regio"].value: r for r in table(wb["Regio's"])}
    alpha = regions["alpha"]
    assert alpha["Index"].value == 25.0 and alpha["Index"].data_type == "n"
    assert alpha["Index"].number_format == "0.0"
    assert alpha["CBS-code"].data_type == "s"
    assert alpha["Werkgeverssaldo"].data_type == "n" and alpha["Rang (saldo)"].value >= 1
    deviations = {(r["Regio"].value, r["Parameter"].value): r for r in table(wb["Afwijkingen"])}
    tarief = deviations[("alpha", "proef.tarief")]
    assert tarief["Regionaal"].value == 92.5 and tarief["Regionaal"].number_format == MONEY
    assert tarief["Landelijk"].value == 90 and tarief["Landelijk"].number_format == MONEY
    # text from documents stays literal: a formula-like rationale is a text cell, unchanged
    assert tarief["Toelichting"].value == '=HYPERLINK("http://evil.example","klik")'
    assert tarief["Toelichting"].data_type == "s"
    duur = deviations[("alpha", "proef.duur")]
    assert duur["Regionaal"].value == 3 and duur["Regionaal"].number_format == "0"
    assert duur["Geldt vanaf"].value == datetime.datetime(2024, 3, 1)
    assert duur["Geldt vanaf"].is_date and duur["Geldt vanaf"].number_format == "dd-mm-yyyy"
    assert "\\u001b[31mrood" in duur["Toelichting"].value  # an escape is shown, not kept
    assert deviations[("alpha", "extra.fiets")]["Regionaal"].value == "ja"
    assert deviations[("alpha", "proef.bewijs")]["Toegevoegd"].value == "rooster"
    assert table(wb["Verschillen"])


@pytest.mark.dutch
def test_against_and_show(cli: Any, tmp_path: Path) -> None:
    wb = workbook(cli, tmp_path, "compare", "alpha", "--against", "beta", "--as-of", AS_OF)
    rows = {r["Parameter"].value: r for r in table(wb["Verschillen"])}
    assert (rows["proef.duur"]["Alpha"].value, rows["proef.duur"]["Beta"].value) == (3, 2)
    assert rows["proef.duur"]["Beta"].number_format == "0"
    assert rows["proef.duur"]["Landelijk"].value == 2
    wb = workbook(cli, tmp_path, "show", "beta", "--as-of", AS_OF)
    rows = {r["Parameter"].value: r for r in table(wb["Afspraak"])}
    assert rows["proef.uitkering"]["Waarde"].value == "nee"
    assert rows["proef.uitkering"]["Bron"].value == "regio"


@pytest.mark.dutch
def test_contacts_keep_phone_numbers_as_text(cli: Any, tmp_path: Path) -> None:
    wb = workbook(cli, tmp_path, "contacts")
    rows = table(wb["Contactpersonen"])
    beta = next(r for r in rows if r["Regio"].value == "beta")
    assert beta["Telefoon"].value == "030 123 4567"
    assert beta["Telefoon"].data_type == "s" and beta["Telefoon"].number_format == "@"
    assert beta["Onderwerpen"].value == "proef"
    wb = workbook(cli, tmp_path, "contacts", "--missing")
    assert table(wb["Zonder contactpersoon"])


@pytest.mark.dutch
def test_diff_as_workbook(cli: Any, tmp_path: Path) -> None:
    old, new = tmp_path / "oud.yaml", tmp_path / "nieuw.yaml"
    shutil.copy(FIXTURES / "repo" / "regions" / "beta.yaml", old)
    new.write_text(
        old.read_text(encoding="utf-8").replace("value: 92.5", "value: 95"), encoding="utf-8"
    )
    out = tmp_path / "diff.xlsx"
    result = cli(
        "diff", str(old), str(new), "--root", REPO, "--format", "xlsx", "--output", str(out)
    )
    assert result.exit_code == 1  # differences
    (row,) = table(load_workbook(out)["Wijzigingen"])
    assert (row["Oud"].value, row["Nieuw"].value) == (92.5, 95)
    assert row["Nieuw"].number_format == MONEY


@pytest.mark.parametrize("command", [("compare",), ("show", "alpha"), ("contacts",)])
def test_xlsx_needs_an_output_file(cli: Any, command: tuple[str, ...]) -> None:
    result = cli(*command, "--root", REPO, "--format", "xlsx")
    assert result.exit_code == 2
    assert "--output" in result.stderr
    assert result.stdout == ""


@pytest.mark.dutch
def test_xlsx_to_a_pipe(tmp_path: Path) -> None:
    """`--output -` writes the workbook to standard output when that is not a terminal."""
    result = invoke("contacts", "--root", REPO, "-f", "xlsx", "-o", "-")
    assert result.exit_code == 0
    wb = load_workbook(io.BytesIO(result.stdout_bytes))
    assert wb.sheetnames == ["Contactpersonen"]


@pytest.mark.dutch
def test_invalid_region_files_left_out_are_named(cli: Any, tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(REPO, root)
    (root / "regions" / "kapot.yaml").write_text(
        "region: kapot\nname: Kapot\nframework: tiny\nadoption: adopted\ncolour: rood\n",
        encoding="utf-8",
    )
    out = tmp_path / "uit.xlsx"
    result = cli("compare", "--root", str(root), "-f", "xlsx", "-o", str(out), "--as-of", AS_OF)
    assert result.exit_code == 1  # partial result
    rows = table(load_workbook(out)["Ongeldige bestanden"])
    assert [r["Bestand"].value for r in rows] == [str(root / "regions" / "kapot.yaml")]


def test_xlsx_is_never_written_over_a_document(cli: Any, tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(REPO, root)
    target = root / "regions" / "alpha.yaml"
    before = target.read_bytes()
    result = cli("compare", "--root", str(root), "-f", "xlsx", "-o", str(target))
    assert result.exit_code == 2
    assert target.read_bytes() == before
