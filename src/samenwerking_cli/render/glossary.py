"""The report's glossary: Dutch terms of Dutch instruments with their meaning.

Kept apart from labels.py so each stays short; labels.py re-exports glossary() for the report's
builder."""

from __future__ import annotations

from samenwerking_cli.domain.text import N_, _

# (term, meaning); terms are Dutch names of Dutch instruments, so they stay Dutch in English.
_GLOSSARY: tuple[tuple[str, str], ...] = (
    (
        "Arbeidsmarktregio",
        N_(
            "Labour-market region: one of the 35 regions in which municipalities and UWV serve employers together."
        ),
    ),
    (
        "Banenafspraak",
        N_(
            "The 2015 agreement on 125,000 extra jobs for people with a disability (Wet banenafspraak)."
        ),
    ),
    (
        "Centrumgemeente",
        N_("Central municipality: the one that leads the cooperation in a labour-market region."),
    ),
    ("Jobcoaching", N_("Personal support at the workplace by an external or internal job coach.")),
    (
        "LKS",
        N_(
            "Loonkostensubsidie, wage cost subsidy: paid by the municipality for the gap between minimum wage and wage value (art. 10d Participatiewet)."
        ),
    ),
    (
        "Loonwaardebepaling",
        N_(
            "Wage value assessment: what a worker achieves, as a percentage of a standard job; the basis for the wage cost subsidy."
        ),
    ),
    (
        "No-riskpolis",
        N_(
            "UWV pays sickness benefit when the employee falls ill (art. 29b Ziektewet); set nationally."
        ),
    ),
    # A Dutch word with a plain English one: the term is translated too.
    (N_("Reference date"), N_("The date on which the report assesses the agreements.")),
    (
        "Proefplaatsing",
        N_("Trial placement: unpaid work while keeping the benefit, to see whether the job fits."),
    ),
    (
        "WSP",
        N_(
            "WerkgeversServicepunt, employer service point: the desk of municipalities and UWV for employers in a region."
        ),
    ),
)


def glossary() -> tuple[tuple[str, str], ...]:
    """(term, meaning) in the current language, in the alphabetical order of the terms."""
    found = ((_(term), _(meaning)) for term, meaning in _GLOSSARY)
    return tuple(sorted(found, key=lambda pair: pair[0].casefold()))
