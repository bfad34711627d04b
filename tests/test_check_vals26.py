"""vals26: the reviu's cost in ``check --all`` (the words of ``not-measurable`` written only when
printed) and one form of a printed capaian in ``status`` and ``check`` ("61,97 %")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import csv_store, run_cli
from tests.test_check_vals25 import _UNMEASURED


def _slots_written(ach: object) -> set[str]:
    """The slots of a capaian that hold a value (read without writing any)."""
    written = set()
    for name in type(ach).__slots__:  # type: ignore[attr-defined]
        try:
            getattr(type(ach), name).__get__(ach, type(ach))
        except AttributeError:
            continue
        written.add(name)
    return written


def test_not_measurable_writes_its_words_only_when_they_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`not-measurable` read each capaian's reason when the finding was made, a second run of
    the engine per finding (+0.38 % of `check --all`, which prints only counts). Now the reviu
    and its counts leave the reasons unwritten; the message, once read, is the same sentence."""
    from lkj_tui.core import evaluate
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.core.reviu import run_checks
    from lkj_tui.storage.store import Store

    # as in a fresh process: none of the capaian earlier tests computed kept (perf47)
    monkeypatch.setattr(evaluate, "_COMPUTED", {})
    store = csv_store(tmp_path, "rows.csv", _UNMEASURED, "Inspektorat X")
    report = Store(store).load("inspektorat-x-2024").report
    evaluation = Evaluation(report)
    reviu = run_checks(evaluation)
    assert reviu.counts()["error"] >= 1  # (what `check --all` reads)
    found = [f for f in reviu.findings if f.check == "not-measurable"]
    assert len(found) == 2
    for finding in found:
        ach = evaluation.of(finding.node or "").achievement
        # the engine ran once, numbers only: the reason's slot still empty
        assert ach is not None and "reason" not in _slots_written(ach), finding.check
    first = found[0]
    assert first.message_id.startswith("Target “0 Temuan” (angka) dan realisasi")
    assert first.message("en").endswith("or explain how it is assessed.")
    assert first.message_id.endswith("atau jelaskan cara menilainya.")


_PRINTED = """level;kode;uraian;satuan;target;realisasi;capaian
sasaran;S1;Meningkatnya pelayanan;;;;
iku;IKU 1;Jumlah desa terlayani;Desa;24 Desa;20 Desa;78,76
iku;IKU 2;Persentase layanan;%;90;95;Tercapai
"""


@pytest.mark.parametrize("lang", ["id", "en"])
def test_status_and_check_print_a_printed_capaian_alike(tmp_path: Path, lang: str) -> None:
    """`status` printed the report's own capaian as "Dicetak lain: 78,76 (Berkas impor)" while
    `check` said "mencetak capaian 78,76 %": now both "78,76 %" (one function); a printed text
    that is no number ("Tercapai") stays as written."""
    store = csv_store(tmp_path, "rows.csv", _PRINTED, "Dinas X")
    env = {"COLUMNS": "120"}
    status = run_cli("status", "--lang", lang, store=store, env=env).stdout
    check = run_cli("check", "--lang", lang, store=store, env=env).stdout
    table = "Imported file" if lang == "en" else "Berkas impor"
    said = "Printed elsewhere" if lang == "en" else "Dicetak lain"
    assert f"{said}: 78,76 % ({table})" in status, status
    assert f"{said}: Tercapai ({table})" in status, status
    assert "capaian 78,76 %," in " ".join(check.split()), check
