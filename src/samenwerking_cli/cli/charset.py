"""Text for a console whose encoding cannot show every character (cp1252, cp850, ascii).

An old Windows console or `PYTHONIOENCODING=ascii` cannot show `−`, `–`, `€`, box lines or
`▲`, and ascii not even `ë`. One such character must not cost the whole output, so what cannot
be shown is written as a near ASCII stand-in (`–` as `-`, `€` as `EUR`, `ë` as `e`) or as `?`.
Formats read by programs keep every character: JSON as `\\uXXXX` escapes (plain ASCII, the same
data), and the formats whose definition is UTF-8 (CSV with its BOM, vCard, iCalendar, HTML,
JUnit XML) as UTF-8 bytes, exactly what `--output` writes.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable
from typing import Any

VISIBLE = "samenwerking-visible"  # codec error handler: stand-ins, else `?`
JSON_ESCAPE = "samenwerking-json"  # codec error handler: `\uXXXX`

TEXT, JSON, UTF8 = "text", "json", "utf-8"  # how each kind of output is written
KINDS = {
    "json": JSON,
    "sarif": JSON,
    "csv": UTF8,
    "vcard": UTF8,
    "ics": UTF8,
    "html": UTF8,
    "junit": UTF8,
}

_STAND_INS = {
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u2018": "'",
    "\u2019": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00b7": ".",
    "\u2022": "*",
    "\u2026": "...",
    "\u2190": "<-",
    "\u2192": "->",
    "\u2191": "^",
    "\u2193": "v",
    "\u20ac": "EUR",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u00d7": "x",
    "\u00f7": "/",
    "\u00b1": "+/-",
    "\u2264": "<=",
    "\u2265": ">=",
    "\u25b2": "^",
    "\u25bc": "v",
    "\u25cf": "o",
    "\u25c6": "*",
    "\u2713": "=",
    "\ufeff": "",  # a byte order mark means something in UTF-8 only
}
_SPARKS = dict(zip("▁▂▃▄▅▆▇█", "_.-:=+*#", strict=True))


def _stand_in(char: str) -> str:
    known = _STAND_INS.get(char, _SPARKS.get(char))
    if known is not None:
        return known
    import unicodedata

    if "\u2500" <= char <= "\u257f":  # box drawing: lines and corners
        words = set(unicodedata.name(char, "").split())
        if words & {"VERTICAL", "UP", "DOWN"} and not words & {"HORIZONTAL", "LEFT", "RIGHT"}:
            return "|"
        if words & {"HORIZONTAL", "LEFT", "RIGHT"} and not words & {"VERTICAL", "UP", "DOWN"}:
            return "=" if "DOUBLE" in words else "-"
        return "+"
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if c.isascii())
    return base if base.isprintable() and base else "?"


def _visible(exc: UnicodeError) -> tuple[str | bytes, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    text = exc.object[exc.start : exc.end]
    if all("\udc80" <= c <= "\udcff" for c in text):
        # Bytes of a file name that was not valid text: written back as they were.
        return bytes(ord(c) - 0xDC00 for c in text), exc.end
    return "".join(_stand_in(c) for c in text), exc.end


def _json_escape(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    units = exc.object[exc.start : exc.end].encode("utf-16-be", "surrogatepass")
    escaped = "".join(f"\\u{units[i] << 8 | units[i + 1]:04x}" for i in range(0, len(units), 2))
    return escaped, exc.end


codecs.register_error(VISIBLE, _visible)
codecs.register_error(JSON_ESCAPE, _json_escape)


def is_utf8(stream: Any) -> bool:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def tolerate(*streams: Any) -> None:
    """Let standard output and error write what their encoding cannot show as stand-ins
    (rich and plain writes alike), instead of failing at the first such character."""
    for stream in streams:
        if stream is None or is_utf8(stream) or not hasattr(stream, "reconfigure"):
            continue
        try:
            stream.reconfigure(errors=VISIBLE)
        except (ValueError, OSError, LookupError):
            continue  # a stream that cannot change: the edge words any failure


def write(stream: Any, chunks: Iterable[str], fmt: str) -> None:
    """Write `chunks` of an output in format `fmt` to a stream that is not UTF-8."""
    kind = KINDS.get(fmt, TEXT)
    buffer = getattr(stream, "buffer", None)
    if kind == UTF8 and buffer is not None:
        stream.flush()
        for piece in chunks:
            buffer.write(piece.encode("utf-8"))
        buffer.flush()
        return
    encoding = stream.encoding or "ascii"
    for piece in chunks:
        if kind == JSON:
            stream.write(piece.encode("ascii", JSON_ESCAPE).decode("ascii"))
        else:
            stream.write(piece.encode(encoding, VISIBLE).decode(encoding, "surrogateescape"))
