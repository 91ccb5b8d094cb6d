"""The optional fuzz harness (fuzz/fuzz_loader.py) still runs, without atheris, so it cannot rot."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest
from conftest import REPO_DIR

REPO = REPO_DIR
CORPUS = REPO / "fuzz" / "corpus"


@pytest.fixture(scope="module")
def harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_loader", REPO / "fuzz" / "fuzz_loader.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    saved = sys.modules.get("atheris")
    sys.modules["atheris"] = None  # type: ignore[assignment]  # `import atheris` now fails
    try:
        spec.loader.exec_module(module)
    finally:
        if saved is None:
            del sys.modules["atheris"]
        else:
            sys.modules["atheris"] = saved
    return module


def test_replay_runs_the_seed_corpus(harness: ModuleType) -> None:
    assert harness.replay(CORPUS) == len([p for p in CORPUS.iterdir() if p.is_file()]) >= 10


def test_the_corpus_reaches_validation(harness: ModuleType) -> None:
    # A shipped region gets through the loader and is validated against the shipped framework.
    harness.test_one_input((CORPUS / "foodvalley.yaml").read_bytes())
    assert "dnz-werkafspraken" in harness.frameworks()


def test_a_broken_contract_is_reported(
    harness: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(data: bytes, display: str) -> str:
        raise ValueError("not our LoadError")

    monkeypatch.setattr(harness, "decode", boom)
    with pytest.raises(AssertionError, match="ValueError: not our LoadError"):
        harness.replay(CORPUS)


def test_own_errors_and_odd_bytes_are_fine(harness: ModuleType) -> None:
    for data in (b"", b"\xff\xfe", b"\x00", b"a: [", b"- 1", b"a: &x 1\nb: *x\n", b"\xc3"):
        harness.test_one_input(data)
