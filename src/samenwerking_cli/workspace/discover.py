"""Finding the documents to check: the root's frameworks/, regions/ and employers/, or the
paths given."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

from samenwerking_cli.domain.findings import UserError
from samenwerking_cli.domain.text import _

SUFFIXES = (".yaml", ".yml")
# The folders of documents under a root that discover() reads, frameworks first: versions from
# git (--at, history, diff REF) are read from the same folders. A new kind of document is added
# here and in discover() together.
READ_FOLDERS = ("frameworks", "regions", "employers")


def _yaml_files(folder: Path) -> Iterator[Path]:
    # os.walk does not follow links to folders, so a link loop cannot trap us.
    for current, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(SUFFIXES) and not name.startswith("."):
                yield Path(current) / name


def root_files(root: Path, sub: str) -> list[Path]:
    folder = root / sub
    return list(_yaml_files(folder)) if folder.is_dir() else []


def discover(
    root: Path, paths: Sequence[Path], missing: list[Path] | None = None
) -> tuple[list[Path], list[Path]]:
    """(framework files, other files) to check: the root's, or those under the given paths.

    A given path that does not exist is added to `missing` (so the others are still checked),
    or stops the run when no list is given.
    """
    _check_folder(root, "--root")
    for sub in ("frameworks", "regions"):
        if (root / sub).exists() or (root / sub).is_symlink():
            _check_folder(root / sub, sub)
    root_frameworks = root_files(root, "frameworks")
    if not paths:
        if not root_frameworks and not (root / "regions").is_dir():
            raise UserError(
                _("no frameworks/ or regions/ folder in {folder}").format(folder=shown(root)),
                _("run from the folder that holds them, or give it with --root"),
            )
        return root_frameworks, [f for sub in READ_FOLDERS[1:] for f in root_files(root, sub)]
    chosen: list[Path] = []
    for path in paths:
        if not path.exists() and not path.is_symlink():
            if missing is None:
                raise UserError(_("{path} does not exist").format(path=path), _("check the path"))
            missing.append(path)
            continue
        if path.is_dir():
            if (path / "frameworks").is_dir() or (path / "regions").is_dir():
                chosen += root_files(path, "frameworks") + root_files(path, "regions")
                chosen += root_files(path, "employers")
            else:
                found = list(_yaml_files(path))
                if not found:  # e.g. a folder named `x.yaml`: "all valid" would mislead
                    raise UserError(
                        _("no .yaml files in the folder {folder}").format(folder=path),
                        _("give the path of a .yaml file, or a folder that holds them"),
                    )
                chosen += found
        else:
            chosen.append(path)
    return root_frameworks, _unique(chosen)


def _check_folder(folder: Path, role: str) -> None:
    """A clear answer when --root, or frameworks/ or regions/ in it, is not a usable folder."""
    try:
        mode = os.stat(folder).st_mode
    except FileNotFoundError:
        if folder.is_symlink():
            raise UserError(
                _("{role}: {folder} is a link to something that does not exist").format(
                    role=role, folder=folder
                ),
                _("give an existing folder with --root")
                if role == "--root"
                else _("give an existing folder"),
            ) from None
        raise UserError(
            _("the folder {folder} does not exist").format(folder=folder),
            _("give an existing folder with --root"),
        ) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UserError(
                _("{role}: {folder} is a symbolic link that leads back to itself (a loop)").format(
                    role=role, folder=folder
                ),
                _("point the link at a real folder, or give the folder itself"),
            ) from None
        raise UserError(
            _("{role}: {folder} cannot be read: {reason}").format(
                role=role, folder=folder, reason=exc.strerror
            )
        ) from None
    if not stat.S_ISDIR(mode):
        where = "--root" if role == "--root" else f"{role}/"
        raise UserError(
            _("{folder} is a file, not a folder").format(folder=folder),
            _(
                "{where} must be a folder that holds the .yaml documents; rename or remove the file"
            ).format(where=where),
        )


def _unique(paths: list[Path]) -> list[Path]:
    seen: set[str] = set()
    out = []
    for path in paths:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out


def shown(path: Path) -> str:
    return _("the current folder") if str(path) in (".", "") else str(path)
