"""Printed commands (cli28), through the installed ``lkj-tui``: `compare`'s two commands for
the year's other offices each on a line of its own, whole and with ``--store``; a flag that
takes no value never glued to the argument after it when a command is folded; the `set`
example on a missing argument names the node the user typed."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.conftest import run_cli

OTHERS = {
    "id": ("1 instansi lain juga punya laporan 2024", "daftarnya:"),
    "en": ("1 other instansi also have a report of 2024", "to list them:"),
}


@pytest.fixture(scope="module")
def two_offices(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the bundled report, its 2024 and another office's 2024 (the store's path long
    enough that the commands are wider than 40 columns)."""
    root = tmp_path_factory.mktemp("cli28") / "penyimpanan-kabupaten"
    assert run_cli("init", "--store", str(root)).returncode == 0
    for args in (
        ("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024"),
        ("new", "--instansi", "Badan Amil", "--tahun", "2024", "--report", "badan-amil-2024"),
    ):
        done = run_cli(*args, "--store", str(root))
        assert done.returncode == 0, done.stderr
    return root


def _commands(lines: list[str]) -> list[str]:
    """The commands printed on lines of their own, each as one line (its folds joined)."""
    out: list[str] = []
    joined = ""
    for line in lines:
        if not joined and not line.lstrip().startswith("lkj-tui "):
            continue
        joined += " " + line.strip().removesuffix(" \\").strip()
        if not line.endswith(" \\"):
            out.append(joined.strip())
            joined = ""
    return out


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("columns", [40, 80])
def test_compare_names_the_other_offices_commands_each_on_a_line(
    two_offices: Path, lang: str, columns: int
) -> None:
    """`compare` without ids said "; 39 instansi lain juga punya laporan 2025: lkj-tui compare ID
    --store X (daftarnya: lkj-tui status --all --tahun 2025 --store X)": two commands in one
    clause, broken wherever the terminal's line ran out. Now each stands on a line of its own
    after its words, indented, folded at its options where it is wider than the terminal."""
    from tests.test_narrow_terminal import _on_a_terminal

    english = ["--lang", "en"] if lang == "en" else []
    code, shown = _on_a_terminal(["compare", "--store", str(two_offices), *english], columns)
    assert code == 0, shown
    lines = re.sub(r"\x1b\[[0-9;]*m", "", shown).rstrip("\n").split("\n")  # (dim: NO_COLOR)
    words, listing = OTHERS[lang]
    assert words in " ".join(" ".join(lines).split()), shown
    assert any(line.rstrip() == listing for line in lines), shown
    store = f"--store {two_offices}"
    tail = " --lang en" if lang == "en" else ""
    assert _commands(lines) == [
        f"lkj-tui compare ID {store}{tail}",
        f"lkj-tui status --all --tahun 2024 {store}{tail}",
    ], shown
    for line in lines:
        if line.lstrip().startswith("lkj-tui ") or line.startswith("    --"):
            # (wider only by an option whose path is wider itself: a path is never cut)
            assert len(line) <= columns or line.split()[:1] == ["--store"], shown
    piped = run_cli("compare", "--store", str(two_offices), *english)
    assert f"\n  lkj-tui compare ID {store}{tail}\n" in piped.stdout, piped.stdout
    assert f"\n  lkj-tui status --all --tahun 2024 {store}{tail}\n" in piped.stdout


def test_a_flag_is_never_kept_with_the_argument_after_it() -> None:
    """A folded command's parts joined a flag that takes no value (``--all``) with the argument
    after it, as if it were its value ("--all ID": never parted, the line broken before it). Now
    the options that take no value are the app's own (its parameters, not a copied list), and
    only an option that takes one keeps its value."""
    from lkj_tui.cli.main import flags_of
    from lkj_tui.cli.output import fold_command
    from lkj_tui.core.shell import command_parts

    flags = flags_of("lkj-tui check --all")
    assert {"--all", "--json", "--version"} <= flags, flags
    assert not {"--store", "--tahun", "--lang", "--pemerintah", "-r"} & flags, flags
    assert "--all" not in flags_of("lkj-tui set")  # (set has no --all)
    command = "lkj-tui check --all laporan-kabupaten-2025 --store /data/lkj --lang en"
    assert command_parts(command, flags) == [
        "lkj-tui check",
        "--all",
        "laporan-kabupaten-2025",
        "--store /data/lkj",
        "--lang en",
    ]
    assert fold_command(command, 36) == [
        "lkj-tui check --all \\",
        "  laporan-kabupaten-2025 \\",
        "  --store /data/lkj --lang en",
    ]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_set_example_names_the_node_typed(store_path: Path, lang: str) -> None:
    """`set "IKU 3"` (the field and value forgotten) answered 'Contoh: lkj-tui set "IKU 1"
    realisasi NILAI': another node than the one typed. Now the example carries the node (quoted
    when it is more than one word) and the field typed, as `set` names it; a node no shell would
    read whole in double quotes, or a field `set` does not know, gives the generic example."""
    english = ["--lang", "en"] if lang == "en" else []
    example, fill = {"id": ("Contoh:", "NILAI"), "en": ("For example:", "VALUE")}[lang]
    store = f" --store {store_path}" + (" --lang en" if lang == "en" else "")
    cases = [
        (["IKU 3"], f'lkj-tui set "IKU 3" realisasi {fill}'),
        (["Sasaran"], f'lkj-tui set "Sasaran 1" realisasi {fill}'),
        (["IKU 3", "Target"], f'lkj-tui set "IKU 3" target {fill}'),
        (["a1b2c3d4", "nope"], f"lkj-tui set a1b2c3d4 realisasi {fill}"),
        (['IKU "1"; rm -rf'], f'lkj-tui set "IKU 1" realisasi {fill}'),
    ]
    for typed, line in cases:
        done = run_cli("set", *typed, "--store", str(store_path), *english)
        assert done.returncode == 2, done.stderr
        said = " ".join(done.stderr.split())
        assert f"{example} {line}{store}" in said, done.stderr
