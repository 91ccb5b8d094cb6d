"""The employer views with invalid region files left out (`employer`, `where`): the same
renderers, with the files named as compare and show name them: `excluded_files` in the JSON
(always, empty when none was left out: a stable shape), a closing line in the table and
Markdown. CSV and workbooks keep their own shape; the files are named on stderr and the run
exits 1 for every format."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from samenwerking_cli.domain.text import ngettext
from samenwerking_cli.render.compare_labels import excluded_line
from samenwerking_cli.render.views.formats import Renderer


def with_excluded(
    renderers: dict[str, Renderer],
    excluded: Sequence[str],
    line: Callable[[Sequence[str]], str] = excluded_line,
) -> dict[str, Renderer]:
    """`line`: the sentence naming the files (the figures' one by default)."""
    files = list(excluded)
    out = dict(renderers)
    out["json"] = _json(renderers["json"], files)
    if files:
        out["table"] = _table(renderers["table"], line(files))
        out["markdown"] = _markdown(renderers["markdown"], line(files))
    return out


def searched_line(files: Sequence[str]) -> str:
    """For `where`, which has no figures: which files were not searched."""
    return ngettext(
        "Not searched, because it is invalid: {files}. See the findings of "
        "`samenwerking validate`.",
        "Not searched, because they are invalid ({n}): {files}. See the findings of "
        "`samenwerking validate`.",
        len(files),
    ).format(n=len(files), files=", ".join(files))


def _json(render: Renderer, files: list[str]) -> Renderer:
    def run(view: Any, canvas: Any) -> str:
        data = json.loads(render(view, canvas))
        data["excluded_files"] = files
        return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"

    return run


def _table(render: Renderer, said: str) -> Renderer:
    def run(view: Any, canvas: Any) -> str:
        from samenwerking_cli.render.views.canvas import draw, text

        return str(render(view, canvas)) + draw([text(said, "bold red")], canvas)

    return run


def _markdown(render: Renderer, said: str) -> Renderer:
    def run(view: Any, canvas: Any) -> str:
        from samenwerking_cli.render.views.markdown import text

        return str(render(view, canvas)).rstrip("\n") + f"\n\n**{text(said)}**\n"

    return run
