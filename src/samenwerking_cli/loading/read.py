"""Reading a file's bytes and decoding them as UTF-8 text, with plain words for what goes wrong."""

from __future__ import annotations

import stat
from pathlib import Path

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.text import _
from samenwerking_cli.loading.problems import LoadError, problem

MAX_BYTES = 2 * 1024 * 1024


def read_text(path: Path, display: str) -> str:
    """The file's text, or a LoadError that says in plain words why it cannot be read."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise problem(
            display,
            "unreadable",
            _("the file does not exist (any more)"),
            _("check the path and the file name"),
        ) from None
    except OSError as exc:
        raise _unreadable(display, exc) from None
    if stat.S_ISDIR(st.st_mode):
        raise problem(
            display,
            "not-a-file",
            _("this is a folder, not a file"),
            _("give the path of a .yaml file, or the folder as a separate argument"),
        )
    if not stat.S_ISREG(st.st_mode):
        raise problem(
            display,
            "not-a-file",
            _("this is not a regular file"),
            _("give the path of a .yaml file"),
        )
    if st.st_size > MAX_BYTES:
        raise too_large(display, st.st_size)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _unreadable(display, exc) from None
    if len(data) > MAX_BYTES:  # the file grew after it was measured
        raise too_large(display, len(data))
    return decode(data, display)


def missing_file(display: str) -> Finding:
    """A path that was given but does not exist."""
    return Finding(
        display,
        None,
        None,
        "error",
        "unreadable",
        _("the file does not exist"),
        _("check the path and the file name"),
    )


def _unreadable(display: str, exc: OSError) -> LoadError:
    return problem(
        display,
        "unreadable",
        _("the file cannot be read: {reason}").format(reason=exc.strerror),
        _("check the path and its permissions"),
    )


def too_large(display: str, size: int) -> LoadError:
    return problem(
        display,
        "too-large",
        _("the file is {size} MB; agreement documents are at most {most} MB").format(
            size=f"{size / 1048576:.1f}", most=MAX_BYTES // 1048576
        ),
        _("check that this is the right file; split very large documents"),
    )


def decode(data: bytes, display: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise problem(
            display,
            "encoding",
            _("the file is saved as UTF-16, not UTF-8"),
            _("save the file as UTF-8 (in most editors: Save as, encoding UTF-8)"),
            1,
            1,
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if _utf16_without_bom(data[:400]):
        raise problem(
            display,
            "encoding",
            _("the file is saved as UTF-16, not UTF-8"),
            _("save the file as UTF-8 (in most editors: Save as, encoding UTF-8)"),
            1,
            1,
        )
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise problem(
            display,
            "encoding",
            _("the file contains binary data, not text"),
            _("check that this is a YAML text file saved as UTF-8"),
            line,
            None,
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        raise problem(
            display,
            "encoding",
            _("the file is not valid UTF-8 (byte {byte})").format(byte=f"0x{data[exc.start]:02X}"),
            _("save the file as UTF-8 (in most editors: Save as, encoding UTF-8)"),
            line,
            column,
        ) from None


def _utf16_without_bom(head: bytes) -> bool:
    """Text in UTF-16 has a NUL byte beside nearly every Latin letter, all on one side."""
    if len(head) < 4:
        return False
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    return max(even, odd) > 0.6 * half and min(even, odd) < 0.05 * half
