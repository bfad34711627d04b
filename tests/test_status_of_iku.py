"""``status`` says of how many IKU its average is (years14).

A report with IKU that have no capaian yet (a realisasi not filled in) printed "rata-rata capaian
102,08 %" as if it were the average of every IKU; the region's roll-up (``export --all``) already
said "(8 dari 10 IKU)". Now ``status``, ``status --all`` and their ``--json`` say it too, id and en;
a report whose every IKU has a capaian reads as before."""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("avg") / "s"
    assert run_cli("init", store=root).returncode == 0
    return root


def _summary_line(out: str) -> str:
    # the summary line as one line (the console may wrap it)
    head = out.split("\n\n")[0] if "\n\n" in out else out
    return " ".join(head.split())


def test_every_iku_measured_reads_as_before(store: Path) -> None:
    done = run_cli("status", store=store)
    assert done.returncode == 0, done.stderr
    assert "10 IKU" in done.stdout
    assert " dari 10 IKU)" not in done.stdout
    summary = json.loads(run_cli("status", "--json", store=store).stdout)["summary"]
    assert summary["measured_indicators"] == summary["indicators"] == 10


def test_the_average_says_of_how_many_iku(store: Path, tmp_path: Path) -> None:
    root = tmp_path / "s"
    assert run_cli("init", store=root).returncode == 0
    for code in ("IKU 1", "IKU 2"):
        done = run_cli("set", code, "realisasi", "", store=root)
        assert done.returncode == 0, done.stderr
    data = json.loads(run_cli("status", "--json", store=root).stdout)
    iku = [i for i in data["items"] if i["level"] == "iku"]
    measured = [Decimal(str(i["achievement"])) for i in iku if i["achievement"] is not None]
    assert len(iku) == 10 and len(measured) == 8
    mean = (sum(measured) / len(measured)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    shown = f"{mean}".replace(".", ",")
    summary = data["summary"]
    assert summary["indicators"] == 10 and summary["measured_indicators"] == 8
    assert Decimal(str(summary["average_achievement"])) == mean

    done = run_cli("status", store=root)
    assert done.returncode == 0, done.stderr
    line = _summary_line(done.stdout)
    assert f"rata-rata capaian {shown} % (8 dari 10 IKU)" in line, line
    en = run_cli("status", "--lang", "en", store=root)
    assert f"average capaian {shown} % (8 of 10 IKU)" in _summary_line(en.stdout)

    every = run_cli("status", "--all", store=root)
    assert every.returncode == 0, every.stderr
    assert f"{shown} % (8 dari 10 IKU)" in every.stdout
    every_en = run_cli("status", "--all", "--lang", "en", store=root)
    assert f"{shown} % (8 of 10 IKU)" in every_en.stdout
    rows = json.loads(run_cli("status", "--all", "--json", store=root).stdout)["reports"]
    assert [(r["indicators"], r["measured_indicators"]) for r in rows] == [(10, 8)]
