"""What the TUI holds about the open report, and the blocking work it does in worker threads.

Nothing here imports textual: loading, searching and exporting run in ``@work(thread=True)`` workers
and hand a result back to the app, which alone touches widgets.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from time import monotonic

from lkj_tui.core.evaluate import Evaluation, report_scales
from lkj_tui.core.model import Measure, Node, Report
from lkj_tui.core.scales import Scales
from lkj_tui.storage.errors import StoreError, not_written
from lkj_tui.storage.reader import Progress, ReportInfo
from lkj_tui.storage.store import Store

SEARCH_LIMIT = 50


#: A report of up to this many nodes is evaluated before its first frame (the bundled one, 216
#: nodes, in ≈ 20 ms; 10,000 nodes ≈ 0.15 s); a bigger one shows its tree first and is evaluated
#: in a worker after that frame (docs/tui.md, "How it stays fast").
EVALUATE_FIRST = 10_000
#: A listing says how far it is (:func:`throttled`) once it has taken this many seconds (a warm
#: one, or a small store's, is over before: nothing said), then at most every PROGRESS_EVERY.
PROGRESS_AFTER, PROGRESS_EVERY = 0.3, 0.2


class NotEvaluated(RuntimeError):
    """The view's report is not evaluated yet (see :attr:`View.ready`)."""


class View:
    """One loaded report: the revision it was read at, its evaluation once it is made, and the
    under-target and walk-order indexes (the walk order made when first needed).

    A big report is shown before it is evaluated (:data:`EVALUATE_FIRST`): until :meth:`evaluated`
    is called, :attr:`ready` is False and :attr:`evaluation` raises; whatever shows or needs a
    figure waits for it or says it is being computed."""

    def __init__(
        self, report_id: str, revision: int, report: Report, evaluation: Evaluation | None = None
    ) -> None:
        self.report_id, self.revision, self.report = report_id, revision, report
        self._evaluation: Evaluation | None = None
        self._scales: Scales | None = None
        self.under: list[str] = []  # under-target measured ids, report order (once evaluated)
        self._under_keys: list[int] = []  # their positions
        self._order: dict[str, int] | None = None
        self._realised: bool | None = None  # whether a measure has its realisasi (in_review)
        self._untargeted: set[str] | None = None  # the measures without a target (lacks_target)
        #: the store's reports as the load that chose this one listed them (the start without a
        #: report asked for), else None: the start counts them and picks the years from them
        self.listing: list[ReportInfo] | None = None
        #: the sync conflicts the file records, waiting for a choice (``K``): the summary says
        #: how many while they wait
        self.conflicts = 0
        if evaluation is not None:
            self.evaluated(evaluation)

    @classmethod
    def build(cls, report_id: str, revision: int, evaluation: Evaluation) -> View:
        return cls(report_id, revision, evaluation.report, evaluation)

    def evaluated(self, evaluation: Evaluation) -> None:
        """The report's evaluation is made: every figure can be shown."""
        self._evaluation = evaluation
        self.under = [ev.node.id for ev in evaluation.under_target()]
        self._under_keys = []
        self._realised = self._untargeted = None

    @property
    def ready(self) -> bool:
        """Whether the report is evaluated."""
        return self._evaluation is not None

    @property
    def evaluation(self) -> Evaluation:
        if self._evaluation is None:
            raise NotEvaluated(self.report_id)
        return self._evaluation

    @property
    def scales(self) -> Scales:
        """The report's rating scales (known before it is evaluated)."""
        if self._evaluation is not None:
            return self._evaluation.scales
        if self._scales is None:
            self._scales = report_scales(self.report)
        return self._scales

    @property
    def order(self) -> dict[str, int]:
        """Node id → position in report order (made when first needed: ≈ 0,2–1 s for 183,264
        nodes, which a first frame does not need)."""
        if self._order is None:
            self._order = {n.id: i for i, n in enumerate(self.report.walk())}
        return self._order

    @property
    def in_review(self) -> bool:
        """Whether the report is in review (the key bar leads with a reviewer's keys): something
        is under target, or a measure has its realisasi, every one reaching its target; not
        next year's report before its realisasi, nor one not yet evaluated (no walk on the first
        frame). The walk stops at the first realisasi and is kept until a structural edit or
        a realisasi emptied (:meth:`note_changed`)."""
        if self.under:
            return True
        if self._evaluation is None:
            return False
        if self._realised is None:
            measures = (n.measure for n in self.report.walk())
            self._realised = any(m is not None and _reported(m) for m in measures)
        return self._realised

    # ---- under-target navigation
    def _keys(self) -> list[int]:
        if len(self._under_keys) != len(self.under):
            self._under_keys = [self.order[i] for i in self.under]
        return self._under_keys

    def note_changed(self, node_id: str) -> None:
        """Keep :attr:`under` (and :attr:`in_review`) right after ``node_id`` was re-evaluated."""
        measure = self.evaluation.of(node_id).node.measure
        if self._realised is False and measure is not None and _reported(measure):
            self._realised = True  # (the first realisasi typed in)
        elif self._realised and measure is not None and not _reported(measure):
            self._realised = None  # (a realisasi emptied, or undone: was it the only one?)
        if self._untargeted is not None:  # (a target typed in, or emptied)
            from lkj_tui.core.reviu.measures import is_missing

            if measure is not None and is_missing(measure.target):
                self._untargeted.add(node_id)
            else:
                self._untargeted.discard(node_id)
        keys = self._keys()
        pos = bisect.bisect_left(keys, self.order[node_id])
        present = pos < len(self.under) and self.under[pos] == node_id
        if self.evaluation.of(node_id).under_target and not present:
            self.under.insert(pos, node_id)
            keys.insert(pos, self.order[node_id])
        elif not self.evaluation.of(node_id).under_target and present:
            del self.under[pos], keys[pos]

    def next_under(self, current: str | None, forward: bool = True) -> tuple[int, bool]:
        """The place in :attr:`under` of the next (or previous) under-target item after
        ``current``, and whether it wrapped (-1: nothing is under target)."""
        return self._next(self.under, self._keys(), current, forward)

    def _next(
        self, ids: list[str], keys: list[int], current: str | None, forward: bool
    ) -> tuple[int, bool]:
        """The place in ``ids`` (at positions ``keys``, report order) of the next (or previous)
        after ``current``, and whether it wrapped; -1 when ``ids`` is empty. The place, not the
        id: the toast counts it ("3 dari 12"), where ``ids.index`` cost ≈ 4 M instructions a
        press near the end of the huge report (docs/performance.md, tui21)."""
        if not ids:
            return -1, False
        here = self.order.get(current, -1) if current is not None else -1
        if forward:
            pos = bisect.bisect_right(keys, here)
            return (pos, False) if pos < len(keys) else (0, True)
        pos = bisect.bisect_left(keys, here) - 1 if current is not None else len(keys) - 1
        return (pos, False) if pos >= 0 else (len(ids) - 1, True)

    def under_paths(self) -> set[str]:
        """Ids shown by the under-target filter: every under-target item and all its parents."""
        report, shown = self.evaluation.report, set[str]()
        for ev in self.evaluation.under_target():
            node: Node | None = ev.node
            while node is not None and node.id not in shown:  # (up to a parent already shown)
                shown.add(node.id)
                node = report.get(node.parent) if node.parent is not None else None
        return shown

    # ---- measures without a target (next year's report: new --from)
    def untargeted(self) -> list[str]:
        """Ids of the measures whose year's target is missing (empty, "-", n/a: what ``check``
        finds as missing-target and missing-target-kegiatan), in report order; read now, so a
        target set since is no longer among them."""
        from lkj_tui.core.reviu.measures import is_missing  # (only when the filter is used)

        return [
            n.id
            for n in self.report.walk()
            if n.measure is not None and is_missing(n.measure.target)
        ]

    @property
    def lacks_target(self) -> bool:
        """Whether some measure has no target for the year (the key bar offers ``T`` only then):
        the measures without one are listed once per view (a structural edit makes a new view)
        and kept by :meth:`note_changed` as targets are typed in."""
        if self._untargeted is None:
            self._untargeted = set(self.untargeted())
        return bool(self._untargeted)

    def next_untargeted(
        self, current: str | None, forward: bool = True
    ) -> tuple[int, bool, list[str]]:
        """The place of the next (or previous) measure without a target after ``current`` (-1:
        none), whether it wrapped, and all of them now."""
        ids = self.untargeted()
        order = self.order
        return (*self._next(ids, [order[i] for i in ids], current, forward), ids)

    def untargeted_paths(self) -> set[str]:
        """Ids shown by the without-a-target filter (``T``): every measure without a target and
        all its parents. Needs no evaluation."""
        report, shown = self.report, set()
        for node_id in self.untargeted():
            shown.add(node_id)
            for parent in report.ancestors(node_id):
                if parent.id in shown:
                    break
                shown.add(parent.id)
        return shown

    def filter_paths(self, mode: str | None) -> set[str] | None:
        """The ids the tree shows under a filter (``under``: ``u``, ``untargeted``: ``T``), or None
        (no filter: every node)."""
        if mode == "under":
            return self.under_paths()
        return self.untargeted_paths() if mode == "untargeted" else None

    # ---- search
    def search(
        self, query: str, limit: int = SEARCH_LIMIT, stop: Callable[[], bool] | None = None
    ) -> tuple[list[Node], int]:
        """Nodes whose code or name contains ``query`` (case- and space-insensitive), best first:
        exact code (or the node's id as ``check`` prints a row without a kode, "simpul
        0ac1b075"), code prefix, a name that begins with it, then any other match; in each, a
        node with a kode (a tujuan, a sasaran, an IKU) before the rows under it, then report
        order. ("opini" listed a kabupaten's IKU 4 *Opini BPK atas LKPD* fifth, after four
        indikator kegiatan named "Opini …"; "nilai" the bundled report's IKU 8 after a kegiatan
        indicator that only has the word inside.)

        ``stop`` (the search box's worker: a newer text was typed) ends the walk early, every
        :data:`_STOP_EVERY` nodes: on the huge report a search took ≈ 0.5 s and each key typed
        started one, run to its end one after the other (tui66)."""
        needle = _fold(query)
        if not needle:
            return [], 0
        # a row without a kode as check names it, by its id: "simpul 0ac1b075" (or its bare
        # beginning, or the end of check's bracket, "· simpul 0ac1b075)"), first
        said = re.search(_ID_SAID, needle)
        head = said.group(1) if said is not None else None
        ranked: list[tuple[int, int, Node]] = []
        for i, node in enumerate(self.report.walk()):
            if stop is not None and not i % _STOP_EVERY and stop():
                return [], 0
            code = _fold(node.code)
            if code == needle or (head is not None and node.id.startswith(head)):
                ranked.append((0, i, node))
            elif code.startswith(needle):
                ranked.append((2, i, node))
            else:
                name = _fold(node.name)
                if name.startswith(needle):
                    ranked.append((4 if code else 5, i, node))
                elif needle in code or needle in name:
                    ranked.append((6 if code else 7, i, node))
        ranked.sort(key=lambda r: (r[0], r[1]))
        return [node for _, _, node in ranked[:limit]], len(ranked)


#: How many nodes a search walks between two looks at whether it is still wanted.
_STOP_EVERY = 4096
#: A node id as ``check`` prints it for a row without a kode, folded ("simpul0ac1b075"): its
#: first 8 characters or more (``set`` takes the same), alone or after "simpul"/"node". Compiled
#: on the first search (re's cache), not when the TUI is imported.
_ID_SAID = r"(?:^|simpul|node|[^0-9a-z])([0-9a-f]{8,32})\)?$"


def _reported(measure: Measure) -> bool:
    """Whether a measure has a realisasi of the year: its own, or a quarter's, from which the
    engine derives it (a report whose realisasi were all derived from the triwulan read as next
    year's before any: no rating column, the key bar without u and n)."""
    return bool(measure.realisasi) or any(measure.triwulan)


def _fold(text: str) -> str:
    """``text`` casefolded, each run of whitespace one space, none at its ends. (``split`` and
    ``join`` take the same whitespace as ``re``'s ``\\s``, every code point checked, at a seventh
    of the time: a search of the huge report folded 366,528 codes and names, 0.57 → 0.08 s: tui66.)"""
    return " ".join(text.split()).casefold()


def throttled(post: Callable[[int, int], None]) -> Progress:
    """A listing's progress callback that calls ``post(done, total)`` only after
    :data:`PROGRESS_AFTER` seconds and then at most every :data:`PROGRESS_EVERY` (a cold listing
    of 2,000 reports took over a minute with no sign of life: years31)."""
    last = monotonic() + PROGRESS_AFTER - PROGRESS_EVERY

    def progress(done: int, total: int) -> None:
        nonlocal last
        now = monotonic()
        if now - last >= PROGRESS_EVERY:
            last = now
            post(done, total)

    return progress


def load_view(
    store: Store,
    report_id: str | None,
    *,
    evaluate: bool = False,
    progress: Progress | None = None,
) -> View:
    """Read a report (the latest when ``report_id`` is None: the listing that chose it is kept as
    :attr:`View.listing`, ``progress`` told how far it is); evaluate it too when it is small
    (:data:`EVALUATE_FIRST`) or ``evaluate``. Blocking."""
    listing = None
    if report_id is None:
        # (a big store's summaries too: the overview, the start screen there, reads none again)
        report_id, listing = store.latest_report(progress, indexed_summaries=True)
    loaded = store.load(report_id)
    view = View(report_id, loaded.revision, loaded.report)
    view.listing, view.conflicts = listing, len(loaded.conflicts)
    if evaluate or len(loaded.report) <= EVALUATE_FIRST:
        view.evaluated(Evaluation(loaded.report))
    return view


# ---------------------------------------------------------------------------------------- export

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def export_name(view: View, folder: Path, today: date | None = None) -> Path:
    """A free file name for the export in ``folder``: ``lkj-<report>-<date>.md``, else ``-2``…"""
    today = today or date.today()
    base = f"lkj-{_UNSAFE.sub('-', view.report_id).strip('-.') or 'laporan'}-{today.isoformat()}"
    for n in range(1, 10_000):
        path = folder / (f"{base}.md" if n == 1 else f"{base}-{n}.md")
        if not os.path.lexists(path):
            return path
    return folder / f"{base}.md"


def export_markdown(
    view: View,
    lang: str,
    folder: Path,
    today: date | None = None,
    *,
    path: Path | None = None,
    scope: str = "default",
    changes: str = "",
    overwrite: bool = False,
) -> Path:
    """Write the Markdown summary (and ``changes``, the "Perubahan dalam rapat" section) to
    ``path`` (default: a new name in ``folder``) and return it. Never over an existing file unless
    ``overwrite``: the name is reserved with O_EXCL, then the content is written atomically."""
    from lkj_tui.export.markdown import render_markdown

    today = today or date.today()
    text = render_markdown(view.evaluation, scope=scope, lang=lang, today=today)
    data = (text.rstrip("\n") + "\n\n" + changes if changes else text).encode()
    try:
        return _write_export(view, data, folder, today, path, overwrite)
    except FileExistsError:
        raise
    except (OSError, StoreError) as exc:  # why, in the user's words (not the store's hints)
        raise not_written(path or export_name(view, folder, today), exc) from exc


def _write_export(
    view: View, data: bytes, folder: Path, today: date, path: Path | None, overwrite: bool
) -> Path:
    from lkj_tui.storage.atomic import atomic_write_bytes

    if path is not None and overwrite:
        atomic_write_bytes(path, data)
        return path
    candidates = [path] if path is not None else [export_name(view, folder, today)]
    if path is None:
        candidates += [export_name(view, folder, today) for _ in range(3)]
    for candidate in candidates:
        try:
            fd = os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
        except FileExistsError:
            if path is not None:
                raise
            continue
        os.close(fd)
        try:
            atomic_write_bytes(candidate, data)
        except BaseException:
            candidate.unlink(missing_ok=True)
            raise
        return candidate
    raise FileExistsError(candidates[-1])
