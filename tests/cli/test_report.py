"""`samenwerking report`: sections, escaping, languages, selection, reproducibility, writing."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO_DIR, TESTS, invoke

from samenwerking_cli.render.report import scoreboard

HOSTILE = TESTS / "fixtures" / "report" / "hostile"
AS_OF = "2025-01-01"

SECTIONS_NL = [
    "Kernboodschap",
    "Scorebord",
    "Kaart",
    "Waar wijken regio's af?",
    "Voorstellen voor harmonisatie",
    "Vervolgafspraken",
    "Goede praktijken",
    "Regio's",
    "Contactpersonen",
    "Methode",
    "Begrippen",
    "Meldingen bij de controle",
]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A copy of the hostile fixture outside any git repository."""
    dest = tmp_path / "data"
    shutil.copytree(HOSTILE, dest)
    return dest


def report(cli: Any, root: Path, *args: str) -> str:
    result = cli("report", "--root", str(root), "--as-of", AS_OF, "--output", "-", *args)
    assert result.exit_code == 0, result.stderr
    return str(result.stdout)


# ---------------------------------------------------------------- sections


@pytest.mark.dutch
def test_html_has_every_section_and_the_cover(cli: Any, root: Path) -> None:
    html = report(cli, root)
    assert html.startswith('<!DOCTYPE html>\n<html lang="nl">')
    for heading in SECTIONS_NL:
        assert f">{heading}</h" in html.replace("&#39;", "'"), heading
    assert "Mini raamwerk · versie 1.0" in html
    assert '<time datetime="2025-01-01">1 januari 2025</time>' in html
    assert "88,9 %" in html  # national index: 32 of 36 pairs
    assert "Illustratieve gegevens." in html
    assert "geen git-repository" in html
    assert 'id="regio-alpha"' in html and 'id="parameter-proef-duur"' in html
    # counts by adoption on the cover
    assert re.search(r"<dt>overgenomen</dt><dd>2</dd>", html)
    assert re.search(r"<dt>niet gestart</dt><dd>1</dd>", html)


@pytest.mark.dutch
def test_markdown_has_the_same_sections(cli: Any, root: Path) -> None:
    md = report(cli, root, "--format", "markdown")
    headings = [line.lstrip("#").strip() for line in md.splitlines() if line.startswith("## ")]
    assert headings == SECTIONS_NL[:10]
    assert "### Begrippen" in md and "### Meldingen bij de controle" in md
    assert "**Landelijke harmonisatie-index: 88,9 %**" in md


@pytest.mark.dutch
def test_key_messages_and_proposals_are_computed_from_pair_counts(cli: Any, root: Path) -> None:
    md = report(cli, root, "--format", "markdown")
    assert "- 1 regio is volledig gelijk aan het raamwerk: Beta." in md
    assert "- 2 open vervolgafspraken, waarvan 1 verlopen op de peildatum." in md
    assert "- 1 parameter is kandidaat voor aanpassing van het raamwerk: Maximale duur" in md
    # 4 regions take part x 9 parameters = 36 pairs; one pair = 2,8 points. Every deviation
    # here is favourable for employers, so no step asks a region to give one up; 3 regions
    # chose 3 months against 1 that follows the framework: the framework can follow them.
    # Balance: 5 comparable parameters x 4 regions = 20 pairs; 4 favourable before, 1
    # unfavourable after (beta falls short of the higher bar): -5 x 100 / 20 = -20 points.
    rows = [line for line in md.splitlines() if re.match(r"\| \d+ \| ", line)]
    proposals = [r for r in rows if "index +" in r]
    assert proposals == [
        "| 1 | Het raamwerk neemt 3 maanden over voor Maximale duur proefplaatsing | 3 regio's "
        "kozen 3 maanden, gunstiger voor werkgevers, tegen 1 die het raamwerk volgt: het raamwerk "
        "kan hen volgen. | index +5,6, saldo −20,0 |"
    ]
    assert "Alle regio's nemen de landelijke waarde over" not in md


@pytest.mark.dutch
def test_region_cards_mark_overdue_reviews_and_follow_ups(cli: Any, root: Path) -> None:
    html = report(cli, root)
    card = html[html.index('id="regio-alpha"') : html.index('id="regio-beta"')]
    assert (
        '<span class="overdue">1 juni 2024<br><span aria-hidden="true">!</span> verlopen</span>'
        in card
    )
    assert 'class="is-overdue"' in card
    assert "Goede voorbeelden" in card
    epsilon = html[html.index('id="regio-epsilon"') :]
    assert "gaat in op 1 januari 2030" in epsilon  # announced, not yet counted


def test_validation_warnings_are_listed(cli: Any, root: Path) -> None:
    md = report(cli, root, "--format", "markdown")
    assert (
        "| regions/alpha.yaml:22:16 | the review of proef.duur (Maximale duur proefplaatsing) was due on 2024-06-01"
        in md
    )


# ---------------------------------------------------------------- escaping


def test_html_escapes_every_document_text(cli: Any, root: Path) -> None:
    html = report(cli, root)
    assert html.count("<script") == 1  # only the sorting script
    assert "alert(" not in html.split("<script>")[1].split("</script>")[0]
    assert "<b>Alpha</b>" not in html and "<img" not in html
    assert '" onmouseover' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&#34; onmouseover=&#34;alert(2)" in html
    assert "&lt;script&gt;alert(5)&lt;/script&gt;" in html  # rationale
    assert "Accountmanager &#34; onmouseover=&#34;alert(3)" in html  # contact
    # in attributes (row data, cell titles) and in SVG titles too
    assert 'data-name="Alpha &lt;script&gt;alert(1)&lt;/script&gt;&#34; onmouseover' in html
    assert "<title>Alpha &lt;script&gt;alert(1)&lt;/script&gt;" in html


def _cells(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


def test_markdown_pipes_and_newlines_do_not_break_tables(cli: Any, root: Path) -> None:
    md = report(cli, root, "--format", "markdown")
    lines = md.splitlines()
    i = 0
    tables = 0
    while i < len(lines):
        if lines[i].startswith("|") and i + 1 < len(lines) and lines[i + 1].startswith("|-"):
            width = _cells(lines[i])
            j = i + 1
            while j < len(lines) and lines[j].startswith("|"):
                assert _cells(lines[j]) == width, lines[j]
                j += 1
            tables += 1
            i = j
        else:
            i += 1
    assert tables >= 10
    assert "Langer proberen \\<script\\>alert(5)\\</script\\> \\| met een pipe<br>en een" in md
    assert "Tarief afstemmen \\| met UWV" in md
    assert "\\[link\\](http://example.com)" in md
    raw_tags = re.findall(r"(?<!\\)<(?!br>)", md)  # every other < is escaped
    assert raw_tags == []


# ---------------------------------------------------------------- options


def test_english_translates_the_labels_and_keeps_the_data(cli: Any, root: Path) -> None:
    for fmt in ("html", "markdown"):
        text = report(cli, root, "--lang", "en", "--format", fmt)
        for dutch in (
            "Peildatum",
            "Kernboodschap",
            "Scorebord",
            "Zo leest u",
            "Voorstellen voor",
            "Vervolgafspraken",
            "verlopen",
            "gunstig",
            "gelijk aan het raamwerk",
            "procentpunt",
            "Herzien vóór",
        ):
            assert dutch not in text, (fmt, dutch)
        assert "Key messages" in text and "Reference date" in text
        assert "January 1, 2025" not in text and "1 January 2025" in text
        assert "Maximale duur proefplaatsing" in text  # data stays as written
    html = report(cli, root, "--lang", "en")
    assert '<html lang="en">' in html
    assert "88.9%" in html


@pytest.mark.dutch
def test_region_limits_the_report(cli: Any, root: Path) -> None:
    html = report(cli, root, "--region", "delta", "--region", "AM30")
    assert 'id="regio-delta"' in html and 'id="regio-epsilon"' in html
    assert 'id="regio-alpha"' not in html and 'id="regio-beta"' not in html
    assert "Selectie: 2 van 5 regio&#39;s (Delta, Epsilon)" in html
    assert "88,9 %" in html  # the national index stays national
    md = report(cli, root, "--region", "delta", "--format", "markdown")
    assert "### Delta" in md and "### Beta" not in md


def test_unknown_region_is_a_usage_error(cli: Any, root: Path) -> None:
    result = cli("report", "--root", str(root), "--region", "nowhere", "-o", "-")
    assert result.exit_code == 2
    assert "unknown region `nowhere`" in result.stderr


def test_same_input_and_as_of_give_identical_bytes(cli: Any, root: Path, tmp_path: Path) -> None:
    for fmt in ("html", "markdown"):
        a, b = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
        for target in (a, b):
            result = cli(
                "report", "--root", str(root), "--as-of", AS_OF, "-f", fmt, "-o", str(target)
            )
            assert result.exit_code == 0, result.stderr
        assert a.read_bytes() == b.read_bytes()


@pytest.mark.dutch
def test_as_of_changes_the_date_judgements(cli: Any, root: Path) -> None:
    early = report(cli, root, "--format", "markdown")
    later = cli("report", "--root", str(root), "--as-of", "2026-06-01", "-f", "markdown", "-o", "-")
    assert "waarvan 1 verlopen" in early
    assert "waarvan 2 verlopen" in later.stdout


def test_git_commit_is_shown_for_a_git_root(cli: Any, root: Path) -> None:
    import subprocess

    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    env = {
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@e",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@e",
        "PATH": "/usr/bin:/bin",
        "HOME": str(root),
    }
    for args in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "data"]):
        subprocess.run(["git", "-C", str(root), *args], check=True, env=env)
    head = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True, env=env
    ).stdout.strip()
    html = report(cli, root)
    assert f"<code>{head}</code>" in html


# ---------------------------------------------------------------- writing


@pytest.mark.dutch
def test_default_output_file_in_the_current_folder(
    cli: Any, root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = cli("report", "--root", str(root), "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    written = (work / "harmonisatierapport.html").read_text(encoding="utf-8")
    assert "Kernboodschap" in written
    assert [p.name for p in work.iterdir()] == ["harmonisatierapport.html"]  # no temp file left


def test_refuses_to_overwrite_an_input_before_any_work(cli: Any, root: Path) -> None:
    target = root / "regions" / "beta.yaml"
    before = target.read_bytes()
    (root / "regions" / "broken.yaml").write_text("region: [\n", encoding="utf-8")
    result = cli("report", "--root", str(root), "--output", str(target))
    assert result.exit_code == 2  # refused before the broken document was read (that is 1)
    assert "refusing to write" in result.stderr and "input documents" in result.stderr
    assert target.read_bytes() == before


def test_invalid_documents_give_findings_and_exit_1(cli: Any, root: Path, tmp_path: Path) -> None:
    # An invalid framework stops the run: the previous report is kept.
    (root / "frameworks" / "broken.yaml").write_text("framework: [\n", encoding="utf-8")
    out = tmp_path / "r.html"
    out.write_text("old report", encoding="utf-8")
    result = cli("report", "--root", str(root), "--output", str(out))
    assert result.exit_code == 1
    assert "broken.yaml:" in result.stderr
    assert out.read_text(encoding="utf-8") == "old report"  # the previous file is kept


def test_an_invalid_region_file_is_left_out_and_named_in_a_banner(
    cli: Any, root: Path, tmp_path: Path
) -> None:
    (root / "regions" / "broken.yaml").write_text("region: [\n", encoding="utf-8")
    out = tmp_path / "r.html"
    result = cli("report", "--root", str(root), "--as-of", AS_OF, "--output", str(out))
    assert result.exit_code == 1
    assert "broken.yaml:" in result.stderr
    html = out.read_text(encoding="utf-8")
    start = html.index('class="notice excluded"')
    banner = html[start : html.index("</p>", start)]
    assert "regions/broken.yaml" in banner
    assert 'id="regio-beta"' in html  # the valid regions are in the report


def test_a_template_failing_half_way_keeps_the_previous_report(
    cli: Any, root: Path, tmp_path: Path
) -> None:
    # The report is streamed into the temporary file: 200 kB are written before the error.
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "r.html"
    out.write_bytes(b"old report \xe2\x9c\x93\n")
    for failing, message in (
        ("{{ r.nothing_here }}", "a template uses a value the report does not have"),
        ("{{ 1 // 0 }}", "Internal error: ZeroDivisionError"),
    ):
        custom = tmp_path / "tpl"
        (custom / "partials").mkdir(parents=True, exist_ok=True)
        (custom / "partials" / "cards.html.j2").write_text(
            "{% for i in range(20000) %}<p>filler</p>{% endfor %}" + failing + "\n",
            encoding="utf-8",
        )
        result = cli("report", "--root", str(root), "-o", str(out), "--templates", str(custom))
        assert result.exit_code == 2, failing
        assert message in result.stderr
        assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
        assert out.read_bytes() == b"old report \xe2\x9c\x93\n"
        assert [p.name for p in out_dir.iterdir()] == ["r.html"]  # no temporary file left


def test_interrupted_chunked_write_keeps_the_previous_file(tmp_path: Path) -> None:
    from samenwerking_cli.cli.output import write_atomic_chunks

    out = tmp_path / "r.md"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)

    def chunks() -> Any:
        yield "new " * 100_000
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomic_chunks(out, chunks())
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"]
    write_atomic_chunks(out, iter(["één ", "✓\r\n", "twee"]))
    assert out.read_bytes() == "één ✓\r\ntwee".encode()  # as given: no newline translation
    assert out.stat().st_mode & 0o777 == 0o640  # the previous file's permissions are kept


def test_standard_output_and_file_get_the_same_bytes(cli: Any, root: Path, tmp_path: Path) -> None:
    for fmt in ("html", "markdown"):
        target = tmp_path / f"r.{fmt}"
        result = cli("report", "--root", str(root), "--as-of", AS_OF, "-f", fmt, "-o", str(target))
        assert result.exit_code == 0, result.stderr
        assert target.read_text(encoding="utf-8") == report(cli, root, "-f", fmt)


def test_missing_output_folder_is_a_usage_error(cli: Any, root: Path, tmp_path: Path) -> None:
    result = cli("report", "--root", str(root), "-o", str(tmp_path / "nope" / "r.html"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


@pytest.mark.parametrize(
    ("option", "value"), [("--format", "pdf"), ("--lang", "de"), ("--as-of", "gisteren")]
)
def test_bad_options_exit_2(cli: Any, root: Path, option: str, value: str) -> None:
    result = cli("report", "--root", str(root), "-o", "-", option, value)
    assert result.exit_code == 2


# ---------------------------------------------------------------- templates


@pytest.mark.dutch
def test_templates_override_one_partial_and_fall_back_for_the_rest(
    cli: Any, root: Path, tmp_path: Path
) -> None:
    custom = tmp_path / "tpl"
    (custom / "partials").mkdir(parents=True)
    (custom / "partials" / "key_messages.html.j2").write_text(
        '<section id="kernboodschap"><h2>Eigen kern</h2>{% for m in r.key_messages %}'
        "<p>{{ m }}</p>{% endfor %}</section>\n",
        encoding="utf-8",
    )
    html = report(cli, root, "--templates", str(custom))
    assert "<h2>Eigen kern</h2>" in html
    assert ">Scorebord</h2>" in html  # the packaged partials still apply
    assert "&lt;script&gt;alert(1)" in html  # autoescape holds in an override too


def test_a_broken_template_is_a_one_line_error(cli: Any, root: Path, tmp_path: Path) -> None:
    custom = tmp_path / "tpl"
    custom.mkdir()
    (custom / "report.md.j2").write_text("{{ r.nothing_here }}\n", encoding="utf-8")
    result = cli(
        "report", "--root", str(root), "-f", "markdown", "-o", "-", "--templates", str(custom)
    )
    assert result.exit_code == 2
    assert "nothing_here" in result.stderr and "Traceback" not in result.stderr


def test_english_output_contains_no_dutch_label_at_all(cli: Any, root: Path) -> None:
    import html as html_lib

    from samenwerking_cli.domain.text import set_language
    from samenwerking_cli.render.labels import glossary, labels

    set_language("nl")
    nl = labels()
    set_language("en")
    en = labels()
    terms = {term for term, _ in glossary()}  # Dutch names of Dutch instruments, on purpose
    assert nl.keys() == en.keys()
    for fmt in ("html", "markdown"):
        text = report(cli, root, "--lang", "en", "--format", fmt)
        text = html_lib.unescape(text).replace("\\", "")
        for key, dutch in nl.items():
            if dutch == en[key]:
                continue
            fragment = max(re.split(r"\{[a-z_]+\}", dutch), key=len).strip(" .:;,()")
            if len(fragment) >= 6 and fragment not in terms:
                found = re.search(rf"(?<!\w){re.escape(fragment)}(?!\w)", text)
                assert found is None, (fmt, key, fragment)


@pytest.mark.dutch
def test_title_is_escaped_and_unplaced_regions_get_a_map_row(cli: Any, root: Path) -> None:
    html = report(cli, root, "--title", "Sessie <Noord> & Oost")
    assert "<h1>Sessie &lt;Noord&gt; &amp; Oost</h1>" in html
    assert "<title>Sessie &lt;Noord&gt; &amp; Oost · 1 januari 2025</title>" in html
    # gamma has no CBS code: its tile sits in the extra row below the 9 rows of the map
    tile = re.search(
        r'<g class="tile ns" transform="translate\((\d+) (\d+)\)">\s*<title>Gamma', html
    )
    assert tile is not None
    assert int(tile.group(2)) == 9 * (scoreboard.TILE_H + scoreboard.GAP)
    assert "Regio&#39;s zonder bekende CBS-code staan in de onderste rij." in html


def test_report_never_replaces_one_of_its_templates(tmp_path: Path) -> None:

    templates = tmp_path / "tpl"
    templates.mkdir()
    template = templates / "report.md.j2"
    template.write_text("{{ report.lang }}\n", encoding="utf-8")
    root = REPO_DIR
    result = invoke(
        "report",
        "--root",
        str(root),
        "--format",
        "markdown",
        "--templates",
        str(templates),
        "--output",
        str(template),
    )
    assert result.exit_code == 2, result.output
    assert "input" in result.output and "report.md.j2" in result.output
    assert template.read_text(encoding="utf-8") == "{{ report.lang }}\n"


def test_report_refuses_a_new_yaml_file_in_regions(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "root"
    shutil.copytree(REPO_DIR / "frameworks", root / "frameworks")
    shutil.copytree(REPO_DIR / "regions", root / "regions")
    result = invoke("report", "--root", str(root), "--output", str(root / "regions" / "r.yaml"))
    assert result.exit_code == 2
    assert "regions/" in result.output
    assert not (root / "regions" / "r.yaml").exists()
