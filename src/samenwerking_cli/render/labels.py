"""Every text the report writes itself, in Dutch and English. Data texts stay as written.

Sentences with `{name}` fields are filled with `str.format`; the data put into them is escaped
by the template afterwards, together with the label.
"""

from __future__ import annotations

LANGS = ("nl", "en")

_NL: dict[str, str] = {
    # cover
    "default_title": "Harmonisatierapport werkafspraken",
    "report_kind": "Voor de dialoogsessie",
    "framework": "Raamwerk",
    "version": "versie",
    "as_of": "Peildatum",
    "regions": "Regio's",
    "national_index": "Landelijke harmonisatie-index",
    "index_definition": "Gemiddeld aandeel parameters gelijk aan het landelijk kader; regio's die "
    "nog niet gestart zijn tellen niet mee.",
    "provenance": "Herkomst van de gegevens",
    "files": "Bestanden",
    "files_count": "{n} bestanden",
    "commit": "Git-commit",
    "no_commit": "geen git-repository",
    "tool": "Gemaakt met",
    "illustrative_title": "Illustratieve gegevens",
    "illustrative_notice": "Een of meer bestanden zijn gemarkeerd als illustratief: de waarden "
    "zijn voorbeelden, geen vastgesteld beleid.",
    "selection": "Selectie: {n} van {total} regio's ({names}). De landelijke index en de "
    "rangorde gelden voor alle regio's.",
    "contents": "Inhoud",
    "how_to_read": "Zo leest u dit rapport",
    "how_to_read_text": "Elke regio neemt het landelijk raamwerk over en legt eigen afwijkingen "
    "vast. Een afwijking is niet goed of fout: het symbool zegt wat de afwijking betekent "
    "voor werkgevers.",
    # adoption and statuses
    "adoption": "Invoering",
    "adoption_adopted": "overgenomen",
    "adoption_partial": "gedeeltelijk",
    "adoption_in_dialogue": "in gesprek",
    "adoption_not_started": "niet gestart",
    "status_equal": "gelijk",
    "status_favourable": "gunstig voor werkgevers",
    "status_unfavourable": "ongunstig voor werkgevers",
    "status_mixed": "gemengd",
    "status_neutral": "neutraal",
    "status_not_started": "niet gestart",
    "effect_favourable": "gunstig",
    "effect_unfavourable": "ongunstig",
    "effect_neutral": "neutraal",
    "follow_up_open": "open",
    "follow_up_done": "afgerond",
    "follow_up_dropped": "vervallen",
    "overdue": "verlopen",
    # sections
    "sec_key_messages": "Kernboodschap",
    "sec_scoreboard": "Scorebord",
    "sec_map": "Kaart",
    "sec_parameters": "Waar wijken regio's af?",
    "sec_proposals": "Voorstellen voor harmonisatie",
    "sec_regions": "Regio's",
    "sec_contacts": "Contactpersonen",
    "sec_method": "Methode",
    "sec_glossary": "Begrippen",
    "sec_warnings": "Meldingen bij de controle",
    # key messages
    "km_index": "De landelijke harmonisatie-index is {index}: {definition}",
    "km_index_none": "Er is nog geen landelijke index: geen enkele regio is gestart.",
    "km_aligned": "{n} regio's zijn volledig gelijk aan het kader: {names}.",
    "km_aligned_one": "1 regio is volledig gelijk aan het kader: {names}.",
    "km_aligned_none": "Geen regio is volledig gelijk aan het kader.",
    "km_most_deviated": "Meeste afwijkingen: {items}.",
    "km_most_deviated_item": "{title} ({n} regio's)",
    "km_most_deviated_item_one": "{title} (1 regio)",
    "km_no_deviations": "Geen enkele regio wijkt af van het kader.",
    "km_follow_ups": "{open} open vervolgafspraken, waarvan {overdue} verlopen op de peildatum.",
    "km_consensus": "{n} parameters zijn kandidaat voor aanpassing van het kader: {names}.",
    "km_not_started": "{n} regio's zijn nog niet gestart: {names}.",
    # scoreboard
    "scoreboard_caption": "Regio's per onderwerp: symbool en kleur geven het effect van de "
    "afwijkingen voor werkgevers",
    "scoreboard_detail": "Detail: regio's per parameter",
    "scoreboard_detail_caption": "Regio's per parameter (alleen parameters met een afwijking)",
    "scoreboard_detail_omitted": "{n} parameters zonder afwijkingen zijn weggelaten.",
    "parameter_key": "Parameters in de kolommen",
    "region": "Regio",
    "index": "Index",
    "rank": "Positie",
    "rank_of": "{rank} van {total}",
    "sort_by": "Sorteer op",
    "sort_index": "index",
    "sort_name": "naam",
    "deviations_count": "Afwijkingen",
    "topic_index": "Index per onderwerp",
    "cell_title": "{region} — {topic}: {status}",
    "cell_title_count": "{region} — {topic}: {status} ({n} afwijkingen)",
    "cell_title_param": "{region} — {param}: {value} (landelijk {baseline})",
    "legend": "Legenda",
    # map
    "map_caption": "Arbeidsmarktregio's gekleurd naar harmonisatie-index (schematische kaart: "
    "elk vak is een regio, ongeveer op zijn plaats in Nederland)",
    "map_class_100": "100 % gelijk",
    "map_class_95": "95 tot 100 %",
    "map_class_90": "90 tot 95 %",
    "map_class_85": "85 tot 90 %",
    "map_class_low": "onder 85 %",
    "map_unplaced": "Regio's zonder bekende CBS-code staan in de onderste rij.",
    "map_selected": "omrand: in deze selectie",
    # parameters
    "national_value": "Landelijke waarde",
    "source": "Bron",
    "no_source": "geen bron vermeld",
    "about": "Uitleg",
    "distribution": "Verdeling over de regio's",
    "distribution_item": "{value}: {n} regio's",
    "distribution_item_one": "{value}: 1 regio",
    "baseline_marker": "landelijk",
    "deviating_regions": "Afwijkende regio's",
    "param_summary": "{n} van {total} regio's wijken af",
    "consensus": "Kandidaat voor het kader",
    "consensus_text": "Meer regio's kozen {value} dan er het kader volgen, en die waarde is "
    "niet ongunstiger voor werkgevers: misschien is het kader hier de uitzondering. Een "
    "bespreekpunt voor het kader, niet voor de regio's.",
    "value": "Waarde",
    "difference": "Verschil",
    "effect": "Effect voor werkgevers",
    "rationale": "Toelichting",
    "no_rationale": "geen toelichting",
    "since": "Sinds",
    "review_by": "Herzien vóór",
    "parameter": "Parameter",
    "national": "Landelijk",
    "regional": "Regionaal",
    "topic": "Onderwerp",
    "no_parameter_deviations": "Geen enkele regio in dit rapport wijkt af van het kader.",
    # proposals
    "proposals_intro": "Wat elke stap de landelijke index zou opleveren, berekend uit de "
    "tellingen van regio's en parameters. Alleen stappen die de index verhogen staan hier.",
    "proposals_caption": "Stappen naar harmonisatie, grootste effect eerst",
    "proposal": "Stap",
    "gain": "Effect op de landelijke index",
    "gain_points": "+{points} procentpunt",
    "move_region": "{region} neemt op {n} afwijkingen de landelijke waarde over",
    "move_region_one": "{region} neemt op 1 afwijking de landelijke waarde over",
    "move_parameter": "Alle regio's nemen de landelijke waarde over voor {param}",
    "move_framework": "Het kader neemt de meest gekozen waarde {value} over voor {param} "
    "(kandidaat voor het kader)",
    "no_proposals": "Er is geen stap die de landelijke index verhoogt.",
    "more_proposals": "Nog {n} kleinere stappen staan niet in deze lijst.",
    # region cards
    "code": "CBS-code",
    "provinces": "Provincie",
    "centrumgemeente": "Centrumgemeente",
    "unverified": "niet bevestigd",
    "contacts": "Contactpersonen",
    "no_contacts": "Geen contactpersonen vastgelegd.",
    "role": "Functie",
    "organisation": "Organisatie",
    "name": "Naam",
    "email": "E-mail",
    "phone": "Telefoon",
    "reach": "E-mail en telefoon",
    "topics": "Onderwerpen",
    "all_topics": "alle onderwerpen",
    "deviations": "Afwijkingen",
    "no_deviations": "Geen afwijkingen: alle {n} parameters zijn gelijk aan het kader.",
    "pending": "Aangekondigd",
    "pending_text": "gaat in op {date}",
    "good_practices": "Goede voorbeelden",
    "follow_ups": "Vervolgafspraken",
    "no_follow_ups": "Geen vervolgafspraken vastgelegd.",
    "action": "Actie",
    "with": "Met",
    "owner": "Trekker",
    "due": "Gereed vóór",
    "status": "Status",
    "card_summary": "{n} afwijkingen: {fav} gunstig, {unfav} ongunstig, {neutral} neutraal",
    # contacts
    "contacts_caption": "Contactpersonen per regio",
    "gaps": "Onderwerpen zonder contactpersoon",
    "gaps_caption": "Regio's met onderwerpen zonder contactpersoon",
    "no_gaps": "Elke regio heeft voor elk onderwerp een contactpersoon.",
    "missing_topics": "Zonder contactpersoon",
    "gap_all": "alle onderwerpen (geen contactpersonen vastgelegd)",
    # method
    "method_index": "Index van een regio: 100 × parameters gelijk aan het landelijk kader ÷ "
    "alle parameters van het kader ({n}). Onderwerp-, parameter- en landelijke index tellen "
    "alle paren van regio en parameter van de regio's die meedoen.",
    "method_deviation": "Een afwijking is een regionale waarde die verschilt van de landelijke "
    "waarde; een waarde gelijk aan de landelijke is geen afwijking. Een afwijking telt vanaf "
    "de datum 'sinds'.",
    "method_effect": "Het effect volgt uit wat werkgevers volgens het kader liever hebben "
    "(hoger, lager of een bepaalde keuze). Zonder voorkeur is een afwijking neutraal.",
    "method_consensus": "Kandidaat voor het kader: minstens {min} regio's wijken af en minstens "
    "twee derde van hen koos dezelfde andere waarde.",
    "method_not_started": "Regio's die nog niet gestart zijn staan in het rapport, maar tellen "
    "niet mee in de indices en krijgen geen positie.",
    "method_overdue": "Verlopen: een open vervolgafspraak of een herziening waarvan de datum "
    "vóór de peildatum ligt.",
    "warnings_none": "De controle gaf geen meldingen.",
    "location": "Plaats",
    "message": "Melding",
    "km_consensus_one": "1 parameter is kandidaat voor aanpassing van het kader: {names}.",
    "km_not_started_one": "1 regio is nog niet gestart: {names}.",
    "param_summary_one": "1 van {total} regio's wijkt af",
    "card_summary_one": "1 afwijking: {fav} gunstig, {unfav} ongunstig, {neutral} neutraal",
    "generated": "Gemaakt met samenwerking {version}",
}

_EN: dict[str, str] = {
    "default_title": "Harmonisation report on work agreements",
    "report_kind": "For the dialogue session",
    "framework": "Framework",
    "version": "version",
    "as_of": "Reference date",
    "regions": "Regions",
    "national_index": "National harmonisation index",
    "index_definition": "Average share of parameters equal to the national framework; regions "
    "that have not started are left out.",
    "provenance": "Data provenance",
    "files": "Files",
    "files_count": "{n} files",
    "commit": "Git commit",
    "no_commit": "not a git repository",
    "tool": "Made with",
    "illustrative_title": "Illustrative data",
    "illustrative_notice": "One or more files are marked illustrative: the values are examples, "
    "not agreed policy.",
    "selection": "Selection: {n} of {total} regions ({names}). The national index and the "
    "ranking are for all regions.",
    "contents": "Contents",
    "how_to_read": "How to read this report",
    "how_to_read_text": "Every region adopts the national framework and records its own "
    "deviations. A deviation is neither right nor wrong: the symbol tells what it means for "
    "employers.",
    "adoption": "Adoption",
    "adoption_adopted": "adopted",
    "adoption_partial": "partly adopted",
    "adoption_in_dialogue": "in dialogue",
    "adoption_not_started": "not started",
    "status_equal": "equal",
    "status_favourable": "favourable for employers",
    "status_unfavourable": "unfavourable for employers",
    "status_mixed": "mixed",
    "status_neutral": "neutral",
    "status_not_started": "not started",
    "effect_favourable": "favourable",
    "effect_unfavourable": "unfavourable",
    "effect_neutral": "neutral",
    "follow_up_open": "open",
    "follow_up_done": "done",
    "follow_up_dropped": "dropped",
    "overdue": "overdue",
    "sec_key_messages": "Key messages",
    "sec_scoreboard": "Scoreboard",
    "sec_map": "Map",
    "sec_parameters": "Where do regions deviate?",
    "sec_proposals": "Harmonisation proposals",
    "sec_regions": "Regions",
    "sec_contacts": "Contacts",
    "sec_method": "Method",
    "sec_glossary": "Glossary",
    "sec_warnings": "Validation warnings",
    "km_index": "The national harmonisation index is {index}: {definition}",
    "km_index_none": "There is no national index yet: no region has started.",
    "km_aligned": "{n} regions are fully aligned with the framework: {names}.",
    "km_aligned_one": "1 region is fully aligned with the framework: {names}.",
    "km_aligned_none": "No region is fully aligned with the framework.",
    "km_most_deviated": "Most deviations: {items}.",
    "km_most_deviated_item": "{title} ({n} regions)",
    "km_most_deviated_item_one": "{title} (1 region)",
    "km_no_deviations": "No region deviates from the framework.",
    "km_follow_ups": "{open} open follow-ups, {overdue} of them overdue on the reference date.",
    "km_consensus": "{n} parameters are candidates for changing the framework: {names}.",
    "km_not_started": "{n} regions have not started yet: {names}.",
    "scoreboard_caption": "Regions by topic: symbol and colour show the effect of the "
    "deviations for employers",
    "scoreboard_detail": "Detail: regions by parameter",
    "scoreboard_detail_caption": "Regions by parameter (only parameters with a deviation)",
    "scoreboard_detail_omitted": "{n} parameters without deviations are left out.",
    "parameter_key": "Parameters in the columns",
    "region": "Region",
    "index": "Index",
    "rank": "Rank",
    "rank_of": "{rank} of {total}",
    "sort_by": "Sort by",
    "sort_index": "index",
    "sort_name": "name",
    "deviations_count": "Deviations",
    "topic_index": "Index per topic",
    "cell_title": "{region} — {topic}: {status}",
    "cell_title_count": "{region} — {topic}: {status} ({n} deviations)",
    "cell_title_param": "{region} — {param}: {value} (national {baseline})",
    "legend": "Legend",
    "map_caption": "Labour-market regions coloured by harmonisation index (schematic map: "
    "each tile is a region, roughly where it lies in the Netherlands)",
    "map_class_100": "100% equal",
    "map_class_95": "95 to 100%",
    "map_class_90": "90 to 95%",
    "map_class_85": "85 to 90%",
    "map_class_low": "below 85%",
    "map_unplaced": "Regions without a known CBS code are in the bottom row.",
    "map_selected": "outlined: in this selection",
    "national_value": "National value",
    "source": "Source",
    "no_source": "no source given",
    "about": "About",
    "distribution": "Distribution over the regions",
    "distribution_item": "{value}: {n} regions",
    "distribution_item_one": "{value}: 1 region",
    "baseline_marker": "national",
    "deviating_regions": "Deviating regions",
    "param_summary": "{n} of {total} regions deviate",
    "consensus": "Candidate for the framework",
    "consensus_text": "More regions chose {value} than follow the framework, and that value "
    "is not worse for employers: the framework may be the exception here. A point for the "
    "framework, not for the regions.",
    "value": "Value",
    "difference": "Difference",
    "effect": "Effect for employers",
    "rationale": "Rationale",
    "no_rationale": "no rationale",
    "since": "Since",
    "review_by": "Review by",
    "parameter": "Parameter",
    "national": "National",
    "regional": "Region",
    "topic": "Topic",
    "no_parameter_deviations": "No region in this report deviates from the framework.",
    "proposals_intro": "What each step would do to the national index, computed from the counts "
    "of regions and parameters. Only steps that raise the index are listed.",
    "proposals_caption": "Steps towards harmonisation, largest effect first",
    "proposal": "Step",
    "gain": "Effect on the national index",
    "gain_points": "+{points} percentage points",
    "move_region": "{region} adopts the national value on its {n} deviations",
    "move_region_one": "{region} adopts the national value on its 1 deviation",
    "move_parameter": "All regions adopt the national value for {param}",
    "move_framework": "The framework adopts the most chosen value {value} for {param} "
    "(candidate for the framework)",
    "no_proposals": "No step raises the national index.",
    "more_proposals": "{n} smaller steps are not in this list.",
    "code": "CBS code",
    "provinces": "Province",
    "centrumgemeente": "Central municipality",
    "unverified": "not confirmed",
    "contacts": "Contacts",
    "no_contacts": "No contacts recorded.",
    "role": "Role",
    "organisation": "Organisation",
    "name": "Name",
    "email": "Email",
    "phone": "Phone",
    "reach": "Email and phone",
    "topics": "Topics",
    "all_topics": "all topics",
    "deviations": "Deviations",
    "no_deviations": "No deviations: all {n} parameters are equal to the framework.",
    "pending": "Announced",
    "pending_text": "applies from {date}",
    "good_practices": "Good practices",
    "follow_ups": "Follow-ups",
    "no_follow_ups": "No follow-ups recorded.",
    "action": "Action",
    "with": "With",
    "owner": "Owner",
    "due": "Due",
    "status": "Status",
    "card_summary": "{n} deviations: {fav} favourable, {unfav} unfavourable, {neutral} neutral",
    "contacts_caption": "Contacts per region",
    "gaps": "Topics without a contact",
    "gaps_caption": "Regions with topics that have no contact",
    "no_gaps": "Every region has a contact for every topic.",
    "missing_topics": "Without a contact",
    "gap_all": "all topics (no contacts recorded)",
    "method_index": "Index of a region: 100 × parameters equal to the national framework ÷ all "
    "parameters of the framework ({n}). Topic, parameter and national indices count every pair "
    "of region and parameter of the regions that take part.",
    "method_deviation": "A deviation is a regional value that differs from the national value; "
    "a value equal to the national one is not a deviation. A deviation counts from its 'since' "
    "date.",
    "method_effect": "The effect follows from what employers prefer according to the framework "
    "(higher, lower or a given choice). Without a preference a deviation is neutral.",
    "method_consensus": "Candidate for the framework: at least {min} regions deviate and at "
    "least two thirds of them chose the same other value.",
    "method_not_started": "Regions that have not started are in the report, but are left out of "
    "the indices and get no rank.",
    "method_overdue": "Overdue: an open follow-up or a review whose date lies before the "
    "reference date.",
    "warnings_none": "Validation gave no warnings.",
    "location": "Location",
    "message": "Message",
    "km_consensus_one": "1 parameter is a candidate for changing the framework: {names}.",
    "km_not_started_one": "1 region has not started yet: {names}.",
    "param_summary_one": "1 of {total} regions deviates",
    "card_summary_one": "1 deviation: {fav} favourable, {unfav} unfavourable, {neutral} neutral",
    "generated": "Made with samenwerking {version}",
}

LABELS: dict[str, dict[str, str]] = {"nl": _NL, "en": _EN}

# (term, meaning); terms are Dutch names of Dutch instruments, so they stay Dutch in English.
GLOSSARY: dict[str, tuple[tuple[str, str], ...]] = {
    "nl": (
        (
            "Arbeidsmarktregio",
            "Een van de 35 regio's waarin gemeenten en UWV samen werkgevers bedienen.",
        ),
        (
            "Banenafspraak",
            "Afspraak uit 2015 over 125.000 extra banen voor mensen met een arbeidsbeperking "
            "(Wet banenafspraak).",
        ),
        ("Centrumgemeente", "De gemeente die de samenwerking in een arbeidsmarktregio trekt."),
        (
            "Jobcoaching",
            "Persoonlijke begeleiding op de werkplek door een externe of interne jobcoach.",
        ),
        (
            "LKS",
            "Loonkostensubsidie: subsidie van de gemeente voor het verschil tussen minimumloon "
            "en loonwaarde (art. 10d Participatiewet).",
        ),
        (
            "Loonwaardebepaling",
            "Meting van wat een werknemer presteert, als percentage van een normfunctie; basis "
            "voor de loonkostensubsidie.",
        ),
        (
            "No-riskpolis",
            "UWV betaalt ziekengeld als de werknemer ziek wordt (art. 29b Ziektewet); landelijk "
            "geregeld.",
        ),
        ("Peildatum", "De datum waarop het rapport de afspraken beoordeelt."),
        (
            "Proefplaatsing",
            "Onbetaald meewerken met behoud van uitkering, om te zien of het werk past.",
        ),
        (
            "WSP",
            "WerkgeversServicepunt: het loket van gemeenten en UWV voor werkgevers in een regio.",
        ),
    ),
    "en": (
        (
            "Arbeidsmarktregio",
            "Labour-market region: one of the 35 regions in which municipalities and UWV serve "
            "employers together.",
        ),
        (
            "Banenafspraak",
            "The 2015 agreement on 125,000 extra jobs for people with a disability "
            "(Wet banenafspraak).",
        ),
        (
            "Centrumgemeente",
            "Central municipality: the one that leads the cooperation in a labour-market region.",
        ),
        ("Jobcoaching", "Personal support at the workplace by an external or internal job coach."),
        (
            "LKS",
            "Loonkostensubsidie, wage cost subsidy: paid by the municipality for the gap between "
            "minimum wage and wage value (art. 10d Participatiewet).",
        ),
        (
            "Loonwaardebepaling",
            "Wage value assessment: what a worker achieves, as a percentage of a standard job; "
            "the basis for the wage cost subsidy.",
        ),
        (
            "No-riskpolis",
            "UWV pays sickness benefit when the employee falls ill (art. 29b Ziektewet); set "
            "nationally.",
        ),
        (
            "Proefplaatsing",
            "Trial placement: unpaid work while keeping the benefit, to see whether the job fits.",
        ),
        (
            "WSP",
            "WerkgeversServicepunt, employer service point: the desk of municipalities and UWV "
            "for employers in a region.",
        ),
    ),
}
