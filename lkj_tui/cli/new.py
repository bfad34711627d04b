"""``lkj-tui new``: an empty report, or next year's report from an existing one (rollover)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import NoReturn

from lkj_tui.cli.common import (
    fail,
    fail_store,
    open_store,
    refuse_undecoded,
    say_twins,
    store_option,
)
from lkj_tui.cli.output import ours, say, say_lines
from lkj_tui.cli.plain import PATH_SEPS
from lkj_tui.core.model import ModelError, Report
from lkj_tui.core.numbers import format_en, format_id
from lkj_tui.core.rollover import (
    MADE_FROM,
    default_report_id,
    empty_report,
    made_from,
    next_report_id,
    rollover,
)
from lkj_tui.core.sanitize import clean_line
from lkj_tui.storage.errors import StoreError

_TEXT = {
    "id": {
        "bad_tahun": "tahun tidak masuk akal: {tahun} (tulis empat angka, mis. --tahun 2026)",
        "same_year": "tahun baru sama dengan tahun laporan ({tahun}): --from membuat laporan "
        "tahun sesudahnya, mis. --tahun {next}",
        "earlier": "tahun baru ({tahun}) sebelum tahun laporan ({old}): --from membuat laporan "
        "tahun sesudahnya (realisasi {old} menjadi riwayat); laporan {tahun} diimpor, atau dibuat "
        "kosong dengan: lkj-tui new --instansi NAMA --tahun {tahun}{store}",
        "same_id": "id laporan baru sama dengan yang lama ({id})",
        "empty_needs": "laporan kosong perlu {lacking} (laporan tahun berikutnya dari laporan "
        "yang ada: --from ID). Contoh: {line}",
        "and": " dan ",
        "exists": "laporan '{id}' sudah ada; tidak ditimpa (pilih --report lain)",
        "exists_next": "laporan tahun {tahun} (tahun sesudah {old}, bawaan tanpa --tahun) sudah "
        "ada: '{id}'; tidak ditimpa (tahun lain: --tahun TAHUN, id lain: --report ID). "
        "Buka laporan itu: lkj-tui --report {id}{store}",
        "next_year": "Tahun laporan baru: {tahun}, tahun sesudah {old} (tanpa --tahun; tahun "
        "lain: --tahun TAHUN).",
        "made_from": "Laporan {id} dibuat dari {source}: {nodes} simpul, {measured} indikator; "
        "target tahun {tahun} dari target Renstra",
        "without": " ({n} indikator tanpa target tahun itu)",
        "outside": " — {tahun} di luar periode Renstra {a}–{b}: isi target tahun itu seperti di "
        "bawah",
        "moved": ". Realisasi {old} dipindah ke riwayat; laporan lama tidak diubah.",
        "fill": "Isi target yang kosong di workbook (kolom target), lalu impor kembali:\n"
        "  lkj-tui export --report {id} -f xlsx -o {file}{store}\n"
        "  lkj-tui import {file} --report {id} --overwrite{store}\n"
        "Daftarnya (“{missing}”, “{missing_kegiatan}”):\n"
        "  lkj-tui check --report {id}{store}\n"
        "Lalu isi satu per satu: set menerima kode simpul (mis. “IKU 1”) atau id yang dicetak "
        "check sesudah “simpul”:\n"
        "  lkj-tui set --report {id} {example} target NILAI{store}\n"
        "Atau di TUI, tombol T: hanya yang tanpa target, t: isi targetnya:\n"
        "  lkj-tui --report {id}{store}",
        "made_empty": "Laporan kosong {id} dibuat. Isi lewat TUI:\n  lkj-tui --report {id}{store}\n"
        "atau impor:\n  lkj-tui import BERKAS.xlsx --report {id} --overwrite{store}",
    },
    "en": {
        "bad_tahun": "not a plausible year: {tahun} (write four digits, e.g. --tahun 2026)",
        "same_year": "the new year is the report's own year ({tahun}): --from makes a later "
        "year's report, e.g. --tahun {next}",
        "earlier": "the new year ({tahun}) is before the report's ({old}): --from makes a later "
        "year's report (the {old} realisasi become its history); import the {tahun} report, or "
        "make it empty with: lkj-tui new --instansi NAME --tahun {tahun}{store}",
        "same_id": "the new report id is the old one ({id})",
        "empty_needs": "an empty report needs {lacking} (next year's report from an existing "
        "one: --from ID). For example: {line}",
        "and": " and ",
        "exists": "report '{id}' already exists; not overwritten (choose another --report)",
        "exists_next": "the {tahun} report (the year after {old}, the default without --tahun) "
        "already exists: '{id}'; not overwritten (another year: --tahun YEAR, another id: "
        "--report ID). Open it: lkj-tui --report {id}{store}",
        "next_year": "The new report's year: {tahun}, the year after {old} (no --tahun given; "
        "another year: --tahun YEAR).",
        "made_from": "Report {id} made from {source}: {nodes} nodes, {measured} indicators; "
        "the {tahun} targets from the Renstra targets",
        "without": " ({n} indicators without a target for that year)",
        "outside": " — {tahun} is outside the Renstra period {a}–{b}: fill in that year's "
        "targets as below",
        "moved": ". The {old} realisasi moved to the history; the old report is unchanged.",
        "fill": "Fill the empty targets in the workbook (its target column), then import it back:\n"
        "  lkj-tui export --report {id} -f xlsx -o {file}{store}\n"
        "  lkj-tui import {file} --report {id} --overwrite{store}\n"
        "Their list (“{missing}”, “{missing_kegiatan}”):\n"
        "  lkj-tui check --report {id}{store}\n"
        "Then fill them one by one: set takes a node's code (e.g. “IKU 1”) or the id check "
        "prints after “node”:\n"
        "  lkj-tui set --report {id} {example} target VALUE{store}\n"
        "Or in the TUI, key T: only those without a target, t: fill its target:\n"
        "  lkj-tui --report {id}{store}",
        "made_empty": "Empty report {id} made. Fill it in the TUI:\n  lkj-tui --report {id}{store}\n"
        "or import:\n  lkj-tui import FILE.xlsx --report {id} --overwrite{store}",
    },
}


#: The longest workbook name ``new --from`` suggests, its suffix left out: "-o NAME.xlsx" stays
#: whole on a 60-column line under a folded command's indent and mark.
NAME_ROOM = 40


def workbook_name(report_id: str, tahun: int) -> str:
    """The workbook's name ``new --from`` suggests for ``report_id``: the id with ``.xlsx``, or
    where that is longer than :data:`NAME_ROOM` its first words that fit with the year
    ("bengkulu-selatan-badan-kepegawaian-2026.xlsx"): the 76-character id made "-o ID.xlsx"
    81 characters, which an 80-column terminal wrapped mid-name. Linear."""
    if len(report_id) <= NAME_ROOM:
        return f"{report_id}.xlsx"
    year = f"-{tahun}"
    words = report_id.removesuffix(year).split("-")
    kept: list[str] = []
    for word in words:
        if len("-".join([*kept, word])) + len(year) > NAME_ROOM:
            break
        kept.append(word)
    head = "-".join(kept) or report_id[: NAME_ROOM - len(year)]
    return f"{head}{year}.xlsx"


def _refuse_empty(
    t: dict[str, str], report_id: str | None, instansi: str | None, tahun: int | None, store: str
) -> NoReturn:
    """The refusal of an empty report without its instansi or year (``new``, ``new --instansi
    "Dinas Y"``: "--tahun wajib diisi", and nothing of --instansi when both were missing): what
    it lacks, and the line to type, with what was typed and an example for the rest."""
    import datetime

    named = (instansi or "").strip()
    lacking = [o for o, given in (("--instansi", named), ("--tahun", tahun)) if not given]
    name = clean_line(named, 80) if named else "Dinas Kesehatan"
    words = ["lkj-tui new", *([f"--report {clean_line(report_id, 90)}"] if report_id else [])]
    words += [f'--instansi "{name}"' if " " in name else f"--instansi {name}"]
    words += [f"--tahun {tahun or datetime.date.today().year}"]
    line = " ".join(words) + store
    fail(t["empty_needs"].format(lacking=t["and"].join(lacking), line=line), 2)


def run_new(
    store_path: Path | None,
    report_id: str | None,
    instansi: str | None,
    tahun: int | None,
    source_id: str | None,
    lang: str = "id",
) -> int:
    t = _TEXT["en" if lang == "en" else "id"]
    refuse_undecoded(instansi, lang, "--instansi")
    if tahun is not None and not 1900 <= tahun <= 2200:
        fail(t["bad_tahun"].format(tahun=tahun), 2)
    if source_id is None and (tahun is None or not (instansi or "").strip()):
        _refuse_empty(t, report_id, instansi, tahun, store_option(store_path, lang))
    if instansi and len(instansi) > 200:  # (a pasted megabyte: refused as set refuses a name)
        from lkj_tui.core.edits import EditError, one_line

        try:
            one_line("instansi", instansi)
        except EditError as exc:
            fail(exc.text(lang), 2)
    # (makes a store on purpose; an empty report its first, next year's from the example's)
    example = "never" if source_id is None else "new"
    store = open_store(store_path, lang=lang, create=True, example=example)
    report: Report
    extra: dict[str, object] | None = None
    defaulted: int | None = None  # the year taken when --from came without --tahun
    if source_id is not None:
        try:
            old = store.load(source_id).report
            old_data = store.path_for(source_id).read_bytes()
        except OSError as exc:
            fail(str(exc))
        except StoreError as exc:
            fail_store(exc, store_path, lang)
        if tahun is None:  # next year's, as --from is for (it was refused: "--tahun wajib")
            tahun = defaulted = old.meta.tahun + 1
        if tahun == old.meta.tahun:
            fail(t["same_year"].format(tahun=tahun, next=tahun + 1), 2)
        if tahun < old.meta.tahun:  # its history would hold a later year's realisasi
            where = store_option(store_path, lang)
            fail(t["earlier"].format(tahun=tahun, old=old.meta.tahun, store=where), 2)
        if (report_id or next_report_id(old.meta.id, old.meta.tahun, tahun)) == old.meta.id:
            fail(t["same_id"].format(id=clean_line(old.meta.id)), 2)
        try:
            report = rollover(old, tahun, report_id)
        except ModelError as exc:
            fail(exc.text(lang), 2)
        if instansi:
            from dataclasses import replace

            report.meta = replace(report.meta, instansi=instansi)
        extra = {MADE_FROM: made_from(old.meta.id, old_data, report, instansi)}
    else:
        assert instansi and tahun is not None  # (refused above: _refuse_empty)
        report = empty_report(report_id or default_report_id(instansi, tahun), instansi, tahun)
    try:
        store.import_report(report, meta_extra=extra, note={"kind": "new", "from": source_id})
    except StoreError as exc:
        if exc.code == "exists" and defaulted is not None:
            where = store_option(store_path, lang)
            said = t["exists_next"].format(
                tahun=tahun, old=tahun - 1, id=clean_line(report.meta.id), store=where
            )
            fail(said)
        if exc.code == "exists" and report_id is None and source_id is None:  # (made from the
            # instansi: "!!!" and "دائرة" are both laporan-2025)
            from lkj_tui.cli.common import taken_id

            fail(taken_id(store, report.meta.id, report.meta.tahun, lang))
        if exc.code == "exists":
            fail(t["exists"].format(id=clean_line(report.meta.id)))
        fail_store(exc, store_path, lang)
    new_id = clean_line(report.meta.id)
    where = store_option(store_path, lang)
    fmt = format_en if lang == "en" else format_id  # "1.462 simpul", not "1462"

    def n(count: int) -> str:
        return fmt(Decimal(count), 0)

    # the next commands, for the store the user named
    if source_id is not None:
        measured = sum(1 for n in report.walk() if n.measure is not None)
        first, last = report.meta.periode
        if not first:  # no Renstra period known: nothing to say of it
            first, last = tahun, tahun
        without = sum(
            1 for n in report.walk() if n.measure is not None and n.measure.target is None
        )
        if defaulted is not None:  # the year it chose, and how to choose another
            say(t["next_year"].format(tahun=tahun, old=tahun - 1), 2)
        say(
            t["made_from"].format(
                id=new_id,
                source=clean_line(source_id),
                nodes=n(len(report)),
                measured=n(measured),
                tahun=tahun,
            )
            + (t["without"].format(n=n(without)) if without else "")
            + (
                ours(t["outside"]).format(tahun=tahun, a=first, b=last)
                if not first <= tahun <= last
                else ""
            )
            + t["moved"].format(old=old.meta.tahun),
            2,
            seps=PATH_SEPS,
        )
        if without:  # how to list and fill them (it said only how many)
            from lkj_tui.cli.check import check_name
            from lkj_tui.core.reviu import CHECKS
            from lkj_tui.core.reviu.finding import shared_heads, short_id

            # the example: a real one, as check prints it (by its id where it has no kode)
            missing = [
                n for n in report.walk() if n.measure is not None and n.measure.target is None
            ]
            shown = next((n for n in missing if not n.code), missing[0])
            example = short_id(shown.id, shared_heads(report))
            # the findings by the names check prints them with
            named = {
                "missing": check_name(CHECKS["missing-target"], lang),
                "missing_kegiatan": check_name(CHECKS["missing-target-kegiatan"], lang),
            }
            file = workbook_name(new_id, tahun)
            said = t["fill"].format(id=new_id, file=file, store=where, example=example, **named)
            say_lines([said], PATH_SEPS)
    else:  # (an id wider than the line broken after a "-", its year kept with a piece)
        say_lines([t["made_empty"].format(id=new_id, store=where)], PATH_SEPS)
    say_twins(store, report.meta, lang)
    return 0
