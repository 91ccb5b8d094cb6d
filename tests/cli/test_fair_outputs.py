"""What readers see of the fair picture: proposals as JSON, subset labels, human words, the map's
colour scale, contact gaps, and a printable report."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import TESTS
from conftest import run as cli_run

from samenwerking_cli.render import formatting
from samenwerking_cli.render.report import scoreboard
from samenwerking_cli.workspace.load import load_valid

HERE = TESTS
FAIR = str(HERE / "fixtures" / "proposals")
SHIPPED = HERE.parent
AS_OF = "2025-01-01"


def run(*args: str) -> tuple[int, str, str]:
    return cli_run(*args, width=250)


@pytest.mark.dutch
def test_proposals_as_json() -> None:
    code, out, _ = run("compare", "--root", FAIR, "--as-of", AS_OF, "--proposals", "-f", "json")
    assert code == 0
    moves = json.loads(out)["proposals"]
    assert set(moves[0]) == {
        "kind",
        "region",
        "parameter",
        "value",
        "pairs",
        "index_gain",
        "balance_gain",
        "reason_code",
        "reason",
    }
    first = moves[0]
    assert (first["kind"], first["parameter"], first["value"], first["pairs"]) == (
        "framework",
        "proef.tarief",
        95.0,
        2,
    )
    assert first["index_gain"] == pytest.approx(100 * 2 / 28)
    assert first["balance_gain"] == pytest.approx(100 * -6 / 21)
    assert "4 regio's kozen € 95,00 per uur" in first["reason"]
    regions = [m["region"] for m in moves if m["kind"] == "region"]
    assert "drie" not in regions  # drie deviates only favourably
    assert all(m["reason"].endswith(".") and m["reason"].count(". ") == 0 for m in moves)


def test_without_the_option_there_is_no_proposals_key() -> None:
    _, out, _ = run("compare", "--root", FAIR, "--as-of", AS_OF, "-f", "json")
    assert "proposals" not in json.loads(out)


@pytest.mark.dutch
@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_a_topic_is_labelled_as_the_topic(fmt: str) -> None:
    code, out, _ = run("compare", "--root", FAIR, "--as-of", AS_OF, "--topic", "loket", "-f", fmt)
    assert code == 0
    assert "Harmonisatie-index voor Loket" in out and "Werkgeverssaldo voor Loket" in out
    assert "Landelijke harmonisatie-index" not in out
    _, out, _ = run("compare", "--root", FAIR, "--as-of", AS_OF, "-f", fmt)
    assert "Landelijke harmonisatie-index" in out and "Landelijk werkgeverssaldo" in out


def test_json_names_the_subset() -> None:
    _, out, _ = run("compare", "--root", FAIR, "--as-of", AS_OF, "-p", "proef.duur", "-f", "json")
    data = json.loads(out)
    assert data["subset"] == ["Maximale duur proefplaatsing"]
    # duur: 3 favourable, 1 unfavourable over 7 regions
    assert data["national_balance"] == pytest.approx(100 * (3 - 1) / 7)


@pytest.mark.dutch
def test_dutch_units_after_a_number() -> None:
    ws = load_valid(SHIPPED)
    fw = next(iter(ws.frameworks.values()))
    years = fw.parameter("jobcoaching.max_duur_jaren")
    months = fw.parameter("proefplaatsing.max_duur_maanden")
    assert years is not None and months is not None
    assert [formatting.value(years, n) for n in (1, 3)] == ["1 jaar", "3 jaar"]
    assert [formatting.value(months, n) for n in (1, 3)] == ["1 maand", "3 maanden"]
    # The shipped loonkostenvoordeel is now a dated choice (no limit from 2026); the plural
    # unit `jaren` is checked on a parameter that has it.
    lkv = dataclasses.replace(years, unit="jaren", unit_singular=None)
    assert formatting.value(lkv, 3) == "3 jaar"  # also with unit: jaren


def test_choice_labels_are_what_people_read_and_ids_stay_in_json() -> None:
    code, out, _ = run(
        "show", "groningen", "--root", str(SHIPPED), "-p", "loonwaardebepaling.methode"
    )
    assert code == 0 and "Uniforme Loonwaardemethodiek (ULM)" in out
    _, out, _ = run(
        "show",
        "groningen",
        "--root",
        str(SHIPPED),
        "-p",
        "loonwaardebepaling.methode",
        "-f",
        "json",
    )
    assert json.loads(out)["parameters"][0]["value"] == "ulm"


def test_a_label_for_an_unknown_choice_is_an_error(tmp_path: Path) -> None:
    shutil.copytree(HERE / "fixtures" / "compare" / "repo", tmp_path / "repo")
    fw = tmp_path / "repo" / "frameworks" / "tiny.yaml"
    text = fw.read_text(encoding="utf-8").replace(
        "        choices: [maand, kwartaal, jaar]\n",
        "        choices: [maand, kwartaal, jaar]\n        choice_labels:\n"
        "          maand: elke maand\n          week: elke week\n",
    )
    fw.write_text(text, encoding="utf-8")
    code, out, err = run("validate", "--root", str(tmp_path / "repo"))
    assert code == 1
    assert "the label for `week` names no choice" in out + err


def test_contacts_missing_never_counts_a_topic_of_national_law() -> None:
    code, out, _ = run("contacts", "--missing", "--root", str(SHIPPED), "-f", "json")
    assert code == 0
    gaps = json.loads(out)["missing"]
    assert gaps  # the shipped data has gaps
    assert not [g for g in gaps if g["topic"] == "landelijke_regelingen"]


def _luminance(colour: str) -> float:
    def channel(hex2: str) -> float:
        c = int(hex2, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_map_scale_gets_darker_band_by_band_and_the_lowest_stands_out() -> None:
    bands = ["c100", "c95", "c90", "c85", "clow"]  # highest index first
    lightness = [_luminance(scoreboard.MAP_FILL[b]) for b in bands]
    # one direction of lightness: readable without hue, so for colour-blind readers and in grey
    assert lightness == sorted(lightness, reverse=True) and len(set(lightness)) == len(bands)
    assert _contrast(scoreboard.MAP_FILL["clow"], "#ffffff") >= 7  # not near-white any more
    for band in [*bands, "ns"]:  # the text on each tile stays readable
        assert _contrast(scoreboard.MAP_FILL[band], scoreboard.MAP_INK.get(band, "#ffffff")) >= 4.5


@pytest.mark.dutch
def test_report_map_colours_the_lowest_region_darkest_and_has_no_patterns() -> None:
    code, html, _ = run("report", "--root", FAIR, "--as-of", AS_OF, "-o", "-")
    assert code == 0
    assert "<pattern" not in html and "repeating-linear-gradient" not in html
    assert f'fill="{scoreboard.MAP_FILL["clow"]}"' in html  # vier: index 50 %
    assert "harmonisatie-index" in html[html.index('id="kaart"') :]  # the map names its measure


def test_report_links_email_and_phone(tmp_path: Path) -> None:
    code, html, _ = run(
        "report", "--root", str(HERE / "fixtures" / "compare" / "repo"), "--as-of", AS_OF, "-o", "-"
    )
    assert code == 0
    assert '<a href="mailto:wsp@alpha.example">wsp@alpha.example</a>' in html
    assert '<a href="tel:+31301234567">030 123 4567</a>' in html


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium")
def test_printing_the_shipped_report_gives_a_pdf_of_a_few_mb(tmp_path: Path) -> None:
    html, pdf = tmp_path / "r.html", tmp_path / "r.pdf"
    assert run("report", "--root", str(SHIPPED), "--as-of", AS_OF, "-o", str(html))[0] == 0
    assert CHROMIUM is not None
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ],
        capture_output=True,
        timeout=180,
        check=False,
    )
    assert pdf.exists()
    assert pdf.stat().st_size < 5_000_000  # it was 45 MB with hatched cells


@pytest.mark.dutch
def test_a_report_for_selected_regions_headlines_their_figures_with_the_national_beside() -> None:
    code, md, _ = run(
        "report", "--root", FAIR, "--as-of", AS_OF, "--region", "een", "--region", "twee",
        "-f", "markdown", "-o", "-",
    )  # fmt: skip
    assert code == 0
    # een and twee: 6 of 8 pairs deviate (index 25 %); 4 favourable, 1 unfavourable of 6
    # comparable pairs (balance +50); nationally 11 of 28 pairs deviate (60,7 %), 7 favourable
    # and 3 unfavourable of 21 comparable pairs (+19,0)
    assert "**Harmonisatie-index van de gekozen regio's (Een, Twee): 25,0 %**" in md
    assert "**Werkgeverssaldo van de gekozen regio's (Een, Twee): +50,0**" in md
    assert "Landelijk (alle regio's): harmonisatie-index 60,7 %, werkgeverssaldo +19,0." in md
    assert "Index per onderwerp (gekozen regio's)" in md
    assert "landelijk (alle regio's): 5 van 7 regio's wijken af" in md  # a parameter's figures
    head = md[: md.index("## Kernboodschap")]
    assert "Landelijke harmonisatie-index" not in head
