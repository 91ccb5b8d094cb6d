"""The floor: what validating these files costs with the fastest plain tools, and nothing else.

LibYAML (`CSafeLoader`) reads each file; one jsonschema Draft 2020-12 validator per schema, built
once from the packaged schemas, checks it. No positions, no rules, no output but a count. Dates are
kept as text (the timestamp resolver is dropped) so that valid documents pass the schema as they
do in `samenwerking`; otherwise each date would be a schema error and the floor would pay for
building error objects a real valid run never builds.

    python benchmarks/floor.py ROOT      # ROOT holds frameworks/ and regions/
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator

SCHEMAS = Path(__file__).resolve().parent.parent / "src" / "samenwerking_cli" / "schemas"


class _Loader(yaml.CSafeLoader):
    pass


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}


def main(root: Path) -> int:
    errors = files = 0
    for kind, folder in (("framework", "frameworks"), ("region", "regions")):
        schema = json.loads((SCHEMAS / f"{kind}.schema.json").read_text("utf-8"))
        validator = Draft202012Validator(schema)
        for path in sorted((root / folder).glob("*.yaml")):
            data = yaml.load(path.read_text("utf-8"), Loader=_Loader)
            errors += sum(1 for _ in validator.iter_errors(data))
            files += 1
    print(f"{files} files, {errors} schema errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
