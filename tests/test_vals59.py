"""Numbers as typed and shown (vals59): a refusal quotes the value as it was typed ("> 2.5"), not
as it would be stored ("> 2,5"), which the user never wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.mark.parametrize(
    ("lang", "field", "typed", "said"),
    [
        ("id", "target", "> 2.5", "target “> 2.5” (ambang) dan realisasi “WTP” (opini)"),
        ("en", "target", "> 2.5", "target “> 2.5” (threshold) and realisasi “WTP” (opinion)"),
        ("id", "tw1", "2.5", "Triwulan I: capaian tidak dapat dihitung"),
        ("en", "tw1", "2.5", "Quarter 1: no capaian can be computed"),
    ],
)
def test_a_refused_value_is_quoted_as_typed(
    store_path: Path, lang: str, field: str, typed: str, said: str
) -> None:
    """IKU 9 (Opini LHP BPK, realisasi WTP): a number typed with a dot cannot be compared with an
    opinion; the refusal said “> 2,5” where “> 2.5” was typed."""
    done = run_cli("--lang", lang, "set", "IKU 9", field, typed, store=store_path)
    assert done.returncode != 0
    err = " ".join(done.stderr.split())
    assert said in err, err
    assert f"“{typed}”" in err and f"“{typed.replace('.', ',')}”" not in err, err
    again = run_cli("export", "--format", "json", store=store_path)
    assert '"2.5"' not in again.stdout and '"> 2,5"' not in again.stdout  # nothing written
