"""Every finding code says what is wrong in Dutch (the default) and in English (--lang en).

One row per code: where the finding comes from (a fixture of tests/fixtures/validate/invalid/, or
a file made here for the codes a fixture in git cannot hold) and a piece of its message and of
its fix in each language. The code itself and the JSON keys are the same in both languages.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from conftest import AS_OF, FIXTURES, VALID_ROOT

from samenwerking_cli.workspace.codes import CODES

INVALID = FIXTURES / "invalid"

# code: (fixture, (Dutch message, Dutch fix), (English message, English fix))
EXPECTED: dict[str, tuple[str, tuple[str, str], tuple[str, str]]] = {
    "unreadable": (
        "<missing>",
        ("het bestand bestaat niet", "controleer het pad"),
        ("the file does not exist", "check the path"),
    ),
    "not-a-file": (
        "<fifo>",
        ("dit is geen gewoon bestand", "geef het pad van een .yaml-bestand"),
        ("this is not a regular file", "give the path of a .yaml file"),
    ),
    "too-large": (
        "<large>",
        ("afsprakenbestanden zijn hoogstens 2 MB", "controleer of dit het goede bestand is"),
        ("agreement documents are at most 2 MB", "check that this is the right file"),
    ),
    "encoding": (
        "encoding__control-character.yaml",
        ("een teken dat niet mag in YAML", "haal het teken weg"),
        ("a character not allowed in YAML", "remove the character"),
    ),
    "syntax": (
        "syntax__unclosed-quote.yaml",
        ("tussen aanhalingstekens wordt niet afgesloten", "sluit het aanhalingsteken"),
        ("a quoted text is not closed", "close the quote"),
    ),
    "empty": (
        "empty__only-comments.yaml",
        ("het bestand is leeg", "vul het bestand, of verwijder het"),
        ("the file is empty", "write the document, or remove the file"),
    ),
    "not-a-mapping": (
        "not-a-mapping__list.yaml",
        ("het bestand is een lijst", "begin het bestand met regels `framework:`"),
        ("the document is a list", "start the file with `framework:`"),
    ),
    "duplicate-key": (
        "duplicate-key__nested.yaml",
        ("staat er twee keer: op regel 8 en hier", "houd er één"),
        ("appears twice: on line 8 and here", "keep one of them"),
    ),
    "alias-limit": (
        "alias-limit__billion-laughs.yaml",
        ("leveren te veel waarden op", "schrijf de waarden uit"),
        ("expand to too many values", "write the values out"),
    ),
    "too-deep": (
        "too-deep__nested-lists.yaml",
        ("springt meer dan 64 niveaus diep in", "controleer de inspringing"),
        ("nested more than 64 levels deep", "check the indentation"),
    ),
    "unknown-tag": (
        "unknown-tag__custom.yaml",
        ("het label !geheim is niet toegestaan", "haal `!geheim` weg"),
        ("the tag !geheim is not allowed", "remove `!geheim`"),
    ),
    "key-not-text": (
        "key-not-text__list-key.yaml",
        ("een sleutel moet een gewoon woord zijn", "schrijf de sleutel als tekst"),
        ("a key must be a plain word", "write the key as text"),
    ),
    "not-agreement": (
        "not-agreement__other-yaml.yaml",
        ("dit is geen afsprakenbestand", "begin een raamwerk met `framework:`"),
        ("this is not an agreement document", "start a framework with `framework:`"),
    ),
    "ambiguous-value": (
        "ambiguous-value__leading-zero-integer.yaml",
        ("lezen oudere YAML-programma's", "zonder de nul ervoor"),
        ("is read as the number 8 by YAML 1.1 tools", "without the leading zero"),
    ),
    "not-a-number": (
        "not-a-number__nan-and-inf.yaml",
        ("is geen getal dat hier te gebruiken is", "schrijf een gewoon getal"),
        ("is not a number that can be used here", "write an ordinary number"),
    ),
    "number-too-large": (
        "number-too-large__huge-numbers.yaml",
        ("is een te groot getal", "schrijf een gewoon getal"),
        ("is too large a number", "write an ordinary number"),
    ),
    "missing-key": (
        "missing-key__required.yaml",
        ("de sleutel `name` ontbreekt", "voeg een regel `name: …` toe"),
        ("the key `name` is missing", "add a line `name: …`"),
    ),
    "unknown-key": (
        "unknown-key__typo.yaml",
        ("onbekende sleutel `nmae`", "bedoelt u `name`?"),
        ("unknown key `nmae`", "did you mean `name`?"),
    ),
    "wrong-type": (
        "wrong-type__kinds.yaml",
        ("`name` moet tekst zijn, niet een lijst", "schrijf één tekst achter de sleutel"),
        ("`name` should be text, not a list", "write one text after the key"),
    ),
    "not-allowed": (
        "not-allowed__enum.yaml",
        ("en dat is niet een van: adopted", "bedoelt u `adopted`?"),
        ("which is not one of: adopted", "did you mean `adopted`?"),
    ),
    "bad-format": (
        "bad-format__forms.yaml",
        ("en dat is niet in de juiste vorm", "gebruik kleine letters"),
        ("which is not in the right form", "use lower-case letters"),
    ),
    "empty-value": (
        "empty-value__blank.yaml",
        ("`name` is leeg", "vul een waarde in"),
        ("`name` is empty", "write a value"),
    ),
    "invalid-date": (
        "invalid-date__impossible.yaml",
        ("`2024-13-45` is een datum die niet bestaat", "JJJJ-MM-DD"),
        ("`2024-13-45` is not a date that exists", "YYYY-MM-DD"),
    ),
    "id-mismatch": (
        "id-mismatch__framework.yaml",
        ("verschilt van de bestandsnaam", "noem het bestand ander-raamwerk.yaml"),
        ("differs from the file name", "rename the file to ander-raamwerk.yaml"),
    ),
    "baseline-invalid": (
        "baseline-invalid__framework.yaml",
        ("landelijke waarde van t.tarief (Tarief)", "rond af op hele centen"),
        ("national value of t.tarief (Tarief)", "round it to whole cents"),
    ),
    "parameter-definition": (
        "parameter-definition__framework.yaml",
        ("`max` (`1`) is lager dan `min` (`5`)", "draai de twee waarden om"),
        ("`max` (`1`) is below `min` (`5`)", "swap the two values"),
    ),
    "unknown-framework": (
        "unknown-framework__typo.yaml",
        ("het raamwerk `mnii` staat niet in frameworks/", "bedoelt u `mini`?"),
        ("the framework `mnii` is not in frameworks/", "did you mean `mini`?"),
    ),
    "framework-version": (
        "framework-version__old.yaml",
        ("deze regio is geschreven voor versie `0.9`", "controleer de regio tegen de nieuwe"),
        ("this region was written for version `0.9`", "check the region against the new"),
    ),
    "unknown-parameter": (
        "unknown-parameter__typo.yaml",
        ("de parameter `proef.duuur` staat niet in het raamwerk", "bedoelt u `proef.duur`?"),
        ("the parameter `proef.duuur` is not in the framework", "did you mean `proef.duur`?"),
    ),
    "not-deviable": (
        "not-deviable__no-risk.yaml",
        ("is landelijke wetgeving", "haal deze afwijking weg"),
        ("is national law", "remove this deviation"),
    ),
    "value-invalid": (
        "value-invalid__money-three-decimals.yaml",
        ("heeft meer dan twee decimalen voor een bedrag in euro", "rond af op hele centen"),
        ("has more than two decimals for an amount in euro", "round it to whole cents"),
    ),
    "equal-to-baseline": (
        "equal-to-baseline__same-values.yaml",
        ("is gelijk aan de landelijke waarde, dus dit is geen afwijking", "haal de afwijking weg"),
        ("is the same as the national value", "remove the deviation"),
    ),
    "unknown-topic": (
        "unknown-topic__contact-and-addition.yaml",
        ("het onderwerp `proeff` staat niet in het raamwerk", "bedoelt u `proef`?"),
        ("the topic `proeff` is not in the framework", "did you mean `proef`?"),
    ),
    "duplicate-id": (
        "duplicate-id__framework",
        ("het raamwerk `mini` staat ook in", "houd één bestand per raamwerk"),
        ("the framework `mini` is also described in", "keep one file per framework"),
    ),
    "contact-unreachable": (
        "contact-unreachable__no-email-no-phone.yaml",
        ("heeft geen e-mailadres en geen telefoonnummer", "voeg `email:` of `phone:` toe"),
        ("has no e-mail address and no phone number", "add `email:` or `phone:`"),
    ),
    "province-twice": (
        "province-twice__both.yaml",
        ("zowel `province` als `provinces` is ingevuld", "haal `province` weg"),
        ("both `province` and `provinces` are given", "remove `province`"),
    ),
    "review-overdue": (
        "review-overdue__past.yaml",
        ("had op 2024-12-31 moeten gebeuren", "zet dan een nieuwe datum bij `review_by`"),
        ("was due on 2024-12-31", "set a new `review_by` date"),
    ),
    "follow-up-overdue": (
        "follow-up-overdue__open.yaml",
        ("had op 2024-06-30 klaar moeten zijn en staat nog open", "spreek een nieuwe datum af"),
        ("was due on 2024-06-30 and is still open", "agree a new `due` date"),
    ),
    "follow-up-no-due": (
        "follow-up-no-due__open.yaml",
        ("heeft geen datum waarop hij klaar moet zijn", "spreek een datum af"),
        ("has no due date", "agree a date"),
    ),
    "follow-up-id-twice": (
        "follow-up-id-twice__same-id.yaml",
        ("staat ook op regel 8", "geef elke vervolgafspraak van de regio een eigen id"),
        ("is also used on line 8", "give every follow-up of the region its own id"),
    ),
    "done-on-not-done": (
        "done-on-not-done__open.yaml",
        ("heeft een datum `done_on`, maar de status is open", "zet `status: done`"),
        ("has a `done_on` date but its status is open", "set `status: done`"),
    ),
    "done-on-future": (
        "done-on-future__after-as-of.yaml",
        ("is afgerond op 2025-03-01, na de peildatum", "schrijf de datum waarop hij echt klaar"),
        ("is marked done on 2025-03-01, after the peildatum", "write the date it was really"),
    ),
    "contact-stale": (
        "contact-stale__old-verified.yaml",
        ("is het laatst bevestigd op 2023-12-31", "controleer of de contactpersoon nog klopt"),
        ("was last confirmed on 2023-12-31", "check that the contact is still right"),
    ),
    "practice-titles": (
        "practice-titles__two-titles",
        ("heet hier “Medewerkerspaspoort”", "gebruik in elke regio één titel"),
        ("is called “Medewerkerspaspoort” here", "use one title for the practice"),
    ),
    "unknown-origin": (
        "unknown-origin__typo.yaml",
        (
            "de herkomst `alpa` van “Medewerkerspaspoort” is geen bekende regio",
            "bedoelt u `alpha`?",
        ),
        (
            "the origin `alpa` of “Medewerkerspaspoort” is not a known region",
            "did you mean `alpha`?",
        ),
    ),
    "unknown-employer": (
        "unknown-employer__follow-up",
        ("de werkgever `sorteerpots` staat niet in employers/", "bedoelt u `sorteerpost`?"),
        ("the employer `sorteerpots` is not in employers/", "did you mean `sorteerpost`?"),
    ),
    "unknown-region": (
        "unknown-region__site-and-agreement.yaml",
        ("de regio `alpah` staat niet in regions/", "bedoelt u `alpha`?"),
        ("the region `alpah` is not in regions/", "did you mean `alpha`?"),
    ),
    "unknown-municipality": (
        "unknown-municipality__typo.yaml",
        ("van de vestiging Kantoor staat bij geen enkele regio", "bedoelt u `Alphen`?"),
        ("of the site Kantoor is in no region", "did you mean `Alphen`?"),
    ),
    "municipality-in-two-regions": (
        "municipality-in-two-regions__grensdorp",
        ("staat bij meer dan één regio: oost, west", "voeg `region: oost`"),
        ("is listed by more than one region: oost, west", "add `region: oost`"),
    ),
    "site-region-mismatch": (
        "site-region-mismatch__other-region.yaml",
        ("en die gemeente staat niet bij de regio `beta`", "verbeter `region`"),
        ("which the region `beta` does not list", "correct `region`"),
    ),
    "agreement-without-site": (
        "agreement-without-site__no-site-there.yaml",
        ("maar deze werkgever heeft geen vestiging in die regio", "voeg de vestiging toe"),
        ("but no site of this employer is in that region", "add the site under `sites:`"),
    ),
    "equal-to-applicable": (
        "equal-to-applicable__region-and-national.yaml",
        ("is al wat in Alpha geldt", "haal de afspraak weg"),
        ("is already what applies in Alpha", "remove the agreement"),
    ),
    "site-other-framework": (
        "site-other-framework__second-framework",
        ("werkt, niet met `mini` van deze werkgever", "schrijf `framework: ander`"),
        ("which works with the framework `ander`", "write `framework: ander`"),
    ),
    "changes-order": (
        "changes-order__framework.yaml",
        ("staat vóór deze vanaf `2026-01-01`", "zet de wijzigingen van oud naar nieuw"),
        ("is listed before this one from `2026-01-01`", "list the changes oldest first"),
    ),
    "until-before-since": (
        "until-before-since__region.yaml",
        ("eindigt op 2024-01-31, voordat ze begint op 2024-03-01", "verbeter een van beide"),
        ("ends on 2024-01-31, before it starts on 2024-03-01", "correct one of the two dates"),
    ),
    "coming-equal": (
        "coming-equal__announced",
        ("wordt de landelijke waarde `5`, gelijk aan deze afwijking", "laat de afwijking de dag"),
        ("the national value becomes `5`, the same as this deviation", "end the deviation the"),
    ),
    "coming-effect-turns": (
        "coming-effect-turns__announced",
        ("is dan ongunstig voor werkgevers in plaats van gunstig", "bekijk de afwijking vóór"),
        ("is then unfavourable for employers instead of favourable", "check the deviation"),
    ),
    "became-equal": (
        "became-equal__dated-change",
        ("sinds 2024-07-01 is de landelijke waarde `5`", "beëindig de afwijking met `until"),
        ("since 2024-07-01 the national value is `5`", "end the deviation with `until"),
    ),
}


def test_every_code_has_a_row() -> None:
    assert sorted(EXPECTED) == sorted(CODES)


def _source(case: str, tmp_path: Path) -> Path:
    if case == "<missing>":
        return tmp_path / "nergens.yaml"
    if case == "<fifo>":
        if not hasattr(os, "mkfifo"):
            pytest.skip("needs named pipes")
        fifo = tmp_path / "pijp.yaml"
        os.mkfifo(fifo)
        return fifo
    if case == "<large>":
        big = tmp_path / "groot.yaml"
        big.write_text("region: groot\n# " + "x" * (2 * 1024 * 1024) + "\n", encoding="utf-8")
        return big
    return INVALID / case


@pytest.mark.dutch
@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_message_and_fix_in_dutch_and_in_english(cli: Any, code: str, tmp_path: Path) -> None:
    case, dutch, english = EXPECTED[code]
    path = _source(case, tmp_path)
    found = {}
    for lang in ("nl", "en"):
        args = ["--root", str(VALID_ROOT), "--as-of", AS_OF, "--format", "json", str(path)]
        # nl is the default: no --lang at all; en is asked for after the command name.
        result = cli("validate", *args, *(["--lang", "en"] if lang == "en" else []))
        hits = [f for f in result.json()["findings"] if f["code"] == code]
        assert hits, f"no {code} finding ({lang})"
        found[lang] = hits[0]
    for lang, (message, fix) in (("nl", dutch), ("en", english)):
        assert message in found[lang]["message"], (lang, found[lang])
        assert fix in found[lang]["hint"], (lang, found[lang])
    # The identifiers do not change with the language.
    assert found["nl"].keys() == found["en"].keys()
    assert {k: v for k, v in found["nl"].items() if k not in ("message", "hint")} == {
        k: v for k, v in found["en"].items() if k not in ("message", "hint")
    }
