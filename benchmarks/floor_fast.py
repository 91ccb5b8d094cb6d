"""The floor of the real workload: Python start, LibYAML, a compiled fastjsonschema check.

The same files `samenwerking validate` reads (the frameworks, and the regions and employers or
the given region files), parsed with LibYAML (`CSafeLoader`, dates kept as text as in floor.py) and
checked by validators that fastjsonschema compiles from the packaged schemas at start. No
positions, no rules, no output but a count: what the work costs with the fastest plain tools.

    python benchmarks/floor_fast.py ROOT                  # frameworks/ and regions/ under ROOT
    python benchmarks/floor_fast.py ROOT regions/x.yaml   # the frameworks and that one file
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import fastjsonschema
import yaml

SCHEMAS = Path(__file__).resolve().parent.parent / "src" / "samenwerking_cli" / "schemas"


class _Loader(yaml.CSafeLoader):
    pass


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}


def main(root: Path, files: list[Path]) -> int:
    chosen = {
        "framework": sorted((root / "frameworks").glob("*.yaml")),
        "region": files or sorted((root / "regions").glob("*.yaml")),
        # Employer files, where the tool has them (checked with the whole root only).
        "employer": [] if files else sorted((root / "employers").glob("*.yaml")),
    }
    errors = count = 0
    for kind, paths in chosen.items():
        if not paths:
            continue
        schema = json.loads((SCHEMAS / f"{kind}.schema.json").read_text("utf-8"))
        check = fastjsonschema.compile(schema)
        for path in paths:
            try:
                check(yaml.load(path.read_text("utf-8"), Loader=_Loader))
            except fastjsonschema.JsonSchemaException:
                errors += 1
            count += 1
    print(f"{count} files, {errors} invalid")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), [Path(a) for a in sys.argv[2:]]))
