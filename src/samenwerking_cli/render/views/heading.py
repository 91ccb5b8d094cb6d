"""The opening of `compare` and its proposals, as plain strings, for the table and Markdown views.

Both views print the same facts (framework, reference date, national index and balance, the
employer's figures, the proposals); they differ only in layout and escaping, so the facts are
gathered here once and each view escapes and lays them out for its own output.
"""

from __future__ import annotations

from dataclasses import dataclass

from samenwerking_cli.domain.text import _
from samenwerking_cli.engine.views import CompareView
from samenwerking_cli.render import formatting
from samenwerking_cli.render import measure_labels as ml
from samenwerking_cli.render.compare_labels import balance, index


@dataclass(frozen=True, slots=True)
class Heading:
    title: str  # as written in the framework: each view escapes it
    version: str
    as_of: str  # the reference date, formatted for the language
    index_scope: str
    index: str
    balance_scope: str
    balance: str
    index_meaning: str
    balance_meaning: str
    employer: str | None  # compare --employer: the employer's figures, then one line per topic
    employer_topics: tuple[str, ...]


def heading(view: CompareView) -> Heading:
    ov = view.overview
    fw = ov.framework
    figures: str | None = None
    topics: tuple[str, ...] = ()
    if view.employer is not None:
        # Imported here: only compare --employer needs the employer's labels.
        from samenwerking_cli.render.views.employer_labels import figures as employer_figures
        from samenwerking_cli.render.views.employer_labels import topic_figures

        figures = employer_figures(view.employer)
        topics = tuple(topic_figures(view.employer))
    return Heading(
        title=fw.title,
        version=fw.version,
        as_of=formatting.day(ov.as_of),
        index_scope=ml.scope("index", view.subset),
        index=index(ov.national_index),
        balance_scope=ml.scope("balance", view.subset),
        balance=balance(ov.national_balance.value),
        index_meaning=f"{ml.text('index_name')}: {ml.text('index_means')}.",
        balance_meaning=f"{ml.text('balance_name')}: {ml.text('balance_means')}.",
        employer=figures,
        employer_topics=topics,
    )


def proposals_title() -> str:
    return _("Proposals, largest effect on the harmonisation index first")


def proposal_headers() -> tuple[str, str, str, str]:
    return (_("No."), _("Proposal"), _("Effect"), _("Why"))


def proposal_rows(view: CompareView) -> list[tuple[str, str, str, str]]:
    """Number, what to change, its effect and why, for each proposal in order."""
    return [
        (str(i), ml.what(m), ml.gains(m), ml.reason(m))
        for i, m in enumerate(view.proposals or (), start=1)
    ]
