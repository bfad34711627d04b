"""Values as users type and read them (vals61): a number typed with a dot read one way only
("2.93") is said as read, no doubt, as the TUI's dialog says it; a doubt about the pair quotes the
value as typed ("> 2.6"), not as stored ("> 2,6")."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import run_cli

READ = {
    "id": "Titik pada '2.93' dibaca sebagai tanda desimal (2,93)",
    "en": "The dot in '2.93' was read as a decimal point (2,93)",
}
DOUBT = {"id": "Perhatikan:", "en": "Check:"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_dot_read_one_way_is_said_as_read_not_doubted(store_path: Path, lang: str) -> None:
    """`set "IKU 1" realisasi 2.93`: the TUI saves it at the first Enter, the reading said under
    the capaian; `set` printed "Perhatikan: titik pada '2.93' …" and --json listed it among the
    doubts a script checks. The reading is a line of its own, and --json's `read`."""
    done = run_cli("--lang", lang, "set", "IKU 1", "realisasi", "2.93", store=store_path)
    assert done.returncode == 0, done.stderr
    assert READ[lang] in done.stdout.splitlines(), done.stdout
    assert DOUBT[lang] not in done.stdout, done.stdout
    again = run_cli("--lang", lang, "set", "IKU 1", "realisasi", "2.94", "--json", store=store_path)
    said = json.loads(again.stdout)
    assert said["doubts"] == [], said
    assert said["read"] == [READ[lang].replace("2.93", "2.94").replace("2,93", "2,94").lower()]
    assert said["after"] == "2,94"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_ambiguous_dot_is_still_a_doubt(store_path: Path, lang: str) -> None:
    """An ambiguous "3.226" (thousands, or a decimal point?) is kept as typed and said as a doubt,
    as the TUI asks a second Enter for it."""
    done = run_cli("--lang", lang, "set", "IKU 1", "realisasi", "3.226", "--json", store=store_path)
    said = json.loads(done.stdout)
    assert said["read"] == [] and any("3.226" in d for d in said["doubts"]), said


@pytest.mark.parametrize(
    ("lang", "field", "typed", "quoted"),
    [
        ("id", "target", "> 2.6", "sekitar 11 kali target > 2.6"),
        ("en", "target", "2.7", "about 11 times target 2.7"),
        ("id", "realisasi", "33.5", "Realisasi 33.5 sekitar 10 kali target 3,22"),
    ],
)
def test_a_doubt_of_the_pair_quotes_the_value_as_typed(
    store_path: Path, lang: str, field: str, typed: str, quoted: str
) -> None:
    """IKU 1 with realisasi 29,5 (target 3,22): `set … target "> 2.6"` printed "Realisasi 29,5
    sekitar 11 kali target > 2,6", a value the user never typed. It quotes "> 2.6", as the
    refusal does (vals59); the value stored is "> 2,6" all the same."""
    if field == "target":
        assert run_cli("set", "IKU 1", "realisasi", "29,5", store=store_path).returncode == 0
    done = run_cli("--lang", lang, "set", "IKU 1", field, typed, "--json", store=store_path)
    said = json.loads(done.stdout)
    assert any(quoted in d for d in said["doubts"]), said["doubts"]
    assert said["after"] == typed.replace(".", ",")
    shown = run_cli(
        "--lang", lang, "set", "IKU 1", field, typed.replace(".", ","), store=store_path
    )
    assert "→" not in shown.stdout  # (the same value: nothing written again)


def _items_edited(store_path: Path, tmp_path: Path) -> Path:
    """The bundled report exported, then two permasalahan items added to IKU 1 and a solusi of
    19 characters to IKU 2 (its line at 40 columns ends where "→ —" would start the next)."""
    out = tmp_path / "lkj.xlsx"
    assert run_cli("export", "-f", "xlsx", "-o", str(out), store=store_path).returncode == 0
    for args in (
        ("IKU 1", "permasalahan+", "Data terlambat\nSDM kurang"),
        ("IKU 2", "solusi+", "Rapat rutin bulanan"),
    ):
        assert run_cli("set", *args, store=store_path).returncode == 0
    return out


@pytest.mark.parametrize(
    ("lang", "head", "items"),
    [
        (
            "id",
            "Yang akan ditimpa (3 nilai), tersimpan → berkas:",
            [
                "IKU 1 · Permasalahan 2: Data terlambat → —",
                "IKU 1 · Permasalahan 3: SDM kurang → —",
            ],
        ),
        (
            "en",
            "Would replace (3 values), stored → file:",
            ["IKU 1 · Problem 2: Data terlambat → —", "IKU 1 · Problem 3: SDM kurang → —"],
        ),
    ],
)
def test_an_overwrite_counts_and_lists_each_item_it_drops(
    store_path: Path, tmp_path: Path, lang: str, head: str, items: list[str]
) -> None:
    """Two permasalahan added in one `set` and one solusi, then `import --overwrite` of the
    file exported before: "Yang ditimpa (2)" (the list counted once) over "IKU 1 ·
    Permasalahan: Data terlambat · SDM kurang → —". Each item is a value of its own, by its
    number as `log` names it, and the count says what it counts; `restore` lists them alike."""
    from tests.conftest import ONE_LINE

    xlsx = _items_edited(store_path, tmp_path)
    args = ("import", str(xlsx), "--overwrite", "--lang", lang)
    dry = run_cli(*args, "--dry-run", store=store_path, env=ONE_LINE)
    lines = [line.strip() for line in dry.stdout.splitlines()]
    at = lines.index(head)
    assert lines[at + 1 : at + 3] == items, dry.stdout
    assert lines[at + 3].startswith(("IKU 2 · Solusi 3: ", "IKU 2 · Solution 3: ")), dry.stdout
    done = run_cli(*args, store=store_path, env=ONE_LINE)
    assert done.returncode == 0, done.stderr
    back = run_cli(
        "restore",
        "bengkulu-selatan-setda-2023",
        "--revision",
        "3",  # (the version the import kept: its edits)
        "--lang",
        lang,
        store=store_path,
        env=ONE_LINE,
    )
    said = [line.strip() for line in back.stdout.splitlines()]
    assert ("Yang berubah (3):" if lang == "id" else "What changed (3):") in said, back.stdout
    assert [x.replace(" → —", "") for x in items] == [
        x.replace("— → ", "") for x in said if "· Permasalahan" in x or "· Problem" in x
    ], back.stdout


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_overwrites_list_at_40_columns_keeps_the_arrow_with_its_values(
    store_path: Path, tmp_path: Path, lang: str
) -> None:
    """At 40 columns "IKU 2 · Solusi 3: Rapat rutin bulanan" filled a line and "→ —" stood
    alone under it, read as a value of its own. The arrow stays with the value before it."""
    from tests.test_cli41 import _pty_lines

    xlsx = _items_edited(store_path, tmp_path)
    args = ["import", str(xlsx), "--overwrite", "--dry-run", "--store", str(store_path)]
    lines = _pty_lines([*args, "--lang", lang], 40, 0)
    shown = "\n".join(lines)
    start = next(n for n, line in enumerate(lines) if "ditimpa" in line or "replace (" in line)
    end = next(n for n in range(start + 1, len(lines)) if not lines[n].startswith("  "))
    block = lines[start:end]
    assert all(not line.strip().startswith(("→", "·")) for line in block), shown
    assert any(line.strip().endswith("bulanan → —") for line in block), shown
    assert all(len(line) <= 40 for line in block), shown


def _with_periode(tmp_path: Path, periode: str) -> Path:
    """A workbook of one tujuan, its sasaran and an IKU, its Laporan sheet's periode as given."""
    from tests.test_import import HEAD, _workbook

    rows = [HEAD, ["Tujuan", "T1", None, "Tujuan"], ["Sasaran", "S1", "T1", "Sasaran"]]
    rows.append(["IKU", "IKU 1", "S1", "Indeks", "Nilai", "3", "2"])
    path = _workbook(tmp_path / "lkj.xlsx", rows)
    import openpyxl

    book = openpyxl.load_workbook(path)
    book["Laporan"]["B4"] = periode
    book.save(path)
    return path


@pytest.mark.parametrize(
    "periode",
    ["2021–2026", "2021 — 2026", "2021−2026", "2021‑2026", "2021 S.D. 2026", "2021 to 2026"],
)
def test_a_periode_reads_with_any_dash_or_word(tmp_path: Path, periode: str) -> None:
    """The Laporan sheet's periode took "-", "–", "—" and "s.d." and refused a minus sign, a
    non-breaking hyphen (both what a word processor may put between two years), "S.D." and
    "to"; the TUI's `E` took "-" and "–" only. One reading, the same in both."""
    store = tmp_path / "s"
    done = run_cli("import", str(_with_periode(tmp_path, periode)), store=store)
    assert done.returncode == 0, done.stderr
    shown = run_cli("export", "-f", "json", store=store)
    assert json.loads(shown.stdout)["report"]["periode"] == [2021, 2026]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "periode: tulis tahun awal dan akhirnya, mis. 2021-2026"),
        ("en", "periode: write its first and last year, e.g. 2021-2026"),
    ],
)
def test_a_periode_backwards_is_refused_as_the_tui_refuses_it(
    tmp_path: Path, lang: str, said: str
) -> None:
    """ "2026-2021" was imported as it is (a period that ends before it starts: `new --from`'s
    years outside it, the reviu's end of Renstra), where the TUI refuses it. Refused, nothing
    written, with the forms that read."""
    store = tmp_path / "s"
    path = _with_periode(tmp_path, "2026-2021")
    done = run_cli("import", str(path), "--lang", lang, store=store)
    assert done.returncode != 0
    err = " ".join(done.stderr.split())
    assert "2026-2021" in err and said in err, err
    assert not store.exists() or not list(store.glob("*.json"))


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_calcs_missing_realisasi_at_60_columns_fills_its_first_line(
    tmp_path: Path, lang: str
) -> None:
    """`calc 3 --store X --lang en` at 60 columns: "calc needs two values, the" (35 cells) /
    "target then the realisasi;" over "realisasi not given (it goes after the target “3”):",
    the sentence broken short to fill the line over the clause. Its parenthesis alone is held
    over the command now, the words before it fill their lines."""
    from tests.test_cli41 import _pty_lines

    args = ["calc", "3", "--store", str(tmp_path / "x"), *(["--lang", "en"] * (lang == "en"))]
    lines = _pty_lines(args, 60, 2)
    at = next(n for n, line in enumerate(lines) if line.strip().startswith("lkj-tui calc 3"))
    shown = "\n".join(lines)
    assert len(lines[0]) >= 50, shown
    assert lines[at - 1].strip() in (
        "(it goes after the target “3”):",
        "(ditulis sesudah target “3”):",
    )
    assert all(len(line.split()) >= 2 for line in lines[:at]), shown
