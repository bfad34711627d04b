"""core.apart: names cut to fit that stay apart (the TUI's tree and overview)."""

from __future__ import annotations

import pytest

from lkj_tui.core.apart import cut_apart, shared_words

NAMES = [
    "Persentase Ketepatan Kebijakan Pembangunan",
    "Persentase Ketepatan Kebijakan Pengadaan Barang dan Jasa",
    "Koordinasi dan Sinkronisasi Ruas Jalan Kabupaten",
    "Koordinasi dan Sinkronisasi Dokumen Perencanaan",
    "Pembinaan dan Pengawasan Ruas Jalan Kabupaten",
    "Pembinaan dan Pengawasan Arsip",
    "Persentase Arsip Daerah",
    "Persentase Arsip Daerah",
]


def test_shared_words_compare_different_names_only() -> None:
    shared = shared_words(NAMES)
    assert shared[NAMES[0]][:2] == (len("Persentase Ketepatan Kebijakan "), True)
    # the same rest after different shared words: not its own
    assert shared[NAMES[2]][:2] == (len("Koordinasi dan Sinkronisasi "), False)
    assert shared[NAMES[4]][:2] == (len("Pembinaan dan Pengawasan "), False)
    # two equal names share nothing with each other (only "Persentase " with the others)
    assert shared["Persentase Arsip Daerah"][:2] == (len("Persentase "), True)
    assert shared_words(["Nilai SAKIP", "Nilai SAKIP"]) == {}


@pytest.mark.parametrize("width", [12, 17, 20, 24, 30])
def test_names_cut_alike_read_apart(width: int) -> None:
    shared = shared_words(NAMES)
    distinct = sorted(set(NAMES))
    shown = {n: cut_apart(n, width, 0, *shared.get(n, (0, True, 0))) for n in distinct}
    assert all(len(s) <= width for s in shown.values()), shown
    assert shown[NAMES[0]] != shown[NAMES[1]], shown
    if width >= 17:  # room for a distinctive word each
        assert len(set(shown.values())) == len(distinct), shown
        assert "Pembangunan" in shown[NAMES[0]] and "Pengadaan" in shown[NAMES[1]]


def test_cut_apart_forms() -> None:
    shared = shared_words(NAMES)

    def cut(name: str, width: int) -> str:
        return cut_apart(name, width, 0, *shared[name])

    assert cut(NAMES[0], 20) == "…Pembangunan"  # its own rest, whole
    assert cut(NAMES[0], 40) == "Persentase Ketepatan…Pembangunan"  # shared words before it
    assert cut(NAMES[2], 24) == "Koordinasi…Ruas Jalan…"  # a rest not its own: the first word
    assert cut(NAMES[4], 24) == "Pembinaan…Ruas Jalan…"
    # after a kode: the kode stays; a form showing no whole word of the rest is not taken
    text = "IKU 10 Koordinasi dan Sinkronisasi Ruas Jalan Kabupaten"
    assert cut_apart(text, 14, 7, 7 + shared[NAMES[2]][0], True) == "IKU 10 …Ruas…"
    assert cut_apart(text, 14, 7, 7 + shared[NAMES[2]][0], False) == "IKU 10…"  # not its own
    assert cut_apart(text, 10, 7, 7 + shared[NAMES[2]][0], False) == "IKU 10…"
    assert cut_apart(text, 40, 7, 7 + shared[NAMES[2]][0], False) == (
        "IKU 10 Koordinasi dan Sinkronisasi Ruas…"
    )
    # a name that fits is whole; a cut that keeps more than the shared words is the plain cut
    assert cut_apart("Nilai SAKIP", 20, 0, 6) == "Nilai SAKIP"


def test_a_name_whose_telling_word_does_not_fit_is_cut_in_that_word() -> None:
    """No whole word after the shared ones fits: the word that tells the name apart is cut
    where the room ends, as long as the letter that differs shows ("Jumlah pemberda…" beside
    "Jumlah penanggulangan…"); "…pelayanan…" (another name's word too) gives way to it; with
    too little room, or no neighbour known, the plain cut as before."""
    names = [
        "Jumlah pemberdayaan ekonomi desa",
        "Jumlah penanggulangan bencana",
        "Persentase pemberdayaan ekonomi desa",
        "Persentase pelayanan perizinan",
        "Persentase pengelolaan keuangan daerah",
    ]
    shared = shared_words(names)
    assert shared[names[0]] == (len("Jumlah "), False, len("Jumlah pe"))

    def cut(name: str, width: int) -> str:
        return cut_apart("IKU 5 " + name, width, 6, 6 + shared[name][0], *shared[name][1:])

    assert cut(names[0], 24) == "IKU 5 Jumlah pemberdaya…"
    assert cut(names[1], 24) == "IKU 5 Jumlah penanggula…"
    assert cut(names[3], 25) == "IKU 5 Persentase pelayan…"  # not "IKU 5 …pelayanan…"
    assert cut(names[0], 16) == "IKU 5 Jumlah…"  # "Jumlah pe…" would read as both
    assert cut_apart("IKU 5 " + names[0], 24, 6, 13, False) == "IKU 5 Jumlah…"
    assert len(cut_apart("x " * 100_000 + "y", 50, 0, 2, False, 150_000)) == 50


def test_a_rest_another_name_ends_with_is_not_its_own() -> None:
    """ "Jumlah pelayanan kesehatan dasar" shares "Jumlah pelayanan " with "Jumlah pelayanan
    perizinan": "…kesehatan dasar" was its own, though "Persentase pelayanan kesehatan dasar"
    ends so too (both rows read "…kesehatan dasar" at 80 columns). Where no whole word fits
    after the first shared word, the rest's first word is cut where the room ends
    ("Persentase…perizin…", not "Persentase…" beside "Persentase pelayanan publik")."""
    names = [
        "Jumlah pelayanan kesehatan dasar",
        "Jumlah pelayanan perizinan",
        "Persentase pelayanan kesehatan dasar",
        "Persentase pengelolaan keuangan daerah",
    ]
    shared = shared_words(names)
    assert shared[names[0]][:2] == (len("Jumlah pelayanan "), False)

    def cut(names: list[str], name: str, width: int) -> str:
        end, own, alike = shared_words(names).get(name, (0, True, 0))
        return cut_apart("IKU 11 " + name, width, 7, 7 + end, own, alike)

    assert cut(names, names[0], 26) == "IKU 11 Jumlah…kesehatan…"
    shown = [cut(names, name, 26) for name in names]
    assert len(set(shown)) == len(names), shown
    names = [
        "Persentase pelayanan perizinan",
        "Persentase pelayanan publik",
        "Nilai pelayanan perizinan",
    ]
    assert cut(names, names[0], 26) == "IKU 11 Persentase…perizin…"
    shown = [cut(names, name, 26) for name in names]
    assert len(set(shown)) == len(names), shown
