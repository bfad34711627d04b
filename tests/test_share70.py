"""Sharing, forty-first pass of issue 17 (share70): what two offices meet when they share a
store, through the installed command (two clones of a bare repository in a temp folder)."""

from __future__ import annotations

import json
import shutil

import pytest

from tests import test_sync
from tests.test_sync import lkj, start

offices = test_sync.offices
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def two_realisasi(offices) -> None:  # type: ignore[no-untyped-def]
    """Two offices set IKU 1's realisasi to 3,00 ("pusat") and 2,90 ("opd"), and its satuan
    each its own; both sync: "opd" records the two conflicts."""
    start(offices, "pusat", "opd")
    for office, realisasi, satuan in (("pusat", "3,00", "nilai"), ("opd", "2,90", "indeks")):
        done = lkj(offices, office, "set", "IKU 1", "realisasi", realisasi)
        assert done.returncode == 0, done.stderr
        assert lkj(offices, office, "set", "IKU 1", "satuan", satuan).returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert lkj(offices, "opd", "sync").returncode == 0


@needs_git
@pytest.mark.parametrize(
    ("lang", "keep", "take"),
    [
        ("id", "pertahankan: 2,90 → 90,06 % Tinggi ▼ — opd", "3,00 → 93,17 % Sangat Tinggi ▼"),
        ("en", "keep: 2,90 → 90,06 % High ▼ — opd", "3,00 → 93,17 % Very high ▼ — pusat"),
    ],
)
def test_resolve_lists_the_capaian_each_value_gives(offices, lang, keep, take) -> None:
    """`resolve` listed "pertahankan: 2,90" and "ambil nilai yang lain: 3,00" where the TUI's K
    says the capaian each gives (tui69): the meeting chose on the command line without the
    figure it reads. Each value says it, its rating and ▼; the satuan, which changes no
    capaian, says none."""
    two_realisasi(offices)
    out = lkj(offices, "opd", "resolve", "--lang", lang)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert any(keep in line for line in lines), out.stdout
    assert any(take in line for line in lines), out.stdout
    units = lines[lines.index(next(x for x in lines if "IKU 1 · Sat" in x or "· Unit" in x)) :]
    assert "%" not in units[1] and "%" not in units[2], out.stdout


@needs_git
@pytest.mark.parametrize(("lang", "label"), [("id", "Sangat Tinggi"), ("en", "Very high")])
def test_resolve_json_gives_the_capaian_of_each_value(offices, lang: str, label: str) -> None:
    """`resolve --json`: each conflict with the capaian of each value as `status --json` says
    one (its figure, the rating as stored, its label in the language asked, under target)."""
    two_realisasi(offices)
    out = lkj(offices, "opd", "resolve", "--json", "--lang", lang)
    assert out.returncode == 0, out.stderr
    rows = {tuple(c["field"]): c for c in json.loads(out.stdout)["conflicts"]}
    real = rows["measure", "realisasi"]
    assert real["kept_capaian"] == {
        "achievement": 90.06,
        "rating": "Tinggi",
        "rating_label": "High" if lang == "en" else "Tinggi",
        "under_target": True,
    }, real
    other = real["other_capaian"]
    assert other["achievement"] == 93.17 and other["rating"] == "Sangat Tinggi", other
    assert other["rating_label"] == label, other
    unit = rows["measure", "satuan"]
    assert unit["kept_capaian"] == unit["other_capaian"], unit


@needs_git
@pytest.mark.parametrize(
    ("lang", "shared", "made"),
    [("id", "Laporan: dibagikan (rev. 3)", "dibuat"), ("en", "Report: shared (rev. 3)", "made")],
)
def test_the_first_commits_line_says_the_report_was_shared(offices, lang, shared, made) -> None:
    """The store's first commit (`sync --init`) read "Laporan: dibuat (rev. 3)" of a report
    saved three times before: what its user did then was share it. A report made after the
    sharing is still "dibuat"; the office that clones reads the same line."""
    assert lkj(offices, "pusat", "init").returncode == 0
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "2,95").returncode == 0
    assert lkj(offices, "pusat", "set", "IKU 2", "target", "90").returncode == 0
    assert lkj(offices, "pusat", "sync", "--init", str(offices["remote"])).returncode == 0
    new = lkj(
        offices, "pusat", "new", "-r", "baru-2024", "--instansi", "Dinas X", "--tahun", "2024"
    )
    assert new.returncode == 0, new.stderr
    out = lkj(offices, "pusat", "log", "--lang", lang)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    first = [x for x in lines if "(rev. 3)" in x]
    assert len(first) == 1 and shared in first[0] and "pusat" in first[0], lines
    later = [x for x in lines if "baru-2024" in x]
    assert later and f": {made} (rev. 1)" in later[0], lines
    assert lkj(offices, "opd", "sync", "--clone", str(offices["remote"])).returncode == 0
    cloned = lkj(offices, "opd", "log", "--lang", lang)
    assert any(shared in x for x in cloned.stdout.splitlines()), cloned.stdout


@needs_git
@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "; dipindah: S1 ke bawah IKU 3 oleh pusat, S2 ke bawah IKU 1 di sini"),
        ("en", "; moved: S1 under IKU 3 by pusat, S2 under IKU 1 here"),
    ],
)
def test_a_cycle_refused_names_the_office_that_made_the_other_move(offices, lang, said) -> None:
    """share69's refusal said "S1 ke bawah IKU 3 oleh kantor lain": with several offices
    sending between two syncs (here pusat, then inspektorat last), it could not say which one
    moved S1. The move is named by the author of the commit that made it."""
    test_sync.cycle_by_hand(offices, "inspektorat")
    assert lkj(offices, "inspektorat", "sync").returncode == 0  # (inspektorat sends last)
    assert lkj(offices, "inspektorat", "set", "IKU 2", "target", "90").returncode == 0
    assert lkj(offices, "inspektorat", "sync").returncode == 0
    out = lkj(offices, "opd", "sync", "--lang", lang)
    text = " ".join(out.stderr.split())
    assert out.returncode == 1, text
    assert "S1 → IKU 3 → S2 → IKU 1 → S1" + said in text, text
    assert "inspektorat" not in text, text  # (the last to send moved nothing)


def test_a_move_whose_author_git_cannot_tell_is_the_other_offices(monkeypatch) -> None:
    """The driver run without the sync's commit to read (by hand, or a history it cannot read)
    still names the move, as "the other office"."""
    from lkj_tui.sync.driver import THEIRS_ENV, moves

    monkeypatch.delenv(THEIRS_ENV, raising=False)

    def tables(**parents: str | None) -> dict:
        codes = {"a": "S1", "b": "S2", "c": "IKU 1", "d": "IKU 3"}
        nodes = {
            str(i): {"id": k, "code": codes[k], "parent": p}
            for i, (k, p) in enumerate(parents.items())
        }
        return {"nodes": nodes}

    base = tables(a=None, b=None, c="a", d="b")
    ours = tables(a=None, b="c", c="a", d="b")
    theirs = tables(a="d", b=None, c="a", d="b")
    merged = tables(a="d", b="c", c="a", d="b")
    said = moves(base, ours, theirs, merged, "x.json")
    assert said[1] == "; dipindah: S1 ke bawah IKU 3 oleh kantor lain, S2 ke bawah IKU 1 di sini"
    assert said[0] == "; moved: S1 under IKU 3 by the other office, S2 under IKU 1 here"
