"""Validation findings as JSON, for tools."""

from __future__ import annotations

import json

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.render import escape


def as_json(findings: list[Finding], files: int) -> str:
    errors = sum(f.severity == "error" for f in findings)
    doc = {
        "valid": errors == 0,
        "summary": {"files": files, "errors": errors, "warnings": len(findings) - errors},
        "findings": [
            {
                "file": f.file,
                "line": f.line,
                "column": f.column,
                "severity": f.severity,
                "code": f.code,
                "message": escape.visible(f.message),
                "hint": escape.visible(f.hint),
                "key": escape.visible(f.key),
            }
            for f in findings
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
