"""The report bundled with lkj-tui: the LKj 2023 of Sekretariat Daerah Kabupaten Bengkulu Selatan.

It lives in the repository's ``store/`` folder and ships in the wheel as ``lkj_tui/_bundled``. It is
only ever read: a fresh user store gets a copy.
"""

from __future__ import annotations

import json
from pathlib import Path

from lkj_tui.core.model import Report

BUNDLED_REPORT_ID = "bengkulu-selatan-setda-2023"
_FILE = f"{BUNDLED_REPORT_ID}.json"


def bundled_report_path() -> Path:
    """The bundled report file, in an installed wheel or in a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_bundled" / _FILE, here.parent / "store" / _FILE):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"laporan bawaan {_FILE} tidak ditemukan di paket lkj-tui")


def load_bundled_report() -> Report:
    """Parse the bundled report (a nested document, see docs/report-format.md)."""
    with bundled_report_path().open(encoding="utf-8") as f:
        return Report.from_document(json.load(f))
