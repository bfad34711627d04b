from lkj_tui.cli.main import main

main()
