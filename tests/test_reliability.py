"""The reliability suite (issue 6), quick version: crash safety, concurrency, bad files, full disks
and value fuzzing (hostile text: tests/test_hostile.py). ``python reliability/run.py`` runs the full
one and prints the figures (docs/reliability.md)."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core.model import ModelError, Node, Report, new_id
from lkj_tui.storage import atomic
from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.store import Store
from reliability import badfiles, concurrency, crash, disk, fuzz, shapes

# ------------------------------------------------------------------------- Report.add_node


def test_add_node_is_saved_and_reloads_in_order(tmp_path: Path) -> None:
    store = Store(tmp_path / "store", seed=load_bundled_report)
    report_id = store.latest_report_id()
    report = store.load(report_id).report
    iku = next(n for n in report.walk() if n.kind == "iku")
    first = report.children(iku.id)[0]
    new = [
        Node(new_id(), "program", "Program baru", parent=iku.id, order=99),
        Node(new_id(), "program", "Program di depan", parent=iku.id, order=-1),
    ]

    def add(r):  # type: ignore[no-untyped-def]
        for node in new:
            r.add_node(node)

    saved = store.update(report_id, add).report
    reloaded = Store(store.root).load(report_id).report
    for r in (saved, reloaded):
        kids = r.children(iku.id)
        assert [k.id for k in kids][:2] == [new[1].id, first.id] and kids[-1].id == new[0].id
        assert len(r) == len(report) + 2
    with pytest.raises(ModelError, match="ganda"):
        saved.add_node(new[0])
    with pytest.raises(ModelError, match="induk"):
        saved.add_node(Node(new_id(), "program", "x", parent="tidak-ada"))
    assert len(saved) == len(report) + 2


# ------------------------------------------------------------------------- regressions


def test_restore_sets_aside_a_file_with_a_bad_node(tmp_path: Path) -> None:
    """A file whose meta is fine but a node field has the wrong type was kept as a "good"
    generation by ``restore`` (the check before replacing read the meta only), so ``restore --list``
    offered it and later restores could pick it."""
    store = Store(tmp_path / "store", seed=load_bundled_report)
    report_id = store.latest_report_id()
    path = store.path_for(report_id)
    store.update(report_id, lambda r: None)  # revision 2; revision 1 is kept
    raw = json.loads(path.read_bytes())
    next(iter(raw["nodes"].values()))["name"] = 42
    bad = json.dumps(raw).encode()
    path.write_bytes(bad)
    with pytest.raises(StoreError) as info:
        store.load(report_id)
    assert info.value.code == "bad-field"
    store.restore(report_id)
    for gen in store.generations(report_id):  # every kept generation is a good report
        tables = json.loads(gen.path.read_bytes())
        Report.from_records(tables["meta"]["1"]["report"], list(tables["nodes"].values()))
    refused = sorted((store.root / ".generations" / report_id).glob("refused-*.json"))
    assert [p.read_bytes() for p in refused] == [bad]


def test_retried_failing_saves_leave_no_temp_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each failed save keeps the current file as generation N through a temp hard link renamed
    onto N.json; from the second attempt on, N.json already was that very file, rename() does
    nothing, and the temp link stayed (one per retry, for as long as the disk stayed full)."""
    store = Store(tmp_path / "store", seed=load_bundled_report)
    report_id = store.latest_report_id()
    store.update(report_id, lambda r: None)

    def disk_full(fd: int, data: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_write_all", disk_full)
    for _ in range(3):
        with pytest.raises(StoreError) as info:
            store.update(report_id, lambda r: None)
        assert info.value.code == "disk-full"
    assert sorted(p.name for p in store.root.rglob("*") if p.name.endswith(".tmp")) == []
    assert [g.revision for g in store.generations(report_id)] == [2, 1]


# ------------------------------------------------------------------------- 1. crash safety

#: SIGKILL rounds in CI (the script runs 500): 0.15-0.25 s each on 2 cores.
KILLS = int(os.environ.get("LKJ_RELIABILITY_KILLS", "30"))


def test_sigkilled_writer_loses_nothing(tmp_path: Path) -> None:
    figures = crash.kill_loop(tmp_path / "store", KILLS)
    assert figures.ok, figures.problems
    assert figures.kills == KILLS and figures.edits_acknowledged > 0
    assert figures.max_file_bytes >= 400_000 > figures.min_file_bytes  # growing and shrinking


def test_exact_crash_points_give_the_old_or_the_new_state(tmp_path: Path) -> None:
    figures = crash.crash_points(tmp_path / "store")
    assert figures.ok, figures.problems
    steps, operations = len(crash.STEPS), 3
    assert figures.runs == steps * operations
    assert figures.new_state == operations  # killed after the rename: the new state, every time


# ------------------------------------------------------------------------- 2. concurrency
# Two writers × read-modify-write edits: tests/test_store.py::test_two_writers_lose_nothing.


def test_two_writers_insert_without_duplicates(tmp_path: Path) -> None:
    figures = concurrency.run(tmp_path / "store", "insert", 30)
    assert figures.ok, figures.problems
    assert figures.result == 60 and figures.duplicate_ids == 0


async def test_tui_open_while_the_cli_saves(tmp_path: Path) -> None:
    out = await concurrency.tui_meets_cli_save(tmp_path / "store")
    assert out["ok"], out


# ------------------------------------------------------------------------- 3. bad files


def test_bad_files_refused_by_the_installed_command_then_restored(tmp_path: Path) -> None:
    figures = badfiles.check(tmp_path, commands=(("status",),), status_after=False)
    assert figures.cases == len(badfiles.CASES) >= 11
    assert figures.ok, figures.problems


def test_bad_file_refused_by_every_command(tmp_path: Path) -> None:
    figures = badfiles.check(tmp_path, names=["truncated JSON"])
    assert figures.ok, figures.problems
    assert figures.commands_run == 5  # status, status --json, export, restore, status --json


# ------------------------------------------------------------------------- 4. full disk, read-only


def test_file_size_limit_during_a_cli_save(tmp_path: Path) -> None:
    out = disk.cli_save(tmp_path / "store", limit=20_000)
    assert out["returncode"] == 1 and out["intact"] and not out["temps"] and out["readable"]
    line = out["stderr"]
    assert line.count("\n") == 0 and out["path"] in line and "disk penuh" in line


@pytest.mark.skipif(
    not disk.mounts_available(),
    reason="needs root and unshare; tests/test_store.py monkeypatches ENOSPC and EROFS instead",
)
@pytest.mark.parametrize(("kind", "word"), [("full", "disk penuh"), ("read-only", "ditulisi")])
def test_real_full_disk_and_read_only_mount(tmp_path: Path, kind: str, word: str) -> None:
    out = disk.in_namespace(kind, tmp_path)
    lib, cli, tui = out["library"], out["cli"], out["tui"]
    assert out.get("free_bytes", 0) == 0 and out.get("really_read_only", True)
    assert lib["intact"] and cli["intact"] and tui["intact"]
    # (the toast puts a long path on lines of its own and folds its sentence at its width: 2f9a3c7)
    toast = " ".join(tui["error_toast"].split())
    assert word in lib["error"] and word in cli["stderr"] and word in toast
    assert cli["returncode"] == 1 and cli["readable"] and not cli["temps"] and not tui["temps"]
    assert tui["running"] and tui["typed_on_screen"] and tui["shown_realisasi"] == "2,85"
    assert tui["saved_after_fix"] and tui["running_at_end"]


async def test_tui_keeps_the_edit_when_writes_fail_with_enospc(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Anywhere (no mounts needed): every write of the atomic writer fails with ENOSPC."""

    def disk_full(fd: int, data: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    store = Store(tmp_path / "store", seed=load_bundled_report)
    monkeypatch.setattr(atomic, "_write_all", disk_full)
    out = await disk.tui_save_fails(store, monkeypatch.undo)
    assert out["running"] and out["typed_on_screen"] and out["intact"] and not out["temps"]
    toast = " ".join(out["error_toast"].split())  # (a long path on lines of its own: 2f9a3c7)
    assert "disk penuh" in toast and "tidak hilang" in toast
    assert out["saved_after_fix"] and out["running_at_end"]


# ------------------------------------------------------------------------- 6. values


def test_value_parser_raises_only_parse_error() -> None:
    figures = fuzz.fuzz(int(os.environ.get("LKJ_RELIABILITY_EXAMPLES", "300")))
    assert figures.ok, figures.problems[:5]
    assert figures.parsed > 0 and figures.parse_errors > 0


# ------------------------------------------------------------------------- 7. file shapes


def test_file_shapes_of_every_class_through_the_installed_command(tmp_path: Path) -> None:
    """One case of each class (a link, a FIFO, a folder, a huge file and a file in the store's
    places; a duplicate key; an unknown field; a cycle; depth; item ids; a huge value; a read-only
    file): no hang, no traceback, nothing outside the store touched, the expected answers."""
    figures = shapes.check(tmp_path, quick=True)
    assert figures.all_ok, figures.problems
    assert len(figures.by_class) == figures.cases >= 12
    assert (
        figures.hangs == figures.tracebacks == figures.outside_changed == figures.fields_lost == 0
    )


def test_the_shapes_are_found_in_the_file_itself() -> None:
    """The duplicate-key and unknown-field cases come from walking the report file: every kind of
    object it holds (a new kind of object in the format is covered without editing the suite)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "store", seed=load_bundled_report)
        tables = json.loads(store.path_for(store.latest_report_id()).read_bytes())
    kinds = shapes.object_kinds(tables)
    for kind in ("meta.*", "meta.*.report", "nodes.*", "nodes.*.measure", "nodes.*.permasalahan.*"):
        assert kind in kinds
    labels = {c.label for c in shapes.cases(tables) if c.cls in ("duplicate key", "unknown field")}
    assert labels == {f"in {k}" for k in kinds}
    places = {c.label.split(":")[0] for c in shapes.cases(tables) if "in the store" in c.cls}
    assert places == set(shapes.PLACES)


# ------------------------------------------------------------------------- issue 11: the CLI's classes


def test_every_string_leaf_of_the_schema_is_found() -> None:
    """The walk finds the model's text fields by itself, including nested and keyed ones."""
    from lkj_tui.core.model import Node, ReportMeta
    from reliability.fields import label, string_leaves

    found = {label(Node, p) for p in string_leaves(Node)}
    found |= {label(ReportMeta, p) for p in string_leaves(ReportMeta)}
    for leaf in (
        "Node.code",
        "Node.info{key}",
        "Node.measure.printed[0].table",
        "Node.measure.triwulan[3]",
        "Node.permasalahan[0].text",
        "ReportMeta.instansi",
        "ReportMeta.inovasi[0]{value}",
    ):
        assert leaf in found


def test_hostile_text_in_every_schema_field_quick(tmp_path: Path) -> None:
    """Part 8 quick: 119 strings in every leaf through the CLI, the first 40 through the TUI (every
    line of the expanded tree and its detail pane). The TUI leg was left to reliability/run.py
    while, under load, the detail pane could be drawn after its unmount (KeyError 'detail--rule');
    it is not any more (tests/tui/test_hardening.py)."""
    from reliability.cli import check_fields
    from reliability.corpus import corpus

    figures = check_fields(tmp_path, corpus(119, seed=11), tui_strings=40)
    assert figures.ok, figures.problems[:5]
    assert figures.leaves_taken >= 35 and figures.fields_checked > 0
    assert figures.tui is not None and figures.tui.runs > 0
    assert figures.tui.exceptions == figures.tui.actions == figures.tui.leaks == 0


def test_output_conditions_quick(tmp_path: Path) -> None:
    from reliability.cli import check_output

    figures = check_output(tmp_path, only=("status", "export", "check"))
    assert figures.ok and figures.runs == 9, figures.problems


def test_option_placement_quick(tmp_path: Path) -> None:
    from reliability.cli import check_options

    figures = check_options(tmp_path, only=("status", "calc", "restore"))
    assert figures.ok and figures.cases == 9, figures.problems
    assert figures.honoured >= 5 and figures.refused >= 2


def test_every_text_function_is_found() -> None:
    """The functions are found by walking the packages that handle text, not listed: the CI test
    once timed three hand-picked functions, so ``core.numbers.show_raw`` (the message of every
    value that cannot be read) was timed only by the full suite."""
    from reliability.timing import text_functions

    found = text_functions()
    for name in (
        "core.numbers.show_raw",
        "core.sanitize.clean_line",
        "core.values.parse_value",
        "core.reviu.measures.parse",
        "core.years.norm_name",
        "export.escape.escape_inline",
        "importing.rows.split_items",
        "importing.rows.split_pairs",  # two text parameters: both get the input
        "cli.output.terminal_safe",
        "tui.components.overview.parse_filter",
        "tui.components.rowtable.fit",  # a width: a terminal's
    ):
        assert name in found, name
    assert "cli.main.main" not in found and not any(k.startswith("sync.") for k in found)


def test_every_text_function_is_linear() -> None:
    """Issue 11, defect 4: every text function found, on every shape, at 64 K characters vs
    8 K, within SLACK × the growth of a linear baseline measured in this test (clean_line was
    quadratic: 30,000 spaces and a tab took status 20 s). reliability/run.py runs it at 1 MB."""
    from reliability.timing import text_functions, time_text_functions

    figures = time_text_functions(65_536)
    assert figures.functions == sorted(text_functions())
    assert figures.ok, figures.superlinear


def test_the_timing_finds_a_quadratic_function() -> None:
    """The suite's own check: the quadratic pattern of defect 4 (a whitespace run retried from
    every position) is reported, a linear function is not."""
    import re

    from reliability.timing import time_text_functions

    retried = re.compile(r"\s*[\n\t]+\s*")
    figures = time_text_functions(
        65_536,
        kinds=("spaces, no line break", "words"),
        funcs={"quadratic": lambda text: retried.sub(" ", text), "linear": str.upper},
    )
    assert [s.split("(")[0] for s in figures.superlinear] == ["quadratic"], figures.superlinear


def test_the_timing_counts_the_function_not_a_busy_machine() -> None:
    """The CI test once failed in the full suite on a loaded machine (``rowtable.fit`` 4 → 281 ms
    of wall time at 64 K characters) and passed alone: the time another process holds the CPU is
    not the function's growth. A linear function that waits (its thread off the CPU, as when the
    machine is busy) only on the big input is not reported; it was while wall time was counted."""
    import time

    from reliability.timing import time_text_functions

    def waits_when_big(text: str) -> str:
        if len(text) > 60_000:
            time.sleep(0.4)  # longer than SLACK × growth × before + NOISE allows
        return text.upper()

    figures = time_text_functions(65_536, kinds=("words",), funcs={"waits": waits_when_big})
    assert figures.cases == 1
    assert figures.ok, figures.superlinear


def test_a_workbooks_sheet_xml_is_read_in_linear_time() -> None:
    """A sheet's XML is a hostile field too: 40,000 "<c " inside a comment (well-formed XML)
    made ``import`` run 23 s, each cell pattern (``<c\\b([^>]*)>``) scanning from every "<c" to
    the next ">". The formulas' scan (``_uncomputed``, the recompute placeholder's pattern with
    it) grows linearly with such a sheet."""
    from lkj_tui.importing.xlsx import _uncomputed
    from reliability.timing import time_text_functions

    def sheet(text: str) -> object:
        xml = b"<f>A1</f><!--" + b"<c " * (len(text) // 3) + b"-->"
        return _uncomputed(xml, recalc=True)

    figures = time_text_functions(65_536, kinds=("words",), funcs={"_uncomputed": sheet})
    assert figures.cases == 1
    assert figures.ok, figures.superlinear


def test_every_regular_expression_is_found() -> None:
    """The patterns are found in the source (each ``re.compile``/``re.search``… call and the
    methods called on a compiled pattern), not listed: the two quadratic ones the last pass fixed
    (a sheet's tag pattern, a level's bracket) and the three this pass fixed (imp65) were each in
    a different module, called a different way. A pattern made at run time from variables is
    vouched for by hand (``BUILT_AT_RUN_TIME``), or this fails."""
    from reliability.patterns import built_at_run_time, patterns

    found, dynamic = patterns()
    by_source = {f.pattern.pattern: f for f in found}
    assert by_source[rb'(?<![\w:])([\w:]+)="([^"]*)"'].methods == {"findall"}  # xlsx._ATTR
    assert by_source[r"(.*\D|)(\d+)"].methods == {"fullmatch"}  # rows._NUMBERED
    assert by_source[r"[\s_-]+"].methods == {"sub"}  # changes._patterns()[0], made by a function
    assert by_source[r"[A-Za-z]+"].methods == {"fullmatch"}  # clicktext._CODE_WORDS[0]
    assert any(f.where == "core/sanitize.py _CLEANERS" for f in found)
    assert len(found) > 150
    assert not built_at_run_time(dynamic), built_at_run_time(dynamic)


def test_every_regular_expression_is_linear_on_its_own_pieces() -> None:
    """Each pattern, by the methods the code calls it with, on 64 K characters of runs of its
    own pieces (each character it names, each start of what it matches) vs 8 K: within the
    linear baseline's growth (imp65: a printed average's "\\s*(%|persen)\\s*$" and a kode's
    "(.*?)(\\d+)" were quadratic on a run of spaces or digits, an XML attribute's name on a run
    of letters)."""
    from reliability.patterns import pattern_cases
    from reliability.timing import time_text_functions

    figures = time_text_functions(65_536, kinds=("words",), funcs=pattern_cases())
    assert figures.cases > 2_000
    assert figures.ok, figures.superlinear


def test_the_pieces_find_the_quadratic_patterns_of_the_last_passes() -> None:
    """The suite's own check: the patterns imp64 and vals64 found quadratic (a sheet's cell tag
    ``<c\\b([^>]*)>`` on 40,000 "<c " in a comment; a level's ``(.+?)\\s*\\(`` on a run of spaces)
    get the pieces that show it (8 × the input, ≥ 24 × the time: a linear pattern takes 8 ×),
    and their linear replacements on the same pieces do not grow so."""
    import re

    from reliability.patterns import Found, _runner, hostile_units
    from reliability.timing import _time

    def growth(pattern: re.Pattern[str] | re.Pattern[bytes], method: str, unit: str) -> float:
        run = _runner(Found(pattern, "", {method}), unit)
        return _time(run, "x" * 16_384, 3) / max(_time(run, "x" * 2_048, 3), 1e-6)

    tag, bracket = re.compile(rb"<c\b([^>]*)>"), re.compile(r"(.+?)\s*\(")
    tag_piece, bracket_piece = (
        hostile_units(tag)["starts '<c'"],
        hostile_units(bracket)["run of ' '"],
    )
    assert growth(tag, "finditer", tag_piece) > 24
    assert growth(bracket, "match", bracket_piece) > 24
    assert growth(re.compile(rb"<c\b([^<>]*)>"), "finditer", tag_piece) < 24
    assert growth(re.compile(r"([^\s(]+(?:\s+[^\s(]+)*)\s*\("), "match", bracket_piece) < 24
