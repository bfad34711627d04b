"""The reliability suite of lkj-tui (issue 6): crash safety, concurrency, bad files, full disks,
hostile text and value fuzzing. ``python reliability/run.py`` runs every part at full scale and prints
the figures; tests/test_reliability.py runs a quick version of each part in CI. See
docs/reliability.md.
"""
