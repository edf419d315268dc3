"""The one writer: every generated file goes through here.

* It never overwrites or deletes a file it did not generate (a hand-written page wins).
* It records what it wrote in a manifest (``.dossier-manifest.json``) with each file's hash.
* It removes pages it generated before that are no longer produced, unless someone edited them.
* It is atomic with respect to interruption: every file is staged in a temporary folder first
  (``dossier build`` stages each page as soon as it is rendered, so that not every page is in
  memory at once), then moved into place file by file with ``os.replace`` while Ctrl-C is held
  back, then the manifest is replaced. A crash before the commit leaves the previous output as
  it was; every file is always either the old or the new version, never half-written.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from types import FrameType
from typing import Any

MANIFEST = ".dossier-manifest.json"


@dataclass(frozen=True)
class OutFile:
    path: str  # relative, POSIX
    data: bytes


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept_handwritten: list[str] = field(default_factory=list)  # generated page not written: a hand-written file is there
    kept_edited: list[str] = field(default_factory=list)  # stale generated page kept: someone edited it


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def safe_relpath(path: str) -> str:
    if path and not path.startswith("/") and all(part not in ("", ".", "..") for part in path.split("/")):
        return path  # already relative and normal (the usual case, checked without a PurePosixPath)
    p = PurePosixPath(path)
    if p.is_absolute() or ".." in p.parts or not p.parts:
        raise ValueError(f"refusing to write outside the output folder: {path!r}")
    return p.as_posix()


def load_manifest(out: Path) -> dict[str, str]:
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        files = data.get("files", {})
        return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}
    except (OSError, ValueError):
        return {}


@contextmanager
def _hold_interrupts() -> Iterator[None]:
    """Defer SIGINT/SIGTERM until the block ends (only possible in the main thread)."""
    received: list[tuple[int, Any]] = []

    def handler(signum: int, frame: FrameType | None) -> None:
        received.append((signum, frame))

    try:
        old = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        for s, h in old.items():
            signal.signal(s, h)
        if received:
            raise KeyboardInterrupt


def write_files(out: Path, files: Iterable[OutFile], extra_manifest: dict[str, Any] | None = None) -> WriteReport:
    """Write ``files`` into ``out``; see the module docstring for the guarantees."""
    with Staging(out) as staging:
        for f in files:
            staging.add(f.path, f.data)
        return staging.commit(extra_manifest)


# One staged file: (path, sha256 or "" when not written, HANDWRITTEN | UNCHANGED | PLANNED).
Staged = tuple[str, str, str]
HANDWRITTEN, UNCHANGED, PLANNED = "handwritten", "unchanged", "planned"
_CHUNK = 1 << 20


def _same_file(path: Path, data: bytes | None, staged: Path | None) -> bool:
    """Whether the file at ``path`` holds ``data`` (or the staged file's bytes), compared in chunks."""
    with path.open("rb") as a:
        if data is not None:
            return a.read() == data
        assert staged is not None
        with staged.open("rb") as b:
            while True:
                x, y = a.read(_CHUNK), b.read(_CHUNK)
                if x != y:
                    return False
                if not x:
                    return True


class Staging:
    """Files are staged one at a time, so that a build never holds every generated file in
    memory: ``add`` writes a file into a temporary folder inside ``out`` (or notes that it is
    unchanged or that a hand-written file is there), ``commit`` moves the staged files into
    place while Ctrl-C is held back, removes stale pages and replaces the manifest. Leaving
    the ``with`` block removes the temporary folder; without ``commit`` the output is untouched.

    ``stage`` and ``stage_chunks`` change nothing in this object (forked workers may call them
    and send the small ``Staged`` records back); ``record`` takes such records in."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.previous: dict[str, str] = {}
        self.folder = out
        self.records: list[Staged] = []
        self.seen: set[str] = set()
        self.manifest_mtime = -1

    def __enter__(self) -> Staging:
        self.out.mkdir(parents=True, exist_ok=True)
        self.previous = load_manifest(self.out)
        try:
            self.manifest_mtime = (self.out / MANIFEST).stat().st_mtime_ns if self.previous else -1
        except OSError:
            self.manifest_mtime = -1
        self.folder = Path(tempfile.mkdtemp(prefix=".dossier-staging-", dir=self.out))
        return self

    def __exit__(self, *exc: object) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    # ---- staging (no state changes here) -------------------------------------------------
    def _check(self, path: str) -> tuple[str, os.stat_result | None]:
        rel = safe_relpath(path)
        try:
            st = os.stat(os.path.join(self.out, rel))
        except OSError:
            st = None
        return rel, st

    def _tmp(self, rel: str) -> Path:
        tmp = self.folder / rel
        tmp.parent.mkdir(parents=True, exist_ok=True)
        return tmp

    def stage(self, path: str, data: bytes) -> Staged:
        rel, st = self._check(path)
        if st is not None and rel not in self.previous:
            return rel, "", HANDWRITTEN
        sha = _sha(data)
        # same size first: only a file that may be unchanged is read and compared; a file this writer
        # wrote with these very bytes (the manifest says so) and not touched since is not even read
        if (st is not None and stat.S_ISREG(st.st_mode) and st.st_size == len(data)
                and ((self.previous.get(rel) == sha and st.st_mtime_ns <= self.manifest_mtime)
                     or _same_file(self.out / rel, data, None))):
            return rel, sha, UNCHANGED
        self._tmp(rel).write_bytes(data)
        return rel, sha, PLANNED

    def keep(self, path: str, sha: str, size: int) -> Staged | None:
        """A file whose new bytes hash to ``sha`` and are ``size`` long, kept as it is without
        its bytes at hand: only when the manifest says this writer wrote those very bytes there
        and the file has the same size and has not been modified since the manifest was written
        (``stage``'s test, without reading anything). None: stage its bytes instead."""
        rel, st = self._check(path)
        if (st is not None and rel in self.previous and stat.S_ISREG(st.st_mode) and st.st_size == size
                and self.previous[rel] == sha and st.st_mtime_ns <= self.manifest_mtime):
            return rel, sha, UNCHANGED
        return None

    def stage_chunks(self, path: str, chunks: Iterable[bytes]) -> Staged:
        """Like ``stage``, for a big file written piece by piece (never whole in memory)."""
        rel, st = self._check(path)
        if st is not None and rel not in self.previous:
            return rel, "", HANDWRITTEN
        tmp = self._tmp(rel)
        h = hashlib.sha256()
        size = 0
        with tmp.open("wb") as fh:
            for chunk in chunks:
                h.update(chunk)
                size += len(chunk)
                fh.write(chunk)
        if (st is not None and stat.S_ISREG(st.st_mode) and st.st_size == size
                and _same_file(self.out / rel, None, tmp)):
            tmp.unlink()
            return rel, h.hexdigest(), UNCHANGED
        return rel, h.hexdigest(), PLANNED

    # ---- bookkeeping ---------------------------------------------------------------------
    def record(self, staged: Staged) -> None:
        rel = staged[0]
        if rel in self.seen:
            raise ValueError(f"two generated files want the same path: {rel}")
        self.seen.add(rel)
        self.records.append(staged)

    def add(self, path: str, data: bytes) -> None:
        rel = safe_relpath(path)
        if rel in self.seen:  # before staging: the first file's staged copy stays as it was
            raise ValueError(f"two generated files want the same path: {rel}")
        self.record(self.stage(rel, data))

    def add_chunks(self, path: str, chunks: Iterable[bytes]) -> None:
        rel = safe_relpath(path)
        if rel in self.seen:
            raise ValueError(f"two generated files want the same path: {rel}")
        self.record(self.stage_chunks(rel, chunks))

    def commit(self, extra_manifest: dict[str, Any] | None = None, sort: bool = False) -> WriteReport:
        """Move everything staged into place. ``sort``: report (and move) files in path order
        instead of the order they were staged in."""
        out, previous, staging = self.out, self.previous, self.folder
        records = sorted(self.records) if sort else self.records
        report = WriteReport()
        plan: list[str] = []
        manifest_files: dict[str, str] = {}
        for rel, sha, status in records:
            if status == HANDWRITTEN:
                report.kept_handwritten.append(rel)
                continue
            manifest_files[rel] = sha
            if status == UNCHANGED:
                report.unchanged.append(rel)
            else:
                plan.append(rel)
        stale = sorted(set(previous) - set(manifest_files))
        made: set[Path] = set()  # folders already created (one mkdir per folder, not per file)

        def mkdir(folder: Path) -> None:
            if folder not in made:
                folder.mkdir(parents=True, exist_ok=True)
                made.add(folder)

        (staging / MANIFEST).write_text(manifest_text(manifest_files, extra_manifest), encoding="utf-8")
        with _hold_interrupts():
            for rel in plan:
                target = out / rel
                mkdir(target.parent)
                os.replace(staging / rel, target)
                report.written.append(rel)
            for rel in stale:
                target = out / rel
                if not target.is_file():
                    continue
                if _sha(target.read_bytes()) != previous[rel]:
                    report.kept_edited.append(rel)
                    continue
                target.unlink()
                report.removed.append(rel)
                _prune_empty_dirs(target.parent, out)
            os.replace(staging / MANIFEST, out / MANIFEST)
        return report


def manifest_text(files: dict[str, str], extra: dict[str, Any] | None = None) -> str:
    """``json.dumps({"generator": "dossier", "files": files, **extra}, indent=1, sort_keys=True)``
    and a newline, with the (large) files table encoded string by string in C: json's indenting
    encoder is pure Python, and took most of a rebuild's commit with tens of thousands of files."""
    marker = "\0files\0"
    data = {"generator": "dossier", "files": marker, **(extra or {})}
    text = json.dumps(data, indent=1, sort_keys=True)
    enc = json.encoder.encode_basestring_ascii  # what json.dumps uses (ensure_ascii)
    table = ("{\n" + ",\n".join(f"  {enc(k)}: {enc(v)}" for k, v in sorted(files.items())) + "\n }"
             if files else "{}")
    return text.replace(json.dumps(marker), table, 1) + "\n"


def _prune_empty_dirs(folder: Path, stop: Path) -> None:
    while folder != stop and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
