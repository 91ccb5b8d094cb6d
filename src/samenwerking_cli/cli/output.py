"""Write results: to stdout, or atomically to a file that is never one of the inputs.

Regular files are replaced atomically (a temporary file in the same folder, then renamed), so a
failed or interrupted run leaves the previous file. Standard output, devices, FIFOs and the
`/dev/stdout`-like names of a stream are written to directly: replacing them would put a regular
file where a device or pipe was. A symbolic link is written at its target; the link stays.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import re
import signal
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, BinaryIO

from samenwerking_cli.domain.findings import UserError
from samenwerking_cli.domain.text import N_, _

STDOUT = N_("standard output")  # also the marker for writes to the stream
# Temporary files carry the writing process's id, so a later run can tell a file left by a
# killed run (its process is gone) from one that another run is still writing.
_TMP_MARK = ".samenwerking-"
_TMP_NAME = re.compile(r"\.samenwerking-(\d+)-[^.]+\.tmp")
# Names of a stream of this process: replacing what they resolve to would lose the output.
_STREAM_NAME = re.compile(r"/dev/(?:stdout|stderr|fd/\d+)|/proc/(?:self|\d+)/fd/\d+")

_NO_SPACE = N_("the disk is full")
_HINTS = {
    errno.ENOSPC: N_("free some space, or choose another --output"),
    errno.EDQUOT: N_("free some space, or choose another --output"),
    errno.EACCES: N_("check that the folder is writable, or choose another --output"),
    errno.EPERM: N_("check that the folder is writable, or choose another --output"),
    errno.EROFS: N_("choose a folder on a writable disk with --output"),
}


class Interrupted(BaseException):
    """SIGTERM or SIGHUP arrived during a write: unwind (removing the temporary file), then
    the edge exits as an interrupted run."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def check_target(target: Path, inputs: Iterable[Path]) -> None:
    """Refuse before any work is done: a folder that does not exist, or an input file."""
    if is_direct(target):
        return
    real = Path(os.path.realpath(target))
    folder = real.parent
    if not folder.is_dir():
        shown = target.parent if str(target.parent) else Path(".")
        raise UserError(
            _("cannot write {target}: the folder {folder} does not exist").format(
                target=target, folder=shown
            ),
            _("create the folder first, or choose another --output"),
        )
    if real.is_dir():
        raise UserError(
            _("cannot write {target}: it is a folder").format(target=target),
            _("give a file name with --output"),
        )
    for path in inputs:
        if os.path.realpath(path) == str(real):
            raise UserError(
                _("refusing to write {target}: it is one of the input documents").format(
                    target=target
                ),
                _("choose another {option}").format(option="--output"),
            )


def is_direct(target: Path) -> bool:
    """Whether `target` is written into rather than replaced: a name of a stream of this
    process, or anything that exists and is not a regular file (device, FIFO, socket)."""
    if _STREAM_NAME.fullmatch(os.path.normpath(os.path.abspath(target))):
        return True
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def write_atomic(target: Path, data: str | bytes, *, inputs: Iterable[Path] = ()) -> None:
    """Write via a temporary file in the same folder and rename it: all or nothing."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    _write(target, lambda handle: handle.write(payload), inputs)


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
        text.detach()  # leave `handle` open for the caller to sync and close

    _write(target, fill, inputs)


def _write(target: Path, fill: Callable[[BinaryIO], object], inputs: Iterable[Path]) -> None:
    check_target(target, inputs)
    if is_direct(target):
        _write_direct(target, fill)
    else:
        _replace(target, fill)


def _write_direct(target: Path, fill: Callable[[BinaryIO], object]) -> None:
    try:
        with open(target, "ab") as handle:
            fill(handle)
    except OSError as exc:
        raise write_error(str(target), exc) from None


def _replace(target: Path, fill: Callable[[BinaryIO], object]) -> None:
    """Let `fill` write a temporary file next to the real `target`, then rename it over that."""
    import tempfile  # only a run that writes a file pays for it (~3 ms of start-up)

    real = Path(os.path.realpath(target))  # a link stays a link: its target is replaced
    remove_leftovers(real)
    tmp = ""
    try:
        with _signals_unwind():
            # A signal between the file's creation and `tmp` being set would leave the file:
            # hold them back for that moment.
            held = _hold_signals()
            try:
                fd, tmp = tempfile.mkstemp(
                    prefix=f".{real.name}{_TMP_MARK}{os.getpid()}-", suffix=".tmp", dir=real.parent
                )
            finally:
                _release_signals(held)
            with os.fdopen(fd, "wb") as handle:
                fill(handle)
                handle.flush()
                os.fsync(handle.fileno())
            mode = 0o666 & ~_umask()
            if real.exists():
                mode = real.stat().st_mode & 0o777
            os.chmod(tmp, mode)
            os.replace(tmp, real)
    except OSError as exc:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise write_error(str(target), exc) from None
    except BaseException:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise


_HELD = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


def _hold_signals() -> set[int | signal.Signals] | None:
    try:
        return signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    except (AttributeError, OSError, ValueError):  # not on this system
        return None


def _release_signals(previous: set[int | signal.Signals] | None) -> None:
    if previous is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def remove_leftovers(real: Path) -> None:
    """Remove temporary files of `real` left by runs that were killed outright (their process
    no longer exists); those of a run still writing are left alone."""
    try:
        names = os.listdir(real.parent)
    except OSError:
        return
    prefix = f".{real.name}"
    for name in names:
        if not name.startswith(prefix):
            continue
        found = _TMP_NAME.fullmatch(name[len(prefix) :])
        if found and not _alive(int(found.group(1))):
            with suppress(OSError):
                os.unlink(real.parent / name)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # an earlier write of this very run was interrupted
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


@contextmanager
def _signals_unwind() -> Iterator[None]:
    """SIGTERM and SIGHUP raise Interrupted while a temporary file exists (as Ctrl-C raises
    KeyboardInterrupt), so it is removed; the previous handlers come back afterwards."""
    previous: dict[int, Any] = {}

    def unwind(signum: int, _frame: object) -> None:
        raise Interrupted(signum)

    try:
        for signum in (signal.SIGTERM, signal.SIGHUP):
            previous[signum] = signal.signal(signum, unwind)
    except ValueError:  # not the main thread: signals cannot be handled here
        pass
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def write_error(where: str, exc: OSError) -> UserError:
    """One line for an output that cannot be written: the path or stream and the cause."""
    full = exc.errno in (errno.ENOSPC, errno.EDQUOT)
    cause = _(_NO_SPACE) if full else exc.strerror or str(exc)
    if exc.errno == errno.EROFS:
        cause = _("the disk is read-only")
    if exc.errno == errno.EPIPE:
        cause = _("the program reading it stopped (broken pipe)")
    known = _HINTS.get(exc.errno or 0)
    hint = _(known) if known else _("check the path and that its folder is writable")
    if where == STDOUT or exc.errno == errno.EPIPE:
        hint = _("write to a file with --output instead")
    shown = _(STDOUT) if where == STDOUT else where
    return UserError(_("cannot write {target}: {reason}").format(target=shown, reason=cause), hint)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def stdout_stream() -> Any:
    if sys.stdout is None:
        raise UserError(
            _("cannot write {target}: it is closed").format(target=_(STDOUT)),
            _("write to a file with --output instead"),
        )
    return sys.stdout


def encoding_error(exc: UnicodeEncodeError) -> UserError:
    bad = exc.object[exc.start : exc.start + 1] if isinstance(exc.object, str) else ""
    stream = sys.stdout
    encoding = getattr(stream, "encoding", None) or exc.encoding
    message = (
        _("cannot write {target}: its encoding {encoding} cannot show the character {char}")
        if bad
        else _("cannot write {target}: its encoding {encoding} cannot show every character")
    )
    return UserError(
        message.format(
            target=_(STDOUT), encoding=encoding, char=f"U+{ord(bad):04X}" if bad else ""
        ),
        _(
            "set PYTHONIOENCODING=utf-8 (on Windows also: chcp 65001), or write to a file with "
            "--output"
        ),
    )


def emit(text: str, target: Path | None = None, *, inputs: Iterable[Path] = ()) -> None:
    """Text to stdout (target None or '-') or atomically to a file."""
    if target is None or str(target) == "-":
        write_stdout([text])
    else:
        write_atomic(target, text, inputs=inputs)


def emit_bytes(data: bytes, target: Path | None, *, inputs: Iterable[Path] = ()) -> None:
    """Binary output (a workbook) to stdout ('-') or atomically to a file."""
    if target is None or str(target) == "-":
        stream = stdout_stream()
        try:
            stream.flush()
            stream.buffer.write(data)
            stream.buffer.flush()
        except OSError as exc:
            _silence_stdout()
            raise write_error(STDOUT, exc) from None
    else:
        write_atomic(target, data, inputs=inputs)


def emit_chunks(
    chunks: Iterable[str], target: Path | None = None, *, inputs: Iterable[Path] = ()
) -> None:
    """Text made piece by piece, to stdout or atomically to a file, without joining it first."""
    if target is None or str(target) == "-":
        write_stdout(chunks)
    else:
        write_atomic_chunks(target, chunks, inputs=inputs)


def write_stdout(chunks: Iterable[str]) -> None:
    """Write to standard output; a stream that cannot take the text is one clear error.

    Text that the stream's encoding cannot hold is refused before anything is written (for an
    encoding other than UTF-8 the pieces are gathered first).
    """
    stream = stdout_stream()
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
    utf8 = encoding in ("utf-8", "utf8")
    pieces: Iterable[str] = chunks if utf8 else list(chunks)
    try:
        if not utf8:
            for piece in pieces:
                piece.encode(encoding)
        for piece in pieces:
            stream.write(piece)
        stream.flush()
    except UnicodeEncodeError as exc:
        raise encoding_error(exc) from None
    except OSError as exc:
        _silence_stdout()
        raise write_error(STDOUT, exc) from None


def _silence_stdout() -> None:
    """Point the broken stdout at /dev/null, so Python's flush at exit does not fail again."""
    with suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


def flush_stdout() -> None:
    """Flush what the command wrote to stdout (rich tables, findings); an error is one line."""
    stream = sys.stdout
    if stream is None:
        return
    try:
        stream.flush()
    except OSError as exc:
        _silence_stdout()
        raise write_error(STDOUT, exc) from None


def stream_problem(exc: BaseException) -> UserError | None:
    """The one-line error for a failure of standard output that reached the edge (from rich
    output, which writes as it goes); None for anything else, which is a bug."""
    if isinstance(exc, UnicodeEncodeError) and _is_stdout_encoding(exc.encoding):
        return encoding_error(exc)
    if isinstance(exc, OSError) and exc.errno in (errno.EPIPE, errno.ENOSPC, errno.EDQUOT):
        _silence_stdout()
        return write_error(STDOUT, exc)
    return None


def _is_stdout_encoding(name: str) -> bool:
    stream = sys.stdout
    own = getattr(stream, "encoding", None) if stream is not None else None
    if not isinstance(own, str):
        return False
    if name == "charmap":  # what the one-byte Windows code pages (cp1252) call themselves
        return True
    try:
        return codecs.lookup(own).name == codecs.lookup(name).name
    except LookupError:
        return False
