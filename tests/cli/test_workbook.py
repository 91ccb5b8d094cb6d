"""`samenwerking workbook` and `samenwerking import`: the questionnaire round trip.

Workbooks are filled in with openpyxl the way a person fills them in Excel: a value changed, a
deviation added with its rationale, a value cleared, a wrong value typed, a contact row added.
"""

from __future__ import annotations

import datetime
import difflib
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO_DIR, TESTS
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from samenwerking_cli.domain.workbook_layout import SHEET_META
from samenwerking_cli.loading.document import load

REPO = REPO_DIR
FIXTURES = TESTS / "fixtures" / "workbook"
SHIPPED_REGIONS = sorted(p.stem for p in (REPO / "regions").glob("*.yaml"))
# The workbooks here are made in Dutch (`--lang nl`), as users get them; the messages about
# them follow the test's language. test_a_workbook_in_english_reads_back_in_dutch covers English.
SHEET_REGION = "Regio"
SHEET_DEVIATIONS = "Afwijkingen"
SHEET_CONTACTS = "Contactpersonen"
SHEET_FOLLOW_UPS = "Vervolgafspraken"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    target = tmp_path / "root"
    shutil.copytree(FIXTURES, target)
    return target


def export(cli: Any, root: Path, region: str, *extra: str) -> Path:
    out = root.parent / f"{region}.xlsx"
    result = cli(
        "workbook",
        region,
        "--root",
        str(root),
        "--output",
        str(out),
        "--force",
        "--lang",
        "nl",
        *extra,
    )
    assert result.exit_code == 0, result.stderr
    return out


def run_import(cli: Any, root: Path, book: Path, *extra: str) -> Any:
    return cli("import", str(book), "--root", str(root), "--as-of", "2025-01-01", *extra)


def rows_by_id(ws: Worksheet) -> dict[str, int]:
    return {ws.cell(r, 2).value: r for r in range(2, ws.max_row + 1) if ws.cell(r, 2).value}


def column(ws: Worksheet, header: str) -> int:
    return next(c.column for c in ws[1] if c.value == header)


def fill(book: Path, changes: dict[tuple[str, str, str], Any], out: Path | None = None) -> Path:
    """Set cells by (sheet, row id or row number, column header), then save as a person would."""
    wb = load_workbook(book)
    for (sheet, row_key, header), value in changes.items():
        ws = wb[sheet]
        row = rows_by_id(ws)[row_key] if sheet == SHEET_DEVIATIONS else int(row_key)
        ws.cell(row, column(ws, header)).value = value
    target = out or book.with_name("ingevuld.xlsx")
    wb.save(target)
    return target


# --- the round trip without changes ----------------------------------------------------------


@pytest.mark.dutch
@pytest.mark.parametrize("region", SHIPPED_REGIONS)
def test_every_shipped_region_comes_back_byte_identical(
    cli: Any, tmp_path: Path, region: str
) -> None:
    root = tmp_path / "shipped"
    shutil.copytree(REPO / "frameworks", root / "frameworks")
    shutil.copytree(REPO / "regions", root / "regions")
    before = (root / "regions" / f"{region}.yaml").read_bytes()
    book = export(cli, root, region)
    result = run_import(cli, root, book)
    assert result.exit_code == 0, result.stderr
    assert "Geen verschillen in de inhoud." in result.stdout
    assert (root / "regions" / f"{region}.yaml").read_bytes() == before


@pytest.mark.parametrize("region", ["commentaar", "kaal"])
def test_comments_and_odd_formatting_come_back_byte_identical(
    cli: Any, root: Path, region: str
) -> None:
    path = root / "regions" / f"{region}.yaml"
    before = path.read_bytes()
    result = run_import(cli, root, export(cli, root, region))
    assert result.exit_code == 0, result.stderr
    assert path.read_bytes() == before


def test_windows_line_ends_and_byte_order_mark_stay(cli: Any, root: Path) -> None:
    path = root / "regions" / "commentaar.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    book = export(cli, root, "commentaar")
    filled = fill(book, {(SHEET_DEVIATIONS, "proef.duur", "Regionale waarde"): 4})
    assert run_import(cli, root, filled).exit_code == 0
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == data.count(b"\n")
    assert b"    value: 4     # met een plusteken\r\n" in data


# --- filling in -------------------------------------------------------------------------------


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


@pytest.mark.dutch
def test_a_filled_in_workbook_updates_only_what_changed(cli: Any, root: Path) -> None:
    path = root / "regions" / "commentaar.yaml"
    before = path.read_text(encoding="utf-8")
    book = export(cli, root, "commentaar")
    filled = fill(
        book,
        {
            # change a value
            (SHEET_DEVIATIONS, "proef.duur", "Regionale waarde"): 4,
            # add a deviation with a rationale and a date
            (SHEET_DEVIATIONS, "proef.kwaliteit", "Regionale waarde"): "geen",
            (SHEET_DEVIATIONS, "proef.kwaliteit", "Toelichting (waarom)"): "Geen eis: 010",
            (SHEET_DEVIATIONS, "proef.kwaliteit", "Geldt vanaf"): datetime.datetime(2025, 3, 1),
            # clear a value: the region follows the framework again
            (SHEET_DEVIATIONS, "proef.tarief", "Regionale waarde"): None,
            # a new contact on an empty row, with a phone number that must stay text
            (SHEET_CONTACTS, "5", "Rol"): "Jobcoach",
            (SHEET_CONTACTS, "5", "Organisatie"): "UWV",
            (SHEET_CONTACTS, "5", "Telefoon"): "010 1234567",
        },
    )
    result = run_import(cli, root, filled)
    assert result.exit_code == 0, result.stderr
    after = path.read_text(encoding="utf-8")
    data = load(path).data
    deviations = data["deviations"]
    assert deviations["proef.duur"]["value"] == 4
    assert deviations["proef.kwaliteit"] == {
        "value": "geen",
        "rationale": "Geen eis: 010",
        "since": "2025-03-01",
    }
    assert "proef.tarief" not in deviations
    assert data["contacts"][-1] == {
        "role": "Jobcoach",
        "organisation": "UWV",
        "phone": "010 1234567",
    }
    # comments and the layout of what did not change are kept
    for kept in (
        "# Een regio zoals mensen hem met de hand schrijven: commentaar overal,",
        "provinces: [ Gelderland ,  Utrecht ]   # spaties binnen de haken",
        "- Nuenen, Gerwen en Nederwetten",
        "  # de vaste accountmanager",
        "  - <<: *wsp",
        "x-ongebruikt: &ongebruikt",
        "    rationale: Een langere proefplaatsing",
        "      voor kandidaten zonder werkervaring.",
        "    value: 4     # met een plusteken",
        "    status: open   # nog te doen",
        "# einde van het bestand",
    ):
        assert kept in after.splitlines(), kept
    changed = changed_lines(before, after)
    assert changed == [
        "+  - role: Jobcoach",
        "+    organisation: UWV",
        "+    phone: 010 1234567",
        "-    value: +3    # met een plusteken",
        "+    value: 4     # met een plusteken",
        "-  proef.tarief:",
        "-    value: 92.50",
        "-    rationale: 'Regionaal tarief: afgesproken met de jobcoaches.'",
        "+  proef.kwaliteit:",
        "+    value: geen",
        "+    rationale: 'Geen eis: 010'",
        "+    since: 2025-03-01",
    ], changed
    # the domain diff of what changed is printed
    assert "gewijzigd" in result.stdout and "3 maanden" in result.stdout
    assert "toegevoegd" in result.stdout and "verwijderd" in result.stdout
    assert cli("validate", "--root", str(root), "--as-of", "2025-01-01").exit_code == 0


def test_problems_are_named_by_sheet_and_cell_and_nothing_is_written(cli: Any, root: Path) -> None:
    path = root / "regions" / "commentaar.yaml"
    before = path.read_bytes()
    book = export(cli, root, "commentaar")
    wb = load_workbook(book)
    rows = rows_by_id(wb[SHEET_DEVIATIONS])
    filled = fill(
        book,
        {
            (SHEET_DEVIATIONS, "proef.duur", "Regionale waarde"): 9,  # above the maximum
            (SHEET_DEVIATIONS, "proef.kwaliteit", "Regionale waarde"): "beter",  # no rationale
            (SHEET_DEVIATIONS, "proef.uitkering", "Regionale waarde"): "misschien",
            (SHEET_DEVIATIONS, "proef.uitkering", "Toelichting (waarom)"): "Weet niet",
            (SHEET_DEVIATIONS, "proef.tarief", "Herzien uiterlijk"): "1-3-2025",
            (SHEET_CONTACTS, "4", "E-mail"): None,  # no e-mail and no phone left
            (SHEET_FOLLOW_UPS, "2", "Status"): "klaar",
        },
    )
    result = run_import(cli, root, filled)
    assert result.exit_code == 1
    err = result.stderr
    assert f"Afwijkingen!F{rows['proef.duur']}: error value-invalid" in err
    assert "`9` is above the highest allowed value 6" in err
    assert f"Afwijkingen!F{rows['proef.kwaliteit']}: error value-invalid" in err
    assert f"Afwijkingen!G{rows['proef.kwaliteit']}: error missing-key" in err
    assert f"Afwijkingen!F{rows['proef.uitkering']}: error value-invalid" in err
    assert "holds `misschien`; this question is answered with yes or no" in err
    assert f"Afwijkingen!I{rows['proef.tarief']}: error bad-format" in err
    # in the workbook's words: the column as the sheet names it, not a YAML key
    assert "“Toelichting (waarom)” is empty, but this line needs it" in err
    assert "“Herzien uiterlijk” holds `1-3-2025` as text, not as a date" in err
    assert "key `rationale`" not in err
    assert "Contactpersonen!E4: error contact-unreachable" in err
    status = get_column_letter(column(wb[SHEET_FOLLOW_UPS], "Status"))
    assert f"Vervolgafspraken!{status}2: error not-allowed" in err
    assert "is not changed" in err
    assert path.read_bytes() == before
    # the same words as validate: the message for `9` in a YAML file
    path.write_text(
        path.read_text(encoding="utf-8").replace("value: +3", "value: 9"), encoding="utf-8"
    )
    validated = cli("validate", "--root", str(root), "--as-of", "2025-01-01")
    assert "`9` is above the highest allowed value 6" in validated.stdout


def test_dry_run_shows_the_diff_and_writes_nothing(cli: Any, root: Path) -> None:
    path = root / "regions" / "commentaar.yaml"
    before = path.read_bytes()
    filled = fill(
        export(cli, root, "commentaar"),
        {(SHEET_DEVIATIONS, "loon.pct", "Regionale waarde"): 80},
    )
    filled_rationale = fill(
        filled, {(SHEET_DEVIATIONS, "loon.pct", "Toelichting (waarom)"): "Hoger."}
    )
    result = run_import(cli, root, filled_rationale, "--dry-run")
    assert result.exit_code == 0, result.stderr
    assert "Percentage" in result.stdout and "80" in result.stdout
    assert "nothing written" in result.stderr
    assert path.read_bytes() == before


def test_a_value_equal_to_the_national_one_is_a_warning_at_its_cell(cli: Any, root: Path) -> None:
    book = export(cli, root, "kaal")
    rows = rows_by_id(load_workbook(book)[SHEET_DEVIATIONS])
    filled = fill(
        book,
        {
            (SHEET_DEVIATIONS, "proef.duur", "Regionale waarde"): 2,
            (SHEET_DEVIATIONS, "proef.duur", "Toelichting (waarom)"): "Zoals landelijk.",
        },
    )
    result = run_import(cli, root, filled)
    assert result.exit_code == 0
    assert f"Afwijkingen!F{rows['proef.duur']}: warning equal-to-baseline" in result.stderr
    assert load(root / "regions" / "kaal.yaml").data["deviations"]["proef.duur"]["value"] == 2


def test_region_details_money_lists_and_yes_no(cli: Any, root: Path) -> None:
    book = export(cli, root, "kaal")
    wb = load_workbook(book)
    region = wb[SHEET_REGION]
    keys = {region.cell(r, 4).value: r for r in range(2, region.max_row + 1)}
    region.cell(keys["name"], 2).value = "Kale regio (nieuw)"
    region.cell(keys["code"], 2).value = "AM07"
    region.cell(keys["provinces"], 2).value = "Drenthe"
    region.cell(keys["municipalities"], 2).value = "Assen\nNuenen, Gerwen en Nederwetten"
    region.cell(keys["adoption"], 2).value = "in_dialogue"
    ws = wb[SHEET_DEVIATIONS]
    rows = rows_by_id(ws)
    for pid, value in (
        ("proef.tarief", 92.5),
        ("proef.uitkering", "nee"),
        ("loon.documenten", "loonstrook; arbeidsovereenkomst"),
        ("loon.pct", "72,5"),
    ):
        ws.cell(rows[pid], 6).value = value
        ws.cell(rows[pid], 7).value = "Reden."
    wb.save(book)
    assert run_import(cli, root, book).exit_code == 0
    path = root / "regions" / "kaal.yaml"
    text = path.read_text(encoding="utf-8")
    assert "value: 92.50\n" in text  # an amount is written with cents
    assert "value: false\n" in text
    assert "province: Drenthe\n" in text
    data = load(path).data
    assert data["name"] == "Kale regio (nieuw)" and data["code"] == "AM07"
    assert data["municipalities"] == ["Assen", "Nuenen, Gerwen en Nederwetten"]
    assert data["deviations"]["loon.documenten"]["value"] == ["loonstrook", "arbeidsovereenkomst"]
    assert data["deviations"]["loon.pct"]["value"] == 72.5
    # key order of the format: code after name, deviations at the end
    keys_in_file = list(data)
    assert keys_in_file.index("code") == keys_in_file.index("name") + 1
    assert keys_in_file.index("province") < keys_in_file.index("framework")
    # and the next export shows what was imported
    again = load_workbook(export(cli, root, "kaal"))[SHEET_DEVIATIONS]
    assert again.cell(rows["proef.tarief"], 6).value == 92.5
    assert again.cell(rows["proef.uitkering"], 6).value == "nee"


def test_rows_removed_added_and_sorted_on_a_list_sheet(cli: Any, root: Path) -> None:
    book = export(cli, root, "commentaar")
    wb = load_workbook(book)
    ws = wb[SHEET_CONTACTS]
    ws.delete_rows(2)  # the first contact (an alias) goes
    ws.cell(5, 2).value, ws.cell(5, 3).value, ws.cell(5, 5).value = "Nieuw", "Org", "n@o.example"
    wb.save(book)
    assert run_import(cli, root, book).exit_code == 0
    text = (root / "regions" / "commentaar.yaml").read_text(encoding="utf-8")
    contacts = load(root / "regions" / "commentaar.yaml").data["contacts"]
    assert [c["role"] for c in contacts] == ["Jobcoach", "Beleidsadviseur", "Nieuw"]
    assert "x-wsp: &wsp" in text  # the anchor the alias pointed at stays
    assert "  - <<: *wsp" in text


def test_an_item_that_merges_an_anchor_is_written_out_in_full(cli: Any, root: Path) -> None:
    book = export(cli, root, "commentaar")
    wb = load_workbook(book)
    ws = wb[SHEET_CONTACTS]
    assert ws.cell(3, column(ws, "Bevestigd op")).value == datetime.datetime(2024, 10, 1)
    ws.cell(3, column(ws, "Telefoon")).value = "0318 654321"  # the jobcoach: `<<: *wsp`
    wb.save(book)
    assert run_import(cli, root, book).exit_code == 0
    path = root / "regions" / "commentaar.yaml"
    jobcoach = load(path).data["contacts"][1]
    assert jobcoach == {
        "role": "Jobcoach",
        "organisation": "WerkgeversServicepunt",
        "email": "wsp@commentaar.example",
        "phone": "0318 654321",
        "verified": "2024-10-01",
    }
    text = path.read_text(encoding="utf-8")
    assert "  - *wsp\n" in text and "x-wsp: &wsp\n" in text  # the anchor and alias stay


@pytest.mark.dutch
def test_a_wrong_cell_is_named_in_the_words_of_the_workbook(cli: Any, root: Path) -> None:
    """An empty required cell, a date typed as text and a yes/no answered otherwise are told
    by their column and in the workbook's yes/no, not as YAML keys or true/false."""
    book = export(cli, root, "commentaar")
    filled = fill(
        book,
        {
            (SHEET_DEVIATIONS, "proef.kwaliteit", "Regionale waarde"): "beter",  # no rationale
            (SHEET_DEVIATIONS, "proef.uitkering", "Regionale waarde"): "misschien",
            (SHEET_DEVIATIONS, "proef.uitkering", "Toelichting (waarom)"): "Weet niet",
            (SHEET_DEVIATIONS, "proef.tarief", "Herzien uiterlijk"): "gisteren",
        },
    )
    result = run_import(cli, root, filled)
    assert result.exit_code == 1
    err = result.stderr
    assert "“Toelichting (waarom)” is leeg, maar op deze regel is het verplicht" in err
    assert "oplossing: vul “Toelichting (waarom)” in" in err
    assert "in “Herzien uiterlijk” staat `gisteren` als tekst, niet als datum" in err
    assert "in “Regionale waarde” staat `misschien`; deze vraag beantwoordt u met ja of nee" in err
    assert "oplossing: kies ja of nee uit de lijst in de cel" in err
    assert "true" not in err and "sleutel" not in err


@pytest.mark.dutch
def test_follow_ups_as_a_workbook(cli: Any, root: Path) -> None:
    out = root.parent / "vervolg.xlsx"
    result = cli("follow-ups", "--root", str(root), "-f", "xlsx", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    ws = load_workbook(out)["Vervolgafspraken"]
    headers = [c.value for c in ws[1]]
    row = dict(zip(headers, ws[2], strict=True))
    assert row["Actie"].value == "Tarief afstemmen"
    assert row["Uiterlijk"].value == datetime.datetime(2030, 6, 30)
    assert row["Uiterlijk"].number_format == "dd-mm-yyyy"
    assert row["Status"].data_type == "s"
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    assert cli("follow-ups", "--root", str(root), "-f", "xlsx").exit_code == 2


@pytest.mark.dutch
def test_a_region_without_a_file_is_created(cli: Any, root: Path) -> None:
    out = root.parent / "nieuw.xlsx"
    result = cli(
        "workbook", "nieuw", "--name", "Nieuwe regio", "--root", str(root), "--output", str(out)
    )
    assert result.exit_code == 0, result.stderr
    filled = fill(
        out,
        {
            (SHEET_DEVIATIONS, "proef.duur", "Regionale waarde"): 3,
            (SHEET_DEVIATIONS, "proef.duur", "Toelichting (waarom)"): "Langer.",
            (SHEET_CONTACTS, "2", "Rol"): "Accountmanager",
            (SHEET_CONTACTS, "2", "Organisatie"): "WSP",
            (SHEET_CONTACTS, "2", "E-mail"): "wsp@nieuw.example",
        },
    )
    result = run_import(cli, root, filled)
    assert result.exit_code == 0, result.stderr
    assert "gemaakt" in result.stderr  # "Created …", in the default language
    path = root / "regions" / "nieuw.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Regio-afspraak van Nieuwe regio bij het raamwerk")
    data = load(path).data
    assert data["name"] == "Nieuwe regio" and data["framework"] == "werk"
    assert data["deviations"] == {"proef.duur": {"value": 3, "rationale": "Langer."}}
    assert cli("validate", "--root", str(root), "--as-of", "2025-01-01").exit_code == 0


def test_a_workbook_in_english_reads_back_in_dutch(cli: Any, root: Path) -> None:
    """Sheet names, headers and yes/no follow --lang; import reads either language."""
    out = root.parent / "english.xlsx"
    made = cli("workbook", "commentaar", "--root", str(root), "--output", str(out), "--lang", "en")
    assert made.exit_code == 0, made.stderr
    wb = load_workbook(out)
    assert wb.sheetnames[:6] == [
        "Instructions",
        "Region",
        "Deviations",
        "Contacts",
        "Follow-ups",
        "Additions",
    ]
    deviations = wb["Deviations"]
    assert column(deviations, "Regional value") == 6
    deviations.cell(rows_by_id(deviations)["proef.duur"], 6).value = 4
    wb.save(out)
    result = cli("import", str(out), "--root", str(root), "--as-of", "2025-01-01", "--lang", "nl")
    assert result.exit_code == 0, result.stderr
    assert "geschreven" in result.stderr
    data = load(root / "regions" / "commentaar.yaml").data
    assert data["deviations"]["proef.duur"]["value"] == 4


@pytest.mark.dutch
def test_a_workbook_from_before_a_renamed_header_still_reads_back(cli: Any, root: Path) -> None:
    """Workbooks sent out to regions come back weeks later: an earlier header still counts."""
    book = export(cli, root, "commentaar")
    wb = load_workbook(book)
    follow_ups = wb[SHEET_FOLLOW_UPS]
    follow_ups.cell(1, column(follow_ups, "Trekker")).value = "Eigenaar"  # before 2026-11-29
    wb.save(book)
    result = run_import(cli, root, book, "--dry-run")
    assert result.exit_code == 0, result.stderr
    assert "Geen verschillen in de inhoud" in result.stdout + result.stderr


# --- the workbook itself ----------------------------------------------------------------------


def test_workbook_layout_validation_and_protection(cli: Any, root: Path) -> None:
    wb = load_workbook(export(cli, root, "commentaar"))
    assert wb.sheetnames[0] == "Invulinstructie"
    assert wb[SHEET_META].sheet_state == "veryHidden"
    ws = wb[SHEET_DEVIATIONS]
    rows = rows_by_id(ws)
    assert "loon.methode" not in rows  # national law: no row
    assert ws.protection.sheet
    assert ws.cell(rows["proef.duur"], 4).protection.locked  # national value
    assert not ws.cell(rows["proef.duur"], 6).protection.locked  # the region's value
    assert ws.cell(rows["proef.duur"], 6).value == 3  # `+3` in the file
    assert ws.cell(rows["proef.tarief"], 6).number_format == "[$€-413] #,##0.00"
    assert ws.cell(rows["proef.duur"], 8).value == datetime.datetime(2024, 3, 1)
    assert ws.cell(rows["dienst.contactpersoon"], 6).data_type == "s"  # "010" stays text
    rules = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    duur = rules[f"F{rows['proef.duur']}"]
    assert (duur.type, duur.formula1, duur.formula2) == ("whole", "1", "6")
    tarief = rules[f"F{rows['proef.tarief']}"]
    assert (tarief.type, tarief.formula1, tarief.formula2) == ("decimal", "40", "150")
    yes_no = rules[f"F{rows['proef.uitkering']}"]
    choices = rules[f"F{rows['proef.kwaliteit']}"]
    assert yes_no.type == choices.type == "list"
    lists = wb["keuzelijsten"]
    assert lists.sheet_state == "hidden"

    def listed(rule: Any) -> list[Any]:
        ref = rule.formula1.split("!")[1].replace("$", "")
        return [c.value for row in lists[ref] for c in row]

    assert listed(yes_no) == ["ja", "nee"]
    assert listed(choices) == ["uwv-erkend", "regionaal", "geen"]
    assert any(dv.type == "date" for dv in ws.data_validations.dataValidation)
    contacts = wb[SHEET_CONTACTS]
    assert contacts.column_dimensions["A"].hidden  # nr
    assert contacts.cell(3, column(contacts, "Telefoon")).value == "0318 123456"
    assert contacts.cell(3, column(contacts, "Telefoon")).data_type == "s"
    assert contacts.cell(50, column(contacts, "Telefoon")).number_format == "@"


def test_text_that_looks_like_a_formula_stays_text(cli: Any, root: Path) -> None:
    path = root / "regions" / "kaal.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + 'deviations:\n  dienst.contactpersoon:\n    value: "=HYPERLINK(\\"x\\")"\n'
        + '    rationale: "@SUM(A1)"\n',
        encoding="utf-8",
    )
    book = export(cli, root, "kaal")
    ws = load_workbook(book)[SHEET_DEVIATIONS]
    row = rows_by_id(ws)["dienst.contactpersoon"]
    assert ws.cell(row, 6).value == '=HYPERLINK("x")'
    assert ws.cell(row, 6).data_type == "s"
    before = path.read_bytes()
    assert run_import(cli, root, book).exit_code == 0
    assert path.read_bytes() == before


def test_an_existing_workbook_is_not_replaced_without_force(cli: Any, root: Path) -> None:
    out = root.parent / "al.xlsx"
    out.write_bytes(b"antwoorden")
    result = cli("workbook", "kaal", "--root", str(root), "--output", str(out))
    assert result.exit_code == 2 and "already exists" in result.stderr
    assert out.read_bytes() == b"antwoorden"
    bad = cli("workbook", "kaal", "--root", str(root), "--output", str(root / "regions/x.yaml"))
    assert bad.exit_code == 2 and ".xlsx" in bad.stderr
    unknown = cli("workbook", "onbekend", "--root", str(root), "--output", str(out))
    assert unknown.exit_code == 2 and "unknown region" in unknown.stderr


def test_default_output_is_region_id_in_the_current_folder(
    cli: Any, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(root.parent)
    result = cli("workbook", "Kale regio", "--root", str(root))
    assert result.exit_code == 0, result.stderr
    assert (root.parent / "kaal.xlsx").is_file()


# --- files that are not (our) workbooks -------------------------------------------------------


def test_not_a_workbook(cli: Any, root: Path) -> None:
    fake = root.parent / "fake.xlsx"
    fake.write_text("region: kaal\n", encoding="utf-8")
    result = run_import(cli, root, fake)
    assert result.exit_code == 2
    assert "is not an Excel workbook (.xlsx)" in result.stderr
    assert "Traceback" not in result.stderr
    missing = run_import(cli, root, root.parent / "nergens.xlsx")
    assert missing.exit_code == 2 and "does not exist" in missing.stderr


def test_a_workbook_that_is_not_ours(cli: Any, root: Path) -> None:
    from openpyxl import Workbook

    other = root.parent / "ander.xlsx"
    wb = Workbook()
    assert wb.active is not None
    wb.active["A1"] = "Afwijkingen"
    wb.save(other)
    result = run_import(cli, root, other)
    assert result.exit_code == 2
    assert "not a workbook made by `samenwerking workbook`" in result.stderr


def test_a_missing_sheet_or_column(cli: Any, root: Path) -> None:
    book = export(cli, root, "kaal")
    wb = load_workbook(book)
    del wb[SHEET_FOLLOW_UPS]
    wb.save(book)
    result = run_import(cli, root, book)
    assert result.exit_code == 2 and "has no sheet Vervolgafspraken" in result.stderr
    book = export(cli, root, "kaal")
    wb = load_workbook(book)
    wb[SHEET_DEVIATIONS]["F1"] = "Waarde"
    wb.save(book)
    result = run_import(cli, root, book)
    assert result.exit_code == 2 and "no column “Regionale waarde”" in result.stderr


def test_a_huge_sheet_is_refused_without_reading_it_all(cli: Any, root: Path) -> None:
    """100 000 rows where a region has a few dozen: refused from the sheet's size."""
    import zipfile

    book = export(cli, root, "kaal")
    wb = load_workbook(book)
    index = wb.sheetnames.index(SHEET_CONTACTS) + 1
    rows = "".join(
        f'<row r="{r}"><c r="B{r}" t="inlineStr"><is><t>rol {r}</t></is></c></row>'
        for r in range(2, 100_002)
    )
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{rows}</sheetData></worksheet>"
    )
    huge = root.parent / "groot.xlsx"
    with zipfile.ZipFile(book) as src, zipfile.ZipFile(huge, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == f"xl/worksheets/sheet{index}.xml":
                data = sheet.encode()
            dst.writestr(item, data)
    result = run_import(cli, root, huge)
    assert result.exit_code == 2
    assert "the sheet Contactpersonen has more than 2000 rows" in result.stderr


def test_a_zip_bomb_is_refused_before_it_is_unpacked(cli: Any, root: Path) -> None:
    import zipfile

    bomb = root.parent / "bom.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", b"\0" * (50 * 1024 * 1024))
    result = run_import(cli, root, bomb)
    assert result.exit_code == 2 and "unpacks to more than" in result.stderr


def test_import_refuses_a_broken_region_file(cli: Any, root: Path) -> None:
    book = export(cli, root, "kaal")
    path = root / "regions" / "kaal.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "adoption: adopted\n", encoding="utf-8")
    result = run_import(cli, root, book)
    assert result.exit_code == 1
    assert "duplicate-key" in result.stdout + result.stderr


def test_end_to_end_with_the_installed_command(root: Path) -> None:
    """As a programme office runs it: the installed `samenwerking`, in the data folder."""
    import subprocess

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["samenwerking", *args],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=60,
            env={**__import__("os").environ, "NO_COLOR": "1"},
        )

    made = run("workbook", "commentaar", "--lang", "nl")
    assert made.returncode == 0, made.stderr
    book = root / "commentaar.xlsx"
    filled = fill(
        book,
        {
            (SHEET_DEVIATIONS, "proef.tarief", "Regionale waarde"): "€ 1.234,50",
            (SHEET_DEVIATIONS, "proef.tarief", "Toelichting (waarom)"): "Te hoog.",
        },
    )
    refused = run("import", filled.name)
    assert refused.returncode == 1
    assert "Afwijkingen!F4: error value-invalid" in refused.stderr
    assert "`1234.50` is above the highest allowed value" in refused.stderr
    fill(filled, {(SHEET_DEVIATIONS, "proef.tarief", "Regionale waarde"): "95,5"}, filled)
    dry = run("import", filled.name, "--dry-run")
    assert dry.returncode == 0 and "€95.50" in dry.stdout  # English: SAMENWERKING_LANG=en
    done = run("import", filled.name)
    assert done.returncode == 0, done.stderr
    assert "    value: 95.50\n" in (root / "regions" / "commentaar.yaml").read_text(
        encoding="utf-8"
    )
    again = run("import", filled.name)
    assert again.returncode == 0 and "No changes" in again.stderr
