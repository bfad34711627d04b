"""A value a message quotes cut with its length (``core.longvalue.quoted``: "“Tercapaiaaa…
(200 karakter)”") and then drawn in a narrower room (the TUI's pane, ``check`` at 40 columns):
its start is cut shorter and its length kept as said, so that the quote stays on one line, never
"“Tercapaiaaaaaaaa…" above "(200 karakter)”", nor said again as "(26+ digit)"."""

from __future__ import annotations

import pytest

from lkj_tui.core.longvalue import clip_long, quoted


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("value", ["9" * 300, "Tercapai" + "a" * 192])
def test_a_value_quoted_with_its_length_fits_a_narrower_room_on_one_line(
    lang: str, value: str
) -> None:
    number = value.isdigit()
    said = quoted(value, lang)
    noun = "digit" if number else "karakter" if lang == "id" else "character"
    length = f"({len(value)} {noun}"
    assert said.endswith(")") and length in said, said
    line = f"realisasi “{said}” (teks) tidak dapat dibandingkan"
    for room in range(22, 60):
        shown = clip_long(line, room, lang, again=True)
        assert clip_long(line, room, lang) == line  # (a line never broken: as quoted, calc)
        start = shown.index("“")
        part = shown[start : shown.index("”") + 1]
        assert len(part) <= room and length in part and "+" not in part, (room, shown)
        assert part[1] == value[0] and "…" in part, (room, shown)
        assert shown[:start] == line[:start] and shown.endswith(line[line.index("”") + 1 :])
        if len(f"“{said}”") <= room:  # (it fitted: left as it was)
            assert part == f"“{said}”", (room, shown)
