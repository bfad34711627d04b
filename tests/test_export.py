"""`lkj-tui export`: the Markdown summary of problems and solutions for meeting notes.

The golden files hold the export of the bundled report (id and en) on a fixed date; regenerate them
with ``LKJ_TUI_UPDATE_GOLDEN=1 pytest tests/test_export.py`` and read the diff before committing.
"""

from __future__ import annotations

import datetime
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.i18n import tr
from lkj_tui.core.model import Item, Measure, Node, Report, ReportMeta
from lkj_tui.export.markdown import UNDER_MARK, render_markdown
from tests.conftest import LKJ_TUI, run_cli
from tests.test_export_hostile import Structure, structure

GOLDEN = Path(__file__).parent / "golden"
TODAY = datetime.date(2024, 5, 15)


@pytest.fixture(scope="module")
def bundled() -> Evaluation:
    return Evaluation(load_bundled_report())


def _render(evaluation: Evaluation, scope: str = "default", lang: str = "id") -> str:
    return render_markdown(evaluation, scope=scope, lang=lang, today=TODAY)


def _items(s: Structure) -> list[str]:
    return [text for level, text in s.headings if level == 4]


def _small_report(*nodes: Node, printed_average: str | None = None) -> Evaluation:
    base = [
        Node("t", "tujuan", "Tujuan", code="T1"),
        Node("s", "sasaran", "Sasaran uji", parent="t", code="S1"),
    ]
    meta = ReportMeta(
        id="uji",
        instansi="Dinas Uji",
        tahun=2024,
        printed={"capaian_iku_rata_rata": printed_average} if printed_average else {},
    )
    return Evaluation(Report(meta, [*base, *nodes]))


# ---------------------------------------------------------------------------- golden files


@pytest.mark.parametrize("lang", ["id", "en"])
def test_golden_export_of_the_bundled_report(bundled: Evaluation, lang: str) -> None:
    path = GOLDEN / f"export_bundled_{lang}.md"
    text = _render(bundled, lang=lang)
    if os.environ.get("LKJ_TUI_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), (
        f"the export changed; if intended, run LKJ_TUI_UPDATE_GOLDEN=1 and review {path}"
    )


# ---------------------------------------------------------------------------- content


def test_title_summary_table_and_totals(bundled: Evaluation) -> None:
    s = structure(_render(bundled))
    assert s.headings[0] == (
        1,
        "Permasalahan dan Solusi Kinerja 2023: Sekretariat Daerah Kabupaten Bengkulu Selatan",
    )
    assert "15 Mei 2024" in s.paragraphs[0]
    [table] = s.tables
    assert table[0] == [
        "Kode",
        "Indikator",
        "Target",
        "Realisasi",
        "Capaian",
        "Kategori",
        "Status",
    ]
    assert len(table) == 11
    assert table[1] == [
        "IKU 1",
        "Nilai LPPD",
        "3,22",
        "2,85",
        "88,51 %",
        "Tinggi",
        "▼ belum capai",
    ]
    assert table[2][4:] == ["172,90 %", "Sangat Tinggi", "✓ tercapai"]
    assert [row[0] for row in table if row[6] == "▼ belum capai"] == ["IKU 1", "IKU 8"]
    assert "Rata-rata capaian IKU: 107,81 % (laporan mencetak 107,35 %)." in s.bullets
    assert "IKU di bawah target: 2 dari 10." in s.bullets
    assert (
        "Per kategori: Sangat Tinggi 8 · Tinggi 2 · Sedang 0 · Rendah 0 · Sangat Rendah 0."
        in s.bullets
    )


def test_printed_average_only_when_it_differs() -> None:
    iku = Node(
        "i", "iku", "X", parent="s", code="IKU 1", measure=Measure(target="100", realisasi="90")
    )
    same = structure(_render(_small_report(iku, printed_average="90,00 %")))
    assert "Rata-rata capaian IKU: 90,00 %." in same.bullets
    other = structure(_render(_small_report(iku, printed_average="95")))
    assert "Rata-rata capaian IKU: 90,00 % (laporan mencetak 95,00 %)." in other.bullets


def test_under_target_items_first_with_context_explanation_and_printed_figures(
    bundled: Evaluation,
) -> None:
    doc = _render(bundled)
    s = structure(doc)
    headings = [h for h in s.headings if h[0] in (2, 3)]
    assert headings[:4] == [
        (2, "Ringkasan capaian IKU"),
        (2, "Sasaran S1: Meningkatnya Kebijakan di bidang Pemerintahan dan Kesejahteraan Rakyat"),
        (3, "Di bawah target (8)"),
        (3, "Indikator lain dengan permasalahan atau solusi (1)"),
    ]
    items = _items(s)
    assert items[0] == "▼ IKU 1: Nilai LPPD"
    # a kegiatan row names its kegiatan, sub kegiatan and the IKU it supports
    assert any(i.startswith("▼ Indikator kegiatan: Terlaksananya Fasilitasi surat") for i in items)
    for line in (
        "Target: 132 Surat · Realisasi: 90 Surat · Capaian: 68,18 % · Kategori: Sedang",
        "Kegiatan: Kegiatan administrasi tata pemerintahan",
        "Sub Kegiatan: Administrasi Pemerintahan",
        "Mendukung: IKU 1 Nilai LPPD",
        "Sumber: Tabel 3.2.1.1.2",
    ):
        assert line in s.bullets, line
    # the report's own figure where it differs (Tabel 3.2.1 prints 100, Tabel 3.2 prints 88.51)
    assert "Laporan mencetak capaian 100 % di Tabel 3.2.1; hasil hitung 88,51 %." in s.bullets
    assert not any("capaian 88,51 % di" in b for b in s.bullets)
    assert (
        "Laporan mencetak capaian 172 % di Tabel 3.2 dan Tabel 3.2.1; hasil hitung 172,90 %."
        in s.bullets
    )
    # the engine's explanation where the method is not plain R/T
    how = [b for b in s.bullets if b.startswith("Perhitungan: ")]
    assert any("skor A 86,45 dibagi skor CC 50" in b for b in how)
    lppd = doc.split("#### ▼ IKU 1: Nilai LPPD")[1].split("####")[0]
    assert "Perhitungan" not in lppd  # plain positif R/T: no explanation
    assert "**Permasalahan:**\n\n1. Dari target yang ditetapkan" in lppd
    assert "**Solusi:**\n\n1. Dalam rangka pelaporan" in lppd


def test_the_reason_is_given_when_there_is_no_capaian(bundled: Evaluation) -> None:
    doc = _render(bundled, scope="all")
    block = doc.split("#### Indikator kegiatan: Indeks kesesuaian pemanfaatan ruang")[1]
    block = block.split("####")[0]
    assert "Capaian: tidak terukur" in block
    assert "- Tidak terukur: realisasi" in block


@pytest.mark.parametrize("scope", ["default", "under-target", "all"])
def test_under_target_items_without_permasalahan_or_solusi_are_marked(
    bundled: Evaluation, scope: str
) -> None:
    s = structure(_render(bundled, scope=scope))
    under = bundled.under_target()
    no_problem = sum(1 for ev in under if not ev.node.permasalahan)
    no_solution = sum(1 for ev in under if not ev.node.solusi)
    assert no_problem == no_solution == 10  # the 9 kegiatan rows and IKL 1
    paragraphs = s.paragraphs
    marks_p = "Permasalahan: belum ada permasalahan (perlu ditetapkan dalam rapat)."
    assert paragraphs.count(marks_p) == no_problem
    assert paragraphs.count("Solusi: belum ada solusi (perlu ditetapkan dalam rapat).") == (
        no_solution
    )


def test_a_missing_solusi_alone_is_marked() -> None:
    iku = Node(
        "i",
        "iku",
        "Nilai X",
        parent="s",
        code="IKU 1",
        measure=Measure(target="100", realisasi="50"),
        permasalahan=(Item("p", "Data terlambat"),),
    )
    fine = Node(
        "j", "iku", "Nilai Y", parent="s", order=1, code="IKU 2",
        measure=Measure(target="100", realisasi="100"),
    )  # fmt: skip
    for lang, problem, solution in (
        ("id", "Permasalahan:", "Solusi: belum ada solusi (perlu ditetapkan dalam rapat)."),
        (
            "en",
            "Problems (Permasalahan):",
            "Solutions (Solusi): no solution recorded (to be assigned in the meeting).",
        ),
    ):
        s = structure(_render(_small_report(iku, fine), lang=lang))
        assert problem in s.paragraphs
        assert solution in s.paragraphs
        assert s.numbered == ["Data terlambat"]
        assert not any("belum ada permasalahan" in p or "no problem" in p for p in s.paragraphs)
        assert _items(s) == ["▼ IKU 1: Nilai X"]  # IKU 2 met, nothing recorded: left out


def test_scopes_choose_the_items(bundled: Evaluation) -> None:
    default = structure(_render(bundled, scope="default"))
    under = structure(_render(bundled, scope="under-target"))
    every = structure(_render(bundled, scope="all"))

    under_count = len(bundled.under_target())
    assert under_count == 12
    assert len(_items(under)) == under_count
    assert all(i.startswith("▼ ") for i in _items(under))
    assert not any("Indikator lain" in h for _, h in under.headings)
    assert "Tidak ada butir di bawah target." in under.paragraphs  # Sasaran 2

    with_notes = [
        ev
        for ev in bundled.items()
        if not ev.under_target and (ev.node.permasalahan or ev.node.solusi)
    ]
    assert len(_items(default)) == under_count + len(with_notes) == 18
    assert "IKU 2: Indeks Reformasi Hukum" in _items(default)
    assert "IKU 6: Nilai Reformasi Birokrasi" not in _items(default)  # met, nothing recorded

    assert len(_items(every)) == len(bundled.items())
    assert "IKU 6: Nilai Reformasi Birokrasi" in _items(every)

    for s in (default, under, every):  # the frame is the same in every scope
        sasaran = [h for lvl, h in s.headings if lvl == 2 and h.startswith("Sasaran")]
        assert len(sasaran) == 3
        assert s.headings[-2:] == [(2, "Isu strategis"), (2, "Rencana perbaikan kinerja")]
        assert len(s.tables[0]) == 11


def test_report_level_sections(bundled: Evaluation) -> None:
    s = structure(_render(bundled, scope="under-target"))
    meta = bundled.report.meta
    assert s.numbered[-len(meta.perbaikan_kinerja) - len(meta.isu_strategis) :] == [
        *meta.isu_strategis,
        *meta.perbaikan_kinerja,
    ]


def test_the_english_export_says_capaian_as_the_roll_up_does(tmp_path: Path) -> None:
    """One word for the capaian in every English export: the single report's table, average,
    items and their calculation, and the roll-up's items, said "Achievement" where the roll-up's
    table and compare say "Capaian"."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    one = run_cli("export", "--lang", "en", store=store).stdout
    roll_up = run_cli("export", "--all", "--lang", "en", store=store).stdout
    assert "| Capaian | Rating | Status |" in one and "Average IKU capaian: 107,81 %" in one
    assert "· Capaian: 88,51 % · Rating: High" in one
    assert "- How it was computed: Capaian 50,00 %: the lowest of 3 components" in one
    assert "The report prints a capaian of 100 % in Tabel 3.2.1" in one
    assert "→ capaian 86,36 % ▼" in one
    assert "chievement" not in one
    assert "| Average capaian |" in roll_up and "chievement" not in roll_up


def test_english_keeps_the_indonesian_number_format(bundled: Evaluation) -> None:
    s = structure(_render(bundled, lang="en"))
    assert s.headings[0][1].startswith("Problems and Solutions, Performance 2023: Sekretariat")
    assert "15 May 2024" in s.paragraphs[0]
    assert s.tables[0][0][4:] == ["Capaian", "Rating", "Status"]
    assert s.tables[0][1][4:] == ["88,51 %", "High", "▼ under target"]
    assert "Average IKU capaian: 107,81 % (the report prints 107,35 %)." in s.bullets
    assert "Solutions (Solusi): no solution recorded (to be assigned in the meeting)." in (
        s.paragraphs
    )
    assert (2, "Strategic issues") in s.headings
    assert (3, "Under target (8)") in s.headings
    indonesian = structure(_render(bundled, lang="id"))
    assert len(s.headings) == len(indonesian.headings)
    assert s.numbered == indonesian.numbered  # the report's own text is not translated


def test_measured_items_outside_a_sasaran_are_not_lost() -> None:
    stray = Node(
        "x", "lainnya", "Tanpa induk", parent="t", order=5,
        measure=Measure(target="100", realisasi="10"),
    )  # fmt: skip
    s = structure(_render(_small_report(stray)))
    assert (2, "Indikator tanpa sasaran") in s.headings
    assert "▼ Indikator lainnya: Tanpa induk" in _items(s)


def test_bad_arguments_and_default_date(bundled: Evaluation) -> None:
    with pytest.raises(ValueError, match="cakupan"):
        render_markdown(bundled, scope="everything")
    with pytest.raises(ValueError):
        render_markdown(bundled, lang="fr")
    today = datetime.date.today()
    assert str(today.year) in render_markdown(bundled).split("\n")[2]


def test_the_export_module_is_pure() -> None:
    code = (
        "import sys, lkj_tui.export.markdown\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tinydb', 'typer'))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# ---------------------------------------------------------------------------- the installed command


def _no_date(text: str) -> str:
    return re.sub(r"(pada|on) \d{1,2} \w+ \d{4}\.", r"\1 DATE.", text)


def test_cli_writes_to_stdout(store_path: Path, bundled: Evaluation) -> None:
    result = run_cli("export", "--store", str(store_path))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert _no_date(result.stdout) == _no_date(_render(bundled))


def test_cli_scope_and_language(store_path: Path, bundled: Evaluation) -> None:
    result = run_cli(
        "export", "--store", str(store_path), "--scope", "under-target", "--lang", "en"
    )
    assert result.returncode == 0, result.stderr
    assert _no_date(result.stdout) == _no_date(_render(bundled, "under-target", "en"))


def test_cli_output_file_refuses_to_overwrite_without_force(
    store_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "notulen.md"
    first = run_cli("export", "--store", str(store_path), "-o", str(out))
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith(f"Ditulis ke {out} (Markdown): ")  # (one line: cli30)
    written = out.read_bytes()
    assert written.decode("utf-8").startswith("# Permasalahan dan Solusi Kinerja 2023")
    before = out.stat()

    again = run_cli("export", "--store", str(store_path), "-o", str(out), "--lang", "en")
    assert again.returncode == 1
    assert again.stdout == ""
    assert again.stderr.count("\n") == 1 and str(out) in again.stderr
    assert "--force" in again.stderr
    assert out.read_bytes() == written
    after = out.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)

    forced = run_cli(
        "export", "--store", str(store_path), "-o", str(out), "--force", "--lang", "en"
    )
    assert forced.returncode == 0, forced.stderr
    assert out.read_text(encoding="utf-8").startswith("# Problems and Solutions")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notulen.md", "store"]  # no temp files


def test_cli_errors_are_one_line(store_path: Path, tmp_path: Path) -> None:
    for args in (
        ("--report", "tidak-ada"),
        ("--report", "../luar"),
        ("-o", str(tmp_path / "no" / "such" / "folder.md")),
        ("-o", str(tmp_path), "--force"),
    ):
        result = run_cli("export", "--store", str(store_path), *args)
        assert result.returncode != 0, args
        assert result.stdout == "", args
        assert result.stderr.startswith("lkj-tui: ") and result.stderr.count("\n") == 1, (
            args,
            result.stderr,
        )
    missing = run_cli("export", "--store", str(store_path), "--report", "tidak-ada")
    assert "tidak-ada" in missing.stderr


def test_cli_export_does_not_import_textual(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.md"
    code = (
        "import sys\n"
        f"sys.argv = ['lkj-tui', 'export', '--store', {str(store_path)!r}, '-o', {str(out)!r}]\n"
        "from lkj_tui.cli.main import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
        "loaded = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "assert not loaded, loaded\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    result = subprocess.run(
        [str(LKJ_TUI.with_name("python")), "-c", code], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("# Permasalahan")


# ---------------------------------------------------------------------------- any tree shape

_SHAPE_KINDS = ("tujuan", "sasaran", "iku", "lainnya", "program", "kegiatan", "subkegiatan")


@st.composite
def _shaped_reports(draw: st.DrawFn) -> Report:
    """A report of any shape (an imported report keeps the shape it came with): each node under
    any earlier one or at the top, measured or not, under target or not, with or without a
    source; sasaran inside sasaran and measured sasaran included."""
    nodes: list[Node] = []
    for i in range(draw(st.integers(1, 14))):
        kind = draw(st.sampled_from([*_SHAPE_KINDS, "indikator_kegiatan", "indikator_kegiatan"]))
        parent = draw(st.sampled_from([None, *(n.id for n in nodes)]))
        measure = None
        if draw(st.booleans()):
            measure = Measure(target="100", realisasi=draw(st.sampled_from(["90", "100", None])))
        nodes.append(
            Node(
                f"n{i}",
                kind,  # type: ignore[arg-type]
                f"nama {i}",
                parent=parent,
                code=draw(st.sampled_from(["", f"K{i}"])),
                order=draw(st.integers(0, 3)),
                measure=measure,
                source=draw(st.sampled_from(["", f"Tabel {i}"])),
            )
        )
    return Report(ReportMeta(id="bentuk", instansi="Dinas Bentuk", tahun=2024), nodes)


def _block_of(doc: str, heading: str) -> list[str]:
    """The lines of the list right under a level-4 heading."""
    after = doc.split(f"\n#### {heading}\n\n", 1)[1]
    return after.split("\n\n", 1)[0].split("\n")


@settings(max_examples=150, deadline=None)
@given(_shaped_reports(), st.sampled_from(["id", "en"]))
def test_sections_and_context_follow_the_tree_of_any_shape(report: Report, lang: str) -> None:
    # The export walks the report once: each sasaran's section lists the measured nodes below it
    # (walk(sasaran)), the rest goes to "without a sasaran"; an indicator's context lines are its
    # ancestors'. Checked against those plain definitions.
    ev = Evaluation(report)
    doc = render_markdown(ev, scope="all", lang=lang, today=TODAY)
    s = structure(doc)

    def heading(n: Node) -> str:
        mark = f"{UNDER_MARK} " if ev.of(n.id).under_target else ""
        kind = {
            "iku": "IKU",
            "lainnya": "Indikator lainnya",
            "indikator_kegiatan": "Indikator kegiatan",
        }
        if lang == "en":
            kind = {
                "iku": "IKU",
                "lainnya": "Other indicator",
                "indikator_kegiatan": "Activity indicator",
            }
        return f"{mark}{n.code or kind.get(n.kind, tr(n.kind, lang))}: {n.name}"

    expected: list[tuple[int, str]] = []
    placed: set[str] = set()
    for sasaran in (n for n in report.walk() if n.kind == "sasaran"):
        below = [n for n in report.walk(sasaran.id) if n.measure]
        placed.update(n.id for n in below)
        title = "Sasaran" if lang == "id" else "Objective (Sasaran)"
        expected.append((2, f"{title} {sasaran.code}".rstrip() + f": {sasaran.name}"))
        under = [n for n in below if ev.of(n.id).under_target]
        expected += [(4, heading(n)) for n in under]
        expected += [(4, heading(n)) for n in below if n not in under]
    rest = [e.node for e in ev.items() if e.node.id not in placed]
    if rest:
        expected.append(
            (2, "Indikator tanpa sasaran" if lang == "id" else "Indicators without an objective")
        )
        under = [n for n in rest if ev.of(n.id).under_target]
        expected += [(4, heading(n)) for n in under]
        expected += [(4, heading(n)) for n in rest if n not in under]
    shown = [
        h
        for h in s.headings
        if h[0] == 4
        or (
            h[0] == 2
            and h[1].startswith(("Sasaran", "Objective", "Indikator tanpa", "Indicators without"))
        )
    ]
    assert shown == expected

    for n in report.walk():
        if not n.measure:
            continue
        lines = _block_of(doc, heading(n))
        want = []
        if n.kind == "indikator_kegiatan":
            ancestors = report.ancestors(n.id)
            want += [
                f"- {tr(a.kind, lang)}: {a.name}"
                for a in reversed(ancestors)
                if a.kind in ("program", "kegiatan", "subkegiatan")
            ]
            supported = next((a for a in ancestors if a.kind in ("iku", "lainnya")), None)
            if supported is not None:
                name = " ".join(x for x in (supported.code, supported.name) if x)
                want.append(f"- {'Mendukung' if lang == 'id' else 'Supports'}: {name}")
        if n.source:
            want.append(f"- {'Sumber' if lang == 'id' else 'Source'}: {n.source}")
        assert lines[1 : 1 + len(want)] == want


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["export", "--all", "--report", BUNDLED_REPORT_ID], "--report tidak berlaku dengan --all"),
        (["export", "--all", "--reviu"], "--reviu tidak berlaku dengan --all"),
        (
            ["export", "--all", "--compare", BUNDLED_REPORT_ID],
            "--compare tidak berlaku dengan --all",
        ),
        (["export", "--all", "--changes"], "--changes tidak berlaku dengan --all"),
        (["export", "--reviu", "--changes"], "--changes tidak berlaku dengan --reviu"),
        (["export", "--reviu", "--compare", BUNDLED_REPORT_ID], "--compare tidak berlaku dengan"),
        (
            ["export", "--format", "json", "--changes"],
            "--changes tidak berlaku dengan --format json",
        ),
        (["export", "--tahun", "2023"], "--tahun hanya berlaku dengan --all"),
        (["export", "--pemerintah", "Kabupaten"], "--pemerintah hanya berlaku dengan --all"),
        (["status", "--all", "--report", BUNDLED_REPORT_ID], "tanpa --report"),
    ],
)
def test_an_option_the_output_would_not_use_is_refused(store_path, args, says) -> None:
    """These were ignored: the report of --report under --all, the change log under --reviu or in
    a workbook, --tahun without --all… (check --all already refused --report)."""
    done = run_cli(*args, store=store_path)
    assert done.returncode == 2 and says in done.stderr, (done.stdout[:200], done.stderr)
    assert done.stdout == ""


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
def test_output_dash_is_stdout_not_a_file_named_dash(
    store_path: Path, tmp_path: Path, fmt: str
) -> None:
    """``-o -`` is stdout, as "-" is for every tool that takes a file: it wrote a file named "-"
    in the current folder without a word, and printed nothing."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    here = tmp_path / "here"
    here.mkdir()

    def export(*args: str) -> subprocess.CompletedProcess[str]:
        command = [str(LKJ_TUI), "--store", str(store_path), "export", *args]
        return subprocess.run(command, capture_output=True, text=True, cwd=here, env=env)

    dashed, plain = export("-f", fmt, "-o", "-"), export("-f", fmt)
    assert dashed.returncode == 0, dashed.stderr
    assert dashed.stdout == plain.stdout and dashed.stdout.strip()
    assert not list(here.iterdir())  # no file named "-"
    refused = export("-f", "xlsx", "-o", "-")  # a workbook goes to a file, named
    assert refused.returncode == 2 and "-o BERKAS.xlsx" in refused.stderr
    template = subprocess.run(
        [str(LKJ_TUI), "template", "-o", "-"], capture_output=True, text=True, cwd=here, env=env
    )
    assert template.returncode == 2 and "-o BERKAS.xlsx" in template.stderr
    assert not list(here.iterdir())
