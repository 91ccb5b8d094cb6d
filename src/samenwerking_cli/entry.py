"""The console script: answers `--version` before typer and the commands are imported.

`samenwerking --version` runs in scripts and pre-commit checks; importing and building the
whole command tree for it would cost more than the rest of the answer.
"""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from samenwerking_cli import __version__

        sys.stdout.write(f"samenwerking {__version__}\n")
        return
    from samenwerking_cli.cli.main import main as run

    run()
