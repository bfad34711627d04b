"""What is wrong with a JSON text, in the user's words (Bahasa Indonesia, English), where it breaks.

A report file of the store (``storage/jsonfile.py``) and a cell of a workbook that holds JSON (an
``info_lain``, a ``tercetak``, the Laporan sheet's ``inovasi``…) say it alike: "(baris 1 kolom 9):
seharusnya ada ','" where a cell said "tulis satu 'kunci: nilai' per baris" (vals46). Pure.
"""

from __future__ import annotations

import json

#: Python's words for a JSON error (the ``msg`` of ``json.JSONDecodeError``, in English) in
#: the user's: (Bahasa Indonesia, English); one not here is said without them in Bahasa
#: Indonesia, as Python says it in English.
JSON_PROBLEMS = {
    "Expecting value": ("seharusnya ada nilai", "a value was expected"),
    "Expecting property name enclosed in double quotes": (
        "seharusnya ada nama kunci dalam tanda petik ganda (atau ada koma berlebih sebelum '}')",
        "a key in double quotes was expected (or there is a comma too many before '}')",
    ),
    "Expecting ':' delimiter": ("seharusnya ada ':'", "a ':' was expected"),
    "Expecting ',' delimiter": ("seharusnya ada ','", "a ',' was expected"),
    "Invalid control character at": (
        "karakter kendali (baris baru, tab) di dalam teks",
        "a control character (a line break, a tab) inside a text",
    ),
    "Invalid \\escape": ("garis miring terbalik (\\) yang tidak sah", "an invalid backslash (\\)"),
    "Invalid \\uXXXX escape": ("kode \\uXXXX yang tidak sah", "an invalid \\uXXXX code"),
}


def unreadable(text: str) -> tuple[str, str] | None:
    """Why ``text`` cannot be read as JSON, said with its line and column, "JSON tidak dapat
    dibaca (baris 1 kolom 9): berakhir sebelum lengkap"; None when it can. Only for a message:
    the text is parsed again."""
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        at = f"baris {exc.lineno} kolom {exc.colno}"
        at_en = f"line {exc.lineno} column {exc.colno}"
        if exc.msg == "Extra data":
            said = ("ada teks lagi setelah akhir JSON", "there is more text after the JSON's end")
        elif exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            said = ("berakhir sebelum lengkap", "it ends before it is complete")
        else:
            said = JSON_PROBLEMS.get(exc.msg, ("", exc.msg))
        return (
            f"JSON tidak dapat dibaca ({at})" + (f": {said[0]}" if said[0] else ""),
            f"the JSON cannot be read ({at_en}): {said[1]}",
        )
    except RecursionError:
        return (
            "JSON tidak dapat dibaca: objek dan daftarnya bersarang terlalu dalam",
            "the JSON cannot be read: its objects and lists are nested too deeply",
        )
    except ValueError:  # (an integer of more digits than Python converts)
        return (
            "JSON tidak dapat dibaca: ada bilangan bulat yang terlalu panjang",
            "the JSON cannot be read: it holds an integer too long",
        )
    return None
