"""Words for the two measures, the proposals' reasons, subsets and left-out files (nl and en).

One place for these texts, used by the compare renderers and the report alike, so the language
work can pick them up. Sentences with `{name}` fields are filled with `str.format`; the data put
into them is escaped by the output afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence

from samenwerking_cli.domain.text import language
from samenwerking_cli.engine.proposals import Move
from samenwerking_cli.render import formatting

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "index_name": "Harmonisatie-index",
        "index_short": "Index",
        "balance_name": "Werkgeverssaldo",
        "balance_short": "Saldo",
        "rank_index": "Rang (index)",
        "rank_balance": "Rang (saldo)",
        "national_index": "Landelijke harmonisatie-index",
        "national_balance": "Landelijk werkgeverssaldo",
        "subset_index": "Harmonisatie-index voor {subset}",
        "subset_balance": "Werkgeverssaldo voor {subset}",
        "selection_index": "Harmonisatie-index van de gekozen regio's ({names})",
        "selection_balance": "Werkgeverssaldo van de gekozen regio's ({names})",
        "index_means": "hoeveel van het kader de regio's volgen (100 = alles gelijk)",
        "balance_means": "gunstige min ongunstige afwijkingen voor werkgevers, per 100 "
        "vergelijkbare afspraken (−100 tot +100; 0 = even veel of geen afwijkingen)",
        "excluded": "Niet meegenomen, want ongeldig ({n}): {files}. De cijfers gaan over de "
        "andere regio's; zie de meldingen van `samenwerking validate`.",
        "excluded_one": "Niet meegenomen, want ongeldig: {files}. De cijfers gaan over de "
        "andere regio's; zie de meldingen van `samenwerking validate`.",
        "gain_both": "index {index}, saldo {balance}",
        "reason_region_unfavourable": "{name} wijkt op {n} punten af zonder voordeel voor "
        "werkgevers, waarvan {u} in hun nadeel; gunstige afwijkingen blijven staan.",
        "reason_region_unfavourable_one": "{name} wijkt op 1 punt af in het nadeel van "
        "werkgevers; gunstige afwijkingen blijven staan.",
        "reason_region_neutral": "{name} wijkt op {n} punten af zonder voordeel voor "
        "werkgevers; gelijk trekken maakt het eenvoudiger, gunstige afwijkingen blijven staan.",
        "reason_region_neutral_one": "{name} wijkt op 1 punt af zonder voordeel voor "
        "werkgevers; gelijk trekken maakt het eenvoudiger, gunstige afwijkingen blijven staan.",
        "reason_parameter_unfavourable": "{n} regio's wijken voor {name} af zonder voordeel "
        "voor werkgevers, waarvan {u} in hun nadeel; regio's met een gunstiger waarde houden die.",
        "reason_parameter_unfavourable_one": "1 regio wijkt voor {name} af in het nadeel van "
        "werkgevers; regio's met een gunstiger waarde houden die.",
        "reason_parameter_neutral": "{n} regio's wijken voor {name} af zonder voordeel voor "
        "werkgevers; regio's met een gunstiger waarde houden die.",
        "reason_parameter_neutral_one": "1 regio wijkt voor {name} af zonder voordeel voor "
        "werkgevers; regio's met een gunstiger waarde houden die.",
        "reason_framework_favourable": "{support} regio's kozen {value}, gunstiger voor "
        "werkgevers, tegen {following} die het kader volgen: het kader kan hen volgen.",
        "reason_framework_majority": "{support} regio's kozen {value}, tegen {following} die "
        "het kader volgen: het kader kan hen volgen.",
        "reason_framework_favourable_one": "{support} regio's kozen {value}, gunstiger voor "
        "werkgevers, tegen 1 die het kader volgt: het kader kan hen volgen.",
        "reason_framework_majority_one": "{support} regio's kozen {value}, tegen 1 die het "
        "kader volgt: het kader kan hen volgen.",
        "propose_region": "{name} neemt de landelijke waarde over waar dat werkgevers niet benadeelt",
        "propose_parameter": "Regio's zonder gunstiger waarde nemen de landelijke waarde over voor "
        "{name}",
        "propose_framework": "Het kader neemt {value} over voor {name}",
        # report
        "sort_balance": "werkgeverssaldo",
        "rank_of_balance": "{rank} van {total} op saldo",
        "rank_of_index": "{rank} van {total} op index",
        "map_measure": "Kleur en getal rechtsboven: harmonisatie-index; onderaan: werkgeverssaldo.",
        "tile_balance": "saldo {value}",
        "km_balance": "Het landelijk werkgeverssaldo is {balance}: {definition}.",
        "km_selection": "De gekozen regio's samen: harmonisatie-index {index}, werkgeverssaldo "
        "{balance} (landelijk: {national_index} en {national_balance}).",
        "national_beside": "Landelijk (alle regio's): harmonisatie-index {index}, werkgeverssaldo "
        "{balance}.",
        "topic_balance": "Saldo per onderwerp",
        "national_prefix": "landelijk (alle regio's): ",
        "sorted_note": "gesorteerd op harmonisatie-index, hoogste eerst",
        "topic_index_selection": "Index per onderwerp (gekozen regio's)",
        "topic_balance_selection": "Saldo per onderwerp (gekozen regio's)",
        "proposal_reason": "Waarom",
        "proposal_effect": "Effect op de landelijke index en het werkgeverssaldo (punten)",
        "proposals_fair_intro": "Stappen die een dialoogsessie kan voorleggen. Geen stap vraagt "
        "een regio een afwijking op te geven die gunstig is voor werkgevers. Waar meer regio's "
        "dezelfde waarde kozen dan het kader volgen, en die waarde niet ongunstiger is voor "
        "werkgevers, stelt de stap voor dat het kader de regio's volgt.",
        "proposals_fair_caption": "Stappen, grootste effect op de harmonisatie-index eerst",
        "no_fair_proposals": "Er is geen stap die de index verhoogt zonder werkgevers te "
        "benadelen.",
        "param_balance": "saldo {balance}",
        "method_balance": "Werkgeverssaldo: 100 × (gunstige − ongunstige afwijkingen) ÷ "
        "vergelijkbare paren van regio en parameter, van −100 tot +100. Vergelijkbaar is een "
        "parameter waarvan afwijken mag en waarvoor het kader zegt wat werkgevers liever hebben; "
        "een neutrale afwijking telt als 0. Een saldo van 0 betekent even veel gunstige als "
        "ongunstige afwijkingen, of geen: lees het naast de index.",
        "method_proposals": "Voorstellen vragen nooit om een gunstige afwijking op te geven. Het "
        "kader volgt de regio's alleen als minstens {min} regio's dezelfde waarde kozen, dat "
        "meer regio's zijn dan er het kader volgen (alle regio's tellen mee), en die waarde niet "
        "ongunstiger is voor werkgevers.",
    },
    "en": {
        "index_name": "Harmonisation index",
        "index_short": "Index",
        "balance_name": "Employer balance",
        "balance_short": "Balance",
        "rank_index": "Rank (index)",
        "rank_balance": "Rank (balance)",
        "national_index": "National harmonisation index",
        "national_balance": "National employer balance",
        "subset_index": "Harmonisation index for {subset}",
        "subset_balance": "Employer balance for {subset}",
        "selection_index": "Harmonisation index of the selected regions ({names})",
        "selection_balance": "Employer balance of the selected regions ({names})",
        "index_means": "how much of the framework the regions follow (100 = all equal)",
        "balance_means": "favourable minus unfavourable deviations for employers, per 100 "
        "comparable agreements (−100 to +100; 0 = as many, or none)",
        "excluded": "Left out because invalid ({n}): {files}. The figures are about the other "
        "regions; see the findings of `samenwerking validate`.",
        "excluded_one": "Left out because invalid: {files}. The figures are about the other "
        "regions; see the findings of `samenwerking validate`.",
        "gain_both": "index {index}, balance {balance}",
        "reason_region_unfavourable": "{name} deviates on {n} points without a gain for "
        "employers, {u} of them to their cost; favourable deviations stay.",
        "reason_region_unfavourable_one": "{name} deviates on 1 point to the cost of "
        "employers; favourable deviations stay.",
        "reason_region_neutral": "{name} deviates on {n} points without a gain for employers; "
        "aligning makes things simpler, favourable deviations stay.",
        "reason_region_neutral_one": "{name} deviates on 1 point without a gain for employers; "
        "aligning makes things simpler, favourable deviations stay.",
        "reason_parameter_unfavourable": "{n} regions deviate on {name} without a gain for "
        "employers, {u} of them to their cost; regions with a more favourable value keep it.",
        "reason_parameter_unfavourable_one": "1 region deviates on {name} to the cost of "
        "employers; regions with a more favourable value keep it.",
        "reason_parameter_neutral": "{n} regions deviate on {name} without a gain for "
        "employers; regions with a more favourable value keep it.",
        "reason_parameter_neutral_one": "1 region deviates on {name} without a gain for "
        "employers; regions with a more favourable value keep it.",
        "reason_framework_favourable": "{support} regions chose {value}, better for employers, "
        "against {following} that follow the framework: the framework can follow them.",
        "reason_framework_majority": "{support} regions chose {value}, against {following} that "
        "follow the framework: the framework can follow them.",
        "reason_framework_favourable_one": "{support} regions chose {value}, better for "
        "employers, against 1 that follows the framework: the framework can follow them.",
        "reason_framework_majority_one": "{support} regions chose {value}, against 1 that "
        "follows the framework: the framework can follow them.",
        "propose_region": "{name} takes over the national value where that does not cost employers",
        "propose_parameter": "Regions without a more favourable value take over the national value "
        "for {name}",
        "propose_framework": "The framework takes over {value} for {name}",
        # report
        "sort_balance": "employer balance",
        "rank_of_balance": "{rank} of {total} by balance",
        "rank_of_index": "{rank} of {total} by index",
        "map_measure": "Colour and top-right number: harmonisation index; bottom: employer "
        "balance.",
        "tile_balance": "balance {value}",
        "km_balance": "The national employer balance is {balance}: {definition}.",
        "km_selection": "The selected regions together: harmonisation index {index}, employer "
        "balance {balance} (national: {national_index} and {national_balance}).",
        "national_beside": "National (all regions): harmonisation index {index}, employer "
        "balance {balance}.",
        "topic_balance": "Balance per topic",
        "national_prefix": "national (all regions): ",
        "sorted_note": "sorted by harmonisation index, highest first",
        "topic_index_selection": "Index per topic (selected regions)",
        "topic_balance_selection": "Balance per topic (selected regions)",
        "proposal_reason": "Why",
        "proposal_effect": "Effect on the national index and employer balance (points)",
        "proposals_fair_intro": "Steps a dialogue session can put on the table. No step asks a "
        "region to give up a deviation that is favourable for employers. Where more regions "
        "chose the same value than follow the framework, and that value is not worse for "
        "employers, the step proposes that the framework follows the regions.",
        "proposals_fair_caption": "Steps, largest effect on the harmonisation index first",
        "no_fair_proposals": "No step raises the index without a cost to employers.",
        "param_balance": "balance {balance}",
        "method_balance": "Employer balance: 100 × (favourable − unfavourable deviations) ÷ "
        "comparable region-parameter pairs, from −100 to +100. A parameter is comparable when "
        "regions may deviate and the framework says what employers prefer; a neutral deviation "
        "counts as 0. A balance of 0 means as many favourable as unfavourable deviations, or "
        "none: read it next to the index.",
        "method_proposals": "Proposals never ask a region to give up a favourable deviation. The "
        "framework follows the regions only when at least {min} regions chose the same value, "
        "more regions than follow the framework (all regions count), and that value is not worse "
        "for employers.",
    },
}


def text(key: str, lang: str | None = None) -> str:
    return TEXTS[lang or language()][key]


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
    if one == 1 and f"{key}_one" in TEXTS[lang or language()]:
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
