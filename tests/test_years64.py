"""years64: an indicator renamed in next year's report and matched by rollover's link (its kode
changed too, or its old name is another indicator's) was compared under its new name alone,
"(tautan)" beside it: a reviewer could not tell it had been renamed, nor from what. Its older
name is now said as a kode's is ("(2023: …)" beside the name, or "*" and a line under the
table), in ``compare``, ``compare --lang en`` and ``export --compare``; its figures are still
compared (the link says it is the one indicator ``new --from`` carried over)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_REPORT_ID, NEXT_YEAR_ID, next_year_store, run_cli

OLD = "Persentase Ketepatan Kebijakan Pembangunan"
NEW = "Indeks Kepuasan Perencanaan"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Setda 2023 and 2024 (``new --from``): IKU 4 renumbered IKU 14 and renamed, its
    realisasi set."""
    root = tmp_path_factory.mktemp("years64") / "s"
    return next_year_store(
        root,
        (("IKU 4", "code", "IKU 14"), ("IKU 14", "name", NEW), ("IKU 14", "realisasi", "99")),
    )


def _row(lines: list[str], start: str) -> tuple[str, str]:
    """The name cell and the change cell of the table's row that starts with ``start``, each
    on one line."""
    at = next(i for i, line in enumerate(lines) if line.startswith(start))
    end = next(i for i in range(at + 1, len(lines)) if not lines[i].startswith(" "))
    cells = [line.split("│") for line in lines[at:end]]
    name, change = (" ".join(" ".join(c[k].split()) for c in cells).strip() for k in (1, -1))
    return name, change


def test_compare_names_a_renamed_link_beside_it(store: Path) -> None:
    done = run_cli("compare", store=store, env={"COLUMNS": "200"})
    assert done.returncode == 0, done.stderr
    name, change = _row(done.stdout.splitlines(), "IKU 14")
    assert name == f"{NEW} (tautan) (2023: {OLD})", done.stdout
    assert change.startswith("↑ 1 poin (lebih baik)"), change  # 98 → 99: compared
    en = run_cli("compare", "--lang", "en", store=store, env={"COLUMNS": "200"}).stdout
    assert _row(en.splitlines(), "IKU 14")[0] == f"{NEW} (link) (2023: {OLD})", en


def test_compare_on_a_narrow_terminal_says_it_under_the_table(store: Path) -> None:
    out = run_cli("compare", store=store, env={"COLUMNS": "100"}).stdout
    assert "(tautan)*" in out, out
    assert f"* IKU 14 di 2023 bernama {OLD}" in " ".join(out.split()), out


def test_export_compare_names_it(store: Path) -> None:
    done = run_cli("export", "-r", NEXT_YEAR_ID, "--compare", BUNDLED_REPORT_ID, store=store)
    assert done.returncode == 0, done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith("| IKU 14 ")]
    row = rows[-1]  # (the comparison's, after the summary's)
    assert f"{NEW} (dicocokkan dengan tautan rollover) (2023: {OLD})" in row, row


ADDED = "Indeks Kepuasan Masyarakat"


@pytest.fixture(scope="module")
def freed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Setda 2023 and its 2024 (rollover, as ``new --from`` makes it) where IKU 10 was deleted
    and a new IKU added under the kode it freed (the kode the TUI's ``a`` offers), imported
    through the installed command."""
    from lkj_tui.bundled import load_bundled_report
    from lkj_tui.core import edits
    from lkj_tui.core.rollover import rollover

    tmp = tmp_path_factory.mktemp("freed64")
    root = tmp / "s"
    assert run_cli("init", store=root).returncode == 0
    new = rollover(load_bundled_report(), 2024)
    gone = next(n for n in new.walk() if n.code == "IKU 10")
    parent = gone.parent
    edits.apply(new, edits.delete(new, gone.id))
    edits.apply(new, edits.add(new, parent, "iku", ADDED, "IKU 10"))
    path = tmp / "next.json"
    path.write_text(json.dumps(new.to_document(), ensure_ascii=False), encoding="utf-8")
    done = run_cli("import", str(path), store=root)
    assert done.returncode == 0, done.stderr
    return root


def test_an_indicator_added_under_a_freed_kode_is_new_not_renamed(freed_store: Path) -> None:
    """The new IKU 10 was matched by kode with the deleted one and shown as renamed ("nama
    berubah", "0 baru · 0 hilang"); it is one indicator added and one removed."""
    from lkj_tui.bundled import load_bundled_report

    old = next(n.name for n in load_bundled_report().walk() if n.code == "IKU 10")
    done = run_cli("compare", "--json", store=freed_store)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)["rows"]
    tens = {
        r["state"]: (r["old"] or r["new"])["name"]
        for r in rows
        if "IKU 10" in ((r["old"] or {}).get("code"), (r["new"] or {}).get("code"))
    }
    assert tens == {"new": ADDED, "dropped": old}, tens
    out = run_cli("compare", store=freed_store, env={"COLUMNS": "120"}).stdout
    assert "1 baru · 1 hilang" in out and "nama berubah" not in out, out
    en = run_cli("compare", "--lang", "en", store=freed_store).stdout
    assert "1 new · 1 dropped" in en, en
