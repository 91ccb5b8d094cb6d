"""The console script: answers `--version`, and plain runs of the common commands, before typer
and the command tree are imported.

`samenwerking --version` and `samenwerking validate FILE` run in scripts and pre-commit checks;
importing and building the whole command tree for them would cost more than the answer
(cli/fast.py says which arguments count as plain; everything else goes to typer).
"""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from samenwerking_cli import __version__

        sys.stdout.write(f"samenwerking {__version__}\n")
        return
    # Help is typer's text, kept (cli/help_fast.py); anything help-like it cannot answer goes
    # straight to typer, without the lean path's table.
    if set(sys.argv[1:]) & {"--help", "-h"} or len(sys.argv) < 2:
        from samenwerking_cli.cli import help_fast

        code = help_fast.answer(sys.argv[1:])
        if code is not None:
            sys.exit(code)
    else:
        from samenwerking_cli.cli import fast

        code = fast.main(sys.argv[1:])
        if code is not None:
            sys.exit(code)
    from samenwerking_cli.cli.main import main as run

    run()
