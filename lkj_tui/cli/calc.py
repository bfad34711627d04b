"""``lkj-tui calc TARGET REALISASI [--polaritas positif|negatif|stabil] [--negatif] [--json]``: the
capaian engine as a calculator (``--negatif`` is short for ``--polaritas negatif``).

Prints with rich (never textual). Exit codes: 0 when both values were read (even if there is no
capaian, e.g. a blank realisasi: the reason is printed); 2 when a value cannot be read, with one line
naming it on stderr and nothing on stdout.
"""

from __future__ import annotations

from lkj_tui.cli.output import Terminal, dumps, error_line, stdout, write
from lkj_tui.cli.plain import Painter, Piece, cells, glue_units
from lkj_tui.core.engine import DEFAULT_SCALES, RATING_LABELS_EN, Achievement, Polarity, compute
from lkj_tui.core.i18n import (
    achievement_text,
    explained,
    json_labels,
    method_label,
    verdict_text,
)
from lkj_tui.core.longvalue import clip_line, clip_value, quoted
from lkj_tui.core.sanitize import clean, clean_line
from lkj_tui.core.values import ParseError, parse_value, typed_value
from lkj_tui.core.words import parse_polarity

EXIT_OK = 0
EXIT_BAD_VALUE = 2

_LABELS = {
    "id": {
        "target": "Target",
        "realisasi": "Realisasi",
        "capaian": "Capaian",
        "rating": "Kategori",
        "under": "Di bawah target",
        "method": "Metode",
        "formula": "Rumus",
        "explanation": "Penjelasan",
        "notes": "Catatan",
        "components": "Komponen",
        "yes": "ya",
        "no": "tidak",
    },
    "en": {
        "target": "Target",
        "realisasi": "Realisasi",
        "capaian": "Capaian",  # (the report's word, as status, set and the TUI say it)
        "rating": "Rating",
        "under": "Under target",
        "method": "Method",
        "formula": "Formula",
        "explanation": "Explanation",
        "notes": "Notes",
        "components": "Components",
        "yes": "yes",
        "no": "no",
    },
}
#: What ``calc`` says of a value read as missing (:func:`_missing`).
_MISSING = {
    "id": {
        "read_target": "dibaca: belum diisi",
        "read_realisasi": "dibaca: belum diisi, bukan 0",
        "both": "Capaian tidak dihitung: target dan realisasi belum diisi.",
        "fix": "Tulis {what} seperti tercetak di laporan (bukan “n/a”, “-” atau kosong), mis.: {cmd}",
        "what_target": "targetnya",
        "what_realisasi": "realisasinya",
        "what_both": "keduanya",
    },
    "en": {
        "read_target": "read as: not filled in",
        "read_realisasi": "read as: not filled in, not 0",
        "both": "No capaian: the target and the realisasi are missing.",
        "fix": "Write {what} as the report prints it (not “n/a”, “-” or blank), e.g.: {cmd}",
        "what_target": "the target",
        "what_realisasi": "the realisasi",
        "what_both": "each value",
    },
}


def _missing(
    target: str, realisasi: str, lang: str
) -> tuple[dict[str, str], str, list[str]] | None:
    """What ``calc`` says of a value read as missing ("n/a", "-", blank: not reported, never 0):
    each such value as typed with what it was read as, the explanation when both are (the
    engine names the target only) or None, and the fix with its example command; None when
    neither is missing."""
    words = _MISSING[lang]
    gone = [
        key
        for key, raw in (("target", target), ("realisasi", realisasi))
        if parse_value(raw).kind == "missing"
    ]
    if not gone:
        return None
    from lkj_tui.storage.errors import store_option

    shown = {
        key: f"{' '.join(raw.split()) or '“”'} ({words['read_' + key]})"
        for key, raw in (("target", target), ("realisasi", realisasi))
        if key in gone
    }
    both = len(gone) == 2
    what = words["what_both" if both else "what_" + gone[0]]
    cmd = f"lkj-tui calc 3,22 2,85{store_option(None, lang)}"
    fix = words["fix"].format(what=what, cmd=cmd)
    return shown, (f"{words['both']} " if both else "") + fix, [cmd]


def _lines(
    ach: Achievement, target: str, realisasi: str, lang: str, doubts: list[str]
) -> tuple[list[list[Piece]], list[str]]:
    """``calc``'s lines, each its label (bold, padded: the values in one column) and its value,
    the ``doubts`` (:func:`_doubts`) after the engine's notes; and the commands they print
    (never broken)."""
    words = _LABELS[lang]
    missing = _missing(target, realisasi, lang)
    shown, said, whole = missing or ({}, "", [])
    explanation = explained(ach, lang)  # ("Capaian 88,51 %: …"; --json keeps the engine's)
    if said:  # (both missing: both named; one: the engine's sentence, then the fix)
        both = len(shown) == 2
        explanation = said if both else f"{explanation} {said}"
    width = max(len(w) for w in words.values()) + 1

    def row(key: str, value: str, style: str = "") -> list[Piece]:
        return [(f"{words[key]:<{width}}: ", "bold"), (value, style)]

    def more(text: str) -> list[Piece]:  # a later item of a label's list, under the first
        return [(" " * (width + 2), ""), (text, "")]

    rating = ach.rating or (verdict_text(ach.met, lang) if ach.verdict else "—")
    if lang == "en" and ach.rating is not None and ach.rating in RATING_LABELS_EN:
        rating = f"{ach.rating} ({RATING_LABELS_EN[ach.rating]})"
    under = "—" if ach.under_target is None else words["yes" if ach.under_target else "no"]
    lines = [
        row("target", shown.get("target") or " ".join(target.split()) or "—"),
        row("realisasi", shown.get("realisasi") or " ".join(realisasi.split()) or "—"),
        row("capaian", ach.format(lang), "bold"),
        row("rating", rating),
        row("under", under, "bold red" if ach.under_target else ""),
        row("method", method_label(ach.method, lang)),  # (--json keeps the id)
        row("formula", ach.formula),
        row("explanation", explanation),
    ]
    for i, comp in enumerate(ach.components):
        pair = f"{comp.inputs.get('realisasi') or '—'} / {comp.inputs.get('target') or '—'}"
        text = (
            f"- {pair}: {comp.format(lang)}"
            if comp.rounded is not None
            else f"- {pair}: {achievement_text(comp, lang)}"  # "n/a (tercapai)"
            if comp.verdict
            else f"- {pair}: {explained(comp, lang)}"
        )
        lines.append(row("components", text) if i == 0 else more(text))
    notes = [*(ach.notes_en if lang == "en" else ach.notes), *doubts]
    for i, note in enumerate(notes):
        lines.append(row("notes", f"- {note}") if i == 0 else more(f"- {note}"))
    return lines, whole


def _doubts(
    ach: Achievement, target: str, realisasi: str, polarity: Polarity, lang: str
) -> list[str]:
    """check's doubts of the pair, as ``set`` prints them (``typed_doubts``, one source): a pair
    ten times apart (``magnitude-apart``: "Realisasi 1.234,5 sekitar 383 kali target 3,22: …"),
    a number outside a grade's 0–100 scale read as its score (``grade-score-range``); printed
    under the engine's notes and in ``--json``'s ``doubts``. Looked for (and their rules
    imported) only where the capaian is outside 10–190 %, which no closer pair gives, or a
    grade is compared."""
    high = ach.rounded
    if high is None or (10 < high < 190 and ach.method != "predikat"):
        return []
    from lkj_tui.core.engine import DEFAULT_SCALES
    from lkj_tui.core.reviu.measures import typed_doubts

    said = [
        *typed_doubts(target, realisasi, polarity, "target", lang, "", DEFAULT_SCALES),
        *typed_doubts(target, realisasi, polarity, "realisasi", lang, "", DEFAULT_SCALES),
    ]
    return list(dict.fromkeys(said))  # (the pair's own, named by either side: once)


def _print(lines: list[list[Piece]], whole: list[str], lang: str) -> None:
    """``lines`` on stdout: on a terminal each broken at words to its width, the later lines
    under the values' column (4 spaces in, as :func:`output.folded` does, where that column is
    more than a third of the width: the words keep their room at 40 columns; the terminal broke
    "Penjelasan" anywhere: "dibag" / "i target"); to a pipe or a file one line each, to grep."""
    terminal = Terminal()
    painter = Painter(terminal, lang)
    broken = stdout().isatty()
    dots = "…" if painter.ascii is None else "..."

    def width(text: str) -> int:  # (as written: "→" is "->" on an output that is not UTF-8)
        return cells(text if painter.ascii is None else painter.narrow([(text, "")])[0][0])

    out: list[str] = []
    for (label, style), *typed in lines:
        room = len(label)
        hang = room if room <= painter.width // 3 else min(room, 4)
        # (a value as typed: its escapes gone; a number or word wider than the line cut, with
        # its length: "99999… (130.000 digit)", on a terminal and to a pipe alike)
        line, made = painter.width - room, list(whole)  # (on the label's line where it fits)
        below = painter.width - hang  # (a later line's room: a value wider than the label's
        # line goes there whole when it shows a third more, "Target :" / "    9999… (130.000
        # digit)" at 40 columns, where its label's line kept 5 digits, and the formula's 4)
        line = max(below if broken and (line < 20 or below * 3 >= line * 4) else line, 8)
        if not broken:  # (one line: its values cut so that it fits the width where it can)
            said = clip_line("".join([clean(text) for text, _ in typed]), line, lang, dots, width)
            out.append(painter.paint(label, style) + painter.paint(said, typed[0][1]).rstrip())
            continue
        value = [(clip_value(clean(text), line, lang, dots, made, cells), s) for text, s in typed]
        prefix = [(label, style)]
        said = "".join([text for text, _ in value])
        # (its first word as the lines keep it: "95,09 %" whole, one cell over 24 columns; and a
        # value wider than fewer cells than a line's least, 8: "(2 x" over 20 columns: vals55)
        head = next((m for m in made if said.startswith(m)), glue_units(said).partition(" ")[0])
        rest = painter.width - room
        if line > rest and (width(head) > rest or (rest < 8 and width(said) > rest)):
            out.append(painter.paint(label.rstrip(), style))  # (its value whole below it)
            prefix = [(" " * hang, "")]
        out += painter.lines(value, hang, prefix=prefix, whole=made)
    write("\n".join(out) + "\n")


def refuse(
    message: str,
    as_json: bool,
    code: str,
    argument: str | None = None,
    value: str | None = None,
) -> int:
    """A ``calc`` error: one line on stderr, or with ``--json`` one JSON object on stdout
    (``error``, the sentence; ``code``; ``argument``, the value or option it is about; ``value``,
    as typed); exit code 2. docs/capaian.md, section 7."""
    if as_json:
        data = {"error": message, "code": code, "argument": argument, "value": value}
        write(dumps(data) + "\n")
    else:
        error_line(message)
    return EXIT_BAD_VALUE


def run_calc(
    target: str,
    realisasi: str,
    negatif: bool,
    as_json: bool,
    lang: str = "id",
    polaritas: str | None = None,
) -> int:
    """Print the capaian of ``realisasi`` against ``target``; return the exit code."""
    lang = "en" if lang == "en" else "id"
    # the words the import takes for a polaritas (naik, turun, max…), from its one table
    chosen = None if polaritas is None else parse_polarity(polaritas)
    if polaritas is not None and polaritas.startswith("--"):  # "--polaritas --json": no value
        as_json = as_json or polaritas == "--json"
        t = _USAGE[lang]
        message = t["needs"].format(option="--polaritas", values=t["polaritas"])
        return refuse(message, as_json, "missing-value", "--polaritas")
    if polaritas is not None and chosen is None:
        from lkj_tui.cli.common import meant  # (it imports the store: calc uses none)

        close = meant(polaritas, {p: p for p in ("positif", "negatif", "stabil")}, lang)
        # (as typed, a control escaped by the repr: "3<U+202E>,22" was said '3,22'; paths59)
        typed = quoted(polaritas, lang, 40)
        return refuse(
            f"polaritas tidak dikenal: {typed!r}{close} (positif, negatif atau stabil)"
            if lang == "id"
            else f"unknown polaritas: {typed!r}{close} (positif, negatif or stabil)",
            as_json,
            "bad-polaritas",
            "--polaritas",
            polaritas,
        )
    if negatif and chosen not in (None, "negatif"):
        shown = clean_line(polaritas or "", 40)
        return refuse(
            f"--negatif bertentangan dengan --polaritas {shown}"
            if lang == "id"
            else f"--negatif contradicts --polaritas {shown}",
            as_json,
            "polaritas-conflict",
            "--negatif",
            polaritas,
        )
    for name, raw in (("target", target), ("realisasi", realisasi)):
        # (held as set holds them: a 909-character text was printed on one line, vals47)
        if (why := _unreadable(raw, lang)) is not None:
            return refuse(f"{name}: {why}", as_json, "bad-value", name, raw)
    polarity: Polarity = chosen or ("negatif" if negatif else "positif")
    ach = compute(target, realisasi, polarity)
    doubts = _doubts(ach, target, realisasi, polarity, lang)
    if as_json:  # (``doubts``: the key of ``set --json``)
        labels = json_labels(ach, DEFAULT_SCALES, lang)  # (the words beside the ids)
        write(dumps({**ach.to_json(lang), **labels, "doubts": doubts}) + "\n")
        return EXIT_OK
    _print(*_lines(ach, target, realisasi, lang, doubts), lang)
    return EXIT_OK


#: What ``calc``'s usage errors say (:func:`usage_error`), in the user's words, not click's
#: usage line ("Penggunaan: lkj-tui calc [OPSI] {target} {realisasi}").
_USAGE = {
    "id": {
        "missing": "calc memerlukan dua nilai, target lalu realisasi; {what} belum diberikan"
        ", mis.: lkj-tui calc 3,22 2,85{opts}",
        "no_realisasi": "calc memerlukan dua nilai, target lalu realisasi; realisasi belum "
        "diberikan (ditulis sesudah target {target}): {command}",
        "one_value": "; bila ini satu target, realisasinya belum diberikan: {command}",
        "unshown": "nilai yang diketik memuat karakter yang tidak dapat ditampilkan; ketik "
        "perintahnya dengan nilai yang benar",
        "both": "target dan realisasi",
        "extra": "calc menerima dua nilai, target lalu realisasi, tetapi mendapat {n}: {values}",
        "after_dashes": "; setelah “--” setiap kata adalah nilai: tulis opsi seperti {option} "
        "sebelum “--” (nilai negatif seperti -5 tidak memerlukan “--”)",
        "spaces": "; nilai yang memuat spasi ditulis dalam tanda kutip, "
        'mis.: lkj-tui calc "10 Dokumen" "8 Dokumen"{opts}',
        "meant": "; nilai yang memuat spasi ditulis dalam tanda kutip: {command}",
        "option": "opsi {option} tidak dikenal untuk calc{maybe}; opsinya --polaritas, "
        "--negatif, --json dan --lang; target dan realisasi ditulis tanpa opsi, "
        "mis.: lkj-tui calc 3,22 2,85{opts}",
        "maybe": " (maksud Anda {options}?)",
        "needs": "opsi {option} memerlukan nilai: {values}",
        "takes_none": "opsi {option} tidak menerima nilai (tulis {option} saja)",
        "bad": "nilai {option} tidak sah: {value} ({values})",
        "other": "{message}; bantuan: lkj-tui calc -h{opts}",
        "polaritas": "positif, negatif atau stabil",
        "lang": "id atau en",
    },
    "en": {
        "missing": "calc needs two values, the target then the realisasi; {what} not given"
        ", e.g.: lkj-tui calc 3,22 2,85{opts}",
        "no_realisasi": "calc needs two values, the target then the realisasi; realisasi not "
        "given (it goes after the target {target}): {command}",
        "one_value": "; if this is one target, its realisasi is not given: {command}",
        "unshown": "a value typed holds characters that cannot be shown; type the command "
        "with the right value",
        "both": "target and realisasi",
        "extra": "calc takes two values, the target then the realisasi, but got {n}: {values}",
        "after_dashes": "; after “--” every word is a value: write options such as {option} "
        "before “--” (a negative value such as -5 needs no “--”)",
        "spaces": "; a value with spaces is written in quotes, "
        'e.g.: lkj-tui calc "10 Dokumen" "8 Dokumen"{opts}',
        "meant": "; a value with spaces is written in quotes: {command}",
        "option": "calc has no option {option}{maybe}; its options are --polaritas, --negatif, "
        "--json and --lang; the target and realisasi are written without an option, "
        "e.g.: lkj-tui calc 3,22 2,85{opts}",
        "maybe": " (did you mean {options}?)",
        "needs": "the option {option} needs a value: {values}",
        "takes_none": "the option {option} takes no value (write {option} alone)",
        "bad": "the value of {option} is not valid: {value} ({values})",
        "other": "{message}; help: lkj-tui calc -h{opts}",
        "polaritas": "positif, negatif or stabil",
        "lang": "id or en",
    },
}
#: ``calc``'s options that take a value, and the values each takes (:data:`_USAGE`'s key).
_TAKES = {"--polaritas": "polaritas", "--lang": "lang"}


def _values(args: list[str]) -> tuple[list[str], list[str]]:
    """The values (target, realisasi, and any more) among ``calc``'s ``args``, and those of
    them typed after ``--`` that look like options ("--json")."""
    values: list[str] = []
    late: list[str] = []
    i, after = 0, False
    while i < len(args):
        arg = args[i]
        if after:
            values.append(arg)
            if arg.startswith("--") and len(arg) > 2:
                late.append(arg)
        elif arg == "--":
            after = True
        elif arg in _TAKES:
            i += 1  # (its value)
        elif not arg.startswith("-") or arg == "-" or (not arg[1].isalpha() and arg[1] != "-"):
            values.append(arg)  # (a value; "-5", "-2,5" too, and the "-" of "3 - 4")
        i += 1
    return values, late


#: At most this many values are tried as two (:func:`_meant`): a few words typed without quotes.
_MEANT_WORDS = 8


def _meant(values: list[str]) -> tuple[str, str] | None:
    """The target and realisasi that ``values`` typed without quotes make ("3", "±", "1", "3,5":
    "3 ± 1" and "3,5"): the one way to join them in two that reads two values, neither a text nor
    a list (a composite); None when there is none, or more than one ("80", "90", "100")."""
    from lkj_tui.core.values import parse_value

    if len(values) > _MEANT_WORDS:
        return None
    found = []
    for i in range(1, len(values)):
        pair = (" ".join(values[:i]), " ".join(values[i:]))
        try:
            kinds = {parse_value(value).kind for value in pair}
        except ParseError:
            continue
        if not kinds & {"text", "composite", "missing"}:
            found.append(pair)
    return found[0] if len(found) == 1 else None


#: What stands for the realisasi not typed in the line :func:`usage_error` gives to type.
_REALISASI = "REALISASI"


def _target_alone(values: list[str]) -> str | None:
    """The target that ``values`` make when they are all one (``calc "3 ± 1"``, or ``calc 3 ± 1``
    typed without quotes): their words joined, when that is a value other than a text, a list
    or nothing; else None (``calc abc``, ``calc 3..2``: the realisasi is not all they lack)."""
    from lkj_tui.core.values import parse_value

    if not values or len(values) > _MEANT_WORDS:
        return None
    joined = " ".join(values)
    try:
        kind = parse_value(joined).kind
    except ParseError:
        return None
    return None if kind in ("text", "composite", "missing") else joined


def _calc_line(pair: tuple[str, str], args: list[str], opts: str, t: dict[str, str]) -> str:
    """``calc``'s command line with the values ``pair`` (each with a space in quotes) and the
    options of ``args`` as typed; ``opts`` (`` --lang en``) unless ``--lang`` is among them. A
    word a message cannot show as typed (:func:`~lkj_tui.storage.errors.shown_as_typed`: cut,
    cleaned, a double quote in it) is never in it, the command would read another: a value is
    its placeholder (TARGET, REALISASI, POLARITAS), an option left out, and why (``t``'s words)."""
    from lkj_tui.storage.errors import shown_as_typed, typed_path

    unshown = []

    def typed(word: str, placeholder: str) -> str:
        if shown_as_typed(word):
            return typed_path(word)
        unshown.append(word)
        return placeholder

    rest: list[str] = []
    i = 0
    while i < len(args):  # (the options, as _values walks them: the values are left out)
        arg = args[i]
        if arg in _TAKES and i + 1 < len(args):
            rest += [arg, typed(args[i + 1], arg[2:].upper())]
            i += 1
        elif arg.startswith("--") and len(arg) > 2:
            rest.append(typed(arg, ""))
        i += 1
    values = (typed(pair[0], "TARGET"), typed(pair[1], _REALISASI))
    line = " ".join(["lkj-tui calc", *values, *(w for w in rest if w)])
    line += "" if "--lang" in rest else opts
    return f"{line}; {t['unshown']}" if unshown else line


def _lacking(name: str | None, args: list[str], t: dict[str, str], opts: str) -> str:
    """What ``calc`` lacks when its value ``name`` ("target": both, "realisasi") is missing from
    ``args``: the line with the target typed where it is one value, else an example."""
    what = t["both"] if name == "target" else name or t["both"]
    target = _target_alone(_values(args)[0]) if name == "realisasi" else None
    if target is None:
        return t["missing"].format(what=what, opts=opts)
    # ("3 ± 1": the line with this target, not an example, vals37)
    command = _calc_line((target, _REALISASI), args, opts, t)
    return t["no_realisasi"].format(target=f"“{clean_line(target, 40)}”", command=command)


def _without_store(args: list[str]) -> list[str]:
    """``args`` without ``--store`` and its value (before any ``--``): ``calc 90 --store X``
    counted "X" as the realisasi."""
    out: list[str] = []
    i = 0
    while i < len(args):
        if args[i] == "--":
            return out + args[i:]
        if args[i] == "--store":
            i += 2
            continue
        if not args[i].startswith("--store="):
            out.append(args[i])
        i += 1
    return out


def store_given(args: list[str], lang: str, typed: list[str] | None = None) -> int:
    """``calc`` given ``--store`` (in its ``args``, or before its name in the command line
    ``typed``): what is wrong with its values first, if anything (a value missing: cli47; one
    that cannot be read: vals48, "3 ±" was told only of the store), then that it uses no store
    and where ``--store`` goes; exit code 2. With ``--json``: one object, the first thing to fix."""
    from lkj_tui.cli.clicktext import no_store
    from lkj_tui.storage.errors import store_option

    t = _USAGE["en" if lang == "en" else "id"]
    as_json = "--json" in args
    rest = _without_store(args)
    values = _values(rest)[0]
    first: tuple[str, str, str, str | None] | None = None
    if len(values) < 2:
        name = "realisasi" if values else "target"
        first = (_lacking(name, rest, t, store_option(None, lang)), "missing-value", name, None)
    for name, raw in zip(("target", "realisasi"), values, strict=False):
        if first is None and (why := _unreadable(raw, lang)) is not None:
            first = (f"{name}: {why}", "bad-value", name, raw)
    if first is not None:
        if as_json:
            return refuse(first[0], as_json, *first[1:])
        error_line(first[0])
    message = no_store("calc", typed or args, lang)
    return refuse(message, as_json, "unknown-option", "--store")


def _unreadable(raw: str, lang: str) -> str | None:
    """Why a value ``calc`` was given cannot be read (as ``set`` reads it), or None."""
    try:
        typed_value(raw)
    except ParseError as exc:
        return exc.message_en if lang == "en" else exc.message
    return None


def _without_value(args: list[str]) -> str | None:
    """The option of :data:`_TAKES` that ``args`` give another option for its value
    ("--polaritas --lang id", "--polaritas --json"), before any ``--``; else None."""
    from itertools import pairwise

    for arg, after in pairwise(args):
        if arg == "--":
            return None
        if arg in _TAKES and after.startswith("--"):
            return arg
    return None


def usage_error(error: Exception, args: list[str], lang: str) -> int:
    """``calc``'s usage error (click's ``error``, for the command line ``args``) as a sentence
    (:func:`refuse`): which value is missing or extra, which option is unknown or lacks its
    value; exit code 2. ``--json`` anywhere on the line, after ``--`` too: as JSON."""
    from typer._click import exceptions as _click

    from lkj_tui.storage.errors import store_option

    t = _USAGE["en" if lang == "en" else "id"]
    opts = store_option(None, lang)  # (calc uses no store: in English, --lang en)
    as_json = "--json" in args
    quote = "“{}”"
    if isinstance(error, _click.MissingParameter):
        name = error.param.name if error.param is not None else None
        return refuse(_lacking(name, args, t, opts), as_json, "missing-value", name)
    if isinstance(error, _click.NoSuchOption):
        if error.option_name == "--store":  # (it uses none: say so, and where --store goes)
            return store_given(args, lang)

        from lkj_tui.cli.clicktext import close_options

        found = close_options(error.option_name, error.possibilities)
        maybe = t["maybe"].format(options=", ".join(found)) if found else ""
        message = t["option"].format(option=error.option_name, maybe=maybe, opts=opts)
        return refuse(message, as_json, "unknown-option", error.option_name)
    bare = _without_value(args)
    if bare is not None:  # ("--polaritas --lang id": click took "--lang" for its value)
        message = t["needs"].format(option=bare, values=t[_TAKES[bare]])
        return refuse(message, as_json, "missing-value", bare)
    values, late = _values(args)
    if len(values) > 2:  # ("Got unexpected extra argument(s)")
        shown = ", ".join(quote.format(clean_line(v, 40)) for v in values)
        message = t["extra"].format(n=len(values), values=shown)
        meant = None if late else _meant(values)
        if late:
            message += t["after_dashes"].format(option=late[0])
        elif meant is not None:  # ("3 ± 1 3,5": the line with "3 ± 1" in quotes, vals36)
            message += t["meant"].format(command=_calc_line(meant, args, opts, t))
        elif (target := _target_alone(values)) is not None:  # ("3 ± 1" without its quotes)
            message += t["spaces"].format(opts="").partition(", ")[0]
            line = _calc_line((target, _REALISASI), args, opts, t)
            message += t["one_value"].format(command=line)
        else:
            message += t["spaces"].format(opts=opts)
        return refuse(message, as_json, "extra-values", None, values[2])
    option = getattr(error, "option_name", None)
    param = getattr(error, "param", None)
    if option is None and param is not None and param.opts:
        option = max(param.opts, key=len)  # ("--lang")
    text = error.format_message() if isinstance(error, _click.ClickException) else str(error)
    if option in _TAKES and "requires" in text:
        message = t["needs"].format(option=option, values=t[_TAKES[option]])
        return refuse(message, as_json, "missing-value", option)
    if isinstance(option, str) and "does not take a value" in text:
        return refuse(t["takes_none"].format(option=option), as_json, "usage", option)
    if isinstance(error, _click.BadParameter) and option in _TAKES:
        from lkj_tui.cli.clicktext import value_of

        given = value_of(args, option)
        shown = quote.format(clean_line(given or "", 40))
        message = t["bad"].format(option=option, value=shown, values=t[_TAKES[option]])
        return refuse(message, as_json, "usage", option, given)
    if lang != "en":
        from lkj_tui.cli.clicktext import translate

        text = translate(text)
    return refuse(t["other"].format(message=text, opts=opts), as_json, "usage", option)
