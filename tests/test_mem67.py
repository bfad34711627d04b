"""The huge report's exports (issue 17, mem67): ``export --reviu``, ``export -r`` (Markdown) and
``export --compare`` write their document as it is made, through the same atomic write, never
holding it whole (the 100,000-measure report's reviu: 70 MB of text, then its bytes beside it);
the bytes are those of the whole text, to stdout and to a file."""

from __future__ import annotations

import datetime
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lkj_tui.cli import compare as cli_compare
from lkj_tui.cli import export as cli_export
from lkj_tui.core import reviu as core_reviu
from lkj_tui.core.model import Item, Measure, Node, Report, ReportMeta
from lkj_tui.storage.store import Store
from tests.test_mem65 import _rows

TODAY = datetime.date(2026, 12, 7)


class _Sink:
    """A stdout that counts the bytes written to it and keeps none."""

    encoding = "utf-8"
    errors = "strict"

    def __init__(self) -> None:
        self.size = 0
        self.buffer = self

    def write(self, data: Any) -> int:
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def _marked(make: Callable[..., Any], marks: list[int]) -> Callable[..., Any]:
    """``make``, which records the memory traced when it returns and starts the peak again:
    what is made after it (the document) is measured from there. (A reviu's findings whose words
    are written when first read are read first: what ``check`` keeps too.)"""

    def made(*args: Any, **kwargs: Any) -> Any:
        out = make(*args, **kwargs)
        for f in getattr(out, "findings", ()):
            f.message("id")
        tracemalloc.reset_peak()
        marks.append(tracemalloc.get_traced_memory()[0])
        return out

    return made


#: The one long name of every program, kegiatan, sub kegiatan and indicator below the IKU (a
#: name written in many places of each document; one name: escaped once, for every node).
_NAME = "Persentase dokumen perencanaan dan pelaporan kinerja perangkat daerah " * 3


def _report(programs: int, tahun: int) -> Report:
    """:func:`_rows`'s report of ``tahun``, each indicator under target with a permasalahan,
    each node below the IKU named :data:`_NAME` (documents of about 2 KB an indicator)."""
    nodes = []
    for node in _rows(programs).walk():
        if node.kind == "indikator_kegiatan":
            text = f"Dokumen {node.id} belum disahkan: menunggu tanda tangan kepala dinas."
            measure = Measure(satuan="Dokumen", target="2", realisasi="1")
            node = node.with_changes(permasalahan=(Item(f"m{node.id}", text),), measure=measure)
        if node.kind not in ("tujuan", "sasaran", "iku"):
            node = node.with_changes(name=_NAME)
        nodes.append(node)
    return Report(ReportMeta(f"uji-{tahun}", "Dinas Uji", tahun), nodes)


def _exported(
    store: Path,
    monkeypatch: pytest.MonkeyPatch,
    hook: tuple[Any, str],
    output: Path | None,
    report: str = "uji-2023",
    compare_with: str | None = None,
    reviu: bool = False,
) -> tuple[int, int]:
    """``export`` of ``report`` in process (stdout a :class:`_Sink`, or ``output``): the
    document's size, and the most memory held beyond what was held once ``hook`` (a module and
    a name: what the document is made from) returned."""
    marks: list[int] = []
    owner, name = hook
    monkeypatch.setattr(owner, name, _marked(getattr(owner, name), marks))
    sink = _Sink()
    monkeypatch.setattr("sys.stdout", sink)
    tracemalloc.start()
    try:
        cli_export.run_export(
            store,
            report,
            output,
            False,
            "all",
            "id",
            today=TODAY,
            reviu=reviu,
            compare_with=compare_with,
        )
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert marks, f"{name} was not called"
    size = sink.size if output is None else output.stat().st_size
    return size, peak - marks[-1]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("mem67") / "s"
    made = Store(root)
    made.import_report(_report(2500, 2023))
    return root


@pytest.mark.parametrize("to_file", [False, True])
def test_the_reviu_is_written_as_it_is_made(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, to_file: bool
) -> None:
    output = tmp_path / "reviu.md" if to_file else None
    size, held = _exported(store, monkeypatch, (core_reviu, "run_checks"), output, reviu=True)
    assert size > 2_000_000, size
    # a few pieces of 65,536 characters, each as text and bytes (held whole: the text and its
    # bytes, twice the document and more)
    assert held < 1_500_000, (size, held)


@pytest.mark.parametrize("to_file", [False, True])
def test_the_markdown_is_written_as_it_is_made(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, to_file: bool
) -> None:
    output = tmp_path / "notulen.md" if to_file else None
    size, held = _exported(store, monkeypatch, (cli_export, "Evaluation"), output)
    assert size > 2_000_000, size
    assert held < 1_500_000, (size, held)


def _ikus(n: int, tahun: int) -> Report:
    """A report of ``tahun`` with one sasaran and ``n`` IKU, each under target (what a comparison
    lists: the IKU and the indikator lainnya)."""
    nodes = [Node("t", "tujuan", "Tujuan"), Node("s", "sasaran", "Sasaran", parent="t")]
    for i in range(n):
        measure = Measure(satuan="%", target="100", realisasi=str(50 + i % 40))
        name = f"Persentase dokumen perencanaan {i} yang disahkan tepat waktu"
        nodes.append(Node(f"i{i}", "iku", name, "s", i, code=f"IKU {i + 1}", measure=measure))
    return Report(ReportMeta(f"banding-{tahun}", "Dinas Banding", tahun), nodes)


def test_the_comparison_is_written_as_it_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(tmp_path / "s")
    store.import_report(_ikus(4000, 2023))
    store.import_report(_ikus(4000, 2024))
    hook = (cli_compare, "compare")
    size, held = _exported(store.root, monkeypatch, hook, None, "banding-2024", "banding-2023")
    assert size > 2_000_000, size
    assert held < 1_500_000, (size, held)


_PARTS = st.sampled_from([*"9999.,\n\n a(…)“”x", "9" * 20, " (12 digit)", "… (3+ karakter)"])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.lists(_PARTS, max_size=8).map("".join), max_size=30),
    st.integers(8, 30),
    st.integers(1, 40),
    st.sampled_from(["id", "en"]),
)
@example(["9" * 30 + "\n" + "9" * 30], 20, 1, "id")  # (a run just before and after a piece's end)
@example(["x" + "9" * 30, "\nab", "c 9" + "9" * 30], 20, 2, "en")
def test_long_numbers_are_cut_in_pieces_as_in_the_whole_text(
    pieces: list[str], room: int, size: int, lang: str
) -> None:
    """A number's run is cut by what is around it, up to 4 characters either side: a piece ends
    at a line break with more after it, the characters before it kept for the next."""
    from lkj_tui.core.longvalue import clip_long, clip_long_pieces

    made = list(clip_long_pieces(iter(pieces), room, lang, size))
    assert "".join(made) == clip_long("".join(pieces), room, lang)
    assert all(len(p) <= max(size, *map(len, pieces), 1) * 4 + 8 for p in made[:-1])


@given(st.lists(st.one_of(st.text("ab\n", max_size=4), st.lists(st.text("ab\n", max_size=3)))))
def test_blocks_are_joined_as_a_whole_text(blocks: list[str | list[str]]) -> None:
    """``joined`` is ``"\\n\\n".join`` of the blocks and a line break, a block made of lines
    (a table) as its lines joined; ``without_end_breaks`` is ``rstrip("\\n")``."""
    from lkj_tui.cli.export import without_end_breaks
    from lkj_tui.export.escape import joined

    whole = "\n\n".join(b if isinstance(b, str) else "\n".join(b) for b in blocks) + "\n"
    made = list(joined(b if isinstance(b, str) else iter(b) for b in blocks))
    assert "".join(made) == whole
    assert "".join(without_end_breaks(iter(made))) == whole.rstrip("\n")
