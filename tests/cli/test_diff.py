"""`samenwerking diff OLD NEW`: changes in domain terms; exit 0 equal, 1 different, 2 error."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import TESTS, run

FIXTURES = TESTS / "fixtures" / "compare"
DIFF = FIXTURES / "diff"
REPO = str(FIXTURES / "repo")
FORMATS = ("table", "json", "csv", "markdown")


def diff(old: str, new: str, *args: str) -> tuple[int, str, str]:
    return run("diff", str(DIFF / old), str(DIFF / new), "--root", REPO, *args)


def changes(old: str, new: str) -> list[tuple[Any, ...]]:
    code, out, _ = diff(old, new, "--format", "json")
    assert code == 1
    return [
        (c["change"], c["about"], c["id"], c["field"], c["old"], c["new"])
        for c in json.loads(out)["changes"]
    ]


def test_framework_changes_in_domain_terms() -> None:
    assert changes("framework_old.yaml", "framework_new.yaml") == [
        ("changed", "framework", "version", "version", "1.0", "1.1"),
        ("removed", "topic", "extra", None, None, None),
        ("removed", "parameter", "extra.fiets", None, False, None),
        ("removed", "parameter", "extra.uren", None, 15, None),
        ("removed", "parameter", "proef.weg", None, "oud", None),
        (
            "changed",
            "parameter",
            "proef.duur",
            "title",
            "Maximale duur proefplaatsing",
            "Langste duur proefplaatsing",
        ),
        ("changed", "parameter", "proef.duur", "baseline", 2, 3),
        ("added", "parameter", "proef.nieuw", None, None, ["a", "b"]),
    ]


@pytest.mark.dutch
def test_removed_topic_names_its_parameters() -> None:
    _, out, _ = diff("framework_old.yaml", "framework_new.yaml", "--format", "json")
    topic = next(c for c in json.loads(out)["changes"] if c["about"] == "topic")
    assert topic["note"] == "met de parameters extra.fiets, extra.uren"
    notes = {c["id"]: c["note"] for c in json.loads(out)["changes"] if c["about"] == "parameter"}
    assert notes["extra.fiets"] == notes["extra.uren"] == "met het onderwerp extra"
    assert notes["proef.weg"] == ""  # removed on its own, not with its topic


@pytest.mark.dutch
@pytest.mark.parametrize("fmt", ["markdown", "table"])
def test_diff_speaks_dutch(fmt: str) -> None:
    _, out, _ = diff("framework_old.yaml", "framework_new.yaml", "--format", fmt)
    _, region, _ = diff("region_old.yaml", "region_new.yaml", "--format", fmt)
    out += region
    if fmt == "markdown":
        for row in (
            "| gewijzigd | raamwerk: versie | 1.0 | 1.1 |",
            "| verwijderd | onderwerp Extra (extra) | – |   | met de parameters extra.fiets, extra.uren |",
            "| verwijderd | parameter Fiets van de zaak (extra.fiets) | nee |   | met het onderwerp extra |",
            "| gewijzigd | parameter Langste duur proefplaatsing (proef.duur): landelijke waarde | 2 maanden | 3 maanden |",
            "| gewijzigd | regio: gemeenten | Aa, Bee | Bee, Cee | toegevoegd: Cee; verwijderd: Aa |",
            "| gewijzigd | regio: stand van overname | gedeeltelijk | overgenomen |",
            "| gewijzigd | afwijking Maximale duur proefplaatsing (proef.duur): waarde | 3 maanden | 4 maanden |",
            "| verwijderd | contactpersoon Beleid (Gemeente Alpha) | rol: Beleid; organisatie: Gemeente Alpha; telefoon: 030 111 |",
            "| gewijzigd | contactpersoon Jan (WSP Alpha): e-mail | jan@alpha.example | jan.nieuw@alpha.example |",
            "| toegevoegd | goede praktijk Medewerkerspaspoort |   | titel: Medewerkerspaspoort; beschrijving: Overzicht. |",
            "| gewijzigd | vervolgafspraak Tarief afstemmen: status | open | afgerond |",
        ):
            assert row in out, row
    for english in (
        "with ",
        "added ",
        "removed ",
        "value",
        "email",
        "role",
        "baseline",
        "partial",
        "done",
        "version",
    ):
        assert english not in out, english


def test_region_changes_in_domain_terms() -> None:
    assert changes("region_old.yaml", "region_new.yaml") == [
        ("changed", "region", "municipalities", "municipalities", ["Aa", "Bee"], ["Bee", "Cee"]),
        ("changed", "region", "adoption", "adoption", "partial", "adopted"),
        ("removed", "deviation", "extra.fiets", None, True, None),
        ("changed", "deviation", "proef.duur", "value", 3, 4),
        ("added", "deviation", "extra.uren", None, None, 12.5),
        (
            "removed",
            "contact",
            "Beleid (Gemeente Alpha)",
            None,
            {"role": "Beleid", "organisation": "Gemeente Alpha", "phone": "030 111"},
            None,
        ),
        (
            "changed",
            "contact",
            "Jan (WSP Alpha)",
            "email",
            "jan@alpha.example",
            "jan.nieuw@alpha.example",
        ),
        (
            "added",
            "addition",
            "Medewerkerspaspoort",
            None,
            None,
            {"title": "Medewerkerspaspoort", "description": "Overzicht."},
        ),
        ("changed", "follow_up", "Tarief afstemmen", "status", "open", "done"),
    ]


@pytest.mark.dutch
def test_order_and_quoting_are_not_changes() -> None:
    code, out, _ = diff("region_old.yaml", "region_reordered.yaml", "--format", "json")
    assert code == 0
    assert json.loads(out)["equal"] is True
    code, out, _ = diff("region_old.yaml", "region_old.yaml")
    assert code == 0 and "Geen verschillen in de inhoud." in out


def test_region_titles_come_from_the_framework() -> None:
    code, out, _ = diff("region_old.yaml", "region_new.yaml")
    assert code == 1
    assert "Maximale duur proefplaatsing" in out and "3 maanden" in out and "4 maanden" in out
    assert "root[" not in out and "iterable_item" not in out


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", ["framework", "region"])
def test_every_format(kind: str, fmt: str) -> None:
    code, out, err = diff(f"{kind}_old.yaml", f"{kind}_new.yaml", "--format", fmt)
    assert (code, err) == (1, "")
    assert "root[" not in out
    if fmt == "csv":
        assert out.startswith("\ufeffchange;about;id;title;field;old;new;note\n")
        table = list(csv.DictReader(io.StringIO(out[1:]), delimiter=";"))
        assert table


def test_broken_file_exits_2_with_findings() -> None:
    code, out, err = diff("region_old.yaml", "broken.yaml")
    assert code == 2 and out == ""
    assert "broken.yaml:2:7: error syntax a quoted text is not closed" in err


def test_missing_file_exits_2() -> None:
    code, out, err = diff("region_old.yaml", "nope.yaml")
    assert code == 2 and out == ""
    assert "nope.yaml" in err and "unreadable" in err


def test_framework_against_region_exits_2() -> None:
    code, out, err = diff("framework_old.yaml", "region_new.yaml")
    assert code == 2 and out == ""
    assert "is a framework and" in err and "is a region" in err


def test_any_file_name_is_fine(tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"  # as from `git show HEAD~1:regions/alpha.yaml > old.yaml`
    old.write_text((DIFF / "region_old.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    code, _, err = run("diff", str(old), str(DIFF / "region_new.yaml"), "--root", REPO)
    assert code == 1 and err == ""


def test_document_text_is_escaped_in_every_format(tmp_path: Path) -> None:
    old = tmp_path / "a.yaml"
    new = tmp_path / "b.yaml"
    base = "region: alpha\nname: Alpha\nframework: tiny\nadoption: adopted\n"
    old.write_text(base + "follow_ups:\n  - action: x\n    status: open\n", encoding="utf-8")
    nasty = '"=cmd <script>| \\e[31m\\nz"'
    new.write_text(
        base + f"follow_ups:\n  - action: x\n    status: open\n    owner: {nasty}\n",
        encoding="utf-8",
    )
    outs = {}
    for fmt in FORMATS:
        code, out, _ = run("diff", str(old), str(new), "--root", REPO, "-f", fmt)
        assert code == 1
        assert "\x1b" not in out
        outs[fmt] = out
    assert "\\u001b[31m" in outs["table"]
    assert "\\<script\\>\\|" in outs["markdown"]
    assert json.loads(outs["json"])["changes"][0]["new"] == "=cmd <script>| \x1b[31m\nz"
    row = next(csv.DictReader(io.StringIO(outs["csv"][1:]), delimiter=";"))
    assert row["new"] == "'=cmd <script>| \\u001b[31m\nz"
