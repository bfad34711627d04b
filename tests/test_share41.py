"""Sharing, twenty-seventh pass of issue 17 (share41): a new store's ``sync --init`` shares no
example, says what it did, and ``restore --list`` names a sync that only cleared a conflict."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests import test_sync
from tests.test_sync import RID, lkj

offices = test_sync.offices

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _shared_files(remote: Path) -> list[str]:
    """The files of the shared repository's branch."""
    listed = subprocess.run(
        ["git", "-C", str(remote), "ls-tree", "--name-only", "main"],
        capture_output=True,
        text=True,
        check=True,
    )
    return listed.stdout.split()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_init_of_a_new_store_shares_no_example_and_says_so(offices, lang: str) -> None:
    """`sync --init REMOTE` on a store not made yet seeded it with the bundled report (Setda
    Bengkulu Selatan) and sent it: every colleague's clone held it. The new store is shared
    empty, as `import` and `new` leave the example out; it said "Sudah sinkron" though it sent
    the store's sharing files: it says the store is shared, with no report yet, and how the
    reports go out."""
    tmp, remote = Path(str(offices["tmp"])), Path(str(offices["remote"]))
    done = lkj(offices, "pusat", "sync", "--init", str(remote), "--lang", lang)
    assert done.returncode == 0, done.stderr
    assert not list((tmp / "pusat").glob("*.json")), list((tmp / "pusat").iterdir())
    assert _shared_files(remote) == [".gitattributes", ".gitignore"]
    said = " ".join(done.stdout.split())
    expected = {
        "id": f"Penyimpanan {tmp / 'pusat'} dibagikan ke {remote}, belum berisi laporan; impor "
        f"laporan Anda, lalu kirim dengan: lkj-tui sync --store {tmp / 'pusat'}",
        "en": f"The store {tmp / 'pusat'} is shared with {remote}, with no report yet; import "
        f"your reports, then send them with: lkj-tui sync --store {tmp / 'pusat'} --lang en",
    }[lang]
    assert said == expected, done.stdout
    assert "Sudah sinkron" not in said and "Already in sync" not in said
    cloned = lkj(offices, "opd", "sync", "--clone", str(remote))
    assert cloned.returncode == 0, cloned.stderr
    assert not list((tmp / "opd").glob("*.json"))  # (no colleague finds the example)
    # the reports imported afterwards go out, and the same init again is in sync
    assert lkj(offices, "pusat", "init").returncode == 0  # (the example, asked for)
    sent = lkj(offices, "pusat", "sync", "--init", str(remote), "--lang", lang)
    assert sent.stdout.startswith(("Dikirim 1 simpanan", "Sent 1 save")), sent.stdout
    again = lkj(offices, "pusat", "sync", "--init", str(remote), "--lang", lang)
    assert again.stdout.startswith(("Sudah sinkron", "Already in sync")), again.stdout


def test_init_of_a_store_with_the_users_report_shares_only_it(offices, tmp_path: Path) -> None:
    """A new store made by `import` holds the user's report alone; `sync --init` shares it
    alone (no example beside it)."""
    document = tmp_path / "laporan.json"
    source = Path(test_sync.__file__).parent.parent / "store" / f"{RID}.json"
    data = json.loads(source.read_text("utf-8"))
    data["report"]["id"] = "kantor-2024"  # (the user's own report)
    document.write_text(json.dumps(data), "utf-8")
    made = lkj(offices, "pusat", "import", str(document), "--report", "kantor-2024")
    assert made.returncode == 0, made.stderr
    assert lkj(offices, "pusat", "sync", "--init", str(offices["remote"])).returncode == 0
    shared = _shared_files(Path(str(offices["remote"])))
    assert shared == [".gitattributes", ".gitignore", "kantor-2024.json"], shared


@pytest.mark.parametrize("lang", ["id", "en"])
def test_restore_list_names_the_conflict_another_laptop_chose(offices, lang: str) -> None:
    """Both laptops held IKU 2's conflict; "opd" chose, and "pusat"'s next sync only cleared it:
    `restore --list` said "sync (no field changed)". It names what the sync did: the conflict
    chosen on another laptop, by its place."""
    test_sync._conflict_in(offices)  # (opd holds the conflict)
    assert lkj(offices, "pusat", "sync").returncode == 0  # (pusat too)
    chose = lkj(offices, "opd", "resolve", "-r", RID, "1", "pertahankan")
    assert chose.returncode == 0, chose.stderr
    assert lkj(offices, "opd", "sync").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    listed = lkj(offices, "pusat", "restore", "--list", "--json", "--lang", lang)
    [report] = json.loads(listed.stdout)["reports"]
    said = {
        "id": "sinkronisasi, dari kantor lain: 1 konflik dipilih: IKU 2 · Realisasi",
        "en": "sync, from other offices: 1 conflict chosen: IKU 2 · Actual (Realisasi)",
    }[lang]
    assert report["current"]["change"] == said, report["current"]
    shown = lkj(offices, "pusat", "restore", "--list", "--lang", lang).stdout
    assert "no field changed" not in shown and "tanpa perubahan isian" not in shown, shown


def test_an_office_sharing_into_an_empty_shared_store_receives_nothing_said(offices) -> None:
    """Bappeda shared its new store empty; an office with its report gave `sync --init` the
    same address (not `--clone`): it said "Diterima 1 simpanan dari kantor lain; laporan
    diperbarui: —" of the empty store's sharing files. It says what it sent; Bappeda's next
    sync receives the office's report, named."""
    assert lkj(offices, "pusat", "sync", "--init", str(offices["remote"])).returncode == 0
    assert lkj(offices, "opd", "init").returncode == 0
    joined = lkj(offices, "opd", "sync", "--init", str(offices["remote"]))
    assert joined.returncode == 0, joined.stderr
    assert joined.stdout == f"Dikirim 1 simpanan ke {offices['remote']}.\n", joined.stdout
    came = lkj(offices, "pusat", "sync")
    said = f"Diterima 1 simpanan dari kantor lain; laporan diperbarui: {RID} (baru).\n"
    assert came.stdout == said, came.stdout
    assert lkj(offices, "pusat", "sync").stdout.startswith("Sudah sinkron"), came.stdout
