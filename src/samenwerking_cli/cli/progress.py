"""Progress on stderr for long runs, only where a person is watching a terminal.

Never in CI logs or when stderr is piped: a progress bar there is noise (or escape codes).
The core only calls `on_file(index, total)`; this module decides whether anything shows.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from samenwerking_cli.domain.text import N_, _

# Set by GitHub Actions, GitLab CI, Azure Pipelines, Jenkins, Travis, CircleCI, Buildkite, ...
_CI_VARIABLES = ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "TF_BUILD", "JENKINS_URL", "BUILDKITE")
DELAY_SECONDS = 1.0

OnFile = Callable[[int, int], None]


def wanted(stream: TextIO | None = None) -> bool:
    """True when progress may be shown on `stream` (default stderr)."""
    stream = stream if stream is not None else sys.stderr
    if any(os.environ.get(name) for name in _CI_VARIABLES):
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


@contextmanager
def file_progress(
    label: str = N_("Checking"),
    *,
    enabled: bool | None = None,
    make_console: Callable[[], Any] | None = None,
) -> Iterator[OnFile]:
    """Yield an `on_file(index, total)` callback; a bar appears once the run passes a second.

    `make_console` gives the stderr console of the command (app.console(ctx, err=True)), so the
    bar follows --no-color and NO_COLOR exactly like every other output; it is only called (and
    rich only imported) once the bar is needed.
    """
    if enabled is None:
        enabled = wanted()
    if not enabled:
        yield _nothing
        return
    state: dict[str, Any] = {"bar": None, "task": None}
    start = time.monotonic()

    def on_file(index: int, total: int) -> None:
        if state["bar"] is None:
            if time.monotonic() - start < DELAY_SECONDS:
                return
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                console=(make_console or _stderr_console)(),
                transient=True,
            )
            bar.start()
            state["bar"], state["task"] = bar, bar.add_task(_(label), total=total)
        state["bar"].update(state["task"], completed=index, total=total)

    try:
        yield on_file
    finally:
        if state["bar"] is not None:
            state["bar"].stop()


def _stderr_console() -> Any:
    from samenwerking_cli.cli.app import console

    return console(err=True)


def _nothing(index: int, total: int) -> None:
    return None
