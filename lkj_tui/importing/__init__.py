"""Reading reports from spreadsheets and the JSON document (``lkj-tui import``), and the flat template.

The pure parts (cells, columns, rows → report, validation, rollover, the Renja layout) import no
spreadsheet library; the readers (:mod:`.xlsx`, :mod:`.csvfile`) import theirs inside their functions,
so ``lkj-tui status`` never loads them. See docs/import.md.
"""
