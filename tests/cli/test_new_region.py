"""`samenwerking new-region`: a valid start; uncommenting a deviation gives a valid file."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO_DIR, TESTS, invoke

from samenwerking_cli.workspace.load import load_workspace

REPO = REPO_DIR
ECOSYSTEM = TESTS / "fixtures" / "ecosystem"


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    root = tmp_path / "mini"
    shutil.copytree(ECOSYSTEM / "valid", root)
    return root


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    root = tmp_path / "shipped"
    shutil.copytree(REPO / "frameworks", root / "frameworks")
    return root


def new_region(root: Path, *args: str) -> Any:
    return invoke("new-region", *args, "--root", str(root))


def validate(root: Path, *args: str) -> Any:
    return invoke("validate", "--root", str(root), "--as-of", "2025-01-01", *args)


def uncomment(text: str, parameter: str, value: str | None, rationale: str) -> str:
    """What a policy officer does: remove `# ` before `deviations:` and before one deviation."""
    lines = text.splitlines()
    out: list[str] = []
    inside = False
    for line in lines:
        if line == "# deviations:":
            line = "deviations:"
        elif line == f"#   {parameter}:":
            inside = True
        elif inside and not line.startswith("#     "):
            inside = False
        if inside:
            line = line[2:]
            if value is not None:
                line = re.sub(r"^    value: .*?(  #.*)?$", rf"    value: {value}\1", line)
            line = re.sub(r'^    rationale: ""', f"    rationale: {rationale}", line)
        out.append(line)
    return "\n".join(out) + "\n"


def test_new_region_is_valid_as_written(mini: Path) -> None:
    result = new_region(mini, "oost", "--name", "Oost-Nederland", "--code", "AM12")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "Wrote " in result.stderr
    text = (mini / "regions" / "oost.yaml").read_text(encoding="utf-8")
    assert "region: oost\n" in text
    assert 'name: "Oost-Nederland"\n' in text
    assert "code: AM12\n" in text
    assert "framework: mini\n" in text
    assert 'framework_version: "1.0"\n' in text
    assert "adoption: not_started" in text
    checked = validate(mini, "--strict")
    assert checked.exit_code == 0, checked.stdout
    assert "4 files checked: all valid." in checked.stdout


@pytest.mark.dutch
def test_every_parameter_is_listed_with_title_baseline_and_unit(mini: Path) -> None:
    assert new_region(mini, "oost", "--name", "Oost").exit_code == 0
    text = (mini / "regions" / "oost.yaml").read_text(encoding="utf-8")
    assert "#   # Maximale duur proefplaatsing.\n" in text
    assert "#   # Landelijk: 2 maanden (toegestaan: 1 tot en met 6).\n" in text
    assert "#   proefplaatsing.max_duur_maanden:\n#     value: 2  # maanden\n" in text
    assert "#     value: 90.00  # euro per uur\n" in text
    assert "#     value: 15.5  # %\n" in text
    assert "#     value: uwv-erkend\n" in text
    assert "#     value: [loonstrook, urenregistratie]\n" in text
    assert '#     value: "Accountmanager #1: WSP"\n' in text
    # Grouped by topic, in the framework's order.
    assert text.index("==== Proefplaatsing ====") < text.index("==== Jobcoaching ====")
    # National law is named but not offered as a deviation.
    assert "#   jobcoaching.wettelijk:" not in text
    assert "Wettelijke regel: landelijk vastgelegd, geen afwijking mogelijk." in text


def test_uncommenting_one_deviation_gives_a_valid_file(mini: Path) -> None:
    assert new_region(mini, "oost", "--name", "Oost").exit_code == 0
    path = mini / "regions" / "oost.yaml"
    path.write_text(
        uncomment(
            path.read_text(encoding="utf-8"),
            "proefplaatsing.max_duur_maanden",
            "3",
            "Langere proefplaatsing.",
        ),
        encoding="utf-8",
    )
    result = validate(mini, "--strict")
    assert result.exit_code == 0, result.stdout
    region = load_workspace(mini).regions["oost"]
    assert region.deviations["proefplaatsing.max_duur_maanden"].value == 3


def test_uncommenting_without_a_rationale_is_refused(mini: Path) -> None:
    assert new_region(mini, "oost", "--name", "Oost").exit_code == 0
    path = mini / "regions" / "oost.yaml"
    text = uncomment(path.read_text("utf-8"), "proefplaatsing.max_duur_maanden", "3", '""')
    path.write_text(text, encoding="utf-8")
    result = validate(mini)
    assert result.exit_code == 1
    assert "regions/oost.yaml" in result.stdout and "rationale" in result.stdout


@pytest.mark.parametrize("root_name", ["mini", "shipped"])
def test_each_baseline_is_written_as_valid_yaml_of_its_type(
    root_name: str, request: pytest.FixtureRequest
) -> None:
    """Uncommenting any deviation as written (the national value) gives only the warning that
    the value equals the national one: so every value is written the way the YAML must be."""
    root: Path = request.getfixturevalue(root_name)
    assert new_region(root, "oost", "--name", "Oost").exit_code == 0
    path = root / "regions" / "oost.yaml"
    template = path.read_text(encoding="utf-8")
    framework = next(iter(load_workspace(root).frameworks.values()))
    deviable = [p.id for p in framework.parameters if p.deviable]
    assert deviable
    for parameter in deviable:
        path.write_text(uncomment(template, parameter, None, "Reden."), encoding="utf-8")
        ws = load_workspace(root)
        codes = [(f.code, f.severity) for f in ws.findings]
        assert codes == [("equal-to-baseline", "warning")], (parameter, ws.findings)


def test_never_overwrites_an_existing_file(mini: Path) -> None:
    before = (mini / "regions" / "noord.yaml").read_bytes()
    result = new_region(mini, "noord", "--name", "Noord")
    assert result.exit_code == 2
    assert "regions/noord.yaml already exists; it is not overwritten" in result.stderr
    assert (mini / "regions" / "noord.yaml").read_bytes() == before


def test_invalid_slug_is_a_usage_error(mini: Path) -> None:
    result = new_region(mini, "Food Valley", "--name", "Food Valley")
    assert result.exit_code == 2
    assert "`Food Valley` cannot be a region id" in result.stderr
    assert sorted(p.name for p in (mini / "regions").iterdir()) == ["noord.yaml", "zuid.yaml"]


def test_unknown_framework_suggests_the_right_one(mini: Path) -> None:
    result = new_region(mini, "oost", "--name", "Oost", "--framework", "minni")
    assert result.exit_code == 2
    assert "unknown framework `minni`" in result.stderr
    assert "did you mean `mini`?" in result.stderr
    assert not (mini / "regions" / "oost.yaml").exists()


def test_several_frameworks_need_a_choice(mini: Path) -> None:
    text = (mini / "frameworks" / "mini.yaml").read_text(encoding="utf-8")
    (mini / "frameworks" / "maxi.yaml").write_text(
        text.replace("framework: mini", "framework: maxi"), encoding="utf-8"
    )
    result = new_region(mini, "oost", "--name", "Oost")
    assert result.exit_code == 2
    assert "several frameworks: maxi, mini" in result.stderr
    assert new_region(mini, "oost", "--name", "Oost", "--framework", "maxi").exit_code == 0
    assert "framework: maxi\n" in (mini / "regions" / "oost.yaml").read_text("utf-8")


def test_bad_code_and_name_are_usage_errors(mini: Path) -> None:
    result = new_region(mini, "oost", "--name", "Oost", "--code", "38")
    assert result.exit_code == 2
    assert "`38` is not a CBS code" in result.stderr
    result = new_region(mini, "oost", "--name", "Oost\nWest")
    assert result.exit_code == 2
    assert "--name must be one line of text" in result.stderr


def test_name_with_quotes_and_accents_reads_back_exactly(mini: Path) -> None:
    name = 'Súdwest-Fryslân "Noord" #1: test'
    assert new_region(mini, "sudwest", "--name", name).exit_code == 0
    assert validate(mini).exit_code == 0
    assert load_workspace(mini).regions["sudwest"].name == name


@pytest.mark.parametrize(
    ("command", "example"),
    [
        ("new-region", 'samenwerking new-region foodvalley --name "Food Valley" --code AM38'),
        ("schema", "samenwerking schema region > .schemas/region.schema.json"),
        ("validate", "samenwerking validate --format github --output-sarif samenwerking.sarif"),
    ],
)
def test_help_shows_an_example(command: str, example: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert example in result.stdout


def test_shell_completion_is_available(monkeypatch: pytest.MonkeyPatch) -> None:
    # Without this variable typer takes no shell after --show-completion: it asks shellingham
    # for the shell that started the tests, so the result depended on how pytest was started
    # (from bash, zsh, or a CI runner without a shell). With it, `bash` is the shell asked for.
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    import shellingham

    monkeypatch.setattr(shellingham, "detect_shell", lambda *a, **k: ("zsh", "/bin/zsh"))
    result = invoke("--show-completion", "bash")
    assert result.exit_code == 0
    assert "_SAMENWERKING_COMPLETE=complete_bash" in result.stdout


def test_new_file_points_editors_at_the_written_schema(mini: Path) -> None:
    assert new_region(mini, "zonder", "--name", "Zonder").exit_code == 0
    assert "yaml-language-server" not in (mini / "regions" / "zonder.yaml").read_text("utf-8")
    assert invoke("schema", "--write", "--root", str(mini)).exit_code == 0
    assert new_region(mini, "met", "--name", "Met").exit_code == 0
    first = (mini / "regions" / "met.yaml").read_text("utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schemas/region.schema.json"
    assert (mini / "regions" / first.split("=", 1)[1]).resolve().is_file()
    assert validate(mini).exit_code == 0
