"""Write results: to stdout, or atomically to a file that is never one of the inputs."""

from __future__ import annotations

import io
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from samenwerking_cli.domain.findings import UserError


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
    payload = data.encode("utf-8") if isinstance(data, str) else data
    _replace(target, lambda handle: handle.write(payload), inputs)


def write_atomic_chunks(
    target: Path, chunks: Iterable[str], *, inputs: Iterable[Path] = ()
) -> None:
    """Like write_atomic, for text made piece by piece: the whole text is never held in memory.

    An error while the chunks are made (a template failing half-way) removes the temporary
    file, so the previous `target` stays as it was.
    """

    def fill(handle: BinaryIO) -> None:
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
        text.writelines(chunks)
        text.flush()
        text.detach()  # leave `handle` open for _replace to sync and close

    _replace(target, fill, inputs)


def _replace(target: Path, fill: Callable[[BinaryIO], object], inputs: Iterable[Path]) -> None:
    """Let `fill` write a temporary file next to `target`, then rename it over `target`."""
    check_target(target, inputs)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
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


def emit_bytes(data: bytes, target: Path | None, *, inputs: Iterable[Path] = ()) -> None:
    """Binary output (a workbook) to stdout ('-') or atomically to a file."""
    if target is None or str(target) == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        write_atomic(target, data, inputs=inputs)


def emit_chunks(
    chunks: Iterable[str], target: Path | None = None, *, inputs: Iterable[Path] = ()
) -> None:
    """Text made piece by piece, to stdout or atomically to a file, without joining it first."""
    if target is None or str(target) == "-":
        sys.stdout.writelines(chunks)
        sys.stdout.flush()
    else:
        write_atomic_chunks(target, chunks, inputs=inputs)
