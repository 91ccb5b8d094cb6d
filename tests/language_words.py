"""A small word-list test for "is this line Dutch or English?", used by the language tests.

Each list holds common words of one language that the other language does not use (no `in`,
`is`, `of`, `over`, `die`, `no`): function words and the tool's own nouns and verbs. A line is
taken to be in a language when it holds at least two different words of that list; one word
alone is too often a name. What is not the tool's own text is taken out first: document lines
quoted in a finding (`  12 | …`), text in backticks (keys and values as written), options
(`--root`), paths and file names, and finding codes (`value-invalid`), which stay the same in
both languages. tests/cli/test_language_everywhere.py checks that the lists really tell the two
languages apart.
"""

from __future__ import annotations

import re

DUTCH = frozenset(
    """
    de het een van niet geen met voor zijn wordt worden dat deze naar ook bij nog uit als dan er
    hier waar wat moet kan heeft hebben staat tussen om aan tot alle elke zonder gelijk regels
    bestand bestanden regio regio's afwijking afwijkingen onderwerp onderwerpen waarde landelijk
    landelijke en op te u uw welke gebruik schrijf haal controleer opties standaard voorbeelden
    gecontroleerd fout fouten waarschuwing waarschuwingen oplossing sleutel huidige map toon
    peildatum gunstig ongunstig neutraal overgenomen gedeeltelijk gesprek gestart wijziging
    wijzigingen verschil verschillen toelichting contactpersoon contactpersonen vervolgafspraken
    raamwerk kader rapport zie wie hoe bestaat ontbreekt tekst getal datum tegenover dezelfde
    beide ligt vestiging vestigingen werkgever medewerkers centrumgemeente tabblad
    vragenlijst geschiedenis
    """.split()  # noqa: SIM905  (a word list reads better as text)
)
ENGLISH = frozenset(
    """
    the an and to with for not are be this that which from by or has have there it its at on
    file files region regions value values write check use remove should must cannot does only
    each every without between than when where what whose options default examples checked error
    errors warning warnings fix key folder show deviation deviations topic topics national
    favourable unfavourable neutral adopted started change changes difference rationale contact
    contacts framework report see who how exist missing text number date your you against
    differences same both all lies site sites employer employers employees municipality sheet
    questionnaire history
    """.split()  # noqa: SIM905  (a word list reads better as text)
)

_NOT_OURS = re.compile(
    r"`[^`]*`"  # keys and values as written
    r"|\"[^\"]*\""  # quoted values
    r"|--?[a-z][a-z-]*"  # options
    r"|\S*[/\\]\S*"  # paths
    r"|\S+\.(?:yaml|yml|json|html|md|csv|xml|sarif)\b"  # file names
    r"|\b[a-z]+(?:-[a-z]+)+\b"  # finding codes, ids
    r"|\b\w*_\w*\b"  # values of the format (not_started), keys (review_by)
    r"|\b[a-z_]+\.[a-z_.]+\b"  # parameter ids (topic.parameter)
    r"|https?://\S+"
)
_WORD = re.compile(r"[a-zA-Z][a-zA-Z']*")


def words(line: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(_NOT_OURS.sub(" ", line))}


def dutch_words(line: str) -> set[str]:
    return words(line) & DUTCH


def english_words(line: str) -> set[str]:
    return words(line) & ENGLISH


def tool_lines(text: str) -> list[str]:
    """The lines the tool wrote itself: document lines quoted under a finding left out."""
    return [
        line
        for line in text.splitlines()
        if not re.match(r"\s*\d+ \| ", line) and not re.fullmatch(r"\s*\^\s*", line)
    ]


def sentences_in(text: str, language: str) -> list[str]:
    """Lines of `text` that read as `language` ("nl" or "en"): two or more of its words."""
    find = dutch_words if language == "nl" else english_words
    return [line for line in tool_lines(text) if len(find(line)) >= 2]
