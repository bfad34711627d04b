"""A finding of the reviu and the whole result (:class:`Reviu`): findings, counts and coverage."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import field
from typing import Any

from lkj_tui.core.model import Node, Report
from lkj_tui.core.record import FACTORY, record
from lkj_tui.core.reviu.catalog import CHECKS, SEVERITIES, CheckInfo, Severity
from lkj_tui.core.sanitize import PART, clean_line

#: The characters of a node id that name a node without a kode (``check``'s "simpul 0ac1b075",
#: the TUI's detail pane; ``set`` takes a unique beginning of an id: cli/setfield.py).
SHORT_ID = 8
_NODE_WORD = {"id": "simpul", "en": "node"}


def shared_heads(report: Report) -> set[str]:
    """The beginnings of :data:`SHORT_ID` characters that two node ids share (none, as a rule:
    ids are random): a node whose id begins so is printed by its whole id. The ids sorted, those
    that begin the same are neighbours: nothing is held but their list (every beginning in a
    list and a set held 23 MiB for the 100,000-measure report's 183,264 ids, "mem65")."""
    shared: set[str] = set()
    before = None
    for node_id in sorted(report.by_id()):
        head = node_id[:SHORT_ID]
        if head == before:
            shared.add(head)
        before = head
    return shared


def short_id(node_id: str, shared: set[str]) -> str:
    """What a planner types to ``set`` for a node without a kode: the first :data:`SHORT_ID`
    characters of its id, the whole id where another node's begins the same (cleaned)."""
    head = node_id[:SHORT_ID]
    return clean_line(node_id if head in shared else head)


def node_ref(node_id: str, shared: set[str], lang: str) -> str:
    """A node without a kode as ``check`` names it and ``set`` takes it: "simpul 0ac1b075" /
    "node 0ac1b075" (the one wording: check's findings, the TUI's detail pane)."""
    return f"{_NODE_WORD.get(lang, _NODE_WORD['id'])} {short_id(node_id, shared)}"


class Figures(Mapping[str, str]):
    """A finding's figures (name → value, as printed), read as a dict: the names a tuple that
    every finding naming the same figures shares, the values a tuple. A dict each held 184
    bytes (a huge report's 30,279 findings: 5.3 MiB, mem68)."""

    __slots__ = ("_names", "_values")

    def __init__(self, figures: Mapping[str, str]) -> None:
        names = tuple(figures)
        if len(_NAMES) < 256:  # (the names are the checks' own: a few dozen sets)
            names = _NAMES.setdefault(names, names)
        self._names = names
        self._values = tuple(figures.values())

    def __getitem__(self, name: str) -> str:
        try:
            return self._values[self._names.index(name)]
        except ValueError:
            raise KeyError(name) from None

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __repr__(self) -> str:
        return repr(dict(self))


#: The names of :class:`Figures`, each set once.
_NAMES: dict[tuple[str, ...], tuple[str, ...]] = {}
#: The figures of a finding that names none.
NO_FIGURES = Figures({})


@record(slots=True, private=("_words",))
class Finding:
    """One finding: which check, how serious, on which node (None: the report), what it says in
    both languages, and the figures it names (printed text or Indonesian numbers). Slotted: the
    100,000-measure report's 26,905 findings held 7 MB in their instance dicts (mem61). Its
    private slot ``_words``: the function writing the message of a finding made without it
    (None once written, or made with it)."""

    check: str
    severity: Severity
    node: str | None
    message_id: str
    message_en: str
    figures: Mapping[str, str] = field(default_factory=dict)
    #: (id, en) as the message with our separators marked (:data:`PART`), for an output that is
    #: not UTF-8 (" | ", not the "-" of a report's own " · "); None: the message has none.
    marked: tuple[str, str] | None = None

    def __init__(
        self,
        check: str,
        severity: Severity,
        node: str | None,
        message_id: str,
        message_en: str,
        figures: Mapping[str, str] = FACTORY,
        marked: tuple[str, str] | None = None,
    ) -> None:
        this: Any = self  # (writable until frozen again: core/record.py)
        object.__setattr__(this, "__class__", this.thawed_class)
        this.check = check
        this.severity = severity
        this.node = node
        this.message_id = message_id
        this.message_en = message_en
        this.figures = NO_FIGURES if figures is FACTORY else figures
        this.marked = marked
        this._words = None
        this.__class__ = Finding

    @classmethod
    def _unwritten(
        cls,
        check: str,
        severity: Severity,
        node: str | None,
        words: Callable[[], tuple[str, str]],
        figures: Mapping[str, str],
    ) -> Finding:
        """A finding whose message ``words`` writes when it is first read (:func:`make`)."""
        this: Any = object.__new__(cls.thawed_class)  # type: ignore[attr-defined]
        this.check = check
        this.severity = severity
        this.node = node
        this.figures = figures
        this.marked = None
        this._words = words
        this.__class__ = cls
        return this  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:
        """``message_id`` or ``message_en`` of a finding made with its words unwritten (its slot
        empty: Python asks here only then): both are written when one is first read, then kept,
        as an Achievement's sentences are (core/achievement.py)."""
        if name not in ("message_id", "message_en"):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        words = self._words
        if words is not None:  # (None: another thread has just written them)
            message_id, message_en = words()
            object.__setattr__(self, "message_id", message_id)
            object.__setattr__(self, "message_en", message_en)
            object.__setattr__(self, "_words", None)
        return getattr(Finding, name).__get__(self, Finding)

    @property
    def info(self) -> CheckInfo:
        return CHECKS[self.check]

    def message(self, lang: str = "id", marks: bool = False) -> str:
        """The message in ``lang``; ``marks``: with our separators marked (:attr:`marked`)."""
        if marks and self.marked is not None:
            return self.marked[1] if lang == "en" else self.marked[0]
        return self.message_en if lang == "en" else self.message_id


def parted(head: str, parts: Sequence[str], tail: str = "") -> tuple[str, str]:
    """``head — part · part…tail`` as a message says it, and with its separators (ours, not
    the report's text in ``parts``) marked (:data:`PART`): :func:`make`'s ``marked``."""
    plain = f"{head} — " + " · ".join(parts) + tail
    mark = f" {PART} "  # (a report's own noncharacter in a part is no mark: taken out)
    return plain, head + mark + mark.join(p.replace(PART, "") for p in parts) + tail.replace(
        PART, ""
    )


class Said:
    """A message's words as :func:`make_unwritten` takes them: two templates (id, en) with a
    ``{}`` each and the value each says, written when called. 56 bytes a finding where the two
    messages written held ≈ 190 (a huge report's 16,964 under-target findings, mem68)."""

    __slots__ = ("templates", "value_en", "value_id")

    def __init__(self, templates: tuple[str, str], value_id: str, value_en: str) -> None:
        self.templates, self.value_id, self.value_en = templates, value_id, value_en

    def __call__(self) -> tuple[str, str]:
        return self.templates[0].format(self.value_id), self.templates[1].format(self.value_en)


def make_unwritten(
    check: str,
    node: str | None,
    words: Callable[[], tuple[str, str]],
    figures: Mapping[str, str],
    severity: Severity | None = None,
) -> Finding:
    """A finding of ``check`` whose message ``words`` writes only when it is first read
    (``check --all`` reads none: counts only), for words that cost a run of the engine (a
    capaian's reason). (Not a branch of :func:`make`: its ``callable()`` test cost every one
    of a store's findings, ≈ 26.000 in ``check --all``, to serve ≈ 1.400.)"""
    info = CHECKS[check]
    return Finding._unwritten(check, severity or info.severity, node, words, Figures(figures))


def make(
    check: str,
    node: str | None,
    message: tuple[str, str],
    figures: Mapping[str, str] | None = None,
    severity: Severity | None = None,
    marked: tuple[str, str] | None = None,
) -> Finding:
    """A finding of ``check`` (its default severity unless given); ``marked``: the message
    with our separators marked (:func:`parted`); :func:`make_unwritten` for words written
    when first read."""
    info = CHECKS[check]
    return Finding(
        check,
        severity or info.severity,
        node,
        message[0],
        message[1],
        Figures(figures) if figures else NO_FIGURES,
        marked,
    )


class Places:
    """How a finding names its node: "IKU 1 Nilai LPPD" (code and name). A node without a code
    whose name (as written) another node without a code shares (a kabupaten's indicator rows:
    "Jumlah Dokumen Perencanaan Perangkat Daerah" under several kegiatan) is followed by where it
    is, the nearest
    coded node above and its parent: "Nilai Data Kinerja (IKU 8 › Fasilitasi Data Kinerja)"
    (vals21: 112 of a kabupaten report's 175 findings named a row that others share). Not cleaned:
    each front end cleans or escapes it. The shared names are counted once, on first need."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self._shared: frozenset[str] | None = None

    def __call__(self, node: Node) -> str:
        name, where = self.parts(node)
        return f"{name} ({where})" if where else name

    def parts(self, node: Node) -> tuple[str, str]:
        """(the node's code and name, where it is: "IKU 8 › Fasilitasi Data Kinerja", or "" for
        a node that needs no place): for a front end that adds to the bracket (``check``'s node
        id, one bracket: "(IKU 8 › Fasilitasi Data Kinerja · simpul 0ac1b075)")."""
        if node.code:
            return (f"{node.code} {node.name}" if node.name else node.code), ""
        if self._shared is None:  # (the nodes as stored: no walk of the tree)
            names = Counter([n.name for n in self.report.by_id().values() if not n.code])
            self._shared = frozenset([k for k, n in names.items() if n > 1])
        if node.name not in self._shared:
            return node.name, ""
        parent = self.report.get(node.parent) if node.parent is not None else None
        coded = parent
        while coded is not None and not coded.code:  # (the nearest coded node above)
            coded = self.report.get(coded.parent) if coded.parent is not None else None
        where = [coded.code] if coded is not None else []
        if parent is not None and parent is not coded:
            where.append(parent.name)
        return node.name, " › ".join(where)


#: The LKj content items whose coverage over the IKU is counted (PermenPAN-RB 53/2014, Bab III).
COVERAGE_ITEMS: dict[str, tuple[str, str]] = {
    "tahun_lalu": ("perbandingan dengan tahun lalu", "comparison with last year"),
    "renstra": ("perbandingan dengan target Renstra", "comparison with the Renstra target"),
    "analisis": ("analisis (permasalahan dan solusi)", "analysis (problems and solutions)"),
    "anggaran": ("anggaran", "budget"),
}


@record
class Reviu:
    """Every finding of one report in report order, and the coverage per LKj content item."""

    findings: tuple[Finding, ...]
    iku: int  # IKU counted for the coverage
    coverage: Mapping[str, int] = field(default_factory=dict)  # item → IKU that have it

    def __init__(
        self, findings: tuple[Finding, ...], iku: int, coverage: Mapping[str, int] = FACTORY
    ) -> None:
        vars(self).update(
            findings=findings, iku=iku, coverage={} if coverage is FACTORY else coverage
        )

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = dict.fromkeys(SEVERITIES, 0)
        for f in self.findings:
            out[f.severity] += 1
        return out

    def of(self, node_id: str) -> list[Finding]:
        return [f for f in self.findings if f.node == node_id]

    def by_node(self) -> dict[str | None, list[Finding]]:
        out: dict[str | None, list[Finding]] = {}
        for f in self.findings:
            out.setdefault(f.node, []).append(f)
        return out

    def filtered(self, least: Severity) -> Reviu:
        """Only the findings at ``least`` severity or more serious."""
        keep = SEVERITIES[: SEVERITIES.index(least) + 1]
        return Reviu(tuple(f for f in self.findings if f.severity in keep), self.iku, self.coverage)
