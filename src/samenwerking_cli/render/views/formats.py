"""`name -> renderer` per view: these tables are the --format choices of compare, show,
contacts and diff. Every renderer takes the view and a Canvas (used by the table only); the
text formats return text, xlsx returns the bytes of a workbook. A new format is one module
under render/views/ and one line in _formats()."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from samenwerking_cli.render.views.canvas import Canvas

Renderer = Callable[[Any, Any], Any]
BINARY = frozenset({"xlsx"})

# Imported when used: a run writes one format, and the table's (rich) alone costs ~30 ms.
_MODULES = {
    "table": "samenwerking_cli.render.views.table",
    "json": "samenwerking_cli.render.views.json",
    "csv": "samenwerking_cli.render.views.csv",
    "markdown": "samenwerking_cli.render.views.markdown",
}


def workbook(view: str) -> Renderer:
    """The xlsx renderer of a view (render/views/xlsx.py), imported when it is used."""
    return _xlsx(view)


def _xlsx(view: str) -> Renderer:
    # openpyxl takes ~130 ms to import: only when a workbook is asked for.
    def render(data: Any, canvas: Any) -> bytes:
        from samenwerking_cli.render.views import xlsx as compare_xlsx

        out: bytes = getattr(compare_xlsx, view)(data, canvas)
        return out

    return render


def _lazy(module: str, view: str) -> Renderer:
    def render(data: Any, canvas: Any) -> str:
        text: str = getattr(importlib.import_module(module), view)(data, canvas)
        return text

    render.__qualname__ = render.__name__ = f"{module.rpartition('.')[2]}.{view}"
    return render


def _formats(view: str) -> dict[str, Renderer]:
    return {
        **{name: _lazy(module, view) for name, module in _MODULES.items()},
        "xlsx": _xlsx(view),
    }


COMPARE = _formats("compare")
AGAINST = _formats("against")
SHOW = _formats("show")
CONTACTS = _formats("contacts")
MISSING = _formats("missing")
DIFF = _formats("diff")
FORMATS = tuple(COMPARE)


def render(renderers: dict[str, Renderer], name: str, view: Any, *, width: int, color: bool) -> str:
    """The view in the text format `name`; the width and colour of the screen matter to the
    table."""
    text: str = renderers[name](view, Canvas(width, color))
    return text
