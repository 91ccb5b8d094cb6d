"""Outputs never land on an agreement document, nor where the next run would read them as one."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from samenwerking_cli.cli.output import check_target
from samenwerking_cli.domain.findings import UserError
from samenwerking_cli.domain.text import _

_FOLDERS = {"frameworks": "framework", "regions": "region", "employers": "employer"}
_SUFFIXES = (".yaml", ".yml")


def check_output(
    target: Path | None,
    roots: Iterable[Path],
    inputs: Iterable[Path] = (),
    option: str = "--output",
    *,
    reads_roots: bool = True,
) -> None:
    """Refuse before any work: an input, any document under a root's frameworks/, regions/ or employers/
    (not only those this run reads), or a new .yaml file there that the next run would read.

    `reads_roots`: this run reads every document under the roots (only the wording differs).
    """
    if target is None or str(target) == "-":
        return
    check_target(target, inputs)
    real = os.path.realpath(target)
    for root in roots:
        for folder, kind in _FOLDERS.items():
            base = os.path.realpath(root / folder)
            if not os.path.isdir(base):
                continue
            if real in _documents(base):
                if reads_roots:
                    why = _(
                        "refusing to write {target}: it is one of the input documents under {folder}/"
                    )
                elif kind == "framework":
                    why = _(
                        "refusing to write {target}: it is a framework document under {folder}/"
                    )
                else:
                    why = _("refusing to write {target}: it is a region document under {folder}/")
                raise UserError(
                    why.format(target=target, folder=folder),
                    _("choose another {option}").format(option=option),
                )
            inside = os.path.commonpath([base, real]) == base
            if inside and real.lower().endswith(_SUFFIXES):
                raise UserError(
                    (
                        _(
                            "refusing to write a report into {folder}/: it would be read as a "
                            "framework document"
                        )
                        if kind == "framework"
                        else _(
                            "refusing to write a report into {folder}/: it would be read as a "
                            "region document"
                        )
                    ).format(folder=folder),
                    _("choose a file outside {folder}/, or another extension, for {option}").format(
                        folder=folder, option=option
                    ),
                )


def _documents(folder: str) -> set[str]:
    """The real paths of every .yaml/.yml file in `folder`, hidden ones and links included."""
    found = set()
    for current, _dirs, files in os.walk(folder):
        for name in files:
            if name.lower().endswith(_SUFFIXES):
                found.add(os.path.realpath(os.path.join(current, name)))
    return found
