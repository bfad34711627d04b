"""A kode names one tujuan, sasaran or indicator (edit27): ``set`` refuses a kode another one has,
naming it and the next free kode of its series; a program's kode may repeat."""

from __future__ import annotations

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.store import Store
from tests.conftest import run_cli


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "id",
            "code: iku 1 sudah dipakai oleh IKU 1 Nilai LPPD; kode berikutnya yang bebas: IKU 11",
        ),
        ("en", "code: iku 1 is taken by IKU 1 Nilai LPPD; the next free one: IKU 11"),
    ],
)
def test_set_refuses_a_kode_another_indicator_has(store, lang, said) -> None:
    """``set "IKU 2" code "IKU 1"`` made two IKU 1: ``set "IKU 1"``, the search and the reviu
    then named two nodes, and nothing said so. Typed in any case or spacing ("iku  1")."""
    before = Store(store.root).load(BUNDLED_REPORT_ID).revision
    done = run_cli("--lang", lang, "set", "IKU 2", "code", "iku  1", store=store.root)
    assert done.returncode == 2, done.stdout + done.stderr
    assert said in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert Store(store.root).load(BUNDLED_REPORT_ID).revision == before  # nothing written
    # a free one is taken
    assert run_cli("set", "IKU 2", "code", "IKU 11", store=store.root).returncode == 0
    # one program under several IKU (as the Renstra lists it) carries one kode: not refused
    report = Store(store.root).load(BUNDLED_REPORT_ID).report
    for node in [n for n in report.walk() if n.kind == "program"][:2]:
        done = run_cli("set", node.id[:8], "code", "1.01.02", store=store.root)
        assert done.returncode == 0, done.stderr
