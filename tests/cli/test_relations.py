"""Follow-ups, good practices and contacts as first-class: `follow-ups`, `practices`,
`contacts` (general contacts, age, vCard) and the report's landkaart, on a small fixture."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import icalendar
import pytest
import vobject
from conftest import TESTS, run

ROOT = str(TESTS / "fixtures" / "relations")
AS_OF = "2025-02-01"


def follow_ups(*args: str) -> list[dict[str, Any]]:
    code, out, err = run("follow-ups", "--root", ROOT, "--as-of", AS_OF, "-f", "json", *args)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["as_of"] == AS_OF
    items: list[dict[str, Any]] = data["follow_ups"]
    return items


def ids(items: list[dict[str, Any]]) -> list[str]:
    return [f"{i['region']}/{i['id']}" for i in items]


# ---------------------------------------------------------------- follow-ups


def test_every_follow_up_sorted_by_due_date_undated_last() -> None:
    items = follow_ups()
    assert ids(items) == ["oost/p1", "west/w1", "west/w2", "oost/p2", "oost/p3", "west/w3"]
    assert items[3] == {
        "region": "oost",
        "name": "Oost",
        "id": "p2",
        "uid": "oost-p2@samenwerking",
        "action": "Kennismaking met PostNL; sorteercentrum, Almere",
        "with": "PostNL",
        "employer": "postnl",
        "owner": "WSP Oost",
        "due": "2025-03-31",
        "status": "open",
        "made_at": "dialoogsessie-2018-09",
        "done_on": None,
        "overdue": False,
    }
    assert items[0]["done_on"] == "2018-11-15"
    assert [i["overdue"] for i in items] == [False, False, True, False, False, False]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--region", "West"), ["west/w1", "west/w2", "west/w3"]),
        (("--region", "oost", "--region", "west", "--status", "dropped"), ["west/w1"]),
        (("--employer", "postnl"), ["oost/p2"]),
        (("--with", "postnl"), ["oost/p2"]),  # any case, part of the text
        (("--owner", "gemeente"), ["west/w1", "west/w2", "oost/p3"]),
        (("--status", "open"), ["west/w2", "oost/p2", "oost/p3"]),
        (("--overdue",), ["west/w2"]),
        (("--due-before", "2025-03-31"), ["oost/p1", "west/w1", "west/w2"]),
        (("--made-at", "dialoogsessie-2018-09"), ["oost/p1", "west/w1", "oost/p2"]),
        (("--made-at", "2024-10-01", "--status", "open"), ["oost/p3"]),
        (("--employer", "albert-heijn", "--overdue"), ["west/w2"]),
        (("--employer", "nobody"), []),
    ],
)
def test_follow_up_filters(args: tuple[str, ...], expected: list[str]) -> None:
    assert ids(follow_ups(*args)) == expected


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--status", "klaar"), '--status: "klaar" is not one of open, done, dropped'),
        (("--due-before", "31-03-2025"), '--due-before: "31-03-2025" is not a date'),
        (("--made-at", "dialoogsessie"), "no follow-up was made at `dialoogsessie`"),
        (("--region", "noord"), "unknown region `noord`"),
        (("--format", "ical"), "is not one of table, json, csv, markdown, ics"),
    ],
)
def test_follow_up_bad_options_exit_2(args: tuple[str, ...], message: str) -> None:
    code, out, err = run("follow-ups", "--root", ROOT, *args)
    assert code == 2 and out == ""
    assert message in err
    if "dialoogsessie" in args:
        assert "did you mean `dialoogsessie-2018-09`?" in err


@pytest.mark.dutch
def test_follow_ups_csv_and_markdown() -> None:
    code, out, _ = run("follow-ups", "--root", ROOT, "--as-of", AS_OF, "-f", "csv")
    assert code == 0 and out.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(out[1:]), delimiter=";"))
    assert list(rows[0]) == [
        "region",
        "name",
        "id",
        "action",
        "with",
        "employer",
        "owner",
        "due",
        "status",
        "made_at",
        "done_on",
        "overdue",
    ]
    p2 = next(r for r in rows if r["id"] == "p2")
    assert p2["action"] == "Kennismaking met PostNL; sorteercentrum, Almere"
    assert (p2["due"], p2["overdue"], p2["made_at"]) == (
        "2025-03-31",
        "nee",
        "dialoogsessie-2018-09",
    )
    assert next(r for r in rows if r["id"] == "w2")["overdue"] == "ja"
    code, out, _ = run("follow-ups", "--root", ROOT, "--as-of", AS_OF, "-f", "markdown")
    assert code == 0 and out.startswith("# Vervolgafspraken\n")
    assert "| 31 januari 2025 | West | Werkgeversontbijt met Albert Heijn |" in out
    assert "open · verlopen" in out
    assert out.rstrip().endswith(
        "6 vervolgafspraken: 3 open, waarvan 1 verlopen op de peildatum 1 februari 2025."
    )


@pytest.mark.dutch
def test_follow_ups_table_marks_overdue() -> None:
    code, out, _ = run("follow-ups", "--root", ROOT, "--as-of", AS_OF, "--overdue")
    assert code == 0
    assert "Werkgeversontbijt met Albert Heijn" in out and "verlopen" in out
    assert "Tarief afstemmen" not in out


# ---------------------------------------------------------------- ics


def _calendar(text: str) -> Any:
    return icalendar.Calendar.from_ical(text)


@pytest.mark.dutch
def test_ics_parsed_back_an_all_day_event_per_due_date(tmp_path: Path) -> None:
    target = tmp_path / "vervolg.ics"
    code, out, err = run(
        "follow-ups", "--root", ROOT, "--as-of", AS_OF, "-f", "ics", "--output", str(target)
    )
    assert (code, out, err) == (0, "", "")
    assert [p.name for p in tmp_path.iterdir()] == ["vervolg.ics"]  # no temporary file left
    cal = _calendar(target.read_text(encoding="utf-8"))
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    # five follow-ups have a due date; w3 has none and has no place in a calendar
    assert sorted(events) == [
        "oost-p1@samenwerking",
        "oost-p2@samenwerking",
        "oost-p3@samenwerking",
        "west-w1@samenwerking",
        "west-w2@samenwerking",
    ]
    p2 = events["oost-p2@samenwerking"]
    start, end = p2.decoded("DTSTART"), p2.decoded("DTEND")
    assert start.isoformat() == "2025-03-31" and (end - start).days == 1
    assert not hasattr(start, "hour")  # a date, so an all-day event
    assert str(p2["SUMMARY"]) == "Kennismaking met PostNL; sorteercentrum, Almere (Oost)"
    assert "Afgesproken in: dialoogsessie-2018-09" in str(p2["DESCRIPTION"])
    assert str(events["west-w1@samenwerking"]["STATUS"]) == "CANCELLED"
    assert "afgerond op 15 november 2018" in str(events["oost-p1@samenwerking"]["DESCRIPTION"])


def test_ics_is_reproducible_and_filtered_to_stdout() -> None:
    args = ("follow-ups", "--root", ROOT, "--as-of", AS_OF, "-f", "ics", "--status", "open")
    first, second = run(*args), run(*args)
    assert first == second and first[0] == 0
    cal = _calendar(first[1])
    assert {str(e["UID"]) for e in cal.walk("VEVENT")} == {
        "oost-p2@samenwerking",
        "oost-p3@samenwerking",
        "west-w2@samenwerking",
    }
    assert str(cal["VERSION"]) == "2.0"


def test_ics_never_over_an_input() -> None:
    target = str(Path(ROOT) / "regions" / "oost.yaml")
    code, _, err = run("follow-ups", "--root", ROOT, "-f", "ics", "--output", target)
    assert code == 2 and "input" in err


# ---------------------------------------------------------------- contacts


def test_general_contact_serves_the_topics_without_their_own() -> None:
    code, out, _ = run("contacts", "--root", ROOT, "--as-of", AS_OF, "-f", "json")
    assert code == 0
    regions = {r["region"]: r for r in json.loads(out)["regions"]}
    oost = regions["oost"]
    assert oost["missing_topics"] == []
    assert oost["general_topics"] == ["extra"]  # proef has its own contact
    anna, jobcoach = oost["contacts"]
    assert (anna["verified"], anna["age_months"], anna["stale"]) == ("2024-12-01", 2, False)
    assert (jobcoach["age_months"], jobcoach["stale"]) == (19, True)
    assert regions["west"]["missing_topics"] == ["proef"]
    assert regions["west"]["general_topics"] == []
    # The same keys for a contact without `verified` (a stable shape), null for what is unknown.
    west = regions["west"]["contacts"][0]
    assert list(west) == list(anna)
    assert (west["verified"], west["age_months"], west["stale"]) == (None, None, None)


@pytest.mark.dutch
def test_missing_lists_gaps_and_general_contacts_apart() -> None:
    code, out, _ = run("contacts", "--missing", "--root", ROOT, "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert [(m["region"], m["topic"]) for m in data["missing"]] == [("west", "proef")]
    assert [(g["region"], g["topic"]) for g in data["general"]] == [("oost", "extra")]
    code, out, _ = run("contacts", "--missing", "--root", ROOT)
    assert "1 combinatie van regio en onderwerp zonder contactpersoon" in out
    assert "Via een algemene contactpersoon (geen gat)" in out and "Anna de Boer" in out
    code, out, _ = run("contacts", "--missing", "--root", ROOT, "-f", "markdown")
    assert "## Via een algemene contactpersoon (geen gat)" in out
    assert "| Oost | Extra | Anna de Boer |" in out


@pytest.mark.dutch
def test_contacts_show_age_and_stale() -> None:
    code, out, _ = run("contacts", "--root", ROOT, "--as-of", AS_OF, "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(out[1:]), delimiter=";"))
    jobcoach = next(r for r in rows if r["role"] == "Jobcoach")
    assert (jobcoach["verified"], jobcoach["age_months"], jobcoach["stale"]) == (
        "2023-06-30",
        "19",
        "ja",
    )
    anna = next(r for r in rows if r["person"] == "Anna de Boer")
    assert (anna["topics"], anna["serves"]) == ("alle", "extra")
    code, out, _ = run("contacts", "--root", ROOT, "--as-of", AS_OF)
    assert "verouderd" in out and "algemeen: alle onderwerpen zonder eigen contactpersoon" in out
    code, out, _ = run("contacts", "--root", ROOT, "--as-of", AS_OF, "--stale-after", "24")
    assert code == 0 and "verouderd" not in out


@pytest.mark.dutch
def test_vcard_parsed_back(tmp_path: Path) -> None:
    target = tmp_path / "oost.vcf"
    code, _, err = run(
        "contacts", "--root", ROOT, "--as-of", AS_OF, "-r", "oost", "-f", "vcard", "-o", str(target)
    )
    assert (code, err) == (0, "")
    cards = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    assert len(cards) == 2
    anna, jobcoach = cards
    assert anna.fn.value == "Anna de Boer"
    assert (anna.n.value.given, anna.n.value.family) == ("Anna", "de Boer")
    assert anna.email.value == "anna@oost.example"
    assert anna.org.value == ["WSP Oost"] and anna.title.value == "Accountmanager"
    assert "algemene contactpersoon" in anna.note.value and "Extra" in anna.note.value
    assert anna.rev.value == "2024-12-01"
    assert jobcoach.fn.value == "Jobcoach, Gemeente Oost"
    assert jobcoach.tel.value == "0344 123 456"
    assert "Bevestigd op 30 juni 2023 (19 maanden geleden)" in jobcoach.note.value
    assert anna.uid.value != jobcoach.uid.value


# ---------------------------------------------------------------- practices


def test_practices_json_and_csv() -> None:
    code, out, _ = run("practices", "--root", ROOT, "-f", "json")
    assert code == 0
    practices = json.loads(out)["practices"]
    assert practices[0] == {
        "practice": "paspoort",
        "title": "Medewerkerspaspoort",
        "topic": "proef",
        "origin": "oost",
        "origin_known": True,
        "regions": ["oost", "west"],
        "spread_to": ["west"],
    }
    assert practices[1]["practice"] is None and practices[1]["regions"] == ["west"]
    code, out, _ = run("practices", "--root", ROOT, "-f", "csv", "--region", "oost")
    rows = list(csv.DictReader(io.StringIO(out[1:]), delimiter=";"))
    assert [(r["region"], r["role"]) for r in rows] == [
        ("oost", "herkomst"),
        ("west", "overgenomen"),
    ]
    code, out, _ = run("practices", "--root", ROOT, "-f", "markdown")
    assert "| Medewerkerspaspoort | Proefplaatsing | Oost | Oost, West |" in out


# ---------------------------------------------------------------- validate


def test_origin_known_from_the_root_when_one_file_is_checked() -> None:
    west = str(Path(ROOT) / "regions" / "west.yaml")
    code, out, _ = run("validate", "--root", ROOT, "--as-of", AS_OF, "-f", "json", west)
    assert code == 0
    assert [f["code"] for f in json.loads(out)["findings"]] == ["follow-up-overdue"]


def test_stale_after_option() -> None:
    def codes(*extra: str) -> list[str]:
        _, out, _ = run("validate", "--root", ROOT, "--as-of", AS_OF, "-f", "json", *extra)
        return [f["code"] for f in json.loads(out)["findings"]]

    assert codes().count("contact-stale") == 1
    assert codes("--stale-after", "24").count("contact-stale") == 0
    # Anna was confirmed exactly 2 months before: stale only after more than 2 months
    assert codes("--stale-after", "2").count("contact-stale") == 1
    assert codes("--stale-after", "1").count("contact-stale") == 2
    code, _, err = run("validate", "--root", ROOT, "--stale-after", "0")
    assert code == 2 and "--stale-after" in err


# ---------------------------------------------------------------- report


class _Page(HTMLParser):
    """The report's tags with their attributes and the text inside each section."""

    def __init__(self) -> None:
        super().__init__()
        self.tiles: dict[str, list[str]] = {}  # class -> titles of the tiles
        self.section: str | None = None
        self.text: dict[str, list[str]] = {}
        self._tile: str | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "section":
            self.section = a.get("id")
        if tag == "g" and (a.get("class") or "").split()[0] in ("ftile", "ptile"):
            self._tile = a.get("class") or ""
        if tag == "title" and self._tile is not None:
            self._in_title = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "g":
            self._tile = None
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title and self._tile is not None:
            self.tiles.setdefault(self._tile, []).append(data)
        if self.section:
            self.text.setdefault(self.section, []).append(data)


def _report(*args: str) -> str:
    code, out, err = run("report", "--root", ROOT, "--as-of", AS_OF, "--output", "-", *args)
    assert code == 0, err
    return out


@pytest.mark.dutch
def test_report_landkaart_sessions_and_spread() -> None:
    page = _Page()
    page.feed(_report())
    assert page.tiles["ftile fu-overdue"] == ["West: 1 open, waarvan 1 verlopen; 1 afgerond"]
    assert page.tiles["ftile fu-open"] == ["Oost: 2 open, waarvan 0 verlopen; 1 afgerond"]
    landkaart = " ".join(page.text["landkaart"])
    assert "6 vervolgafspraken: 3 open (waarvan 1 verlopen), 2 afgerond, 1 vervallen." in landkaart
    # sessions: the oldest first, a dated session by its date, follow-ups without one last
    order = [
        landkaart.index(s) for s in ("dialoogsessie-2018-09", "1 oktober 2024", "Zonder sessie")
    ]
    assert order == sorted(order)
    assert page.tiles["ptile pr-origin"] == ["Oost: herkomst"]
    assert page.tiles["ptile pr-used"] == ["West: overgenomen"]
    spread = " ".join(page.text["verspreiding"])
    assert "Begonnen in Oost." in spread and "Overgenomen door 1 regio: West." in spread
    contacts = " ".join(page.text["contacten"])
    assert "30 juni 2023 (19 mnd geleden) · verouderd" in contacts
    assert "alle onderwerpen zonder eigen contactpersoon" in contacts


@pytest.mark.dutch
def test_report_markdown_and_english() -> None:
    md = _report("--format", "markdown")
    assert "## Vervolgafspraken" in md and "## Goede praktijken" in md
    assert "| West |   | 1 | 1 | 1 |" in md
    assert "#### dialoogsessie-2018-09" in md
    assert "- **Medewerkerspaspoort** (`paspoort`, Proefplaatsing): Begonnen in Oost." in md
    en = _report("--lang", "en")
    assert ">Follow-ups</h2>" in en and ">Good practices</h2>" in en
    assert "Started in Oost." in en


@pytest.mark.dutch
def test_report_lists_general_contacts_apart_from_gaps_and_labels_a_selection() -> None:
    page = _Page()
    page.feed(_report())
    contacts = " ".join(page.text["contacten"])
    assert "Onderwerpen via de algemene contactpersoon (geen gat)" in contacts
    md = _report("--format", "markdown")
    general = md.split("### Onderwerpen via de algemene contactpersoon (geen gat)")[1]
    assert "| Oost | Extra |" in general.split("##")[0]
    gaps = md.split("### Onderwerpen zonder contactpersoon")[1].split("###")[0]
    assert "| West | Proefplaatsing |" in gaps and "Oost" not in gaps
    assert "**6 vervolgafspraken:" in md
    selected = _report("--format", "markdown", "--region", "oost")
    assert "**In de selectie: 3 vervolgafspraken: 2 open (waarvan 0 verlopen)" in selected
    assert "De kaart toont alle regio's." in selected
    assert "| West |   | 1 | 1 | 1 |" in selected  # the map keeps every region


@pytest.mark.dutch
def test_report_card_shows_when_a_follow_up_was_done() -> None:
    md = _report("--format", "markdown")
    assert (
        "| Paspoort presenteren | De Normaalste Zaak | WSP Oost | 31 december 2018 | afgerond (15 november 2018) |"
        in md
    )


def test_hostile_text_is_escaped_in_every_format(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "data"
    shutil.copytree(ROOT, root)
    west = root / "regions" / "west.yaml"
    west.write_text(
        west.read_text(encoding="utf-8").replace(
            "action: Zonder datum",
            'action: "=HYPERLINK(1) | <b>x</b> \\e[31mrood\\nregel twee"\n    due: 2025-05-01',
        ),
        encoding="utf-8",
    )
    common = ("follow-ups", "--root", str(root), "--as-of", AS_OF, "--region", "west")
    _, out, _ = run(*common, "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(out[1:]), delimiter=";"))
    assert next(r for r in rows if r["id"] == "w3")["action"].startswith("'=HYPERLINK(1)")
    _, out, _ = run(*common, "-f", "markdown")
    assert "\\| \\<b\\>x\\</b\\> \\\\u001b\\[31mrood<br>regel twee" in out
    _, out, _ = run(*common, "-f", "ics")
    assert "\x1b" not in out
    event = next(
        e for e in _calendar(out).walk("VEVENT") if str(e["UID"]) == "west-w3@samenwerking"
    )
    assert str(event["SUMMARY"]) == "=HYPERLINK(1) | <b>x</b> \\u001b[31mrood\nregel twee (West)"
    _, out, _ = run(*common)
    assert "\x1b" not in out and "\\u001b[31mrood" in out
