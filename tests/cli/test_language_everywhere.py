"""Every command speaks Dutch by default and English with --lang en, with no sentence of the
other language in between.

Each command runs on tests/fixtures/language/, whose documents hold none of the listed words
(see tests/language_words.py for the word lists and what is left out before counting). A line
with two or more words of the other language fails the test; every output must also hold
lines of its own language, so an empty or untranslated output cannot pass.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from language_words import dutch_words, english_words, sentences_in

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
)


def test_the_word_lists_tell_the_languages_apart() -> None:
    dutch = "Het bestand is leeg; vul het bestand, of verwijder het."
    english = "The file is empty; write the document, or remove the file."
    assert sentences_in(dutch, "nl") == [dutch] and sentences_in(dutch, "en") == []
    assert sentences_in(english, "en") == [english] and sentences_in(english, "nl") == []
    # What the tool does not write itself is left out: codes, keys in backticks, paths.
    assert not english_words("regions/x.yaml:3:1: fout value-invalid `value` `rationale`")
    assert not dutch_words("--root de/het/een.yaml")


def _outputs(cli: Any, lang: str, tmp_path: Path) -> dict[str, str]:
    root = tmp_path / "root"
    shutil.copytree(ROOT, root)
    extra = ["--lang", "en"] if lang == "en" else []

    def run(name: str, *args: str, before: bool = False) -> Any:
        # --lang goes after the command name, and for some runs before it: both must work.
        argv = [*extra, *args] if before else [*args, *extra]
        result = cli(*argv)
        assert result.exit_code in (0, 1), (name, result.stderr)
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
    r = run("new-region", "new-region", "oostkust", "--name", "Oostkust", "--root", str(root))
    out["new-region"] = r.stderr + (root / "regions" / "oostkust.yaml").read_text("utf-8")
    for kind in ("framework", "region"):
        schema = json.loads(run("schema", "schema", kind, "--root", str(root)).stdout)
        out[f"schema-{kind}"] = "\n".join(_schema_texts(schema))
    out["help"] = run("help", "--help", before=True).stdout
    for command in COMMANDS:
        out[f"help-{command}"] = run("help", command, "--help").stdout
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
    for name, text in outputs.items():
        assert sentences_in(text, "nl"), f"{name}: no Dutch at all:\n{text}"
        assert not sentences_in(text, "en"), f"{name}: English in the Dutch output"


@pytest.mark.dutch
def test_english_with_lang_en_in_every_command(cli: Any, tmp_path: Path) -> None:
    outputs = _outputs(cli, "en", tmp_path)
    for name, text in outputs.items():
        assert sentences_in(text, "en"), f"{name}: no English at all:\n{text}"
        assert not sentences_in(text, "nl"), f"{name}: Dutch in the English output"
