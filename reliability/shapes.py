"""File shapes, through the installed ``lkj-tui`` (issue 11): what a store folder can hold besides a
good report, generated rather than listed by hand.

- **Non-files at every place of the store**: the report file, a stray ``*.json``, the lock file,
  ``.generations``, ``.generations/<id>`` and a kept version, each replaced in turn by a symbolic
  link to a file outside the store, one to a folder outside, a FIFO, a folder, a regular file (for
  the folders), a sparse file above the size limit and a read-only file. Every command must answer
  (no hang), in one line when it refuses, and must not touch the folder outside (its files are named
  like the store's: ``1.json``, temp files).
- **Content shapes in every kind of object the file holds** (found by walking the report file
  itself: meta, report, every node, measure, printed figure, item…): a duplicate key (refused by
  every command) and an unknown field (kept after a save and a restore, or refused in one line if
  its value has the wrong type there — never silently dropped).
- **The tree**: parent cycles of 1, 2 and 3 nodes (refused, and ``restore`` sets them aside), chains
  just under, just over and far over the depth cap (accepted / refused quickly), duplicate item ids.
- **Huge values**: a 1 MB string in a few fields (the file is usable; every command answers within
  the time budget).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core.model import MAX_DEPTH
from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.jsonfile import MAX_FILE_BYTES
from lkj_tui.storage.store import Store
from reliability.badfiles import LKJ_TUI, refusal_lines

#: A command that takes longer than this has hung (a read-only command takes < 1 s here).
HANG_SECONDS = 30.0
READING = (("status",), ("status", "--json"), ("export",), ("status", "--all"))
QUICK_READING = (("status",),)


@dataclass
class Case:
    cls: str  # the class of shape ("symlink", "duplicate key", …)
    label: str
    #: changes the store (root, report file, outside folder); returns the expected exit status
    #: per command name ("read" for the reading commands, "restore", "list") and the words a
    #: refusal's line must hold
    setup: Callable[[Path, Path, Path], tuple[dict[str, int], tuple[str, ...]]]
    after: Callable[[Path, Path], str | None] | None = None  # a last check; a problem or None


@dataclass
class ShapeFigures:
    cases: int = 0
    ok: int = 0
    commands_run: int = 0
    hangs: int = 0
    tracebacks: int = 0
    outside_changed: int = 0
    wrong_answers: int = 0  # accepted what it should refuse, refused what it should read, >1 line
    fields_lost: int = 0  # unknown fields dropped by a save or a restore
    slowest: float = 0.0
    slowest_command: str = ""
    by_class: dict[str, list[int]] = field(default_factory=dict)  # class → [cases, ok]
    problems: list[str] = field(default_factory=list)

    @property
    def all_ok(self) -> bool:
        return self.cases > 0 and self.ok == self.cases

    def add(self, other: ShapeFigures) -> None:
        for name in (
            "cases", "ok", "commands_run", "hangs", "tracebacks", "outside_changed",
            "wrong_answers", "fields_lost",
        ):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        if other.slowest > self.slowest:
            self.slowest, self.slowest_command = other.slowest, other.slowest_command
        for cls, (n, ok) in other.by_class.items():
            mine = self.by_class.setdefault(cls, [0, 0])
            mine[0] += n
            mine[1] += ok
        self.problems += other.problems


# ---------------------------------------------------------------------------------- the store


def _outside(folder: Path, report_id: str) -> Path:
    """A folder outside the store whose names a followed link would overwrite, prune or delete."""
    folder.mkdir(parents=True)
    for name in ("1.json", "2.json", "5.json", "9.json", f"{report_id}.json"):
        (folder / name).write_text(f"mine: {name}")
    (folder / f".{report_id}.json.0123abcd.tmp").write_text("a temp-named file of mine")
    (folder / ".5.json.ab.tmp").write_text("another")
    (folder / "sub").mkdir()
    (folder / "sub" / "3.json").write_text("deeper")
    return folder


def _fingerprint(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        st = path.lstat()
        digest.update(f"{path.relative_to(folder)}|{stat.filemode(st.st_mode)}".encode())
        if path.is_file() and not path.is_symlink():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _replace_with(path: Path, shape: str, outside: Path) -> None:
    """Put ``shape`` where ``path`` is (whatever it was)."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)
    if shape == "symlink to a file":
        path.symlink_to(outside / "1.json")
    elif shape == "symlink to a folder":
        path.symlink_to(outside)
    elif shape == "FIFO":
        os.mkfifo(path)
    elif shape == "folder":
        path.mkdir()
        (path / "1.json").write_text("{}")
    elif shape == "regular file":
        path.write_text("{}")
    elif shape == "huge file":
        with open(path, "wb") as handle:  # sparse: no disk used
            handle.truncate(MAX_FILE_BYTES + 1)
    else:  # pragma: no cover
        raise ValueError(shape)


# ------------------------------------------------------------------------- non-file shapes

#: place → (its path in a store, the shapes tried there, expected exit status per command and
#: shape class: "read" (status, status --json, export, status --all), "list" (restore --list),
#: "restore" (restore ID)).
Place = tuple[Callable[[Path, str], Path], tuple[str, ...], dict[str, int]]
_FILE_SHAPES = ("symlink to a file", "symlink to a folder", "FIFO", "folder", "huge file")
_FOLDER_SHAPES = ("symlink to a folder", "symlink to a file", "FIFO", "regular file")
PLACES: dict[str, Place] = {
    "the report file": (
        lambda root, rid: root / f"{rid}.json",
        _FILE_SHAPES,
        {"read": 1, "list": 0, "restore": 1},
    ),
    "a stray *.json": (
        lambda root, rid: root / "lain-2099.json",
        _FILE_SHAPES,
        {"read": 0, "list": 0, "restore": 0},
    ),
    "the lock file": (
        lambda root, rid: root / f"{rid}.json.lock",
        ("symlink to a file", "symlink to a folder", "FIFO", "folder"),
        {"read": 0, "list": 0, "restore": 1},
    ),
    ".generations": (
        lambda root, rid: root / ".generations",
        _FOLDER_SHAPES,
        {"read": 0, "list": 1, "restore": 1},
    ),
    ".generations/<id>": (
        lambda root, rid: root / ".generations" / rid,
        _FOLDER_SHAPES,
        {"read": 0, "list": 1, "restore": 1},
    ),
    "a kept version": (  # newer than the good one kept (1.json): it must be passed over
        lambda root, rid: root / ".generations" / rid / "5.json",
        _FILE_SHAPES,
        {"read": 0, "list": 0, "restore": 0},
    ),
}


def _place_cases() -> Iterator[Case]:
    for place, (where, shapes, expected) in PLACES.items():
        for shape in shapes:
            if shape == "FIFO" and not hasattr(os, "mkfifo"):  # pragma: no cover - Windows
                continue
            words = {
                "symlink to a file": ("tautan simbolik",),
                "symlink to a folder": ("tautan simbolik",),
                "FIFO": ("FIFO",),
                "huge file": ("terlalu besar",),
            }.get(shape, ())
            exp = dict(expected)
            if place == "the report file" and shape == "huge file":
                exp["restore"] = 0  # too big is unusable content: restore sets it aside

            def setup(
                root: Path, path: Path, outside: Path, where: Any = where, shape: str = shape,
                exp: dict[str, int] = exp, words: tuple[str, ...] = words,
            ) -> tuple[dict[str, int], tuple[str, ...]]:  # fmt: skip
                _replace_with(where(root, path.stem), shape, outside)
                return exp, words

            cls = shape.replace(" to a file", "").replace(" to a folder", "")
            yield Case(f"{cls} in the store", f"{place}: {shape}", setup)


# ------------------------------------------------------------------------- content shapes


def _objects(
    value: Any, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """Every JSON object in ``value`` with its path."""
    if isinstance(value, dict):
        yield path, value
        for key, item in value.items():
            yield from _objects(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _objects(item, (*path, str(i)))


def _kind(path: tuple[str, ...]) -> str:
    """The kind of an object: its path with document ids and list positions as ``*`` (and the
    free keys of year maps and info as ``*`` too)."""
    out = []
    for part in path:
        out.append("*" if part.isdigit() else part)
    return ".".join(out)


def object_kinds(tables: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """One path per kind of object in the report file: found in the file, not listed by hand."""
    kinds: dict[str, tuple[str, ...]] = {}
    for path, _obj in _objects(tables):
        if len(path) >= 2:  # the file and its tables are TinyDB's, not the report's
            kinds.setdefault(_kind(path), path)
    return kinds


def _at(tables: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = tables
    for part in path:
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


_DUP = "__lkj_duplicate__"


def _duplicate_key_case(kind: str, path: tuple[str, ...]) -> Case:
    def setup(root: Path, report: Path, outside: Path) -> tuple[dict[str, int], tuple[str, ...]]:
        tables = json.loads(report.read_bytes())
        obj = _at(tables, path)
        first = next(iter(obj), None)
        if first is None:  # an empty object: give it a key, then the same key again
            obj["x"] = "satu"
            first = "x"
        obj[_DUP] = obj[first]
        text = json.dumps(tables, ensure_ascii=False)
        report.write_text(text.replace(f'"{_DUP}"', json.dumps(first), 1), encoding="utf-8")
        return {"read": 1, "list": 0, "restore": 0}, ("dua kali",)

    return Case("duplicate key", f"in {kind}", setup, after=_status_works)


_FUTURE = {"dari": "lkj-tui versi 9", "nilai": [1, 2.5, None, {"ok": True}]}
_UNKNOWN = "x_lkj_future"


def _unknown_field_case(kind: str, path: tuple[str, ...]) -> Case:
    refused: list[bool] = []  # whether the store refuses the file (a value of the wrong type there)

    def setup(root: Path, report: Path, outside: Path) -> tuple[dict[str, int], tuple[str, ...]]:
        kept = root / ".generations" / report.stem / "1.json"
        for file in (report, kept):  # the kept version too: the restore command brings it back
            tables = json.loads(file.read_bytes())
            _at(tables, path)[_UNKNOWN] = _FUTURE
            file.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
        try:
            Store(root).load(report.stem)
        except StoreError:
            refused.append(True)  # e.g. an object where only text may be (an info value)
            return {"read": 1, "list": 0, "restore": 0}, ()
        return {"read": 0, "list": 0, "restore": 0}, ()

    def after(root: Path, report: Path) -> str | None:
        if refused:  # refused in one line by every command (checked there): not dropped
            return _status_works(root, report)
        store = Store(root)
        loaded = store.load(report.stem)
        # a save through the store (as the TUI saves), then a restore through the command
        node = next(iter(loaded.report.walk()))
        store.save_node(report.stem, node.with_changes(name=node.name + " ✓"),
                        expected_revision=loaded.revision)  # fmt: skip
        saved = _at(json.loads(report.read_bytes()), path)
        if saved.get(_UNKNOWN) != _FUTURE:
            return "FIELD LOST at the save"
        result = cli("restore", report.stem, store=root)
        restored = json.loads(report.read_bytes())
        if result.returncode != 0:
            return f"restore failed: {result.stderr.strip()[:200]}"
        try:
            if _at(restored, _restored_path(path, restored)).get(_UNKNOWN) != _FUTURE:
                return "FIELD LOST at the restore"
        except (KeyError, IndexError, TypeError):
            return "FIELD LOST at the restore (object gone)"
        return None

    return Case("unknown field", f"in {kind}", setup, after)


def _restored_path(path: tuple[str, ...], tables: dict[str, Any]) -> tuple[str, ...]:
    """A restore writes a new file: the meta is document 1 again and the nodes are renumbered in
    tree order; find the node the path pointed to by its id."""
    if path[0] == "meta":
        return ("meta", next(iter(tables["meta"])), *path[2:])
    return path  # nodes keep their order (walk order = the order they were written in)


def _status_works(root: Path, report: Path) -> str | None:
    result = cli("status", store=root)
    return None if result.returncode == 0 else f"status after restore: {result.stderr[:200]}"


def _tree_cases() -> Iterator[Case]:
    def cycle(size: int) -> Case:
        def setup(
            root: Path, report: Path, outside: Path
        ) -> tuple[dict[str, int], tuple[str, ...]]:
            tables = json.loads(report.read_bytes())
            nodes = [n for n in tables["nodes"].values() if n.get("parent") is not None][-size:]
            for node, parent in zip(nodes, nodes[1:] + nodes[:1], strict=True):
                node["parent"] = parent["id"]
            report.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
            return {"read": 1, "list": 0, "restore": 0}, ("siklus induk",)

        return Case("parent cycle", f"{size} node(s)", setup, after=_status_works)

    def chain(depth: int) -> Case:
        def setup(
            root: Path, report: Path, outside: Path
        ) -> tuple[dict[str, int], tuple[str, ...]]:
            tables = json.loads(report.read_bytes())
            nodes = tables["nodes"]
            parent = next(n["id"] for n in nodes.values() if n.get("parent") is None)
            start = max(int(k) for k in nodes) + 1
            for i in range(depth - 1):  # the root is level 1
                nodes[str(start + i)] = {
                    "id": f"dalam-{i}", "kind": "kegiatan", "name": f"tingkat {i + 2}",
                    "parent": parent, "order": 99, "code": "", "source": "", "info": {},
                    "measure": None, "permasalahan": [], "solusi": [],
                }  # fmt: skip
                parent = f"dalam-{i}"
            report.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
            if depth <= MAX_DEPTH:
                return {"read": 0, "list": 0, "restore": 0}, ()
            return {"read": 1, "list": 0, "restore": 0}, ("terlalu dalam",)

        return Case("depth", f"a chain of {depth} levels", setup)

    yield cycle(1)
    yield cycle(2)
    yield cycle(3)
    yield chain(MAX_DEPTH)
    yield chain(MAX_DEPTH + 1)
    yield chain(8000)

    def twice(root: Path, report: Path, outside: Path) -> tuple[dict[str, int], tuple[str, ...]]:
        tables = json.loads(report.read_bytes())
        node = next(n for n in tables["nodes"].values() if n.get("solusi"))
        node["solusi"] = [{"id": "sama", "text": "satu"}, {"id": "sama", "text": "dua"}]
        report.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
        return {"read": 1, "list": 0, "restore": 0}, ("id butir ganda",)

    yield Case("duplicate item id", "two solusi with one id", twice, after=_status_works)


def _huge_value_cases() -> Iterator[Case]:
    for where in ("permasalahan", "name", "code", "measure.realisasi", "meta.instansi"):

        def setup(
            root: Path, report: Path, outside: Path, where: str = where
        ) -> tuple[dict[str, int], tuple[str, ...]]:
            tables = json.loads(report.read_bytes())
            big = "Ab " * 350_000  # ≈ 1 MB
            node = next(
                n for n in tables["nodes"].values() if n.get("measure") and n.get("permasalahan")
            )
            if where == "meta.instansi":
                next(iter(tables["meta"].values()))["report"]["instansi"] = big
            elif where == "measure.realisasi":
                node["measure"]["realisasi"] = big
            elif where == "permasalahan":
                node["permasalahan"][0] = {"id": "besar", "text": big}
            else:
                node[where] = big
            report.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
            return {"read": 0, "list": 0, "restore": 0}, ()

        yield Case("huge value", f"1 MB in {where}", setup)


def _read_only_case() -> Case:
    def setup(root: Path, report: Path, outside: Path) -> tuple[dict[str, int], tuple[str, ...]]:
        report.chmod(0o444)
        return {"read": 0, "list": 0, "restore": 1}, ("hanya-baca",)

    def after(root: Path, report: Path) -> str | None:
        if stat.S_IMODE(report.stat().st_mode) != 0o444:
            return "the read-only file's mode changed"
        report.chmod(0o600)
        return None

    return Case("read-only file", "the report file made read-only", setup, after)


def cases(report_tables: dict[str, Any], *, quick: bool = False) -> list[Case]:
    """Every case (``quick``: the first of each class)."""
    kinds = object_kinds(report_tables)
    out = list(_place_cases())
    out += [_duplicate_key_case(k, p) for k, p in kinds.items()]
    out += [_unknown_field_case(k, p) for k, p in kinds.items()]
    out += list(_tree_cases())
    out += list(_huge_value_cases())
    out.append(_read_only_case())
    if quick:
        first: dict[str, Case] = {}
        for case in out:
            first.setdefault(case.cls, case)
        out = list(first.values())
    return out


# ------------------------------------------------------------------------------ the runner


def cli(*args: str, store: Path, timeout: float = HANG_SECONDS) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env.update(COLUMNS="160", NO_COLOR="1", LKJ_TUI_STORE=str(store))
    env["XDG_CACHE_HOME"] = str(store.parent / "cache")
    return subprocess.run(
        [LKJ_TUI, *args], capture_output=True, text=True, env=env, timeout=timeout,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip


def _template(folder: Path) -> Path:
    """A store with the bundled report and one kept good version (revision 1)."""
    root = folder / "template"
    store = Store(root, seed=load_bundled_report)
    store.update(store.latest_report_id(), lambda r: None)
    return root


def _run_case(
    case: Case, work: Path, template: Path, commands: tuple[tuple[str, ...], ...]
) -> ShapeFigures:
    figures = ShapeFigures(cases=1, by_class={case.cls: [1, 0]})
    root = work / "store"
    shutil.copytree(template, root, symlinks=True)
    report = next(root.glob("*.json"))
    outside = _outside(work / "outside", report.stem)
    before = _fingerprint(outside)
    ok = True

    def problem(text: str) -> None:
        nonlocal ok
        ok = False
        figures.problems.append(f"{case.cls} / {case.label}: {text}")

    try:
        expected, words = case.setup(root, report, outside)
    except OSError as exc:  # pragma: no cover - a shape this system cannot make
        problem(f"setup: {exc}")
        return figures
    runs: list[tuple[str, tuple[str, ...]]] = [("read", c) for c in commands]
    runs += [("list", ("restore", report.stem, "--list")), ("restore", ("restore", report.stem))]
    for kind, args in runs:
        started = time.monotonic()
        try:
            result = cli(*args, store=root)
        except subprocess.TimeoutExpired:
            figures.hangs += 1
            problem(f"`{' '.join(args)}` HUNG (> {HANG_SECONDS:.0f} s)")
            continue
        finally:
            figures.commands_run += 1
            if (took := time.monotonic() - started) > figures.slowest:
                figures.slowest = took
                figures.slowest_command = f"`lkj-tui {' '.join(args)}` on {case.label}"
        lines = refusal_lines(args, result)
        if "Traceback" in result.stderr:
            figures.tracebacks += 1
            problem(f"`{' '.join(args)}`: traceback {result.stderr[-300:]!r}")
            continue
        want = expected[kind]
        listing = args == ("status", "--all")  # (it lists what it cannot read beside the rest,
        # on stdout; with no report read, the store's only one refused, it exits 1: cli63)
        allowed = (0, 1) if want == -1 else (want,)
        refused_ok = result.returncode != 1 or (
            listing or (len(lines) == 1 and all(w.lower() in lines[0].lower() for w in words))
        )
        if result.returncode not in allowed or not refused_ok:
            figures.wrong_answers += 1
            problem(
                f"`{' '.join(args)}`: exit {result.returncode} (expected {allowed}), "
                f"stderr {result.stderr.strip()[:300]!r}"
            )
    if case.after is not None:
        try:
            found = case.after(root, report)
        except Exception as exc:
            found = f"after: {type(exc).__name__}: {exc}"
        if found:
            if "LOST" in found:
                figures.fields_lost += 1
            problem(found)
    if _fingerprint(outside) != before:
        figures.outside_changed += 1
        problem("A FILE OUTSIDE THE STORE CHANGED")
    figures.ok += ok
    figures.by_class[case.cls][1] += ok
    return figures


def check(
    folder: Path, *, quick: bool = False, workers: int = 2, classes: set[str] | None = None
) -> ShapeFigures:
    """Run every case (``quick``: one per class, ``status`` as the only reading command;
    ``classes``: only those)."""
    template = _template(folder)
    report = next(template.glob("*.json"))
    todo = cases(json.loads(report.read_bytes()), quick=quick)
    todo = [c for c in todo if classes is None or c.cls in classes]
    commands = QUICK_READING if quick else READING
    figures = ShapeFigures()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        jobs = [(i, c) for i, c in enumerate(todo)]
        for one in pool.map(
            lambda job: _run_case(job[1], folder / f"case{job[0]}", template, commands), jobs
        ):
            figures.add(one)
    return figures
