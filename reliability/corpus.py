"""The hostile text corpus, a report that carries it in every user field, and the terminal check.

- :data:`HANDWRITTEN`: Rich/Textual markup, ANSI/OSC/DCS escapes (OSC 52, OSC 8, ``ESC[2J``, queries
  that make a terminal answer), C0 and C1 controls, bidi overrides, NUL, lone surrogates, very long
  lines, emoji, combining marks, Markdown and format-string syntax.
- :func:`corpus`: the handwritten strings plus seeded, generated mixes of hostile fragments and
  ordinary report words, up to any size (the full run uses ≥ 5,000).
- :func:`hostile_report`: a report in which every string is a node name, code, target, realisasi,
  satuan, permasalahan, solusi, info value, source and printed-table name (and the instansi and
  sasaran names), so each front end meets it wherever it shows user text.
- :func:`terminal_leaks`: what in the bytes written to a terminal is not a sequence the front end
  emits itself (SGR colours and the like): escape sequences, control and bidi characters,
  noncharacters.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence

from lkj_tui.core.model import Item, Measure, Node, Printed, Report, ReportMeta

_MARKUP = [
    "[/]",
    "[/b]",
    "[/]]",
    "[[/]]",
    "[/][/][/]",
    "[b]tebal",
    "[bold red]merah[/bold red]",
    "[@click=app.quit]keluar[/]",
    "[@click=app.quit()]",
    "[@click='app.quit']x",
    "[@click=app.exit(1)]x[/]",
    "[@click=app.bell]bel[/]",
    "[@click=screen.dismiss]tutup[/]",
    "[@click=app.toggle_dark]",
    "[@click=app.command_palette]",
    "[@click=app.screenshot]",
    "[link=https://evil.example]klik[/link]",
    "[link='javascript:alert(1)']x[/link]",
    "[link=file:///etc/passwd]f[/]",
    "[on red]latar[/on red]",
    "[reverse][blink]x",
    "[#ff0000]x",
    "[$accent]x[/]",
    "[$text-error]",
    "\\[escaped]",
    "[",
    "]",
    "$accent",
    "{}",
    "{0}",
    "{name}",
    "{typed}",
    "%s %d %(x)s",
    ":emoji: :smile:",
    "<script>alert(1)</script>",
    "<b>x</b>",
]
_ESCAPES = [
    "\x1b[2J",
    "\x1b[H\x1b[2J\x1b[3J",
    "\x1b[31mmerah\x1b[0m",
    "\x1b[?1049h",
    "\x1b[?25l",
    "\x1b[?1000h\x1b[?1006h",
    "\x1bc",
    "\x1b[6n",
    "\x1b[21t",
    "\x1b[c",
    "\x1b[>q",
    "\x1b]0;judul palsu\x07",
    "\x1b]2;judul\x1b\\",
    "\x1b]52;c;SGVsbG8gZGFyaSBsa2otdHVp\x07",
    "\x1b]52;c;?\x07",
    "\x1b]52;p;ZXZpbA==\x1b\\",
    "\x1b]8;;https://evil.example\x07tautan\x1b]8;;\x07",
    "\x1b]4;1;rgb:ff/00/00\x07",
    "\x1b]10;?\x07",
    "\x1b]1337;File=name=eA==:AAAA\x07",
    "\x1b]52;c;belum-selesai",
    "\x1bP+q544e\x1b\\",
    "\x1bPq#0;2;0;0;0\x1b\\",
    "\x1b_Gf=100;AAAA\x1b\\",
    "\x1b^privasi\x1b\\",
    "\x1bXsos\x1b\\",
    "\x1b7\x1b[999;999H\x1b8",
    "\x1b(0lqk\x1b(B",
    "\x1b#8",
    "\x1b[200~tempel\x1b[201~",
    "\x1b[",
    "\x1b",
    "\x1b\x1b[2J",
    "\x1b[38;2;255;0;0mrgb",
    "\x1b[1;31;42;5;7mgaya",
    "\x1bM\x1bD\x1bE",
    "\x1b=\x1b>",
]
_CONTROLS = [
    "\x9b2J",
    "\x9b31mC1 merah",
    "\x9d0;judul\x9c",
    "\x9d52;c;ZXZpbA==\x9c",
    "\x90qdcs\x9c",
    "\x85NEL",
    "\x8dRI",
    "".join(chr(c) for c in range(0x80, 0xA0)),
    "nul \x00 di tengah",
    "\x00",
    "\x00" * 64,
    "bel\x07bel",
    "mundur\x08\x08\x08XXX",
    "abc\rTIMPA",
    "\x0b\x0c",
    "\x7fdel",
    "\x0e\x0f",
    "\x18\x1a",
    "".join(chr(c) for c in range(0x00, 0x20)),
    "tab\tdi\ttengah",
    "baris1\nbaris2",
    "baris1\r\nbaris2",
    "para1\n\n\npara2",
    "\u2028pemisah\u2029paragraf",
]
_BIDI = [
    "\u202eterbalik\u202c",
    "\u202dLTR paksa\u202c",
    "\u202a\u202b\u202c",
    "\u2066isolasi\u2069 \u2067rtl\u2069 \u2068first\u2069",
    "\u200e\u200f\u061c",
    "if (admin) {\u202e } \u2066// cek\u2069 \u2066",
    "Nilai \u202e58,88\u202c %",
    "\u200bnol\u2060lebar\ufeff\u00ad",
]
_UNICODE = [
    "emoji 👍🏽 👨‍👩‍👧‍👦 🇮🇩 🏳️‍🌈",
    "e\u0301\u0302\u0303\u0304\u0305\u0306",
    "Z̷̢͖̈́a̸̘̓l̷̰̈g̸̣̈́ǫ̶̌",
    "漢字かなカナ 한국어",
    "مرحبا بالعالم",
    "שלום עולם",
    "ภาษาไทย",
    "\ufdfd \U0001242b",
    "❤\ufe0f ☺\ufe0e",
    "😀" * 50,
    "lone \ud800 surrogate",
    "a\udfffb",
    "\udc80\udcff",
    "Capaian 88,51 % · Sangat Tinggi ▼",
    "\u00a0nbsp\u3000ideografis",
    # Unicode's noncharacters: the CLI marks its own separators with U+FDD0 (cli/output.PART)
    "Nilai LPPD \ufdd0 Indeks\ufdef \ufffe\uffff \U0001fffe\U0010ffff",
]
_OTHER = [
    "",
    " ",
    "   \t  ",
    "-",
    "—",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e999",
    "-0",
    "3 ± 1",
    ">3,51",
    "A (86,45)",
    "WTP",
    '"kutip" \\garis\\ miring',
    "\\u0000 \\x1b[2J",
    '{"meta": {}}',
    "</script>",
    "# judul",
    "| a | b |",
    "- butir",
    "1. nomor",
    "`kode`",
    "*miring* _miring_ **tebal**",
    "---",
    "> kutipan",
    "[tautan](http://x)",
    "![gambar](x.png)",
    "&amp; &#65;",
]
_LONG = [
    "x" * 10_000,
    "[/]" * 3_000,
    "\x1b[2J" * 1_000,
    "\x1b]52;c;" + "QUFB" * 2_500 + "\x07",
    "e\u0301" * 3_000,
    "👍🏽" * 1_500,
    "kata " * 2_500,
    "\n" * 500 + "akhir",
    "\u202e" * 1_000 + "x",
    "[@click=app.quit]" * 500,
]

#: Every handwritten hostile string.
HANDWRITTEN: list[str] = [*_MARKUP, *_ESCAPES, *_CONTROLS, *_BIDI, *_UNICODE, *_OTHER, *_LONG]

_WORDS = [
    "Nilai LPPD",
    "Indeks Reformasi Birokrasi",
    "Persentase",
    "Dokumen",
    "3,22",
    "88,51 %",
    "Bagian Organisasi",
    "Sekretariat Daerah",
    "Tabel 3.2.1",
    "x",
    " ",
    "\t",
    "\n",
]
_FRAGMENTS = [s for s in HANDWRITTEN if len(s) <= 80] + _WORDS
#: Single characters from the dangerous ranges, drawn at random into generated strings.
_DANGEROUS_CHARS = (
    [chr(c) for c in range(0x00, 0x20)]
    + ["\x7f"]
    + [chr(c) for c in range(0x80, 0xA0)]
    + list("\u061c\u200b\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e")
    + list("\u2060\u2066\u2067\u2068\u2069\ufeff\ufffd\ud800\udfff")
    + list("\ufdd0\ufdef\uffff\U0010fffe")
    + list("[]/@=$\\{}<>|#*_`~&;:'\"")
)


def generated(n: int, seed: int = 6) -> list[str]:
    """``n`` distinct seeded random strings (none of them handwritten): fragments of the
    handwritten corpus, report words, dangerous single characters and random code points, mixed."""
    rng = random.Random(seed)
    out: list[str] = []
    seen = set(HANDWRITTEN)
    while len(out) < n:
        parts: list[str] = []
        for _ in range(rng.randint(1, 6)):
            roll = rng.random()
            if roll < 0.55:
                parts.append(rng.choice(_FRAGMENTS))
            elif roll < 0.85:
                parts.append(
                    "".join(rng.choice(_DANGEROUS_CHARS) for _ in range(rng.randint(1, 4)))
                )
            else:
                parts.append("".join(chr(rng.randint(0x20, 0x2FFFF)) for _ in range(3)))
        text = "".join(parts)
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out


def corpus(n: int = 5_000, seed: int = 6) -> list[str]:
    """At least ``n`` strings: all the handwritten ones, then generated ones."""
    return HANDWRITTEN + generated(max(n - len(HANDWRITTEN), 0), seed)


def chunks(strings: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(strings), size):
        yield strings[start : start + size]


# ---------------------------------------------------------------------------------- the report

PER_SASARAN = 25


def hostile_report(strings: Sequence[str], report_id: str = "laporan-jahat") -> Report:
    """One IKU per string, the string in every text field of it. Odd IKU are measurable and under
    target (80 of 100) with a printed capaian that differs, so the under-target lists and the
    "printed differs" notes show the string too; each has a kegiatan row below it."""
    nodes = [Node("t", "tujuan", strings[0] if strings else "T", code="T1")]
    for g in range(0, max(len(strings), 1), PER_SASARAN):
        name = strings[g] if g < len(strings) else "S"
        nodes.append(Node(f"s{g}", "sasaran", name, parent="t", order=g, code=f"S{g}"))
    for i, s in enumerate(strings):
        parent = f"s{i - i % PER_SASARAN}"
        measurable = i % 2 == 1
        measure = Measure(
            satuan=s,
            target="100" if measurable else s,
            realisasi="80" if measurable else s,
            targets={2024: s},
            realisasi_history={2022: s},
            triwulan=(s, None, s, None),
            target_akhir=s,
            printed=(Printed(s, "capaian", "99" if measurable else s),),
        )
        nodes.append(
            Node(
                f"iku{i}",
                "iku",
                s,
                parent=parent,
                order=i,
                code=s,
                source=s,
                info={"penanggung_jawab": s, "definisi": s},
                measure=measure,
                permasalahan=(Item(f"p{i}", s),),
                solusi=(Item(f"q{i}", s),),
            )
        )
        if measurable:
            nodes.append(Node(f"k{i}", "kegiatan", s, parent=f"iku{i}", code=s))
            row = Measure(target="100", realisasi="50", satuan=s)
            nodes.append(Node(f"ik{i}", "indikator_kegiatan", s, parent=f"k{i}", measure=row))
    meta = ReportMeta(
        id=report_id,
        instansi=(strings[0] if strings else "") + " Dinas",
        tahun=2023,
        pemerintah=strings[-1] if strings else "",
        isu_strategis=tuple(strings[:20]),
        perbaikan_kinerja=tuple(strings[:20]),
    )
    return Report(meta, nodes)


# ---------------------------------------------------------------------------------- the terminal

#: SGR (colours and styles): the only sequence rich writes for ``status`` and ``export``.
SGR = re.compile(r"\x1b\[[0-9;:]*m")
#: What Textual writes to drive the screen: SGR, cursor moves, mode switches, synchronised
#: updates, the kitty keyboard protocol, erase-line/-screen at start and end, and its queries.
TEXTUAL = re.compile(
    r"\x1b\[[0-9;:]*m"  # SGR
    r"|\x1b\[[0-9]*(?:;[0-9]*)?[HfABCDGd]"  # cursor position / moves
    r"|\x1b\[\?[0-9;]*[hl]"  # DEC private modes (alt screen, mouse, cursor, sync output…)
    r"|\x1b\[[0-9]*[JK]"  # erase (Textual clears when it starts and stops)
    r"|\x1b\[[<>=]?[0-9;]*u"  # kitty keyboard protocol push/pop/query
    r"|\x1b\[\?[0-9;$]*[p]"  # DECRQM queries
    r"|\x1b\[[0-9;]* q"  # cursor shape
    r"|\x1b[78=>]"  # save/restore cursor, keypad modes
    r"|\x1b\]22;[a-z-]*\x07"  # pointer shape (OSC 22)
)
#: What must never reach a terminal from user text.
_LEAK = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
    "\ufdd0-\ufdef"  # noncharacters (the CLI's separator mark among them)
    + "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17))
    + "]"
)


def terminal_leaks(output: bytes | str, allowed: re.Pattern[str] = SGR) -> list[str]:
    """The escape sequences and control/bidi characters left in ``output`` once the sequences the
    front end legitimately writes (``allowed``) are removed; each as a short repr. Bytes that are not
    UTF-8 count as leaks too."""
    if isinstance(output, bytes):
        try:
            text = output.decode("utf-8")
        except UnicodeDecodeError as exc:
            return [f"invalid UTF-8 at byte {exc.start}: {output[exc.start : exc.start + 8]!r}"]
    else:
        text = output
    rest = allowed.sub("", text)
    return [repr(rest[max(m.start() - 8, 0) : m.end() + 12]) for m in _LEAK.finditer(rest)][:20]
