"""Every text the tool writes has a Dutch and an English version in the catalogue.

The msgids are found the way a translator's tool finds them: Babel's extractor over src/ for
`_()`, `N_()` and `ngettext()`, plus the titles, descriptions and hints of the JSON Schemas
(shown by `samenwerking schema` through the catalogue).

English: a msgid is the English text itself (domain/text.py falls back to it), so a missing
English text can only mean a msgid that is not English; `test_msgids_are_english` catches a
Dutch sentence used as msgid with the word lists of test_language_everywhere.py. Dutch: every
msgid needs a non-empty msgstr in a fragment under locale/nl/, with the same `{fields}`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from language_words import dutch_words

from samenwerking_cli.domain import text

SRC = Path(__file__).resolve().parents[2] / "src" / "samenwerking_cli"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
FIELD = re.compile(r"\{[a-z_]*\}")

Msgid = str | tuple[str, str]


def source_msgids() -> dict[Msgid, str]:
    from babel.messages.extract import extract_from_dir

    found: dict[Msgid, str] = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(SRC), method_map=[("**.py", "python")], keywords=KEYWORDS, comment_tags=()
    ):
        key: Msgid = message if isinstance(message, str) else (message[0], message[1])
        found.setdefault(key, f"{filename}:{lineno}")
    for schema in sorted((SRC / "schemas").glob("*.json")):
        for value in _schema_texts(json.loads(schema.read_text(encoding="utf-8"))):
            found.setdefault(value, schema.name)
    return found


def _schema_texts(node: Any) -> list[str]:
    out: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("title", "description", "x-hint") and isinstance(value, str):
                out.append(value)
            else:
                out += _schema_texts(value)
    elif isinstance(node, list):
        for value in node:
            out += _schema_texts(value)
    return out


def dutch_entries() -> dict[Msgid, list[str]]:
    folder = text.locale_dir() / "nl" / "LC_MESSAGES"
    entries: dict[Msgid, list[str]] = {}
    for fragment in sorted(folder.glob("*.po")):
        for msgid, plural, forms in text.read_po(fragment)[1]:
            entries[msgid if plural is None else (msgid, plural)] = forms
    return entries


MSGIDS = source_msgids()
DUTCH = dutch_entries()


def test_the_extractor_finds_the_texts() -> None:
    """A guard for the test itself: an extractor that finds nothing would pass everything."""
    assert "Checking" in MSGIDS and ("{n} error", "{n} errors") in MSGIDS
    assert len(MSGIDS) > 500


def test_every_msgid_has_a_dutch_text() -> None:
    missing = [f"{where}: {msgid!r}" for msgid, where in MSGIDS.items() if msgid not in DUTCH]
    assert not missing, "add these to a fragment under locale/nl/LC_MESSAGES/:\n" + "\n".join(
        missing
    )


@pytest.mark.parametrize("msgid", sorted(DUTCH, key=str), ids=lambda m: str(m)[:40])
def test_dutch_text_is_complete_and_keeps_the_fields(msgid: Msgid) -> None:
    forms = DUTCH[msgid]
    assert forms and all(f.strip() for f in forms), f"empty Dutch text for {msgid!r}"
    singular, plural = msgid if isinstance(msgid, tuple) else (msgid, msgid)
    assert len(forms) == (2 if isinstance(msgid, tuple) else 1)
    # Plural forms may leave out {n} in the singular ("one file"); all other fields stay.
    wanted = set(FIELD.findall(singular)) | set(FIELD.findall(plural))
    for form in forms:
        assert set(FIELD.findall(form)) <= wanted | {"{n}"}, (msgid, form)
    assert set(FIELD.findall(forms[-1])) == set(FIELD.findall(plural)), (msgid, forms)


def test_no_dutch_text_without_a_msgid_in_the_source() -> None:
    """A text removed from the code leaves its translation behind: remove that too."""
    stale = [repr(m) for m in DUTCH if m not in MSGIDS]
    assert not stale, "no longer used:\n" + "\n".join(stale)


def test_msgids_are_english() -> None:
    """The English text is the msgid: one written in Dutch would leave English readers without."""
    dutch = []
    for msgid, where in MSGIDS.items():
        for part in msgid if isinstance(msgid, tuple) else (msgid,):
            words = dutch_words(part)
            if len(words) >= 2:
                dutch.append(f"{where}: {part!r} ({', '.join(sorted(words))})")
    assert not dutch, "\n".join(dutch)
