"""Hostile and broken input, through the installed `samenwerking` as a user runs it.

Each case of the corpus (tests/hostile/, plus byte-level and multi-MB cases generated here into
tmp_path) is placed in a root beside the shipped framework and one valid region. Every run must
end with a clear finding that names the file (and the line where there is one), exit 1 for a bad
document or 2 for an unreadable path, no traceback, and stay under 5 s of CPU time and 200 MB: a
robustness bound with a wide margin, not a speed benchmark (a normal run takes well under a
second). CPU time, not the time on the clock: a loaded machine (a parallel test run, CI) slows
the clock time of a run down, not the work it does; a runaway still uses the CPU and fails, and
one that waits is killed after WALL_LIMIT.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import REPO_DIR, TESTS

REPO = REPO_DIR
HOSTILE = TESTS / "hostile"
FRAMEWORK = REPO / "frameworks" / "dnz-werkafspraken.yaml"
AS_OF = "2025-01-01"
MAX_SECONDS = 5.0  # CPU time of the run (user + system)
WALL_LIMIT = 60.0  # clock time after which a run that does not end is killed
MAX_MB = 200

VALID = """\
region: valid-neighbour
name: Buurregio
framework: dnz-werkafspraken
adoption: adopted
deviations:
  proefplaatsing.max_duur_maanden:
    value: 3
    rationale: Een maand langer om te wennen.
"""
HEADER = "region: {id}\nname: Test\nframework: dnz-werkafspraken\nadoption: adopted\n"


def _exe() -> str:
    beside = Path(sys.executable).parent / "samenwerking"  # the installed console script
    found = str(beside) if beside.exists() else shutil.which("samenwerking")
    if not found:
        pytest.skip("the `samenwerking` command is not installed (pip install -e .)")
    return found


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float  # CPU time (user + system) of the child
    max_mb: float

    @property
    def both(self) -> str:
        return self.out + self.err


def run_cli(*args: str, cwd: Path, stdin: bytes | None = None) -> Run:
    """Run the real command; CPU time and peak memory (ru_maxrss) of the child via wait4."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "PYTHONIOENCODING": "utf-8"}
    env.pop("FORCE_COLOR", None)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen(
            [_exe(), *args], cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env
        )
        deadline = start + WALL_LIMIT
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                _, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.01)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(
            proc.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            usage.ru_utime + usage.ru_stime,
            usage.ru_maxrss / 1024,  # KB on Linux
        )


def make_root(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    (root / "frameworks").mkdir(parents=True)
    (root / "regions").mkdir()
    shutil.copy(FRAMEWORK, root / "frameworks" / FRAMEWORK.name)
    (root / "regions" / "valid-neighbour.yaml").write_text(VALID, encoding="utf-8")
    return root


def assert_survived(run: Run, code: int) -> None:
    assert "Traceback" not in run.both, run.both
    assert "Internal error" not in run.both, run.both
    assert run.code == code, run.both
    assert run.seconds < MAX_SECONDS, f"took {run.seconds:.1f} s of CPU"
    assert run.max_mb < MAX_MB, f"used {run.max_mb:.0f} MB"


def assert_finding(run: Run, name: str, code: str, line: int | None, checked: int = 3) -> None:
    """A finding line `regions/NAME:LINE:…: error CODE …` (or `regions/NAME: error CODE` without
    a line), and the valid neighbour still checked without findings."""
    where = f"regions/{name}" + (f":{line}:" if line is not None else ":")
    hits = [ln for ln in run.out.splitlines() if ln.startswith(where) and f" {code} " in ln]
    assert hits, f"no `{where} … {code}` in:\n{run.out}"
    assert "valid-neighbour" not in run.out
    assert f"{checked} files checked" in run.out


# (file in tests/hostile, exit code, finding code, line)
CORPUS = [
    ("duplicate-key-top.yaml", 1, "duplicate-key", 5),
    ("duplicate-key-nested.yaml", 1, "duplicate-key", 9),
    ("alias-bomb.yaml", 1, "alias-limit", 1),
    ("merge-bomb.yaml", 1, "alias-limit", 3),
    ("multiple-documents.yaml", 1, "syntax", 5),
    ("comment-only.yaml", 1, "empty", 1),
    ("top-level-list.yaml", 1, "not-a-mapping", 1),
    ("top-level-scalar.yaml", 1, "not-a-mapping", 2),
    ("non-string-key-number.yaml", 1, "unknown-key", 5),
    ("non-string-key-list.yaml", 1, "key-not-text", 5),
    ("non-string-key-mapping.yaml", 1, "key-not-text", 5),
    ("tab-indent.yaml", 1, "syntax", 6),
    ("yes-in-boolean-field.yaml", 1, "ambiguous-value", 5),
    ("off-in-deviation-boolean.yaml", 1, "ambiguous-value", 7),
    ("on-elsewhere.yaml", 1, "ambiguous-value", 5),
    ("y-in-boolean-field.yaml", 1, "ambiguous-value", 5),
    ("n-in-deviation-boolean.yaml", 1, "ambiguous-value", 7),
    ("leading-zero-010.yaml", 1, "ambiguous-value", 7),
    ("leading-zero-09.yaml", 1, "ambiguous-value", 7),
    ("sexagesimal-1-30.yaml", 1, "ambiguous-value", 7),
    ("version-as-number.yaml", 1, "value-invalid", 7),
    # Issue 11: a version written as a number is 2024.1 for every YAML tool; quote it.
    ("version-as-version.yaml", 1, "ambiguous-value", 5),
    ("impossible-date-feb-30.yaml", 1, "invalid-date", 9),
    ("impossible-date-13-45.yaml", 1, "invalid-date", 9),
    ("nan-in-number.yaml", 1, "not-a-number", 7),
    ("inf-in-money.yaml", 1, "not-a-number", 7),
    ("minus-inf-in-number.yaml", 1, "not-a-number", 7),
    ("huge-int-in-number.yaml", 1, "number-too-large", 7),
    ("huge-int-in-money.yaml", 1, "number-too-large", 7),
    ("huge-int-in-integer.yaml", 1, "number-too-large", 7),
    ("huge-int-5000-digits.yaml", 1, "number-too-large", 7),
    ("huge-float-in-money.yaml", 1, "number-too-large", 7),
    ("tag-python-object.yaml", 1, "unknown-tag", 7),
    ("tag-custom.yaml", 1, "unknown-tag", 7),
    ("tag-binary.yaml", 1, "unknown-tag", 5),
    ("tag-set.yaml", 1, "unknown-tag", 5),
    ("control-character.yaml", 1, "encoding", 2),
    ("ansi-escape-in-value.yaml", 1, "not-allowed", 4),
    ("undefined-alias.yaml", 1, "syntax", 5),
    ("unclosed-quote.yaml", 1, "syntax", 2),
]


def test_the_corpus_table_names_every_file() -> None:
    assert sorted(p.name for p in HOSTILE.glob("*.yaml")) == sorted(c[0] for c in CORPUS)


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """The whole corpus in one root, checked in one run (each file is then asserted alone)."""
    root = make_root(tmp_path_factory.mktemp("corpus"))
    for name, *_ in CORPUS:
        shutil.copy(HOSTILE / name, root / "regions" / name)
    return run_cli("validate", "--as-of", AS_OF, cwd=root)


def test_the_corpus_in_one_run(corpus_run: Run) -> None:
    assert_survived(corpus_run, 1)
    assert f"{len(CORPUS) + 2} files checked" in corpus_run.out
    assert "\x1b" not in corpus_run.both  # escapes in data are shown, never sent to the terminal


@pytest.mark.parametrize(("name", "code", "finding", "line"), CORPUS, ids=[c[0] for c in CORPUS])
def test_corpus_file(
    corpus_run: Run, tmp_path: Path, name: str, code: int, finding: str, line: int
) -> None:
    assert_finding(corpus_run, name, finding, line, checked=len(CORPUS) + 2)
    if code == 0:  # alone, the file passes
        root = make_root(tmp_path)
        shutil.copy(HOSTILE / name, root / "regions" / name)
        assert_survived(run_cli("validate", "--as-of", AS_OF, cwd=root), 0)


def test_ambiguous_words_are_quoted_as_written(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    for name in ("y-in-boolean-field.yaml", "leading-zero-010.yaml", "version-as-version.yaml"):
        shutil.copy(HOSTILE / name, root / "regions" / name)
    out = run_cli("validate", "--as-of", AS_OF, cwd=root).out
    assert "`y` is read as true by some YAML 1.1 tools" in out  # PyYAML itself keeps `y` text
    assert "fix: write true: a yes/no value takes true or false only" in out
    assert "`010` is read as the number 8" in out and "fix: write 10 without" in out
    # As written, not 2024.1; quoted, since every YAML tool reads the number 2024.1.
    assert "`2024.10` is read as the number 2024.1" in out
    assert 'fix: write "2024.10" (in quotes)' in out


def test_huge_numbers_are_refused_not_crashed(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    shutil.copy(HOSTILE / "huge-int-5000-digits.yaml", root / "regions")
    run = run_cli("validate", "--format", "json", "--as-of", AS_OF, cwd=root)
    assert_survived(run, 1)
    assert "is too large a number to be used here" in run.out
    assert "1111111111111111111111111" not in run.out  # shortened, not 5000 digits


# --- byte-level and big cases, generated ----------------------------------------------------

BASE = HEADER.format(id="{id}") + "centrumgemeente: Ede\n"


def _doc(name: str) -> str:
    return BASE.replace("{id}", Path(name).stem)


def _many_keys(name: str) -> bytes:  # just under 2 MB, ~150 000 values
    return (_doc(name) + "".join(f"x-{i}: {i}\n" for i in range(150_000)))[:2_000_000].encode()


GENERATED = {
    # name: (bytes, exit, finding, line)
    "empty.yaml": (lambda n: b"", 1, "empty", 1),
    "binary.yaml": (lambda n: bytes(range(256)) * 64, 1, "encoding", 1),
    "nul-byte.yaml": (lambda n: _doc(n).replace("Ede", "E\0de").encode(), 1, "encoding", 5),
    "invalid-utf8.yaml": (lambda n: _doc(n).encode().replace(b"Ede", b"E\xffde"), 1, "encoding", 5),
    "latin1.yaml": (
        lambda n: _doc(n).replace("Ede", "Súdwest").encode("latin-1"),
        1,
        "encoding",
        5,
    ),
    "utf16-bom-le.yaml": (lambda n: _doc(n).encode("utf-16"), 1, "encoding", 1),
    "utf16-bom-be.yaml": (lambda n: b"\xfe\xff" + _doc(n).encode("utf-16-be"), 1, "encoding", 1),
    "utf16-no-bom-le.yaml": (lambda n: _doc(n).encode("utf-16-le"), 1, "encoding", 1),
    "utf16-no-bom-be.yaml": (lambda n: _doc(n).encode("utf-16-be"), 1, "encoding", 1),
    "crlf-with-error.yaml": (
        lambda n: (_doc(n) + "illustrative: yes\n").replace("\n", "\r\n").encode(),
        1,
        "ambiguous-value",
        6,
    ),
    "bom-with-error.yaml": (
        lambda n: b"\xef\xbb\xbf" + (_doc(n) + "name: Twice\n").encode(),
        1,
        "duplicate-key",
        6,
    ),
    "deep-flow-lists.yaml": (
        lambda n: ("[" * 100_000 + "]" * 100_000).encode(),
        1,
        "too-deep",
        None,
    ),
    "deep-flow-unclosed.yaml": (lambda n: ("[" * 100_000).encode(), 1, "too-deep", None),
    "deep-flow-mappings.yaml": (
        lambda n: ("{a: " * 100_000 + "1" + "}" * 100_000).encode(),
        1,
        "too-deep",
        None,
    ),
    "deep-block-mappings.yaml": (
        lambda n: "".join(" " * i + f"k{i}:\n" for i in range(1400)).encode(),
        1,
        "too-deep",
        None,
    ),
    "deep-block-compact.yaml": (lambda n: ("- " * 5000 + "x\n").encode(), 1, "too-deep", None),
    "deep-inside-document.yaml": (
        lambda n: (_doc(n) + "x-deep: " + "[" * 3000 + "]" * 3000 + "\n").encode(),
        1,
        "too-deep",
        None,
    ),
    "tens-of-megabytes.yaml": (
        lambda n: _doc(n).encode() + b"# " + b"x" * (30 * 1024 * 1024) + b"\n",
        1,
        "too-large",
        None,
    ),
    "many-keys-under-2mb.yaml": (_many_keys, 1, "too-large", None),
    "million-item-list.yaml": (
        lambda n: (_doc(n) + "x-l: [" + "1," * 990_000 + "1]\n").encode(),
        1,
        "too-large",
        None,
    ),
    "long-line.yaml": (
        lambda n: (_doc(n) + "x-note: " + "x" * 1_900_000 + "\n").encode(),
        0,
        None,
        None,
    ),
    "bom-crlf-valid.yaml": (
        lambda n: b"\xef\xbb\xbf" + _doc(n).replace("\n", "\r\n").encode(),
        0,
        None,
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_generated_case(tmp_path: Path, name: str) -> None:
    make, code, finding, line = GENERATED[name]
    root = make_root(tmp_path)
    (root / "regions" / name).write_bytes(make(name))
    run = run_cli("validate", "--as-of", AS_OF, cwd=root)
    assert_survived(run, code)
    if finding is None:
        assert "3 files checked: all valid." in run.out, run.out
    else:
        assert_finding(run, name, finding, line)


# --- paths: folders, links, names -----------------------------------------------------------


def test_folder_named_like_a_file_in_regions_is_skipped_not_read(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    (root / "regions" / "folder.yaml").mkdir()
    run = run_cli("validate", cwd=root)
    assert_survived(run, 0)
    assert "2 files checked: all valid." in run.out


def test_folder_given_where_a_file_is_expected(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    (root / "regions" / "empty-folder.yaml").mkdir()
    run = run_cli("validate", "regions/empty-folder.yaml", cwd=root)
    assert_survived(run, 2)
    assert "regions/empty-folder.yaml" in run.err
    assert "no .yaml files" in run.err


def test_path_that_does_not_exist(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    run = run_cli("validate", "regions/nowhere.yaml", cwd=root)
    assert_survived(run, 2)
    assert "regions/nowhere.yaml: error unreadable the file does not exist" in run.out


def test_symlink_loop(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    (root / "regions" / "loop-a.yaml").symlink_to("loop-b.yaml")
    (root / "regions" / "loop-b.yaml").symlink_to("loop-a.yaml")
    (root / "regions" / "sub").mkdir()
    (root / "regions" / "sub" / "up").symlink_to("..")  # a folder loop: not followed
    for args in (("validate",), ("validate", "regions/loop-a.yaml")):
        run = run_cli(*args, "--as-of", AS_OF, cwd=root)
        assert_survived(run, 2)
        assert "regions/loop-a.yaml: error unreadable the file cannot be read" in run.out
    # the rest is still checked
    assert "valid-neighbour" not in run.out


@pytest.mark.parametrize("name", ["Súdwest Fryslân.yaml", "met spaties.yaml", "ijs–en–weder.yml"])
def test_names_with_spaces_and_non_ascii(tmp_path: Path, name: str) -> None:
    root = make_root(tmp_path)
    (root / "regions" / name).write_text(
        HEADER.format(id="x") + "illustrative: yes\n", encoding="utf-8"
    )
    for args in (("validate",), ("validate", f"regions/{name}"), ("validate", "-f", "github")):
        run = run_cli(*args, "--as-of", AS_OF, cwd=root)
        assert_survived(run, 1)
        assert f"regions/{name}" in run.out


def test_unreadable_file_as_user(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip(
            "root reads every file; test_internal_errors covers this with a PermissionError"
        )
    root = make_root(tmp_path)
    locked = root / "regions" / "locked.yaml"
    locked.write_text(HEADER.format(id="locked"), encoding="utf-8")
    locked.chmod(0)
    try:
        run = run_cli("validate", cwd=root)
    finally:
        locked.chmod(0o644)
    assert_survived(run, 2)
    assert "regions/locked.yaml: error unreadable" in run.out
    assert "3 files checked" in run.out  # the others were still checked


# --- pipes ---------------------------------------------------------------------------------


def test_output_piped_into_head_does_not_complain(tmp_path: Path) -> None:
    """`samenwerking validate | head -1`: the reader goes away early; no BrokenPipe noise."""
    root = make_root(tmp_path)
    (root / "regions" / "noisy.yaml").write_text(
        HEADER.format(id="noisy") + "".join(f"unknown{i}: {i}\n" for i in range(3000)),
        encoding="utf-8",
    )
    for fmt in ("text", "json", "github"):
        proc = subprocess.Popen(
            [_exe(), "validate", "--format", fmt],
            cwd=root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "NO_COLOR": "1"},
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.read(10)
        proc.stdout.close()
        err = proc.stderr.read().decode()
        code = proc.wait(timeout=30)
        assert "Traceback" not in err and "BrokenPipe" not in err and "Exception" not in err
        assert code in (0, 1), (fmt, code, err)


# --- every command survives the corpus ------------------------------------------------------

WORST = ["deep-flow-lists.yaml", "million-item-list.yaml", "utf16-no-bom-le.yaml", "binary.yaml"]
COMMANDS = [
    ("compare",),
    ("compare", "valid-neighbour"),
    ("show", "valid-neighbour"),
    ("contacts",),
    ("contacts", "--missing"),
    ("report", "--output", "out.html"),
    ("report", "--format", "markdown", "--output", "-"),
    ("diff", "regions/valid-neighbour.yaml", "regions/alias-bomb.yaml"),
    ("diff", "regions/huge-int-in-money.yaml", "regions/valid-neighbour.yaml"),
    ("diff", "regions/deep-flow-lists.yaml", "regions/valid-neighbour.yaml"),
    ("new-region", "brand-new", "--name", "Nieuw"),
    ("workbook", "valid-neighbour", "--output", "out.xlsx", "--force"),
]


@pytest.fixture(scope="module")
def hostile_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_root(tmp_path_factory.mktemp("all"))
    for name, *_ in CORPUS:
        shutil.copy(HOSTILE / name, root / "regions" / name)
    for name in WORST:
        (root / "regions" / name).write_bytes(GENERATED[name][0](name))
    return root


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a) for a in COMMANDS])
def test_every_command_survives_the_corpus(hostile_root: Path, args: tuple[str, ...]) -> None:
    _exists(hostile_root, args[0])
    run = (
        run_cli(*args, "--as-of", AS_OF, cwd=hostile_root)
        if args[0]
        in (
            "compare",
            "show",
            "report",
        )
        else run_cli(*args, cwd=hostile_root)
    )
    # new-region reads no region; workbook needs only its own region to be valid
    expected = {"new-region": 0, "diff": 2, "workbook": 0}.get(args[0], 1)
    assert_survived(run, expected)
    if expected:
        assert "regions/alias-bomb.yaml:1:4: error alias-limit" in run.both or args[0] == "diff"
    assert "\x1b" not in run.both


# --- output safety: data text is escaped for every output -----------------------------------

INJECT = r"""region: inject
name: "<script>alert(1)</script>\" onmouseover=\"x | **bold** =cmd"
code: AM99
framework: dnz-werkafspraken
adoption: adopted
contacts:
  - role: "=HYPERLINK(\"http://evil.example\")"
    organisation: "+SUM(1,2) | <img src=x onerror=alert(2)>"
    name: "@evil\e[31m red"
    email: "-x@evil.example"
deviations:
  proefplaatsing.max_duur_maanden:
    value: 3
    rationale: "</script><script>alert(3)</script>\n::error::pwned\r\n%0A::warning::x | `c`"
  werkgeversdienstverlening.contactpersoon:
    value: "\t=1+1"
    rationale: "\r=1+2"
additions:
  - title: "<svg onload=alert(4)></title>"
    description: "]]></x> {{ 7*7 }} {% raw %}"
    topic: jobcoaching
"""


@pytest.fixture(scope="module")
def inject_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_root(tmp_path_factory.mktemp("inject"))
    (root / "regions" / "inject.yaml").write_text(INJECT, encoding="utf-8")
    assert run_cli("validate", "--as-of", AS_OF, cwd=root).code == 0
    return root


def _exists(root: Path, command: str) -> None:
    """Every command exists: a broken --help fails the test instead of skipping it."""
    run = run_cli(command, "--help", cwd=root)
    assert run.code == 0, run.both
    assert run.out.startswith(f"Usage: samenwerking {command} [OPTIONS]"), run.out


def test_html_report_escapes_every_data_text(inject_root: Path) -> None:
    import re

    _exists(inject_root, "report")
    run = run_cli("report", "--as-of", AS_OF, "--output", "report.html", cwd=inject_root)
    assert_survived(run, 0)
    html = (inject_root / "report.html").read_text(encoding="utf-8")
    for raw in ("<script>alert", "<img", "<svg onload", 'onmouseover="x', "{{ 49"):
        assert raw not in html, raw
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html  # shown, not evaluated by the template engine
    for script in re.findall(r"<script[^>]*>(.*?)</script>", html, re.S):
        assert "alert" not in script  # no data in inline scripts
    for title in re.findall(r"<title>(.*?)</title>", html, re.S):  # page and SVG titles
        assert "<" not in title


def test_markdown_escapes_cells(inject_root: Path) -> None:
    _exists(inject_root, "report")
    run = run_cli("report", "--as-of", AS_OF, "-f", "markdown", "-o", "-", cwd=inject_root)
    assert_survived(run, 0)
    import re

    assert not re.search(r"(?<!\\)<(script|svg|img|/title)", run.out)
    for line in run.out.splitlines():
        if line.startswith("|") and "inject" not in line:
            cells = line.replace("\\|", "").count("|")
            assert cells >= 2
    assert "x \\| \\*\\*bold\\*\\*" in run.out


@pytest.mark.parametrize(
    "args",
    [
        ("compare", "--format", "csv"),
        ("show", "inject", "--format", "csv"),
        ("contacts", "--format", "csv"),
    ],
    ids=["compare", "show", "contacts"],
)
def test_csv_never_starts_a_cell_with_a_formula(inject_root: Path, args: tuple[str, ...]) -> None:
    import csv
    import io

    _exists(inject_root, args[0])
    dated = () if args[0] == "contacts" else ("--as-of", AS_OF)
    run = run_cli(*args, *dated, cwd=inject_root)
    assert_survived(run, 0)
    rows = list(csv.reader(io.StringIO(run.out.lstrip("\ufeff")), delimiter=";"))
    cells = [cell for row in rows for cell in row]
    assert cells
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), repr(cell)


@pytest.mark.parametrize(
    "args",
    [("compare",), ("show", "inject"), ("contacts",), ("compare", "--format", "markdown")],
    ids=["compare", "show", "contacts", "compare-markdown"],
)
def test_terminal_shows_escapes_literally(inject_root: Path, args: tuple[str, ...]) -> None:
    _exists(inject_root, args[0])
    dated = () if args[0] == "contacts" else ("--as-of", AS_OF)
    run = run_cli(*args, *dated, cwd=inject_root)
    assert_survived(run, 0)
    assert "\x1b" not in run.both


def test_github_workflow_commands_cannot_be_injected(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    (root / "regions" / "wf.yaml").write_text(
        HEADER.format(id="wf").replace("adoption: adopted", 'adoption: "x\\n::error::pwned%0A"'),
        encoding="utf-8",
    )
    run = run_cli("validate", "--format", "github", cwd=root)
    assert_survived(run, 1)
    commands = [ln for ln in run.out.splitlines() if ln.startswith("::")]
    assert commands and all(ln.startswith("::error file=regions/wf.yaml,") for ln in commands)
    assert "%0A::error::pwned%250A" in run.out


def test_paths_in_documents_are_never_used_and_outputs_never_overwrite_inputs(
    tmp_path: Path,
) -> None:
    root = make_root(tmp_path)
    (root / "regions" / "passwd.yaml").write_text(
        HEADER.format(id="../../etc/passwd"), encoding="utf-8"
    )
    run = run_cli("validate", cwd=root)
    assert_survived(run, 1)
    assert "regions/passwd.yaml:1:9:" in run.out  # refused by the id pattern
    before = (root / "regions" / "valid-neighbour.yaml").read_bytes()
    for args in (
        ("compare", "--format", "csv", "--output", "regions/valid-neighbour.yaml"),
        ("report", "--output", "regions/valid-neighbour.yaml"),
        ("report", "--output", "frameworks/dnz-werkafspraken.yaml"),
        ("validate", "--output-json", "regions/valid-neighbour.yaml"),
    ):
        (root / "regions" / "passwd.yaml").unlink(missing_ok=True)
        run = run_cli(*args, cwd=root)
        assert_survived(run, 2)
        assert "it is one of the input documents" in run.err
    assert (root / "regions" / "valid-neighbour.yaml").read_bytes() == before
