"""``lkj-tui calc TARGET REALISASI [--polaritas positif|negatif|stabil] [--negatif] [--json]``: the
capaian engine as a calculator (``--negatif`` is short for ``--polaritas negatif``).

Prints with rich (never textual). Exit codes: 0 when both values were read (even if there is no
capaian, e.g. a blank realisasi: the reason is printed); 2 when a value cannot be read, with one line
naming it on stderr and nothing on stdout.
"""

from __future__ import annotations

from rich.text import Text

from lkj_tui.cli.output import console as output_console
from lkj_tui.cli.output import dumps, error_line, write
from lkj_tui.core.engine import RATING_LABELS_EN, Achievement, Polarity, compute
from lkj_tui.core.i18n import achievement_text, method_label, verdict_text
from lkj_tui.core.sanitize import clean_line
from lkj_tui.core.values import ParseError, parse_value
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
        "capaian": "Achievement",
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


def _lines(ach: Achievement, target: str, realisasi: str, lang: str) -> list[Text]:
    words = _LABELS[lang]
    width = max(len(w) for w in words.values()) + 1

    def row(key: str, value: str, style: str = "") -> Text:
        line = Text(f"{words[key]:<{width}}: ", style="bold")
        line.append(value, style=style)
        return line

    rating = ach.rating or (verdict_text(ach.met, lang) if ach.verdict else "—")
    if lang == "en" and ach.rating is not None and ach.rating in RATING_LABELS_EN:
        rating = f"{ach.rating} ({RATING_LABELS_EN[ach.rating]})"
    under = "—" if ach.under_target is None else words["yes" if ach.under_target else "no"]
    lines = [
        row("target", " ".join(target.split()) or "—"),
        row("realisasi", " ".join(realisasi.split()) or "—"),
        row("capaian", ach.format(lang), "bold"),
        row("rating", rating),
        row("under", under, "bold red" if ach.under_target else ""),
        row("method", method_label(ach.method, lang)),  # (--json keeps the id)
        row("formula", ach.formula),
        row("explanation", ach.explanation(lang)),
    ]
    for i, comp in enumerate(ach.components):
        pair = f"{comp.inputs.get('realisasi') or '—'} / {comp.inputs.get('target') or '—'}"
        text = (
            f"- {pair}: {comp.format(lang)}"
            if comp.rounded is not None
            else f"- {pair}: {achievement_text(comp, lang)}"  # "n/a (tercapai)"
            if comp.verdict
            else f"- {pair}: {comp.explanation(lang)}"
        )
        lines.append(row("components", text) if i == 0 else Text(f"{'':<{width}}  {text}"))
    for i, note in enumerate(ach.notes_en if lang == "en" else ach.notes):
        lines.append(row("notes", f"- {note}") if i == 0 else Text(f"{'':<{width}}  - {note}"))
    return lines


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
    if polaritas is not None and chosen is None:
        error_line(
            f"polaritas tidak dikenal: {clean_line(polaritas, 40)!r} (positif, negatif atau stabil)"
            if lang == "id"
            else f"unknown polaritas: {clean_line(polaritas, 40)!r} (positif, negatif or stabil)"
        )
        return EXIT_BAD_VALUE
    if negatif and chosen not in (None, "negatif"):
        shown = clean_line(polaritas or "", 40)
        error_line(
            f"--negatif bertentangan dengan --polaritas {shown}"
            if lang == "id"
            else f"--negatif contradicts --polaritas {shown}"
        )
        return EXIT_BAD_VALUE
    for raw in (target, realisasi):
        try:
            parse_value(raw)
        except ParseError as exc:
            message = exc.message_en if lang == "en" else exc.message
            error_line(message)
            return EXIT_BAD_VALUE
    polarity: Polarity = chosen or ("negatif" if negatif else "positif")
    ach = compute(target, realisasi, polarity)
    if as_json:
        write(dumps(ach.to_json(lang)) + "\n")
        return EXIT_OK
    console = output_console(soft_wrap=True)
    for line in _lines(ach, target, realisasi, lang):
        console.print(line)
    return EXIT_OK
