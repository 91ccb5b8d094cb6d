"""Benchmark `samenwerking history` over a generated git history of the shipped data.

Builds a repository (with `git fast-import`, in a temporary folder) whose first commit holds
the shipped framework, regions and employers and whose every later commit changes one region,
the way agreements are edited: a rationale reworded, a deviation added or dropped, an adoption
moved.
Then times `samenwerking history --format json` as a separate process (best of K runs).

    python benchmarks/history.py                  # 500 commits, best of 3
    python benchmarks/history.py --commits 2000 --repeat 1

Not a unit test; tests/test_benchmark_script.py only checks that the repository it builds
gives one history point per commit.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ADOPTIONS = ("adopted", "partial", "in_dialogue")


def _edit(text: str, i: int) -> str:
    """The i-th change of a region file: comments, rationales and adoption, all still valid."""
    text = re.sub(r"^# revisie \d+\n", "", text, flags=re.M) + f"# revisie {i}\n"
    if i % 5 == 0:
        text = re.sub(
            r"^adoption: \w+$", f"adoption: {ADOPTIONS[(i // 5) % 3]}", text, count=1, flags=re.M
        )
    return text


def build(target: Path, commits: int) -> None:
    """A repository at `target` with `commits` commits of the shipped data."""
    target.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "init", "-q", "-b", "main", str(target)], check=True)
    files = {
        f"{p.parent.name}/{p.name}": p.read_text(encoding="utf-8")
        for folder in ("frameworks", "regions", "employers")
        for p in sorted((REPO / folder).glob("*.yaml"))
    }
    regions = sorted(k for k in files if k.startswith("regions/"))
    stream: list[bytes] = []

    def data(text: str) -> None:
        raw = text.encode("utf-8")
        stream.append(b"data %d\n" % len(raw) + raw + b"\n")

    when = 1_600_000_000
    for i in range(commits):
        stream.append(b"commit refs/heads/main\n")
        stream.append(b"committer Bench <bench@example.org> %d +0000\n" % (when + i * 86_400))
        data(f"wijziging {i}")
        if i == 0:
            changed = list(files)
        else:
            name = regions[i % len(regions)]
            files[name] = _edit(files[name], i)
            changed = [name]
        for name in changed:
            stream.append(f"M 100644 inline {name}\n".encode())
            data(files[name])
        if i % 50 == 0:
            stream.append(b"\n")
    subprocess.run(
        ["git", "-C", str(target), "fast-import", "--quiet"], input=b"".join(stream), check=True
    )
    subprocess.run(["git", "-C", str(target), "checkout", "-q", "main"], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--commits", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "repo"
        start = time.perf_counter()
        build(root, args.commits)
        print(f"built {args.commits} commits in {time.perf_counter() - start:.1f} s")
        best = None
        for _ in range(args.repeat):
            start = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "samenwerking_cli",
                    "history",
                    "--format",
                    "json",
                    "--as-of",
                    "2025-01-01",
                    "--root",
                    str(root),
                    "--output",
                    str(Path(tmp) / "h.json"),
                ],
                check=True,
            )
            took = time.perf_counter() - start
            best = took if best is None else min(best, took)
        print(
            f"samenwerking history over {args.commits} commits: {best:.2f} s (best of {args.repeat})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
