"""A store folder the user may not write (a shared drive mounted read-only for this account, a
folder of another user): CI runs as root, which writes anywhere, so the refusal is injected.
Through the installed command, ``tests/readonly/sitecustomize.py`` makes every call that would
create, change or remove a file in the folder raise ``PermissionError`` (EACCES), as the system
does for such a user; in the TUI, the store's write function (``atomic.crash_hook``) raises it.
Each says which folder cannot be written and what to do, in the language asked, and changes
nothing (cli22)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

HERE = Path(__file__).parent
SAID = {
    "id": ("tidak dapat ditulisi", "minta izin tulis untuk folder itu", "--store"),
    "en": ("is not writable", "ask for write permission on that folder", "--store"),
}


def _read_only(store: Path) -> dict[str, str]:
    return {"PYTHONPATH": str(HERE / "readonly"), "LKJ_TEST_READONLY": str(store)}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_set_import_and_new_name_the_folder_and_the_fix(
    store_path: Path, bundled_id: str, tmp_path: Path, lang: str
) -> None:
    """It said "…/bengkulu-…-2023.json.lock: gagal mengunci laporan: folder atau berkas tidak
    dapat ditulisi …; periksa izin folder": neither which folder nor how to go on."""
    book = tmp_path / "laporan.json"
    exported = run_cli("export", "-f", "json", "-o", str(book), "--store", str(store_path))
    assert exported.returncode == 0, exported.stderr
    before = {p.name: p.read_bytes() for p in store_path.iterdir() if p.is_file()}
    typed = ("--store", str(store_path), "--lang", lang)
    for args in (
        ("set", "IKU 1", "target", "3,40"),
        ("import", str(book), "--overwrite"),
        ("new", "--instansi", "Dinas X", "--tahun", "2025"),
    ):
        done = run_cli(*args, *typed, env=_read_only(store_path))
        assert done.returncode == 1, (args, done.stdout, done.stderr)
        assert f"folder {store_path} " in done.stderr, done.stderr
        assert ".lock" not in done.stderr, done.stderr  # (the sentence first: cli23)
        assert all(words in done.stderr for words in SAID[lang]), done.stderr
        assert "Traceback" not in done.stderr
    after = {p.name: p.read_bytes() for p in store_path.iterdir() if p.is_file()}
    assert after == before  # nothing written, nothing removed
    assert run_cli("status", "--store", str(store_path), env=_read_only(store_path)).returncode == 0
