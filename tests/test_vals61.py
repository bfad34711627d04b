"""Values as users type and read them (vals61): a number typed with a dot read one way only
("2.93") is said as read, no doubt, as the TUI's dialog says it; a doubt about the pair quotes the
value as typed ("> 2.6"), not as stored ("> 2,6")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

READ = {
    "id": "Titik pada '2.93' dibaca sebagai tanda desimal (2,93)",
    "en": "The dot in '2.93' was read as a decimal point (2,93)",
}
DOUBT = {"id": "Perhatikan:", "en": "Check:"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_dot_read_one_way_is_said_as_read_not_doubted(store_path: Path, lang: str) -> None:
    """`set "IKU 1" realisasi 2.93`: the TUI saves it at the first Enter, the reading said under
    the capaian; `set` printed "Perhatikan: titik pada '2.93' …" and --json listed it among the
    doubts a script checks. The reading is a line of its own, and --json's `read`."""
    done = run_cli("--lang", lang, "set", "IKU 1", "realisasi", "2.93", store=store_path)
    assert done.returncode == 0, done.stderr
    assert READ[lang] in done.stdout.splitlines(), done.stdout
    assert DOUBT[lang] not in done.stdout, done.stdout
    again = run_cli("--lang", lang, "set", "IKU 1", "realisasi", "2.94", "--json", store=store_path)
    said = json.loads(again.stdout)
    assert said["doubts"] == [], said
    assert said["read"] == [READ[lang].replace("2.93", "2.94").replace("2,93", "2,94").lower()]
    assert said["after"] == "2,94"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_ambiguous_dot_is_still_a_doubt(store_path: Path, lang: str) -> None:
    """An ambiguous "3.226" (thousands, or a decimal point?) is kept as typed and said as a doubt,
    as the TUI asks a second Enter for it."""
    done = run_cli("--lang", lang, "set", "IKU 1", "realisasi", "3.226", "--json", store=store_path)
    said = json.loads(done.stdout)
    assert said["read"] == [] and any("3.226" in d for d in said["doubts"]), said


@pytest.mark.parametrize(
    ("lang", "field", "typed", "quoted"),
    [
        ("id", "target", "> 2.6", "sekitar 11 kali target > 2.6"),
        ("en", "target", "2.7", "about 11 times target 2.7"),
        ("id", "realisasi", "33.5", "Realisasi 33.5 sekitar 10 kali target 3,22"),
    ],
)
def test_a_doubt_of_the_pair_quotes_the_value_as_typed(
    store_path: Path, lang: str, field: str, typed: str, quoted: str
) -> None:
    """IKU 1 with realisasi 29,5 (target 3,22): `set … target "> 2.6"` printed "Realisasi 29,5
    sekitar 11 kali target > 2,6", a value the user never typed. It quotes "> 2.6", as the
    refusal does (vals59); the value stored is "> 2,6" all the same."""
    if field == "target":
        assert run_cli("set", "IKU 1", "realisasi", "29,5", store=store_path).returncode == 0
    done = run_cli("--lang", lang, "set", "IKU 1", field, typed, "--json", store=store_path)
    said = json.loads(done.stdout)
    assert any(quoted in d for d in said["doubts"]), said["doubts"]
    assert said["after"] == typed.replace(".", ",")
    shown = run_cli(
        "--lang", lang, "set", "IKU 1", field, typed.replace(".", ","), store=store_path
    )
    assert "→" not in shown.stdout  # (the same value: nothing written again)
