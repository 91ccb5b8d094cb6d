"""Read earlier versions of the agreements from the git repository that holds the root.

git itself is the reader (a subprocess, no extra dependency): `git cat-file --batch` answers
objects by id through one long-running process, so every version of a file (a blob) and every
folder listing (a tree) is read once and kept by its id. A history of hundreds of commits then
reads only the files that changed between them.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO

from samenwerking_cli.domain.commits import Commit
from samenwerking_cli.domain.findings import UserError
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.loading.read import MAX_BYTES
from samenwerking_cli.workspace.discover import READ_FOLDERS, SUFFIXES, shown

DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
TREE = "40000"  # the mode of a folder in a tree object
NL = b"\n"

_UNSHALLOW = N_(
    "fetch the full history with `git fetch --unshallow` (in GitHub Actions: "
    "actions/checkout with `fetch-depth: 0`)"
)


class Repo:
    """The git repository around a root folder, read through one `git cat-file` process."""

    def __init__(self, root: Path, top: Path, prefix: str, shallow: bool) -> None:
        self.root = root
        self.top = top
        self.prefix = prefix  # the root's path inside the repository, `` or `sub/dir/`
        self.shallow = shallow
        self._objects: dict[str, tuple[str, bytes]] = {}
        self._batch: subprocess.Popen[bytes] | None = None
        self._hash_len = 20
        self._tags: dict[str, tuple[str, ...]] | None = None

    # -- opening and running git ------------------------------------------------------------

    @classmethod
    def open(cls, root: Path) -> Repo:
        """The repository that holds `root`; UserError when there is none (or no git)."""
        if not root.is_dir():
            raise UserError(
                _("the folder {folder} does not exist").format(folder=root),
                _("give an existing folder with --root"),
            )
        done = _git(
            root, "rev-parse", "--show-toplevel", "--show-prefix", "--is-shallow-repository"
        )
        if done.returncode != 0:
            raise UserError(
                _("{folder} is not in a git repository").format(folder=shown(root)),
                _(
                    "--at, --since, history and diff REF read earlier versions from git; run "
                    "them in the repository that holds frameworks/ and regions/"
                ),
            )
        lines = done.stdout.decode("utf-8", "replace").splitlines()
        top, prefix, shallow = [*lines, "", "", ""][:3]
        repo = cls(root, Path(top), prefix, shallow.strip() == "true")
        form = _git(root, "rev-parse", "--show-object-format")
        if form.returncode == 0 and form.stdout.strip() == b"sha256":
            repo._hash_len = 32
        return repo

    def run(self, *args: str) -> str:
        done = _git(self.top, *args)
        if done.returncode != 0:
            message = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise UserError(
                _("git {command} failed: {message}").format(
                    command=args[0], message=message[-1] if message else _("no message")
                )
            )
        return done.stdout.decode("utf-8", "replace")

    def close(self) -> None:
        if self._batch is not None:
            assert self._batch.stdin is not None
            self._batch.stdin.close()
            self._batch.wait()
            self._batch = None

    def __enter__(self) -> Repo:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- refs and dates ---------------------------------------------------------------------

    def resolve(self, spec: str) -> str:
        """The full commit id of a ref (tag, branch, commit id, HEAD~3) or of a date
        (YYYY-MM-DD: the last commit on or before that day)."""
        if DATE.fullmatch(spec):
            return self._on_date(spec)
        if not spec or spec.startswith("-") or any(c.isspace() for c in spec):
            raise self._unknown(spec)
        done = _git(self.top, "rev-parse", "--verify", "--quiet", f"{spec}^{{commit}}")
        if done.returncode != 0:
            raise self._unknown(spec)
        return done.stdout.decode().strip()

    def _unknown(self, spec: str) -> UserError:
        hint = _(
            "give a tag, a branch, a commit id or a date (YYYY-MM-DD); see `git tag` and `git log`"
        )
        if self.shallow:
            hint = _("this clone is shallow, so older commits are missing: {how}").format(
                how=_(_UNSHALLOW)
            )
        return UserError(_("unknown git ref `{ref}`").format(ref=_plain(spec)), hint)

    def _on_date(self, spec: str) -> str:
        try:
            date.fromisoformat(spec)
        except ValueError:
            raise UserError(
                _("`{spec}` is not a date; write it as YYYY-MM-DD, for example 2025-01-01").format(
                    spec=spec
                )
            ) from None
        # In a shallow clone the oldest commit present may be the answer: its files are here.
        found = self.run("rev-list", "-1", f"--before={spec} 23:59:59", "HEAD").strip()
        if not found:
            if self.shallow:
                raise UserError(
                    _("this clone is shallow and holds no commit from on or before {day}").format(
                        day=spec
                    ),
                    _(_UNSHALLOW),
                )
            raise UserError(
                _("there is no commit on or before {day}").format(day=spec),
                _("give a later date, or a tag or commit id"),
            )
        return found

    def shallow_commits(self) -> set[str]:
        """The commits whose parents a shallow clone does not hold."""
        path = self.run("rev-parse", "--git-path", "shallow").strip()
        file = Path(path) if Path(path).is_absolute() else self.top / path
        try:
            return set(file.read_text(encoding="ascii").split())
        except OSError:
            return set()

    def tags(self) -> dict[str, tuple[str, ...]]:
        """Commit id -> the tags that point at it (annotated tags peeled), sorted."""
        if self._tags is None:
            out: dict[str, list[str]] = {}
            listing = self.run(
                "for-each-ref",
                "--format=%(objectname) %(*objectname) %(refname:short)",
                "refs/tags",
            )
            for line in listing.splitlines():
                parts = line.split(" ")
                if len(parts) == 3:
                    target = parts[1] or parts[0]
                    out.setdefault(target, []).append(parts[2])
            self._tags = {k: tuple(sorted(v)) for k, v in out.items()}
        return self._tags

    def commit(self, commit_id: str) -> Commit:
        text = self.run("show", "-s", "--format=%H%x1f%cI", commit_id).strip()
        full, when = text.split("\x1f")
        return Commit(full, datetime.fromisoformat(when), self.tags().get(full, ()))

    def log(
        self, start: str | None, end: str, *, since: str | None = None, touching: bool = True
    ) -> list[Commit]:
        """Commits up to and including `end` that touched a document folder (every commit with
        touching=False), oldest first; from `start` on (included) when given, and from the date
        `since` on when given."""
        args = ["log", "--reverse", "--format=%H%x1f%cI", end]
        if start is not None:
            args.append(f"^{start}")
        if since is not None:
            args.append(f"--since={since} 00:00:00")
        if touching:
            args += ["--", *(self.prefix + folder for folder in READ_FOLDERS)]
        commits = []
        tags = self.tags()
        for line in self.run(*args).splitlines():
            full, when = line.split("\x1f")
            commits.append(Commit(full, datetime.fromisoformat(when), tags.get(full, ())))
        if start is not None:
            commits.insert(0, self.commit(start))
        return commits

    # -- objects ----------------------------------------------------------------------------

    def read(self, object_id: str) -> tuple[str, bytes]:
        """(type, content) of an object, read once per run."""
        found = self._objects.get(object_id)
        if found is None:
            self.read_many([object_id])
            found = self._objects[object_id]
        return found

    def read_many(self, object_ids: Sequence[str]) -> None:
        """Read the objects not read yet, asking for a batch of them before reading the
        answers: one round trip through the pipe per batch instead of one per object."""
        wanted = list(dict.fromkeys(i for i in object_ids if i not in self._objects))
        if not wanted:
            return
        if self._batch is None:
            self._batch = subprocess.Popen(
                ["git", "-C", str(self.top), "cat-file", "--batch"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        stdin, stdout = self._batch.stdin, self._batch.stdout
        assert stdin is not None and stdout is not None
        # A batch of requests is small enough for the pipe's buffer, so writing it whole
        # cannot leave git blocked on an answer we have not read yet.
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            stdin.write(b"".join(i.encode("ascii") + NL for i in chunk))
            stdin.flush()
            for object_id in chunk:
                header = stdout.readline().decode("ascii", "replace").split()
                if len(header) != 3:
                    raise UserError(
                        _("git cannot read the object {object}").format(object=object_id),
                        _(_UNSHALLOW),
                    )
                size = int(header[2])
                # A file far larger than any agreement is kept only up to the loader's limit
                # plus one byte (so the loader still refuses it as too large), not in memory.
                keep = min(size, MAX_BYTES + 1) if header[1] == "blob" else size
                content = _read_exactly(stdout, keep)
                _skip(stdout, size - keep)
                stdout.read(1)  # the newline after every object
                self._objects[object_id] = (header[1], content)

    def prefetch(self, commit_ids: Sequence[str], folders: Sequence[str] = READ_FOLDERS) -> None:
        """Read the commits, their document folders and files level by level, each level in
        one batch, so that files() for those commits needs no more round trips."""
        self.read_many(commit_ids)
        level = [self._root_tree(c) for c in commit_ids]
        for part in [p for p in self.prefix.split("/") if p]:
            self.read_many(level)
            level = [e[2] for t in level for e in self._tree(t) if e[1] == part and e[0] == TREE]
        self.read_many(level)
        level = [e[2] for t in level for e in self._tree(t) if e[1] in folders and e[0] == TREE]
        while level:
            self.read_many(level)
            entries = [e for t in level for e in self._tree(t) if not e[1].startswith(".")]
            self.read_many([e[2] for e in entries if _is_document(e[0], e[1])])
            level = [e[2] for e in entries if e[0] == TREE]

    def _root_tree(self, commit_id: str) -> str:
        head = self.read(commit_id)[1].split(NL, 1)[0].decode("ascii")
        return head.split(" ", 1)[1]

    def blob(self, blob_id: str) -> bytes:
        return self.read(blob_id)[1]

    def _tree(self, tree_id: str) -> list[tuple[str, str, str]]:
        """(mode, name, id) of each entry of a tree object."""
        data = self.read(tree_id)[1]
        out = []
        i = 0
        n = self._hash_len
        while i < len(data):
            space = data.index(b" ", i)
            nul = data.index(b"\0", space)
            mode = data[i:space].decode("ascii")
            name = data[space + 1 : nul].decode("utf-8", "surrogateescape")
            out.append((mode, name, data[nul + 1 : nul + 1 + n].hex()))
            i = nul + 1 + n
        return out

    def _subtree(self, tree_id: str, path: str) -> str | None:
        for part in [p for p in path.split("/") if p]:
            entry = next((e for e in self._tree(tree_id) if e[1] == part), None)
            if entry is None or entry[0] != TREE:
                return None
            tree_id = entry[2]
        return tree_id

    def files(self, commit_id: str, folders: Sequence[str] = READ_FOLDERS) -> dict[str, str]:
        """Path under the root (`regions/foodvalley.yaml`) -> blob id, for the YAML files in
        `folders` at a commit; as the work tree is read: hidden names and links left out."""
        root_tree = self._subtree(self._root_tree(commit_id), self.prefix)
        out: dict[str, str] = {}
        if root_tree is None:
            return out
        for folder in folders:
            tree = self._subtree(root_tree, folder)
            if tree is not None:
                self._walk(tree, folder, out)
        return out

    def _walk(self, tree_id: str, at: str, out: dict[str, str]) -> None:
        for mode, name, object_id in sorted(self._tree(tree_id), key=lambda e: e[1]):
            if name.startswith("."):
                continue
            if mode == TREE:
                self._walk(object_id, f"{at}/{name}", out)
            elif _is_document(mode, name):
                out[f"{at}/{name}"] = object_id


def _is_document(mode: str, name: str) -> bool:
    """A YAML file (not a link, not a submodule), as the work tree is read."""
    return mode in ("100644", "100755") and name.endswith(SUFFIXES) and not name.startswith(".")


def _skip(stream: IO[bytes], size: int) -> None:
    while size > 0:
        chunk = stream.read(min(size, 1 << 20))
        if not chunk:
            raise UserError(_("git stopped while reading the repository"))
        size -= len(chunk)


def _read_exactly(stream: IO[bytes], size: int) -> bytes:
    chunks = []
    while size > 0:
        chunk = stream.read(size)
        if not chunk:
            raise UserError(_("git stopped while reading the repository"))
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _git(where: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            ["git", "-C", str(where), *args], capture_output=True, check=False, timeout=120
        )
    except FileNotFoundError:
        raise UserError(
            _("git is not installed (or not on the PATH)"),
            _("install git to read earlier versions of the agreements"),
        ) from None
    except (OSError, subprocess.SubprocessError) as exc:
        raise UserError(_("git could not be run: {error}").format(error=exc)) from None


def _plain(text: str) -> str:
    """A ref as typed, control characters shown instead of run."""
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)


def is_date(spec: str) -> bool:
    return bool(DATE.fullmatch(spec))
