"""The common mistakes in a region file, in plain Dutch with the fix, as the tool's own YAML
reader reports them.

LibYAML (CSafeLoader, which the tool uses when PyYAML has it) words its errors differently from
pure-Python PyYAML; the loader's plain words must not depend on either wording. Each case edits
one line of a valid region and expects the line of the mistake, not the line after it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from language_words import english_words

from samenwerking_cli.loading import nodes

REGION = """\
region: oost
name: Oost
framework: mini
framework_version: "1.0"
adoption: adopted
centrumgemeente: Ede
centrumgemeente_verified: false
deviations:
  proef.duur:
    value: 3
    rationale: Minder metingen geven rust.
    since: 2024-03-01
"""
ROOT = Path(__file__).parents[1] / "fixtures" / "validate" / "valid"

pytestmark = pytest.mark.dutch

# (name, old line, new line, line of the mistake, text in the message, text in the fix)
CASES = [
    (
        "colon-space-in-text",
        "    rationale: Minder metingen geven rust.",
        "    rationale: Let op: minder metingen.",
        11,
        'de tekst bevat ": "',
        'zet de tekst tussen aanhalingstekens: `rationale: "Let op: minder metingen."`',
    ),
    (
        "missing-colon",
        "centrumgemeente: Ede",
        "centrumgemeente Ede",
        6,
        "de `:` na de sleutel ontbreekt",
        "schrijf de sleutel, een dubbele punt en een spatie",
    ),
    (
        "indented-too-far",
        "    rationale: Minder metingen geven rust.",
        "      rationale: Minder metingen geven rust.",
        11,
        "springt verder in dan de regel erboven",
        "laat hem even ver inspringen",
    ),
    (
        "indented-too-little",
        "    rationale: Minder metingen geven rust.",
        "   rationale: Minder metingen geven rust.",
        11,
        "deze regel springt niet goed in",
        "evenveel spaties als de regels erboven",
    ),
    (
        "tab",
        "    rationale: Minder metingen geven rust.",
        "\trationale: Minder metingen geven rust.",
        11,
        "er staat een tab",
        "gebruik spaties in plaats van tabs",
    ),
    (
        "quoted-true",
        "centrumgemeente_verified: false",
        'centrumgemeente_verified: "true"',
        7,
        '"true" staat tussen aanhalingstekens en is dus tekst',
        "schrijf true zonder aanhalingstekens",
    ),
    (
        "ja",
        "centrumgemeente_verified: false",
        "centrumgemeente_verified: ja",
        7,
        "`ja` is niet true of false",
        "schrijf true (voor ja) of false (voor nee)",
    ),
    (
        "nee",
        "centrumgemeente_verified: false",
        "centrumgemeente_verified: nee",
        7,
        "`nee` is niet true of false",
        "schrijf true (voor ja) of false (voor nee)",
    ),
    (
        "yes",
        "centrumgemeente_verified: false",
        "centrumgemeente_verified: yes",
        7,
        "`yes` lezen oudere YAML-programma's",
        "schrijf true: een ja/nee-waarde is alleen true of false",
    ),
    (
        "date-that-does-not-exist",
        "    since: 2024-03-01",
        "    since: 2024-02-30",
        12,
        "`2024-02-30` is een datum die niet bestaat",
        "schrijf een bestaande datum als JJJJ-MM-DD",
    ),
]

# Words of the YAML reader that must never reach a reader of the message.
JARGON = ("mapping", "scalar", "block end", "simple key", "stream", "node", "expected <")


def test_the_tool_reads_with_libyaml_when_pyyaml_has_it() -> None:
    assert nodes._BaseLoader is getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_mistake_in_plain_dutch_with_the_fix(
    cli: Any, tmp_path: Path, case: tuple[str, str, str, int, str, str]
) -> None:
    name, old, new, line, message, fix = case
    assert old in REGION
    path = tmp_path / "oost.yaml"
    path.write_text(REGION.replace(old, new, 1), encoding="utf-8")
    result = cli("validate", "--root", str(ROOT), "--format", "json", str(path))
    assert result.exit_code == 1
    findings = result.json()["findings"]
    hits = [f for f in findings if message in f["message"]]
    assert hits, f"{name}: no finding with {message!r} in {findings}"
    finding = hits[0]
    assert finding["line"] == line, finding
    assert fix in finding["hint"], finding
    words = f"{finding['message']} {finding['hint']}".lower()
    assert not [j for j in JARGON if j in words], finding
    assert not english_words(f"{finding['message']} {finding['hint']}") - {"yaml"}, finding
