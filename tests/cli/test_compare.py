"""`samenwerking compare` as users run it: every view in every format, errors and escaping."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import TESTS, run

FIXTURES = TESTS / "fixtures" / "compare"
REPO = str(FIXTURES / "repo")
BROKEN = str(FIXTURES / "broken")
AS_OF = "2025-01-01"
FORMATS = ("table", "json", "csv", "markdown")


def compare(*args: str) -> tuple[int, str, str]:
    return run("compare", "--root", REPO, "--as-of", AS_OF, *args)


def rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:]), delimiter=";"))


def test_overview_json_contract() -> None:
    code, out, _ = compare("--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["framework"] == {"id": "tiny", "version": "1.0"}
    assert data["as_of"] == AS_OF
    assert data["national_index"] == pytest.approx(100 * 14 / 24)
    assert [t["topic"] for t in data["topics"]] == ["proef", "extra"]
    assert data["topics"][0] == {
        "topic": "proef",
        "title": "Proefplaatsing",
        "index": pytest.approx(100 * 10 / 18),
        "balance": pytest.approx(100 * (2 - 3) / 12),
        "favourable": 2,
        "unfavourable": 3,
        "neutral": 3,
    }
    regions = {r["region"]: r for r in data["regions"]}
    assert regions["delta"]["index"] is None and regions["delta"]["rank"] is None
    assert regions["delta"]["adoption"] == "not_started"
    alpha = regions["alpha"]
    assert (alpha["name"], alpha["code"], alpha["index"], alpha["rank"]) == (
        "Alpha",
        "AM01",
        25.0,
        3,
    )
    devs = {d["parameter"]: d for d in alpha["deviations"]}
    assert devs["proef.duur"] == {
        "parameter": "proef.duur",
        "title": "Maximale duur proefplaatsing",
        "topic": "proef",
        "baseline": 2,
        "value": 3,
        "delta": 1,
        "effect": "favourable",
        "rationale": "<script>alert(1)</script> a | b\nregel twee =cmd \x1b[31mrood",
        "since": "2024-03-01",
        "review_by": "2026-03-01",
    }
    assert devs["proef.tarief"]["value"] == 92.5 and devs["proef.tarief"]["delta"] == 2.5
    assert devs["proef.bewijs"]["added"] == ["rooster"]
    assert devs["proef.bewijs"]["removed"] == ["urenregistratie"]
    assert "delta" not in devs["proef.periode"] and "added" not in devs["proef.periode"]
    assert "NaN" not in out and "\x1b" not in out  # strict JSON escapes the control character


@pytest.mark.dutch
def test_overview_table() -> None:
    code, out, err = compare()
    assert (code, err) == (0, "")
    assert "Landelijke harmonisatie-index: 58,3 %" in out
    assert "Proefplaatsing" in out and "55,6 %" in out
    assert "niet gestart" in out and "25,0 %" in out


def test_regions_json_has_deviations_and_differences() -> None:
    code, out, _ = compare("alpha", "beta", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert [r["region"] for r in data["regions"]] == ["alpha", "beta"]
    diffs = {d["parameter"]: d for d in data["differences"]}
    assert "proef.tarief" not in diffs  # 92.50 and 92.5 are the same amount
    assert diffs["proef.periode"]["values"] == {"alpha": "jaar", "beta": "kwartaal"}
    assert diffs["proef.periode"]["baseline"] == "maand"


@pytest.mark.dutch
def test_regions_table_shows_values_the_dutch_way() -> None:
    code, out, _ = compare("alpha", "AM02")  # by id and by CBS code
    assert code == 0
    assert "€ 90,00 per uur" in out and "€ 92,50 per uur" in out
    assert "3 maanden" in out and "+1 maand" in out
    assert "Waar de regio's onderling verschillen" in out
    assert "▼ ongunstig" in out and "● neutraal" in out


def test_against_json_contract() -> None:
    code, out, _ = compare("alpha", "--against", "gamma", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert (data["left"], data["right"]) == ("alpha", "gamma")
    first = data["differences"][0]
    assert first == {
        "parameter": "proef.duur",
        "title": "Maximale duur proefplaatsing",
        "baseline": 2,
        "left": 3,
        "right": 2,
    }
    assert len(data["differences"]) == 6


def test_against_needs_one_region() -> None:
    code, out, err = compare("alpha", "beta", "--against", "gamma")
    assert code == 2 and out == ""
    assert "--against compares one region with one other region" in err


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "args", [(), ("alpha", "beta"), ("alpha", "--against", "beta")], ids=["all", "two", "against"]
)
def test_every_view_in_every_format(fmt: str, args: tuple[str, ...]) -> None:
    code, out, err = compare(*args, "--format", fmt)
    assert (code, err) == (0, "")
    assert out.strip()
    if fmt == "json":
        json.loads(out)
    if fmt == "csv":
        assert rows(out)


def test_as_of_brings_a_deviation_into_force() -> None:
    def beta(as_of: str) -> dict[str, object]:
        code, out, _ = run("compare", "beta", "--root", REPO, "--as-of", as_of, "-f", "json")
        assert code == 0
        return dict(json.loads(out)["regions"][0])

    assert beta("2025-01-01")["index"] == 50.0
    later = beta("2025-07-01")
    assert later["index"] == 37.5
    assert "proef.duur" in [d["parameter"] for d in later["deviations"]]  # type: ignore[attr-defined]


def test_topic_and_parameter_filters() -> None:
    code, out, _ = compare("--topic", "extra", "--format", "json")
    data = json.loads(out)
    assert [t["topic"] for t in data["topics"]] == ["extra"]
    alpha = next(r for r in data["regions"] if r["region"] == "alpha")
    assert [d["parameter"] for d in alpha["deviations"]] == ["extra.fiets", "extra.uren"]
    assert alpha["index"] == 0.0
    code, out, _ = compare("alpha", "--parameter", "proef.duur", "-p", "proef.tarief", "-f", "json")
    assert code == 0
    assert [d["parameter"] for d in json.loads(out)["regions"][0]["deviations"]] == [
        "proef.duur",
        "proef.tarief",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("zeta",), "Error: unknown region `zeta`"),
        (("alpha", "--against", "alhpa2"), "Error: unknown region `alhpa2`"),
        (("--topic", "proeff"), "Error: unknown topic `proeff`\nHint: did you mean `proef`?"),
        (("-p", "duur"), "Error: unknown parameter `duur`\nHint: did you mean `proef.duur`?"),
        (("--framework", "tiny2"), "Error: unknown framework `tiny2`\nHint: did you mean `tiny`?"),
        # a topic given as a parameter and the other way round: say which option to use
        (("-p", "proef"), "Error: `proef` is a topic, not a parameter\nHint: use --topic proef\n"),
        (
            ("--topic", "proef.duur"),
            "Error: `proef.duur` is a parameter, not a topic\n"
            "Hint: use --parameter proef.duur, or --topic proef for its whole topic\n",
        ),
        (
            ("--topic", "duur"),
            "Error: `duur` is a parameter, not a topic\n"
            "Hint: use --parameter proef.duur, or --topic proef for its whole topic\n",
        ),
    ],
)
def test_unknown_names_exit_2(args: tuple[str, ...], message: str) -> None:
    code, out, err = compare(*args)
    assert code == 2 and out == ""
    assert err.startswith(message)


def test_a_parameter_as_topic_where_there_is_no_parameter_option() -> None:
    from samenwerking_cli.cli.selection import worded
    from samenwerking_cli.domain.names import NameProblem
    from samenwerking_cli.engine.selection import restrict
    from samenwerking_cli.workspace.load import load_valid

    fw = load_valid(Path(REPO)).frameworks["tiny"]
    with pytest.raises(NameProblem) as caught:
        restrict(fw, ["proef.duur"], [])
    error = worded(caught.value, parameter_option=False)
    assert (error.message, error.hint) == (
        "`proef.duur` is a parameter, not a topic",
        "use --topic proef for its whole topic",
    )


def test_contacts_has_no_parameter_option_to_suggest() -> None:
    code, out, err = run("contacts", "--root", REPO, "--topic", "proef.duur")
    assert (code, out) == (2, "")
    assert err == (
        "Error: `proef.duur` is a parameter, not a topic\n"
        "Hint: use --topic proef for its whole topic\n"
    )


def test_unknown_region_did_you_mean() -> None:
    code, _, err = compare("alpah")
    assert code == 2
    assert (
        err
        == "Error: unknown region `alpah`\nHint: did you mean `alpha`? see the region ids with `samenwerking compare`\n"
    )


def test_bad_format_exits_2() -> None:
    code, out, err = compare("--format", "xml")
    assert code == 2 and out == ""
    assert err == 'Error: --format: "xml" is not one of table, json, csv, markdown, xlsx\n'


@pytest.mark.parametrize("command", [("compare",), ("show", "kapot"), ("contacts",)])
@pytest.mark.parametrize("fmt", FORMATS)
def test_invalid_documents_print_findings_only(command: tuple[str, ...], fmt: str) -> None:
    code, out, err = run(*command, "--root", BROKEN, "--format", fmt)
    assert code == 1
    assert out == ""
    assert "kapot.yaml:5:1: error unknown-key unknown key `colour`" in err


@pytest.mark.dutch
def test_csv_for_dutch_excel() -> None:
    code, out, _ = compare("--format", "csv")
    assert code == 0
    assert out.startswith("\ufeffregion;name;code;adoption;index;rank;parameter;title;topic;")
    table = rows(out)
    by = {(r["region"], r["parameter"]): r for r in table}
    assert by[("alpha", "proef.tarief")]["value"] == "92,50"  # decimal comma, whole cents
    assert by[("alpha", "proef.tarief")]["baseline"] == "90,00"
    assert by[("alpha", "proef.tarief")]["delta"] == "2,50"
    assert by[("alpha", "extra.uren")]["delta"] == "-2,5"  # a number, not a formula
    assert by[("alpha", "proef.duur")]["index"] == "25"
    assert by[("alpha", "proef.bewijs")]["added"] == "rooster"
    assert by[("gamma", "")]["index"] == "100"  # a region without deviations keeps its row
    assert by[("delta", "proef.duur")]["index"] == ""  # not started: no index
    assert by[("alpha", "extra.fiets")]["value"] == "ja"
    # the tool's own words are Dutch, like ja/nee; ids stay ids
    assert by[("alpha", "proef.duur")]["effect"] == "gunstig"
    assert by[("alpha", "proef.tarief")]["effect"] == "ongunstig"
    assert by[("alpha", "proef.periode")]["effect"] == "neutraal"
    assert by[("gamma", "")]["effect"] == ""
    assert {r["effect"] for r in table} == {"gunstig", "ongunstig", "neutraal", ""}


@pytest.mark.dutch
@pytest.mark.parametrize("fmt", ["markdown", "table"])
def test_one_parameter_without_deviation_is_singular(fmt: str) -> None:
    code, out, _ = compare("gamma", "--parameter", "proef.duur", "--format", fmt)
    assert code == 0
    assert "Geen afwijkingen: de parameter is gelijk aan het landelijk raamwerk." in out
    _, out, _ = compare("gamma", "--format", fmt)
    assert (
        "Geen afwijkingen: alle " in out and " parameters gelijk aan het landelijk raamwerk." in out
    )


def test_csv_cells_never_start_a_formula() -> None:
    _, out, _ = compare("alpha", "--format", "csv")
    by = {r["parameter"]: r for r in rows(out)}
    assert by["proef.tarief"]["rationale"] == '\'=HYPERLINK("http://evil.example","klik")'
    for row in rows(out):
        for name, value in row.items():
            if name not in ("delta", "index", "value", "baseline", "balance"):  # numbers
                assert not value.startswith(("=", "+", "-", "@")), (name, value)


def test_markdown_escapes_document_text() -> None:
    code, out, _ = compare("alpha", "--format", "markdown")
    assert code == 0
    line = next(ln for ln in out.splitlines() if "proef.duur" in ln)
    assert line.count(" | ") == 6  # the rationale's `|` does not add a column
    assert "a \\| b<br>regel twee" in line
    assert "<script>" not in out and "\\<script\\>" in out
    assert "\x1b" not in out and "\\u001b\\[31mrood" in out


def test_table_shows_control_characters_instead_of_running_them() -> None:
    code, out, _ = compare("alpha")
    assert code == 0
    assert "\x1b" not in out
    assert "\\u001b[31mrood" in out
    assert "<script>alert(1)</script> a | b" in out  # shown literally, not read as markup
    assert "=HYPERLINK" in out


def test_table_keeps_rich_markup_in_text_literal(tmp_path: Path) -> None:
    code, out, _ = compare("alpha", "--output", str(tmp_path / "out.txt"))
    assert code == 0 and out == ""
    text = (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert "Alpha" in text and "\x1b" not in text


def test_csv_file_bytes(tmp_path: Path) -> None:
    target = tmp_path / "afwijkingen.csv"
    code, _, _ = compare("alpha", "--format", "csv", "--output", str(target))
    assert code == 0
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfregion;name;code;")  # UTF-8 byte-order mark
    assert b"\r\n" in data and b"\x1b" not in data
    assert b"\\u001b[31mrood" in data


def test_output_file_is_written_and_never_an_input(tmp_path: Path) -> None:
    target = tmp_path / "overzicht.json"
    code, out, _ = compare("--format", "json", "--output", str(target))
    assert (code, out) == (0, "")
    assert json.loads(target.read_text(encoding="utf-8"))["framework"]["id"] == "tiny"
    code, _, err = compare("--output", str(FIXTURES / "repo" / "regions" / "alpha.yaml"))
    assert code == 2
    assert "it is one of the input documents" in err


@pytest.mark.dutch
def test_csv_has_the_side_by_side_of_the_regions() -> None:
    code, out, _ = compare("alpha", "beta", "--format", "csv")
    assert code == 0
    header = out[1:].splitlines()[0].split(";")
    # the existing columns keep their places; `section` is added at the end
    assert ";".join(header[:19]) == (
        "region;name;code;adoption;index;rank;parameter;title;topic;baseline;value;unit;delta;"
        "added;removed;effect;rationale;since;review_by"
    )
    assert header[19:20] == ["section"]
    assert header[20:] == ["balance", "balance_rank"]  # the employer balance, added after it
    table = rows(out)
    assert {r["section"] for r in table} == {"afwijking", "verschil"}
    assert [r["section"] for r in table] == sorted(r["section"] for r in table)  # afwijking first
    side = [r for r in table if r["section"] == "verschil"]
    # one row per parameter x region, in the order of the parameters and the regions asked
    assert [(r["parameter"], r["region"]) for r in side[:4]] == [
        ("proef.duur", "alpha"),
        ("proef.duur", "beta"),
        ("proef.uitkering", "alpha"),
        ("proef.uitkering", "beta"),
    ]
    assert len(side) == 2 * 7
    by = {(r["parameter"], r["region"]): r for r in side}
    assert (by[("proef.duur", "beta")]["baseline"], by[("proef.duur", "beta")]["value"]) == (
        "2",
        "2",
    )
    assert by[("proef.uitkering", "beta")]["value"] == "nee"
    assert by[("proef.bewijs", "alpha")]["value"] == "loonstrook, rooster"
    assert by[("extra.uren", "alpha")]["value"] == "12,5"
    assert by[("extra.uren", "alpha")]["unit"] == "%"
    assert (by[("extra.uren", "beta")]["name"], by[("extra.uren", "beta")]["rank"]) == ("Beta", "2")
    assert by[("extra.uren", "beta")]["effect"] == ""  # deviation cells stay empty
    # a single region or the overview has nothing to put side by side
    _, out, _ = compare("alpha", "--format", "csv")
    assert {r["section"] for r in rows(out)} == {"afwijking"}
