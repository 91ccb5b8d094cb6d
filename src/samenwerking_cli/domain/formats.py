"""Numbers, money, percentages and dates for people, in the current language, as CLDR writes them.

Dutch: `1.234,5`, `€ 1.234,50`, `93,1 %`, `1 januari 2026`; English: `1,234.5`, `€1,234.50`,
`93.1%`, `1 January 2026`. The locale data (symbols, pattern affixes, month names) comes from
Babel, kept in domain/cldr.py: loading it from Babel at run time cost ~20 ms of every table's
start-up. The rounding and grouping below follow Babel's NumberPattern.apply step by step, and
tests compare every function with Babel's own output.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from samenwerking_cli.domain.cldr import LOCALES
from samenwerking_cli.domain.text import language

_MAX_FREE_DECIMALS = 10  # `#,##0.##########`: up to ten decimals, trailing zeros left out


def _data(lang: str | None) -> dict[str, Any]:
    return LOCALES[lang or language()]


def _plain_spaces(text: str) -> str:
    # CLDR puts no-break spaces in money; a plain space copies cleanly into Excel and mail.
    return text.replace("\xa0", " ").replace("\u202f", " ")


def _apply(value: float | int, kind: str, frac: tuple[int, int], lang: str | None) -> str:
    """Babel's NumberPattern.apply for a plain pattern: scale, round half to even, group."""
    from decimal import Decimal  # not on validate's way to a clean exit (start-up time)

    data = _data(lang)
    pattern = data[kind]
    exact = Decimal(str(value)).scaleb(pattern["scale"])
    negative = int(exact.is_signed())
    if exact.is_infinite():  # not from the files (the loader refuses .inf), but never a crash
        digits: str = data["infinity"]
    else:
        rounded = abs(exact).normalize().quantize(Decimal(10) ** -frac[1])
        whole, _sep, fraction = f"{rounded:f}".partition(".")
        digits = _group(whole, pattern["grouping"], data["group"]) + _fraction(
            fraction or "0", frac, data["decimal"]
        )
    text: str = pattern["prefix"][negative] + digits + pattern["suffix"][negative]
    return text


def _group(whole: str, grouping: tuple[int, int], symbol: str) -> str:
    size, out = grouping[0], ""
    while len(whole) > size:
        out = symbol + whole[-size:] + out
        whole = whole[:-size]
        size = grouping[1]
    return whole + out


def _fraction(digits: str, frac: tuple[int, int], symbol: str) -> str:
    least, most = frac
    digits = digits.ljust(least, "0")
    if most == 0 or (least == 0 and int(digits) == 0):
        return ""
    while len(digits) > least and digits[-1] == "0":
        digits = digits[:-1]
    return symbol + digits


def number(value: float | int, decimals: int | None = None, lang: str | None = None) -> str:
    """1234.5 -> `1.234,5` (nl) or `1,234.5` (en); integers without decimals."""
    if decimals is None and isinstance(value, int) and -1000 < value < 1000:
        return str(value)  # counts: no separators to place
    frac = (0, _MAX_FREE_DECIMALS) if decimals is None else (decimals, decimals)
    return _plain_spaces(_apply(value, "number", frac, lang))


def money(value: float | int, lang: str | None = None) -> str:
    """`€ 1.234,50` (nl) or `€1,234.50` (en)."""
    digits = _data(lang)["money"]["digits"]
    return _plain_spaces(_apply(value, "money", (digits, digits), lang))


def percent(value: float | None, decimals: int = 1, lang: str | None = None) -> str:
    """A share given in percent (93.1 -> `93,1 %`); `–` when there is none."""
    if value is None:
        return "–"
    return _plain_spaces(_apply(value / 100, "percent", (decimals, decimals), lang))


def day(value: date | None, lang: str | None = None) -> str:
    """`1 januari 2026` (nl) or `1 January 2026` (en); empty when there is none."""
    if value is None:
        return ""
    data = _data(lang)
    text: str = data["long_date"].format(
        day=value.day,
        month=value.month,
        month_name=data["months"][value.month - 1],
        year=value.year,
    )
    return _plain_spaces(text)
