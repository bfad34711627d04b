"""vals43: a JSON report document's values and report texts held to the limits of every other
way in (``core/limits.py``, ``values.typed_value``).

A document was imported with a megabyte target (or realisasi, target of a year, quarter…), which
a workbook, a CSV file and ``set`` refuse. Each test goes through the installed command.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli
from tests.test_vals41 import _document, _ids  # (the bundled report as a document; the ids)


def test_a_json_documents_values_are_held_to_a_values_limit(tmp_path: Path) -> None:
    store = tmp_path / "s"
    composite = "; ".join(f"{n} Dokumen Perencanaan" for n in range(1, 13))  # 12 parts, 250 long

    def at_the_limit(doc: dict) -> None:
        iku = doc["nodes"][0]["children"][0]["children"][0]
        iku["measure"]["target"] = "9" * 200
        iku["measure"]["realisasi"] = "  ".join(["8"] * 101)  # 201 once its spaces are folded
        iku["measure"]["target_akhir"] = composite  # (a composite grows with its parts)
        iku["anggaran"] = "Rp " + "1" * 197

    assert len(composite) > 200
    fits = _document(tmp_path, "pas-2023", at_the_limit)
    done = run_cli("import", str(fits), store=store)
    assert done.returncode == 0, done.stderr
    assert "pas-2023" in _ids(store)

    def over_it(doc: dict) -> None:
        at_the_limit(doc)
        iku = doc["nodes"][0]["children"][0]["children"][0]
        iku["measure"]["target"] += "9"
        iku["measure"]["realisasi"] = "x" * 1_000_000  # a pasted megabyte
        iku["measure"]["triwulan"][3] = "7" * 201
        iku["measure"]["targets"]["2024"] = "Minimal " + "3" * 300
        iku["measure"]["realisasi_history"]["2022"] = "6" * 201
        iku["anggaran"] += "1"

    over = _document(tmp_path, "lebih-2023", over_it)
    done = run_cli("import", str(over), store=store)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines()[0].endswith("6 masalah; tidak ada yang disimpan:")
    # each at its path, in the document's order, with the words a workbook's cell gets
    iku = "nodes[0].children[0].children[0]"
    places = [
        f"{iku}.measure.target (IKU 1)",
        f"{iku}.measure.realisasi (IKU 1)",
        f"{iku}.measure.triwulan[3] (IKU 1)",
        f"{iku}.measure.targets.2024 (IKU 1)",
        f"{iku}.measure.realisasi_history.2022 (IKU 1)",
        f"{iku}.anggaran (IKU 1)",
    ]
    at = [done.stderr.find(f"\n  {place} ") for place in places]
    assert -1 not in at and at == sorted(at), list(zip(places, at, strict=True))
    folded = " ".join(done.stderr.split())
    assert folded.count("terlalu panjang untuk sebuah nilai (paling banyak 200 karakter)") == 6
    assert '(1.000.000 karakter)": terlalu panjang' in folded
    assert "lebih-2023" not in _ids(store)

    done = run_cli("import", str(over), "--lang", "en", store=store)
    folded = " ".join(done.stderr.split())
    assert folded.count("too long for a value (at most 200 characters)") == 6, folded
