"""A toast's command with a part wider than the toast (cli32): broken at its separators, never
inside a word by Textual, its " \\" never on a line alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from lkj_tui.core.shell import POSIX
from lkj_tui.storage.store import Store
from lkj_tui.tui.text import commands_apart, toast_room
from tests.tui.conftest import settle

_name = st.text(st.sampled_from("abz09-_.漢"), min_size=1, max_size=50)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    names=st.lists(_name, min_size=1, max_size=4),
    width=st.integers(min_value=60, max_value=200),
    tail=st.sampled_from(["", " --lang en"]),
)
def test_a_toasts_command_fits_the_toast_and_reads_back(
    names: list[str], width: int, tail: str
) -> None:
    """A `--store` path wider than the toast's line (36 cells at 80×24): Textual folded it inside
    a word, and its " \\" could land alone. Now every line fits the toast, a path's line ends at
    a separator (or a piece of it with ↩), the mark ends the path's last piece, and the lines
    read back as the command."""
    store = "/" + "/".join(names)
    command = f"lkj-tui sync --init ALAMAT --store {store}{tail}"
    text = commands_apart(f"Bagikan dengan: {command}", width)
    lines = text.split("\n")[1:]
    room = toast_room(width)
    assert all(cell_len(line) <= room for line in lines), (lines, room)
    assert not any(line.strip() in ("\\", POSIX.strip()) for line in lines), lines
    read = re.sub(r"↩?\n *", "", re.sub(rf"{re.escape(POSIX)}\n *", " ", "\n".join(lines)))
    assert read.strip() == command, lines


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_s_at_80x24_with_a_long_store_path_shows_its_command_unbroken_in_words(
    make_app, tmp_path: Path, lang: str
) -> None:
    """S on a store that is not shared, its `--store` path 45 characters, at 80×24: the toast
    said the command with the path folded mid-word by Textual. Now the path is broken at its
    separators within the toast's 36 cells, the " \\" after its last piece."""
    from lkj_tui.bundled import load_bundled_report

    root = tmp_path / "a-rather-long-store-folder-name"
    store = Store(root, seed=load_bundled_report)
    app = make_app(store=store, lang=lang, store_typed=str(root))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
    said = [m for m, *_ in app.toasts if "sync --init" in m]
    assert len(said) == 1, app.toasts
    lines = said[0].split("\n")
    at = next(n for n, line in enumerate(lines) if "lkj-tui sync" in line)
    assert all(cell_len(line) <= toast_room(80) for line in lines[at:]), lines
    read = re.sub(r"↩?\n *", "", re.sub(r" \\\n *", " ", "\n".join(lines[at:])))
    remote, english = ("REMOTE", " --lang en") if lang == "en" else ("ALAMAT", "")
    assert read.strip() == f"lkj-tui sync --init {remote} --store {root}{english}", lines
