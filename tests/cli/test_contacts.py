"""`samenwerking contacts` as users run it."""

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
            # the same keys as a contact with `verified` (a stable shape), null: not given
            "verified": None,
            "age_months": None,
            "stale": None,
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
