"""The installed `lkj-tui` command: help, version, and the way out of a broken report file."""

from __future__ import annotations

import json
from pathlib import Path

from lkj_tui import __version__
from tests.conftest import run_cli


def test_version_and_help() -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"lkj-tui {__version__}"
    for flag in ("-h", "--help"):
        result = run_cli(flag)
        assert result.returncode == 0
        for command in ("status", "export", "calc", "restore"):
            assert command in result.stdout
    result = run_cli("status", "-h")
    assert "--json" in result.stdout and "--store" in result.stdout


def test_bad_option_value_is_a_clear_usage_error(store_path: Path) -> None:
    result = run_cli("status", "--lang", "fr", store=store_path)
    assert result.returncode == 2
    assert "fr" in result.stderr


def test_broken_report_file_is_refused_then_restored(store_path: Path) -> None:
    target = store_path / "bengkulu-selatan-setda-2023.json"
    # One saved edit so that a good generation exists.
    ok = run_cli("status", "--json", store=store_path)
    assert ok.returncode == 0
    target.write_bytes(b"")  # e.g. a disk that filled up under another program
    refused = run_cli("status", store=store_path)
    assert refused.returncode != 0
    assert str(target) in refused.stderr and "lkj-tui restore" in refused.stderr
    assert target.read_bytes() == b""  # never overwritten by a read

    restored = run_cli("restore", "bengkulu-selatan-setda-2023", store=store_path)
    assert restored.returncode == 0, restored.stderr
    again = run_cli("status", "--json", store=store_path)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["summary"]["indicators"] == 10
    # The refused bytes were set aside, not destroyed.
    assert any(p.name.startswith("refused-") for p in (store_path / ".generations").rglob("*.json"))


def test_installed_package_carries_the_bundled_report(tmp_path: Path) -> None:
    """A plain `pip install .` works outside the repository: the wheel ships store/ as lkj_tui/_bundled."""
    import subprocess
    import sys

    code = "import lkj_tui, lkj_tui.bundled as b; print(lkj_tui.__file__); print(b.bundled_report_path())"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True
    ).stdout.splitlines()
    package_dir = Path(out[0]).parent
    bundled = Path(out[1])
    assert bundled.name == "bengkulu-selatan-setda-2023.json"
    if "site-packages" in package_dir.parts:  # a wheel install (as in CI), not an editable one
        assert bundled.parent == package_dir / "_bundled"
