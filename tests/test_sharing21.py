"""Sharing a store, the seventeenth pass (share21): `resolve` without its choice names both
commands each on a line of its own, whole on a 40-column terminal; a drive letter not there may
be the wrong letter; curl's time limit and a proxy not found in the user's words; id and en."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests import test_sync
from tests.test_sync import lkj

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize(
    ("lang", "keep", "take"), [("id", "pertahankan", "ambil-lain"), ("en", "keep", "take-other")]
)
def test_resolve_without_a_choice_gives_each_command_a_line_of_its_own(
    offices, lang, keep, take
) -> None:
    """need_choice ran both commands into one sentence ("…: lkj-tui resolve IKU 2 pertahankan
    --store PATH, atau lkj-tui resolve …"), broken at words on a terminal, and named the
    conflict as typed ("IKU 2": two words to a shell). Each command now stands whole on its own
    line, the conflict by its number; on a terminal narrower than one, folded between its
    options (cli27)."""
    from reliability.pty_capture import run_in_pty
    from tests.conftest import LKJ_TUI
    from tests.test_sync import env

    test_sync._conflict_in(offices)
    store = str(Path(str(offices["tmp"])) / "opd")
    piped = lkj(offices, "opd", "resolve", "IKU 2", "--lang", lang)
    assert piped.returncode == 2
    opts = f"--store {store}" + (" --lang en" if lang == "en" else "")  # (cli22)
    # (under the refusal's words, two spaces further in: share29)
    commands = [f"           lkj-tui resolve 1 {word} {opts}" for word in (keep, take)]
    assert piped.stderr.splitlines()[1:] == commands, piped.stderr
    own = {**os.environ, **env(offices, "opd <opd@example.org>"), "COLUMNS": "40"}
    own |= {"NO_COLOR": "1", "LKJ_TUI_HISTORY": "off"}
    done = run_in_pty(
        [str(LKJ_TUI), "resolve", "IKU 2", "--lang", lang, "--store", store],
        env=own,
        size=(40, 24),
    )
    assert done.returncode == 2
    lines = done.output.decode().replace("\r\n", "\n").rstrip("\n").split("\n")
    at = next(n for n, line in enumerate(lines) if line.startswith("           lkj-tui resolve"))
    shown = "\n".join(lines[at:]).replace(" \\\n             ", " ").split("\n")
    assert shown == commands, lines
    # (wider than 40: the store's path, whole on a line of its own after "--store \\", cli31)
    wide = [line for line in lines if len(line) > 40]
    assert all(line.strip().removesuffix(" \\") == store for line in wide), lines


# --------------------------------------------------------------------------- a drive letter


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_drive_letter_not_there_says_to_check_the_letter_and_names_those_there(lang) -> None:
    """`F:` typed for `D:` (where_fails: a drive not there) was told only "connect the shared
    drive": the letter may be wrong, and the laptop's own letters are named; a network share
    has no letter to check."""
    from pathlib import PureWindowsPath

    from lkj_tui.sync.share import _OFFLINE, _reason

    i = 1 if lang == "en" else 0

    def said(where: str, drives: list[str]) -> str:
        again = _OFFLINE["again"][i]
        return _reason(("drive", where), i, again, "--init", PureWindowsPath, lambda: drives)

    assert (
        said("F:\\", ["C:", "D:"])
        == {
            "id": "F:\\ tidak ada: sambungkan drive bersama, atau periksa huruf drive-nya (yang ada "
            "di laptop ini: C:, D:), lalu sinkronkan lagi",
            "en": "F:\\ is not there: connect the shared drive, or check the drive's letter (this "
            "laptop has C:, D:), then sync again",
        }[lang]
    )
    assert "(" not in said("F:\\", [])  # (no letters known: none named)
    assert (
        said("\\\\server\\lkj\\", ["C:"])
        == {
            "id": "\\\\server\\lkj\\ tidak ada: sambungkan drive bersama, lalu sinkronkan lagi",
            "en": "\\\\server\\lkj\\ is not there: connect the shared drive, then sync again",
        }[lang]
    )


# --------------------------------------------------------------------------- curl's words


@pytest.mark.parametrize(
    ("line", "said_id", "said_en"),
    [
        (
            "fatal: unable to access 'https://git.kab.go.id/lkj.git/': Operation timed out after "
            "300001 milliseconds with 0 out of 0 bytes received",
            "tidak ada jawaban dalam 300 detik: jaringan terputus atau terlalu lambat",
            "no answer within 300 seconds: the network is down or too slow",
        ),
        (
            "fatal: unable to access 'https://git.kab.go.id/lkj.git/': Connection timed out "
            "after 10001 milliseconds",
            "tidak ada jawaban dalam 10 detik",
            "no answer within 10 seconds",
        ),
        (
            "fatal: unable to access 'https://git.kab.go.id/lkj.git/': Could not resolve proxy: "
            "proxy.kab.go.id",
            "nama proxy proxy.kab.go.id tidak dikenal: tidak ada jaringan, atau setelan proxy "
            "salah (git config http.proxy, atau HTTPS_PROXY)",
            "the proxy name proxy.kab.go.id is not known: no network, or the proxy setting is "
            "wrong (git config http.proxy, or HTTPS_PROXY)",
        ),
    ],
)
def test_curls_time_limit_and_proxy_are_said_in_the_users_words(
    line: str, said_id: str, said_en: str
) -> None:
    """fb547eb put git's host-not-found and no-answer lines in the user's words; curl's own
    time limit and a proxy not found still showed git's English line."""
    from lkj_tui.sync.share import why_text

    assert why_text(line, "id").startswith(said_id)
    assert why_text(line, "en").startswith(said_en)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_proxy_not_known_is_offline_with_the_save_kept(offices, lang) -> None:
    """Through the installed command: a proxy that no network knows (.invalid), offline (exit
    3), the save kept, the proxy named in the user's words."""
    import subprocess

    test_sync.start(offices, "pusat")
    store = Path(str(offices["tmp"])) / "pusat"
    url = "https://git.bengkulu-selatan.invalid/bappeda/lkj.git"
    subprocess.run(["git", "-C", str(store), "remote", "set-url", "origin", url], check=True)
    proxy = "http://proxy.bengkulu-selatan.invalid:8080"
    subprocess.run(["git", "-C", str(store), "config", "http.proxy", proxy], check=True)
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    out = lkj(offices, "pusat", "sync", "--lang", lang)
    assert out.returncode == 3, out.stderr
    said = " ".join(out.stderr.split())
    assert {
        "id": "nama proxy proxy.bengkulu-selatan.invalid tidak dikenal",
        "en": "the proxy name proxy.bengkulu-selatan.invalid is not known",
    }[lang] in said, said
    assert "Could not resolve proxy" not in said
    assert {"id": "1 simpanan menunggu", "en": "1 save waits"}[lang] in said, said
