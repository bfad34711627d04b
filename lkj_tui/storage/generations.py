"""The last good versions of each report, kept in ``<root>/.generations/<report_id>/``.

Before a report file is replaced, the current good file is hard-linked (copied where links fail) to
``<revision>.json``; the newest :data:`GENERATIONS_KEPT` are kept. A hard link costs no copy: every
write gives the report a new inode, so a kept version is never modified. An unreadable file is set
aside as ``refused-<time>-<rand>.json`` instead, so a restore destroys nothing.
"""

from __future__ import annotations

import os
import re
import stat
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import NamedTuple

from lkj_tui.storage import atomic
from lkj_tui.storage.errors import END, REFUSALS, StoreError, from_os_error, plain
from lkj_tui.storage.jsonfile import file_kind, read_file, symlink_error
from lkj_tui.storage.locks import remove_temps
from lkj_tui.storage.paths import (
    GENERATIONS_DIR,
    generations_folder,
    report_path,
    temp_path,
    temp_target,
)

GENERATIONS_KEPT = 5
_GEN_RE = r"([0-9]{1,18})\.json"  # (compiled on first use)


class Generation(NamedTuple):
    revision: int
    path: Path
    mtime: float


def checked_folder(root: Path, report_id: str, *, create: bool) -> Path | None:
    """The generations folder of a report, checked: neither ``.generations`` nor its ``<id>``
    folder may be a symbolic link (it would send saves, restores and pruning outside the store) or
    anything but a folder. Missing: created (mode 0700) with ``create``, else None."""
    folder = generations_folder(root, report_id)
    for path in (root / GENERATIONS_DIR, folder):
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            if not create:
                return None
            try:
                os.mkdir(path, 0o700)
                continue
            except FileExistsError:  # another process made it just now: check what it is
                st = os.lstat(path)
        except OSError as exc:
            raise from_os_error(path, exc, "membaca", "reading", writing=False) from exc
        if stat.S_ISLNK(st.st_mode):
            raise symlink_error(path)
        if not stat.S_ISDIR(st.st_mode):
            kind, kind_en = file_kind(st)
            raise StoreError(
                path,
                "not-a-folder",
                f"harus folder versi tersimpan, bukan {kind}; pindahkan atau hapus",
                f"must be the folder of kept versions, not {kind_en}; move or remove it",
            )
    return folder


def list_generations(root: Path, report_id: str, *, locked: bool = False) -> list[Generation]:
    """The kept good versions of a report, newest first (regular files only: a link or a FIFO
    named like a version is not one). A temp file an older lkj-tui left in the folder (it made a
    kept version's temp there; a save now makes it in the store folder, which opening the store
    cleans) is removed as the folder is listed: while the report's lock is free, or at once by a
    caller that holds it (``locked``: a save; ``locks.remove_temps``)."""
    out: list[Generation] = []
    try:
        folder = checked_folder(root, report_id, create=False)
        if folder is None:
            return []
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise from_os_error(root, exc, "membaca", "reading", writing=False) from exc
    temps: list[Path] = []
    for entry in entries:
        if match := re.fullmatch(_GEN_RE, entry.name):
            with suppress(FileNotFoundError):
                st = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(st.st_mode):
                    out.append(Generation(int(match[1]), Path(entry.path), st.st_mtime))
        elif temp_target(entry.name) is not None:
            temps.append(Path(entry.path))
    remove_temps(root, report_id, temps, locked=locked)
    return sorted(out, reverse=True)


def keep_generation(root: Path, report_id: str, path: Path, revision: int) -> None:
    """Keep the current good file as generation ``revision`` and prune to the newest few (under the
    report's lock, as every writer of the folder). A failure here does not stop the save (the save
    itself reports a full disk or a read-only folder) — but a generations folder that is a link or
    not a folder does: nothing is written through it."""
    checked_folder(root, report_id, create=True)
    with suppress(StoreError):
        _keep(root, report_id, path, f"{revision}.json")
        _prune(root, report_id)


def keep_committed(root: Path, report_id: str, data: bytes, revision: int, at: float) -> None:
    """Keep a version a shared store's history holds (``data``, read and good) as generation
    ``revision``, dated ``at`` (its commit's time: ``restore --list`` says when it was saved),
    under the report's lock: the last save, which no generation holds (share50)."""
    folder = checked_folder(root, report_id, create=True)
    assert folder is not None
    target = folder / f"{revision}.json"
    atomic.atomic_write_bytes(target, data, temp=temp_path(report_path(root, report_id)))
    with suppress(OSError):
        os.utime(target, (at, at))
    _prune(root, report_id)


def _prune(root: Path, report_id: str) -> None:
    """Remove all but the newest :data:`GENERATIONS_KEPT` kept versions (under the lock)."""
    for old in list_generations(root, report_id, locked=True)[GENERATIONS_KEPT:]:
        with suppress(OSError):
            old.path.unlink()


def set_aside(root: Path, report_id: str, path: Path) -> None:
    """Keep an unreadable report file as ``refused-<time>-<rand>.json`` before it is replaced."""
    stamp = f"{time.strftime('%Y%m%dT%H%M%S')}-{os.urandom(3).hex()}"
    _keep(root, report_id, path, f"refused-{stamp}.json")


def _keep(root: Path, report_id: str, path: Path, name: str) -> None:
    """Hard-link (or, where links fail, copy) ``path`` to ``.generations/<id>/<name>``."""
    folder = checked_folder(root, report_id, create=True)
    assert folder is not None
    target = folder / name
    # The temp is made in the store folder and named as the report's own temps (then renamed into
    # the generations folder): a crashed save leaves every temp file there, the one folder opening
    # the store lists (locks.remove_stale_temps).
    tmp = temp_path(report_path(root, report_id))
    try:
        try:
            os.link(path, tmp)  # the old inode lives on; os.replace gives the report a new one
        except OSError:
            if (raw := read_file(path)) is not None:
                atomic.atomic_write_bytes(target, raw[0], temp=tmp)
            return
        mode = stat.S_IMODE(os.lstat(tmp).st_mode)
        if mode & 0o077:  # a version an older lkj-tui wrote 0644: kept private, as the report
            os.chmod(tmp, mode & ~0o077)
        try:
            os.replace(tmp, target)
        finally:  # rename() does nothing when both names already link the same file
            tmp.unlink(missing_ok=True)
    except OSError as exc:
        raise from_os_error(target, exc, "menyimpan cadangan", "keeping a backup") from exc


def with_restore_hint(
    err: StoreError,
    root: Path,
    report_id: str,
    has_seed: Callable[[], bool],
    committed: Callable[[], tuple[int, float] | None] = lambda: None,
) -> StoreError:
    """``err`` with the way out when the file's content is refused: restore the last save, from
    a shared store's history (``committed``: its revision and time) when it is newer than every
    kept version or none is kept (a fresh clone: the bundled report would replace the shared
    content, share55), else the newest kept version, named with its time and that the save
    after it is not kept (a version is kept when lkj-tui replaces it; the last save, which a
    hand edit replaced, is not: share50), else the bundled seed (``has_seed`` is asked only
    then), else repair or import again."""
    if err.code not in REFUSALS:
        return err
    with suppress(StoreError):
        gens = list_generations(root, report_id)
        last = committed()  # (none kept: a fresh clone's; not the bundled report: share55)
        if last is not None and (not gens or last[0] > gens[0].revision):
            way, way_en = restore_committed(report_id, *last)
            return err.with_hint(
                f"Berkas tidak diubah. {way}", f"The file was not changed. {way_en}"
            )
        if gens:
            from lkj_tui.storage.journal import last_restore

            when = _when(gens[0].mtime)
            again = last_restore(root, report_id)
            if again is not None and again[1] == gens[0].revision:  # (nothing after it lost)
                return err.with_hint(
                    "Berkas tidak diubah. Pulihkan versi baik terakhir yang tersimpan (revisi "
                    f"{gens[0].revision}, {when}; simpanan terakhirnya, revisi {again[0]}, "
                    f"memulihkan versi yang sama): lkj-tui restore {report_id}{END}",
                    "The file was not changed. Restore the last good version kept (revision "
                    f"{gens[0].revision}, {when}; its last save, revision {again[0]}, restored "
                    f"the same version): lkj-tui restore {report_id}{END}",
                )
            return err.with_hint(
                "Berkas tidak diubah. Pulihkan versi baik terakhir yang tersimpan (revisi "
                f"{gens[0].revision}, {when}; simpanan sesudahnya tidak tersimpan): "
                f"lkj-tui restore {report_id}{END}",
                "The file was not changed. Restore the last good version kept (revision "
                f"{gens[0].revision}, {when}; the save after it is not kept): "
                f"lkj-tui restore {report_id}{END}",
            )
    if has_seed():
        return err.with_hint(
            f"Berkas tidak diubah. Pulihkan dari laporan bawaan: lkj-tui restore {report_id}{END}",
            "The file was not changed. Restore it from the bundled report: "
            f"lkj-tui restore {report_id}{END}",
        )
    if err.path is not None and _is_document(err.path):
        name = plain(err.path.name)
        return err.retold(  # (what it is first: the reader's "tabel 'schema' harus objek …"
            "dokumen laporan (docs/report-format.md), bukan berkas penyimpanan",  # says nothing)
            "a report document (docs/report-format.md), not a store file",
            "Berkas tidak diubah. Pindahkan keluar dari folder penyimpanan, lalu impor: "
            f"lkj-tui import {name}{END}",
            "The file was not changed. Move it out of the store folder, then import it: "
            f"lkj-tui import {name}{END}",
        )
    if err.path is not None and _is_foreign(err.path):  # (a user's own .json in the folder:
        return err.retold(  # "import … --overwrite" would write over it; the reader's
            "bukan laporan lkj-tui (tanpa tabel meta dan nodes)",  # "tabel 'nama' harus
            "not an lkj-tui report (no meta and nodes tables)",  # objek …" says nothing of it)
            "Berkas tidak diubah. Pindahkan keluar dari folder penyimpanan, atau sebutkan folder "
            "penyimpanan yang lain dengan --store.",
            "The file was not changed. Move it out of the store folder, or name another store "
            "folder with --store.",
        )
    return err.with_hint(
        # (restore named as a word, without an id to run it with: the command to run is last)
        "Berkas tidak diubah. Belum ada versi cadangan (lkj-tui restore tidak dapat membantu); "
        "perbaiki berkas ini atau impor ulang laporannya: "
        f"lkj-tui import BERKAS --report {report_id} --overwrite{END}",
        "The file was not changed. No earlier version is kept (lkj-tui restore cannot help); "
        "repair this file or import the report again: "
        f"lkj-tui import FILE --report {report_id} --overwrite{END}",
    )


def restore_committed(report_id: str, revision: int, at: float) -> tuple[str, str]:
    """The way out of a report file that does not read in a shared store whose history holds a
    good version (``revision``, committed ``at``), in Indonesian and English."""
    when = _when(at)
    return (
        "Pulihkan simpanan terakhir yang baik dari riwayat penyimpanan bersama (revisi "
        f"{revision}, {when}): lkj-tui restore {report_id}{END}",
        f"Restore the last good save from the shared store's history (revision {revision}, "
        f"{when}): lkj-tui restore {report_id}{END}",
    )


def _when(at: float) -> str:
    """A save's time as the messages name it (local time, to the minute)."""
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(at))


def _is_document(path: Path) -> bool:
    """Whether a refused file is the nested document form (what ``lkj-tui import`` reads)."""
    doc = _json_of(path)
    return isinstance(doc, dict) and {"schema", "report", "nodes"} <= doc.keys()


def _is_foreign(path: Path) -> bool:
    """Whether a refused file is JSON that is no report at all (a user's ``settings.json`` in a
    folder named as the store): neither of a report file's tables, ``meta`` and ``nodes``. A
    report file cut short or broken is no JSON, or an empty ``{}``/``[]``: not foreign, its way
    out is to repair or import it."""
    doc = _json_of(path)
    return bool(doc) and not (isinstance(doc, dict) and {"meta", "nodes"} & doc.keys())


def _json_of(path: Path) -> object:
    """The JSON in the file ``path`` (at most 64 MiB), or None when it holds none."""
    import json

    try:
        if path.stat().st_size > 64 * 1024 * 1024:
            return None
        return json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return None


def no_generation(path: Path, gens: list[Generation], revision: int | None) -> StoreError:
    """The error of a restore that has nothing to restore, with its next step: the versions
    kept, to choose from (``--revision N`` not kept), else the report's history of changes (no
    version kept on this computer: "tidak ada versi yang baik laporan X yang tersimpan …
    (revisi tersimpan: tidak ada)" read oddly and said nothing to do, share31)."""
    rid = path.stem
    kept = ", ".join(str(g.revision) for g in gens)
    if gens and revision is not None:
        return StoreError(
            path,
            "no-generation",
            f"revisi {revision} laporan {rid} tidak tersimpan di komputer ini (yang tersimpan: "
            f"revisi {kept}); pilih dari daftarnya: lkj-tui restore --list {rid}{END}",
            f"revision {revision} of the report {rid} is not kept on this computer (kept: "
            f"revision{'s' if len(gens) > 1 else ''} {kept}); choose from the list: lkj-tui restore --list {rid}{END}",
            said=True,
        )
    if gens:  # (every kept version unreadable)
        return StoreError(
            path,
            "no-generation",
            f"tidak ada versi laporan {rid} yang terbaca untuk dipulihkan (revisi tersimpan "
            f"{kept} tidak terbaca); impor ulang laporannya: "
            f"lkj-tui import BERKAS --report {rid} --overwrite{END}",
            f"no kept version of the report {rid} can be read to restore (kept revision"
            f"{'s' if len(gens) > 1 else ''} {kept} cannot be read); import the report again: "
            f"lkj-tui import FILE --report {rid} --overwrite{END}",
            said=True,
        )
    wanted = f"revisi {revision} tidak tersimpan: " if revision is not None else ""
    wanted_en = f"revision {revision} is not kept: " if revision is not None else ""
    return StoreError(
        path,
        "no-generation",
        f"{wanted}belum ada versi laporan {rid} yang tersimpan di komputer ini (versi disimpan "
        f"setiap kali laporan diubah di sini); riwayat perubahannya: lkj-tui log -r {rid}{END}",
        f"{wanted_en}no version of the report {rid} is kept on this computer yet (a version is "
        f"kept each time the report is changed here); its history of changes: "
        f"lkj-tui log -r {rid}{END}",
        said=True,
    )
