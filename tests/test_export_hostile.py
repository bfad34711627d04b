"""The Markdown export is safe in any viewer: hostile user text never becomes structure.

Every string of a hostile corpus (hand-written, seeded random mixes and hypothesis-generated) is
placed in node names and codes, targets, realisasi, permasalahan, solusi, sources, printed tables,
isu strategis and perbaikan kinerja of a small report. The export is rendered with markdown-it-py
(CommonMark + tables) and checked: the headings are exactly the generated ones, the table has one
row per IKU and seven cells in every row, no link, image, HTML, code, quote, rule or emphasis
appears (bold only on the export's own labels), and every user string comes back as the same text.
"""

from __future__ import annotations

import datetime
import random
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.model import Item, Measure, Node, Printed, Report, ReportMeta, listed_once
from lkj_tui.core.sanitize import is_clean
from lkj_tui.export.escape import escape_cell, escape_inline, memo, plain, plain_line
from lkj_tui.export.markdown import BOLD_LABELS, UNDER_MARK, render_markdown

TODAY = datetime.date(2024, 5, 15)

# ---------------------------------------------------------------------------- markdown inspection

_MD = MarkdownIt("commonmark").enable("table")
#: Block and inline tokens the export never generates itself.
FORBIDDEN = {
    "link_open",
    "image",
    "html_inline",
    "html_block",
    "code_inline",
    "code_block",
    "fence",
    "blockquote_open",
    "hr",
    "em_open",
    "s_open",
    "autolink",
}


def parse(doc: str) -> list[Token]:
    return _MD.parse(doc)


def inline_text(token: Token) -> str:
    """The text a reader sees in an inline token (breaks as "\\n")."""
    out = []
    for child in token.children or []:
        if child.type in ("text", "text_special"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type not in ("strong_open", "strong_close"):
            out.append(f"<{child.type}>")
    return "".join(out)


def walk(tokens: Sequence[Token]) -> Iterator[Token]:
    for token in tokens:
        yield token
        yield from walk(token.children or [])


@dataclass
class Structure:
    headings: list[tuple[int, str]] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)  # rows of cells, header first
    bullets: list[str] = field(default_factory=list)  # bullet-list item texts
    numbered: list[str] = field(default_factory=list)  # ordered-list item texts
    paragraphs: list[str] = field(default_factory=list)  # top-level paragraph texts
    bold: list[str] = field(default_factory=list)


def structure(doc: str) -> Structure:
    tokens = parse(doc)
    s = Structure()
    lists: list[str] = []
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open":
            s.headings.append((int(tok.tag[1]), inline_text(tokens[i + 1])))
        elif tok.type == "table_open":
            s.tables.append([])
        elif tok.type == "tr_open":
            s.tables[-1].append([])
        elif tok.type in ("th_open", "td_open"):
            s.tables[-1][-1].append(inline_text(tokens[i + 1]))
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            lists.append(tok.type)
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif tok.type == "paragraph_open":
            text = inline_text(tokens[i + 1])
            if not lists:
                s.paragraphs.append(text)
            elif lists[-1] == "bullet_list_open":
                s.bullets.append(text)
            else:
                s.numbered.append(text)
    for tok in walk(tokens):
        assert tok.type not in FORBIDDEN, f"{tok.type} in the export: {tok.content[:80]!r}"
    children = [c for tok in tokens if tok.type == "inline" for c in tok.children or []]
    for j, child in enumerate(children):
        if child.type == "strong_open":
            s.bold.append(children[j + 1].content)
    return s


# ---------------------------------------------------------------------------- the hostile corpus

HANDWRITTEN = [
    "# heading",
    "## two",
    "[link](http://x)",
    "![img](x.png)",
    "<script>alert(1)</script>",
    "<b>x</b>",
    "a | b | c",
    "| a |\n|---|",
    "line1\nline2",
    "para1\n\n\npara2",
    "*em* _em_ **b**",
    "`code`",
    "```\nfence\n```",
    "> quote",
    "- item",
    "+ item",
    "1. item",
    "2) item",
    "---",
    "===",
    "x\n===",
    "x\n---",
    "***",
    "\\",
    "\\\\",
    "ends with \\",
    "&amp; &lt; &#65; &#x41;",
    "<http://x.y>",
    "<a@b.c>",
    "http://bare.example www.bare.example",
    "[ref]: http://x",
    "[ref]",
    "[/]",
    "[@click=app.quit]x[/]",
    "[link=https://evil]click[/link]",
    "\x1b[2J",
    "\x1b]52;c;SGVsbG8=\x07",
    "\x9b31m C1",
    "bidi \u202eevil\u202c \u2066iso\u2069",
    "nul \x00 byte",
    "emoji 👍🏽 👨‍👩‍👧 e\u0301\u0302\u0303 z̷̢͖",
    "    indented code",
    "\tTab",
    "~~strike~~ $math$ :smile: @user",
    "trailing  \nspaces",
    "\u00a0nbsp\u3000ideographic\u2028sep\u2029para",
    "",
    "   ",
    ("[a](b) *c* <d> | " * 700)[:10_000],
]

_FRAGMENTS = [
    *HANDWRITTEN[:-1],
    "#",
    "*",
    "_",
    "`",
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
    "&",
    ";",
    "|",
    "!",
    "~",
    "\\",
    "=",
    "-",
    "+",
    ":",
    "1.",
    "\n",
    "\r\n",
    " ",
    "\t",
    "x",
    "Nilai LPPD",
    "3,22",
    "88,51 %",
    "A (86,45)",
    "3 ± 1",
]


def random_corpus(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_FRAGMENTS) for _ in range(rng.randint(1, 8))) for _ in range(n)]


hostile_text = st.one_of(
    st.sampled_from(HANDWRITTEN),
    st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=8).map("".join),
    st.text(max_size=40),
    st.text(alphabet="#*_`[]()<>&;|!~\\=-+:.1 \n\tax", max_size=30),
)

# ---------------------------------------------------------------------------- the report


def hostile_report(strings: Sequence[str]) -> Report:
    """One sasaran per string; the string in every user field of its nodes."""
    nodes: list[Node] = [Node("t", "tujuan", "Tujuan", code="T1")]
    for i, s in enumerate(strings):
        nodes += [
            Node(f"s{i}", "sasaran", s, parent="t", order=i, code=f"S{i} {s}"),
            Node(
                f"iku{i}",
                "iku",
                s,
                parent=f"s{i}",
                order=0,
                code=s,
                source=s,
                measure=Measure(
                    target=s,
                    realisasi=s,
                    printed=(Printed(s, "capaian", s), Printed(s, "capaian", "1")),
                ),
                permasalahan=(Item("p1", s), Item("p2", f"{s}\n{s}")),
                solusi=(Item("q1", s),),
            ),
            Node(f"k{i}", "kegiatan", s, parent=f"iku{i}", order=0),
            Node(f"sk{i}", "subkegiatan", s, parent=f"k{i}", order=0),
            Node(
                f"ik{i}",
                "indikator_kegiatan",
                s,
                parent=f"sk{i}",
                order=0,
                source=s,
                measure=Measure(target="3,22", realisasi="2,85"),
            ),
            Node(
                f"l{i}",
                "lainnya",
                s,
                parent=f"s{i}",
                order=1,
                measure=Measure(target=s, realisasi="90"),
                solusi=(Item("q", s),),
            ),
            Node(
                f"m{i}",
                "lainnya",
                f"{s} (2)",
                parent=f"s{i}",
                order=2,
                measure=Measure(target="100", realisasi=s),
                permasalahan=(Item("p", s),),
            ),
        ]
    joined = " ".join(strings)
    meta = ReportMeta(
        id="hostile",
        instansi=joined or "x",
        tahun=2023,
        pemerintah=joined,
        isu_strategis=tuple(strings),
        perbaikan_kinerja=tuple(f"{s}\n- {s}" for s in strings),
    )
    return Report(meta, nodes)


# ---------------------------------------------------------------------------- the checks


def _pl(text: str | None) -> str:
    return plain_line(text) or "—"


def expected_headings(evaluation: Evaluation) -> list[tuple[int, str]]:
    """The headings the export must produce for ``scope="all"``, built from the report."""
    report = evaluation.report
    out = [
        (1, f"Permasalahan dan Solusi Kinerja {report.meta.tahun}: {_pl(report.meta.instansi)}"),
        (2, "Ringkasan capaian IKU"),
    ]
    kinds = {
        "iku": "IKU",
        "lainnya": "Indikator lainnya",
        "indikator_kegiatan": "Indikator kegiatan",
    }
    for sasaran in (n for n in report.walk() if n.kind == "sasaran"):
        out.append((2, f"Sasaran {plain_line(sasaran.code)}".rstrip() + f": {_pl(sasaran.name)}"))
        items = [evaluation.of(n.id) for n in report.walk(sasaran.id) if n.measure]
        under = [ev for ev in items if ev.under_target]
        other = [ev for ev in items if not ev.under_target]
        for title, group in (("Di bawah target", under), ("Indikator lain", other)):
            if group:
                out.append((3, f"{title} ({len(group)})"))
            for ev in group:
                mark = f"{UNDER_MARK} " if ev.under_target else ""
                label = plain_line(ev.node.code) or kinds[ev.node.kind]
                out.append((4, f"{mark}{label}: {_pl(ev.node.name)}"))
    out += [(2, "Isu strategis"), (2, "Rencana perbaikan kinerja")]
    return out


def _listed_entries(report: Report, evaluation: Evaluation) -> Iterator[str]:
    """The permasalahan and solusi the export numbers, section by section (as
    :func:`expected_headings` walks them): a list of texts an earlier item of the section had is
    referred to, unless it is short (``listed_once``)."""
    for sasaran in (n for n in report.walk() if n.kind == "sasaran"):
        items = [evaluation.of(n.id) for n in report.walk(sasaran.id) if n.measure]
        seen: set[tuple[str, tuple[str, ...]]] = set()
        for ev in [ev for ev in items if ev.under_target] + [
            ev for ev in items if not ev.under_target
        ]:
            for key, listed in (("p", ev.node.permasalahan), ("s", ev.node.solusi)):
                texts = tuple(item.text for item in listed)
                if listed_once(texts) and (key, texts) in seen:
                    continue
                seen.add((key, texts))
                yield from texts


def check_export(report: Report) -> None:
    evaluation = Evaluation(report)
    doc = render_markdown(evaluation, scope="all", lang="id", today=TODAY)
    assert is_clean(doc) and "\x1b" not in doc and "\x00" not in doc
    s = structure(doc)

    assert s.headings == expected_headings(evaluation)

    # one table: header + one row per IKU, seven cells everywhere, user cells as typed
    iku = evaluation.items(["iku"])
    assert len(s.tables) == 1
    table = s.tables[0]
    assert len(table) == 1 + len(iku)
    assert all(len(row) == 7 for row in table)
    for row, ev in zip(table[1:], iku, strict=True):
        m = ev.node.measure
        assert m is not None
        assert row[:4] == [_pl(ev.node.code), _pl(ev.node.name), _pl(m.target), _pl(m.realisasi)]

    # permasalahan, solusi, isu strategis and perbaikan kinerja: exactly the numbered items, the
    # same long ones as an earlier item's of the section listed once (referred to after)
    entries = [plain(t) for t in _listed_entries(report, evaluation)]
    entries += [plain(t) for t in (*report.meta.isu_strategis, *report.meta.perbaikan_kinerja)]
    assert Counter(s.numbered) == Counter(e for e in entries if e)

    # targets, realisasi, kegiatan and sources come back in the fact bullets
    bullets = Counter(s.bullets)
    for n in report.walk():
        if n.measure:
            prefix = f"Target: {_pl(n.measure.target)} · Realisasi: {_pl(n.measure.realisasi)} · "
            assert any(b.startswith(prefix) for b in bullets), prefix
        if n.kind in ("kegiatan", "subkegiatan"):
            label = "Kegiatan" if n.kind == "kegiatan" else "Sub Kegiatan"
            assert bullets[f"{label}: {_pl(n.name)}"] >= 1
        if n.measure and plain_line(n.source):
            assert bullets[f"Sumber: {plain_line(n.source)}"] >= 1
        for p in n.measure.printed if n.measure else ():
            if plain_line(p.table):
                assert any(plain_line(p.table) in b for b in bullets if "Laporan mencetak" in b)

    # bold only on the export's own labels
    assert set(s.bold) <= BOLD_LABELS
    meta = report.meta
    assert plain_line(meta.pemerintah) in s.paragraphs[0]


# ---------------------------------------------------------------------------- tests: escaping


@pytest.mark.parametrize("text", HANDWRITTEN)
def test_escape_inline_round_trips_in_a_list_item(text: str) -> None:
    tokens = parse("- " + escape_inline(text, indent="  ") + "\n")
    types = [t.type for t in tokens]
    if not plain(text):
        assert escape_inline(text) == ""
        return
    assert types == [
        "bullet_list_open",
        "list_item_open",
        "paragraph_open",
        "inline",
        "paragraph_close",
        "list_item_close",
        "bullet_list_close",
    ]
    assert inline_text(tokens[3]) == plain(text)
    assert not any(t.type in FORBIDDEN for t in walk(tokens))


@pytest.mark.parametrize("text", HANDWRITTEN)
def test_escape_inline_round_trips_as_a_paragraph(text: str) -> None:
    tokens = parse(escape_inline(text) + "\n")
    if not plain(text):
        assert tokens == []
        return
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    assert inline_text(tokens[1]) == plain(text)


@pytest.mark.parametrize("text", HANDWRITTEN)
def test_escape_cell_keeps_one_cell(text: str) -> None:
    doc = f"| a | b | c |\n| --- | --- | --- |\n| {escape_cell(text)} | {escape_cell(text)} | z |\n"
    s = structure(doc)
    assert s.tables == [[["a", "b", "c"], [plain_line(text), plain_line(text), "z"]]]
    assert "\n" not in escape_cell(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab 1.)-+=:&#;\\`*_[]<>|~$!x9\n"), max_size=40) | st.text())
def test_escape_skips_only_lines_a_full_escape_leaves_unchanged(text: str) -> None:
    # The fast path (a line with nothing to escape is returned as is) and the translation table
    # give exactly what the four regular expressions gave.
    assert escape_cell(text) == _reference(plain_line(text))
    assert escape_inline(text) == "\\\n".join(
        _reference(line) for line in plain(text).split("\n") if line
    )


def _reference(line: str) -> str:
    """A line escaped by the four regular expressions the escape started from."""
    import re

    out = re.sub(r"([\\`*_\[\]<>|~#$])", r"\\\1", line)
    out = re.sub(r"&(?=#?[0-9A-Za-z]+;)", r"\\&", out)
    out = re.sub(r"^([-+=:])", r"\\\1", out)
    return re.sub(r"^([0-9]{1,9})([.)])", r"\1\\\2", out)


def test_a_cell_escaped_again_comes_from_a_bounded_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    # A process escapes a short cell once while its memory holds it (the reports one process
    # exports repeat their names and values); each text escaped from memory is the one escaped
    # anew, a text that needs cleaning is never kept, and a full memory starts again.
    from lkj_tui.export import escape

    monkeypatch.setattr(escape, "_CELLS", {})
    monkeypatch.setattr(escape, "_CELLS_MAX", 4)
    texts = [" **IKU 1** ", "1. Dokumen", "a|b", "x\x1b[31my", "- 5", "#3", "&amp; B", "100 %"]
    for text in texts * 3:
        assert escape_cell(text) == _reference(plain_line(text))
        assert len(escape._CELLS) <= 4
        assert escape._CELLS.get(text) == (escape_cell(text) if text.isprintable() else None)
    assert escape_cell("**IKU 1**") == "\\*\\*IKU 1\\*\\*"


def test_an_entry_escaped_again_comes_from_the_same_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    # A permasalahan or solusi of one printable line is escaped once while the memory holds it
    # (an office's entries repeat year after year), as the same text in a cell; one with line
    # breaks or text to clean is escaped each time, its lines kept apart.
    from lkj_tui.export import escape

    monkeypatch.setattr(escape, "_CELLS", {})
    monkeypatch.setattr(escape, "_CELLS_MAX", 4)
    texts = ["Koordinasi <belum> optimal ", "1. Anggaran", "a\nb", " - x", "x\x1b[31my"]
    texts += ["#1 & co", "2) b\n- c\n", "&amp; B", "  "]
    for text in texts * 3:
        lines = [_reference(line) for line in plain(text).split("\n") if line]
        assert escape_inline(text, indent="   ") == "\\\n   ".join(lines)
        assert len(escape._CELLS) <= 4
        assert escape._CELLS.get(text) == ("".join(lines) if text.isprintable() else None)
    assert escape_cell("Koordinasi <belum> optimal ") == "Koordinasi \\<belum\\> optimal"


_escape_input = st.text(
    alphabet=st.sampled_from("ab 1.)-+=:&#;\\`*_[]<>|~$!x9\n\x1b\u202e"), max_size=40
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_escape_input | st.text() | st.text(min_size=250, max_size=300), max_size=6))
def test_escape_in_a_memo_is_the_same_and_empty_exactly_when_plain_is(texts: list[str]) -> None:
    # A document escapes in a memo block (long texts once per form); the export drops an entry or
    # a source line when its escaped text is empty, as it dropped those whose plain text is.
    outside = [(escape_cell(t), escape_inline(t, indent="   "), plain(t)) for t in texts]
    with memo():
        inside = [(escape_cell(t), escape_inline(t, indent="   "), plain(t)) for t in texts * 2]
    assert inside == outside * 2
    for cell, inline, text in outside:
        assert bool(cell) == bool(inline) == bool(text)


def test_escape_leaves_ordinary_text_readable() -> None:
    text = "Nilai LPPD 3,22 (Tabel 3.2.1): 88,51 % — realisasi 2,85; B & C!"
    assert escape_inline(text) == text
    assert escape_cell("10 Raperda, 50 Raperbup, 600 SK") == "10 Raperda, 50 Raperbup, 600 SK"
    assert escape_cell(">3,51") == "\\>3,51"
    assert escape_inline("1. a\n2) b\n- c") == "1\\. a\\\n2\\) b\\\n\\- c"


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text)
def test_escape_round_trips_generated_text(text: str) -> None:
    if plain(text):
        tokens = parse("1. " + escape_inline(text, indent="   ") + "\n")
        assert [t.type for t in tokens][:4] == [
            "ordered_list_open",
            "list_item_open",
            "paragraph_open",
            "inline",
        ]
        assert len(tokens) == 7
        assert inline_text(tokens[3]) == plain(text)
    s = structure(f"| h | i |\n| --- | --- |\n| {escape_cell(text)} | z |\n")
    assert s.tables == [[["h", "i"], [plain_line(text), "z"]]]


# ---------------------------------------------------------------------------- tests: the export


def test_export_of_the_handwritten_corpus_is_safe() -> None:
    check_export(hostile_report(HANDWRITTEN))


@pytest.mark.parametrize("seed", range(10))
def test_export_of_seeded_random_mixes_is_safe(seed: int) -> None:
    check_export(hostile_report(random_corpus(60, seed)))  # 600 strings in all


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(hostile_text, min_size=1, max_size=3))
def test_export_of_generated_text_is_safe(strings: list[str]) -> None:
    check_export(hostile_report(strings))


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("scope", ["default", "under-target", "all"])
def test_every_scope_and_language_stays_clean(scope: str, lang: str) -> None:
    doc = render_markdown(Evaluation(hostile_report(HANDWRITTEN)), scope=scope, lang=lang)
    assert is_clean(doc)
    s = structure(doc)  # no forbidden token in any variant
    assert set(s.bold) <= BOLD_LABELS
    assert all(len(row) == 7 for row in s.tables[0])
