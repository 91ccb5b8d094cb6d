"""Every command speaks Dutch by default and English with --lang en, with no sentence of the
other language in between.

Each command runs on tests/fixtures/language/, whose documents hold none of the listed words
(see tests/language_words.py for the word lists and what is left out before counting). A line
with two or more words of the other language fails the test; every output must also hold
lines of its own language, so an empty or untranslated output cannot pass. Workbooks count too:
read back with openpyxl, their visible sheet names, cells and the messages of Excel's checks are
what a person sees. The commands that read git history run on a repository built from the same
root (tests/gitbuild.py).
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from gitbuild import Builder
from language_words import dutch_words, english_words, sentences_in
from openpyxl import load_workbook

LANGUAGE = Path(__file__).parents[1] / "fixtures" / "language"
ROOT = LANGUAGE / "root"
AS_OF = "2025-01-01"

COMMANDS = (
    "validate",
    "compare",
    "show",
    "contacts",
    "diff",
    "history",
    "follow-ups",
    "practices",
    "report",
    "new-region",
    "schema",
    "workbook",
    "import",
    "employer",
    "where",
)


def test_the_word_lists_tell_the_languages_apart() -> None:
    dutch = "Het bestand is leeg; vul het bestand, of verwijder het."
    english = "The file is empty; write the document, or remove the file."
    assert sentences_in(dutch, "nl") == [dutch] and sentences_in(dutch, "en") == []
    assert sentences_in(english, "en") == [english] and sentences_in(english, "nl") == []
    # What the tool does not write itself is left out: codes, keys in backticks, paths.
    assert not english_words("regions/x.yaml:3:1: fout value-invalid `value` `rationale`")
    assert not dutch_words("--root de/het/een.yaml")


def _xlsx_text(path: Path) -> str:
    """What a person sees in a workbook: the visible sheets' names and cells, one line per row,
    and the prompts and error messages of the cells' checks."""
    book = load_workbook(path)
    lines = []
    for ws in book.worksheets:
        if ws.sheet_state != "visible":
            continue
        lines.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = [str(v) for v in row if v is not None]
            lines.append(" ".join(c.replace("\n", " ") for c in cells))
        for check in ws.data_validations.dataValidation:
            lines += [
                t for t in (check.promptTitle, check.prompt, check.errorTitle, check.error) if t
            ]
    return "\n".join(lines)


def _repo(root: Path, tmp_path: Path) -> Builder:
    """The language root in git: two commits and a tag, and a change not committed yet."""
    repo = Builder(tmp_path / "repo", start="2024-03-01")
    shutil.copytree(root, repo.root, dirs_exist_ok=True)
    repo.commit("eerste")
    repo.tag("sessie")
    repo.edit("regions/zuidland.yaml", "value: 80.50", "value: 82.50")
    repo.edit("regions/zuidland.yaml", "adoption: partial", "adoption: adopted")
    repo.commit("tweede")
    repo.edit("regions/noordkust.yaml", "value: jaar", "value: kwartaal")
    return repo


def _fill(book: Path, cells: dict[tuple[int, int, int], Any], out: Path) -> Path:
    """A workbook filled in by hand: cells of the data sheets changed, by (sheet, row, column)
    position, so that the test needs no sheet name or header in either language."""
    wb = load_workbook(book)
    for (sheet, row, column), value in cells.items():
        wb.worksheets[sheet].cell(row=row, column=column, value=value)
    wb.save(out)
    return out


def _outputs(cli: Any, lang: str, tmp_path: Path) -> dict[str, str]:
    root = tmp_path / "root"
    shutil.copytree(ROOT, root)
    extra = ["--lang", "en"] if lang == "en" else []

    def run(name: str, *args: str, before: bool = False, codes: tuple[int, ...] = (0, 1)) -> Any:
        # --lang goes after the command name, and for some runs before it: both must work.
        argv = [*extra, *args] if before else [*args, *extra]
        result = cli(*argv)
        assert result.exit_code in codes, (name, result.stderr)
        return result

    out: dict[str, str] = {}
    r = run("validate", "validate", "--root", str(root), "--as-of", AS_OF)
    out["validate"] = r.stdout
    bad = LANGUAGE / "invalid" / "noordkust.yaml"
    r = run("validate-invalid", "validate", "--root", str(root), "--as-of", AS_OF, str(bad))
    out["validate-invalid"] = r.stdout
    r = run(
        "validate-json",
        "validate",
        "--root",
        str(root),
        "--format",
        "json",
        str(bad),
        before=True,
    )
    out["validate-json"] = "\n".join(
        f"{f['message']}. {f['hint']}" for f in json.loads(r.stdout)["findings"]
    )
    common = ["--root", str(root), "--as-of", AS_OF]
    out["compare"] = run("compare", "compare", *common).stdout
    out["compare-regions"] = run("compare", "compare", "noordkust", "zuidland", *common).stdout
    out["compare-md"] = run(
        "compare", "compare", "noordkust", "zuidland", "--format", "markdown", *common
    ).stdout
    out["compare-against"] = run(
        "against", "compare", "noordkust", "--against", "zuidland", *common, before=True
    ).stdout
    out["show"] = run("show", "show", "noordkust", *common).stdout
    out["show-md"] = run("show", "show", "zuidland", "--format", "markdown", *common).stdout
    out["contacts"] = run("contacts", "contacts", "--root", str(root)).stdout
    out["contacts-missing"] = run("contacts", "contacts", "--missing", "--root", str(root)).stdout
    out["diff"] = run(
        "diff",
        "diff",
        str(LANGUAGE / "diff" / "old.yaml"),
        str(LANGUAGE / "diff" / "new.yaml"),
        "--root",
        str(root),
    ).stdout
    out["follow-ups"] = run("follow-ups", "follow-ups", *common).stdout
    out["follow-ups-md"] = run(
        "follow-ups", "follow-ups", "--format", "markdown", *common, before=True
    ).stdout
    out["practices"] = run("practices", "practices", "--root", str(root)).stdout
    out["practices-md"] = run(
        "practices", "practices", "--format", "markdown", "--root", str(root)
    ).stdout
    for fmt in ("html", "markdown"):
        text = run("report", "report", "--format", fmt, "--output", "-", *common).stdout
        if fmt == "html":
            text = re.sub(r"<(style|script)\b.*?</\1>", " ", text, flags=re.S)
            text = html.unescape(re.sub(r"<[^>]+>", "\n", text))
        out[f"report-{fmt}"] = text
    out.update(_employer_outputs(run, root, tmp_path, common))
    out.update(_git_outputs(run, _repo(root, tmp_path)))
    out.update(_workbook_outputs(run, root, tmp_path))
    r = run("new-region", "new-region", "oostkust", "--name", "Oostkust", "--root", str(root))
    out["new-region"] = r.stderr + (root / "regions" / "oostkust.yaml").read_text("utf-8")
    for kind in ("framework", "region"):
        schema = json.loads(run("schema", "schema", kind, "--root", str(root)).stdout)
        out[f"schema-{kind}"] = "\n".join(_schema_texts(schema))
    out["help"] = run("help", "--help", before=True).stdout
    for command in COMMANDS:
        out[f"help-{command}"] = run("help", command, "--help").stdout
    return out


def _employer_outputs(run: Any, root: Path, tmp_path: Path, common: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    out["employer"] = run("employer", "employer", "visserij", *common).stdout
    out["employer-md"] = run(
        "employer", "employer", "visserij", "--format", "markdown", *common
    ).stdout
    sheet = tmp_path / "visserij.xlsx"
    run("employer", "employer", "visserij", "--format", "xlsx", "-o", str(sheet), *common)
    out["employer-xlsx"] = _xlsx_text(sheet)
    out["employers"] = run("employer", "employer", "--root", str(root)).stdout
    bare = tmp_path / "bare"
    shutil.copytree(root, bare, ignore=shutil.ignore_patterns("employers"))
    out["employers-none"] = run("employer", "employer", "--root", str(bare)).stdout
    out["where"] = run("where", "where", "grensdorp", "--root", str(root)).stdout
    out["where-md"] = run(
        "where", "where", "Duinwijk", "-f", "markdown", "--root", str(root)
    ).stdout
    out["where-unknown"] = run("where", "where", "nergens", "--root", str(root), codes=(2,)).stderr
    out["compare-employer"] = run("compare", "compare", "--employer", "visserij", *common).stdout
    out["compare-employer-md"] = run(
        "compare", "compare", "--employer", "visserij", "-f", "markdown", *common
    ).stdout
    out["compare-employer-against"] = run(
        "compare",
        "compare",
        "noordkust",
        "--against",
        "zuidland",
        "--employer",
        "visserij",
        *common,
        codes=(2,),
    ).stderr
    sheet = tmp_path / "compare.xlsx"
    run("compare", "compare", "--format", "xlsx", "-o", str(sheet), *common)
    out["compare-xlsx"] = _xlsx_text(sheet)
    sheet = tmp_path / "follow-ups.xlsx"
    run("follow-ups", "follow-ups", "--format", "xlsx", "-o", str(sheet), *common)
    out["follow-ups-xlsx"] = _xlsx_text(sheet)
    out["report-employer"] = run(
        "report", "report", "--employer", "visserij", "-f", "markdown", "-o", "-", *common
    ).stdout
    return out


def _git_outputs(run: Any, repo: Builder) -> dict[str, str]:
    at = ["--root", str(repo.root), "--as-of", AS_OF]
    out: dict[str, str] = {}
    out["history"] = run("history", "history", *at).stdout
    out["history-tag"] = run("history", "history", "--every", "tag", *at).stdout
    out["history-none"] = run("history", "history", "--from", "2030-01-01", *at).stdout
    out["diff-refs"] = run("diff", "diff", "sessie", "HEAD", "--root", str(repo.root)).stdout
    out["diff-ref"] = run("diff", "diff", "sessie", "--root", str(repo.root)).stdout
    out["diff-ref-md"] = run(
        "diff", "diff", "HEAD", "-f", "markdown", "--root", str(repo.root)
    ).stdout
    out["diff-same"] = run("diff", "diff", "HEAD", "HEAD", "--root", str(repo.root)).stdout
    return out


def _workbook_outputs(run: Any, root: Path, tmp_path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    book = tmp_path / "noordkust.xlsx"
    r = run("workbook", "workbook", "noordkust", "-o", str(book), "--root", str(root))
    out["workbook"] = r.stderr
    out["workbook-xlsx"] = _xlsx_text(book)
    new = tmp_path / "oostkust.xlsx"
    r = run(
        "workbook",
        "workbook",
        "oostkust",
        "--name",
        "Oostkust",
        "-o",
        str(new),
        *["--root", str(root)],
    )
    out["workbook-new"] = r.stderr + _xlsx_text(new)
    out["workbook-exists"] = run(
        "workbook", "workbook", "noordkust", "-o", str(book), "--root", str(root), codes=(2,)
    ).stderr
    # Sheet 2 (deviations): row 2 is proef.duur, column 6 its regional value; column 2 the id.
    filled = _fill(book, {(2, 2, 6): 4}, tmp_path / "filled.xlsx")
    common = ["--root", str(root), "--as-of", AS_OF]
    r = run("import", "import", str(filled), "--dry-run", *common)
    out["import-dry-run"] = r.stdout + r.stderr
    r = run("import", "import", str(filled), *common)
    out["import"] = r.stdout + r.stderr
    r = run("import", "import", str(filled), *common)
    out["import-again"] = r.stdout + r.stderr
    bad = _fill(book, {(2, 2, 6): "drie", (2, 3, 2): "proef.duur"}, tmp_path / "bad.xlsx")
    r = run("import", "import", str(bad), *common, codes=(1,))
    out["import-bad"] = r.stdout + r.stderr
    out["import-not-ours"] = run(
        "import", "import", str(tmp_path / "compare.xlsx"), *common, codes=(2,)
    ).stderr
    return out


def _schema_texts(node: Any) -> list[str]:
    texts: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("title", "description", "markdownDescription") and isinstance(value, str):
                texts.append(value)
            else:
                texts += _schema_texts(value)
    elif isinstance(node, list):
        for value in node:
            texts += _schema_texts(value)
    return texts


@pytest.mark.dutch
def test_dutch_by_default_in_every_command(cli: Any, tmp_path: Path) -> None:
    outputs = _outputs(cli, "nl", tmp_path)
    wrong = []
    for name, text in outputs.items():
        assert sentences_in(text, "nl"), f"{name}: no Dutch at all:\n{text}"
        wrong += [f"{name}: {line}" for line in sentences_in(text, "en")]
    assert not wrong, "English in the Dutch output:\n" + "\n".join(wrong)


@pytest.mark.dutch
def test_english_with_lang_en_in_every_command(cli: Any, tmp_path: Path) -> None:
    outputs = _outputs(cli, "en", tmp_path)
    wrong = []
    for name, text in outputs.items():
        assert sentences_in(text, "en"), f"{name}: no English at all:\n{text}"
        wrong += [f"{name}: {line}" for line in sentences_in(text, "nl")]
    assert not wrong, "Dutch in the English output:\n" + "\n".join(wrong)
