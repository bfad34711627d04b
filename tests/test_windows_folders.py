"""README's Windows folders are the code's (docs48): the store in ``%LOCALAPPDATA%\\lkj-tui\\store``
and the TUI's settings beside it, ``%LOCALAPPDATA%\\lkj-tui\\settings.json`` (they were a folder
deeper, ``lkj-tui\\lkj-tui``, where a settings file saved before is still read). platformdirs'
Windows rules are run here with ``%LOCALAPPDATA%`` a temporary folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest
from platformdirs import windows

from lkj_tui.storage.paths import default_store_path
from lkj_tui.tui.settings import config_path


@pytest.fixture
def local_appdata(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Windows user's ``%LOCALAPPDATA%``, as platformdirs finds it there."""
    monkeypatch.setattr(windows, "get_win_folder", lambda _csidl: str(tmp_path))
    for kind in ("user_data_dir", "user_config_dir"):
        monkeypatch.setattr(
            platformdirs,
            kind,
            lambda name, appauthor=None, kind=kind: getattr(windows.Windows(name, appauthor), kind),
        )
    monkeypatch.setattr("sys.platform", "win32")
    monkeypatch.delenv("LKJ_TUI_CONFIG", raising=False)
    monkeypatch.delenv("LKJ_TUI_STORE", raising=False)
    return tmp_path


def test_the_store_and_the_settings_are_in_one_lkj_tui_folder(local_appdata: Path) -> None:
    assert default_store_path() == local_appdata / "lkj-tui" / "store"
    assert config_path() == local_appdata / "lkj-tui" / "settings.json"


def test_settings_saved_a_folder_deeper_are_still_read(local_appdata: Path) -> None:
    before = local_appdata / "lkj-tui" / "lkj-tui" / "settings.json"
    before.parent.mkdir(parents=True)
    before.write_text('{"lang": "en"}', encoding="utf-8")
    assert config_path() == before
    here = local_appdata / "lkj-tui" / "settings.json"
    here.write_text('{"lang": "id"}', encoding="utf-8")
    assert config_path() == here
