"""Words for the two measures, the proposals' reasons, subsets and left-out files.

One place for these texts, used by the compare renderers and the report alike, so the language
work can pick them up. Sentences with `{name}` fields are filled with `str.format`; the data put
into them is escaped by the output afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence

from samenwerking_cli.domain.text import N_, gettext_in
from samenwerking_cli.engine.proposals import Move
from samenwerking_cli.render import formatting

# key -> msgid (English); the Dutch is in locale/nl/LC_MESSAGES/measures.po.
TEXTS: dict[str, str] = {
    "index_name": N_("Harmonisation index"),
    "index_short": N_("Index"),
    "balance_name": N_("Employer balance"),
    "balance_short": N_("Balance"),
    "rank_index": N_("Rank (index)"),
    "rank_balance": N_("Rank (balance)"),
    "national_index": N_("National harmonisation index"),
    "national_balance": N_("National employer balance"),
    "subset_index": N_("Harmonisation index for {subset}"),
    "subset_balance": N_("Employer balance for {subset}"),
    "selection_index": N_("Harmonisation index of the selected regions ({names})"),
    "selection_balance": N_("Employer balance of the selected regions ({names})"),
    "index_means": N_("how much of the framework the regions follow (100 = all equal)"),
    "balance_means": N_(
        "favourable minus unfavourable deviations for employers, per 100 comparable agreements (−100 to +100; 0 = as many, or none)"
    ),
    "excluded": N_(
        "Left out because invalid ({n}): {files}. The figures are about the other regions; see the findings of `samenwerking validate`."
    ),
    "excluded_one": N_(
        "Left out because invalid: {files}. The figures are about the other regions; see the findings of `samenwerking validate`."
    ),
    "gain_both": N_("index {index}, balance {balance}"),
    "reason_region_unfavourable": N_(
        "{name} deviates on {n} points without a gain for employers, {u} of them to their cost; favourable deviations stay."
    ),
    "reason_region_unfavourable_one": N_(
        "{name} deviates on 1 point to the cost of employers; favourable deviations stay."
    ),
    "reason_region_neutral": N_(
        "{name} deviates on {n} points without a gain for employers; aligning makes things simpler, favourable deviations stay."
    ),
    "reason_region_neutral_one": N_(
        "{name} deviates on 1 point without a gain for employers; aligning makes things simpler, favourable deviations stay."
    ),
    "reason_parameter_unfavourable": N_(
        "{n} regions deviate on {name} without a gain for employers, {u} of them to their cost; regions with a more favourable value keep it."
    ),
    "reason_parameter_unfavourable_one": N_(
        "1 region deviates on {name} to the cost of employers; regions with a more favourable value keep it."
    ),
    "reason_parameter_neutral": N_(
        "{n} regions deviate on {name} without a gain for employers; regions with a more favourable value keep it."
    ),
    "reason_parameter_neutral_one": N_(
        "1 region deviates on {name} without a gain for employers; regions with a more favourable value keep it."
    ),
    "reason_framework_favourable": N_(
        "{support} regions chose {value}, better for employers, against {following} that follow the framework: the framework can follow them."
    ),
    "reason_framework_majority": N_(
        "{support} regions chose {value}, against {following} that follow the framework: the framework can follow them."
    ),
    "reason_framework_favourable_one": N_(
        "{support} regions chose {value}, better for employers, against 1 that follows the framework: the framework can follow them."
    ),
    "reason_framework_majority_one": N_(
        "{support} regions chose {value}, against 1 that follows the framework: the framework can follow them."
    ),
    "propose_region": N_("{name} takes over the national value where that does not cost employers"),
    "propose_parameter": N_(
        "Regions without a more favourable value take over the national value for {name}"
    ),
    "propose_framework": N_("The framework takes over {value} for {name}"),
    "sort_balance": N_("employer balance"),
    "rank_of_balance": N_("{rank} of {total} by balance"),
    "rank_of_index": N_("{rank} of {total} by index"),
    "map_measure": N_(
        "Colour and top-right number: harmonisation index; bottom: employer balance."
    ),
    "tile_balance": N_("balance {value}"),
    "km_balance": N_("The national employer balance is {balance}: {definition}."),
    "km_selection": N_(
        "The selected regions together: harmonisation index {index}, employer balance {balance} (national: {national_index} and {national_balance})."
    ),
    "national_beside": N_(
        "National (all regions): harmonisation index {index}, employer balance {balance}."
    ),
    "topic_balance": N_("Balance per topic"),
    "national_prefix": N_("national (all regions): "),
    "sorted_note": N_("sorted by harmonisation index, highest first"),
    "topic_index_selection": N_("Index per topic (selected regions)"),
    "topic_balance_selection": N_("Balance per topic (selected regions)"),
    "proposal_reason": N_("Why"),
    "proposal_effect": N_("Effect on the national index and employer balance (points)"),
    "proposals_fair_intro": N_(
        "Steps a dialogue session can put on the table. No step asks a region to give up a deviation that is favourable for employers. Where more regions chose the same value than follow the framework, and that value is not worse for employers, the step proposes that the framework follows the regions."
    ),
    "proposals_fair_caption": N_("Steps, largest effect on the harmonisation index first"),
    "no_fair_proposals": N_("No step raises the index without a cost to employers."),
    "param_balance": N_("balance {balance}"),
    "method_balance": N_(
        "Employer balance: 100 × (favourable − unfavourable deviations) ÷ comparable region-parameter pairs, from −100 to +100. A parameter is comparable when regions may deviate and the framework says what employers prefer; a neutral deviation counts as 0. A balance of 0 means as many favourable as unfavourable deviations, or none: read it next to the index."
    ),
    "method_proposals": N_(
        "Proposals never ask a region to give up a favourable deviation. The framework follows the regions only when at least {min} regions chose the same value, more regions than follow the framework (all regions count), and that value is not worse for employers."
    ),
}


def text(key: str, lang: str | None = None) -> str:
    """The text of `key` in `lang`, or in the current language."""
    return gettext_in(lang, TEXTS[key])


def balance(value: float | None, lang: str | None = None, decimals: int = 1) -> str:
    """A balance with its sign: `+12,5`, `−20,0`, `0,0`; `–` when there is none."""
    if value is None:
        return "–"
    rounded = round(value, decimals)
    sign = "+" if rounded > 0 else "−" if rounded < 0 else ""
    return sign + formatting.number(abs(rounded), decimals, lang)


def points(value: float | None, lang: str | None = None) -> str:
    """A change in points with its sign: `+5,6`, `−28,6`, `±0,0`."""
    if value is None:
        return "–"
    rounded = round(value, 1)
    sign = "+" if rounded > 0 else "−" if rounded < 0 else "±"
    return sign + formatting.number(abs(rounded), 1, lang)


def gains(move: Move, lang: str | None = None) -> str:
    return text("gain_both", lang).format(
        index=points(move.gain, lang), balance=points(move.balance_gain, lang)
    )


def _value(move: Move, lang: str | None) -> str:
    if move.parameter is None or move.value is None:
        return ""
    return formatting.value(move.parameter, move.value, lang)


def reason(move: Move, lang: str | None = None) -> str:
    """Why the move is proposed, in one sentence."""
    key = f"reason_{move.reason}"
    one = move.following if move.kind == "framework" else move.pairs
    if one == 1 and f"{key}_one" in TEXTS:
        key += "_one"
    return text(key, lang).format(
        name=move.name,
        n=move.pairs,
        u=move.unfavourable,
        support=move.support,
        following=move.following,
        value=_value(move, lang),
    )


def what(move: Move, lang: str | None = None) -> str:
    """The move itself, in a few words."""
    return text(f"propose_{move.kind}", lang).format(
        name=move.name, n=move.pairs, value=_value(move, lang)
    )


def scope(kind: str, subset: Sequence[str], lang: str | None = None) -> str:
    """`Landelijke harmonisatie-index`, or `Harmonisatie-index voor Jobcoaching` for a subset.
    `kind` is "index" or "balance"."""
    if not subset:
        return text(f"national_{kind}", lang)
    return text(f"subset_{kind}", lang).format(subset=", ".join(subset))


def excluded(files: Sequence[str], lang: str | None = None) -> str:
    key = "excluded_one" if len(files) == 1 else "excluded"
    return text(key, lang).format(n=len(files), files=", ".join(files))
