"""Bad report files, as a user meets them: through the installed ``lkj-tui`` command.

Each case replaces the report file of a store (which has a kept good generation) with bad bytes;
``lkj-tui status`` (and in the full run ``status --json``, its line the JSON error, and ``export``) must refuse it with one line
naming the file and the problem and offering ``lkj-tui restore``, leave the bytes unchanged, and
``lkj-tui restore`` must then bring the last good version back.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lkj_tui.bundled import load_bundled_report
from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.store import Store

#: The installed command next to this interpreter (the project's venv), else the one on PATH.
LKJ_TUI = (
    str(Path(sys.executable).with_name("lkj-tui"))
    if Path(sys.executable).with_name("lkj-tui").exists()
    else shutil.which("lkj-tui") or "lkj-tui"
)


def _meta(data: bytes, **changes: Any) -> bytes:
    raw = json.loads(data)
    next(iter(raw["meta"].values())).update(changes)
    return json.dumps(raw, ensure_ascii=False).encode()


def _node_name(data: bytes) -> bytes:
    raw = json.loads(data)
    next(iter(raw["nodes"].values()))["name"] = 42
    return json.dumps(raw, ensure_ascii=False).encode()


#: name → (make the bad bytes from the good ones, error code, words the message must contain)
CASES: dict[str, tuple[Callable[[bytes], bytes], str, tuple[str, ...]]] = {
    "0 bytes": (lambda d: b"", "empty", ("kosong", "0 bita")),
    "whitespace only": (lambda d: b" \n\t  \r\n ", "whitespace", ("spasi",)),
    "null": (lambda d: b"null", "not-object", ("objek JSON", "null")),
    "[]": (lambda d: b"[]", "not-object", ("objek JSON", "array")),
    "truncated JSON": (lambda d: d[: len(d) // 2], "truncated", ("terpotong",)),
    "trailing data": (lambda d: d + b'{"x": 1}', "trailing-data", ("data tambahan",)),
    "UTF-8 BOM": (lambda d: b"\xef\xbb\xbf" + d, "bom", ("BOM",)),
    "NUL bytes": (lambda d: d[:100] + b"\0\0\0\0" + d[100:], "nul", ("NUL", "rusak")),
    "NaN": (
        lambda d: d.replace(b'"revision": ', b'"revision": NaN, "was": ', 1),
        "non-finite",
        ("NaN",),
    ),
    "unknown schema version": (lambda d: _meta(d, schema=99), "schema", ("skema", "99")),
    "field of the wrong type": (_node_name, "bad-field", ("'name'", "harus teks")),
    "revision of the wrong type": (lambda d: _meta(d, revision="7"), "bad-field", ("revision",)),
}


def refusal_lines(args: tuple[str, ...], result: subprocess.CompletedProcess[str]) -> list[str]:
    """The lines of a refusal: stderr's; of a command given ``--json``, its JSON object's
    ``error`` on stdout, stderr then empty (README, "Exit status")."""
    if "--json" not in args or result.returncode == 0:
        return result.stderr.strip().splitlines()
    try:
        said = json.loads(result.stdout)["error"]
    except (ValueError, KeyError, TypeError):
        return [f"(not a JSON error) {result.stdout[:200]!r}"]
    return [said, *result.stderr.strip().splitlines()]


def cli(*args: str, store: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env.update(COLUMNS="160", NO_COLOR="1", LKJ_TUI_STORE=str(store))
    return subprocess.run(
        [LKJ_TUI, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


@dataclass
class BadFileFigures:
    cases: int = 0
    refused: int = 0  # every command refused it, one line naming the file, the problem, restore
    bytes_unchanged: int = 0
    restored: int = 0  # ``lkj-tui restore`` brought back the last good version
    commands_run: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            self.cases > 0 and self.cases == self.refused == self.bytes_unchanged == self.restored
        )


def check(
    folder: Path,
    names: list[str] | None = None,
    commands: tuple[tuple[str, ...], ...] | None = None,
    workers: int = 2,
    status_after: bool = True,
) -> BadFileFigures:
    """Run each case in its own store under ``folder`` (``workers`` cases at a time); after the
    restore, check the report through ``lkj-tui status --json`` (``status_after``) and the store."""
    commands = commands or (("status",), ("status", "--json"), ("export",))
    figures = BadFileFigures()
    jobs = list(enumerate(names or list(CASES)))
    with ThreadPoolExecutor(max_workers=workers) as pool:

        def run(job: tuple[int, str]) -> BadFileFigures:
            return _case(folder / f"case{job[0]}", job[1], commands, status_after)

        for one in pool.map(run, jobs):
            for name in ("cases", "refused", "bytes_unchanged", "restored", "commands_run"):
                setattr(figures, name, getattr(figures, name) + getattr(one, name))
            figures.problems += one.problems
    return figures


def _case(
    root: Path, name: str, commands: tuple[tuple[str, ...], ...], status_after: bool
) -> BadFileFigures:
    make, code, words = CASES[name]
    figures = BadFileFigures(cases=1)
    store = Store(root, seed=load_bundled_report)
    report_id = store.latest_report_id()
    path = store.path_for(report_id)
    # one saved edit, so a good generation (revision 1) is kept
    store.update(report_id, lambda r: None)
    good_doc = store.load(report_id).report.to_document()
    bad = make(path.read_bytes())
    path.write_bytes(bad)
    ok = True
    try:
        Store(root).load(report_id)
        got = "loaded"
    except StoreError as exc:
        got = exc.code
    if got != code:
        ok = False
        figures.problems.append(f"{name}: refused as {got!r}, not {code!r}")
    for command in commands:
        result = cli(*command, store=root)
        figures.commands_run += 1
        lines = refusal_lines(command, result)
        line = lines[0] if lines else ""
        wanted = [str(path), f"lkj-tui restore {report_id}", *words]
        missing = [w for w in wanted if w.lower() not in line.lower()]
        printed = "" if "--json" in command else result.stdout  # (--json: the error there)
        if result.returncode != 1 or printed or len(lines) != 1 or missing:
            ok = False
            figures.problems.append(
                f"{name} / {' '.join(command)}: rc {result.returncode}, missing {missing}: "
                f"{result.stderr.strip()[:300]!r}"
            )
    figures.refused += ok
    if path.read_bytes() == bad:
        figures.bytes_unchanged += 1
    else:
        figures.problems.append(f"{name}: the bytes changed")
    restored = cli("restore", report_id, store=root)
    figures.commands_run += 1
    status_ok = True
    if status_after:
        after = cli("status", "--json", store=root)
        figures.commands_run += 1
        status_ok = after.returncode == 0 and json.loads(after.stdout)["report"]["id"] == report_id
    set_aside = [
        p for p in (root / ".generations" / report_id).glob("refused-*.json")
        if p.read_bytes() == bad
    ]  # fmt: skip
    try:
        back = Store(root).load(report_id).report.to_document()
    except Exception as exc:
        back = {"error": str(exc)}
    if restored.returncode == 0 and status_ok and back == good_doc and len(set_aside) == 1:
        figures.restored += 1
    else:
        figures.problems.append(
            f"{name}: restore rc {restored.returncode} {restored.stderr.strip()[:200]!r}, "
            f"status ok {status_ok}, same content {back == good_doc}, "
            f"set aside {len(set_aside)}"
        )
    return figures
