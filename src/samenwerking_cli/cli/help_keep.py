"""Keeps the help of every command, as typer prints it, in cli/help_kept.py.

`samenwerking --help` went through typer, which builds the whole command tree (and, for a
command's help, pydantic) to print a text that only changes with the code: 1.3-1.5x the time of
`import typer`, and `compare --help` nearly 3x. The text typer prints at the widest width it
uses (78 columns, for any terminal of 80 or more) is kept per language and command, and
cli/help_fast.py prints it; a narrower terminal, another program name or unusual arguments
still go to typer. `tests/cli/test_help_fast.py` fails until the kept help is made again with

    python -m samenwerking_cli.cli.help_keep
"""

from __future__ import annotations

import os
import pprint
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from samenwerking_cli.domain.text import LANGUAGES

TARGET = Path(__file__).resolve().parent / "help_kept.py"
COLUMNS = "80"  # typer's plain help is never wider than 78 columns; 80 and more give 78
# The typer path, with the program name of the console script (the usage line shows it).
TYPER = (
    "import sys; sys.argv[0] = 'samenwerking'\nfrom samenwerking_cli.cli.main import main\nmain()"
)


def commands() -> list[str]:
    """The names of the commands, as the command tree has them."""
    import typer

    import samenwerking_cli.cli.main  # noqa: F401  (registers every command on the app)
    from samenwerking_cli.cli.app import app

    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def typer_help(lang: str, command: str) -> str:
    """What `samenwerking [COMMAND] --help` prints through typer, in `lang`."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env.update(COLUMNS=COLUMNS, SAMENWERKING_LANG=lang, PYTHONIOENCODING="utf-8")
    args = [command, "--help"] if command else ["--help"]
    done = subprocess.run(
        [sys.executable, "-c", TYPER, *args], env=env, capture_output=True, timeout=120
    )
    if done.returncode != 0 or done.stderr:
        raise SystemExit(f"samenwerking {' '.join(args)}: {done.stderr.decode(errors='replace')}")
    return done.stdout.decode("utf-8")


def collect() -> dict[str, dict[str, str]]:
    names = ["", *commands()]
    jobs = [(lang, name) for lang in LANGUAGES for name in names]
    with ThreadPoolExecutor(max_workers=4) as pool:
        texts = list(pool.map(lambda job: typer_help(*job), jobs))
    kept: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    for (lang, name), text in zip(jobs, texts, strict=True):
        kept[lang][name] = text
    return kept


def render(kept: dict[str, dict[str, str]]) -> str:
    from importlib.metadata import version

    body = pprint.pformat(kept, width=100, sort_dicts=True)
    return (
        '"""The help of every command as typer prints it at 78 columns, per language: generated.\n\n'
        "Made by `python -m samenwerking_cli.cli.help_keep` (see there); printed by\n"
        'cli/help_fast.py. The key "" is `samenwerking --help`.\n"""\n\n'
        f"WIDTH = {int(COLUMNS) - 2}\n"
        f'TYPER_VERSION = "{version("typer")}"  # pyproject.toml allows only its minor version\n\n'
        f"HELP: dict[str, dict[str, str]] = {body}\n"
    )


def main() -> int:
    TARGET.write_text(render(collect()), encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
