"""Employers: the municipality lookup, the three-layer resolution, the weighted figures, and the
employer, where, compare --employer and report --employer commands.

The rules of `validate` for employer files are in fixtures/validate/invalid (test_validate_rules).
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO_DIR, TESTS

from samenwerking_cli.domain.places import Gazetteer, normalise
from samenwerking_cli.engine.employers import employer_view
from samenwerking_cli.engine.resolve import resolve_layers
from samenwerking_cli.workspace.load import load_valid

ROOT = TESTS / "fixtures" / "employers"
REPO = REPO_DIR
AS_OF = "2025-01-01"


@pytest.fixture(scope="module")
def ws() -> Any:
    return load_valid(ROOT, date(2025, 1, 1))


# Municipality lookup -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("sudwest-fryslan", "Súdwest-Fryslân"),
        ("SUDWEST FRYSLAN", "Súdwest-Fryslân"),
        ("Súdwest Fryslân", "Súdwest-Fryslân"),
        ("s-gravenzande", "'s-Gravenzande"),
        ("  harlingen ", "Harlingen"),
    ],
)
def test_a_municipality_is_found_whatever_the_case_accents_spaces_and_hyphens(
    ws: Any, typed: str, written: str
) -> None:
    places = Gazetteer(ws.regions.values()).find(typed)
    assert [(p.name, p.region.id) for p in places] == [(written, "noord")]


def test_normalise_keeps_letters_that_differ() -> None:
    assert normalise("Súdwest-Fryslân") == normalise("sudwest fryslan")
    assert normalise("Almere") != normalise("Aalsmeer")


def test_the_centrumgemeente_is_marked_and_a_municipality_of_two_regions_lists_both(
    ws: Any,
) -> None:
    gazetteer = Gazetteer(ws.regions.values())
    (zuidstad,) = gazetteer.find("Zuidstad")
    assert zuidstad.centrumgemeente and zuidstad.region.id == "zuid"
    assert sorted(p.region.id for p in gazetteer.find("grensdorp")) == ["oost", "zuid"]
    assert gazetteer.find("Nergens") == []
    assert gazetteer.closest("Harlngen") == "Harlingen"


@pytest.mark.parametrize("name", ["Harlingen", "sudwest-fryslan", "noord", "AM01"])
def test_show_takes_a_municipality_where_a_region_is_asked_for(cli: Any, name: str) -> None:
    result = cli("show", name, "--root", str(ROOT), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["region"] == "noord"


def test_a_municipality_of_two_regions_asks_for_the_region(cli: Any) -> None:
    result = cli("show", "Grensdorp", "--root", str(ROOT))
    assert result.exit_code == 2
    assert "listed by more than one region: oost, zuid" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.dutch
def test_report_and_contacts_take_a_municipality_for_region(cli: Any) -> None:
    result = cli("contacts", "--region", "Zuidstad", "--root", str(ROOT), "--format", "json")
    assert [r["region"] for r in result.json()["regions"]] == ["zuid"]
    result = cli(
        "report", "--region", "harlingen", "--root", str(ROOT), "--format", "markdown",
        "--output", "-", "--as-of", AS_OF,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "Selectie: 1 van 3 regio's (Noord)" in result.stdout


@pytest.mark.dutch
def test_where_names_the_region(cli: Any) -> None:
    result = cli("where", "sudwest-fryslan", "--root", str(ROOT), "--format", "json")
    assert result.exit_code == 0
    assert result.json() == {
        "query": "sudwest-fryslan",
        "municipality": "Súdwest-Fryslân",
        "regions": [{"region": "noord", "name": "Noord", "code": "AM01", "centrumgemeente": True}],
        "excluded_files": [],  # always there, as in compare's JSON
    }
    table = cli("where", "Grensdorp", "--root", str(ROOT), "--format", "table")
    assert "Grensdorp ligt in Zuid (zuid)" in table.stdout
    assert "Grensdorp ligt in Oost (oost)" in table.stdout
    assert "Meer dan één regio" in table.stdout


def test_where_with_an_unknown_municipality_suggests_one(cli: Any) -> None:
    result = cli("where", "Harlngen", "--root", str(ROOT))
    assert result.exit_code == 2
    assert "did you mean `Harlingen`?" in result.stderr


# Three layers --------------------------------------------------------------------------------


def test_each_value_comes_from_the_last_layer_in_force(ws: Any) -> None:
    framework = ws.frameworks["tiny"]
    noord, zuid = ws.regions["noord"], ws.regions["zuid"]
    agreed = ws.employers["bakker"].agreements
    layers = {v.parameter.id: v for v in resolve_layers(framework, noord, agreed["noord"])}
    assert (layers["proef.uitkering"].source, layers["proef.uitkering"].value) == (
        "framework",
        True,
    )
    assert layers["proef.uitkering"].rationale is None
    assert (layers["proef.duur"].source, layers["proef.duur"].value) == ("region", 3)
    assert layers["proef.duur"].rationale == "Langer proberen in het noorden."
    tarief = layers["proef.tarief"]
    assert (tarief.source, tarief.value, tarief.region_value) == ("employer", 85.0, 95.0)
    assert tarief.rationale == "Afgesproken met de bakkerij."
    # An agreement applies from its `since` date on, like a region's deviation.
    before = {
        v.parameter.id: v
        for v in resolve_layers(framework, zuid, agreed["zuid"], date(2025, 12, 31))
    }
    after = {
        v.parameter.id: v for v in resolve_layers(framework, zuid, agreed["zuid"], date(2026, 1, 1))
    }
    assert (before["extra.fiets"].source, before["extra.fiets"].value) == ("framework", False)
    assert (after["extra.fiets"].source, after["extra.fiets"].value) == ("employer", True)


def test_without_agreements_the_region_applies(ws: Any) -> None:
    framework = ws.frameworks["tiny"]
    layers = resolve_layers(framework, ws.regions["noord"], {})
    assert {v.parameter.id for v in layers if v.source == "region"} == {
        "proef.duur",
        "proef.tarief",
    }
    assert not any(v.source == "employer" for v in layers)


# Weighted figures ----------------------------------------------------------------------------


def test_figures_are_weighted_by_employees_of_open_sites(ws: Any) -> None:
    view = employer_view(
        ws.employers["bakker"], ws.frameworks["tiny"], ws.regions, date(2025, 1, 1)
    )
    weights = {r.region.id: r.weight for r in view.regions}
    # noord 30, zuid 10 + 10; the Oostdorp site opens in 2030, so it does not count yet.
    assert weights == pytest.approx({"noord": 0.6, "zuid": 0.4, "oost": 0.0})
    indices = {r.region.id: r.index for r in view.regions}
    n = len(ws.frameworks["tiny"].parameters)
    assert indices["noord"] == pytest.approx(100 * (n - 2) / n)
    assert indices["zuid"] == 100.0 and indices["oost"] is None  # oost has not started
    assert view.weighting == "employees"
    assert view.index == pytest.approx(0.6 * indices["noord"] + 0.4 * 100.0)
    assert view.employees == 55


def test_the_employer_balance_counts_its_own_agreements_and_is_weighted_too(ws: Any) -> None:
    view = employer_view(
        ws.employers["bakker"], ws.frameworks["tiny"], ws.regions, date(2025, 1, 1)
    )
    balances = {r.region.id: r.balance for r in view.regions}
    comparable = sum(
        1 for p in ws.frameworks["tiny"].parameters if p.deviable and p.employer_prefers is not None
    )
    # Noord: a longer proefplaatsing (region) and a lower jobcoach rate (the employer's own
    # agreement, where the region alone is unfavourable): both favourable.
    assert balances["noord"].favourable == 2 and balances["noord"].unfavourable == 0
    assert balances["noord"].value == pytest.approx(100 * 2 / comparable)
    assert balances["zuid"].value == 0.0 and balances["oost"] is None  # not started
    assert view.balance == pytest.approx(0.6 * 100 * 2 / comparable)


def test_without_employees_figures_are_weighted_by_sites(ws: Any) -> None:
    view = employer_view(
        ws.employers["schoon"], ws.frameworks["tiny"], ws.regions, date(2025, 1, 1)
    )
    assert view.weighting == "sites"
    assert {r.region.id: r.weight for r in view.regions} == pytest.approx(
        {"noord": 1 / 3, "zuid": 2 / 3}
    )
    assert view.employees is None


# The employer command ------------------------------------------------------------------------


def _employer(cli: Any, *args: str) -> Any:
    return cli("employer", *args, "--root", str(ROOT), "--as-of", AS_OF)


def test_employer_lists_the_employers(cli: Any) -> None:
    result = _employer(cli, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["employers"] == [
        {
            "employer": "bakker",
            "name": "Bakkerij Bol",
            "illustrative": True,
            "sites": 4,
            "sites_open": 3,
            "regions": ["noord", "zuid", "oost"],
            "employees": 55,
        },
        {
            "employer": "schoon",
            "name": "Schoon & Zo",
            "illustrative": False,
            "sites": 3,
            "sites_open": 3,
            "regions": ["noord", "zuid"],
            "employees": None,
        },
    ]
    table = _employer(cli)
    assert "Bakkerij Bol" in table.stdout and "4 (3 open)" in table.stdout


def test_employer_json_shows_per_region_what_differs_whom_to_call_and_what_is_open(
    cli: Any,
) -> None:
    data = _employer(cli, "bakker", "--format", "json").json()
    assert {"employer", "regions", "index", "balance", "national_balance"} <= set(data)
    assert isinstance(data["balance"], float) and data["regions"][2]["balance"] is None
    assert data["employer"] == "bakker" and data["weighting"] == "employees"
    noord, zuid, oost = data["regions"]
    assert noord["region"] == "noord" and noord["employees"] == 30
    assert [s["name"] for s in noord["sites"]] == ["Bakkerij Sneek"]
    values = {v["parameter"]: v for v in noord["values"]}
    assert set(values) == {"proef.duur", "proef.tarief"}  # only what differs from the framework
    assert values["proef.tarief"] | {"rationale": None} == {
        "parameter": "proef.tarief",
        "title": "Uurtarief jobcoach",
        "topic": "proef",
        "value": 85.0,
        "baseline": 90.0,
        "source": "employer",
        "effect": "favourable",
        "rationale": None,
        "since": None,
        "review_by": None,
        "region_value": 95.0,
        "until": None,  # added after region_value (agreements may end)
    }
    assert values["proef.duur"]["source"] == "region"
    # Only the open follow-ups about this employer, not those about others or done ones.
    assert [f["action"] for f in noord["follow_ups"]] == ["Plaatsingen bespreken"]
    assert noord["follow_ups"][0]["overdue"] is False
    calls = {c["topic"]: [x["name"] for x in c["contacts"]] for c in noord["contacts"]}
    assert calls == {"proef": ["Anna"], "extra": ["Anna"]}
    assert {c["topic"]: len(c["contacts"]) for c in zuid["contacts"]} == {"proef": 1, "extra": 0}
    assert zuid["values"] == [] and zuid["employees"] == 20
    assert oost["sites"][0] == {
        "name": "Bakkerij Oostdorp",
        "municipality": "Oostdorp",
        "employees": 5,
        "opens": "2030-01-01",
        "open": False,
    }


@pytest.mark.dutch
def test_employer_table_and_markdown_say_what_applies_and_whom_to_call(cli: Any) -> None:
    table = _employer(cli, "bakker").stdout
    for text in ("Bakkerij Bol (bakker)", "werkgever", "Afgesproken met de bakkerij.", "Anna",
                 "niemand genoemd", "Plaatsingen bespreken", "opent 1 januari 2030"):  # fmt: skip
        assert text in table
    markdown = _employer(cli, "bakker", "--format", "markdown").stdout
    assert "## Noord (noord): 1 vestiging, 30 medewerkers uit de doelgroep" in markdown
    assert (
        "| Uurtarief jobcoach | € 85,00 per uur (regio: € 95,00 per uur) | € 90,00 per uur "
        "| werkgever |" in markdown
    )
    assert "Harmonisatie-index voor Bakkerij Bol: 85,0 %" in markdown
    # Zuid follows the framework; Oost has not started, which is not the same.
    assert markdown.count("Hier geldt voor u overal het landelijk raamwerk.") == 1
    assert "De regio is nog niet gestart met het raamwerk" in markdown


@pytest.mark.dutch
def test_employer_csv_has_one_row_per_region_and_value(cli: Any) -> None:
    text = _employer(cli, "bakker", "--format", "csv").stdout
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert [(r["region"], r["parameter"], r["source"]) for r in rows] == [
        ("noord", "proef.duur", "regio"),
        ("noord", "proef.tarief", "werkgever"),
        ("zuid", "", ""),
        ("oost", "", ""),
    ]
    assert rows[1]["value"] == "85,00" and rows[1]["effect"] == "gunstig"
    assert rows[1]["region_value"] == "95,00" and rows[0]["region_value"] == ""


def test_an_unknown_employer_is_a_usage_error_with_a_suggestion(cli: Any) -> None:
    result = _employer(cli, "baker")
    assert result.exit_code == 2
    assert "unknown employer `baker`" in result.stderr and "did you mean `bakker`?" in result.stderr


@pytest.mark.dutch
def test_an_unknown_employer_is_named_in_dutch_with_the_known_ones(cli: Any) -> None:
    result = _employer(cli, "timmerman")
    assert result.exit_code == 2
    assert "onbekende werkgever `timmerman`" in result.stderr
    assert "bekende werkgevers: bakker" in result.stderr and "employer" not in result.stderr


def test_employer_by_name(cli: Any) -> None:
    assert _employer(cli, "schoon & zo", "--format", "json").json()["employer"] == "schoon"


# compare and report for one employer -----------------------------------------------------------


@pytest.mark.dutch
def test_compare_employer_labels_the_employers_figures_next_to_the_national_ones(
    cli: Any,
) -> None:
    result = cli(
        "compare", "--employer", "bakker", "--root", str(ROOT), "--as-of", AS_OF, "-f", "json"
    )
    data = result.json()
    assert [r["region"] for r in data["regions"]] == ["noord", "zuid", "oost"]
    own = data["employer"]
    assert own["employer"] == "bakker" and own["weighting"] == "employees"
    assert own["index"] == pytest.approx(85.0)
    assert data["national_index"] != own["index"]
    table = cli("compare", "--employer", "bakker", "--root", str(ROOT), "--as-of", AS_OF).stdout
    assert "Harmonisatie-index voor Bakkerij Bol: 85,0 %" in table
    assert "Landelijke harmonisatie-index" in table


@pytest.mark.dutch
def test_report_employer_opens_with_what_the_employer_needs_to_know(cli: Any) -> None:
    result = cli(
        "report", "--employer", "bakker", "--root", str(ROOT), "--format", "markdown",
        "--output", "-", "--as-of", AS_OF,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    brief = text.index("## Wat Bakkerij Bol moet weten")
    assert brief < text.index("## Kernboodschap")
    assert "Harmonisatie-index voor Bakkerij Bol: 85,0 %" in text
    assert "Oost: nog geen vestiging open; de eerste opent op 1 januari 2030." in text
    assert "Oost: de regio is nog niet gestart met het raamwerk." in text
    assert "Noord: 1 open vervolgafspraak met u, uiterlijk 30 juni 2025." in text
    assert "Zuid: geen contactpersoon voor Extra." in text
    assert "Selectie: 3 van 3 regio's" in text
    english = cli(
        "report", "--employer", "bakker", "--root", str(ROOT), "--format", "html",
        "--output", "-", "--as-of", AS_OF, "--lang", "en",
    )  # fmt: skip
    assert "What Bakkerij Bol needs to know" in english.stdout


# The shipped examples ------------------------------------------------------------------------


def test_the_shipped_employers_show_something_in_every_command(cli: Any, monkeypatch: Any) -> None:
    monkeypatch.chdir(REPO)
    listed = cli("employer", "--format", "json").json()["employers"]
    assert len(listed) == 3 and all(e["illustrative"] for e in listed)
    story = cli("employer", "sorteerpost", "--format", "json").json()
    # Five new sorting centres in three regions, two more regions later.
    now = [r for r in story["regions"] if any(s["opens"] is None for s in r["sites"])]
    later = [r for r in story["regions"] if all(s["opens"] for s in r["sites"])]
    assert len(now) == 3 and sum(len(r["sites"]) for r in now) == 5 and len(later) == 2
    assert any(v["source"] == "employer" for r in story["regions"] for v in r["values"])
    assert cli("where", "Almere", "--format", "json").json()["regions"][0]["region"] == "flevoland"
    assert cli("show", "Almere", "--format", "json").json()["region"] == "flevoland"
    assert "employer" in json.loads(
        cli("compare", "--employer", "sorteerpost", "-f", "json").stdout
    )


def test_diff_names_an_employer_file_instead_of_calling_it_no_agreement(cli: Any) -> None:
    path = str(ROOT / "employers" / "schoon.yaml")
    result = cli("diff", path, path)
    assert result.exit_code == 2
    assert "is an employer file" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.dutch
def test_diff_shows_the_employer_of_a_follow_up_in_words(cli: Any, tmp_path: Path) -> None:
    new = ROOT / "regions" / "noord.yaml"
    old = tmp_path / "noord.yaml"
    old.write_text(
        new.read_text(encoding="utf-8").replace("    employer: bakker\n", "", 1), encoding="utf-8"
    )
    result = cli("diff", str(old), str(new), "--root", str(ROOT), "--format", "markdown")
    assert result.exit_code == 1
    assert "werkgever" in result.stdout and "bakker" in result.stdout


@pytest.mark.dutch
def test_the_readme_shows_the_employer_list_as_the_command_gives_it(
    cli: Any, monkeypatch: Any
) -> None:
    monkeypatch.chdir(REPO)
    out = cli("employer", "--format", "markdown", "--as-of", "2026-12-01").stdout
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert out.strip() in readme


def test_a_municipality_of_a_region_with_errors_points_at_that_region(cli: Any) -> None:
    root = TESTS / "fixtures" / "employers-broken-region"
    result = cli("validate", "--root", str(root), "--format", "json", "--as-of", AS_OF)
    assert result.exit_code == 1
    found = {Path(f["file"]).name: f for f in result.json()["findings"]}
    assert found["west.yaml"]["code"] == "missing-key"
    assert found["winkel.yaml"]["code"] == "unknown-municipality"
    assert "it may be listed by a region with errors: west" in found["winkel.yaml"]["message"]
    assert found["winkel.yaml"]["hint"] == "fix the errors in those regions first"


@pytest.mark.dutch
def test_the_employer_brief_is_escaped_in_html(cli: Any) -> None:
    result = cli(
        "report", "--employer", "schoon", "--root", str(ROOT), "--output", "-", "--as-of", AS_OF,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "Wat Schoon &amp; Zo moet weten" in result.stdout
    assert "Schoon & Zo" not in result.stdout


@pytest.mark.dutch
def test_the_readme_shows_sorteerpost_as_the_command_gives_it(cli: Any, monkeypatch: Any) -> None:
    monkeypatch.chdir(REPO)
    out = cli("employer", "sorteerpost", "--format", "markdown", "--as-of", "2026-12-01").stdout
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    figures = next(line for line in out.splitlines() if line.startswith("Harmonisatie-index"))
    flevoland = out[out.index("## Flevoland") : out.index("## FoodValley")].rstrip("\n")
    assert figures in readme and flevoland in readme


def test_with_a_region_left_out_an_employer_there_shows_the_findings(
    cli: Any, tmp_path: Path
) -> None:
    import shutil

    root = tmp_path / "root"
    shutil.copytree(ROOT, root)
    zuid = root / "regions" / "zuid.yaml"
    zuid.write_text(zuid.read_text("utf-8").replace("adoption: adopted\n", ""), "utf-8")
    (root / "employers" / "depot.yaml").write_text(
        "employer: depot\nname: Depot\nsites:\n  - name: Depot\n    region: zuid\n", "utf-8"
    )
    # compare and report go on without an invalid region, but not for an employer with sites
    # there: its own file (bakker, Zuidstad) or the region (depot) has the findings to show.
    for name, file in (("bakker", "bakker.yaml"), ("depot", "zuid.yaml")):
        result = cli("compare", "--employer", name, "--root", str(root), "--as-of", AS_OF)
        assert result.exit_code == 1, result.stdout + result.stderr
        assert file in result.stderr and "Traceback" not in result.stderr
    shown = cli("compare", "--employer", "schoon", "--root", str(root), "--as-of", AS_OF)
    assert shown.exit_code == 1 and "schoon.yaml" in shown.stderr


def test_follow_up_employers_are_checked_once_employers_are_kept(cli: Any, tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "root"
    shutil.copytree(ROOT, root)
    noord = root / "regions" / "noord.yaml"
    noord.write_text(
        noord.read_text("utf-8").replace("employer: bakker", "employer: bakkr"), "utf-8"
    )
    kept = cli("validate", "--root", str(root), "--format", "json", "--as-of", AS_OF)
    codes = [f["code"] for f in kept.json()["findings"]]
    assert codes.count("unknown-employer") == 2
    shutil.rmtree(root / "employers")  # no employer files: an employer id is just an id
    loose = cli("validate", "--root", str(root), "--format", "json", "--as-of", AS_OF)
    assert not [f for f in loose.json()["findings"] if f["code"] == "unknown-employer"]


@pytest.mark.dutch
def test_employer_views_as_excel_workbooks(cli: Any, tmp_path: Path) -> None:
    import openpyxl

    out = tmp_path / "bakker.xlsx"
    result = cli("employer", "bakker", "--root", str(ROOT), "--as-of", AS_OF, "-f", "xlsx", "-o", str(out))  # fmt: skip
    assert result.exit_code == 0, result.stderr
    book = openpyxl.load_workbook(out)
    values = book["Wat anders geldt"]
    rows = [[c.value for c in row] for row in values.iter_rows(min_row=2)]
    tarief = next(r for r in rows if r[1] == "proef.tarief")
    assert (tarief[0], tarief[4], tarief[7], tarief[12]) == ("noord", 85.0, "werkgever", 95.0)
    assert [r[0].value for r in book["Regio's"].iter_rows(min_row=2, max_row=4)] == [
        "noord",
        "zuid",
        "oost",
    ]
    compared = tmp_path / "compare.xlsx"
    cli("compare", "--employer", "bakker", "--root", str(ROOT), "--as-of", AS_OF, "-f", "xlsx", "-o", str(compared))  # fmt: skip
    sheet = openpyxl.load_workbook(compared)["Werkgever"]
    last = [c.value for c in list(sheet.iter_rows())[-1]]
    assert last[1] == "Bakkerij Bol" and last[2] == pytest.approx(85.0)


def test_a_region_under_another_framework_is_not_counted_as_all_national(
    cli: Any, tmp_path: Path
) -> None:
    """Delta works with `ander`, the employer with `mini`: Delta's deviations name parameters
    that `mini` does not have, so measured against `mini` it would look 100 % national and lift
    the employer's figures. It gets none (validate warns: site-other-framework)."""
    root = tmp_path / "mix"
    shutil.copytree(TESTS / "fixtures" / "validate" / "valid", root)
    shutil.copytree(
        TESTS / "fixtures" / "validate" / "invalid" / "site-other-framework__second-framework",
        root,
        dirs_exist_ok=True,
    )
    result = cli("employer", "mengbouw", "--root", str(root), "--as-of", "2025-01-01", "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = result.json()
    by_region = {r["region"]: r for r in data["regions"]}
    assert by_region["delta"]["index"] is None and by_region["delta"]["balance"] is None
    assert by_region["delta"]["other_framework"] == "ander" and by_region["delta"]["values"] == []
    assert by_region["alpha"]["other_framework"] is None
    assert data["index"] == pytest.approx(by_region["alpha"]["index"])
    table = cli("employer", "mengbouw", "--root", str(root), "--as-of", "2025-01-01")
    said = " ".join(table.stdout.split())
    assert "This region works with another framework (ander), so what applies here" in said
    assert "The national framework applies to you throughout" not in said  # not for Delta
