"""lkj-tui: review Indonesian government performance reports (Laporan Kinerja) in the terminal."""

__version__ = "0.1.0"
