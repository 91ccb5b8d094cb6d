"""`samenwerking show` as users run it."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import TESTS, run

REPO = str(TESTS / "fixtures" / "compare" / "repo")
FORMATS = ("table", "json", "csv", "markdown")


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
