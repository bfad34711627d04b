"""``lkj-tui`` without a sub-command: the TUI opened on the store (:func:`open_tui`), and the
command lines of that form the entry starts without importing typer (:func:`quick_form`).

typer and the click it vendors are ≈ 5 % of the TUI's first frame (their import and the root
command's build from the callback's signature), yet a user who opens the TUI (``lkj-tui``,
``lkj-tui --store D:\\lkj -r ID --lang en``) gives typer nothing to do but read up to three
options. So the entry (``cli/entry.py``) asks :func:`quick_form` first: a command line of those
options alone, each once, each value plain, is read here and the TUI opened as typer's callback
opens it (:func:`open_tui`, which both call); any other command line goes to typer, which reads
it as it always has and says what it says (``--help``, ``--version``, a sub-command, an unknown
or repeated option, a value glued with "=", a value that begins with "-", is blank or not
ASCII, a ``--lang`` typer would refuse). This is no second grammar: every form taken here means
the same to typer (test_ff69 reads each through typer and through here and compares), and an
option added to ``lkj-tui`` itself fails that test until it is weighed here
(docs/performance.md, "Devices")."""

from __future__ import annotations

import os

TYPE_CHECKING = False  # (typing.TYPE_CHECKING: no import of typing here)

if TYPE_CHECKING:  # (this module is imported by every command line: nothing more at its top)
    from collections.abc import Mapping, Sequence
    from pathlib import Path
    from typing import NoReturn

#: The options of ``lkj-tui`` itself read here, each by its parameter's name.
OPTIONS = {"--store": "store", "--report": "report", "-r": "report", "--lang": "lang"}

#: What click expands in an argument on Windows (``~``, ``$VAR``/``%VAR%``, a glob: its
#: ``_expand_args``): such a command line goes to typer.
_EXPANDED = "~$%*?["


def quick_form(argv: Sequence[str], environ: Mapping[str, str]) -> dict[str, str] | None:
    """The values of ``argv`` (``lkj-tui``'s arguments) when they are nothing but ``--store
    DIR``, ``--report ID`` (``-r ID``) and ``--lang id|en``, each at most once, each value the
    next word and plain (ASCII, not blank, not beginning with "-"); None for any other command
    line, and while a shell asks click for completions (``_LKJ_TUI_COMPLETE``: typer answers)."""
    if len(argv) % 2 or any(k[:1] == "_" and k.endswith("_COMPLETE") for k in environ):
        return None
    given: dict[str, str] = {}
    for option, value in zip(argv[::2], argv[1::2], strict=True):
        name = OPTIONS.get(option)
        if name is None or name in given or value[:1] == "-" or not value.strip():
            return None
        if not value.isascii() or (os.name == "nt" and any(c in value for c in _EXPANDED)):
            return None
        given[name] = value
    return given if given.get("lang", "id") in ("id", "en") else None


def run_quick(given: Mapping[str, str]) -> NoReturn:
    """The TUI opened with the options ``given`` (:func:`quick_form`'s) as ``lkj-tui``'s
    ``main`` runs a command: output guarded, the process's objects frozen at its end; Ctrl+C
    before the TUI draws exits 130, as typer exits it."""
    import gc
    from pathlib import Path

    from lkj_tui.cli.output import run_guarded

    def program() -> NoReturn:
        store = given.get("store")
        try:
            code = open_tui(
                Path(store) if store is not None else None, given.get("report"), given.get("lang")
            )
        except KeyboardInterrupt:
            code = 130
        raise SystemExit(code)

    try:
        run_guarded(program)
    finally:
        gc.freeze()  # (as :func:`lkj_tui.cli.main.main` does: the interpreter's last collection)


def open_tui(store: Path | None, report: str | None, lang: str | None) -> int:
    """Open the TUI on the store ``store`` (else ``$LKJ_TUI_STORE`` or the user's folder), at
    ``report`` (else the latest), in ``lang`` (else the TUI's saved language, then id); its exit
    status. A store or report that cannot be opened is refused here, before the TUI."""
    from lkj_tui.cli.common import fail, open_store
    from lkj_tui.cli.output import release
    from lkj_tui.tui.settings import config_path, load

    # (no --lang: the TUI's saved language for every message of this start, the new store's
    # note too, which came out in Bahasa Indonesia before an English TUI: cli39)
    chosen = lang or load(config_path()).get("lang", "id")
    opened = open_store(store, lang=chosen)
    if report is not None:  # refused here, as status refuses it: not a TUI with no report
        from lkj_tui.cli.common import fail_store
        from lkj_tui.storage.errors import StoreError

        try:
            opened.require(report)
        except StoreError as exc:
            fail_store(exc, store, chosen)
    release()  # the TUI draws on the terminal itself
    try:
        from lkj_tui.tui.app import NoTerminal, run_tui
    except ImportError as exc:  # pragma: no cover - only when textual is missing
        fail(f"TUI tidak tersedia: {exc}")
    try:
        return run_tui(opened, report_id=report, lang=chosen, store_typed=store)
    except NoTerminal as exc:
        from lkj_tui.storage.errors import store_option

        opts = (f" -r {report}" if report else "") + store_option(store, chosen)
        said = _NO_TERMINAL["en" if chosen == "en" else "id"]
        fail(said[exc.stream].format(opts=opts), 2)


#: Why ``lkj-tui`` without a command does not open the TUI, by the stream that is not a
#: terminal (``lkj-tui | less`` started the TUI into the pipe and waited), and what to type for
#: the report as text.
_NO_TERMINAL = {
    "id": {
        "stdout": "TUI perlu terminal, tetapi keluarannya (stdout) diarahkan ke pipa atau "
        "berkas; ringkasan laporan sebagai teks: lkj-tui status{opts}; atau Markdown untuk "
        "notulen: lkj-tui export{opts}",
        "stdin": "TUI perlu terminal, tetapi masukannya (stdin) bukan terminal: tombol tidak "
        "sampai ke TUI; ringkasan laporan sebagai teks: lkj-tui status{opts}",
        "stderr": "TUI perlu terminal, tetapi TUI digambar di stderr, yang diarahkan ke pipa "
        "atau berkas; ringkasan laporan sebagai teks: lkj-tui status{opts}",
    },
    "en": {
        "stdout": "the TUI needs a terminal, but its output (stdout) goes to a pipe or a file; "
        "the report's summary as text: lkj-tui status{opts}; or Markdown for the minutes: "
        "lkj-tui export{opts}",
        "stdin": "the TUI needs a terminal, but its input (stdin) is not one: no key would reach "
        "the TUI; the report's summary as text: lkj-tui status{opts}",
        "stderr": "the TUI needs a terminal, but it draws on stderr, which goes to a pipe or a "
        "file; the report's summary as text: lkj-tui status{opts}",
    },
}
