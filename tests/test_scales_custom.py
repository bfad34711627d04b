"""A report's own scales (issue 10): any labels and bands, the negative formula, a cap; validated
when the report is read (a bad one is refused as ``bad-field``, naming the field) and shown end to
end through the installed command. Ends with a fuzz of the scales object: only answers or refusals.
"""

from __future__ import annotations

import functools
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core.engine import compute
from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.model import ModelError, Report, ReportMeta
from lkj_tui.core.scales import DEFAULT_SCALES, Scales, ScalesError, rating_tone
from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.store import Store
from tests.conftest import run_cli

CUSTOM = {
    "ratings": [
        {"label": "Baik", "min": "100", "label_en": "Good"},
        {"label": "Cukup", "min": 80},
        {"label": "Kurang [bold]x[/]", "min": None},  # markup in a label is only text
    ],
    "negative_formula": "T/R",
    "cap": "120",
}


def report_with(scales: dict[str, Any] | None) -> Report:
    report = load_bundled_report()
    return Report(replace(report.meta, scales=scales), list(report.walk()))


@pytest.fixture
def custom_store(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    Store(path, seed=lambda: report_with(CUSTOM))
    return path


def test_custom_scales_rate_cap_and_summarise() -> None:
    ev = Evaluation(report_with(CUSTOM))
    summary = ev.summary()
    assert list(summary.by_rating) == ["Baik", "Cukup", "Kurang [bold]x[/]"]
    assert sum(summary.by_rating.values()) == summary.measured == 10
    by_code = {ev.of(n.id).node.code: ev.of(n.id) for n in ev.report.walk()}
    irh = by_code["IKU 2"].achievement  # CC → A (86,45): 172,90, capped at 120
    assert irh is not None and irh.rounded == Decimal("120.00") and irh.rating == "Baik"
    lppd = by_code["IKU 1"].achievement  # 88,51: at least 80, below 100
    assert lppd is not None and lppd.rating == "Cukup"
    assert "(Good)" in irh.explanation("en")


def test_status_status_all_and_export_show_custom_labels(custom_store: Path) -> None:
    status = run_cli("status", store=custom_store)
    assert status.returncode == 0, status.stderr
    assert "Baik 8" in status.stdout and "Cukup 2" in status.stdout
    assert "Kurang [bold]x[/] 0" in status.stdout  # the label as text, never as markup
    assert "Traceback" not in status.stderr
    english = run_cli("status", "--lang", "en", store=custom_store)
    assert english.returncode == 0 and "Good 8" in english.stdout
    every = run_cli("status", "--all", store=custom_store)
    assert every.returncode == 0 and BUNDLED_REPORT_ID[:12] in every.stdout
    data = json.loads(run_cli("status", "--json", store=custom_store).stdout)
    assert data["summary"]["by_rating"] == {"Baik": 8, "Cukup": 2, "Kurang [bold]x[/]": 0}
    assert {i["rating"] for i in data["items"] if i["rating"]} <= {
        "Baik",
        "Cukup",
        "Kurang [bold]x[/]",
    }
    export = run_cli("export", store=custom_store)
    assert export.returncode == 0, export.stderr
    assert "Baik 8" in export.stdout and "Kurang \\[bold\\]x\\[/\\] 0" in export.stdout
    export_en = run_cli("export", "--lang", "en", store=custom_store)
    assert export_en.returncode == 0 and "Good 8" in export_en.stdout


def test_each_report_of_a_store_is_rated_by_its_own_scales(tmp_path: Path) -> None:
    """One process reads several reports (``export --all``): their capaian are computed once per
    scales and kept for the next report (perf47), so the same figures under other scales are
    rated by those, whichever report comes first."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    other = report_with(CUSTOM)
    other.meta = replace(other.meta, id="dinas-x-2023", instansi="Dinas X")
    path = tmp_path / "dinas-x-2023.json"
    path.write_text(json.dumps(other.to_document(), ensure_ascii=False), encoding="utf-8")
    done = run_cli("import", str(path), store=store)
    assert done.returncode == 0, done.stderr
    recap = run_cli("export", "--all", store=store)
    assert recap.returncode == 0, recap.stderr
    setda, _, dinas = recap.stdout.partition("## Dinas X (2023)")
    if "## Sekretariat Daerah (2023)" in dinas:  # (worst first: either may come first)
        dinas, _, setda = dinas.partition("## Sekretariat Daerah (2023)")
    assert "Capaian: 88,51 % (Tinggi)" in setda and "(Cukup)" not in setda
    assert "Capaian: 88,51 % (Cukup)" in dinas and "(Tinggi)" not in dinas


def test_calc_keeps_working_with_polaritas(tmp_path: Path) -> None:
    done = run_cli("calc", "3 ± 1", "5", "--polaritas", "stabil", "--json")
    data = json.loads(done.stdout)
    assert done.returncode == 0 and data["achievement"] == 75.0 and data["rating"] == "Sedang"
    short = json.loads(run_cli("calc", "10", "8", "--negatif", "--json").stdout)
    assert short["achievement"] == 120.0
    clash = run_cli("calc", "10", "8", "--negatif", "--polaritas", "stabil")
    assert clash.returncode == 2 and clash.stdout == "" and "--negatif" in clash.stderr


BAD = [
    ({"ratings": [{"label": "Baik", "min": "1e999"}]}, "ratings[0].min"),
    ({"ratings": [{"label": "", "min": None}]}, "ratings[0].label"),
    ({"ratings": [{"label": "A", "min": 50}, {"label": "B", "min": 60}]}, "menurun"),
    ({"ratings": [{"label": "A", "min": None}, {"label": "B", "min": 60}]}, "terakhir"),
    ({"ratings": [{"label": "A\x1b[31m", "min": None}]}, "ratings[0].label"),
    ({"negative_formula": "R/T"}, "negative_formula"),
    ({"cap": "50"}, "cap"),
    ({"grades": {"A": "-1"}}, "grades.A"),
    ({"colours": {}}, "kunci tidak dikenal"),
    ({"ratings": "Baik"}, "ratings"),
]


@pytest.mark.parametrize(("scales", "field"), BAD)
def test_bad_scales_are_refused_when_read(
    tmp_path: Path, scales: dict[str, Any], field: str
) -> None:
    with pytest.raises(ModelError, match=field.replace("[", r"\[").replace("]", r"\]")):
        ReportMeta.from_dict(report_with(scales).meta.to_dict())
    path = tmp_path / "store"
    good = Store(path, seed=lambda: report_with(None))
    doc = json.loads((path / f"{BUNDLED_REPORT_ID}.json").read_text())
    doc["meta"]["1"]["report"]["scales"] = scales
    (path / f"{BUNDLED_REPORT_ID}.json").write_text(json.dumps(doc))
    with pytest.raises(StoreError) as caught:
        Store(path).load(BUNDLED_REPORT_ID)
    assert caught.value.code == "bad-field"
    assert good is not None
    status = run_cli("status", store=path)
    assert status.returncode != 0 and status.stdout == ""
    assert "Traceback" not in status.stderr and field.split("[")[0] in status.stderr
    assert len(status.stderr.strip().splitlines()) == 1
    every = run_cli("status", "--all", store=path)  # (no report read: exit 1, cli63)
    assert every.returncode == 1 and "Traceback" not in every.stderr
    assert f"{BUNDLED_REPORT_ID}.json" in every.stdout, every.stdout
    export = run_cli("export", store=path)
    assert export.returncode != 0 and "Traceback" not in export.stderr


def test_rating_tone_spreads_any_bands() -> None:
    assert [rating_tone(x) for x in DEFAULT_SCALES.labels()] == [1, 2, 3, 4, 5]
    three = Scales.from_dict(CUSTOM)
    assert [rating_tone(x, three) for x in three.labels()] == [1, 3, 5]
    assert rating_tone("unknown", three) is None and rating_tone(None) is None


# ------------------------------------------------------------------ fuzz: only answers or refusals

_numbers = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(alphabet="0123456789,.-+eE ∞xX", max_size=12),
    st.sampled_from(["91", "76,5", "0", "-10", "1e999", "NaN", "1" * 50, "120", "100"]),
)
_labels = st.one_of(st.text(max_size=50), st.sampled_from(["Baik", "Cukup", "", " "]), st.none())
_band = st.fixed_dictionaries(
    {},
    optional={
        "label": _labels,
        "min": st.one_of(st.none(), _numbers),
        "label_en": _labels,
        "extra": st.just(1),
    },
)
_leaf = st.one_of(st.none(), st.booleans(), _numbers, st.text(max_size=10))
_any = st.recursive(
    _leaf,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)
_scales = (
    st.fixed_dictionaries(
        {},
        optional={
            "ratings": st.one_of(st.lists(_band, max_size=6), _any),
            "efficiency": st.one_of(st.lists(_band, max_size=4), _any),
            "grades": st.one_of(
                st.dictionaries(st.sampled_from(["A", "BB", "X", ""]), _numbers), _any
            ),
            "opinions": st.one_of(
                st.dictionaries(st.sampled_from(["WTP", "WDP", "Z"]), _numbers), _any
            ),
            "unit_aliases": st.one_of(st.dictionaries(st.text(max_size=5), _labels), _any),
            "negative_formula": st.one_of(
                st.sampled_from(["2T-R", "T/R", "T / R", "R/T", ""]), _any
            ),
            "cap": st.one_of(st.none(), _numbers),
            "unknown": _any,
        },
    )
    | _any
)


@functools.cache
def _meta() -> dict[str, Any]:
    return load_bundled_report().meta.to_dict()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_scales)
# a JSON number with no short decimal text: accepted, then written back as "8.7…E-19" and refused
@example({"grades": {"A": 8.709293221712725e-19}})
@example({"grades": {"A": 1e-05}, "cap": 1e-04})  # written back as "1E-5": now "0.00001"
def test_fuzzed_scales_end_in_an_answer_or_a_refusal(raw: Any) -> None:
    meta = _meta() | {"scales": raw}
    try:
        scales = Scales.from_dict(raw)
    except ScalesError as exc:
        assert str(exc).startswith("scales")
        assert "\x1b" not in str(exc) and "\n" not in str(exc)
        if raw is None:  # null in a report means the defaults
            assert ReportMeta.from_dict(meta).scales is None
        else:
            with pytest.raises(ModelError):
                ReportMeta.from_dict(meta)
        return
    if isinstance(raw, dict):
        ReportMeta.from_dict(meta)  # accepted on read as well
    for polarity in ("positif", "negatif", "stabil"):
        for target, realisasi in (
            ("100", "150"),
            ("10", "0"),
            ("3 ± 1", "5"),
            ("0", "0"),
            ("B", "A"),
        ):
            ach = compute(target, realisasi, polarity, scales)  # type: ignore[arg-type]
            ach.to_json("en")
            assert ach.rating is None or ach.rating in scales.labels()
            assert rating_tone(ach.rating, scales) is None or ach.rating is not None
            assert scales.cap is None or ach.rounded is None or ach.rounded <= scales.cap
    assert Scales.from_dict(scales.to_dict()) == scales
