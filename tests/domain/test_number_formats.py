"""Numbers, money, percentages and dates are written exactly as Babel writes them.

domain/formats.py formats from CLDR data kept in domain/cldr.py (taken from Babel by
tools/make_locale_data.py) instead of loading Babel at run time: these tests hold it to Babel's
own output, and fail when the kept data no longer matches the installed Babel.
"""

from __future__ import annotations

import importlib.util
import math
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent
from hypothesis import example, given
from hypothesis import strategies as st

from samenwerking_cli.domain import cldr, formats

ROOT = Path(__file__).resolve().parents[2]
LANGS = sorted(cldr.LOCALES)
LOCALE = {lang: cldr.LOCALES[lang]["locale"] for lang in LANGS}
PERCENT = {"nl": "#,##0{decimals} %", "en": "#,##0{decimals}%"}

# Every amount the tool shows is far below this; Babel itself refuses more digits than the
# decimal context holds (28) once ten decimals are asked for.
amounts = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)
counts = st.integers(min_value=-(10**15), max_value=10**15)
places = st.integers(min_value=0, max_value=4)
languages = st.sampled_from(LANGS)


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_locale_data", ROOT / "tools" / "make_locale_data.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _plain(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")


def test_the_kept_locale_data_matches_the_installed_babel() -> None:
    # The data, not the text: a Babel release with the same CLDR data changes nothing here.
    assert _generator().collect() == cldr.LOCALES, (
        "domain/cldr.py no longer matches Babel: run `python tools/make_locale_data.py`"
    )


def test_the_generator_and_the_formats_agree_on_the_languages() -> None:
    generator = _generator()
    assert generator.LOCALES == LOCALE
    assert {lang: p.format(decimals=".0") for lang, p in PERCENT.items()} == generator.PERCENT


@given(value=st.one_of(amounts, counts), lang=languages)
@example(value=2.675, lang="nl")  # half-way in decimal, below half-way in binary
@example(value=-0.0, lang="nl")
@example(value=1e-11, lang="en")
@example(value=999, lang="nl")
@example(value=float("inf"), lang="nl")
@example(value=float("-inf"), lang="en")
@example(value=1000, lang="nl")
@example(value=-1000, lang="en")
def test_numbers_as_babel_writes_them(value: float, lang: str) -> None:
    expected = format_decimal(value, format="#,##0.##########", locale=LOCALE[lang])
    assert formats.number(value, lang=lang) == _plain(expected)


@given(value=st.one_of(amounts, counts), decimals=places, lang=languages)
@example(value=0.125, decimals=2, lang="en")
@example(value=1234567.5, decimals=0, lang="nl")
def test_numbers_with_fixed_decimals_as_babel_writes_them(
    value: float, decimals: int, lang: str
) -> None:
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    expected = format_decimal(value, format=pattern, locale=LOCALE[lang])
    assert formats.number(value, decimals, lang=lang) == _plain(expected)


@given(value=st.one_of(amounts, counts), lang=languages)
@example(value=92.5, lang="nl")
@example(value=-1234.5, lang="nl")
@example(value=0.005, lang="en")
@example(value=float("-inf"), lang="nl")
def test_money_as_babel_writes_it(value: float, lang: str) -> None:
    assert formats.money(value, lang=lang) == _plain(
        format_currency(value, "EUR", locale=LOCALE[lang])
    )


@given(
    value=st.one_of(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), st.just(-math.inf)),
    decimals=places,
    lang=languages,
)
@example(value=93.14, decimals=1, lang="nl")
@example(value=100.0, decimals=0, lang="en")
@example(value=-2.25, decimals=1, lang="nl")
@example(value=float("inf"), decimals=1, lang="nl")
def test_percentages_as_babel_writes_them(value: float, decimals: int, lang: str) -> None:
    pattern = PERCENT[lang].format(decimals="." + "0" * decimals if decimals else "")
    expected = format_percent(value / 100, format=pattern, locale=LOCALE[lang])
    assert formats.percent(value, decimals, lang=lang) == _plain(expected)


@given(value=st.dates(), lang=languages)
@example(value=date(2026, 1, 1), lang="nl")
@example(value=date(5, 12, 31), lang="en")
def test_dates_as_babel_writes_them(value: date, lang: str) -> None:
    assert formats.day(value, lang=lang) == _plain(
        format_date(value, format="long", locale=LOCALE[lang])
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", ("1.234,5", "€ 1.234,50", "93,1 %", "1 maart 2026", "–")),
        ("en", ("1,234.5", "€1,234.50", "93.1%", "1 March 2026", "–")),
    ],
)
def test_what_readers_see(lang: str, expected: tuple[str, ...]) -> None:
    got = (
        formats.number(1234.5, lang=lang),
        formats.money(1234.5, lang=lang),
        formats.percent(93.14, lang=lang),
        formats.day(date(2026, 3, 1), lang=lang),
        formats.percent(None, lang=lang),
    )
    assert got == expected


def test_the_current_language_is_used_when_none_is_given() -> None:
    from samenwerking_cli.domain.text import language, set_language

    before = language()
    try:
        set_language("nl")
        assert formats.money(5) == "€ 5,00"
        set_language("en")
        assert formats.money(5) == "€5.00"
    finally:
        set_language(before)
