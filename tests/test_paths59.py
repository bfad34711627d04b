"""paths59: the errors of ``new``, ``set``, ``compare``, ``log``, ``restore``, ``calc`` and
``resolve`` with hostile arguments and paths, and ``set --json`` carrying every line it made."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests.conftest import run_cli
from tests.test_cli41 import _pty_lines

needs_pty = pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")


def _items(store_path: Path, code: str) -> list[str]:
    store = Store(store_path)
    report = store.load(store.latest_report_id()).report
    return [i.text for i in next(n for n in report.walk() if n.code == code).permasalahan]


def test_set_json_carries_every_item_a_multi_line_permasalahan_adds(store_path: Path) -> None:
    """``set "IKU 1" permasalahan+ $'satu\\ndua\\ntiga'`` adds three items (the text output
    lists three lines) but ``--json`` gave only the first one's before/after ("after":
    "satu"): a script saw one item added. ``lines`` names every item added, in order, with
    the field each is at as ``log --json`` gives it; ``before``/``after`` stay the first's."""
    had = _items(store_path, "IKU 1")
    out = run_cli(
        "set", "IKU 1", "permasalahan+", "satu\ndua\n\n tiga ", "--json", store=store_path
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    n = len(had)
    assert data["lines"] == [
        {"field": f"permasalahan {n + 1}", "before": "", "after": "satu"},
        {"field": f"permasalahan {n + 2}", "before": "", "after": "dua"},
        {"field": f"permasalahan {n + 3}", "before": "", "after": "tiga"},
    ], data
    assert (data["before"], data["after"]) == ("", "satu")
    assert _items(store_path, "IKU 1") == [*had, "satu", "dua", "tiga"]
    logged = json.loads(run_cli("log", "IKU 1", "--json", store=store_path).stdout)
    assert sorted((r["field"], r["after"]) for r in logged) == sorted(
        (x["field"], x["after"]) for x in data["lines"]
    )


@pytest.mark.parametrize(
    ("field", "value", "before", "after"),
    [("realisasi", "2,90", "2,85", "2,90"), ("realisasi", "2,85", None, None)],
)
def test_set_json_lines_of_one_field(
    store_path: Path, field: str, value: str, before: str | None, after: str | None
) -> None:
    """One field set gives one line, the same as ``before``/``after``; the value it has already
    gives none (nothing changed)."""
    data = json.loads(run_cli("set", "IKU 1", field, value, "--json", store=store_path).stdout)
    assert (data["before"], data["after"]) == (before, after)
    want = [] if after is None else [{"field": field, "before": before, "after": after}]
    assert data["lines"] == want


def _files(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` with its bytes (a command that refuses writes nothing)."""
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@needs_pty
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    "args",
    [
        ["set", "IKU 1", "realisasi", "3"],
        ["compare", "{rid}"],
        ["log", "-r", "{rid}"],
        ["restore", "{rid}"],
        ["resolve", "-r", "{rid}"],
    ],
    ids=["set", "compare", "log", "restore", "resolve"],
)
def test_a_folder_where_the_report_file_is_says_so_and_what_to_do(
    store_path: Path, bundled_id: str, args: list[str], lang: str
) -> None:
    """A folder named as a report's file (``REPORT.json/``, left by a copy or an unzip) gave
    "gagal membaca: Is a directory (errno 21)" in set, compare, log, restore and resolve: the
    system's English words and nothing to do. It says the path is a folder, not a file, that
    it was not read and to move it out of the store or rename it, in the user's language;
    exit 1, no traceback, nothing written."""
    report = store_path / f"{bundled_id}.json"
    report.unlink()
    report.mkdir()
    before = _files(store_path)
    typed = [a.format(rid=bundled_id) for a in args]
    lines = _pty_lines([*typed, "--store", str(store_path), "--lang", lang], 40, 1)
    flat = " ".join(" ".join(lines).split())
    said = {
        "id": "bukan berkas, melainkan sebuah folder",
        "en": "not a file but a folder",
    }[lang]
    do = {
        "id": "pindahkan folder itu keluar dari folder penyimpanan atau ganti namanya",
        "en": "move that folder out of the store folder or rename it",
    }[lang]
    assert said in flat and do in flat, flat
    assert "errno" not in flat and "Traceback" not in flat, flat
    assert all(len(line) <= 40 for line in lines), lines
    assert _files(store_path) == before
    shutil.rmtree(report)


#: Makes the folder whose path holds ``P59_DENY`` one the user may not read, as another user's
#: folder (mode 700) is on Linux or macOS: ``os.access`` says no, and looking inside it (a
#: listing, a file's stat or open) is refused with EACCES (the tests run as root, who may read
#: anything).
_DENY_HOOK = """
import os

def _install():
    name = os.environ["P59_DENY"]

    def inside(p):
        return not isinstance(p, int) and name in os.fsdecode(p)

    real_access = os.access
    os.access = lambda p, mode, *a, **k: False if inside(p) else real_access(p, mode, *a, **k)
    for op in ("scandir", "listdir", "open", "stat", "lstat", "mkdir"):
        def failing(p=".", *a, _real=getattr(os, op), _op=op, **k):
            own = _op in ("stat", "lstat") and os.fsdecode(p).rstrip("/").endswith(name)
            if inside(p) and not own:  # (the folder itself may be looked at, not inside it)
                raise PermissionError(13, "Permission denied", os.fsdecode(p))
            return _real(p, *a, **k)
        setattr(os, op, failing)

if os.environ.get("P59_DENY"):
    _install()
"""


def _denied_lines(tmp_path: Path, store: Path, args: list[str], columns: int) -> list[str]:
    """``lkj-tui ARGS --store STORE`` on a pseudo-terminal, ``store`` unreadable (exit 1)."""
    import re

    from reliability.pty_capture import run_in_pty
    from tests.conftest import LKJ_TUI

    hook = tmp_path / "hook"
    hook.mkdir(exist_ok=True)
    (hook / "sitecustomize.py").write_text(_DENY_HOOK)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    path = [str(hook), *([env["PYTHONPATH"]] if env.get("PYTHONPATH") else [])]
    env |= {"COLUMNS": str(columns), "NO_COLOR": "1", "P59_DENY": store.name}
    env |= {"PYTHONPATH": os.pathsep.join(path)}
    done = run_in_pty([str(LKJ_TUI), *args, "--store", str(store)], env=env, size=(columns, 24))
    shown = done.output.decode("utf-8", "replace").replace("\r\n", "\n")
    assert done.returncode == 1, shown
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown).split("\n")


@needs_pty
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    "args",
    [
        ["status"],
        ["set", "IKU 1", "realisasi", "3"],
        ["compare"],
        ["log"],
        ["restore", "--list"],
        ["resolve"],
        ["new", "--instansi", "Dinas X", "--tahun", "2025"],
        ["info"],
        ["sync"],
        ["init"],
    ],
    ids=lambda a: a[0] + "-list" * ("--list" in a),
)
def test_a_store_folder_the_user_may_not_read_is_said_so(
    tmp_path: Path, args: list[str], lang: str
) -> None:
    """A store folder the user may not read (another user's, mode 700) was refused by click
    before any command ran: "Kesalahan: Nilai tidak sah untuk '--store': Jalur '…' tidak dapat
    dibaca." under the usage lines, exit 2, and nothing of what to do; ``info``, ``sync`` and
    ``init`` said "kesalahan tak terduga (PermissionError)". Every command now says the
    folder cannot be read and to check its permissions or name another with --store, exit 1,
    nothing written."""
    store = tmp_path / "lkj-store59"
    assert run_cli("init", "--store", str(store)).returncode == 0
    before = _files(store)
    lines = _denied_lines(tmp_path, store, [*args, "--lang", lang], 40)
    flat = " ".join(" ".join(lines).split())
    said = {
        "id": "folder atau berkas tidak dapat dibaca (Permission denied); periksa izin folder "
        "atau pilih folder lain dengan --store",
        "en": "the folder or file is not readable (Permission denied); check the folder's "
        "permissions or pick another one with --store",
    }[lang]
    assert said in flat, flat
    for wrong in ("Penggunaan", "Usage", "tak terduga", "unexpected", "Traceback"):
        assert wrong not in flat, flat
    assert all(len(line) <= 40 for line in lines), lines
    assert _files(store) == before


@needs_pty
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("command", ["set", "log"])
def test_a_node_typed_with_a_control_character_is_quoted_with_it_escaped(
    store_path: Path, command: str, lang: str
) -> None:
    """``set "IKU<U+202E> 1" realisasi 3`` (a right-to-left override pasted with the code) said
    "simpul 'IKU 1' tidak ada": the control dropped from the quote, the message denied a node
    the report has. The quote shows what was typed, the control escaped (as a mistyped
    field's is: 'IKU\\u202e 1'), never drawn; exit 2, nothing written."""
    before = _files(store_path)
    typed = "IKU\u202e 1"
    args = [command, typed, *(["realisasi", "3"] if command == "set" else [])]
    lines = _pty_lines([*args, "--store", str(store_path), "--lang", lang], 40, 2)
    flat = "".join(" ".join(lines).split())
    assert "'IKU\\u202e1'" in flat, lines  # (the line may break at its space)
    assert flat.count("'IKU1'") == 1 and "\u202e" not in flat, lines  # (the example only)
    assert _files(store_path) == before


@needs_pty
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    "args",
    [["compare", "{id}"], ["restore", "{id}"], ["log", "-r", "{id}"], ["new", "--from", "{id}"]],
    ids=["compare", "restore", "log", "new"],
)
def test_a_pasted_report_id_of_300_characters_is_quoted_with_its_length(
    store_path: Path, args: list[str], lang: str
) -> None:
    """A report id of 300 characters (a pasted paragraph) was quoted whole in the refusal: six
    lines of "xxxx" at 80 columns before what to type. Its start is quoted with its length,
    as every long value a message names; exit 2 (an id that is no id), nothing written."""
    before = _files(store_path)
    typed = [a.format(id="x" * 300) for a in args]
    lines = _pty_lines([*typed, "--store", str(store_path), "--lang", lang], 80, 2)
    flat = " ".join(" ".join(lines).split())
    length = {"id": "(300 karakter)'", "en": "(300 characters)'"}[lang]
    assert length in flat and "x" * 81 not in flat, lines
    assert ("tidak sah" if lang == "id" else "invalid report id") in flat, lines
    assert len(lines) <= 5, lines
    assert _files(store_path) == before


@needs_pty
@pytest.mark.parametrize("lang", ["id", "en"])
def test_calc_quotes_an_unknown_polaritas_as_typed(lang: str) -> None:
    """``calc 3 2 --polaritas "3<U+202E>,22"`` said "polaritas tidak dikenal: '3,22'": the
    control dropped from the quote (a value typed into the wrong option read as another). The
    quote is what was typed, its control escaped, a long one cut with its length; exit 2."""
    said = {"id": "polaritas tidak dikenal:", "en": "unknown polaritas:"}[lang]
    lines = _pty_lines(["calc", "3", "2", "--polaritas", "3\u202e,22", "--lang", lang], 40, 2)
    flat = "".join(" ".join(lines).split())
    assert "".join(said.split()) + "'3\\u202e,22'" in flat, lines
    assert "\u202e" not in flat, lines
    lines = _pty_lines(["calc", "3", "2", "--polaritas", "y" * 100, "--lang", lang], 40, 2)
    flat = " ".join(" ".join(lines).split())
    length = {"id": "(100 karakter)'", "en": "(100 characters)'"}[lang]
    assert length in flat and "y" * 41 not in "".join(flat.split()), lines
