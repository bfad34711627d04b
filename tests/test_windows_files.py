"""What a Windows user meets with files: an export over a file open in Excel, a read-only file, a
folder that does not exist, a name Windows refuses. Windows' refusals are simulated in the
installed command by a ``sitecustomize`` that makes one ``os`` call fail as Windows fails it."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkj_tui.bundled import load_bundled_report
from lkj_tui.storage import paths
from lkj_tui.storage.store import Store
from tests.conftest import run_cli

#: Makes ``os.<WIN9_OP>`` (or ``<module>.<function>``) fail with ``WIN9_ERRNO`` (and
#: ``WIN9_WINERROR``) for a path whose name contains ``WIN9_NAME`` (any file descriptor), as
#: Windows fails it (a file held open by Excel, a name it refuses) or a network folder.
_HOOK = """
import importlib, os

def _install():
    op, name = os.environ["WIN9_OP"], os.environ["WIN9_NAME"]
    number, message = int(os.environ["WIN9_ERRNO"]), os.environ["WIN9_MESSAGE"]
    module_name, _, op = op.rpartition(".")
    module = importlib.import_module(module_name or "os")
    real = getattr(module, op)
    at = 1 if op in ("replace", "rename", "link") else 0  # (the destination)

    def failing(*args, **kwargs):
        if isinstance(args[at], int) or name in os.path.basename(os.fsdecode(args[at])):
            exc = OSError(number, message, str(args[at]))
            if os.environ.get("WIN9_WINERROR"):
                exc.winerror = int(os.environ["WIN9_WINERROR"])
            raise exc
        return real(*args, **kwargs)

    setattr(module, op, failing)

if os.environ.get("WIN9_OP"):
    _install()
"""


def _windows(tmp_path: Path, op: str, name: str, number: int, message: str) -> dict[str, str]:
    hook = tmp_path / "hook"
    hook.mkdir(exist_ok=True)
    (hook / "sitecustomize.py").write_text(_HOOK)
    return {
        "PYTHONPATH": str(hook),
        "WIN9_OP": op,
        "WIN9_NAME": name,
        "WIN9_ERRNO": str(number),
        "WIN9_MESSAGE": message,
    }


def _one_line(stderr: str) -> str:
    assert stderr.startswith("lkj-tui: ") and stderr.count("\n") == 1, stderr
    assert "Traceback" not in stderr
    return stderr


_SHARING = "The process cannot access the file because it is being used by another process"


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "md"])
def test_export_over_a_file_open_in_excel(store_path: Path, tmp_path: Path, fmt: str) -> None:
    """Excel holds the file open: Windows refuses to replace it (PermissionError). One line in
    Bahasa Indonesia names the likely cause, exit 1, the old file intact, no temp file left."""
    out_dir = tmp_path / "Dokumen Kerja"
    out_dir.mkdir()
    out = out_dir / f"laporan.{fmt}"
    out.write_bytes(b"versi lama")
    env = _windows(tmp_path, "replace", out.name, errno.EACCES, _SHARING)
    args = ("export", "--store", str(store_path), "-o", str(out), "--force", "--format", fmt)
    result = run_cli(*args, env=env)
    assert result.returncode == 1
    line = _one_line(result.stderr)
    assert f'gagal menulis "{out}": akses ditolak ({_SHARING})' in line  # (quoted: cli29)
    assert "sedang dibuka di Excel" in line and "berkas lama tidak berubah" in line
    assert "--store" not in line  # (the store's hint is not the way out of an export)
    assert out.read_bytes() == b"versi lama"
    assert os.listdir(out_dir) == [out.name]
    english = run_cli(*args, "--lang", "en", env=env)
    assert "may be open in Excel" in _one_line(english.stderr)
    assert "the old file is unchanged" in english.stderr


def test_export_into_a_folder_that_refuses_new_files(store_path: Path, tmp_path: Path) -> None:
    """A new export where the folder cannot be written (the temp file is refused): the same
    words, and no "old file" that does not exist."""
    out = tmp_path / "notulen.md"
    env = _windows(tmp_path, "open", "notulen.md.", errno.EACCES, "Access is denied")
    result = run_cli("export", "--store", str(store_path), "-o", str(out), env=env)
    assert result.returncode == 1
    line = _one_line(result.stderr)
    assert "akses ditolak (Access is denied)" in line and "berkas lama" not in line
    assert not out.exists() and sorted(os.listdir(tmp_path)) == ["hook", "store"]


def test_export_over_a_read_only_file(store_path: Path, tmp_path: Path) -> None:
    """A file made read-only (Windows' Read-only box) is not overwritten, and the message says
    how to clear it on Windows too, not only with chmod."""
    out = tmp_path / "notulen.md"
    out.write_bytes(b"versi lama")
    out.chmod(0o444)
    result = run_cli("export", "--store", str(store_path), "-o", str(out), "--force")
    assert result.returncode == 1
    line = _one_line(result.stderr)
    assert "hanya-baca" in line and "Baca-saja/Read-only" in line
    assert "berkas lama tidak berubah" in line
    assert out.read_bytes() == b"versi lama"
    assert sorted(os.listdir(tmp_path)) == ["notulen.md", "store"]


def test_export_to_a_folder_that_does_not_exist(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "Laporan Bappeda" / "notulen.md"
    result = run_cli("export", "--store", str(store_path), "-o", str(out))
    assert result.returncode == 2  # (a path typed wrong, said before the export: cli63)
    line = _one_line(result.stderr)
    assert f'folder "{out.parent}" tidak ada' in line  # (its space: quoted, cli29)
    assert "No such file" not in line  # (the system's English words alone)
    assert not out.parent.exists()


@pytest.mark.parametrize("force", [False, True])
def test_export_to_a_path_that_is_a_folder(store_path: Path, tmp_path: Path, force: bool) -> None:
    """``-o D:\\Laporan`` names a folder: said so (not "already exists, use --force")."""
    folder = tmp_path / "Laporan"
    folder.mkdir()
    args = ("export", "--store", str(store_path), "-o", str(folder))
    result = run_cli(*args, *(("--force",) if force else ()))
    assert result.returncode == 2  # (a folder for a file: README, "Exit status"; cli63)
    line = _one_line(result.stderr)
    assert f"{folder} adalah folder" in line and "--force" not in line
    assert os.listdir(folder) == []
    template = run_cli("template", "-o", str(folder))
    assert template.returncode == 2
    assert f"{folder} adalah folder" in _one_line(template.stderr)


@pytest.mark.parametrize("name", ["hasil?.md", "CON", "rapat:1.md", "notulen. "])
def test_export_to_a_name_windows_refuses(store_path: Path, tmp_path: Path, name: str) -> None:
    """Windows refuses the name (ERROR_INVALID_NAME, errno EINVAL): one line saying which
    names Windows takes, nothing left behind."""
    out = tmp_path / name
    env = _windows(tmp_path, "open", name, errno.EINVAL, "The filename is incorrect")
    env["WIN9_WINERROR"] = "123"
    result = run_cli("export", "--store", str(store_path), "-o", str(out), env=env)
    assert result.returncode == 1
    line = _one_line(result.stderr)
    assert "nama berkas tidak sah" in line and "CON, PRN, AUX, NUL" in line
    assert sorted(os.listdir(tmp_path)) == ["hook", "store"]


# ------------------------------------------------------------------ report ids and file names

_REFUSED_IDS = ["con", "nul", "aux.2024", "com1", "lpt1.rpt", "prn", "setda.", "dinas-2024.."]


@pytest.mark.parametrize("report_id", _REFUSED_IDS)
def test_a_new_report_never_takes_an_id_windows_cannot_name(
    store_path: Path, tmp_path: Path, report_id: str
) -> None:
    """``con.json`` is a device on Windows, ``.generations/nul.2024`` too, and ``setda.`` loses
    its dot (sharing ``setda``'s kept versions): ``new``, ``import`` and its dry run refuse such
    an id in one line; nothing is written."""
    before = sorted(os.listdir(store_path))
    made = run_cli("new", "--report", report_id, "--instansi", "Dinas X", "--tahun", "2024",
                   store=store_path)  # fmt: skip
    assert made.returncode == 2
    assert f"id laporan '{report_id}' tidak dapat dipakai di Windows" in _one_line(made.stderr)
    document = run_cli("export", "--format", "json", store=store_path).stdout
    source = tmp_path / "laporan.json"
    source.write_text(document, encoding="utf-8")
    for extra in ((), ("--dry-run",)):
        imported = run_cli("import", str(source), "--report", report_id, *extra, store=store_path)
        assert imported.returncode == 2, (extra, imported.stdout)
        assert "tidak dapat dipakai di Windows" in _one_line(imported.stderr)
    assert sorted(os.listdir(store_path)) == before


def test_windows_names_stay_allowed_inside_an_id(store_path: Path) -> None:
    """Only the name before the first dot counts: ``console-2024``, ``con-2024``, ``dinas.con``
    are ordinary names on Windows."""
    for report_id in ("console-2024", "con-2024", "dinas.con", "com10", "lpt"):
        made = run_cli("new", "--report", report_id, "--instansi", "X", "--tahun", "2024",
                       store=store_path)  # fmt: skip
        assert made.returncode == 0, made.stderr
        assert (store_path / f"{report_id}.json").is_file()


def test_a_report_that_has_such_an_id_already_is_kept(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store written on Linux before may hold ``con.json``: it is listed, read, saved and
    replaced (``--overwrite``) as before; storage never loses data."""
    from dataclasses import replace

    from lkj_tui.storage import paths
    from lkj_tui.storage import store as store_module

    monkeypatch.setattr(store_module, "check_new_report_id", paths.validate_report_id)
    report = Store(store_path).load(Store(store_path).latest_report_id()).report
    report.meta = replace(report.meta, id="con")
    Store(store_path).import_report(report)
    monkeypatch.undo()
    assert "con" in Store(store_path).report_ids()
    changed = run_cli("set", "IKU 1", "realisasi", "2,90", "--report", "con", store=store_path)
    assert changed.returncode == 0, changed.stderr
    Store(store_path).import_report(report, overwrite=True)
    assert Store(store_path).revision("con") == 3


def test_the_id_made_from_an_office_name_is_a_windows_name() -> None:
    """The id an import makes from the instansi (``default_report_id``) is always one a new
    report may take, whatever the name (CON, "Aux", dots, non-ASCII letters)."""
    from hypothesis import given
    from hypothesis import strategies as st

    from lkj_tui.importing.rows import default_report_id
    from lkj_tui.storage.paths import check_new_report_id

    @given(st.one_of(st.sampled_from(["CON", "Aux.", "nul", "COM1", "Dinas Ké. ", "...", ""]),
                     st.text()), st.integers(1900, 2200))  # fmt: skip
    def made(instansi: str, tahun: int) -> None:
        report_id = default_report_id(instansi, tahun)
        assert check_new_report_id(report_id) == report_id

    made()


# ---------------------------------------------------------------------------------- CSV


def _as_excel_saves(data: bytes, how: str) -> bytes:
    """The exported CSV (UTF-8 with BOM, ``;``, CRLF) as Indonesian Excel saves it again."""
    import csv
    import io

    text = data.decode("utf-8-sig")
    if how == "csv-utf8":  # "CSV UTF-8": as it came
        return data
    if how == "csv-ansi":  # "CSV (Comma delimited)": the ANSI code page, no BOM
        return text.encode("cp1252", errors="replace")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    out = io.StringIO(newline="")
    csv.writer(out, delimiter="\t", lineterminator="\r\n").writerows(rows)
    # "Unicode Text": UTF-16 (little-endian, or big-endian from other tools) with its BOM, tabs
    if how == "unicode-le":
        return b"\xff\xfe" + out.getvalue().encode("utf-16-le")
    return b"\xfe\xff" + out.getvalue().encode("utf-16-be")


@pytest.mark.parametrize("how", ["csv-utf8", "csv-ansi", "unicode-le", "unicode-be"])
def test_a_csv_as_indonesian_excel_saves_it_imports_the_same(
    store_path: Path, tmp_path: Path, how: str
) -> None:
    """``export --format csv`` (UTF-8 with BOM, ``;``, decimal comma, CRLF, cells with line
    breaks quoted) saved again by Excel in any of its CSV kinds imports as the export itself."""
    original, again = tmp_path / "ekspor.csv", tmp_path / f"excel-{how}.csv"
    written = run_cli("export", "--format", "csv", "-o", str(original), store=store_path)
    assert written.returncode == 0, written.stderr
    exported = original.read_bytes()
    lines = exported.decode("utf-8-sig").split("\r\n")
    assert exported.startswith(b"\xef\xbb\xbf") and "2,85" in exported.decode("utf-8")
    assert len(lines) > 100 and "," not in lines[0] and lines[0].count(";") > 30
    again.write_bytes(_as_excel_saves(exported, how))
    args = ("--dry-run", "--report", "dinas-x-2024", "--instansi", "Dinas X", "--tahun", "2024")
    expected = run_cli("import", str(original), *args, store=store_path)
    assert expected.returncode == 0, expected.stderr
    result = run_cli("import", str(again), *args, store=store_path)
    assert (result.returncode, result.stderr) == (0, "")
    # (each dry run ends with the line that imports its own file: walk57)
    assert result.stdout.splitlines()[:-1] == expected.stdout.splitlines()[:-1]
    assert f"{again.name} --report dinas-x-2024" in result.stdout.splitlines()[-1]


# ------------------------------------------------------------------------ the store's folder


@pytest.mark.parametrize("op", ["fcntl.flock", "open"])
def test_a_store_in_a_folder_without_file_locks(tmp_path: Path, op: str) -> None:
    """A store on a network folder without a lock service (flock: ENOLCK): one line saying so and
    what to do instead, nothing saved; the store's path has spaces and non-ASCII letters."""
    root = tmp_path / "Data Bappeda" / "LKj Kab. Bengkulu Selatan — Ké"
    Store(root, seed=load_bundled_report)
    before = {p.name: p.read_bytes() for p in root.iterdir() if p.is_file()}
    env = _windows(tmp_path, op, ".lock", errno.ENOLCK, "No locks available")
    result = run_cli("set", "IKU 1", "realisasi", "2,90", store=root, env=env)
    assert result.returncode == 1
    line = _one_line(result.stderr)
    assert f"{root}" in line and "tidak mendukung penguncian berkas" in line
    assert "lkj-tui sync" in line and "tidak ada yang disimpan" in line
    assert {p.name: p.read_bytes() for p in root.iterdir() if p.is_file()} == before


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (("-o", "LKj 2024.xlsx"), "--format xlsx, atau nama berkas berakhiran .md"),
        (("-o", "data.CSV"), "--format csv, atau nama berkas berakhiran .md"),
        (
            ("--format", "csv", "-o", "laporan.xlsx"),
            "--format xlsx, atau nama berkas berakhiran .csv",
        ),
        (
            ("--format", "xlsx", "-o", "laporan.md"),
            "--format md, atau nama berkas berakhiran .xlsx",
        ),
        (("--all", "-o", "rekap.xlsx"), "--format xlsx, atau nama berkas berakhiran .md"),
        (("--reviu", "-o", "reviu.xlsx"), "pakai nama berkas berakhiran .md"),
        # old Excel's suffix: no format writes it, and Excel warns its format and suffix differ
        (("--format", "xlsx", "-o", "laporan.xls"), "(Excel); pakai nama berkas berakhiran .xlsx"),
        (
            ("-o", "laporan.XLS"),
            "berakhiran .md, atau --format xlsx dan nama berkas berakhiran .xlsx",
        ),
        (("--reviu", "-o", "reviu.xls"), "(Markdown); pakai nama berkas berakhiran .md"),
        # a workbook with macros: Markdown neither, and no format writes one (cli18)
        (
            ("-o", "laporan.xlsm"),
            "berakhiran .md, atau --format xlsx dan nama berkas berakhiran .xlsx",
        ),
    ],
)
def test_an_export_never_writes_a_format_its_file_name_does_not_promise(
    store_path: Path, tmp_path: Path, args: tuple[str, ...], hint: str
) -> None:
    """``export -o "LKj 2024.xlsx"`` wrote Markdown into an .xlsx, which Excel then refuses to
    open ("the file format or file extension is not valid"): a usage error naming the way out."""
    result = run_cli("export", *args[:-1], str(tmp_path / args[-1]), store=store_path)
    assert result.returncode == 2
    line = _one_line(result.stderr)
    assert "tidak cocok dengan yang ditulis" in line and line.rstrip().endswith(hint)
    assert sorted(os.listdir(tmp_path)) == ["store"]


def test_an_export_whose_file_name_matches_its_format_is_written(
    store_path: Path, tmp_path: Path
) -> None:
    for args in (
        ("--format", "xlsx", "-o", "LKJ 2024.XLSX"),
        ("--format", "csv", "-o", "data.csv"),
        ("--format", "json", "-o", "laporan.json"),
        ("-o", "notulen.txt"),
        ("-o", "notulen"),
        ("--reviu", "-o", "reviu.md"),
    ):
        result = run_cli("export", *args[:-1], str(tmp_path / args[-1]), store=store_path)
        assert result.returncode == 0, (args, result.stderr)
        assert (tmp_path / args[-1]).is_file()


@pytest.mark.parametrize(
    ("args", "fixed"),
    [
        (("template", "-o", "templat.txt"), "templat.xlsx"),
        (("export", "--format", "xlsx", "-o", "laporan.txt"), "laporan.xlsx"),
        (("export", "--format", "xlsx", "-o", "Laporan LKj"), "Laporan LKj.xlsx"),
        (("export", "--all", "--format", "xlsx", "-o", "rekap.2024"), "rekap.2024.xlsx"),
        # a workbook with macros (Excel refuses one without them under that name: cli18)
        (("template", "-o", "Templat LKj.xlsm"), "Templat LKj.xlsx"),
        (("export", "--format", "xlsx", "-o", "laporan.XLSM"), "laporan.xlsx"),
        (("export", "--all", "--format", "xlsx", "-o", "rekap.xlsm"), "rekap.xlsx"),
    ],
)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_workbook_is_never_written_under_a_name_excel_does_not_open(
    store_path: Path, tmp_path: Path, args: tuple[str, ...], fixed: str, lang: str
) -> None:
    """``template -o x.txt`` and ``export --format xlsx -o y.txt`` wrote a workbook that a double
    click hands to Notepad and that Excel refuses by name: a usage error naming the file to
    type instead (quoted when it holds a space), nothing written."""
    out = tmp_path / "out"
    out.mkdir()
    result = run_cli(*args[:-1], str(out / args[-1]), "--lang", lang, store=store_path)
    assert result.returncode == 2, result.stderr
    line = _one_line(result.stderr)
    said = "ends in .xlsx; use -o " if lang == "en" else "berakhiran .xlsx; pakai -o "
    if args[-1].lower().endswith(".xlsm"):
        said = "holds macros, and this" if lang == "en" else "berisi makro, dan buku"
    want = str(out / fixed)
    assert said in line and line.rstrip().endswith(f'"{want}"' if " " in want else want), line
    assert os.listdir(out) == []


@pytest.mark.parametrize("name", ["templat.csv", "templat.JSON", "templat.md", "templat.xls"])
def test_the_template_is_never_written_under_another_formats_name(
    tmp_path: Path, name: str
) -> None:
    """``template -o templat.csv`` wrote a workbook into a .csv, which Excel opens as text."""
    result = run_cli("template", "-o", str(tmp_path / name))
    assert result.returncode == 2
    line = _one_line(result.stderr)
    assert "(Excel); pakai nama berkas berakhiran .xlsx" in line
    assert os.listdir(tmp_path) == []
    written = run_cli("template", "-o", str(tmp_path / "Templat LKj.XLSX"))
    assert written.returncode == 0, written.stderr


def test_a_save_over_a_report_on_a_python_without_fchmod(tmp_path: Path) -> None:
    """Windows before Python 3.13 has no ``os.fchmod``: saving over an existing report (every edit)
    raised AttributeError with a traceback; the save now keeps the report's own permissions."""
    root = tmp_path / "store"
    Store(root, seed=load_bundled_report)
    hook = tmp_path / "nofchmod"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text("import os\ndel os.fchmod\n")
    first = run_cli("set", "IKU 1", "realisasi", "2,90", store=root, env={"PYTHONPATH": str(hook)})
    assert first.returncode == 0, first.stderr
    again = run_cli("set", "IKU 1", "realisasi", "2,95", store=root, env={"PYTHONPATH": str(hook)})
    assert again.returncode == 0, again.stderr
    assert "Traceback" not in first.stderr + again.stderr
    shown = run_cli("status", "--json", store=root)
    assert shown.returncode == 0, shown.stderr
    assert "2,95" in shown.stdout or "2.95" in shown.stdout


def test_a_replace_refused_for_a_moment_is_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows an antivirus, the indexer or OneDrive holds a file for a moment and
    ``os.replace`` is refused (PermissionError): the save tries again before giving up, and gives
    up with the old file intact when the holder does not let go."""
    from lkj_tui.storage import atomic

    real = os.replace
    refusals = {"left": 2}

    def held(src: object, dst: object) -> None:
        if refusals["left"]:
            refusals["left"] -= 1
            raise PermissionError(errno.EACCES, _SHARING, str(dst))
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic, "REPLACE_RETRIES", (0.0, 0.0, 0.0))
    monkeypatch.setattr(atomic.os, "replace", held)
    target = tmp_path / "laporan.json"
    target.write_bytes(b"old")
    atomic.atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and refusals["left"] == 0

    refusals["left"] = 10  # held for longer than the retries wait
    with pytest.raises(atomic.StoreError):
        atomic.atomic_write_bytes(target, b"newer")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.json"]  # no temp file left


@given(st.from_regex(r"[a-z0-9][a-z0-9._-]{0,80}", fullmatch=True))
def test_windows_holds_refuses_the_ids_it_refused(report_id: str) -> None:
    """``check_new_report_id`` now asks ``paths.windows_holds`` (which ``sync`` asks too): it
    refuses exactly the ids it refused (a device's name first, or a dot at the end)."""
    old = report_id.partition(".")[0] in paths._DEVICES or report_id.endswith(".")
    assert paths.windows_holds(report_id) is not old
    assert paths.windows_refuses([f"{report_id}.json"]) == ([f"{report_id}.json"] if old else [])
