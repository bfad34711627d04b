"""The listing index: what listing a big store needs, kept in the user's cache folder.

Per report it records what a full strict read of one exact file version found (its id, instansi,
tahun, revision and IKU summary), keyed by that version's identity (:class:`FileSig`: device, inode,
size, mtime, ctime). A file whose identity differs is read strictly again, so the index never vouches
for bytes it has not seen. The index is a cache: a missing, unreadable or foreign one is an empty one,
and writing it never fails a listing.
"""

from __future__ import annotations

import functools
import json
import os
import time
from contextlib import suppress
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation, localcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lkj_tui.core.model import Node, Report
from lkj_tui.core.numbers import quantize
from lkj_tui.core.record import record
from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.jsonfile import CLOEXEC, NOFOLLOW, FileSig, read_file
from lkj_tui.storage.paths import temp_path

if TYPE_CHECKING:
    from lkj_tui.core.achievement import Achievement
    from lkj_tui.core.evaluate import Evaluation

_INDEX_FORMAT = 2  # 2: an IKU row holds its verdict (met), for a verdict without a capaian %
#: What a full strict read of a file version found: instansi, tahun, revision, how many merge
#: conflicts it records and its pemerintah.
Found = tuple[str, int, int, int, str]
#: The mean IKU capaian is taken exactly, as the evaluation's summary takes it.
_AVERAGE = Context(prec=60)
#: A file changed less than this long ago is not indexed: file times are coarse (a clock tick), so
#: a same-size rewrite within the tick could keep the identity (the "racy git" problem).
_RACY_NS = 2_000_000_000


@record
class IkuRow:
    """One IKU of a report as the overview's by-indicator view lists it (text as stored)."""

    code: str
    name: str
    capaian: Decimal | None  # rounded, as the report's evaluation gives it
    rating: str | None
    under_target: bool
    #: met or not (None: neither); the verdict of an IKU without a capaian % ("> 0", a negative
    #: realisasi: docs/capaian.md, "Verdicts"), which the overview says where the % would be
    met: bool | None = None

    def __init__(
        self,
        code: str,
        name: str,
        capaian: Decimal | None,
        rating: str | None,
        under_target: bool,
        met: bool | None = None,
    ) -> None:
        vars(self).update(
            code=code, name=name, capaian=capaian, rating=rating, under_target=under_target, met=met
        )


@record
class ReportSummary:
    """The IKU roll-up of one report: the figures ``Evaluation(report).summary()`` gives, the
    report's pemerintah and its IKU (for the TUI's overview: no report is read to draw it)."""

    indicators: int  # IKU counted
    measured: int  # IKU with a capaian
    under_target: int  # IKU under target
    average: Decimal | None  # mean IKU capaian, rounded half up to 2 decimals
    pemerintah: str = ""
    #: The IKU rows; from the index, as it holds them until :attr:`iku` is first read (``status
    #: --all`` never reads them: decoding 2,000 reports' rows was ≈ 25 % of a warm listing).
    rows: tuple[IkuRow, ...] | list[Any] = ()

    def __init__(
        self,
        indicators: int,
        measured: int,
        under_target: int,
        average: Decimal | None,
        pemerintah: str = "",
        rows: tuple[IkuRow, ...] | list[Any] = (),
    ) -> None:
        vars(self).update(
            indicators=indicators,
            measured=measured,
            under_target=under_target,
            average=average,
            pemerintah=pemerintah,
            rows=rows,
        )

    @property
    def iku(self) -> tuple[IkuRow, ...]:
        """The IKU rows, in report order (rows of a damaged index: none)."""
        rows = self.rows
        if isinstance(rows, list):
            try:
                rows = _decode_rows(rows)
            except (TypeError, ValueError, InvalidOperation):
                rows = ()
            object.__setattr__(self, "rows", rows)
        return rows

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReportSummary):
            return NotImplemented
        mine = (self.indicators, self.measured, self.under_target, self.average, self.pemerintah)
        theirs = (other.indicators, other.measured, other.under_target, other.average)
        return mine == (*theirs, other.pemerintah) and self.iku == other.iku

    __hash__ = None  # type: ignore[assignment]  # (mutable rows: as a dataclass with eq)


def summarize(report: Report, evaluation: Evaluation | None = None) -> ReportSummary:
    """Summarise the IKU of ``report``: the figures ``Evaluation(report).summary()`` gives, in one
    pass over the IKU. Each IKU's capaian is computed as :class:`~lkj_tui.core.evaluate.Evaluation`
    computes it (the report year's target against the realisasi, or against the realisasi derived
    from the triwulan by the cara hitung when it is empty); nothing the summary does not count is
    computed (the Renstra capaian, the printed figures' checks, the other levels). With
    ``evaluation`` (``Evaluation(report)``, made by the caller anyway: ``check --all``) its capaian
    are taken and none is computed."""
    found: list[tuple[Node, Achievement | None]]
    if evaluation is not None:
        found = [(ev.node, ev.achievement) for ev in evaluation.items(["iku"])]
    else:
        from lkj_tui.core.evaluate import capaian, report_scales  # (imported only where needed)

        scales = report_scales(report)
        found = [
            (node, capaian(node.measure, scales)[0])
            for node in report.walk()
            if node.measure is not None and node.kind == "iku"
        ]
    rows = [
        IkuRow(node.code, node.name, ach.rounded, ach.rating, bool(ach.under_target), ach.met)
        if ach is not None
        else IkuRow(node.code, node.name, None, None, False)
        for node, ach in found
    ]
    rounded = [r.capaian for r in rows if r.capaian is not None]
    average = None
    if rounded:
        with localcontext(_AVERAGE):
            mean = sum(rounded, Decimal(0)) / len(rounded)
        average = quantize(mean, Decimal("0.01"), ROUND_HALF_UP)
    under = sum(1 for r in rows if r.under_target)
    return ReportSummary(
        len(rows), len(rounded), under, average, report.meta.pemerintah, tuple(rows)
    )


#: The core modules whose rules decide a summary (a change to any recomputes every summary).
ENGINE_FILES = (
    "engine.py",
    "evaluate.py",
    "values.py",
    "numbers.py",
    "scales.py",
    "model.py",
    "rules.py",
    "achievement.py",
    "triwulan.py",
)


@functools.cache
def _engine_key() -> str:
    """Names the rules summaries were computed with (lkj-tui's version and the core's source), so an
    index written by another version has its summaries computed again."""
    import hashlib

    from lkj_tui import __version__, core

    digest = hashlib.sha256(__version__.encode())
    folder = Path(core.__file__).parent
    for name in ENGINE_FILES:
        with suppress(OSError):
            digest.update((folder / name).read_bytes())
    return digest.hexdigest()[:16]


def settled(sig: FileSig) -> bool:
    """Whether the file version ``sig`` may be indexed, asked right after it was read: it last
    changed at least :data:`_RACY_NS` ago."""
    return max(sig.mtime_ns, sig.ctime_ns) <= time.time_ns() - _RACY_NS


def index_path(root: Path) -> Path:
    """Where the listing index of the store folder ``root`` is kept: the user's cache folder."""
    import hashlib

    import platformdirs

    key = hashlib.sha256(os.fsencode(Path(root).resolve())).hexdigest()[:24]
    cache = Path(platformdirs.user_cache_dir("lkj-tui", appauthor=False))
    return cache / "index" / f"{key}.json"


def _decimal(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _encode_summary(summary: ReportSummary) -> list[Any]:
    average = _decimal(summary.average)
    iku = [
        [r.code, r.name, _decimal(r.capaian), r.rating, r.under_target, r.met] for r in summary.iku
    ]
    return [
        summary.indicators,
        summary.measured,
        summary.under_target,
        average,
        summary.pemerintah,
        iku,
    ]


def _opt_decimal(value: Any) -> Decimal | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError("not a number")
    number = Decimal(value)
    if not number.is_finite():
        raise ValueError("not finite")
    return number


def _decode_summary(found: Any) -> ReportSummary:
    """A summary as :func:`_encode_summary` wrote it; TypeError/ValueError for anything else (an
    index of an older format: the summary is computed again)."""
    indicators, measured, under, average, pemerintah, iku = found
    if not all(type(n) is int for n in (indicators, measured, under)):
        raise TypeError("counts")
    if not isinstance(pemerintah, str) or not isinstance(iku, list):
        raise TypeError("pemerintah or iku")
    return ReportSummary(indicators, measured, under, _opt_decimal(average), pemerintah, iku)


def _decode_rows(iku: list[Any]) -> tuple[IkuRow, ...]:
    """IKU rows as :func:`_encode_summary` wrote them; TypeError/ValueError for anything else."""
    rows = []
    for code, name, capaian, rating, is_under, met in iku:
        if not (isinstance(code, str) and isinstance(name, str) and type(is_under) is bool):
            raise TypeError("iku row")
        if rating is not None and not isinstance(rating, str):
            raise TypeError("rating")
        if met is not None and type(met) is not bool:
            raise TypeError("met")
        rows.append(IkuRow(code, name, _opt_decimal(capaian), rating, is_under, met))
    return tuple(rows)


class ListingIndex:
    """The summaries computed in this process, and the on-disk index once :meth:`read`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        #: report id → (the file version summarised, its summary)
        self.summaries: dict[str, tuple[FileSig, ReportSummary]] = {}
        self._entries: dict[str, Any] | None = None  # the on-disk index, once read
        self._changed = False

    def summary(self, report_id: str, sig: FileSig) -> ReportSummary | None:
        """The summary of exactly this file version, if one is known."""
        found = self.summaries.get(report_id)
        return found[1] if found is not None and found[0] == sig else None

    def read(self) -> None:
        """Read the index once (a missing or unreadable one is an empty one)."""
        if self._entries is not None:
            return
        self._entries = {}
        try:
            raw = read_file(index_path(self.root))  # never a link, a FIFO or a huge file
            if raw is None:
                return
            data = json.loads(raw[0])
        except (StoreError, OSError, ValueError, RecursionError):
            return
        if not isinstance(data, dict) or data.get("format") != _INDEX_FORMAT:
            return
        reports = data.get("reports")
        if isinstance(reports, dict):
            if data.get("engine") != _engine_key():  # other rules: summaries are recomputed
                for entry in reports.values():
                    if isinstance(entry, dict):
                        entry["summary"] = None
            self._entries = reports

    def lookup(self, report_id: str, sig: FileSig, *, summary: bool) -> Found | None:
        """The indexed (instansi, tahun, revision, conflicts, pemerintah) of exactly this file
        version, or None; its summary (when indexed) is remembered, and with ``summary`` one is
        required. An entry without its count of conflicts (written by an older lkj-tui) is read
        again; so is one without its pemerintah, unless its summary says it."""
        entry = (self._entries or {}).get(report_id)
        try:
            if not isinstance(entry, dict) or FileSig(*entry["sig"]) != sig:
                return None
            instansi, tahun, revision = entry["instansi"], entry["tahun"], entry["revision"]
            conflicts, pemerintah = entry.get("conflicts"), entry.get("pemerintah")
            if not (isinstance(instansi, str) and type(tahun) is int and type(revision) is int):
                return None
            if type(conflicts) is not int:
                return None
            found = entry.get("summary")
            known = None if found is None else _decode_summary(found)
            if known is not None:
                self.summaries[report_id] = (sig, known)
            elif summary:
                return None
            if not isinstance(pemerintah, str):  # (an older lkj-tui's entry)
                if known is None:
                    return None
                pemerintah = known.pemerintah
        except (TypeError, ValueError, InvalidOperation):
            return None
        return instansi, tahun, revision, conflicts, pemerintah

    def note(
        self,
        report_id: str,
        sig: FileSig,
        found: Found,
        summary: ReportSummary | None,
    ) -> None:
        """Record what a full strict read of this file version found (:data:`Found`) and, when
        computed, its summary."""
        if summary is not None:
            self.summaries[report_id] = (sig, summary)
        if self._entries is None or not settled(sig):
            return
        known = self.summary(report_id, sig)
        instansi, tahun, revision, conflicts, pemerintah = found
        self._entries[report_id] = {
            "sig": list(sig),
            "instansi": instansi,
            "tahun": tahun,
            "revision": revision,
            "conflicts": conflicts,
            "pemerintah": pemerintah,
            "summary": None if known is None else _encode_summary(known),
        }
        self._changed = True

    def keep(self, report_id: str, sig: FileSig, found: Found) -> None:
        """:meth:`note` for a full strict read of this file version made before the listing (a
        load; :func:`settled` then), unless the index holds this version already (with its
        summary, when one is known)."""
        if self._entries is None:
            return
        entry = self._entries.get(report_id)
        entry = entry if isinstance(entry, dict) else {}
        held = entry.get("sig") == list(sig) and "conflicts" in entry and "pemerintah" in entry
        if held and (entry.get("summary") is not None or self.summary(report_id, sig) is None):
            return
        self.note(report_id, sig, found, None)

    def write(self, present: set[str]) -> None:
        """Drop the reports not ``present`` and write the index if it changed (atomically, without
        fsync: it is a cache); never fails."""
        if self._entries is None:
            return
        for gone in [k for k in self._entries if k not in present]:
            del self._entries[gone]
            self._changed = True
        if not self._changed:
            return
        self._changed = False
        data = {
            "format": _INDEX_FORMAT,
            "root": str(self.root),
            "engine": _engine_key(),
            "reports": self._entries,
        }
        path = index_path(self.root)
        tmp = temp_path(path)
        try:  # private like the store it describes (ids, instansi, summaries): 0700 and 0600
            path.parent.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            path.parent.mkdir(mode=0o700, exist_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | CLOEXEC | NOFOLLOW, 0o600)
            with open(fd, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
            os.replace(tmp, path)
        except (OSError, ValueError):
            with suppress(OSError):
                tmp.unlink()
