"""Names cut to fit that stay apart: the TUI's tree and the overview's table cut a long name after
its last whole word ("Persentase Ketepatan…"), and two names that begin with the same words then
read alike ("Persentase…" above "Persentase…"). Here those shared words give way to "…" and the
words that tell the names apart are shown ("…Pembangunan", "…Pengadaan Barang…"). Pure; linear
in a name's length (a cut is one :func:`~lkj_tui.core.sanitize.cut_at_word` or two).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import pairwise

from lkj_tui.core.sanitize import cut_at_word

__all__ = ["common_prefix", "cut_apart", "in_words", "shared_words", "words_apart"]


def common_prefix(x: str, y: str) -> int:
    """How many first characters ``x`` and ``y`` have in common. Linear, in slices compared at
    C speed: pieces of doubling length until one differs, then halving within that piece."""
    n, i, k = min(len(x), len(y)), 0, 1
    while i < n:
        k = min(k, n - i)
        if x[i : i + k] != y[i : i + k]:
            break
        i, k = i + k, 2 * k
    else:
        return n
    while k > 1:  # the first difference lies in x[i : i + k]
        half = k // 2
        if x[i : i + half] == y[i : i + half]:
            i, k = i + half, k - half
        else:
            k = half
    return i


def shared_words(names: Iterable[str]) -> dict[str, tuple[int, bool, int]]:
    """Each of ``names`` that begins with whole words another, *different* name begins with too →
    how many characters those words take, with the space after them ("Persentase Ketepatan
    Kebijakan " of "… Pembangunan" and "… Pengadaan Barang dan Jasa"), and whether what follows
    them is its own (no other name ends with the same words: "Koordinasi dan Sinkronisasi
    Ruas Jalan" and "Pembinaan dan Pengawasan Ruas Jalan" do, "Persentase Laporan Keuangan" and
    "Jumlah Laporan Keuangan" too: "…Ruas Jalan", "…Laporan…" alone would read alike; so does
    "Persentase pelayanan kesehatan dasar" beside "Jumlah pelayanan kesehatan dasar", which
    shares "Jumlah pelayanan " with "Jumlah pelayanan perizinan": "…kesehatan dasar" was both,
    tui29; sorted backwards, a name ends as a neighbour does). Equal names are not compared
    (nothing in them tells them apart: giving their words away would only hide them). Sorted, a
    name shares the most with a neighbour: each is compared with two others. Third: how many
    first characters it shares with the name nearest it ("Jumlah pe" of "Jumlah pemberdayaan"
    beside "Jumlah penanggulangan"): a cut that keeps one more reads as no other name."""
    shared: dict[str, int] = {}
    alike: dict[str, int] = {}
    distinct = set(names)
    for x, y in pairwise(sorted(distinct)):
        common = common_prefix(x, y)
        for name in (x, y):
            alike[name] = max(alike.get(name, 0), common)
            if common < len(name) and name[common] == " ":  # the other one ends at a word
                words = common + 1
            else:  # up to the space after the last whole shared word
                words = name.rfind(" ", 0, common) + 1
            if words > shared.get(name, 0):
                shared[name] = words
    ends: dict[str, int] = {}  # each name, reversed → its last characters another one ends with
    for x, y in pairwise(sorted(name[::-1] for name in distinct)):
        common = common_prefix(x, y)
        for end in (x, y):
            ends[end] = max(ends.get(end, 0), common)
    return {
        name: (end, ends[name[::-1]] < len(name) - end, alike[name])
        for name, end in shared.items()
        if end
    }


def cut_apart(
    text: str,
    limit: int,
    start: int = 0,
    end: int = 0,
    own_rest: bool = True,
    alike: int = 0,
    *,
    words: bool = False,
) -> str:
    """``text`` cut to ``limit`` characters after its last word that fits, with "…"
    (:func:`~lkj_tui.core.sanitize.cut_at_word`). ``text[start:end]`` are the words another name
    begins with too (``start``: where the name begins, after a kode). When the cut would keep
    only those ("IKU 4 Persentase…" beside "IKU 5 Persentase…"), they give way to "…" before
    the words after them (the rest), in the first of these forms that fits: as many of them as
    fit beside the whole rest ("Persentase Produk hukum…dipublikasi"); none before the whole
    rest when it is ``own_rest`` (no other name ends with it: "IKU 4 …Pembangunan"); the first
    of them before the rest cut ("Koordinasi…Ruas Jalan…" beside "Pembinaan…Ruas Jalan…");
    the rest cut alone when it is its own. A form that would show no whole word of the rest is
    not taken. When none is, and ``alike`` (how many of the name's first characters another
    name begins with too, from ``start``: shared_words) leaves room, the rest's first word is
    cut where the room ends ("Jumlah pemberda…" beside "Jumlah penanggulangan…" and
    "Persentase pemberdayaan…": the letters that differ show, and the name reads from its
    start, where a later word alone could be in another name too; it is taken before the rest
    cut alone when that shows one word: "…pelayanan…", not "…administrasi umum…"). Else, where
    four letters of it fit and a neighbour is known, the first shared word before the rest's first word cut where the
    room ends ("Persentase…perizin…"). Else the plain cut ("Persentase…" beside "Jumlah…" tells
    more than "…Laporan…" twice).

    ``words``: cut only after whole words (:func:`~lkj_tui.core.sanitize.cut_at_word`'s
    ``words``; the overview's offices), the rest's one word alone taken too ("…Penanggulangan…"
    in 20 cells, where the letters gave "Badan Penanggulanga…"), and within a word only where
    no whole-word form reads apart (the cut as without ``words``: "Badan Penan…" in 12 cells,
    not "Badan…" beside "Badan…")."""
    cut = cut_at_word(text, limit, words)
    if cut == text or not start < end < len(text) or len(cut) - 1 > end:
        return cut
    shared, rest, room = text[start:end], text[end:], limit - start
    first = shared[: shared.index(" ") + 1]
    if room - len(rest) >= len(first):  # the whole rest, and shared words before it
        head = cut_at_word(shared, room - len(rest), words)
        if shared.startswith(head[:-1] + " "):  # (cut at a word)
            return text[:start] + head + rest
    if own_rest and room > len(rest):
        return text[:start] + "…" + rest
    shown = text[: limit - 1].rstrip()
    differs = end <= start + alike < len(shown)  # the first letter that differs shows
    heads = (first[:-1] + "…", "…") if own_rest else (first[:-1] + "…",)
    for head in heads:
        tail = cut_at_word(rest, room - len(head), words)
        kept = len(tail) - 1 if tail != rest else len(tail)
        whole = kept == len(rest)
        if kept > 0 and (whole or rest[kept] in " ,;:"):  # a whole word at least
            if head == "…" and not whole and differs and " " not in tail and not words:
                break  # one word alone, "…pelayanan…", is the likeliest in another name too
            return text[:start] + head + tail
    letters = cut_apart(text, limit, start, end, own_rest, alike) if words else cut
    if differs:
        return letters if words else shown + "…"
    # the first word and the rest's first letters: "Persentase…perizin…" tells "Persentase
    # pelayanan perizinan" from "Persentase pelayanan kesehatan dasar" and "Nilai pelayanan
    # perizinan", where "Persentase…" was both (tui29)
    tail = cut_at_word(rest, room - len(first), words)
    if not (alike and 4 < len(tail) < len(rest)):
        return letters
    differ = start + alike - end  # (where the rest differs from its neighbour's)
    if len(tail) - 1 > differ:
        return text[:start] + first[:-1] + "…" + tail
    # else the word that differs alone: "…pengelolaan…" beside "…pengendalian…", where
    # "Persentase…penge…" was both (years30)
    word = rest[: rest.find(" ")] if " " in rest else rest
    return text[:start] + "…" + word + "…" if differ < len(word) <= room - 2 else letters


def words_apart(
    cuts: Mapping[str, str], limit: int, shared: Mapping[str, tuple[int, bool, int]]
) -> dict[str, str]:
    """Of ``cuts`` (each name of a column → its cut in ``limit`` characters, cut_apart's
    ``words``), those that cut a word → a cut of whole words that no other name's cut reads as
    ("Sekretariat…" beside "…DPRD", where "…Daerah" is Inspektorat Daerah's, not "Sekretariat
    Dae…"; "…Bencana…" beside "…Pendapatan…", not "Badan Penangg…"; "…Manna" beside "…Kota
    Manna", not "Kecamatan Man…", ys43). Its own words first (after those ``shared`` with
    another name), the earliest and as many as fit, then its first words; a name none of whose
    forms reads apart keeps its cut. Per name at most ``limit`` forms from each of its words.

    A last word other names end with too ("…Daerah" of six offices) gives way to first words
    fewer names begin with ("Inspektorat…", "Sekretariat…" beside "Sekretariat DPRD"; ys46),
    a cut that shows it alone too; "…Manna" stays beside "Kecamatan…", which six begin with."""
    shown = Counter(cuts.values())
    ends = Counter(name.rsplit(" ", 1)[-1] for name in cuts)
    names = sorted(cuts)
    found: dict[str, str] = {}
    for name in names:
        cut = cuts[name]
        own = shared[name][0] if name in shared else 0
        forms = _spans(name, limit, own)
        last = name.rsplit(" ", 1)[-1]
        tail = "…" + last
        heads = []
        if ends[last] > 1 and (cut == tail or tail in forms):
            heads = [f for f in forms if f[0] != "…" and _begin(names, f) < ends[last]]
        if in_words(cut, name) and not (cut == tail and heads):
            continue
        for form in [*heads, *(f for f in forms if f not in heads)]:
            if not shown[form]:
                found[name] = form
                shown[form] += 1
                break
    return found


def _begin(names: list[str], head: str) -> int:
    """How many of ``names`` (sorted) begin with the whole words of ``head`` ("Inspektorat…").
    Two bisections."""
    words = head.rstrip("…")
    start = bisect_left(names, words)
    return bisect_left(names, words + " \U0010ffff", start) - start


def in_words(cut: str, name: str) -> bool:
    """Whether ``cut`` shows only whole words of ``name`` (a comma after one aside)."""
    words = {w.strip(",;:.") for w in name.split()}
    return all(w.strip(",;:.") in words for w in cut.replace("…", " ").split())


def _spans(name: str, limit: int, own: int) -> list[str]:
    """``name``'s runs of whole words that fit in ``limit`` with "…" where words are left out:
    from each of its own words (beginning at ``own`` or after), the earliest first, longest
    first; then from its first word."""
    words = name.split(" ")
    begins, at = [], 0  # where each word begins
    for word in words:
        begins.append(at)
        at += len(word) + 1
    starts = [i for i, word in enumerate(words) if word and begins[i] >= own]
    forms: list[str] = []
    for i in [*starts, *([0] if 0 not in starts else [])]:
        run: list[str] = []
        for j in range(i, len(words)):
            body = name[begins[i] : begins[j] + len(words[j])].rstrip(" ,;:")
            form = ("…" if i else "") + body + ("…" if j + 1 < len(words) else "")
            if len(form) > limit:
                break
            run.append(form)
        forms += reversed(run)
    return forms
