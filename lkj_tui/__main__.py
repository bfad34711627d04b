from lkj_tui.cli.entry import main
from lkj_tui.core import shell

# (``python -m lkj_tui``: the commands it suggests say so, as click's usage lines do, words50;
# the TUI's too, paths55)
shell.RUN = "python -m lkj_tui"
main()
