"""Validation findings as JUnit XML, for test reports."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from samenwerking_cli.domain.findings import Finding, fails
from samenwerking_cli.domain.text import _
from samenwerking_cli.render import escape
from samenwerking_cli.render.findings.text import all_files, location, severity
from samenwerking_cli.render.findings.text import message as full_message

# XML 1.0 allows only tab, newline and carriage return below U+0020, and not U+FFFE/U+FFFF or
# lone surrogates: such characters in a document would make the whole report unreadable.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Text XML 1.0 can carry: forbidden characters shown as \\uXXXX (escaping is ElementTree's)."""
    return _XML_FORBIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", escape.visible(text))


def junit(
    findings: list[Finding], files: list[str], *, strict: bool = False, strict_dates: bool = False
) -> str:
    """One testcase per checked file; its failing findings together in one <failure>.

    Valid against Jenkins' junit-10.xsd (the strictest schema the common consumers accept):
    no `file` on a testcase, no `skipped` on <testsuites>. One <failure> per case, because
    Jenkins, GitLab and Azure DevOps show only the first one; the message counts them all.
    Findings that do not fail the run go to <system-out>.
    """
    by_file: dict[str, list[Finding]] = {file: [] for file in all_files(findings, files)}
    for f in findings:
        by_file[f.file].append(f)

    def failing(f: Finding) -> bool:
        return fails(f, strict=strict, strict_dates=strict_dates)

    failed_files = sum(any(failing(f) for f in found) for found in by_file.values())
    totals = {"tests": str(len(by_file)), "failures": str(failed_files), "errors": "0"}
    suites = ET.Element("testsuites", {"name": "samenwerking validate", **totals})
    suite = ET.SubElement(
        suites, "testsuite", {"name": "samenwerking validate", **totals, "skipped": "0"}
    )
    for file, found in by_file.items():
        case = ET.SubElement(
            suite, "testcase", {"classname": "samenwerking.validate", "name": xml_safe(file)}
        )
        failures = [f for f in found if failing(f)]
        notes = [_junit_line(f) for f in found if not failing(f)]
        if failures:
            first = full_message(failures[0])
            more = len(failures) - 1
            message = first if not more else f"{first} " + _("(and {n} more)").format(n=more)
            failure = ET.SubElement(
                case,
                "failure",
                {"type": failures[0].code, "message": xml_safe(message)},
            )
            failure.text = "\n".join(_junit_line(f, source=True) for f in failures)
        if notes:
            ET.SubElement(case, "system-out").text = "\n".join(notes)
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _junit_line(f: Finding, *, source: bool = False) -> str:
    text = f"{location(f)}: {severity(f)} {f.code}: {full_message(f)}"
    if source and f.source_line.strip():
        text += "\n  " + escape.excerpt(f.source_line.rstrip(), f.column)[0]
    return xml_safe(text)
