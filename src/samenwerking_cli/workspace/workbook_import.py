"""`samenwerking import`: a filled-in workbook becomes the new text of regions/<id>.yaml.

The would-be document goes through the same loader and validation as `validate`; its findings
are named by the sheet and cell they come from. Nothing is written here: the caller writes
`Outcome.text` when there are no errors (and not with --dry-run).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl.utils import column_index_from_string

from samenwerking_cli.domain.findings import Finding, FindingsError, UserError
from samenwerking_cli.domain.model import Framework, Region
from samenwerking_cli.domain.text import _
from samenwerking_cli.domain.workbook_layout import DATA_SHEETS, NO, YES, column_for, spellings
from samenwerking_cli.loading.document import Document, dotted, parse
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.loading.problems import LoadError
from samenwerking_cli.loading.read import MAX_BYTES, read_text
from samenwerking_cli.loading.workbook import FilledWorkbook
from samenwerking_cli.workspace.workbook_apply import Applied, apply
from samenwerking_cli.workspace.yaml_edit import EditError, Editor

SLUG = r"[a-z][a-z0-9_-]*"


@dataclass(frozen=True, slots=True)
class Outcome:
    target: Path
    created: bool
    old_text: str | None
    text: str
    warnings: list[Finding]  # about cells this import changed
    old_region: Region
    new_region: Region
    old_data: dict[str, Any]
    new_data: dict[str, Any]

    @property
    def changed(self) -> bool:
        return self.text != self.old_text


class CellProblems(Exception):
    """The workbook cannot be imported: findings named by sheet and cell."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(f"{len(findings)} findings")
        self.findings = findings


def region_file(root: Path, region_id: str) -> Path | None:
    """The file that describes `region_id` under root/regions (regions/<id>.yaml first)."""
    folder = root / "regions"
    for name in (f"{region_id}.yaml", f"{region_id}.yml"):
        if (folder / name).is_file():
            return folder / name
    if folder.is_dir():
        for current, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name in (f"{region_id}.yaml", f"{region_id}.yml"):
                    return Path(current) / name
    return None


def prepare(
    root: Path,
    book: FilledWorkbook,
    frameworks: dict[str, Framework],
    today: date,
    region_head: Callable[[str, str, Framework], str],
) -> Outcome:
    """`region_head(id, name, framework)`: the text a new region's file starts from."""

    from samenwerking_cli import validation
    from samenwerking_cli.validation import region_model

    if not re.fullmatch(SLUG, book.region):
        raise UserError(
            _("{file} names no valid region id").format(file=book.display),
            _("make a new workbook"),
        )
    framework = frameworks.get(book.framework)
    if framework is None:
        raise UserError(
            _(
                "{file} is for the framework `{framework}`, which is not in frameworks/ under --root"
            ).format(file=book.display, framework=book.framework),
            _("run from the folder that holds it, or give --root"),
        )
    path = region_file(root, book.region)
    created = path is None
    target = path or root / "regions" / f"{book.region}.yaml"
    display = str(target)
    if path is not None:
        try:
            old_text = read_text(path, display)
            old_doc = parse(old_text, path, display)
        except LoadError as exc:
            raise FindingsError([exc.finding]) from None
        findings, old_region = validation.check_region(old_doc, frameworks, today, set())
        errors = [f for f in findings if f.severity == "error"]
        if errors or old_region is None:
            raise FindingsError(errors)  # the file itself is broken: fix that first
        start_text: str = _with_bom(path, old_text)
    else:
        name = book.region_cells.get("name")
        name_text = str(name.value).strip() if name is not None and name.value else book.region
        start_text = region_head(book.region, name_text, framework)
        old_doc = parse(start_text, target, display)
        old_region = region_model.build(old_doc)
    try:
        editor = Editor(start_text)
    except EditError as exc:
        raise UserError(
            _("cannot edit {file}: {reason}").format(file=display, reason=exc),
            _("check the file with `samenwerking validate`"),
        ) from None
    applied = apply(editor.root, old_doc.data, book, framework)
    text = editor.text() if applied.changed or created else start_text
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise UserError(
            _("the imported region would be larger than {size} MB").format(
                size=MAX_BYTES // 1048576
            ),
            _("check that this is the right workbook"),
        )
    try:
        new_doc = parse(text.removeprefix("\ufeff"), target, display)
    except LoadError as exc:
        raise CellProblems([exc.finding]) from None
    findings, new_region = validation.check_region(new_doc, frameworks, today, set())
    yes_no = {
        ref
        for (head, *rest), ref in applied.refs.items()
        if head == "deviations"
        and rest[1:] == ["value"]
        and (param := framework.parameter(str(rest[0]))) is not None
        and param.type == "boolean"
    }
    placed = sorted(
        place(findings, new_doc, applied, yes_no) + applied.problems, key=_reading_order
    )
    errors = [f for f in placed if f.severity == "error"]
    if errors or new_region is None:
        raise CellProblems(errors)
    changed_cells = {applied.refs[p] for p in applied.changed if p in applied.refs}
    warnings = [f for f in placed if f.file in changed_cells]
    return Outcome(
        target,
        created,
        None if created else start_text,
        text,
        warnings,
        old_region,
        new_region,
        old_doc.data,
        new_doc.data,
    )


def _with_bom(path: Path, text: str) -> str:
    """The text as the file holds it: the loader drops a byte-order mark, the edit keeps it."""
    try:
        with open(path, "rb") as handle:
            bom = handle.read(3) == b"\xef\xbb\xbf"
    except OSError:
        bom = False
    return "\ufeff" + text if bom else text


def place(
    findings: list[Finding], doc: Document, applied: Applied, yes_no: set[str] | None = None
) -> list[Finding]:
    """Each finding at the cell its value came from; a finding elsewhere keeps the file.
    `yes_no`: the cells of yes/no questions, where the workbook's words are yes and no."""
    by_key = {dotted(p): ref for p, ref in applied.refs.items()}
    cells = {ref: p for p, ref in applied.refs.items()}
    by_place: dict[tuple[int, int], str] = {}
    by_line: dict[int, str] = {}
    for path, cell in sorted(applied.refs.items(), key=lambda item: -len(item[0])):
        if not _exists(doc.data, path):
            continue
        for spot in (doc.locate(path), doc.locate(path, key=True)):
            by_place.setdefault(spot, cell)
            by_line.setdefault(spot[0], cell)
    out = []
    for f in findings:
        spot = (f.line or 0, f.column or 0)
        ref: str | None = by_key.get(f.key) or by_place.get(spot) or by_line.get(spot[0])
        if ref is None:
            out.append(Finding(f.file, None, None, f.severity, f.code, f.message, f.hint, f.key))
        else:
            message, hint = _in_cell_words(f, ref, doc.data, cells, yes_no or set())
            out.append(Finding(ref, None, None, f.severity, f.code, message, hint, f.key))
    return out


def _in_cell_words(
    f: Finding, ref: str, data: Any, cells: dict[str, Path_], yes_no: set[str]
) -> tuple[str, str]:
    """An empty required cell, a cell that holds no date, or a yes/no question answered with
    another word, in the words of the workbook: its column and its yes/no, not a YAML key or
    true/false; other findings keep the words `samenwerking validate` uses."""
    sheet = ref.rpartition("!")[0]
    path = cells.get(ref)
    typed = _at(data, path) if path is not None and _exists(data, path) else None
    if f.code == "value-invalid" and ref in yes_no and typed is not None:
        answers = _("{yes} or {no}").format(yes=_(YES), no=_(NO))
        return (
            _("{id}: “{column}” holds `{value}`; this question is answered with {answers}").format(
                id=f.key,
                column=(column_for(sheet, "value") or ("", ""))[0],
                value=typed,
                answers=answers,
            ),
            _("choose {answers} from the list in the cell").format(answers=answers),
        )
    column = column_for(sheet, f.key.rpartition(".")[2]) if f.key else None
    if column is None:
        return f.message, f.hint
    header, kind = column
    if f.code == "missing-key":
        return (
            _("“{column}” is empty, but this line needs it").format(column=header),
            _("fill in “{column}”").format(column=header),
        )
    if f.code == "bad-format" and kind == "date" and typed is not None:
        return (
            _("“{column}” holds `{value}` as text, not as a date").format(
                column=header, value=typed
            ),
            _("type a date that Excel recognises, for example 1-3-2025"),
        )
    return f.message, f.hint


def _reading_order(f: Finding) -> tuple[int, int, int, str]:
    """Sheet by sheet as the workbook shows them, then row and column; the file's own last."""
    match = re.fullmatch(r"(.+)!([A-Z]+)([0-9]+)", f.file)
    if match is None:
        return (len(DATA_SHEETS), f.line or 0, f.column or 0, f.code)
    sheet, column, row = match.groups()
    order = next((i for i, s in enumerate(DATA_SHEETS) if sheet in spellings(s)), len(DATA_SHEETS))
    return (order, int(row), column_index_from_string(column), f.code)


def _at(data: Any, path: Path_) -> Any:
    node = data
    for part in path:
        node = node[part]
    return node


def _exists(data: Any, path: Path_) -> bool:
    node = data
    for part in path:
        if isinstance(node, list) and isinstance(part, int):
            if not 0 <= part < len(node):
                return False
            node = node[part]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return False
    return True
