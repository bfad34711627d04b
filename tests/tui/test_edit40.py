"""edit40: the key bar leaves ``M`` off a node with nowhere to move (a Tujuan; a Sasaran of the
report's one Tujuan: "M Pindah" there only answered that there was no other place), and offers
it again once another Tujuan is there; id and en. The move picker's names cut after a whole
word where the row has the room (``PickerDialog._cut_alike``)."""

from __future__ import annotations

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core import edits
from lkj_tui.core.model import PARENT_KINDS
from lkj_tui.storage.store import Store
from lkj_tui.tui.app import nowhere_to_move
from tests.tui.conftest import go, opened, settle
from tests.tui.test_keybar import bar

WIDE = (120, 40)
MOVE = {"id": " M Pindah ", "en": " M Move "}


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_bar_offers_move_only_where_a_node_can_go(make_app, tmp_path, lang) -> None:
    store = Store(tmp_path / "store", seed=load_bundled_report)
    async with opened(make_app, "T1", WIDE, store=store, lang=lang) as (app, pilot, _):
        assert edits.move_targets(app.view.report, app.selected().id) == []
        assert MOVE[lang] not in bar(app), bar(app)  # the report's one Tujuan
        await go(pilot, "S1")  # under it: no other Tujuan to go to
        await settle(pilot)
        assert edits.move_targets(app.view.report, app.selected().id) == []
        assert MOVE[lang] not in bar(app), bar(app)
        await go(pilot, "IKU 1")  # three Sasaran to go under
        await settle(pilot)
        assert MOVE[lang] in bar(app), bar(app)


def test_a_second_tujuan_gives_a_sasaran_somewhere_to_go() -> None:
    report = load_bundled_report()
    s1 = next(n for n in report.walk() if n.code == "S1")
    t1 = report.node(s1.parent)
    assert nowhere_to_move(report, t1) and nowhere_to_move(report, s1)
    edits.apply(report, edits.add(report, None, "tujuan", "Tujuan Kedua", "T2"))
    assert nowhere_to_move(report, t1)  # (a Tujuan stands at the top: never a parent)
    assert not nowhere_to_move(report, s1)
    assert edits.move_targets(report, s1.id)
    # every other kind keeps M (not known without a walk; M says so when it finds no place)
    iku = next(n for n in report.walk() if n.kind == "iku")
    assert not nowhere_to_move(report, iku)
    assert {k for k, parents in PARENT_KINDS.items() if set(parents) <= {None, "tujuan"}} == {
        "tujuan",
        "sasaran",
    }
