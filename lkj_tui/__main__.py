from lkj_tui.cli import output
from lkj_tui.cli.main import main

# (``python -m lkj_tui``: the commands it suggests say so, as click's usage lines do, words50)
output.RUN = "python -m lkj_tui"
main()
