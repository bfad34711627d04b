"""share37: restore without a report id, in a store with one report to restore."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

RID = "bengkulu-selatan-setda-2023"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_restore_without_an_id_gives_the_command_with_the_one_report(
    tmp_path: Path, lang: str
) -> None:
    """A planner typed `restore --revision 2` in a store with one report and was told to list
    the store first. With one report to restore, the error is the command with its id and the
    revision typed; as printed, it restores."""
    root = tmp_path / "Bersama LKj"
    assert run_cli("init", "--store", str(root)).returncode == 0
    for value in ("2,90", "3,00"):
        assert run_cli("set", "IKU 1", "realisasi", value, "--store", str(root)).returncode == 0
    en = " --lang en" if lang == "en" else ""
    out = run_cli("restore", "--revision", "2", "--store", str(root), "--lang", lang)
    assert out.returncode == 2 and out.stderr.count("\n") == 1, out.stderr
    command = f'lkj-tui restore {RID} --revision 2 --store "{root}"{en}'
    assert out.stderr.rstrip("\n").endswith(": " + command), out.stderr
    done = run_cli("restore", RID, "--revision", "2", "--store", str(root), *en.split())
    assert done.returncode == 0 and "2,90" in done.stdout, done
