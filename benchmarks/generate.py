"""Generate a benchmark root: the shipped frameworks/ plus N realistic, valid regions.

Each region is about 150 lines: municipalities, contacts, 3-10 deviations with rationales and
dates, additions and follow-ups, all valid against the shipped framework, so `validate` exits 0.
Deviation values are derived from the framework itself (type, min/max, choices), never equal to
the baseline, and every date in the future is far enough ahead not to raise "overdue" warnings.

    python benchmarks/generate.py DIR --regions 1000
"""

from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
FRAMEWORK = "dnz-werkafspraken"

_PLACES = (
    "Aalsmeer",
    "Amstelveen",
    "Apeldoorn",
    "Arnhem",
    "Assen",
    "Baarn",
    "Barneveld",
    "Best",
    "Beuningen",
    "Bladel",
    "Borne",
    "Breda",
    "Brummen",
    "Bunnik",
    "Culemborg",
    "Delft",
    "Deventer",
    "Diemen",
    "Dongen",
    "Duiven",
    "Ede",
    "Eersel",
    "Elburg",
    "Emmen",
    "Epe",
    "Ermelo",
    "Geldrop",
    "Gemert",
    "Goes",
    "Gouda",
    "Haaren",
    "Halderberge",
    "Harderwijk",
    "Hattem",
    "Heerde",
    "Heusden",
    "Hilversum",
    "Houten",
    "Huizen",
    "Kampen",
    "Katwijk",
    "Laren",
    "Leusden",
    "Lochem",
    "Losser",
    "Meppel",
    "Montfoort",
    "Neder-Betuwe",
    "Nunspeet",
    "Oss",
    "Oldebroek",
    "Putten",
    "Raalte",
    "Renkum",
    "Rheden",
    "Rhenen",
    "Soest",
    "Staphorst",
    "Tiel",
    "Tubbergen",
    "Uden",
    "Veenendaal",
    "Voorst",
    "Waalre",
    "Wageningen",
    "Weert",
    "Wijchen",
    "Woerden",
    "Zeist",
    "Zutphen",
)
_FIRST = (
    "Anna",
    "Bram",
    "Carla",
    "Daan",
    "Eva",
    "Fleur",
    "Gijs",
    "Hanna",
    "Ivo",
    "Joris",
    "Karin",
    "Lotte",
    "Maarten",
    "Noor",
    "Pieter",
)
_LAST = (
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "Dekker",
)
_ROLES = (
    "Accountmanager landelijke werkgevers",
    "Adviseur werkgeversdienstverlening",
    "Teamleider Werkgeversservicepunt",
    "Jobcoach-coördinator",
    "Beleidsadviseur participatie",
)
_ORGS = ("WerkgeversServicepunt {name}", "UWV", "Gemeente {centre}", "Werkbedrijf {name}")
_EMPLOYERS = ("Albert Heijn", "PostNL", "NS", "Rabobank", "ASML", "Philips", "Jumbo", "KPN")
_STATUS = ("open", "done", "dropped")
_RATIONALES = (
    "De regio stemt dit af op de werkwijze van de centrumgemeente en de lokale uitvoering.",
    "Werkgevers in de regio vroegen hierom tijdens de dialoogsessie van het voorjaar.",
    "Het Werkbedrijf hanteert deze afspraak al jaren en wil de continuïteit bewaren.",
    "De gemeenteraad heeft hiervoor een aparte verordening vastgesteld.",
    "De uitvoering loopt via een gezamenlijk regionaal team met eigen werkprocessen.",
)


def deviation_values(framework: dict[str, Any]) -> dict[str, list[Any]]:
    """For every deviable parameter, a few values that fit it and differ from the baseline."""
    out: dict[str, list[Any]] = {}
    for topic_id, topic in framework["topics"].items():
        for param_id, p in topic["parameters"].items():
            if p.get("deviable", True) is False:
                continue
            base, kind = p["baseline"], p["type"]
            lo, hi = p.get("min"), p.get("max")
            if kind == "integer":
                lo, hi = (lo if lo is not None else 0), (hi if hi is not None else base + 10)
                options: list[Any] = [v for v in range(lo, hi + 1) if v != base]
            elif kind in ("number", "money"):
                lo = lo if lo is not None else 0
                hi = hi if hi is not None else base * 2 + 10
                options = [round(lo + (hi - lo) * f, 2) for f in (0.1, 0.35, 0.6, 0.85)]
                options = [v for v in options if v != base]
            elif kind == "boolean":
                options = [not base]
            elif kind == "choice":
                options = [c for c in p["choices"] if c != base]
            elif kind == "list":
                choices = p.get("choices") or ["a", "b", "c"]
                options = [choices[:k] for k in range(1, len(choices) + 1) if choices[:k] != base]
            else:  # text
                options = [f"{base} (regionaal)", "Regionaal aanspreekpunt"]
            if options:
                out[f"{topic_id}.{param_id}"] = options
    return out


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value)}"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(v) for v in value) + "]"
    return str(value)


def region_text(index: int, values: dict[str, list[Any]], topics: list[str]) -> str:
    rng = random.Random(index)
    slug = f"regio-{index:05d}"
    name = f"Regio {index:05d}"
    places = rng.sample(_PLACES, rng.randint(14, 26))
    centre = places[0]
    lines = [
        "# Gegenereerd voor de benchmark; illustratief, geen vastgesteld beleid.",
        f"region: {slug}",
        f"name: {name}",
        f"code: AM{index % 100:02d}",
        "province: Gelderland",
        f"centrumgemeente: {centre}",
        "centrumgemeente_verified: false",
        "municipalities:",
        *[f"  - {p}" for p in sorted(places)],
        f"framework: {FRAMEWORK}",
        'framework_version: "2024.1"',
        f"adoption: {rng.choice(['adopted', 'partial', 'in_dialogue'])}",
        "illustrative: true",
        "contacts:",
    ]
    for c in range(rng.randint(4, 6)):
        person = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        org = rng.choice(_ORGS).format(name=name, centre=centre)
        lines += [
            f"  - role: {_ROLES[c % len(_ROLES)]}",
            f"    organisation: {org}",
            f"    name: {person}",
            f"    email: contact{c}@{slug}.example",
            f'    phone: "088 555 {rng.randint(1000, 9999)}"',
        ]
        if c % 2:
            lines.append(f"    topics: [{', '.join(rng.sample(topics, 2))}]")
    lines.append("deviations:")
    for pid in rng.sample(sorted(values), rng.randint(3, 10)):
        lines += [
            f"  {pid}:",
            f"    value: {_scalar(rng.choice(values[pid]))}",
            f"    rationale: {rng.choice(_RATIONALES)}",
            f"    since: 20{rng.randint(20, 24)}-{rng.randint(1, 12):02d}-01",
        ]
        if rng.random() < 0.5:
            lines.append(f"    review_by: 20{rng.randint(40, 49)}-{rng.randint(1, 12):02d}-28")
    lines.append("additions:")
    for a in range(rng.randint(3, 5)):
        lines += [
            f"  - title: Regionale werkwijze {a + 1}",
            "    description: >-",
            "      Werkgevers en gemeenten in de regio werken met een gezamenlijk",
            "      medewerkerspaspoort en een vaste intake, zodat kandidaten niet",
            "      opnieuw hun verhaal hoeven te doen bij elke nieuwe werkgever.",
            f"    topic: {rng.choice(topics)}",
        ]
    lines.append("follow_ups:")
    for f in range(rng.randint(4, 7)):
        status = _STATUS[f % 3]
        year = rng.randint(40, 49) if status == "open" else rng.randint(20, 24)
        lines += [
            f"  - action: Afspraak {f + 1} uitwerken met de werkgever en het WSP",
            f"    with: {rng.choice(_EMPLOYERS)}",
            f"    owner: Gemeente {centre}",
            f"    due: 20{year}-{rng.randint(1, 12):02d}-15",
            f"    status: {status}",
        ]
    return "\n".join(lines) + "\n"


def generate(root: Path, regions: int) -> Path:
    """Create root/frameworks (a copy of the shipped ones) and root/regions with N regions."""
    shutil.copytree(REPO / "frameworks", root / "frameworks", dirs_exist_ok=True)
    framework = yaml.safe_load((REPO / "frameworks" / f"{FRAMEWORK}.yaml").read_text("utf-8"))
    values = deviation_values(framework)
    topics = sorted(framework["topics"])
    folder = root / "regions"
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(1, regions + 1):
        (folder / f"regio-{i:05d}.yaml").write_text(region_text(i, values, topics), "utf-8")
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--regions", type=int, default=100)
    args = parser.parse_args()
    generate(args.root, args.regions)
    print(f"wrote {args.regions} regions under {args.root / 'regions'}")


if __name__ == "__main__":
    main()
