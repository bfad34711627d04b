"""share33: the TUI's S on a shared store whose shared folder, a path with a space, is not
there: the toast keeps the path whole on its line, or broken only after its separators."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.test_sync import offices  # noqa: F401 - fixture
from tests.tui.conftest import settle
from tests.tui.test_sharing import office_env  # noqa: F401 - fixture

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.usefixtures("office_env")
async def test_s_offline_keeps_a_quoted_shared_path_with_a_space_unbroken_at_its_space(
    offices,  # noqa: F811
    make_app,
    lang: str,
    width: int,
) -> None:
    """S with the shared drive away named it in double quotes, '"…/Bersama LKj/lkj.git"', and
    the toast broke it at its space ('"…/Bersama' / 'LKj/lkj.git"'), two words to the eye. The
    quoted path is now one word of the toast's lines: whole on a line where it fits, else
    broken only after a separator; no line wider than the toast."""
    from lkj_tui.storage.store import Store
    from lkj_tui.tui.text import toast_room
    from tests.test_sync import lkj, start

    start(offices, "opd")
    shared = Path(str(offices["tmp"])) / "Bersama LKj" / "lkj.git"
    shared.parent.mkdir()
    Path(str(offices["remote"])).rename(shared)
    store = Path(str(offices["tmp"])) / "opd"
    subprocess.run(
        ["git", "-C", str(store), "remote", "set-url", "origin", str(shared)], check=True
    )
    assert lkj(offices, "opd", "set", "IKU 2", "realisasi", "81").returncode == 0
    shared.parent.rename(shared.parent.with_name("away"))
    app = make_app(store=Store(store), lang=lang)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        said = next(m for m, *_ in app.toasts if "lkj.git" in m)
    lines = said.split("\n")
    room = toast_room(width)
    assert all(cell_len(line) <= room for line in lines), lines
    quoted = f'"{shared}"'
    start_at = next(n for n, line in enumerate(lines) if '"/' in line)
    pieces = [lines[start_at][lines[start_at].index('"/') :]]
    while quoted not in "".join(pieces) and start_at + len(pieces) < len(lines):
        pieces.append(lines[start_at + len(pieces)])
    assert "".join(pieces).startswith(quoted), lines
    assert all(piece.endswith(("/", "↩")) for piece in pieces[:-1]), lines


@pytest.mark.parametrize("width", [80, 120])
def test_a_quoted_path_that_fits_the_toasts_line_stays_whole_on_one(width: int) -> None:
    """The offline toast for a Windows share, "D:\\Bersama LKj\\lkj.git" in its sentence: the
    toast broke it at its space at 80 columns; it is now whole on one of the toast's lines."""
    from lkj_tui.tui.text import paths_apart, toast_room

    text = (
        'Luring: folder "D:\\Bersama LKj\\lkj.git" tidak terjangkau — D:\\ tidak ada: sambungkan '
        "drive bersama, atau periksa huruf drive-nya, lalu sinkronkan lagi; bekerja terus di "
        "laptop ini — 1 simpanan menunggu sinkronisasi berikutnya (tombol S)"
    )
    lines = paths_apart(text, width).split("\n")
    assert any('"D:\\Bersama LKj\\lkj.git"' in line for line in lines), lines
    assert all(cell_len(line) <= toast_room(width) for line in lines), lines
    assert " ".join(lines) == text, lines
