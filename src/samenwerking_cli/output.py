"""Write results: to stdout, or atomically to a file that is never one of the inputs."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from samenwerking_cli.findings import UserError


def check_target(target: Path, inputs: Iterable[Path]) -> None:
    """Refuse before any work is done: a folder that does not exist, or an input file."""
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(
            f"cannot write {target}: the folder {folder} does not exist",
            "create the folder first, or choose another --output",
        )
    if target.is_dir():
        raise UserError(f"cannot write {target}: it is a folder", "give a file name with --output")
    real = os.path.realpath(target)
    for path in inputs:
        if os.path.realpath(path) == real:
            raise UserError(
                f"refusing to write {target}: it is one of the input documents",
                "choose another --output",
            )


def write_atomic(target: Path, data: str | bytes, *, inputs: Iterable[Path] = ()) -> None:
    """Write via a temporary file in the same folder and rename it: all or nothing."""
    check_target(target, inputs)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        mode = 0o666 & ~_umask()
        if target.exists():
            mode = target.stat().st_mode & 0o777
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(
            f"cannot write {target}: {exc.strerror}", "check the folder exists and is writable"
        ) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def emit(text: str, target: Path | None = None, *, inputs: Iterable[Path] = ()) -> None:
    """Text to stdout (target None or '-') or atomically to a file."""
    if target is None or str(target) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomic(target, text, inputs=inputs)
