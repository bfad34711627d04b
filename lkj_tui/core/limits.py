"""How long a text field may be: one table for ``set``, the TUI's forms and every import.

A name, a kode, a satuan, a penanggung jawab, the instansi, the pemerintah, the report's source
document (``sumber``), a node's source table (``tabel``) and the table and field of a figure
printed there (``tercetak``) are one line of at most
:data:`LINE_LIMIT` characters, measured with their whitespace folded (a pasted megabyte is a
mistake, not a name); a permasalahan or solusi (each item), a definisi, a data source, a note,
each other fact of a node (``info_lain``, each value), the visi and each line of the report's
misi, isu strategis, perbaikan kinerja and kesimpulan are an account of at most
:data:`TEXT_LIMIT`, measured stripped. The messages that refuse them are ``core.edits``'
(``one_line``, ``item_text``). Pure, no imports: the import asks it of every text before it
loads anything else.
"""

from __future__ import annotations

#: One-line fields longer than this are refused.
LINE_LIMIT = 2_000
#: An account (a permasalahan, a definisi, a line of the misi…) longer than this is refused.
TEXT_LIMIT = 100_000

#: The one-line fields, as ``set``, the report document and the import's columns name them
#: (a report's and a node's ``source``: its ``sumber`` and its ``tabel``; a printed figure's
#: ``table`` and ``field``, the ``tercetak`` column's first two parts).
LINE_FIELDS = frozenset(
    {"name", "uraian", "code", "kode", "satuan", "penanggung_jawab", "instansi", "pemerintah"}
    | {"source", "sumber", "tabel", "table", "field"}
)
#: The accounts, likewise (a list's limit is each item's).
TEXT_FIELDS = frozenset(
    {
        "permasalahan",
        "solusi",
        "definisi",
        "sumber_data",
        "catatan",
        "info_lain",
        "visi",
        "misi",
        "isu_strategis",
        "perbaikan_kinerja",
        "kesimpulan",
    }
)


def measured(field: str, text: str) -> str:
    """``text`` as its limit measures it (and a message then quotes it, so that the length it
    says is the length checked): a one-line field folded, an account stripped."""
    return " ".join(text.split()) if field in LINE_FIELDS else text.strip()


def over(field: str, text: str) -> bool:
    """Whether ``text`` is longer than ``field`` takes (False for a field without a limit).
    Linear; a text within the limit unmeasured is not folded."""
    limit = LINE_LIMIT if field in LINE_FIELDS else TEXT_LIMIT if field in TEXT_FIELDS else 0
    return 0 < limit < len(text) and len(measured(field, text)) > limit


def info_field(key: str) -> str:
    """The field whose limit holds a node's fact ``key`` (its ``info``): the field's own for one
    that has one (``penanggung_jawab``, ``definisi``…), else ``info_lain``'s (each value)."""
    return key if key in LINE_FIELDS or key in TEXT_FIELDS else "info_lain"
