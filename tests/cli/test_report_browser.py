"""The HTML report in a real headless browser: no console errors, no network, a screenshot.

Uses Debian's `chromium` (installed by .ci/run). Skipped only when chromium is missing and
the run is not in CI (CI set): in CI a missing browser fails the test.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO_DIR

REPO = REPO_DIR
ARTIFACTS = REPO / "test-artifacts"
AS_OF = "2025-01-01"
# Chromium prints page console messages (CSP violations included) as `...:CONSOLE:12] "..."`
# or `CONSOLE(12)` depending on the version.
CONSOLE = re.compile(r"CONSOLE[(:]\d*[)\]]")
SECTION_IDS = (
    "kernboodschap",
    "scorebord",
    "kaart",
    "parameters",
    "voorstellen",
    "regios",
    "contacten",
    "methode",
)


def _chromium() -> str:
    found = shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
    )
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed, and CI needs the browser test to run")
        pytest.skip("chromium is not installed (CI installs it via .ci/run)")
    return found


def _run(browser: str, page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            "--enable-logging=stderr",
            "--v=0",
            *args,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _console(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if CONSOLE.search(line)]


@pytest.fixture
def shipped_report(cli: Any, tmp_path: Path) -> Path:
    page = tmp_path / "harmonisatierapport.html"
    result = cli("report", "--root", str(REPO), "--as-of", AS_OF, "--output", str(page))
    assert result.exit_code == 0, result.stderr
    return page


def test_shipped_report_renders_without_console_errors_or_network(
    shipped_report: Path, tmp_path: Path
) -> None:
    browser = _chromium()
    dom = _run(browser, shipped_report, tmp_path / "profile", "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert _console(dom.stderr) == []
    for ident in SECTION_IDS:
        assert f'id="{ident}"' in dom.stdout, ident
    assert dom.stdout.count('class="card"') == 35
    assert dom.stdout.count('class="tile ') == 35
    # The sorting script ran: it shows its buttons (hidden while JavaScript is off).
    assert '<div class="sorter">' in dom.stdout

    ARTIFACTS.mkdir(exist_ok=True)
    for name, height in (("report-top.png", 2000), ("report-scoreboard.png", 4000)):
        shot = ARTIFACTS / name
        shot.unlink(missing_ok=True)
        done = _run(
            browser,
            shipped_report,
            tmp_path / "profile",
            f"--screenshot={shot}",
            f"--window-size=1280,{height}",
        )
        assert done.returncode == 0, done.stderr[-2000:]
        assert _console(done.stderr) == []
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_check_catches_external_loads_and_console_errors(
    shipped_report: Path, tmp_path: Path
) -> None:
    """The page's Content-Security-Policy turns any external load into a console error."""
    browser = _chromium()
    html = shipped_report.read_text(encoding="utf-8")
    bad = tmp_path / "bad.html"
    bad.write_text(
        html.replace("</main>", '<img src="https://example.invalid/x.png"></main>'),
        encoding="utf-8",
    )
    dom = _run(browser, bad, tmp_path / "profile", "--dump-dom")
    lines = _console(dom.stderr)
    assert any("example.invalid" in line and "Content Security Policy" in line for line in lines)
