"""`samenwerking show` and `samenwerking contacts` as users run them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import samenwerking_cli.cli.main  # noqa: F401  (registers every command)
from samenwerking_cli.cli.app import app

REPO = str(Path(__file__).parent / "fixtures" / "compare" / "repo")
FORMATS = ("table", "json", "csv", "markdown")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(
        app, list(args), env={"COLUMNS": "200", "NO_COLOR": "1"}, catch_exceptions=False
    )
    return result.exit_code, result.stdout, result.stderr


def rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:]), delimiter=";"))


def test_show_json_contract() -> None:
    code, out, _ = run("show", "beta", "--root", REPO, "--as-of", "2025-01-01", "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert (data["region"], data["framework"]) == ("beta", "tiny")
    params = {p["parameter"]: p for p in data["parameters"]}
    assert len(params) == 8
    assert params["proef.tarief"] == {
        "parameter": "proef.tarief",
        "title": "Uurtarief jobcoach",
        "value": 92.5,
        "baseline": 90.0,
        "source": "region",
    }
    # beta's longer duur applies from 2025-06-01 only
    assert params["proef.duur"]["value"] == 2 and params["proef.duur"]["source"] == "baseline"


def test_show_as_of_later() -> None:
    code, out, _ = run("show", "beta", "--root", REPO, "--as-of", "2025-07-01", "-f", "json")
    assert code == 0
    duur = next(p for p in json.loads(out)["parameters"] if p["parameter"] == "proef.duur")
    assert (duur["value"], duur["source"]) == (4, "region")


@pytest.mark.dutch
def test_show_table_names_the_source_in_dutch() -> None:
    code, out, _ = run("show", "Beta", "--root", REPO, "--as-of", "2025-01-01")  # by name
    assert code == 0
    line = next(ln for ln in out.splitlines() if "Uurtarief jobcoach" in ln)
    assert "€ 92,50 per uur" in line and "regio" in line and "€ 90,00 per uur" in line
    line = next(ln for ln in out.splitlines() if "Uitkering loopt door" in ln)
    assert "nee" in line and "ja" in line
    assert "regio vanaf 1 juni 2025" in out


@pytest.mark.dutch
@pytest.mark.parametrize("fmt", FORMATS)
def test_show_every_format(fmt: str) -> None:
    code, out, err = run("show", "alpha", "--root", REPO, "--as-of", "2025-01-01", "-f", fmt)
    assert (code, err) == (0, "")
    assert "Maximale duur proefplaatsing" in out
    if fmt == "csv":
        table = rows(out)
        assert [r["parameter"] for r in table][:2] == ["proef.duur", "proef.tarief"]
        assert table[1]["value"] == "92,50" and table[1]["source"] == "regio"
        assert table[0]["unit"] == "maanden"


def test_show_topic_filter_and_unknown_region() -> None:
    code, out, _ = run("show", "alpha", "--root", REPO, "--topic", "extra", "-f", "json")
    assert [p["parameter"] for p in json.loads(out)["parameters"]] == ["extra.fiets", "extra.uren"]
    code, out, err = run("show", "omega", "--root", REPO)
    assert code == 2 and out == ""
    assert err.startswith("Error: unknown region `omega`")


def test_contacts_json() -> None:
    code, out, _ = run("contacts", "--root", REPO, "-f", "json")
    assert code == 0
    data = json.loads(out)
    regions = {r["region"]: r for r in data["regions"]}
    assert regions["alpha"]["contacts"] == [
        {
            "role": "Accountmanager",
            "organisation": "WSP Alpha",
            "name": "Jan",
            "email": "wsp@alpha.example",
            "phone": None,
            "topics": None,
        }
    ]
    assert regions["alpha"]["missing_topics"] == []
    assert regions["beta"]["missing_topics"] == ["extra"]
    assert regions["gamma"]["missing_topics"] == ["proef", "extra"]
    assert regions["delta"]["missing_topics"] == ["proef"]


def test_contacts_missing_json() -> None:
    code, out, _ = run("contacts", "--missing", "--root", REPO, "-f", "json")
    assert code == 0
    gaps = [(m["region"], m["topic"]) for m in json.loads(out)["missing"]]
    assert gaps == [("beta", "extra"), ("delta", "proef"), ("gamma", "proef"), ("gamma", "extra")]


def test_contacts_filters() -> None:
    code, out, _ = run(
        "contacts",
        "--missing",
        "--root",
        REPO,
        "--region",
        "gamma",
        "--topic",
        "extra",
        "-f",
        "json",
    )
    assert code == 0
    assert json.loads(out)["missing"] == [
        {"region": "gamma", "name": "Gamma", "topic": "extra", "title": "Extra"}
    ]
    code, _, err = run("contacts", "--root", REPO, "--topic", "extr")
    assert code == 2 and "did you mean `extra`?" in err
    code, _, err = run("contacts", "--root", REPO, "--region", "gamm")
    assert code == 2 and "unknown region `gamm`" in err


@pytest.mark.parametrize("missing", [(), ("--missing",)], ids=["directory", "missing"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_contacts_every_format(fmt: str, missing: tuple[str, ...]) -> None:
    code, out, err = run("contacts", *missing, "--root", REPO, "-f", fmt)
    assert (code, err) == (0, "")
    assert "Gamma" in out
    if fmt == "csv":
        table = rows(out)
        if missing:
            assert table[0] == {
                "region": "beta",
                "name": "Beta",
                "topic": "extra",
                "title": "Extra",
            }
        else:
            beta = next(r for r in table if r["region"] == "beta")
            assert beta["phone"] == "030 123 4567" and beta["topics"] == "proef"


@pytest.mark.dutch
def test_contacts_table_names_the_gaps() -> None:
    code, out, _ = run("contacts", "--missing", "--root", REPO)
    assert code == 0
    assert "4 combinaties van regio en onderwerp zonder contactpersoon" in out


@pytest.mark.dutch
def test_contacts_csv_words_are_dutch() -> None:
    code, out, _ = run("contacts", "--root", REPO, "-f", "csv")
    assert code == 0
    topics = {r["region"]: r["topics"] for r in rows(out)}
    assert topics == {"alpha": "alle", "beta": "proef", "delta": "extra", "gamma": ""}


@pytest.mark.dutch
def test_one_gap_is_one_combinatie() -> None:
    _, out, _ = run("contacts", "--root", REPO, "--region", "beta", "-f", "markdown")
    assert out.endswith("\n1 combinatie van regio en onderwerp zonder contactpersoon.\n")
    _, out, _ = run("contacts", "--root", REPO, "--region", "gamma", "-f", "markdown")
    assert out.endswith("\n2 combinaties van regio en onderwerp zonder contactpersoon.\n")
