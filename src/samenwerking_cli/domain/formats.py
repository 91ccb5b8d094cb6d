"""Numbers, money, percentages and dates for people, in the current language, through Babel.

Dutch: `1.234,5`, `€ 1.234,50`, `93,1 %`, `1 januari 2026`; English: `1,234.5`, `€1,234.50`,
`93.1%`, `1 January 2026`. Babel is imported on first use: `validate` never formats a number
on its way to a clean exit, and its start-up time is measured.
"""

from __future__ import annotations

from datetime import date

from samenwerking_cli.domain.text import language

# Babel locales: British English writes the day before the month, as the Dutch readers do.
_LOCALES = {"nl": "nl_NL", "en": "en_GB"}
# CLDR writes Dutch percentages as `93%`; Dutch style guides (and this tool) write `93,1 %`.
_PERCENT = {"nl": "#,##0{decimals} %", "en": "#,##0{decimals}%"}


def _locale(lang: str | None = None) -> str:
    return _LOCALES[lang or language()]


def _plain_spaces(text: str) -> str:
    # Babel puts no-break spaces in money; a plain space copies cleanly into Excel and mail.
    return text.replace("\xa0", " ").replace("\u202f", " ")


def number(value: float | int, decimals: int | None = None, lang: str | None = None) -> str:
    """1234.5 -> `1.234,5` (nl) or `1,234.5` (en); integers without decimals."""
    if decimals is None and isinstance(value, int) and -1000 < value < 1000:
        return str(value)  # counts: no need to load Babel (validate's start-up time)
    from babel.numbers import format_decimal

    if decimals is None:
        return _plain_spaces(format_decimal(value, format="#,##0.##########", locale=_locale(lang)))
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return _plain_spaces(format_decimal(value, format=pattern, locale=_locale(lang)))


def money(value: float | int, lang: str | None = None) -> str:
    """`€ 1.234,50` (nl) or `€1,234.50` (en)."""
    from babel.numbers import format_currency

    return _plain_spaces(format_currency(value, "EUR", locale=_locale(lang)))


def percent(value: float | None, decimals: int = 1, lang: str | None = None) -> str:
    """A share given in percent (93.1 -> `93,1 %`); `–` when there is none."""
    if value is None:
        return "–"
    from babel.numbers import format_percent

    pattern = _PERCENT[lang or language()].format(decimals="." + "0" * decimals if decimals else "")
    return _plain_spaces(format_percent(value / 100, format=pattern, locale=_locale(lang)))


def day(value: date | None, lang: str | None = None) -> str:
    """`1 januari 2026` (nl) or `1 January 2026` (en); empty when there is none."""
    if value is None:
        return ""
    from babel.dates import format_date

    return _plain_spaces(format_date(value, format="long", locale=_locale(lang)))
