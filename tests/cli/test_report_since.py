"""`report --since REF|DATE`: what changed since the last dialogue session, from git."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from gitbuild import Builder

AS_OF = "2025-01-01"


@pytest.fixture
def repo(tmp_path: Path) -> Builder:
    b = Builder(tmp_path / "repo", start="2024-03-01")
    b.copy("klein.yaml", "frameworks/klein.yaml")
    b.copy("noord.yaml", "regions/noord.yaml")
    b.copy("zuid.yaml", "regions/zuid.yaml")
    b.copy("oost.yaml", "regions/oost.yaml")
    b.commit("afspraken na de sessie")  # 2024-03-01
    b.tag("dialoogsessie-2024-03", annotated=True)
    b.edit("regions/noord.yaml", "value: 3", "value: 4")
    b.edit("regions/noord.yaml", "status: open", "status: done")
    b.commit("noord: langer, tarief afgestemd")  # 2024-03-02
    b.edit("regions/zuid.yaml", "adoption: in_dialogue", "adoption: adopted")
    b.write(
        "regions/zuid.yaml",
        (b.root / "regions/zuid.yaml").read_text(encoding="utf-8")
        + "deviations:\n  loket.loketten:\n    value: 2\n    rationale: Twee loketten.\n"
        + "additions:\n  - title: Medewerkerspaspoort\n    description: Overdraagbaar overzicht.\n"
        + "follow_ups:\n  - action: Loketten samenvoegen\n    status: open\n",
    )
    b.rename("regions/zuid.yaml", "regions/zh/zuid.yaml")
    b.commit("zuid: overgenomen")  # 2024-03-03
    b.remove("regions/oost.yaml")
    b.commit("oost weg")  # 2024-03-04
    return b


def _report(cli: Any, root: Path, *extra: str) -> str:
    result = cli(
        "report", "--root", str(root), "--as-of", AS_OF, "-f", "markdown", "-o", "-", *extra
    )
    assert result.exit_code == 0, result.stderr
    return str(result.stdout)


def _section(text: str) -> str:
    return text[text.index("## Sinds") : text.index("## Scorebord")]


@pytest.mark.dutch
def test_since_a_tag(cli: Any, repo: Builder) -> None:
    text = _section(_report(cli, repo.root, "--since", "dialoogsessie-2024-03"))
    assert text.startswith("## Sinds dialoogsessie-2024-03\n")
    commit = repo.git("rev-parse", "dialoogsessie-2024-03^{commit}")
    assert f"(commit {commit[:12]}, 1 maart 2024)" in text
    # national: then 3 regions with 1 + 0 + 2 deviations of 12 pairs, now 1 + 1 of 8
    assert "- **Landelijke harmonisatie-index:** 75,0 % → 75,0 % (±0,0)" in text
    assert "| Noord | 75,0 % | 75,0 % | ±0,0 |" in text
    assert "| Oost | 50,0 % | verdwenen | – |" in text
    assert "| Zuid | 100,0 % | 75,0 % | −25,0 |" in text
    assert "- Noord: Maximale duur: waarde 3 maanden → 4 maanden" in text
    assert "- Zuid: Aantal loketten: nieuwe afwijking, 2" in text
    assert "- Zuid: in gesprek → overgenomen" in text
    assert "- Noord: Tarief afstemmen (afgerond)" in text
    assert "- Zuid: Loketten samenvoegen" in text
    assert "- Zuid: Medewerkerspaspoort" in text


@pytest.mark.dutch
def test_since_a_date_and_the_trend_lines(cli: Any, repo: Builder) -> None:
    text = _report(cli, repo.root, "--since", "2024-03-02")
    assert "## Sinds 2 maart 2024" in text
    # the since commit, two later commits, and now: four points on the card of zuid
    zuid = text[text.index("### Zuid") :]
    line = re.search(r"Verloop van de index sinds 2 maart 2024: (\S+)", zuid)
    assert line is not None and len(line.group(1)) == 4
    html = cli(
        "report", "--root", str(repo.root), "--as-of", AS_OF, "--since", "2024-03-02", "-o", "-"
    ).stdout
    assert html.count('<svg class="trend"') == 1 + 2  # national, noord and zuid
    assert 'id="sinds"' in html


@pytest.mark.dutch
def test_since_compares_with_the_work_tree_or_with_at(cli: Any, repo: Builder) -> None:
    repo.edit("regions/noord.yaml", "value: 4", "value: 5")
    now = _section(_report(cli, repo.root, "--since", "HEAD~1"))
    assert "- Noord: Maximale duur: waarde 4 maanden → 5 maanden" in now
    at = _section(_report(cli, repo.root, "--since", "HEAD~3", "--at", "HEAD~2"))
    assert "- Noord: Maximale duur: waarde 3 maanden → 4 maanden" in at
    assert "Zuid: in gesprek" not in at


def test_since_problems(cli: Any, repo: Builder, tmp_path: Path) -> None:
    result = cli("report", "--root", str(repo.root), "--since", "sessie-9", "-o", "-")
    assert result.exit_code == 2 and "unknown git ref `sessie-9`" in result.stderr
    early = cli("report", "--root", str(repo.root), "--since", "2020-01-01", "-o", "-")
    assert early.exit_code == 2 and "no commit on or before 2020-01-01" in early.stderr
    outside = tmp_path / "los"
    (outside / "regions").mkdir(parents=True)
    (outside / "frameworks").mkdir()
    (outside / "frameworks" / "klein.yaml").write_text(
        (repo.root / "frameworks" / "klein.yaml").read_text("utf-8"), encoding="utf-8"
    )
    result = cli("report", "--root", str(outside), "--since", "HEAD", "-o", "-")
    assert result.exit_code == 2 and "not in a git repository" in result.stderr
